/* json_out.h - writing JSON text into a buffer. */
#ifndef HR_JSON_OUT_H
#define HR_JSON_OUT_H

#include "../core/buf.h"

/* Appends s[0..n) as a JSON string (quotes included).  UTF-8 passes
 * through; quotes, backslashes and control characters are escaped. */
int hr_json_string(hr_buf *b, const char *s, size_t n);

/* Appends a JSON string, or null for a NULL pointer. */
int hr_json_string_or_null(hr_buf *b, const char *s);

#endif

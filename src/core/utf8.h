/* utf8.h - UTF-8 validation and repair (bad sequences become U+FFFD). */
#ifndef HR_UTF8_H
#define HR_UTF8_H

#include <stddef.h>
#include "buf.h"

/* Byte offset of the first invalid sequence in s[0..n), or n if valid. */
size_t hr_utf8_check(const char *s, size_t n);

/* Appends s[0..n) to `out` with each maximal invalid subsequence replaced
 * by U+FFFD; *replaced receives how many replacements were made.  Returns
 * 0 or an hr_buf error. */
int hr_utf8_repair(const char *s, size_t n, hr_buf *out, size_t *replaced);

#endif

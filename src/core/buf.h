/* buf.h - a growable byte buffer with a size limit (curl's dynbuf idea):
 * growth past `limit` fails cleanly instead of eating memory. */
#ifndef HR_BUF_H
#define HR_BUF_H

#include <stddef.h>
#include "herald.h"

typedef struct hr_buf {
    char *data;
    size_t len, cap, limit;
    const herald_allocator *alc;
} hr_buf;

void hr_buf_init(hr_buf *b, const herald_allocator *alc, size_t limit);
/* Each returns 0, HERALD_ENOMEM, or HERALD_ETOOBIG past the limit.  The
 * contents are always NUL-terminated after a successful call. */
int hr_buf_reserve(hr_buf *b, size_t extra);
int hr_buf_append(hr_buf *b, const void *p, size_t n);
int hr_buf_putc(hr_buf *b, char c);
int hr_buf_puts(hr_buf *b, const char *s);
/* "FILE:LINE", where a dictionary entry stands: without printf, since
 * every actor mention and coded verb notes one. */
int hr_buf_put_place(hr_buf *b, const char *file, unsigned line);
int hr_buf_printf(hr_buf *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
void hr_buf_clear(hr_buf *b);
void hr_buf_free(hr_buf *b);

#endif

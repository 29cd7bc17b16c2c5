#include "buf.h"
#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

void hr_buf_init(hr_buf *b, const herald_allocator *alc, size_t limit)
{
    b->data = NULL;
    b->len = b->cap = 0;
    b->limit = limit ? limit : (size_t)-1;
    b->alc = alc ? alc : hr_default_allocator();
}

int hr_buf_reserve(hr_buf *b, size_t extra)
{
    if (extra > b->limit || b->len > b->limit - extra) return HERALD_ETOOBIG;
    size_t need = b->len + extra + 1;
    if (need <= b->cap) return 0;
    size_t ncap = b->cap ? b->cap : 256;
    while (ncap < need) ncap *= 2;
    char *p = b->alc->realloc(b->alc->ctx, b->data, b->cap, ncap);
    if (!p) return HERALD_ENOMEM;
    b->data = p;
    b->cap = ncap;
    return 0;
}

int hr_buf_append(hr_buf *b, const void *p, size_t n)
{
    int rc = hr_buf_reserve(b, n);
    if (rc) return rc;
    if (n) memcpy(b->data + b->len, p, n);
    b->len += n;
    b->data[b->len] = '\0';
    return 0;
}

int hr_buf_putc(hr_buf *b, char c) { return hr_buf_append(b, &c, 1); }

int hr_buf_puts(hr_buf *b, const char *s) { return hr_buf_append(b, s, strlen(s)); }

int hr_buf_put_place(hr_buf *b, const char *file, unsigned line)
{
    char digits[12], *p = digits + sizeof digits;
    do *--p = (char)('0' + line % 10); while (line /= 10);
    *--p = ':';
    int rc = hr_buf_puts(b, file);
    return rc ? rc : hr_buf_append(b, p, (size_t)(digits + sizeof digits - p));
}

int hr_buf_printf(hr_buf *b, const char *fmt, ...)
{
    char small[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return HERALD_EINVAL;
    if ((size_t)n < sizeof small) return hr_buf_append(b, small, (size_t)n);
    int rc = hr_buf_reserve(b, (size_t)n);
    if (rc) return rc;
    va_start(ap, fmt);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
    return 0;
}

void hr_buf_clear(hr_buf *b)
{
    b->len = 0;
    if (b->data) b->data[0] = '\0';
}

void hr_buf_free(hr_buf *b)
{
    if (b->data) b->alc->free(b->alc->ctx, b->data);
    b->data = NULL;
    b->len = b->cap = 0;
}

#include "utf8.h"

#include <string.h>
#include <utf8proc.h>

static const char REPLACEMENT[] = "\xEF\xBF\xBD";

/* Length of the valid sequence at s (1..4), or 0 if invalid. */
static size_t valid_seq(const unsigned char *s, size_t n)
{
    if (s[0] < 0x80) return 1;
    utf8proc_int32_t cp;
    utf8proc_ssize_t len = utf8proc_iterate(s, (utf8proc_ssize_t)n, &cp);
    return len > 0 ? (size_t)len : 0;
}

size_t hr_utf8_check(const char *str, size_t n)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        /* ASCII runs dominate news text: skip them eight bytes at a time. */
        while (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            if (w & 0x8080808080808080ull) break;
            i += 8;
        }
        if (i >= n) break;
        size_t len = valid_seq(s + i, n - i);
        if (!len) return i;
        i += len;
    }
    return n;
}

int hr_utf8_repair(const char *str, size_t n, hr_buf *out, size_t *replaced)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0, count = 0;
    int rc;
    while (i < n) {
        size_t good = hr_utf8_check(str + i, n - i);
        if ((rc = hr_buf_append(out, str + i, good))) return rc;
        i += good;
        if (i >= n) break;
        /* Skip one invalid byte plus any continuation bytes after it, so
         * one broken character becomes one U+FFFD. */
        i++;
        while (i < n && (s[i] & 0xC0) == 0x80) i++;
        if ((rc = hr_buf_append(out, REPLACEMENT, 3))) return rc;
        count++;
    }
    if (replaced) *replaced = count;
    return 0;
}

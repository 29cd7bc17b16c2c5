#include "json_out.h"

#include <string.h>

int hr_json_string(hr_buf *b, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    int rc = hr_buf_putc(b, '"');
    size_t run = 0;   /* bytes that need no escaping, copied in one go */
    for (size_t i = 0; i < n && !rc; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        rc = hr_buf_append(b, s + run, i - run);
        run = i + 1;
        if (rc) break;
        switch (c) {
        case '"': rc = hr_buf_append(b, "\\\"", 2); break;
        case '\\': rc = hr_buf_append(b, "\\\\", 2); break;
        case '\n': rc = hr_buf_append(b, "\\n", 2); break;
        case '\r': rc = hr_buf_append(b, "\\r", 2); break;
        case '\t': rc = hr_buf_append(b, "\\t", 2); break;
        default: {
            char esc[6] = { '\\', 'u', '0', '0', hex[c >> 4], hex[c & 15] };
            rc = hr_buf_append(b, esc, 6);
        }
        }
    }
    if (!rc) rc = hr_buf_append(b, s + run, n - run);
    return rc ? rc : hr_buf_putc(b, '"');
}

int hr_json_string_or_null(hr_buf *b, const char *s)
{
    return s ? hr_json_string(b, s, strlen(s)) : hr_buf_append(b, "null", 4);
}

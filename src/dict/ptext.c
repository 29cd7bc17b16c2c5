#include "ptext.h"

#include <string.h>


hr_span hr_trim(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return (hr_span){ s, n };
}

int hr_pnext_line(hr_preader *r, hr_span *out, int *indented)
{
    const char *l;
    size_t len;
    while (hr_next_line(r->text, r->n, &r->pos, &l, &len)) {
        r->line++;
        hr_span s = { l, len };
        if (r->in_comment) {
            const char *end = NULL;
            for (size_t i = 0; i + 3 <= s.n && !end; i++)
                if (memcmp(s.s + i, "-->", 3) == 0) end = s.s + i;
            if (!end) continue;
            r->in_comment = 0;
            s = (hr_span){ end + 3, (size_t)(s.s + s.n - end - 3) };
        }
        for (size_t i = 0; i + 3 < s.n; i++)
            if (memcmp(s.s + i, "<!--", 4) == 0 || memcmp(s.s + i, "<! -", 4) == 0) {
                int closed = 0;
                for (size_t k = i + 4; k + 2 < s.n; k++)
                    if (memcmp(s.s + k, "-->", 3) == 0) { closed = 1; break; }
                if (!closed) {
                    r->in_comment = 1;
                    r->comment_line = r->line;
                }
                s.n = i;
                break;
            }
        const char *hash = memchr(s.s, '#', s.n);
        if (hash) s.n = (size_t)(hash - s.s);
        *indented = s.n && (s.s[0] == '\t' || s.s[0] == ' ');
        s = hr_trim(s.s, s.n);
        if (!s.n) continue;
        *out = s;
        return 1;
    }
    return 0;
}

int hr_pupper_code(hr_lexicon *lx, hr_span c, uint32_t *out)
{
    char buf[64];
    if (c.n < 3 || c.n >= sizeof buf) return -1;
    for (size_t i = 0; i < c.n; i++) {
        char ch = c.s[i];
        if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
        if (!((ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_'))
            return -1;
        buf[i] = ch;
    }
    *out = hr_lexicon_intern(lx, buf, c.n);
    return *out == HR_NONE ? -2 : 0;
}


void hr_pcheck_closed(hr_load *ld, const hr_preader *r)
{
    if (r->in_comment)
        hr_load_warn(ld, r->comment_line, "<!-- comment never closed: the rest of the file "
                                          "was read as a comment");
}

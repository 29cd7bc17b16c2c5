/* herald_format.c - Herald's own dictionary format (docs/DICTIONARIES.md):
 *     PHRASE | PHRASE => CODE FROM..TO ; CODE   # note
 * and for conflicts
 *     NAME | NAME => CODE, CODE                 # note */
#include "dicts.h"
#include "../core/calendar.h"

#include <string.h>

#define MAX_CODES 64

typedef struct span { const char *s; size_t n; } span;

static span trim(const char *s, size_t n)
{
    while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
    while (n && (s[n - 1] == ' ' || s[n - 1] == '\t')) n--;
    return (span){ s, n };
}

static int digits(const char *s, size_t n, int *v)
{
    *v = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        *v = *v * 10 + (s[i] - '0');
    }
    return 0;
}

/* YYYY, YYYY-MM or YYYY-MM-DD as yyyymmdd; an end date fills in the last
 * month and day. */
static int parse_date(span d, int is_end, int32_t *out)
{
    int y, m = is_end ? 12 : 1, day = 1;
    if (d.n != 4 && d.n != 7 && d.n != 10) return -1;
    if (digits(d.s, 4, &y)) return -1;
    if (d.n >= 7 && (d.s[4] != '-' || digits(d.s + 5, 2, &m))) return -1;
    if (d.n == 10 && (d.s[7] != '-' || digits(d.s + 8, 2, &day))) return -1;
    if (d.n < 10 && is_end) day = hr_days_in_month(y, m);
    if (!hr_date_valid(y, m, day)) return -1;
    *out = y * 10000 + m * 100 + day;
    return 0;
}

static int is_code(span c)
{
    if (c.n < 3 || c.n > 24) return 0;
    for (size_t i = 0; i < c.n; i++)
        if (!((c.s[i] >= 'A' && c.s[i] <= 'Z') || (c.s[i] >= '0' && c.s[i] <= '9') ||
              c.s[i] == '-'))
            return 0;
    return 1;
}

/* "CODE" or "CODE FROM..TO" into *out.  Returns 0 or an error message. */
static const char *parse_dated_code(hr_lexicon *lx, span item, hr_dated_code *out)
{
    const char *sp = memchr(item.s, ' ', item.n);
    span code = trim(item.s, sp ? (size_t)(sp - item.s) : item.n);
    if (!is_code(code)) return "bad code (expected capitals such as TURGOV)";
    out->from = HR_DATE_MIN;
    out->to = HR_DATE_MAX;
    if (sp) {
        span range = trim(sp, item.n - (size_t)(sp - item.s));
        const char *dots = NULL;
        for (size_t i = 0; i + 1 < range.n && !dots; i++)
            if (range.s[i] == '.' && range.s[i + 1] == '.') dots = range.s + i;
        if (!dots) return "bad date range (expected FROM..TO)";
        span from = trim(range.s, (size_t)(dots - range.s));
        span to = trim(dots + 2, range.n - (size_t)(dots + 2 - range.s));
        if (!from.n && !to.n) return "empty date range";
        if (from.n && parse_date(from, 0, &out->from)) return "bad start date (YYYY, YYYY-MM or YYYY-MM-DD)";
        if (to.n && parse_date(to, 1, &out->to)) return "bad end date (YYYY, YYYY-MM or YYYY-MM-DD)";
        if (out->from > out->to) return "date range ends before it starts";
    }
    out->code = hr_lexicon_intern(lx, code.s, code.n);
    return out->code == HR_NONE ? "out of memory" : NULL;
}

/* Splits the right-hand side into codes: ';' between dated codes, ','
 * between the parties of a conflict. */
static const char *parse_codes(hr_lexicon *lx, span rhs, char sep, hr_dated_code *codes,
                               size_t *count)
{
    *count = 0;
    while (rhs.n) {
        const char *end = memchr(rhs.s, sep, rhs.n);
        span item = trim(rhs.s, end ? (size_t)(end - rhs.s) : rhs.n);
        if (!item.n) return "empty code";
        if (*count == MAX_CODES) return "too many codes";
        if (sep == ',' && memchr(item.s, ' ', item.n)) return "conflict parties take no dates";
        const char *msg = parse_dated_code(lx, item, &codes[(*count)++]);
        if (msg) return msg;
        if (!end) break;
        rhs = trim(end + 1, rhs.n - (size_t)(end + 1 - rhs.s));
        if (!rhs.n) return "empty code after separator";
    }
    return *count ? NULL : "no code after =>";
}

static int entry_line(hr_load *ld, span line, uint64_t lineno, uint32_t flags)
{
    hr_lexicon *lx = &ld->dicts->lex[ld->kind];
    const char *hash = memchr(line.s, '#', line.n);
    span body = trim(line.s, hash ? (size_t)(hash - line.s) : line.n);
    uint32_t note = HR_NONE;
    if (hash) {
        span n = trim(hash + 1, line.n - (size_t)(hash + 1 - line.s));
        if (n.n && (note = hr_lexicon_store(lx, n.s, n.n)) == HR_NONE) return HERALD_ENOMEM;
    }
    const char *arrow = NULL;
    for (size_t i = 0; i + 1 < body.n; i++)
        if (body.s[i] == '=' && body.s[i + 1] == '>') { arrow = body.s + i; break; }
    if (!arrow) {
        hr_load_warn(ld, lineno, "expected PHRASE | PHRASE => CODE; line skipped");
        return 0;
    }
    hr_dated_code codes[MAX_CODES];
    size_t ncodes;
    span rhs = trim(arrow + 2, body.n - (size_t)(arrow + 2 - body.s));
    const char *msg = parse_codes(lx, rhs, ld->kind == HERALD_DICT_CONFLICTS ? ',' : ';',
                                  codes, &ncodes);
    if (msg) {
        hr_load_warn(ld, lineno, "%s; line skipped", msg);
        return 0;
    }
    span lhs = trim(body.s, (size_t)(arrow - body.s));
    while (lhs.n) {
        const char *bar = memchr(lhs.s, '|', lhs.n);
        span phrase = trim(lhs.s, bar ? (size_t)(bar - lhs.s) : lhs.n);
        if (phrase.n) {
            int rc = hr_load_phrase(ld, phrase.s, phrase.n, codes, ncodes, note, lineno,
                                    flags | HR_ENTRY_CASED);
            if (rc) return rc;
        } else {
            hr_load_warn(ld, lineno, "empty phrase between '|' ignored");
        }
        if (!bar) break;
        lhs = trim(bar + 1, lhs.n - (size_t)(bar + 1 - lhs.s));
    }
    return 0;
}

int hr_load_herald(hr_load *ld, const char *text, size_t n, herald_error *err)
{
    (void)err;
    size_t pos = 0;
    uint64_t lineno = 0;
    int seen_header = 0;
    uint32_t flags = 0;
    const char *l;
    size_t len;
    while (hr_next_line(text, n, &pos, &l, &len)) {
        lineno++;
        span line = trim(l, len);
        if (!line.n || line.s[0] == '#') continue;
        if (!seen_header) { seen_header = 1; continue; }   /* "%herald KIND" */
        if (line.s[0] == '%') {
            /* "%people" ... "%end": the entries between name persons. */
            if (line.n == 7 && memcmp(line.s, "%people", 7) == 0 && ld->kind == HERALD_DICT_ACTORS)
                flags = HR_ENTRY_PERSON;
            /* "%owned" ... "%end": equipment, a role only with its owner. */
            else if (line.n == 6 && memcmp(line.s, "%owned", 6) == 0 &&
                     ld->kind == HERALD_DICT_AGENTS)
                flags = HR_ENTRY_OWNED;
            else if (line.n == 4 && memcmp(line.s, "%end", 4) == 0)
                flags = 0;
            else
                hr_load_warn(ld, lineno, "unknown directive; line skipped");
            continue;
        }
        int rc = entry_line(ld, line, lineno, flags);
        if (rc) return rc;
    }
    return 0;
}

/* petrarch.c - the dictionary formats of PETRARCH-2 (and TABARI) for
 * actors, agents, discards and issues, as documented with PETRARCH-2.
 * Upper-case phrases whose words are joined by '_'; '#' comments and
 * <!-- --> comment blocks; codes in brackets. */
#include "dicts.h"
#include "ptext.h"
#include "../core/calendar.h"
#include "../core/doc.h"

#include <string.h>

#define MAX_CODES 64

/* A PETRARCH date: YYMMDD or YYYYMMDD (two-digit years from 1930). */
static int petrarch_date(hr_span d, int32_t *out)
{
    int v = 0;
    if (d.n != 6 && d.n != 8) return -1;
    for (size_t i = 0; i < d.n; i++) {
        if (d.s[i] < '0' || d.s[i] > '9') return -1;
        v = v * 10 + (d.s[i] - '0');
    }
    int y = d.n == 8 ? v / 10000 : v / 10000 + (v / 10000 >= 30 ? 1900 : 2000);
    int m = v / 100 % 100, day = v % 100;
    if (!hr_date_valid(y, m, day)) return -1;
    *out = y * 10000 + m * 100 + day;
    return 0;
}

/* "[CODE]", "[CODE date-date]", "[CODE <date]", "[CODE >date]" inside
 * brackets already stripped.  Returns NULL or an error message. */
static const char *dated_code(hr_lexicon *lx, hr_span in, hr_dated_code *out)
{
    const char *sp = memchr(in.s, ' ', in.n);
    hr_span code = hr_trim(in.s, sp ? (size_t)(sp - in.s) : in.n);
    int rc = hr_pupper_code(lx, code, &out->code);
    if (rc == -2) return "out of memory";
    if (rc) return "bad actor code";
    out->from = HR_DATE_MIN;
    out->to = HR_DATE_MAX;
    if (!sp) return NULL;
    hr_span d = hr_trim(sp, in.n - (size_t)(sp - in.s));
    if (d.n && d.s[0] == '<') {
        if (petrarch_date(hr_trim(d.s + 1, d.n - 1), &out->to)) return "bad date";
    } else if (d.n && d.s[0] == '>') {
        if (petrarch_date(hr_trim(d.s + 1, d.n - 1), &out->from)) return "bad date";
    } else {
        const char *dash = memchr(d.s, '-', d.n);
        if (!dash) return "bad date range";
        if (petrarch_date(hr_trim(d.s, (size_t)(dash - d.s)), &out->from) ||
            petrarch_date(hr_trim(dash + 1, d.n - (size_t)(dash + 1 - d.s)), &out->to))
            return "bad date";
        if (out->from > out->to) return "date range ends before it starts";
    }
    return NULL;
}

/* Splits "PHRASE [CODE]" into its phrase and bracket contents. */
static int split_bracket(hr_span line, hr_span *phrase, hr_span *inside, int *has)
{
    const char *open = memchr(line.s, '[', line.n);
    *has = open != NULL;
    if (!open) { *phrase = line; return 0; }
    const char *close = memchr(open, ']', line.n - (size_t)(open - line.s));
    if (!close) return -1;
    *phrase = hr_trim(line.s, (size_t)(open - line.s));
    *inside = hr_trim(open + 1, (size_t)(close - open - 1));
    return 0;
}

/* ---- actors ------------------------------------------------------------ */

typedef struct record {
    hr_span phrases[512];
    uint64_t lines[512];
    size_t nphrases;
    hr_dated_code codes[MAX_CODES];
    size_t ncodes;
    uint64_t line;
    uint32_t flags;
} record;

static int flush_record(hr_load *ld, record *rec)
{
    int rc = 0;
    /* CountryInfo gives office holders dated codes: read those as persons. */
    for (size_t i = 0; i < rec->ncodes; i++)
        if (rec->codes[i].from != HR_DATE_MIN || rec->codes[i].to != HR_DATE_MAX)
            rec->flags |= HR_ENTRY_PERSON;
    if (rec->nphrases && !rec->ncodes)
        hr_load_warn(ld, rec->line, "actor record \"%.*s\" has no code; skipped",
                     (int)rec->phrases[0].n, rec->phrases[0].s);
    else
        for (size_t i = 0; i < rec->nphrases && !rc; i++)
            rc = hr_load_phrase(ld, rec->phrases[i].s, rec->phrases[i].n, rec->codes,
                                rec->ncodes, HR_NONE, rec->lines[i], rec->flags);
    rec->nphrases = rec->ncodes = 0;
    rec->flags = 0;
    return rc;
}

static void add_code(hr_load *ld, record *rec, hr_span inside, uint64_t line)
{
    hr_lexicon *lx = &ld->dicts->lex[ld->kind];
    const char *slash = memchr(inside.s, '/', inside.n);
    if (slash) {
        /* [ELR/GAL]: a group of actors, each coded on its own. */
        rec->flags |= HR_ENTRY_GROUP;
        add_code(ld, rec, hr_trim(inside.s, (size_t)(slash - inside.s)), line);
        add_code(ld, rec, hr_trim(slash + 1, inside.n - (size_t)(slash + 1 - inside.s)), line);
        return;
    }
    if (rec->ncodes == MAX_CODES) { hr_load_warn(ld, line, "too many codes; skipped"); return; }
    const char *msg = dated_code(lx, inside, &rec->codes[rec->ncodes]);
    if (msg) hr_load_warn(ld, line, "%s in [%.*s]; code skipped", msg, (int)inside.n, inside.s);
    else rec->ncodes++;
}

int hr_load_petrarch_actors(hr_load *ld, const char *text, size_t n)
{
    const herald_allocator *a = &ld->ctx->alc;
    record *rec = a->malloc(a->ctx, sizeof *rec);   /* large: not on the stack */
    if (!rec) return HERALD_ENOMEM;
    rec->nphrases = rec->ncodes = 0;
    rec->flags = 0;
    hr_preader r = { text, n, 0, 0, 0, 0 };
    hr_span line;
    int indented, rc = 0;
    while (!rc && hr_pnext_line(&r, &line, &indented)) {
        if (line.s[0] == '[') {                   /* a dated code line */
            const char *close = memchr(line.s, ']', line.n);
            if (!rec->nphrases) hr_load_warn(ld, r.line, "code line outside a record; skipped");
            else if (!close) hr_load_warn(ld, r.line, "unterminated '['; line skipped");
            else add_code(ld, rec, hr_trim(line.s + 1, (size_t)(close - line.s - 1)), r.line);
            continue;
        }
        int synonym = line.s[0] == '+';
        if (synonym) line = hr_trim(line.s + 1, line.n - 1);
        hr_span phrase, inside;
        int has;
        if (split_bracket(line, &phrase, &inside, &has)) {
            hr_load_warn(ld, r.line, "unterminated '['; line skipped");
            continue;
        }
        /* A primary line closes the record before it only once that
         * record has codes: CountryInfo lists several names in a row and
         * gives their dated codes after the last of them. */
        if (!synonym && rec->ncodes && (rc = flush_record(ld, rec))) break;
        if (!synonym && !rec->nphrases) rec->line = r.line;
        if (synonym && !rec->nphrases) {
            hr_load_warn(ld, r.line, "synonym outside a record; skipped");
            continue;
        }
        if (rec->nphrases < 512 && phrase.n) {
            rec->lines[rec->nphrases] = r.line;
            rec->phrases[rec->nphrases++] = phrase;
        }
        if (has) add_code(ld, rec, inside, r.line);
    }
    if (!rc) rc = flush_record(ld, rec);
    a->free(a->ctx, rec);
    hr_pcheck_closed(ld, &r);
    return rc;
}

/* ---- agents ------------------------------------------------------------ */

#define MAX_SETS 32

typedef struct subst_set {
    char name[64];          /* "!PERSON!" */
    hr_span members[64];
    size_t count;
} subst_set;

/* Regular English plural of the last word of `phrase` into out. */
static size_t pluralise(hr_span phrase, char *out, size_t cap)
{
    if (phrase.n + 3 > cap) return 0;
    memcpy(out, phrase.s, phrase.n);
    size_t n = phrase.n;
    char last = (char)(out[n - 1] | 32), before = n > 1 ? (char)(out[n - 2] | 32) : 0;
    int upper = out[n - 1] >= 'A' && out[n - 1] <= 'Z';
    if (last == 'y' && before && !strchr("aeiou", before)) {
        out[n - 1] = upper ? 'I' : 'i';
        memcpy(out + n, upper ? "ES" : "es", 2);
        return n + 2;
    }
    if (last == 's' || last == 'x' || last == 'z' ||
        ((last == 'h') && (before == 'c' || before == 's'))) {
        memcpy(out + n, upper ? "ES" : "es", 2);
        return n + 2;
    }
    out[n] = upper ? 'S' : 's';
    return n + 1;
}

/* Adds `phrase` with every !SET! replaced by each member in turn. */
static int add_expanded(hr_load *ld, const subst_set *sets, size_t nsets, hr_span phrase,
                        const hr_dated_code *code, uint32_t flags, uint64_t line, int depth)
{
    const char *bang = memchr(phrase.s, '!', phrase.n);
    if (!bang || depth > 3)
        return hr_load_phrase(ld, phrase.s, phrase.n, code, 1, HR_NONE, line, flags);
    const char *end = memchr(bang + 1, '!', phrase.n - (size_t)(bang + 1 - phrase.s));
    if (!end) {
        hr_load_warn(ld, line, "unterminated !SET! name; line skipped");
        return 0;
    }
    size_t nlen = (size_t)(end - bang + 1);
    for (size_t k = 0; k < nsets; k++) {
        if (strlen(sets[k].name) != nlen || memcmp(sets[k].name, bang, nlen) != 0) continue;
        for (size_t m = 0; m < sets[k].count; m++) {
            char buf[512];
            size_t pre = (size_t)(bang - phrase.s), post = phrase.n - pre - nlen;
            if (pre + sets[k].members[m].n + post >= sizeof buf) continue;
            memcpy(buf, phrase.s, pre);
            memcpy(buf + pre, sets[k].members[m].s, sets[k].members[m].n);
            memcpy(buf + pre + sets[k].members[m].n, end + 1, post);
            hr_span next = { buf, pre + sets[k].members[m].n + post };
            int rc = add_expanded(ld, sets, nsets, next, code, flags, line, depth + 1);
            if (rc) return rc;
        }
        return 0;
    }
    hr_load_warn(ld, line, "unknown substitution set %.*s; line skipped", (int)nlen, bang);
    return 0;
}

static void define_set(hr_load *ld, subst_set *sets, size_t *nsets, hr_span line, uint64_t lineno)
{
    const char *eq = memchr(line.s, '=', line.n);
    hr_span name = hr_trim(line.s, eq ? (size_t)(eq - line.s) : 0);
    if (!eq || name.n < 3 || name.n >= sizeof sets->name || name.s[name.n - 1] != '!') {
        hr_load_warn(ld, lineno, "bad substitution set (expected !NAME! = A, B); skipped");
        return;
    }
    if (*nsets == MAX_SETS) { hr_load_warn(ld, lineno, "too many substitution sets"); return; }
    subst_set *set = &sets[(*nsets)++];
    memcpy(set->name, name.s, name.n);
    set->name[name.n] = '\0';
    set->count = 0;
    hr_span rest = hr_trim(eq + 1, line.n - (size_t)(eq + 1 - line.s));
    while (rest.n && set->count < 64) {
        const char *comma = memchr(rest.s, ',', rest.n);
        hr_span m = hr_trim(rest.s, comma ? (size_t)(comma - rest.s) : rest.n);
        if (m.n) set->members[set->count++] = m;
        if (!comma) break;
        rest = hr_trim(comma + 1, rest.n - (size_t)(comma + 1 - rest.s));
    }
}

int hr_load_petrarch_agents(hr_load *ld, const char *text, size_t n)
{
    hr_lexicon *lx = &ld->dicts->lex[ld->kind];
    subst_set sets[MAX_SETS];
    size_t nsets = 0;
    hr_preader r = { text, n, 0, 0, 0, 0 };
    hr_span line;
    int indented, rc = 0;
    while (!rc && hr_pnext_line(&r, &line, &indented)) {
        if (line.s[0] == '!' && memchr(line.s, '=', line.n)) {
            define_set(ld, sets, &nsets, line, r.line);
            continue;
        }
        const char *open = memchr(line.s, '[', line.n);
        const char *close = open ? memchr(open, ']', line.n - (size_t)(open - line.s)) : NULL;
        if (!open || !close) {
            hr_load_warn(ld, r.line, "agent without a [~CODE]; line skipped");
            continue;
        }
        hr_span code = hr_trim(open + 1, (size_t)(close - open - 1));
        uint32_t flags = 0;
        if (code.n && code.s[0] == '~') code = hr_trim(code.s + 1, code.n - 1);
        else if (code.n && code.s[code.n - 1] == '~') { code.n--; flags = HR_ENTRY_PREFIX; }
        else { hr_load_warn(ld, r.line, "agent code needs '~' before or after it; line skipped"); continue; }
        hr_dated_code dc = { 0, HR_DATE_MIN, HR_DATE_MAX };
        int ur = hr_pupper_code(lx, code, &dc.code);
        if (ur == -2) return HERALD_ENOMEM;
        if (ur) { hr_load_warn(ld, r.line, "bad agent code; line skipped"); continue; }
        hr_span head = hr_trim(line.s, (size_t)(open - line.s));
        const char *brace = memchr(head.s, '{', head.n);
        hr_span phrase = hr_trim(head.s, brace ? (size_t)(brace - head.s) : head.n);
        if (!phrase.n) { hr_load_warn(ld, r.line, "agent without a phrase; line skipped"); continue; }
        int no_stem = phrase.s[phrase.n - 1] == '_';
        rc = add_expanded(ld, sets, nsets, phrase, &dc, flags, r.line, 0);
        if (rc) break;
        if (brace) {                       /* explicit plurals, or {} for none */
            const char *rb = memchr(brace, '}', head.n - (size_t)(brace - head.s));
            hr_span forms = hr_trim(brace + 1, rb ? (size_t)(rb - brace - 1) : 0);
            while (forms.n && !rc) {
                const char *sp = memchr(forms.s, ' ', forms.n);
                hr_span f = hr_trim(forms.s, sp ? (size_t)(sp - forms.s) : forms.n);
                if (f.n) rc = add_expanded(ld, sets, nsets, f, &dc, flags, r.line, 0);
                if (!sp) break;
                forms = hr_trim(sp + 1, forms.n - (size_t)(sp + 1 - forms.s));
            }
        } else if (!no_stem && !memchr(phrase.s, '!', phrase.n)) {
            char plural[512];
            size_t pn = pluralise(phrase, plural, sizeof plural);
            if (pn) rc = hr_load_phrase(ld, plural, pn, &dc, 1, HR_NONE, r.line, flags);
        }
    }
    hr_pcheck_closed(ld, &r);
    return rc;
}

/* ---- discards and issues ---------------------------------------------- */

int hr_load_petrarch_discards(hr_load *ld, const char *text, size_t n)
{
    hr_lexicon *lx = &ld->dicts->lex[ld->kind];
    hr_dated_code sentence = { hr_lexicon_intern(lx, "SENTENCE", 8), HR_DATE_MIN, HR_DATE_MAX };
    hr_dated_code story = { hr_lexicon_intern(lx, "STORY", 5), HR_DATE_MIN, HR_DATE_MAX };
    if (sentence.code == HR_NONE || story.code == HR_NONE) return HERALD_ENOMEM;
    hr_preader r = { text, n, 0, 0, 0, 0 };
    hr_span line;
    int indented, rc = 0;
    while (!rc && hr_pnext_line(&r, &line, &indented)) {
        int whole_story = line.s[0] == '+';
        if (whole_story) line = hr_trim(line.s + 1, line.n - 1);
        if (!line.n) { hr_load_warn(ld, r.line, "empty discard phrase"); continue; }
        rc = hr_load_phrase(ld, line.s, line.n, whole_story ? &story : &sentence, 1, HR_NONE,
                            r.line, 0);
    }
    hr_pcheck_closed(ld, &r);
    return rc;
}

/* The forms of an issue phrase: "n:" marks a noun (singular and
 * plural), "v:" a verb (its regular forms), and '+' joins words both
 * with a hyphen and with a space ("pre+n:school"). */
static int issue_forms(hr_load *ld, hr_span phrase, const hr_dated_code *dc, uint64_t line)
{
    char base[512];
    size_t n = 0, joins[8], njoins = 0;
    int noun = 0, verb = 0;
    for (size_t i = 0; i < phrase.n && n + 1 < sizeof base; i++) {
        if (i + 1 < phrase.n && (phrase.s[i] == 'n' || phrase.s[i] == 'v') &&
            phrase.s[i + 1] == ':' && (i == 0 || phrase.s[i - 1] == ' ' || phrase.s[i - 1] == '+')) {
            noun |= phrase.s[i] == 'n';
            verb |= phrase.s[i] == 'v';
            i++;
            continue;
        }
        if (phrase.s[i] == '+' && njoins < 8) joins[njoins++] = n;
        base[n++] = phrase.s[i];
    }
    static const char *const verb_endings[] = { "", "s", "ed", "ing" };
    for (unsigned mask = 0; mask < (1u << njoins); mask++) {
        for (size_t k = 0; k < njoins; k++) base[joins[k]] = mask >> k & 1 ? ' ' : '-';
        hr_span form = hr_trim(base, n);
        if (!form.n) continue;
        int rc = hr_load_phrase(ld, form.s, form.n, dc, 1, HR_NONE, line, 0);
        if (!rc && noun) {
            char plural[520];
            size_t pn = pluralise(form, plural, sizeof plural);
            if (pn) rc = hr_load_phrase(ld, plural, pn, dc, 1, HR_NONE, line, 0);
        }
        for (size_t v = 1; !rc && verb && v < 4; v++) {
            char f[520];
            size_t el = strlen(verb_endings[v]);
            if (form.n + el >= sizeof f) break;
            memcpy(f, form.s, form.n);
            memcpy(f + form.n, verb_endings[v], el);
            rc = hr_load_phrase(ld, f, form.n + el, dc, 1, HR_NONE, line, 0);
        }
        if (rc) return rc;
    }
    return 0;
}

int hr_load_petrarch_issues(hr_load *ld, const char *text, size_t n)
{
    hr_lexicon *lx = &ld->dicts->lex[ld->kind];
    hr_dated_code ignore = { hr_lexicon_intern(lx, "~IGNORE", 7), HR_DATE_MIN, HR_DATE_MAX };
    if (ignore.code == HR_NONE) return HERALD_ENOMEM;
    hr_preader r = { text, n, 0, 0, 0, 0 };
    hr_span line;
    int indented, rc = 0, open_block = 0;
    uint64_t block_line = 0;
    while (!rc && hr_pnext_line(&r, &line, &indented)) {
        if (line.n >= 6 && memcmp(line.s, "<ISSUE", 6) == 0) {
            if (open_block) hr_load_warn(ld, r.line, "<ISSUE> inside an unclosed <ISSUE>");
            open_block = 1;
            block_line = r.line;
            continue;
        }
        if (line.n >= 8 && memcmp(line.s, "</ISSUE>", 8) == 0) {
            if (!open_block) hr_load_warn(ld, r.line, "</ISSUE> without <ISSUE>");
            open_block = 0;
            continue;
        }
        if (line.s[0] == '~') {
            hr_span p = hr_trim(line.s + 1, line.n - 1);
            if (p.n) rc = hr_load_phrase(ld, p.s, p.n, &ignore, 1, HR_NONE, r.line, 0);
            continue;
        }
        hr_span phrase, inside;
        int has;
        if (split_bracket(line, &phrase, &inside, &has) || !has) {
            hr_load_warn(ld, r.line, "expected phrase [ISSUE_CODE]; line skipped");
            continue;
        }
        hr_dated_code dc = { 0, HR_DATE_MIN, HR_DATE_MAX };
        int ur = hr_pupper_code(lx, inside, &dc.code);
        if (ur == -2) return HERALD_ENOMEM;
        if (ur || !phrase.n) { hr_load_warn(ld, r.line, "bad issue entry; line skipped"); continue; }
        rc = issue_forms(ld, phrase, &dc, r.line);
    }
    if (!rc && open_block) hr_load_warn(ld, block_line, "<ISSUE> block not closed");
    hr_pcheck_closed(ld, &r);
    return rc;
}

/* dates.c - date expressions of news English, normalised with pure date
 * arithmetic (src/core/calendar.c) against the article date:
 *
 *   explicit   October 30, 2020 | 30 Oct. 2020 | Oct 30th | 2020-10-30 |
 *              March 4-5 | in May 1994 | since 2014 | 2011-2013 |
 *              between 1991 and 1995 | the 2008 war
 *   relative   on Thursday (the latest on or before the article date,
 *              the next in the future tense), next Monday | last Monday |
 *              yesterday | today | tomorrow | last week | last month |
 *              last year | this year | earlier this month | two days ago |
 *              on the 30th | in May (the latest May in the past tense,
 *              the next in the future, else the nearest)
 *
 * Tense comes from the nearest verb's part-of-speech tag and a "will",
 * "shall" before it.  A month and day without a year take the article's
 * year, moved a year back or on when that puts the date more than half a
 * year away.  A date that does not exist (February 30, "the 45th") is
 * never produced.  Each event takes the nearest date of its own clause
 * (other_clause): not one inside a subordinate clause it is not in. */
#include "dates.h"
#include "../core/calendar.h"
#include "../segment/toks.h"

#include <stdio.h>
#include <string.h>

typedef struct dscan {
    herald_doc *doc;
    uint32_t sentence;
    size_t begin, end;
    long ref;               /* the article date as a day number */
    int has_ref, ref_y, ref_m, ref_d;
} dscan;

static const char *const MONTHS[12] = { "january", "february", "march", "april", "may", "june",
                                        "july", "august", "september", "october", "november",
                                        "december" };
static const char *const WEEKDAYS[7] = { "sunday", "monday", "tuesday", "wednesday", "thursday",
                                         "friday", "saturday" };

static const herald_token *tok(const dscan *s, size_t k) { return &s->doc->tokens[k]; }

static int capitalised(const dscan *s, size_t k)
{
    return hr_tok_first(s->doc, tok(s, k)) == HR_C_UPPER;
}

/* 1..12 for a capitalised month name or abbreviation ("Oct", "Oct.",
 * "Sept."), else 0. */
static int month_at(const dscan *s, size_t k)
{
    if (k >= s->end || !capitalised(s, k)) return 0;
    const herald_token *t = tok(s, k);
    size_t n = t->norm_len;
    if (n && t->norm[n - 1] == '.') n--;
    if (n < 3) return 0;
    for (int m = 0; m < 12; m++) {
        if (t->norm[0] != MONTHS[m][0]) continue;   /* most capitalised words: no month */
        size_t full = strlen(MONTHS[m]);
        if (n == full && memcmp(t->norm, MONTHS[m], n) == 0) return m + 1;
        if (n == 3 && memcmp(t->norm, MONTHS[m], 3) == 0 && m != 4) return m + 1;
        if (n == 4 && m == 8 && memcmp(t->norm, "sept", 4) == 0) return 9;
    }
    return 0;
}

static int weekday_at(const dscan *s, size_t k)
{
    /* the names have six to nine letters: the length turns most words
     * away before the case is read */
    if (k >= s->end || tok(s, k)->norm_len < 6 || tok(s, k)->norm_len > 9 || !capitalised(s, k))
        return -1;
    for (int w = 0; w < 7; w++)
        if (hr_tok_is(tok(s, k), WEEKDAYS[w])) return w;
    return -1;
}

/* The value of a number token of at most `digits` digits, with an
 * optional ordinal suffix when `ordinal` ("30th"); -1 otherwise. */
static int number_at(const dscan *s, size_t k, int digits, int ordinal)
{
    if (k >= s->end || tok(s, k)->kind != HERALD_TOK_NUMBER) return -1;
    const herald_token *t = tok(s, k);
    int v = 0, n = 0;
    size_t i = 0;
    for (; i < t->norm_len && t->norm[i] >= '0' && t->norm[i] <= '9'; i++, n++)
        if (n < digits) v = v * 10 + (t->norm[i] - '0');   /* longer: refused below */
    if (!n || n > digits) return -1;
    if (i == t->norm_len) return v;
    if (!ordinal || t->norm_len - i != 2) return -1;
    const char *suf = t->norm + i;
    return strncmp(suf, "st", 2) == 0 || strncmp(suf, "nd", 2) == 0 ||
           strncmp(suf, "rd", 2) == 0 || strncmp(suf, "th", 2) == 0 ? v : -1;
}

static int year_at(const dscan *s, size_t k)
{
    if (k < s->end && tok(s, k)->norm_len != 4) return -1;
    int y = number_at(s, k, 4, 0);
    return y >= 1000 && y <= 2999 ? y : -1;
}

static inline int is(const dscan *s, size_t k, const char *w)
{
    return k < s->end && hr_tok_is(tok(s, k), w);
}

/* Two tokens glued together ("2019-03" has no space inside). */
static int glued(const dscan *s, size_t k)
{
    return k > 0 && tok(s, k)->start == tok(s, k - 1)->end;
}

static int emit(dscan *s, size_t first, size_t last, int y, int m, int d, int ye, int me, int de,
                int precision, int basis)
{
    if (!hr_date_valid(y, m, d) || (ye && !hr_date_valid(ye, me, de))) return 0;
    if (ye && hr_days_from_civil(ye, me, de) < hr_days_from_civil(y, m, d)) return 0;
    herald_doc *doc = s->doc;
    if (doc->date_count == doc->date_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->dates, &doc->date_cap, doc->date_count + 1,
                      sizeof *doc->dates))
        return HERALD_ENOMEM;
    herald_date *dt = &doc->dates[doc->date_count++];
    memset(dt, 0, sizeof *dt);
    dt->sentence = s->sentence;
    dt->first_token = (uint32_t)first;
    dt->token_count = (uint32_t)(last - first);
    dt->start = tok(s, first)->start;
    dt->end_byte = tok(s, last - 1)->end;
    hr_format_date(dt->value, y, m, d);
    if (ye) hr_format_date(dt->end, ye, me, de);
    dt->precision = precision;
    dt->basis = basis;
    return 0;
}

static int emit_days(dscan *s, size_t first, size_t last, long days, int precision)
{
    int y, m, d;
    hr_civil_from_days(days, &y, &m, &d);
    if (precision == HERALD_PRECISION_MONTH) d = 1;
    if (precision == HERALD_PRECISION_YEAR) { m = 1; d = 1; }
    return emit(s, first, last, y, m, d, 0, 0, 0, precision, HERALD_BASIS_RELATIVE);
}

enum { TENSE_NONE = 0, TENSE_PAST = 1, TENSE_FUTURE = 2, TENSE_OTHER = 3 };

/* The tense of a verb at token j (by the tagger's tags): past for a past
 * form or a participle after "has"/"had", future after "will", "shall",
 * "'ll" (also "won't"); TENSE_NONE when j is no verb. */
static int verb_tense(const dscan *s, size_t j)
{
    const char *tag = herald_tag_name(tok(s, j)->tag);
    if (tag[0] != 'V' && strcmp(tag, "MD") != 0) return TENSE_NONE;
    static const char *const future[] = { "will", "shall", "'ll", "wo", NULL };
    size_t p = j;
    for (int back = 0; back < 4 && p >= s->begin; back++, p--) {
        for (const char *const *w = future; *w; w++)
            if (is(s, p, *w)) return TENSE_FUTURE;
        if (p == s->begin) break;
    }
    if (strcmp(tag, "VBD") == 0) return TENSE_PAST;
    if (strcmp(tag, "VBN") != 0) return TENSE_OTHER;
    p = j;
    while (p > s->begin && strcmp(herald_tag_name(tok(s, p - 1)->tag), "RB") == 0) p--;
    return p > s->begin && (is(s, p - 1, "has") || is(s, p - 1, "have") || is(s, p - 1, "had"))
               ? TENSE_PAST : TENSE_OTHER;
}

/* The tense a date at token k is said in: that of the nearest verb
 * before it, or else after it ("In August, the rebels withdrew"). */
static int tense_at(const dscan *s, size_t k)
{
    for (size_t j = k; j-- > s->begin;) {
        int t = verb_tense(s, j);
        if (t) return t;
    }
    for (size_t j = k + 1; j < s->end; j++) {
        int t = verb_tense(s, j);
        if (t) return t;
    }
    return TENSE_NONE;
}

/* The year for a month written alone at token k: in the past, the latest
 * such month up to the article's ("froze talks in May" in December: this
 * year's May); in the future, the next one from it; else, and after a
 * deadline word ("until May", "by June"), the one nearest the article's
 * month ("a referendum in May"). */
static int infer_year_of_month(const dscan *s, size_t k, int m)
{
    static const char *const deadlines[] = { "until", "till", "by", "before", NULL };
    int tense = tense_at(s, k);
    for (const char *const *w = deadlines; *w && tense == TENSE_PAST; w++)
        if (k > s->begin && is(s, k - 1, *w)) tense = TENSE_OTHER;
    if (tense == TENSE_FUTURE) return m >= s->ref_m ? s->ref_y : s->ref_y + 1;
    if (tense == TENSE_PAST) return m <= s->ref_m ? s->ref_y : s->ref_y - 1;
    int diff = m - s->ref_m;
    return diff > 6 ? s->ref_y - 1 : diff < -6 ? s->ref_y + 1 : s->ref_y;
}

/* The year for a month and day written without one: the article's, or
 * the one before or after when that is over half a year closer. */
static int infer_year(const dscan *s, int m, int d)
{
    int y = s->ref_y;
    if (!hr_date_valid(y, m, d)) return y;     /* Feb 29 of another year: emit rejects */
    long diff = hr_days_from_civil(y, m, d) - s->ref;
    if (diff > 183) return y - 1;
    if (diff < -183) return y + 1;
    return y;
}

/* A day (or day range d..de) of month m whose words run from token k to
 * j: a year after it (", 2019") makes it explicit, else its year comes
 * from the article's date.  Returns the tokens used from k. */
static size_t day_date(dscan *s, size_t k, size_t j, int m, int d, int de, int *rc)
{
    size_t yj = is(s, j, ",") ? j + 1 : j;
    int y = year_at(s, yj);
    if (y > 0) {
        *rc = emit(s, k, yj + 1, y, m, d, de ? y : 0, m, de, HERALD_PRECISION_DAY,
                   HERALD_BASIS_EXPLICIT);
        return yj + 1 - k;
    }
    if (!s->has_ref) return j - k;
    y = infer_year(s, m, d);
    *rc = emit(s, k, j, y, m, d, de ? y : 0, m, de, HERALD_PRECISION_DAY, HERALD_BASIS_RELATIVE);
    return j - k;
}

/* "October 30(th)(-31)(, 2020)", "October 2020", "in October". */
static size_t month_first(dscan *s, size_t k, int *rc)
{
    int m = month_at(s, k);
    if (!m) return 0;
    size_t j = k + 1;
    int d = number_at(s, j, 2, 1), de = 0;
    if (d >= 1) {
        j++;
        if (is(s, j, "-") && number_at(s, j + 1, 2, 1) > d) { de = number_at(s, j + 1, 2, 1); j += 2; }
        return day_date(s, k, j, m, d, de, rc);
    }
    size_t yj = is(s, j, "of") ? j + 1 : j;      /* "October of 2019" */
    int y = year_at(s, yj);
    if (y > 0) {
        *rc = emit(s, k, yj + 1, y, m, 1, 0, 0, 0, HERALD_PRECISION_MONTH, HERALD_BASIS_EXPLICIT);
        return yj + 1 - k;
    }
    if (k > s->begin && (is(s, k - 1, "last") || is(s, k - 1, "next")) && s->has_ref) {
        /* "last May": the latest May before the article's month; "next
         * May" the first after it. */
        int last = is(s, k - 1, "last");
        int year = last ? (m < s->ref_m ? s->ref_y : s->ref_y - 1) : (m > s->ref_m ? s->ref_y : s->ref_y + 1);
        *rc = emit(s, k - 1, k + 1, year, m, 1, 0, 0, 0, HERALD_PRECISION_MONTH, HERALD_BASIS_RELATIVE);
        return 1;
    }
    /* A month alone, after "in", "since", "until", "by", "early", "late". */
    static const char *const cues[] = { "in", "since", "until", "by", "early", "late", "mid",
                                        "during", "this", NULL };
    int cued = 0;
    for (const char *const *c = cues; *c; c++) cued |= k > s->begin && is(s, k - 1, *c);
    if (!cued || !s->has_ref) return 0;
    *rc = emit(s, k, k + 1, infer_year_of_month(s, k, m), m, 1, 0, 0, 0, HERALD_PRECISION_MONTH,
               HERALD_BASIS_RELATIVE);
    return 1;
}

/* "30 October (2020)", "30th of October". */
static size_t day_first(dscan *s, size_t k, int *rc)
{
    int d = number_at(s, k, 2, 1);
    if (d < 1) return 0;
    size_t j = k + 1;
    int de = 0;                                  /* "4-5 March" */
    if (is(s, j, "-") && number_at(s, j + 1, 2, 1) > d) { de = number_at(s, j + 1, 2, 1); j += 2; }
    if (is(s, j, "of")) j++;
    int m = month_at(s, j);
    if (!m) return 0;
    return day_date(s, k, j + 1, m, d, de, rc);
}

/* "2020-10-30", "2011-2013", "between 1991 and 1995", "in 1994". */
static size_t year_first(dscan *s, size_t k, int *rc)
{
    int y = year_at(s, k);
    if (y < 0) return 0;
    if (is(s, k + 1, "-") && glued(s, k + 1) && glued(s, k + 2)) {
        int m = number_at(s, k + 2, 2, 0);
        if (m >= 1 && tok(s, k + 2)->norm_len == 2 && is(s, k + 3, "-") && glued(s, k + 3) &&
            glued(s, k + 4)) {
            int d = number_at(s, k + 4, 2, 0);
            if (d >= 1) {
                *rc = emit(s, k, k + 5, y, m, d, 0, 0, 0, HERALD_PRECISION_DAY, HERALD_BASIS_EXPLICIT);
                return 5;
            }
        }
        int ye = year_at(s, k + 2);
        if (ye > y) {
            *rc = emit(s, k, k + 3, y, 1, 1, ye, 12, 31, HERALD_PRECISION_YEAR, HERALD_BASIS_EXPLICIT);
            return 3;
        }
    }
    if (k > s->begin && is(s, k - 1, "between") && is(s, k + 1, "and")) {
        int ye = year_at(s, k + 2);
        if (ye > y) {
            *rc = emit(s, k - 1, k + 3, y, 1, 1, ye, 12, 31, HERALD_PRECISION_YEAR,
                       HERALD_BASIS_EXPLICIT);
            return 3;
        }
    }
    static const char *const cues[] = { "in", "since", "during", "until", "by", "from", "of",
                                        "the", "early", "late", "mid", NULL };
    int cued = 0;
    for (const char *const *c = cues; *c; c++) cued |= k > s->begin && is(s, k - 1, *c);
    if (!cued || y < 1900 || y > 2100) return 0;
    /* "by 1930 GMT", "at 2100 hours": a clock time, not a year. */
    static const char *const clock[] = { "gmt", "utc", "hours", "hrs", "local", "est", "edt",
                                         "cet", "bst", NULL };
    for (const char *const *c = clock; *c; c++)
        if (is(s, k + 1, *c)) return 0;
    *rc = emit(s, k, k + 1, y, 1, 1, 0, 0, 0, HERALD_PRECISION_YEAR, HERALD_BASIS_EXPLICIT);
    return 1;
}

/* "mid-2015", "early-2020" written as one word. */
static size_t hyphenated_year(dscan *s, size_t k, int *rc)
{
    const herald_token *t = tok(s, k);
    static const char *const parts[] = { "mid-", "early-", "late-", NULL };
    if (t->norm_len < 8 || t->norm_len > 10) return 0;     /* "mid-2015" .. "early-2020" */
    for (const char *const *p = parts; *p; p++) {
        size_t n = strlen(*p);
        if (t->norm_len != n + 4 || memcmp(t->norm, *p, n) != 0) continue;
        int y = 0;
        for (size_t i = n; i < t->norm_len; i++) {
            if (t->norm[i] < '0' || t->norm[i] > '9') return 0;
            y = y * 10 + (t->norm[i] - '0');
        }
        if (y < 1900 || y > 2100) return 0;
        *rc = emit(s, k, k + 1, y, 1, 1, 0, 0, 0, HERALD_PRECISION_YEAR, HERALD_BASIS_EXPLICIT);
        return 1;
    }
    return 0;
}

static int number_word(const dscan *s, size_t k)
{
    static const char *const words[] = { "one", "two", "three", "four", "five", "six", "seven",
                                         "eight", "nine", "ten", "eleven", "twelve" };
    for (int i = 0; i < 12; i++)
        if (is(s, k, words[i])) return i + 1;
    if (is(s, k, "a")) return 1;
    return number_at(s, k, 3, 0);
}

/* "Monday", "on Thursday", "next Monday", "last Friday". */
static size_t weekday_date(dscan *s, size_t k, int *rc)
{
    long r = s->ref;
    int w = weekday_at(s, k);
    if (w < 0) return 0;
    int ref_w = hr_weekday(r);
    long back = (ref_w - w + 7) % 7, ahead = (w - ref_w + 7) % 7;
    size_t first = k;
    /* the latest on or before; in a sentence of the future the next
     * on or after ("talks will resume on Monday") */
    long day = tense_at(s, k) == TENSE_FUTURE ? r + ahead : r - back;
    if (k > s->begin && is(s, k - 1, "next")) { day = r + (ahead ? ahead : 7); first = k - 1; }
    else if (k > s->begin && is(s, k - 1, "last")) { day = r - (back ? back : 7); first = k - 1; }
    *rc = emit_days(s, first, k + 1, day, HERALD_PRECISION_DAY);
    return k + 1 - first;
}

/* "on the 30th": this month's, or last month's when still to come. */
static size_t day_of_month(dscan *s, size_t k, int *rc)
{
    if (is(s, k, "the") && k > s->begin && is(s, k - 1, "on")) {
        int d = number_at(s, k + 1, 2, 1);
        /* "on the 20th anniversary": a noun after it makes it no date;
         * "on the 1st and ..." is one. */
        static const char *const joiners[] = { "and", "or", "but", "when", "after", "before",
                                               "as", "while", "in", "at", "to", "with", "by",
                                               "for", "until", "since", "amid", NULL };
        int noun_after = k + 2 < s->end && tok(s, k + 2)->kind == HERALD_TOK_WORD &&
                         hr_tok_first(s->doc, tok(s, k + 2)) == HR_C_LOWER;
        for (const char *const *j = joiners; noun_after && *j; j++)
            if (is(s, k + 2, *j)) noun_after = 0;
        if (d >= 1 && tok(s, k + 1)->norm_len > 2 && !month_at(s, k + 2) && !is(s, k + 2, "of") &&
            !noun_after) {
            int y = s->ref_y, m = s->ref_m;
            if (d > s->ref_d) { if (--m < 1) { m = 12; y--; } }
            *rc = emit(s, k, k + 2, y, m, d, 0, 0, 0, HERALD_PRECISION_DAY, HERALD_BASIS_RELATIVE);
            return 2;
        }
    }
    return 0;
}

/* Today, yesterday, tomorrow, last week, this year, earlier this month,
 * on the 30th. */
static size_t word_date(dscan *s, size_t k, int *rc)
{
    long r = s->ref;
    if (is(s, k, "today") || is(s, k, "tonight")) { *rc = emit_days(s, k, k + 1, r, HERALD_PRECISION_DAY); return 1; }
    if (is(s, k, "yesterday")) { *rc = emit_days(s, k, k + 1, r - 1, HERALD_PRECISION_DAY); return 1; }
    if (is(s, k, "tomorrow")) { *rc = emit_days(s, k, k + 1, r + 1, HERALD_PRECISION_DAY); return 1; }
    if (is(s, k, "last") || is(s, k, "next") || is(s, k, "this")) {
        int dir = is(s, k, "last") ? -1 : is(s, k, "next") ? 1 : 0;
        int y = s->ref_y, m = s->ref_m;
        if (is(s, k + 1, "week")) {
            *rc = emit_days(s, k, k + 2, r + 7 * dir, HERALD_PRECISION_DAY);
            return 2;
        }
        if (is(s, k + 1, "month")) {
            m += dir;
            if (m < 1) { m = 12; y--; }
            if (m > 12) { m = 1; y++; }
            *rc = emit(s, k, k + 2, y, m, 1, 0, 0, 0, HERALD_PRECISION_MONTH, HERALD_BASIS_RELATIVE);
            return 2;
        }
        if (is(s, k + 1, "year")) {
            *rc = emit(s, k, k + 2, y + dir, 1, 1, 0, 0, 0, HERALD_PRECISION_YEAR, HERALD_BASIS_RELATIVE);
            return 2;
        }
        return 0;
    }
    if (is(s, k, "earlier") && is(s, k + 1, "this") && (is(s, k + 2, "month") || is(s, k + 2, "year"))) {
        int year = is(s, k + 2, "year");
        *rc = emit(s, k, k + 3, s->ref_y, year ? 1 : s->ref_m, 1, 0, 0, 0,
                   year ? HERALD_PRECISION_YEAR : HERALD_PRECISION_MONTH, HERALD_BASIS_RELATIVE);
        return 3;
    }
    return day_of_month(s, k, rc);
}

/* "two days ago", "three months ago", "a year ago". */
static size_t days_ago(dscan *s, size_t k, int *rc)
{
    long r = s->ref;
    /* "ago" first: it rules out nearly every token at one comparison. */
    int n = is(s, k + 2, "ago") ? number_word(s, k) : 0;
    if (n > 0) {
        static const struct { const char *unit; int days; } units[] = {
            { "day", 1 }, { "days", 1 }, { "week", 7 }, { "weeks", 7 },
        };
        for (size_t u = 0; u < 4; u++)
            if (is(s, k + 1, units[u].unit)) {
                *rc = emit_days(s, k, k + 3, r - (long)n * units[u].days, HERALD_PRECISION_DAY);
                return 3;
            }
        if (is(s, k + 1, "months") || is(s, k + 1, "month") || is(s, k + 1, "years") || is(s, k + 1, "year")) {
            int years = is(s, k + 1, "years") || is(s, k + 1, "year");
            int y = s->ref_y - (years ? n : 0), m = s->ref_m - (years ? 0 : n);
            while (m < 1) { m += 12; y--; }
            *rc = emit(s, k, k + 3, y, m, 1, 0, 0, 0,
                       years ? HERALD_PRECISION_YEAR : HERALD_PRECISION_MONTH, HERALD_BASIS_RELATIVE);
            return 3;
        }
    }
    return 0;
}

/* The words word_date starts at ("earlier", "last", "next", "the",
 * "today", "yesterday" ...) begin with e, l, n, t or y: one test on the
 * first byte passes over most tokens (a switch: a call of memchr cost
 * more). */
static int begins_as_date_word(const herald_token *t)
{
    switch (t->norm_len ? t->norm[0] : '\0') {
    case 'e': case 'l': case 'n': case 't': case 'y': return 1;
    default: return 0;
    }
}

/* Weekdays, today, yesterday, last week, two days ago, on the 30th ... */
static size_t relative(dscan *s, size_t k, int *rc)
{
    if (!s->has_ref) return 0;
    size_t used = weekday_date(s, k, rc);
    /* None of word_date's words counts before "ago", so the order of
     * the two rules is free. */
    if (!used && begins_as_date_word(tok(s, k))) used = word_date(s, k, rc);
    if (!used) used = days_ago(s, k, rc);
    return used;
}

/* Whether a date rule may start at token k: a number, a word whose
 * first byte begins one of the word rules' words (e, l, n, t, y:
 * word_date; m, e, l: "mid-2015") or a month's or weekday's name (j, f,
 * a, s, o, d, w besides; those must be capitalised), or the token two
 * before "ago".  Most tokens are none of these, and this one pass spares
 * them every rule's own tests. */
static int may_start_date(const dscan *s, size_t k)
{
    const herald_token *t = tok(s, k);
    if (t->kind == HERALD_TOK_NUMBER) return 1;
    switch (t->norm[0]) {
    case 'e': case 'l': case 'm': case 'n': case 't': case 'y': return 1;
    case 'j': case 'f': case 'a': case 's': case 'o': case 'd': case 'w':
        if (capitalised(s, k)) return 1;
        /* fall through */
    default: return is(s, k + 2, "ago");
    }
}

/* The tokens of the date that starts at token k, 0 for none.  A number
 * (a token that starts with a digit) may start only a day or a year
 * ("30 October", "2020-10-30"), a word only a month or a hyphenated year
 * ("October 30", "mid-2015"); both may start the relative rules ("two
 * days ago", "3 days ago"). */
static size_t date_at(dscan *s, size_t k, int *rc)
{
    size_t used;
    if (tok(s, k)->kind == HERALD_TOK_NUMBER) {
        used = day_first(s, k, rc);
        if (!used && !*rc) used = year_first(s, k, rc);
    } else {
        used = month_first(s, k, rc);
        if (!used && !*rc) used = hyphenated_year(s, k, rc);
    }
    if (!used && !*rc) used = relative(s, k, rc);
    return used;
}

int hr_find_dates(herald_doc *doc)
{
    dscan s = { .doc = doc };
    const char *d = doc->article.date;
    if (d && strlen(d) == 10) {
        s.ref_y = (d[0] - '0') * 1000 + (d[1] - '0') * 100 + (d[2] - '0') * 10 + (d[3] - '0');
        s.ref_m = (d[5] - '0') * 10 + (d[6] - '0');
        s.ref_d = (d[8] - '0') * 10 + (d[9] - '0');
        s.ref = hr_days_from_civil(s.ref_y, s.ref_m, s.ref_d);
        s.has_ref = 1;
    }
    int rc = 0;
    for (size_t i = 0; i < doc->sentence_count && !rc; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        if (sen->kind != HERALD_SENTENCE) continue;
        s.sentence = (uint32_t)i;
        s.begin = sen->first_token;
        s.end = s.begin + sen->token_count;
        for (size_t k = s.begin; k < s.end && !rc;) {
            if (!may_start_date(&s, k)) { k++; continue; }
            size_t used = date_at(&s, k, &rc);
            k += used ? used : 1;
        }
    }
    return rc;
}

const char *herald_precision_name(int p)
{
    static const char *const names[] = { "", "day", "month", "year" };
    return p >= 0 && p <= 3 ? names[p] : "";
}

const char *herald_basis_name(int b)
{
    static const char *const names[] = { "none", "explicit", "relative", "publication" };
    return b >= 0 && b <= 3 ? names[b] : "none";
}

size_t herald_doc_date_count(const herald_doc *doc)
{
    return doc ? doc->date_count : 0;
}

const herald_date *herald_doc_date(const herald_doc *doc, size_t i)
{
    return doc && i < doc->date_count ? &doc->dates[i] : NULL;
}

/* Whether tokens a < b lie in different clauses because a subordinate
 * clause opens between them and still runs at b (no comma or semicolon
 * closes it first): "imposed sanctions after it invaded Kuwait in 1990",
 * "In November, he said that Iran had donated ...".  A date there dates
 * that clause's action, not the other one's. */
static int other_clause(const herald_doc *doc, size_t a, size_t b)
{
    static const char *const opens[] = { "after", "before", "since", "when", "while", "whereas",
                                         "if", "unless", "because", "although", "though", "until",
                                         "that", "which", "who", "whom", "whose", "where", "citing",
                                         NULL };
    for (size_t k = a + 1; k < b; k++) {
        const herald_token *t = &doc->tokens[k];
        int opener = 0;
        for (const char *const *w = opens; *w && !opener; w++)
            opener = hr_tok_is(t, *w);
        if (!opener) continue;
        size_t j = k + 1;
        while (j < b && !hr_tok_is(&doc->tokens[j], ",") && !hr_tok_is(&doc->tokens[j], ";")) j++;
        if (j == b) return 1;
    }
    return 0;
}

int hr_date_events(herald_doc *doc)
{
    const char *pub = doc->article.date && strlen(doc->article.date) == 10 ? doc->article.date : NULL;
    size_t kept = 0;
    for (size_t i = 0; i < doc->event_count; i++) {
        herald_event *e = &doc->events[i];
        const herald_date *best = NULL;
        uint32_t best_gap = UINT32_MAX;
        size_t verb = hr_token_at(doc, e->verb_span[0]);
        for (size_t k = 0; k < doc->date_count; k++) {
            const herald_date *d = &doc->dates[k];
            if (d->sentence != e->sentence) continue;
            /* An act reported as done cannot postdate its report: a later
             * date belongs to what was promised, threatened or planned
             * ("agreed to meet again next month", "will meet Kabila
             * Friday"), so the act itself takes another date. */
            if (pub && !e->hypothetical && strcmp(d->value, pub) > 0) continue;
            size_t last = d->first_token + (d->token_count ? d->token_count - 1 : 0);
            if (last < verb ? other_clause(doc, last, verb) : other_clause(doc, verb, d->first_token))
                continue;
            uint32_t gap = d->start > e->verb_span[0] ? d->start - e->verb_span[0]
                                                      : e->verb_span[0] - d->start;
            if (gap < best_gap) { best_gap = gap; best = d; }
        }
        if (best) {
            memcpy(e->date, best->value, sizeof e->date);
            memcpy(e->date_end, best->end, sizeof e->date_end);
            e->date_precision = best->precision;
            e->date_basis = best->basis;
        } else if (pub) {
            memcpy(e->date, pub, 11);
            e->date_end[0] = '\0';
            e->date_precision = HERALD_PRECISION_DAY;
            e->date_basis = HERALD_BASIS_PUBLICATION;
        } else {
            e->date[0] = e->date_end[0] = '\0';
            e->date_precision = HERALD_PRECISION_NONE;
            e->date_basis = HERALD_BASIS_NONE;
        }
        int since = doc->ctx->since_days;
        long day, pub_day;
        if (since > 0 && pub && e->date[0] &&
            hr_iso_days(e->date_end[0] ? e->date_end : e->date, &day) == 0 &&
            hr_iso_days(pub, &pub_day) == 0 && day < pub_day - since)
            continue;   /* background, older than the window: dropped */
        doc->events[kept++] = *e;
    }
    doc->event_count = kept;
    return 0;
}

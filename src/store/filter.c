/* filter.c - the WHERE clause of queries, exports and statistics.  Codes
 * match as prefixes through a range (code >= 'IND' AND code < 'IND~'),
 * which an index can serve, unlike LIKE or substr(). */
#include "filter.h"
#include "../core/error.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

static int add_value(hr_filter *f, const char *v, int64_t num)
{
    if (f->n == HR_FILTER_MAX) return HERALD_ELIMIT;
    f->value[f->n] = v;
    f->number[f->n++] = num;
    return 0;
}

/* Copies a code, upper-cased, into the filter's text slots; with
 * `upper_bound`, also the end of its prefix range.  Returns the slot. */
static const char *code_text(hr_filter *f, const char *code, int upper_bound)
{
    if (f->n >= HR_FILTER_MAX || strlen(code) > 64) return NULL;
    char *t = f->text[f->n];
    size_t i = 0;
    for (; code[i]; i++) t[i] = (char)toupper((unsigned char)code[i]);
    if (upper_bound) t[i++] = '~';   /* above every character codes use */
    t[i] = '\0';
    return t;
}

static int cond(hr_filter *f, const char *sql)
{
    int rc = hr_buf_append(&f->where, f->where.len ? " AND " : " WHERE ", 5 + !f->where.len * 2);
    return rc ? rc : hr_buf_append(&f->where, sql, strlen(sql));
}

/* "(col >= ? AND col < ?)" for a code prefix. */
static int prefix(hr_filter *f, const char *col, const char *code, int open_and)
{
    char sql[96];
    snprintf(sql, sizeof sql, "(%s >= ? AND %s < ?)", col, col);
    const char *lo = code_text(f, code, 0);
    if (!lo || add_value(f, lo, 0)) return HERALD_ELIMIT;
    const char *hi = code_text(f, code, 1);
    if (!hi || add_value(f, hi, 0)) return HERALD_ELIMIT;
    return open_and ? cond(f, sql) : hr_buf_append(&f->where, sql, strlen(sql));
}

static int either_side(hr_filter *f, const char *code)
{
    int rc = cond(f, "(");
    if (!rc) rc = prefix(f, "e.source", code, 0);
    if (!rc) rc = hr_buf_append(&f->where, " OR ", 4);
    if (!rc) rc = prefix(f, "e.target", code, 0);
    return rc ? rc : hr_buf_putc(&f->where, ')');
}

static int dyad(hr_filter *f, const char *a, const char *b)
{
    int rc = cond(f, "((");
    if (!rc) rc = prefix(f, "e.source", a, 0);
    if (!rc) rc = hr_buf_append(&f->where, " AND ", 5);
    if (!rc) rc = prefix(f, "e.target", b, 0);
    if (!rc) rc = hr_buf_append(&f->where, ") OR (", 6);
    if (!rc) rc = prefix(f, "e.source", b, 0);
    if (!rc) rc = hr_buf_append(&f->where, " AND ", 5);
    if (!rc) rc = prefix(f, "e.target", a, 0);
    return rc ? rc : hr_buf_append(&f->where, "))", 2);
}

static int valid_date(const char *d)
{
    char norm[11];
    return herald_parse_date(d, norm) == 0 && strcmp(norm, d) == 0;
}

static int build(hr_filter *f, const herald_query *q)
{
    int rc = 0;
    if (q->actor) rc = either_side(f, q->actor);
    if (!rc && q->source) rc = prefix(f, "e.source", q->source, 1);
    if (!rc && q->target) rc = prefix(f, "e.target", q->target, 1);
    if (!rc && q->dyad[0] && q->dyad[1]) rc = dyad(f, q->dyad[0], q->dyad[1]);
    if (!rc && q->code) rc = prefix(f, "e.code", q->code, 1);
    if (!rc && q->quad) rc = add_value(f, NULL, q->quad) ? HERALD_ELIMIT : cond(f, "e.quad = ?");
    if (!rc && q->plover) {
        const char *t = code_text(f, q->plover, 0);
        rc = !t || add_value(f, t, 0) ? HERALD_ELIMIT : cond(f, "e.plover_type = ?");
    }
    if (!rc && q->since) rc = add_value(f, q->since, 0) ? HERALD_ELIMIT : cond(f, "e.date >= ?");
    if (!rc && q->until) rc = add_value(f, q->until, 0) ? HERALD_ELIMIT : cond(f, "e.date <= ?");
    if (!rc && q->country) {
        const char *t = code_text(f, q->country, 0);
        rc = !t || add_value(f, t, 0) ? HERALD_ELIMIT : cond(f, "e.loc_country = ?");
    }
    if (!rc && q->text)
        rc = add_value(f, q->text, 0) ? HERALD_ELIMIT
             : cond(f, "e.id IN (SELECT m.event_id FROM mentions_fts"
                       " JOIN mentions m ON m.id = mentions_fts.rowid"
                       " WHERE mentions_fts MATCH ?)");
    if (!rc && q->min_mentions)
        rc = add_value(f, NULL, q->min_mentions) ? HERALD_ELIMIT : cond(f, "e.num_mentions >= ?");
    return rc;
}

int hr_filter_build(hr_filter *f, const herald_query *q, herald_error *err)
{
    memset(f, 0, sizeof *f);
    hr_buf_init(&f->where, NULL, 0);
    if ((q->since && !valid_date(q->since)) || (q->until && !valid_date(q->until)))
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0,
                            "dates must be valid YYYY-MM-DD, as in 2019-03-01");
    if (q->quad < 0 || q->quad > 4)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "the quad class is 1, 2, 3 or 4");
    int rc = build(f, q);
    if (rc == HERALD_ELIMIT)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "a code in the filter is too long");
    return rc ? hr_error_set(err, rc, "", 0, 0, "out of memory") : HERALD_OK;
}

void hr_filter_bind(const hr_filter *f, sqlite3_stmt *st, int first)
{
    for (int i = 0; i < f->n; i++) {
        if (f->value[i]) sqlite3_bind_text(st, first + i, f->value[i], -1, SQLITE_TRANSIENT);
        else sqlite3_bind_int64(st, first + i, f->number[i]);
    }
}

void hr_filter_free(hr_filter *f)
{
    hr_buf_free(&f->where);
}

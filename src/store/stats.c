/* stats.c - `herald stats`: counts per period and quad class with the
 * Goldstein sum and mean, the top dyads with an escalation indicator,
 * and the top actors, for the events a query selects (docs/STORE.md). */
#include "filter.h"
#include "../core/error.h"
#include "../core/calendar.h"
#include "../write/json_out.h"

#include <stdio.h>
#include <stdlib.h>

#include <string.h>

/* The period a date `d` falls in. */
static const char *const PERIOD[] = {
    [HERALD_PERIOD_DAY] = "d",
    [HERALD_PERIOD_WEEK] = "date(d, '-6 days', 'weekday 1')",   /* its Monday */
    [HERALD_PERIOD_MONTH] = "substr(d, 1, 7)",
};
static const char *const PERIOD_NAME[] = { "day", "week", "month" };

typedef struct stats_run {
    herald_store *s;
    const herald_query *q;
    const herald_stats_options *o;
    hr_filter f;
    hr_buf out;
    herald_error *err;
} stats_run;

static int put(hr_buf *b, const char *s)
{
    return hr_buf_append(b, s, strlen(s));
}

/* Appends the filter's condition, or `extra` alone, or both. */
static int where(stats_run *x, hr_buf *sql, const char *extra)
{
    const char *w = x->f.where.data ? x->f.where.data : "";
    int rc = hr_buf_append(sql, w, x->f.where.len);
    if (!rc && extra) {
        rc = hr_buf_append(sql, x->f.where.len ? " AND " : " WHERE ", x->f.where.len ? 5 : 7);
        if (!rc) rc = hr_buf_append(sql, extra, strlen(extra));
    }
    return rc;
}

static int prepare(stats_run *x, hr_buf *sql, sqlite3_stmt **st)
{
    int r = sqlite3_prepare_v2(x->s->db, sql->data, (int)sql->len, st, NULL);
    hr_buf_free(sql);
    return r == SQLITE_OK ? HERALD_OK : hr_store_fail(x->s, r, x->err, "statistics");
}

static int json_text_or_null(hr_buf *b, sqlite3_stmt *st, int col)
{
    const char *t = (const char *)sqlite3_column_text(st, col);
    return hr_json_string_or_null(b, t);
}

static int share_or_null(hr_buf *b, sqlite3_stmt *st, int col)
{
    if (sqlite3_column_type(st, col) == SQLITE_NULL) return hr_buf_append(b, "null", 4);
    return hr_buf_printf(b, "%.3f", sqlite3_column_double(st, col));
}

/* Runs `st` and writes each row through `row`, as JSON objects in an
 * array named `name` or as CSV lines after `header`. */
static int table(stats_run *x, sqlite3_stmt *st, const char *name, const char *header,
                 int (*row)(stats_run *, sqlite3_stmt *, int csv))
{
    hr_buf *b = &x->out;
    int csv = x->o->csv, rc;
    rc = csv ? hr_buf_append(b, header, strlen(header))
             : hr_buf_printf(b, "%s\"%s\":[", b->len > 1 ? "," : "", name);
    int r, n = 0;
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW) {
        if (!csv && n++) rc = hr_buf_putc(b, ',');
        if (!rc) rc = row(x, st, csv);
    }
    if (!rc && r != SQLITE_DONE) rc = hr_store_fail(x->s, r, x->err, "statistics");
    else if (rc) rc = hr_error_set(x->err, rc, "", 0, 0, "out of memory");
    if (!rc && !csv) rc = hr_buf_putc(b, ']');
    sqlite3_finalize(st);
    return rc;
}

static int series_row(stats_run *x, sqlite3_stmt *st, int csv)
{
    const char *p = (const char *)sqlite3_column_text(st, 0);
    int n[6] = { sqlite3_column_int(st, 1), sqlite3_column_int(st, 8), sqlite3_column_int(st, 2),
                 sqlite3_column_int(st, 3), sqlite3_column_int(st, 4), sqlite3_column_int(st, 5) };
    double sum = sqlite3_column_double(st, 6), mean = sqlite3_column_double(st, 7);
    if (csv)
        return hr_buf_printf(&x->out, "%s,%d,%d,%d,%d,%d,%d,%.1f,%.3f\n", p ? p : "", n[0], n[1],
                             n[2], n[3], n[4], n[5], sum, mean);
    return hr_buf_printf(&x->out, "{\"period\":\"%s\",\"events\":%d,\"mentions\":%d,"
                                  "\"quad1\":%d,\"quad2\":%d,\"quad3\":%d,\"quad4\":%d,"
                                  "\"goldstein_sum\":%.1f,\"goldstein_mean\":%.3f}",
                         p ? p : "", n[0], n[1], n[2], n[3], n[4], n[5], sum, mean);
}

/* Grouped by day and quad class first, which the date index delivers in
 * order, then by period: no event is sorted, and each costs three sums. */
static int series(stats_run *x)
{
    hr_buf sql;
    hr_buf_init(&sql, NULL, 0);
    int rc = hr_buf_printf(&sql, "SELECT %s AS p, sum(n), sum(CASE WHEN q = 1 THEN n ELSE 0 END),"
                                 " sum(CASE WHEN q = 2 THEN n ELSE 0 END),"
                                 " sum(CASE WHEN q = 3 THEN n ELSE 0 END),"
                                 " sum(CASE WHEN q = 4 THEN n ELSE 0 END),"
                                 " total(g), coalesce(total(g) / nullif(sum(gn), 0), 0), sum(m)"
                                 " FROM (SELECT e.date AS d, e.quad AS q, count(*) AS n,"
                                 " total(e.goldstein) AS g, count(e.goldstein) AS gn,"
                                 " sum(e.num_mentions) AS m FROM events e", PERIOD[x->o->period]);
    if (!rc) rc = where(x, &sql, "e.date IS NOT NULL");
    if (!rc) rc = put(&sql, " GROUP BY e.date, e.quad) GROUP BY p ORDER BY p");
    sqlite3_stmt *st;
    if (rc || (rc = prepare(x, &sql, &st))) return rc;
    hr_filter_bind(&x->f, st, 1);
    return table(x, st, "series", "period,events,mentions,quad1,quad2,quad3,quad4,goldstein_sum,"
                 "goldstein_mean\n", series_row);
}

static int dyad_row(stats_run *x, sqlite3_stmt *st, int csv)
{
    hr_buf *b = &x->out;
    const char *src = (const char *)sqlite3_column_text(st, 0);
    const char *tgt = (const char *)sqlite3_column_text(st, 1);
    int rc;
    if (csv) {
        rc = hr_buf_printf(b, "%s,%s,%d,%d,%.3f,", src, tgt, sqlite3_column_int(st, 2),
                           sqlite3_column_int(st, 3), sqlite3_column_double(st, 4));
        for (int col = 5; col <= 7 && !rc; col++) {
            if (sqlite3_column_type(st, col) != SQLITE_NULL)
                rc = hr_buf_printf(b, "%.3f", sqlite3_column_double(st, col));
            if (!rc) rc = hr_buf_putc(b, col < 7 ? ',' : '\n');
        }
        return rc;
    }
    rc = hr_buf_append(b, "{\"source\":", 10);
    if (!rc) rc = json_text_or_null(b, st, 0);
    if (!rc) rc = hr_buf_append(b, ",\"target\":", 10);
    if (!rc) rc = json_text_or_null(b, st, 1);
    if (!rc) rc = hr_buf_printf(b, ",\"events\":%d,\"mentions\":%d,\"goldstein_mean\":%.3f,"
                                   "\"conflict_share\":", sqlite3_column_int(st, 2),
                                sqlite3_column_int(st, 3), sqlite3_column_double(st, 4));
    if (!rc) rc = share_or_null(b, st, 5);
    if (!rc) rc = hr_buf_append(b, ",\"previous_conflict_share\":", 27);
    if (!rc) rc = share_or_null(b, st, 6);
    if (!rc) rc = hr_buf_append(b, ",\"escalation\":", 14);
    if (!rc) rc = share_or_null(b, st, 7);
    return rc ? rc : hr_buf_putc(b, '}');
}

/* The first and last day of the period holding `date`, and of the one
 * before it, as YYYY-MM-DD. */
static void period_bounds(int period, const char *date, char cur[2][11], char prev[2][11])
{
    long day = 0;
    int y, m, d;
    hr_iso_days(date, &day);          /* the store's dates are valid */
    hr_civil_from_days(day, &y, &m, &d);
    long lo = day, hi = day, plo = day - 1, phi = day - 1;
    if (period == HERALD_PERIOD_WEEK) {
        lo = day - (hr_weekday(day) + 6) % 7;   /* Monday */
        hi = lo + 6;
        plo = lo - 7;
        phi = lo - 1;
    } else if (period == HERALD_PERIOD_MONTH) {
        lo = hr_days_from_civil(y, m, 1);
        hi = lo + hr_days_in_month(y, m) - 1;
        phi = lo - 1;
        int py, pm, pd;
        hr_civil_from_days(phi, &py, &pm, &pd);
        plo = hr_days_from_civil(py, pm, 1);
    }
    long v[4] = { lo, hi, plo, phi };
    char *out[4] = { cur[0], cur[1], prev[0], prev[1] };
    for (int i = 0; i < 4; i++) {
        int yy, mm, dd;
        hr_civil_from_days(v[i], &yy, &mm, &dd);
        hr_format_date(out[i], yy, mm, dd);
    }
}

/* The latest event date of the selection, or "" when none. */
static int last_date(stats_run *x, char out[11])
{
    hr_buf sql;
    hr_buf_init(&sql, NULL, 0);
    int rc = put(&sql, "SELECT max(e.date) FROM events e");
    if (!rc) rc = where(x, &sql, NULL);
    sqlite3_stmt *st;
    if (rc || (rc = prepare(x, &sql, &st))) return rc;
    hr_filter_bind(&x->f, st, 1);
    int r = sqlite3_step(st);
    const char *d = r == SQLITE_ROW ? (const char *)sqlite3_column_text(st, 0) : NULL;
    snprintf(out, 11, "%s", d && strlen(d) == 10 ? d : "");
    sqlite3_finalize(st);
    return r == SQLITE_ROW || r == SQLITE_DONE ? 0 : hr_store_fail(x->s, r, x->err, "statistics");
}

/* Conflict share: material and verbal conflict (quads 3 and 4) among a
 * dyad's events in the last period of the selection, and in the period
 * before; escalation is their difference (NULL when either is empty).
 * Grouping follows the dyad index, so no event is sorted. */
static int dyads(stats_run *x)
{
    char last[11], cur[2][11], prev[2][11];
    int rc = last_date(x, last);
    if (rc) return rc;
    if (last[0]) period_bounds(x->o->period, last, cur, prev);
    hr_buf sql;
    hr_buf_init(&sql, NULL, 0);
    rc = put(&sql, "SELECT source, target, n, m, g, now, before, now - before FROM"
                   " (SELECT e.source AS source, e.target AS target, count(*) AS n,"
                   " sum(e.num_mentions) AS m, coalesce(avg(e.goldstein), 0) AS g,"
                   " 1.0 * sum(e.date BETWEEN ? AND ? AND e.quad >= 3)"
                   "  / nullif(sum(e.date BETWEEN ? AND ?), 0) AS now,"
                   " 1.0 * sum(e.date BETWEEN ? AND ? AND e.quad >= 3)"
                   "  / nullif(sum(e.date BETWEEN ? AND ?), 0) AS before"
                   " FROM events e");
    if (!rc) rc = where(x, &sql, "e.source <> '---' AND e.target <> '---'");
    if (!rc) rc = put(&sql, " GROUP BY e.source, e.target) ORDER BY n DESC, source, target LIMIT ?");
    sqlite3_stmt *st;
    if (rc || (rc = prepare(x, &sql, &st))) return rc;
    const char *bounds[8] = { cur[0], cur[1], cur[0], cur[1], prev[0], prev[1], prev[0], prev[1] };
    for (int i = 0; i < 8; i++) {
        if (last[0]) sqlite3_bind_text(st, i + 1, bounds[i], -1, SQLITE_TRANSIENT);
        else sqlite3_bind_null(st, i + 1);
    }
    hr_filter_bind(&x->f, st, 9);
    sqlite3_bind_int(st, x->f.n + 9, x->o->top > 0 ? x->o->top : 10);
    return table(x, st, "top_dyads", "source,target,events,mentions,goldstein_mean,"
                 "conflict_share,previous_conflict_share,escalation\n", dyad_row);
}

static int actor_row(stats_run *x, sqlite3_stmt *st, int csv)
{
    hr_buf *b = &x->out;
    if (csv)
        return hr_buf_printf(b, "%s,%d,%d\n", (const char *)sqlite3_column_text(st, 0),
                             sqlite3_column_int(st, 1), sqlite3_column_int(st, 2));
    int rc = hr_buf_append(b, "{\"actor\":", 9);
    if (!rc) rc = json_text_or_null(b, st, 0);
    return rc ? rc : hr_buf_printf(b, ",\"events\":%d,\"mentions\":%d}", sqlite3_column_int(st, 1),
                                   sqlite3_column_int(st, 2));
}

/* Sources and targets counted separately, each in its index's order,
 * then merged: only the distinct actors are sorted. */
static int actors(stats_run *x)
{
    hr_buf sql;
    hr_buf_init(&sql, NULL, 0);
    int rc = put(&sql, "SELECT actor, sum(n), sum(m) FROM (SELECT e.source AS actor,"
                       " count(*) AS n, sum(e.num_mentions) AS m FROM events e");
    if (!rc) rc = where(x, &sql, NULL);
    if (!rc) rc = put(&sql, " GROUP BY e.source UNION ALL SELECT e.target, count(*),"
                            " sum(e.num_mentions) FROM events e");
    if (!rc) rc = where(x, &sql, NULL);
    if (!rc) rc = put(&sql, " GROUP BY e.target) WHERE actor <> '---' GROUP BY actor"
                            " ORDER BY 2 DESC, 1 LIMIT ?");
    sqlite3_stmt *st;
    if (rc || (rc = prepare(x, &sql, &st))) return rc;
    hr_filter_bind(&x->f, st, 1);
    hr_filter_bind(&x->f, st, x->f.n + 1);
    sqlite3_bind_int(st, 2 * x->f.n + 1, x->o->top > 0 ? x->o->top : 10);
    return table(x, st, "top_actors", "actor,events,mentions\n", actor_row);
}

int herald_store_stats(herald_store *s, const herald_query *q, const herald_stats_options *o,
                       herald_write_fn write, void *user, herald_error *err)
{
    int pending = herald_store_commit(s, err);   /* read what was stored */
    if (pending) return pending;
    herald_stats_options dflt = { .period = HERALD_PERIOD_MONTH };
    if (!o) o = &dflt;
    if (o->period < 0 || o->period > HERALD_PERIOD_MONTH)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "no such period");
    if (o->csv && o->table == HERALD_STATS_ALL)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "CSV holds one table: choose one");
    stats_run x = { .s = s, .q = q, .o = o, .err = err };
    int rc = hr_filter_build(&x.f, q, err);
    hr_buf_init(&x.out, NULL, 0);
    if (!rc && !o->csv)
        rc = hr_buf_printf(&x.out, "{\"period\":\"%s\"", PERIOD_NAME[o->period]) ? HERALD_ENOMEM : 0;
    if (!rc && (o->table == HERALD_STATS_ALL || o->table == HERALD_STATS_SERIES)) rc = series(&x);
    if (!rc && (o->table == HERALD_STATS_ALL || o->table == HERALD_STATS_DYADS)) rc = dyads(&x);
    if (!rc && (o->table == HERALD_STATS_ALL || o->table == HERALD_STATS_ACTORS)) rc = actors(&x);
    if (!rc && !o->csv && hr_buf_append(&x.out, "}\n", 2))
        rc = hr_error_set(err, HERALD_ENOMEM, "", 0, 0, "out of memory");
    if (!rc && write(user, x.out.data, x.out.len))
        rc = hr_error_set(err, HERALD_EIO, "", 0, 0, "writing the output failed");
    hr_buf_free(&x.out);
    hr_filter_free(&x.f);
    return rc;
}

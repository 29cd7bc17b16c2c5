/* query.c - events (or their mentions) out of the store, as records for
 * a callback or rendered in an output format.  An event is shown with
 * the evidence of its first mention. */
#include "filter.h"
#include "../core/error.h"
#include "../write/records.h"

#include <stdlib.h>
#include <string.h>

/* Columns 0-20 from the event, 21-38 from the mention and its article. */
static const char SELECT[] =
    "SELECT e.id, e.date, e.date_precision, e.source, e.target, e.code, e.quad, e.goldstein,"
    " e.plover_type, e.plover_mode, e.loc_name, e.loc_country, e.loc_adm1, e.loc_precision,"
    " e.lat, e.lon, e.num_mentions, e.num_sources, e.num_articles, e.first_seen, e.last_seen,"
    " m.record_id, m.sentence, m.date_end, m.date_basis, m.reported_by, m.evidence,"
    " m.source_start, m.source_end, m.target_start, m.target_end, m.verb_start, m.verb_end,"
    " a.doc_id, a.date, a.url, m.code, m.date, m.date_precision"
    " FROM events e";

static const char *const ORDER[] = {
    [HERALD_SORT_DATE] = " ORDER BY e.date, e.id",
    [HERALD_SORT_DATE_DESC] = " ORDER BY e.date DESC, e.id DESC",
    [HERALD_SORT_MENTIONS] = " ORDER BY e.num_mentions DESC, e.date, e.id",
    [HERALD_SORT_GOLDSTEIN] = " ORDER BY e.goldstein, e.date, e.id",
};

static const char *text(sqlite3_stmt *st, int col)
{
    return (const char *)sqlite3_column_text(st, col);
}

static void span(sqlite3_stmt *st, int col, uint32_t out[2])
{
    out[0] = (uint32_t)sqlite3_column_int64(st, col);
    out[1] = (uint32_t)sqlite3_column_int64(st, col + 1);
}

static void record_from_row(sqlite3_stmt *st, int mentions, herald_record *r)
{
    *r = (herald_record){
        .event_id = sqlite3_column_int64(st, 0),
        .date = mentions ? text(st, 37) : text(st, 1),
        .date_precision = sqlite3_column_int(st, mentions ? 38 : 2),
        .source = text(st, 3), .target = text(st, 4),
        .code = mentions ? text(st, 36) : text(st, 5),
        .quad = sqlite3_column_int(st, 6), .goldstein = sqlite3_column_double(st, 7),
        .plover_type = text(st, 8), .plover_mode = text(st, 9),
        .location_name = text(st, 10), .location_country = text(st, 11),
        .location_adm1 = text(st, 12), .location_precision = text(st, 13),
        .lat = sqlite3_column_double(st, 14), .lon = sqlite3_column_double(st, 15),
        .num_mentions = sqlite3_column_int(st, 16), .num_sources = sqlite3_column_int(st, 17),
        .num_articles = sqlite3_column_int(st, 18),
        .first_seen = text(st, 19), .last_seen = text(st, 20),
        .id = text(st, 21), .sentence = (uint32_t)sqlite3_column_int(st, 22),
        .date_end = text(st, 23), .date_basis = sqlite3_column_int(st, 24),
        .reported_by = text(st, 25),
        .evidence = text(st, 26), .evidence_len = (size_t)sqlite3_column_bytes(st, 26),
        .doc_id = text(st, 33), .story_date = text(st, 34), .url = text(st, 35),
    };
    span(st, 27, r->source_span);
    span(st, 29, r->target_span);
    span(st, 31, r->verb_span);
    if (!r->date) r->date = "";
    if (!r->date_end) r->date_end = "";
}

/* Prepares the query: the filter's values first, then the limit. */
static int prepare(herald_store *s, const herald_query *q, sqlite3_stmt **out, herald_error *err)
{
    hr_filter f;
    int rc = hr_filter_build(&f, q, err);
    hr_buf sql;
    hr_buf_init(&sql, NULL, 0);
    if (!rc) {
        const char *join = q->mentions
            ? " JOIN mentions m ON m.event_id = e.id JOIN articles a ON a.id = m.article_id"
            : " JOIN mentions m ON m.id = e.first_mention JOIN articles a ON a.id = m.article_id";
        int sort = q->sort >= 0 && q->sort <= HERALD_SORT_GOLDSTEIN ? q->sort : 0;
        if (hr_buf_append(&sql, SELECT, strlen(SELECT)) || hr_buf_append(&sql, join, strlen(join)) ||
            hr_buf_append(&sql, f.where.data ? f.where.data : "", f.where.len) ||
            hr_buf_append(&sql, ORDER[sort], strlen(ORDER[sort])) ||
            (q->mentions && hr_buf_append(&sql, ", m.id", 6)) ||
            hr_buf_append(&sql, " LIMIT ?", 8))
            rc = hr_error_set(err, HERALD_ENOMEM, s->path, 0, 0, "out of memory");
    }
    if (!rc) {
        int r = sqlite3_prepare_v2(s->db, sql.data, (int)sql.len, out, NULL);
        if (r != SQLITE_OK) rc = hr_store_fail(s, r, err, "query");
    }
    if (!rc) {
        hr_filter_bind(&f, *out, 1);
        sqlite3_bind_int64(*out, f.n + 1, q->limit > 0 ? q->limit : -1);
    }
    hr_buf_free(&sql);
    hr_filter_free(&f);
    return rc;
}

/* A text expression SQLite's FTS5 rejects is the user's mistake, not a
 * database failure: say so. */
static int step_failed(herald_store *s, const herald_query *q, int r, herald_error *err)
{
    int rc = hr_store_fail(s, r, err, "query");
    if (q->text && strstr(sqlite3_errmsg(s->db), "fts5"))
        rc = hr_error_set(err, HERALD_EINVAL, "", 0, 0, "--text '%s': %s", q->text,
                          sqlite3_errmsg(s->db));
    return rc;
}

int herald_store_query(herald_store *s, const herald_query *q, herald_record_fn fn, void *user,
                       herald_error *err)
{
    int pending = herald_store_commit(s, err);   /* read what was stored */
    if (pending) return pending;
    sqlite3_stmt *st = NULL;
    int rc = prepare(s, q, &st, err);
    int r = SQLITE_DONE;
    while (!rc && (r = sqlite3_step(st)) == SQLITE_ROW) {
        herald_record rec;
        record_from_row(st, q->mentions, &rec);
        rc = fn(user, &rec);
    }
    if (!rc && r != SQLITE_DONE) rc = step_failed(s, q, r, err);
    sqlite3_finalize(st);
    return rc;
}

typedef struct export_state {
    hr_buf out;
    int format;
    herald_write_fn write;
    void *user;
    int failed;               /* the writer said stop */
    int render_rc;            /* rendering ran out of memory */
} export_state;

static int export_one(void *user, const herald_record *r)
{
    export_state *x = user;
    if ((x->render_rc = hr_render_record(&x->out, r, x->format))) return 1;
    if (x->out.len >= 64 * 1024) {
        if (x->write(x->user, x->out.data, x->out.len)) return x->failed = 1;
        hr_buf_clear(&x->out);
    }
    return 0;
}

int herald_store_export(herald_store *s, const herald_query *q, int format, herald_write_fn write,
                        void *user, herald_error *err)
{
    if (format < HERALD_FORMAT_JSONL || format > HERALD_FORMAT_CSV)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "not an event format");
    export_state x = { .format = format, .write = write, .user = user };
    hr_buf_init(&x.out, NULL, 0);
    const char *header = herald_format_header(format);
    int rc = hr_buf_append(&x.out, header, strlen(header));
    if (!rc) rc = herald_store_query(s, q, export_one, &x, err);
    if (!rc && x.out.len && write(user, x.out.data, x.out.len)) x.failed = 1;
    if (x.failed) rc = hr_error_set(err, HERALD_EIO, "", 0, 0, "writing the output failed");
    else if (x.render_rc) rc = hr_error_set(err, x.render_rc, "", 0, 0, "out of memory");
    hr_buf_free(&x.out);
    return rc;
}

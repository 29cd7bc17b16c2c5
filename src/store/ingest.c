/* ingest.c - storing an article and its records, and de-duplication:
 * a record joins an existing event when both sides' codes are the same,
 * the event codes agree on their first `dedup_digits` digits, the dates
 * are at most `dedup_days` apart, and the places are compatible
 * (docs/STORE.md); otherwise it founds a new event.  Each article is
 * stored inside a savepoint: whole, or not at all. */
#include "store.h"
#include "../core/calendar.h"
#include "../core/doc.h"
#include "../core/error.h"
#include "../write/records.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static const char *const SQL[ST_COUNT] = {
    [ST_ARTICLE_FIND] = "SELECT id, text_hash FROM articles WHERE doc_id = ?1",
    [ST_ARTICLE_INSERT] =
        "INSERT INTO articles(doc_id, date, source, url, title, text_hash, ingested, num_events)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    [ST_ARTICLE_DELETE] = "DELETE FROM articles WHERE id = ?1",
    [ST_ARTICLE_EVENTS] = "SELECT DISTINCT event_id FROM mentions WHERE article_id = ?1",
    [ST_MENTIONS_DELETE] = "DELETE FROM mentions WHERE article_id = ?1",
    /* Out of the text index: the mentions of earlier batches (this
     * batch's are not in it yet). */
    [ST_MENTIONS_UNINDEX] =
        "INSERT INTO mentions_fts(mentions_fts, rowid, evidence)"
        " SELECT 'delete', id, evidence FROM mentions WHERE article_id = ?1 AND id <= ?2",
    [ST_EVENT_FIND] =
        "SELECT id, loc_name, loc_country, loc_precision FROM events"
        " WHERE source = ?1 AND target = ?2 AND substr(code, 1, ?3) = substr(?4, 1, ?3)"
        " AND date BETWEEN ?5 AND ?6"
        " ORDER BY abs(julianday(date) - julianday(?7)), id LIMIT 16",
    [ST_EVENT_FIND_UNDATED] =
        "SELECT id, loc_name, loc_country, loc_precision FROM events"
        " WHERE source = ?1 AND target = ?2 AND substr(code, 1, ?3) = substr(?4, 1, ?3)"
        " AND date IS NULL ORDER BY id LIMIT 16",
    [ST_EVENT_INSERT] =
        "INSERT INTO events(date, date_precision, source, target, code, quad, goldstein,"
        " plover_type, plover_mode, loc_name, loc_country, loc_adm1, loc_precision, lat, lon,"
        " num_mentions, num_articles, num_sources, first_seen, last_seen)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15,"
        " 1, 1, 1, ?16, ?16)",
    /* A new event's one mention: its counts were set with it. */
    [ST_EVENT_FIRST] = "UPDATE events SET first_mention = ?2 WHERE id = ?1",
    [ST_SAVEPOINT] = "SAVEPOINT article",
    [ST_RELEASE] = "RELEASE article",
    /* Whether a new mention brings a new article, a new outlet. */
    [ST_EVENT_NEWS] =
        "SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND outlet = ?2"
        "   AND article_id = ?3),"
        " NOT EXISTS (SELECT 1 FROM mentions WHERE event_id = ?1 AND outlet = ?2)",
    /* Counting a new mention in: constant work however often an event
     * is reported. */
    [ST_EVENT_COUNT] =
        "UPDATE events SET num_mentions = num_mentions + 1,"
        " num_articles = num_articles + ?2, num_sources = num_sources + ?3,"
        " first_seen = CASE WHEN ?4 IS NOT NULL AND (first_seen IS NULL OR ?4 < first_seen)"
        "   THEN ?4 ELSE first_seen END,"
        " last_seen = CASE WHEN ?4 IS NOT NULL AND (last_seen IS NULL OR ?4 > last_seen)"
        "   THEN ?4 ELSE last_seen END,"
        " first_mention = coalesce(first_mention, ?5)"
        " WHERE id = ?1",
    /* The figures recomputed from the mentions, after an article's
     * mentions were taken away. */
    [ST_EVENT_REFRESH] =
        "UPDATE events SET"
        " num_mentions = (SELECT count(*) FROM mentions WHERE event_id = ?1),"
        " num_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = ?1),"
        " num_sources = (SELECT count(DISTINCT outlet) FROM mentions WHERE event_id = ?1),"
        " first_seen = (SELECT min(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id"
        "   WHERE m.event_id = ?1),"
        " last_seen = (SELECT max(a.date) FROM mentions m JOIN articles a ON a.id = m.article_id"
        "   WHERE m.event_id = ?1),"
        " first_mention = (SELECT min(id) FROM mentions WHERE event_id = ?1)"
        " WHERE id = ?1",
    [ST_EVENT_PRUNE] =
        "DELETE FROM events WHERE id = ?1 AND NOT EXISTS"
        " (SELECT 1 FROM mentions WHERE event_id = ?1)",
    [ST_MENTION_INSERT] =
        "INSERT INTO mentions(event_id, article_id, record_id, sentence, code, date, date_end,"
        " date_precision, date_basis, reported_by, evidence, source_start, source_end,"
        " target_start, target_end, verb_start, verb_end, outlet)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
};

static sqlite3_stmt *stmt(herald_store *s, int which, herald_error *err, int *rc)
{
    sqlite3_stmt *st = s->stmt[which];
    if (!st) {
        int r = sqlite3_prepare_v3(s->db, SQL[which], -1, SQLITE_PREPARE_PERSISTENT, &st, NULL);
        if (r != SQLITE_OK) { *rc = hr_store_fail(s, r, err, "preparing"); return NULL; }
        s->stmt[which] = st;
    }
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return st;
}

/* Steps a statement that returns no rows. */
static int run(herald_store *s, sqlite3_stmt *st, herald_error *err)
{
    int r = sqlite3_step(st);
    sqlite3_reset(st);
    return r == SQLITE_DONE ? HERALD_OK : hr_store_fail(s, r, err, "writing");
}

/* The event ids an ingest touched, to refresh their figures once. */
typedef struct id_set {
    int64_t *ids;
    size_t n, cap;
} id_set;

static int id_set_add(id_set *set, int64_t id)
{
    for (size_t i = 0; i < set->n; i++)
        if (set->ids[i] == id) return 0;
    if (set->n == set->cap) {
        size_t cap = set->cap ? set->cap * 2 : 16;
        int64_t *p = realloc(set->ids, cap * sizeof *p);
        if (!p) return HERALD_ENOMEM;
        set->ids = p;
        set->cap = cap;
    }
    set->ids[set->n++] = id;
    return 0;
}

static int shift_date(const char *date, int days, char out[11])
{
    long day;
    int y, m, d;
    if (hr_iso_days(date, &day)) return -1;
    hr_civil_from_days(day + days, &y, &m, &d);
    hr_format_date(out, y, m, d);
    return 0;
}

static int same_text(const unsigned char *a, const char *b)
{
    return a && b && strcmp((const char *)a, b) == 0;
}

/* Places are compatible unless both are known and differ: another
 * country, or two different cities. */
static int places_compatible(sqlite3_stmt *found, const herald_record *r)
{
    const unsigned char *name = sqlite3_column_text(found, 1);
    const unsigned char *country = sqlite3_column_text(found, 2);
    const unsigned char *precision = sqlite3_column_text(found, 3);
    if (!name || !r->location_name) return 1;
    if (country && r->location_country && !same_text(country, r->location_country)) return 0;
    int both_cities = same_text(precision, "city") && r->location_precision &&
                      strcmp(r->location_precision, "city") == 0;
    return !both_cities || same_text(name, r->location_name);
}

static int find_event(herald_store *s, const herald_record *r, int64_t *id, herald_error *err)
{
    *id = 0;
    if (s->opt.dedup_digits <= 0) return HERALD_OK;
    int rc = 0;
    int dated = r->date && r->date[0];
    char lo[11], hi[11];
    if (dated && (shift_date(r->date, -s->opt.dedup_days, lo) ||
                  shift_date(r->date, s->opt.dedup_days, hi)))
        dated = 0;
    sqlite3_stmt *st = stmt(s, dated ? ST_EVENT_FIND : ST_EVENT_FIND_UNDATED, err, &rc);
    if (!st) return rc;
    hr_bind_text(st, 1, r->source, 0);
    hr_bind_text(st, 2, r->target, 0);
    sqlite3_bind_int(st, 3, s->opt.dedup_digits);
    hr_bind_text(st, 4, r->code, 0);
    if (dated) {
        hr_bind_text(st, 5, lo, 0);
        hr_bind_text(st, 6, hi, 0);
        hr_bind_text(st, 7, r->date, 0);
    }
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW) {
        if (places_compatible(st, r)) { *id = sqlite3_column_int64(st, 0); break; }
    }
    sqlite3_reset(st);
    return step == SQLITE_ROW || step == SQLITE_DONE ? HERALD_OK
                                                     : hr_store_fail(s, step, err, "reading");
}

static int insert_event(herald_store *s, const herald_record *r, const char *seen, int64_t *id,
                        herald_error *err)
{
    int rc = 0;
    sqlite3_stmt *st = stmt(s, ST_EVENT_INSERT, err, &rc);
    if (!st) return rc;
    hr_bind_text(st, 1, r->date, 1);
    sqlite3_bind_int(st, 2, r->date_precision);
    hr_bind_text(st, 3, r->source, 0);
    hr_bind_text(st, 4, r->target, 0);
    hr_bind_text(st, 5, r->code, 0);
    if (r->quad) {
        sqlite3_bind_int(st, 6, r->quad);
        sqlite3_bind_double(st, 7, r->goldstein);
    }
    hr_bind_text(st, 8, r->plover_type, 1);
    hr_bind_text(st, 9, r->plover_mode, 1);
    if (r->location_name) {
        hr_bind_text(st, 10, r->location_name, 0);
        hr_bind_text(st, 11, r->location_country, 1);
        hr_bind_text(st, 12, r->location_adm1, 1);
        hr_bind_text(st, 13, r->location_precision, 1);
        sqlite3_bind_double(st, 14, r->lat);
        sqlite3_bind_double(st, 15, r->lon);
    }
    hr_bind_text(st, 16, seen, 1);
    rc = run(s, st, err);
    *id = sqlite3_last_insert_rowid(s->db);
    return rc;
}

static int insert_mention(herald_store *s, int64_t event, int64_t article, const char *outlet,
                          const herald_record *r, herald_error *err)
{
    int rc = 0;
    sqlite3_stmt *st = stmt(s, ST_MENTION_INSERT, err, &rc);
    if (!st) return rc;
    char *made = NULL;
    const char *record_id = r->id;
    if (!record_id) {   /* DOC:SENTENCE:INDEX, as `herald code` names it */
        size_t cap = strlen(r->doc_id ? r->doc_id : "") + 32;
        if (!(made = malloc(cap))) return hr_error_set(err, HERALD_ENOMEM, s->path, 0, 0, "out of memory");
        snprintf(made, cap, "%s:%u:%u", r->doc_id ? r->doc_id : "", r->sentence, r->index);
        record_id = made;
    }
    sqlite3_bind_int64(st, 1, event);
    sqlite3_bind_int64(st, 2, article);
    hr_bind_text(st, 3, record_id, 0);
    sqlite3_bind_int(st, 4, (int)r->sentence);
    hr_bind_text(st, 5, r->code, 0);
    hr_bind_text(st, 6, r->date, 1);
    hr_bind_text(st, 7, r->date_end, 1);
    sqlite3_bind_int(st, 8, r->date_precision);
    sqlite3_bind_int(st, 9, r->date_basis);
    hr_bind_text(st, 10, r->reported_by, 1);
    sqlite3_bind_text(st, 11, r->evidence ? r->evidence : "", (int)r->evidence_len, SQLITE_STATIC);
    const uint32_t *spans[3] = { r->source_span, r->target_span, r->verb_span };
    for (int k = 0; k < 3; k++) {
        if (spans[k][0] == spans[k][1]) continue;   /* an absent side: NULL */
        sqlite3_bind_int64(st, 12 + 2 * k, spans[k][0]);
        sqlite3_bind_int64(st, 13 + 2 * k, spans[k][1]);
    }
    hr_bind_text(st, 18, outlet, 0);
    rc = run(s, st, err);
    free(made);
    return rc;
}

/* Removes an article's mentions, remembering their events. */
static int remove_article(herald_store *s, int64_t article, id_set *touched, herald_error *err)
{
    int rc = 0;
    sqlite3_stmt *st = stmt(s, ST_ARTICLE_EVENTS, err, &rc);
    if (!st) return rc;
    sqlite3_bind_int64(st, 1, article);
    int step;
    while ((step = sqlite3_step(st)) == SQLITE_ROW && !rc)
        rc = id_set_add(touched, sqlite3_column_int64(st, 0));
    sqlite3_reset(st);
    if (rc) return hr_error_set(err, rc, s->path, 0, 0, "out of memory");
    if (step != SQLITE_DONE) return hr_store_fail(s, step, err, "reading");
    if (!(st = stmt(s, ST_MENTIONS_UNINDEX, err, &rc))) return rc;
    sqlite3_bind_int64(st, 1, article);
    sqlite3_bind_int64(st, 2, s->fts_from);
    if ((rc = run(s, st, err))) return rc;
    if (!(st = stmt(s, ST_MENTIONS_DELETE, err, &rc))) return rc;
    sqlite3_bind_int64(st, 1, article);
    if ((rc = run(s, st, err))) return rc;
    if (!(st = stmt(s, ST_ARTICLE_DELETE, err, &rc))) return rc;
    sqlite3_bind_int64(st, 1, article);
    return run(s, st, err);
}

static void now_text(char out[32])
{
    time_t t = time(NULL);
    long days = (long)(t / 86400), secs = (long)(t % 86400);
    int y, m, d;
    hr_civil_from_days(days, &y, &m, &d);
    snprintf(out, 32, "%04d-%02d-%02dT%02ld:%02ld:%02ldZ", y, m, d, secs / 3600, secs / 60 % 60,
             secs % 60);
}

static int insert_article(herald_store *s, const herald_article *a, const char *hash, size_t n,
                          int64_t *id, herald_error *err)
{
    int rc = 0;
    sqlite3_stmt *st = stmt(s, ST_ARTICLE_INSERT, err, &rc);
    if (!st) return rc;
    char now[32];
    now_text(now);
    hr_bind_text(st, 1, a->id, 0);
    hr_bind_text(st, 2, a->date, 1);
    hr_bind_text(st, 3, a->source, 1);
    hr_bind_text(st, 4, a->url, 1);
    hr_bind_text(st, 5, a->title, 1);
    hr_bind_text(st, 6, hash, 0);
    hr_bind_text(st, 7, now, 0);
    sqlite3_bind_int64(st, 8, (sqlite3_int64)n);
    rc = run(s, st, err);
    *id = sqlite3_last_insert_rowid(s->db);
    return rc;
}

static int refresh_events(herald_store *s, const id_set *touched, herald_error *err)
{
    int rc = 0;
    for (size_t i = 0; i < touched->n && !rc; i++) {
        sqlite3_stmt *st = stmt(s, ST_EVENT_REFRESH, err, &rc);
        if (!st) break;
        sqlite3_bind_int64(st, 1, touched->ids[i]);
        if ((rc = run(s, st, err))) break;
        if (!(st = stmt(s, ST_EVENT_PRUNE, err, &rc))) break;
        sqlite3_bind_int64(st, 1, touched->ids[i]);
        rc = run(s, st, err);
    }
    return rc;
}

/* Looks the article up: 1 when stored with this hash, 0 when not (then
 * *id is its row, or 0 when absent). */
static int find_article(herald_store *s, const char *doc_id, const char *hash, int64_t *id,
                        herald_error *err)
{
    int rc = 0;
    sqlite3_stmt *st = stmt(s, ST_ARTICLE_FIND, err, &rc);
    if (!st) return rc;
    hr_bind_text(st, 1, doc_id, 0);
    int step = sqlite3_step(st), same = 0;
    *id = 0;
    if (step == SQLITE_ROW) {
        *id = sqlite3_column_int64(st, 0);
        same = same_text(sqlite3_column_text(st, 1), hash);
    }
    sqlite3_reset(st);
    if (step != SQLITE_ROW && step != SQLITE_DONE) return hr_store_fail(s, step, err, "reading");
    return same;
}

/* Stores a mention of `event` and counts it in; a new event was
 * inserted with the counts of its first mention. */
static int add_mention(herald_store *s, int64_t event, int is_new, int64_t article,
                       const herald_article *a, const herald_record *r, herald_error *err)
{
    const char *outlet = a->source && a->source[0] ? a->source : a->id;
    int rc = 0;
    sqlite3_stmt *st;
    if (is_new) {
        if ((rc = insert_mention(s, event, article, outlet, r, err))) return rc;
        if (!(st = stmt(s, ST_EVENT_FIRST, err, &rc))) return rc;
        sqlite3_bind_int64(st, 1, event);
        sqlite3_bind_int64(st, 2, sqlite3_last_insert_rowid(s->db));
        return run(s, st, err);
    }
    st = stmt(s, ST_EVENT_NEWS, err, &rc);
    if (!st) return rc;
    sqlite3_bind_int64(st, 1, event);
    hr_bind_text(st, 2, outlet, 0);
    sqlite3_bind_int64(st, 3, article);
    int step = sqlite3_step(st);
    int new_article = step == SQLITE_ROW && sqlite3_column_int(st, 0);
    int new_outlet = step == SQLITE_ROW && sqlite3_column_int(st, 1);
    sqlite3_reset(st);
    if (step != SQLITE_ROW) return hr_store_fail(s, step, err, "reading");
    if ((rc = insert_mention(s, event, article, outlet, r, err))) return rc;
    int64_t mention = sqlite3_last_insert_rowid(s->db);
    if (!(st = stmt(s, ST_EVENT_COUNT, err, &rc))) return rc;
    sqlite3_bind_int64(st, 1, event);
    sqlite3_bind_int(st, 2, new_article);
    sqlite3_bind_int(st, 3, new_outlet);
    hr_bind_text(st, 4, a->date, 1);
    sqlite3_bind_int64(st, 5, mention);
    return run(s, st, err);
}

static int put_records(herald_store *s, const herald_article *a, const char *hash,
                       const herald_record *recs, size_t n, int64_t old, herald_error *err)
{
    id_set emptied = { 0 };   /* events that lost the old text's mentions */
    int rc = old ? remove_article(s, old, &emptied, err) : 0;
    int64_t article = 0;
    if (!rc) rc = insert_article(s, a, hash, n, &article, err);
    for (size_t i = 0; i < n && !rc; i++) {
        int64_t event;
        rc = find_event(s, &recs[i], &event, err);
        int is_new = !rc && !event;
        if (is_new) rc = insert_event(s, &recs[i], a->date, &event, err);
        if (!rc) rc = add_mention(s, event, is_new, article, a, &recs[i], err);
    }
    if (!rc) rc = refresh_events(s, &emptied, err);
    free(emptied.ids);
    return rc;
}

int hr_store_put_article(herald_store *s, const herald_article *a, const char *hash,
                         const herald_record *recs, size_t n, int *outcome, herald_error *err)
{
    if (!a->id || !a->id[0])
        return hr_error_set(err, HERALD_EINVAL, a->file ? a->file : "", a->line, 0,
                            "an article without an id cannot be stored");
    int rc = hr_store_begin(s, err);
    int64_t old = 0;
    int same = rc ? rc : find_article(s, a->id, hash, &old, err);
    if (same < 0) return same;
    if (outcome) *outcome = same ? HERALD_STORE_UNCHANGED
                                 : old ? HERALD_STORE_REPLACED : HERALD_STORE_ADDED;
    if (same) return HERALD_OK;
    /* A new article without events is one row, atomic by itself. */
    int guarded = n || old;
    sqlite3_stmt *st = guarded ? stmt(s, ST_SAVEPOINT, err, &rc) : NULL;
    if (guarded && (!st || (rc = run(s, st, err)))) return rc;
    rc = put_records(s, a, hash, recs, n, old, err);
    if (rc) {
        if (guarded) sqlite3_exec(s->db, "ROLLBACK TO article; RELEASE article", NULL, NULL, NULL);
        return rc;
    }
    if (guarded && (!(st = stmt(s, ST_RELEASE, err, &rc)) || (rc = run(s, st, err)))) return rc;
    return hr_store_article_done(s, err);
}

int herald_store_has_article(herald_store *s, const herald_article *a, herald_error *err)
{
    if (!a->id) return 0;
    char hash[17];
    hr_hash_hex(hr_hash_bytes(HR_HASH_INIT, a->text, a->text_len), hash);
    int64_t id;
    return find_article(s, a->id, hash, &id, err);
}

int herald_store_add_doc(herald_store *s, const herald_doc *doc, int *outcome, herald_error *err)
{
    if (doc->stage_done < HERALD_STAGE_EVENTS)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "the document is not coded");
    const herald_article *a = herald_doc_article(doc);
    char hash[17];
    hr_hash_hex(hr_hash_bytes(HR_HASH_INIT, a->text, a->text_len), hash);
    size_t n = herald_doc_event_count(doc);
    herald_record *recs = n ? malloc(n * sizeof *recs) : NULL;
    if (n && !recs) return hr_error_set(err, HERALD_ENOMEM, s->path, 0, 0, "out of memory");
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        const herald_event *e = herald_doc_event(doc, i);
        if (e->negated || e->hypothetical) continue;   /* the store keeps facts only */
        hr_record_from_event(&recs[kept++], doc, i);
    }
    int rc = hr_store_put_article(s, a, hash, recs, kept, outcome, err);
    free(recs);
    return rc;
}

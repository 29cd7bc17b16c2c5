/* store.c - opening and closing the event store, its transactions, and
 * the SQLite helpers its files share. */
#include "store.h"
#include "../core/error.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

herald_store_options herald_store_defaults(void)
{
    return (herald_store_options){ .dedup_days = 1, .dedup_digits = 3, .batch = 500 };
}

int hr_store_fail(herald_store *s, int sqlite_rc, herald_error *err, const char *what)
{
    int code;
    switch (sqlite_rc & 0xff) {
    case SQLITE_FULL: code = HERALD_EFULL; break;
    case SQLITE_BUSY: case SQLITE_LOCKED: code = HERALD_EBUSY; break;
    case SQLITE_NOTADB: code = HERALD_ENOTDB; break;
    case SQLITE_NOMEM: code = HERALD_ENOMEM; break;
    case SQLITE_CANTOPEN: case SQLITE_READONLY: case SQLITE_IOERR: code = HERALD_EIO; break;
    default: code = HERALD_EDB;
    }
    const char *msg = s && s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(sqlite_rc);
    if (code == HERALD_ENOTDB) msg = "not an SQLite database; left untouched";
    return hr_error_set(err, code, s ? s->path : "", 0, 0, "%s: %s", what, msg);
}

int hr_store_exec(herald_store *s, const char *sql, herald_error *err)
{
    int rc = sqlite3_exec(s->db, sql, NULL, NULL, NULL);
    return rc == SQLITE_OK ? HERALD_OK : hr_store_fail(s, rc, err, "database");
}

int hr_bind_text(sqlite3_stmt *st, int i, const char *v, int empty_null)
{
    if (!v || (empty_null && !v[0])) return sqlite3_bind_null(st, i);
    return sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
}

uint64_t hr_hash_bytes(uint64_t h, const char *data, size_t len)
{
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)data[i]) * 0x100000001b3ULL;
    return h;
}

void hr_hash_hex(uint64_t h, char out[17])
{
    static const char hex[] = "0123456789abcdef";
    for (int i = 15; i >= 0; i--, h >>= 4) out[i] = hex[h & 15];
    out[16] = '\0';
}

/* Settings of every connection: wait for a writer instead of failing,
 * and WAL so readers never block the writer nor it them.  synchronous
 * NORMAL in WAL mode loses no committed transaction when the process is
 * killed (only a power cut can take the last ones). */
static int configure(herald_store *s, herald_error *err)
{
    int rc = hr_store_exec(s, "PRAGMA foreign_keys = ON", err);
    if (rc || !s->writable) return rc;
    /* A large page cache keeps a batch in memory until its commit, and
     * rarer checkpoints write each page back fewer times. */
    rc = hr_store_exec(s, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                          " PRAGMA cache_size = -65536; PRAGMA wal_autocheckpoint = 8192;"
                          " PRAGMA temp_store = MEMORY", err);
    if (!rc && s->opt.max_bytes) {
        int page = 4096;
        sqlite3_stmt *st;
        if (sqlite3_prepare_v2(s->db, "PRAGMA page_size", -1, &st, NULL) == SQLITE_OK &&
            sqlite3_step(st) == SQLITE_ROW)
            page = sqlite3_column_int(st, 0);
        sqlite3_finalize(st);
        char sql[64];
        uint64_t pages = s->opt.max_bytes / (uint64_t)(page > 0 ? page : 4096);
        snprintf(sql, sizeof sql, "PRAGMA max_page_count = %llu",
                 (unsigned long long)(pages ? pages : 1));
        rc = hr_store_exec(s, sql, err);
    }
    return rc;
}

/* Opens for writing when asked to create, or when the file is writable
 * (so an old schema can be migrated), else read-only. */
static int open_db(herald_store *s, const char *path, herald_error *err)
{
    struct stat sb;
    int exists = stat(path, &sb) == 0;
    if (!exists && !s->opt.create)
        return hr_error_set(err, HERALD_ENOENT, path, 0, 0,
                            "no such database (herald ingest --db creates one)");
    if (exists && !S_ISREG(sb.st_mode))
        return hr_error_set(err, HERALD_ENOTDB, path, 0, 0, "not a regular file");
    s->writable = s->opt.create || access(path, W_OK) == 0;
    int flags = s->writable ? SQLITE_OPEN_READWRITE | (s->opt.create ? SQLITE_OPEN_CREATE : 0)
                            : SQLITE_OPEN_READONLY;
    int rc = sqlite3_open_v2(path, &s->db, flags | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc == SQLITE_OK) sqlite3_busy_timeout(s->db, 10000);
    if (rc != SQLITE_OK) {
        int e = errno;
        hr_store_fail(s, rc, err, "cannot open");
        if (!exists && e) hr_error_set(err, HERALD_EIO, path, 0, 0, "cannot create: %s", strerror(e));
        return err ? err->code : HERALD_EIO;
    }
    return HERALD_OK;
}

int herald_store_open(const char *path, const herald_store_options *o, herald_store **out,
                      herald_error *err)
{
    if (!out || !path) return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "no database path");
    *out = NULL;
    herald_store *s = calloc(1, sizeof *s);
    if (!s || !(s->path = strdup(path))) {
        free(s);
        return hr_error_set(err, HERALD_ENOMEM, path, 0, 0, "out of memory");
    }
    s->opt = o ? *o : herald_store_defaults();
    if (s->opt.batch <= 0) s->opt.batch = 500;
    int rc = open_db(s, path, err);
    /* Read the schema before changing anything, so a foreign file stays as it was. */
    if (!rc) rc = hr_store_migrate(s, err);
    if (!rc) rc = configure(s, err);
    if (rc) {
        herald_store_close(s, NULL);
        return rc;
    }
    *out = s;
    return HERALD_OK;
}

int hr_store_begin(herald_store *s, herald_error *err)
{
    if (!s->writable)
        return hr_error_set(err, HERALD_EIO, s->path, 0, 0, "the database is read-only");
    if (s->in_batch) return HERALD_OK;
    int rc = hr_store_exec(s, "BEGIN IMMEDIATE", err);
    sqlite3_stmt *st;
    if (!rc && (rc = sqlite3_prepare_v2(s->db, "SELECT coalesce(max(id), 0) FROM mentions", -1,
                                        &st, NULL)) == SQLITE_OK) {
        rc = sqlite3_step(st) == SQLITE_ROW ? SQLITE_OK : SQLITE_ERROR;
        s->fts_from = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        if (rc) rc = hr_store_fail(s, sqlite3_errcode(s->db), err, "reading");
    } else if (!rc) {
        rc = hr_store_fail(s, rc, err, "reading");
    }
    if (!rc) { s->in_batch = 1; s->batch_articles = 0; }
    else sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

/* The batch's mentions go into the text index in one statement, inside
 * the same transaction: FTS5 flushes its pending terms at every
 * savepoint, so indexing article by article would write thousands of
 * tiny segments.  Mention ids are never reused (AUTOINCREMENT), so the
 * batch's mentions are exactly those above fts_from. */
static int index_batch(herald_store *s, herald_error *err)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, "INSERT INTO mentions_fts(rowid, evidence)"
                                       " SELECT id, evidence FROM mentions WHERE id > ?", -1,
                                &st, NULL);
    if (rc == SQLITE_OK) {
        sqlite3_bind_int64(st, 1, s->fts_from);
        rc = sqlite3_step(st);
        if (rc == SQLITE_DONE) rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? HERALD_OK : hr_store_fail(s, rc, err, "indexing the text");
}

int herald_store_commit(herald_store *s, herald_error *err)
{
    if (!s || !s->in_batch) return HERALD_OK;
    s->in_batch = 0;
    int rc = index_batch(s, err);
    if (!rc) rc = hr_store_exec(s, "COMMIT", err);
    if (rc) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

int hr_store_article_done(herald_store *s, herald_error *err)
{
    return ++s->batch_articles >= s->opt.batch ? herald_store_commit(s, err) : HERALD_OK;
}

int herald_store_close(herald_store *s, herald_error *err)
{
    if (!s) return HERALD_OK;
    int rc = s->db ? herald_store_commit(s, err) : HERALD_OK;
    for (int i = 0; i < ST_COUNT; i++) sqlite3_finalize(s->stmt[i]);
    sqlite3_close(s->db);
    free(s->path);
    free(s);
    return rc;
}

int herald_store_summarize(herald_store *s, herald_store_summary *out, herald_error *err)
{
    memset(out, 0, sizeof *out);
    int pending = herald_store_commit(s, err);   /* read what was stored */
    if (pending) return pending;
    out->schema_version = HR_SCHEMA_VERSION;
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db,
        "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM events),"
        " (SELECT count(*) FROM mentions), (SELECT min(date) FROM events),"
        " (SELECT max(date) FROM events)", -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        out->articles = sqlite3_column_int64(st, 0);
        out->events = sqlite3_column_int64(st, 1);
        out->mentions = sqlite3_column_int64(st, 2);
        const unsigned char *d = sqlite3_column_text(st, 3);
        if (d) snprintf(out->first_date, sizeof out->first_date, "%s", (const char *)d);
        d = sqlite3_column_text(st, 4);
        if (d) snprintf(out->last_date, sizeof out->last_date, "%s", (const char *)d);
        rc = SQLITE_OK;
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? HERALD_OK : hr_store_fail(s, rc, err, "summary");
}

/* Each query counts rows that break an invariant. */
static const struct { const char *sql, *problem; } INVARIANTS[] = {
    { "SELECT count(*) FROM articles a WHERE num_events <>"
      " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)",
      "articles whose mentions are not all stored" },
    { "SELECT count(*) FROM events e WHERE num_mentions <>"
      " (SELECT count(*) FROM mentions m WHERE m.event_id = e.id) OR num_mentions = 0",
      "events whose mention count is wrong" },
    { "SELECT count(*) FROM mentions m WHERE NOT EXISTS"
      " (SELECT 1 FROM events e WHERE e.id = m.event_id)",
      "mentions of events that do not exist" },
};

int herald_store_check(herald_store *s, herald_error *err)
{
    int rc = herald_store_commit(s, err);
    if (rc) return rc;
    sqlite3_stmt *st;
    rc = sqlite3_prepare_v2(s->db, "PRAGMA integrity_check(1)", -1, &st, NULL);
    if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) {
        const char *verdict = (const char *)sqlite3_column_text(st, 0);
        int ok = verdict && strcmp(verdict, "ok") == 0;
        if (!ok) hr_error_set(err, HERALD_EDB, s->path, 0, 0, "SQLite: %s", verdict ? verdict : "?");
        sqlite3_finalize(st);
        if (!ok) { if (err) err->severity = HERALD_WARNING; return 1; }
    } else {
        sqlite3_finalize(st);
        return hr_store_fail(s, rc, err, "checking");
    }
    /* The text index against the mentions it was made from. */
    rc = sqlite3_exec(s->db, "INSERT INTO mentions_fts(mentions_fts, rank)"
                             " VALUES ('integrity-check', 1)", NULL, NULL, NULL);
    if (rc != SQLITE_OK) {
        hr_error_set(err, HERALD_EDB, s->path, 0, 0, "the text index does not match the mentions: %s",
                     sqlite3_errmsg(s->db));
        if (err) err->severity = HERALD_WARNING;
        return 1;
    }
    for (size_t i = 0; i < sizeof INVARIANTS / sizeof *INVARIANTS; i++) {
        rc = sqlite3_prepare_v2(s->db, INVARIANTS[i].sql, -1, &st, NULL);
        long long bad = -1;
        if (rc == SQLITE_OK && (rc = sqlite3_step(st)) == SQLITE_ROW) bad = sqlite3_column_int64(st, 0);
        sqlite3_finalize(st);
        if (bad < 0) return hr_store_fail(s, rc, err, "checking");
        if (bad) {
            hr_error_set(err, HERALD_EDB, s->path, 0, 0, "%lld %s", bad, INVARIANTS[i].problem);
            if (err) err->severity = HERALD_WARNING;
            return 1;
        }
    }
    return 0;
}

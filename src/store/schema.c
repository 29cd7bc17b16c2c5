/* schema.c - the store's schema as numbered migrations.  A database
 * records its version in PRAGMA user_version; opening an older one runs
 * the missing steps in one transaction, so it is either migrated whole
 * or left as it was.  Never edit a released step: add one. */
#include "store.h"
#include "../core/error.h"

#include <stdio.h>

static const char *const MIGRATIONS[HR_SCHEMA_VERSION] = {
    /* 1: articles, de-duplicated events, their mentions */
    "CREATE TABLE articles ("
    "  id INTEGER PRIMARY KEY,"
    "  doc_id TEXT NOT NULL UNIQUE,"
    "  date TEXT, source TEXT, url TEXT, title TEXT,"
    "  text_hash TEXT NOT NULL,"
    "  ingested TEXT NOT NULL,"
    "  num_events INTEGER NOT NULL DEFAULT 0);"
    "CREATE TABLE events ("
    "  id INTEGER PRIMARY KEY,"
    "  date TEXT, date_precision INTEGER NOT NULL DEFAULT 0,"
    "  source TEXT NOT NULL, target TEXT NOT NULL, code TEXT NOT NULL,"
    "  quad INTEGER, goldstein REAL, plover_type TEXT, plover_mode TEXT,"
    "  loc_name TEXT, loc_country TEXT, loc_adm1 TEXT, loc_precision TEXT, lat REAL, lon REAL,"
    "  num_mentions INTEGER NOT NULL DEFAULT 0,"
    "  num_sources INTEGER NOT NULL DEFAULT 0,"
    "  num_articles INTEGER NOT NULL DEFAULT 0,"
    "  first_seen TEXT, last_seen TEXT,"
    "  first_mention INTEGER);"
    "CREATE TABLE mentions ("
    "  id INTEGER PRIMARY KEY AUTOINCREMENT,"   /* ids never reused: see herald_store_commit */
    "  event_id INTEGER NOT NULL REFERENCES events(id),"
    "  article_id INTEGER NOT NULL REFERENCES articles(id),"
    "  outlet TEXT NOT NULL,"   /* the article's source, else its id: for num_sources */
    "  record_id TEXT NOT NULL, sentence INTEGER NOT NULL,"
    "  code TEXT NOT NULL, date TEXT, date_end TEXT,"
    "  date_precision INTEGER NOT NULL DEFAULT 0, date_basis INTEGER NOT NULL DEFAULT 0,"
    "  reported_by TEXT, evidence TEXT NOT NULL,"
    "  source_start INTEGER, source_end INTEGER, target_start INTEGER, target_end INTEGER,"
    "  verb_start INTEGER, verb_end INTEGER);"
    /* covering the statistics, which then never read the table */
    "CREATE INDEX events_dyad ON events(source, target, date, quad, goldstein, num_mentions);"
    "CREATE INDEX events_target ON events(target, date, num_mentions);"
    "CREATE INDEX events_date ON events(date, quad, goldstein, num_mentions);"
    "CREATE INDEX mentions_event ON mentions(event_id, outlet, article_id);"
    "CREATE INDEX mentions_article ON mentions(article_id);",

    /* 2: full-text search over the evidence sentences; ingest.c keeps it
     * (new mentions indexed in bulk as their batch commits, deleted ones
     * taken out), not triggers */
    "CREATE VIRTUAL TABLE mentions_fts USING fts5("
    "  evidence, content='mentions', content_rowid='id');"
    "INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild');",
};

static int pragma_int(herald_store *s, const char *sql, int *out, herald_error *err)
{
    sqlite3_stmt *st;
    int rc = sqlite3_prepare_v2(s->db, sql, -1, &st, NULL);
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(st);
        if (rc == SQLITE_ROW) { *out = sqlite3_column_int(st, 0); rc = SQLITE_OK; }
    }
    sqlite3_finalize(st);
    return rc == SQLITE_OK ? HERALD_OK : hr_store_fail(s, rc, err, "reading the schema");
}

/* A database is Herald's when it carries Herald's application id, or is
 * new and empty (version 0, no tables). */
static int check_owner(herald_store *s, int version, herald_error *err)
{
    int app = 0, tables = 0;
    int rc = pragma_int(s, "PRAGMA application_id", &app, err);
    if (!rc) rc = pragma_int(s, "SELECT count(*) FROM sqlite_master", &tables, err);
    if (rc) return rc;
    if (app == HR_STORE_APPLICATION_ID || (app == 0 && version == 0 && tables == 0)) return 0;
    return hr_error_set(err, HERALD_ENOTDB, s->path, 0, 0,
                        "an SQLite database of another program, not Herald's; left untouched");
}

int hr_store_migrate(herald_store *s, herald_error *err)
{
    int version = 0;
    int rc = pragma_int(s, "PRAGMA user_version", &version, err);
    if (!rc) rc = check_owner(s, version, err);
    if (rc) return rc;
    if (version > HR_SCHEMA_VERSION)
        return hr_error_set(err, HERALD_ENOTDB, s->path, 0, 0,
                            "schema version %d is newer than this herald's (%d): upgrade herald",
                            version, HR_SCHEMA_VERSION);
    if (version == HR_SCHEMA_VERSION) return HERALD_OK;
    /* An empty database is only ever set up by the command that creates
     * it: a reader racing that creation would deadlock against it. */
    if (version == 0 && !s->opt.create)
        return hr_error_set(err, HERALD_EEMPTY, s->path, 0, 0,
                            "an empty database: nothing has been stored in it yet");
    if (!s->writable)
        return hr_error_set(err, HERALD_EDB, s->path, 0, 0,
                            "schema version %d needs migrating to %d, but the file is read-only",
                            version, HR_SCHEMA_VERSION);
    /* WAL from the start, so that readers never wait on the creation;
     * the version is read again under the write lock, as another
     * process may have migrated the file meanwhile. */
    rc = hr_store_exec(s, "PRAGMA journal_mode = WAL", err);
    if (!rc) rc = hr_store_exec(s, "BEGIN IMMEDIATE", err);
    if (!rc) rc = pragma_int(s, "PRAGMA user_version", &version, err);
    for (int v = version; v < HR_SCHEMA_VERSION && !rc; v++) {
        char set[96];
        snprintf(set, sizeof set, "PRAGMA user_version = %d; PRAGMA application_id = %d",
                 v + 1, HR_STORE_APPLICATION_ID);
        rc = hr_store_exec(s, MIGRATIONS[v], err);
        if (!rc) rc = hr_store_exec(s, set, err);
    }
    if (!rc) return hr_store_exec(s, "COMMIT", err);
    sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
    return rc;
}

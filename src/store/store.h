/* store.h - the event store's internals, shared by its files: the
 * connection, the prepared statements of ingest, and SQLite helpers. */
#ifndef HR_STORE_H
#define HR_STORE_H

#include <sqlite3.h>
#include "herald.h"

/* The prepared statements ingest uses for every article. */
enum hr_store_stmt {
    ST_ARTICLE_FIND, ST_ARTICLE_INSERT, ST_ARTICLE_DELETE, ST_ARTICLE_EVENTS, ST_MENTIONS_DELETE,
    ST_MENTIONS_UNINDEX,
    ST_EVENT_FIND, ST_EVENT_FIND_UNDATED, ST_EVENT_INSERT, ST_EVENT_REFRESH, ST_EVENT_PRUNE,
    ST_EVENT_NEWS, ST_EVENT_COUNT, ST_EVENT_FIRST, ST_SAVEPOINT, ST_RELEASE,
    ST_MENTION_INSERT, ST_COUNT
};

struct herald_store {
    sqlite3 *db;
    char *path;
    herald_store_options opt;
    int writable;
    int in_batch;              /* a transaction is open */
    int batch_articles;        /* articles stored in it */
    int64_t fts_from;          /* mentions above this id are not yet in the text index */
    sqlite3_stmt *stmt[ST_COUNT];
};

/* The schema: migrations from version 0 up to HR_SCHEMA_VERSION. */
#define HR_SCHEMA_VERSION 2
#define HR_STORE_APPLICATION_ID 0x48524c44   /* "HRLD" */
int hr_store_migrate(herald_store *s, herald_error *err);

/* Fills `err` from the connection's last error and returns the matching
 * HERALD_E* code (HERALD_EFULL, HERALD_EBUSY, HERALD_ENOTDB, HERALD_EDB). */
int hr_store_fail(herald_store *s, int sqlite_rc, herald_error *err, const char *what);

/* Runs SQL without results; returns HERALD_OK or an hr_store_fail code. */
int hr_store_exec(herald_store *s, const char *sql, herald_error *err);

/* Binds text, or NULL for a NULL pointer or (with empty_null) "". */
int hr_bind_text(sqlite3_stmt *st, int i, const char *v, int empty_null);

/* Opens the batch transaction if none is open; commits it once it holds
 * `batch` articles (hr_store_article_done). */
int hr_store_begin(herald_store *s, herald_error *err);
int hr_store_article_done(herald_store *s, herald_error *err);

/* Stores one article and its records (ingest.c).  `hash` identifies the
 * text.  *outcome gets a herald_store_outcome. */
int hr_store_put_article(herald_store *s, const herald_article *a, const char *hash,
                         const herald_record *recs, size_t n, int *outcome, herald_error *err);

/* A 64-bit FNV-1a hash, as 16 hex digits: it tells a changed article
 * text from the same one, nothing more.  Start from HR_HASH_INIT; feed
 * pieces in order. */
#define HR_HASH_INIT 0xcbf29ce484222325ULL
uint64_t hr_hash_bytes(uint64_t h, const char *data, size_t len);
void hr_hash_hex(uint64_t h, char out[17]);

#endif

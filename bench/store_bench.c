/* herald-store-bench: the event store's figures.
 *
 *   herald-store-bench DIR FILE.jsonl...
 *
 * 1. Ingest: the articles of FILE... coded alone, then coded and stored
 *    (one thread, in this process, so the ratio is the cost of storing).
 * 2. A database of at least 2 million events, made by copying the
 *    ingested one with shifted ids and dates (SQL, in DIR), and its size
 *    per million events.
 * 3. Latency on it: a dyad-month query and monthly statistics, cold
 *    (first run) and warm (best of the next runs).
 * DIR receives the databases and is cleaned up. */
#include "herald.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define TARGET_EVENTS 2000000

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

typedef struct articles {
    herald_article *a;
    char **owned;           /* each article's strings, one block */
    size_t count, cap;
} articles;

static char *dup_or_null(const char *s) { return s ? strdup(s) : NULL; }

static void load(const char *path, articles *as)
{
    herald_error err;
    herald_reader *r = herald_reader_open(path, NULL, &err);
    if (!r) { fprintf(stderr, "%s: %s\n", err.file, err.message); exit(1); }
    herald_article a;
    int rc;
    while ((rc = herald_reader_next(r, &a, &err)) != 0) {
        if (rc < 0) continue;
        if (as->count == as->cap) {
            as->cap = as->cap ? as->cap * 2 : 4096;
            as->a = realloc(as->a, as->cap * sizeof *as->a);
        }
        herald_article *c = &as->a[as->count++];
        *c = (herald_article){ .id = dup_or_null(a.id), .date = dup_or_null(a.date),
                               .source = dup_or_null(a.source), .url = dup_or_null(a.url),
                               .text = dup_or_null(a.text), .text_len = a.text_len };
    }
    herald_reader_free(r);
}

/* Codes every article; with a store, stores it too.  Returns seconds. */
static double pass(const herald_ctx *ctx, const articles *as, herald_store *s, size_t *events)
{
    double t = now();
    *events = 0;
    for (size_t i = 0; i < as->count; i++) {
        herald_doc *doc = herald_doc_new(ctx, &as->a[i], NULL);
        if (doc && herald_doc_code(doc, NULL) == HERALD_OK) {
            *events += herald_doc_event_count(doc);
            herald_error err;
            if (s && herald_store_add_doc(s, doc, NULL, &err) != HERALD_OK) {
                fprintf(stderr, "store: %s\n", err.message);
                exit(1);
            }
        }
        herald_doc_free(doc);
    }
    if (s) herald_store_commit(s, NULL);
    return now() - t;
}

static long long scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *st;
    long long v = -1;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        v = sqlite3_column_int64(st, 0);
    sqlite3_finalize(st);
    return v;
}

static void exec(sqlite3 *db, const char *sql)
{
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        fprintf(stderr, "bench: %s\n", msg ? msg : "?");
        exit(1);
    }
}

/* Copies every row `copies` times, ids shifted past the originals and
 * dates moved a week per copy, so the copies are new events in time. */
static void multiply(const char *path, int copies)
{
    sqlite3 *db;
    if (sqlite3_open(path, &db) != SQLITE_OK) exit(1);
    long long a = scalar(db, "SELECT max(id) FROM articles");
    long long e = scalar(db, "SELECT max(id) FROM events");
    long long m = scalar(db, "SELECT max(id) FROM mentions");
    char sql[4096];
    snprintf(sql, sizeof sql,
        "PRAGMA cache_size = -262144; BEGIN;"
        "CREATE TEMP TABLE k(n INTEGER PRIMARY KEY);"
        "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < %d)"
        " INSERT INTO k SELECT n FROM c;"
        "INSERT INTO articles SELECT id + n * %lld, doc_id || '#' || n,"
        " date(date, '+' || (7 * n) || ' days'), source, url, title, text_hash, ingested,"
        " num_events FROM k, articles WHERE id <= %lld;"
        "INSERT INTO events SELECT id + n * %lld, date(date, '+' || (7 * n) || ' days'),"
        " date_precision, source, target, code, quad, goldstein, plover_type, plover_mode,"
        " loc_name, loc_country, loc_adm1, loc_precision, lat, lon, num_mentions, num_sources,"
        " num_articles, date(first_seen, '+' || (7 * n) || ' days'),"
        " date(last_seen, '+' || (7 * n) || ' days'), first_mention + n * %lld"
        " FROM k, events WHERE id <= %lld;"
        "INSERT INTO mentions SELECT id + n * %lld, event_id + n * %lld, article_id + n * %lld,"
        " outlet, record_id, sentence, code, date(date, '+' || (7 * n) || ' days'), date_end,"
        " date_precision, date_basis, reported_by, evidence, source_start, source_end,"
        " target_start, target_end, verb_start, verb_end FROM k, mentions WHERE id <= %lld;"
        "COMMIT;",
        copies, a, a, e, m, e, m, e, a, m);
    exec(db, sql);
    exec(db, "PRAGMA wal_checkpoint(TRUNCATE)");
    sqlite3_close(db);
}

static int count_row(void *user, const herald_record *r)
{
    (void)r;
    ++*(long *)user;
    return 0;
}

static int discard(void *user, const char *data, size_t len)
{
    (void)data;
    *(size_t *)user += len;
    return 0;
}

/* The busiest dyad and the month of its latest event, for the query. */
static void busiest(const char *path, char src[32], char tgt[32], char month[8])
{
    sqlite3 *db;
    sqlite3_stmt *st;
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
    sqlite3_prepare_v2(db, "SELECT source, target, substr(max(date), 1, 7) FROM events"
                           " WHERE source NOT LIKE '---%' AND target NOT LIKE '---%' AND date IS NOT NULL"
                           " GROUP BY source, target ORDER BY count(*) DESC LIMIT 1", -1, &st, NULL);
    if (sqlite3_step(st) == SQLITE_ROW) {
        snprintf(src, 32, "%s", (const char *)sqlite3_column_text(st, 0));
        snprintf(tgt, 32, "%s", (const char *)sqlite3_column_text(st, 1));
        snprintf(month, 8, "%s", (const char *)sqlite3_column_text(st, 2));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
}

static void latencies(const char *path)
{
    char src[32] = "", tgt[32] = "", month[8] = "";
    busiest(path, src, tgt, month);
    char since[11], until[11];
    int y = (int)strtol(month, NULL, 10), m = (int)strtol(month + 5, NULL, 10);
    static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
    int last = m >= 1 && m <= 12 ? days[m - 1] : 31;
    if (m == 2 && y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) last = 29;
    snprintf(since, sizeof since, "%s-01", month);
    snprintf(until, sizeof until, "%.7s-%02d", month, last);
    herald_store *s;
    herald_error err;
    if (herald_store_open(path, NULL, &s, &err) != HERALD_OK) {
        fprintf(stderr, "%s\n", err.message);
        exit(1);
    }
    herald_query dyad = { .dyad = { src, tgt }, .since = since, .until = until };
    herald_query all = { 0 };
    herald_stats_options monthly = { .period = HERALD_PERIOD_MONTH, .table = HERALD_STATS_SERIES };
    herald_stats_options everything = { .period = HERALD_PERIOD_MONTH };
    double q_cold = 0, q_warm = 1e9, s_cold = 0, s_warm = 1e9, a_warm = 1e9;
    long rows = 0;
    size_t bytes = 0;
    for (int i = 0; i < 6; i++) {
        rows = 0;
        double t = now();
        if (herald_store_query(s, &dyad, count_row, &rows, &err) != HERALD_OK) {
            fprintf(stderr, "bench: %s\n", err.message);
            exit(1);
        }
        t = now() - t;
        if (i == 0) q_cold = t; else if (t < q_warm) q_warm = t;
        t = now();
        if (herald_store_stats(s, &all, &monthly, discard, &bytes, &err) != HERALD_OK) {
            fprintf(stderr, "bench: %s\n", err.message);
            exit(1);
        }
        t = now() - t;
        if (i == 0) s_cold = t; else if (t < s_warm) s_warm = t;
    }
    for (int i = 0; i < 3; i++) {
        double t = now();
        herald_store_stats(s, &all, &everything, discard, &bytes, NULL);
        t = now() - t;
        if (t < a_warm) a_warm = t;
    }
    printf("  dyad-month query  %s-%s, since %s until %s: %ld events, %.1f ms cold,"
           " %.1f ms warm (target < 50 ms)\n", src, tgt, since, until, rows, q_cold * 1e3,
           q_warm * 1e3);
    printf("  monthly stats     whole database: %.0f ms cold, %.0f ms warm (target < 500 ms);"
           " with top dyads and actors %.0f ms\n", s_cold * 1e3, s_warm * 1e3, a_warm * 1e3);
    herald_store_close(s, NULL);
}

static void remove_db(const char *path)
{
    char side[1100];
    remove(path);
    snprintf(side, sizeof side, "%s-wal", path);
    remove(side);
    snprintf(side, sizeof side, "%s-shm", path);
    remove(side);
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: herald-store-bench DIR FILE.jsonl...\n");
        return 2;
    }
    articles as = { 0 };
    for (int i = 2; i < argc; i++) load(argv[i], &as);
    char path[1024];
    snprintf(path, sizeof path, "%s/herald-bench-%d.db", argv[1], (int)getpid());
    remove_db(path);

    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    size_t events = 0;
    double t_code = pass(ctx, &as, NULL, &events);
    herald_store_options o = herald_store_defaults();
    o.create = 1;
    herald_store *s;
    herald_error err;
    if (herald_store_open(path, &o, &s, &err) != HERALD_OK) {
        fprintf(stderr, "%s\n", err.message);
        return 1;
    }
    double t_ingest = pass(ctx, &as, s, &events);
    herald_store_summary sum;
    herald_store_summarize(s, &sum, NULL);
    herald_store_close(s, NULL);
    herald_ctx_free(ctx);
    printf("store: %zu articles, %zu events coded\n", as.count, events);
    printf("  code alone        %8.0f articles/s  %8.0f events/s\n", (double)as.count / t_code,
           (double)events / t_code);
    printf("  code + store      %8.0f articles/s  %8.0f events/s  = %.2f of code alone"
           " (one thread; herald ingest overlaps the two)\n", (double)as.count / t_ingest,
           (double)events / t_ingest, t_code / t_ingest);
    printf("  stored            %lld articles, %lld events, %lld mentions\n",
           (long long)sum.articles, (long long)sum.events, (long long)sum.mentions);
    fflush(stdout);   /* the big database takes a while */

    if (sum.events > 0) {
        int copies = (int)((TARGET_EVENTS + sum.events - 1) / sum.events) - 1;
        double t = now();
        multiply(path, copies);
        t = now() - t;
        struct stat st;
        stat(path, &st);
        s = NULL;
        herald_store_open(path, NULL, &s, NULL);
        herald_store_summarize(s, &sum, NULL);
        herald_store_close(s, NULL);
        printf("  big database      %lld events, %lld mentions (%d copies, %.0f s);"
               " %.0f MB, %.0f MB per million events\n", (long long)sum.events,
               (long long)sum.mentions, copies, t, (double)st.st_size / 1e6,
               (double)st.st_size / 1e6 / ((double)sum.events / 1e6));
        latencies(path);
    }
    remove_db(path);
    return 0;
}

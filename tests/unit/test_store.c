/* test_store.c - the event store: idempotent ingest, replacement,
 * de-duplication, filters (hostile ones too), statistics, migration,
 * foreign files and a full disk. */
#include "harness.h"
#include "herald.h"

#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static herald_ctx *context(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("sa.txt",
        "%herald actors\nTurkey => TUR\nSyria => SYR\nIndia => IND\nPakistan => PAK\n"
        "China => CHN\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("sv.txt",
        "--- ATTACK [190] ---\nATTACK\nSHELL {SHELLS SHELLED SHELLING}\n- * WITH ROCKETS [195]\n"
        "--- ACCUSE [112] ---\nACCUSE\n--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"), NULL), 0);
    return ctx;
}

/* A fresh database path in the scratch folder. */
static const char *db_path(const char *name)
{
    static char path[4][512];
    static int slot;
    char *p = path[slot++ % 4];
    snprintf(p, 512, "%s", ht_temp_file(name, ""));
    remove(p);
    return p;
}

static herald_store *open_store(const char *path, int dedup_days, int digits)
{
    herald_store_options o = herald_store_defaults();
    o.create = 1;
    o.dedup_days = dedup_days;
    o.dedup_digits = digits;
    herald_store *s = NULL;
    herald_error err;
    if (herald_store_open(path, &o, &s, &err) != HERALD_OK) ht_fail(__FILE__, __LINE__, "%s", err.message);
    return s;
}

static int add(herald_store *s, herald_ctx *ctx, const char *id, const char *outlet,
               const char *date, const char *text)
{
    herald_article a = { .id = id, .source = outlet, .date = date, .text = text,
                         .text_len = strlen(text) };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    int outcome = -1;
    herald_error err;
    if (!doc || herald_doc_code(doc, NULL) != 0) return -100;
    int rc = herald_store_add_doc(s, doc, &outcome, &err);
    herald_doc_free(doc);
    return rc ? rc : outcome;
}

static herald_store_summary summary(herald_store *s)
{
    herald_store_summary sum;
    CHECK_INT(herald_store_summarize(s, &sum, NULL), 0);
    return sum;
}

/* Collects "SRC>TGT:CODE/mentions" of the events a query returns. */
typedef struct collected { char text[2048]; int n; } collected;

static int collect(void *user, const herald_record *r)
{
    collected *c = user;
    size_t len = strlen(c->text);
    snprintf(c->text + len, sizeof c->text - len, "%s%s>%s:%s/%d", c->n++ ? " " : "", r->source,
             r->target, r->code, r->num_mentions);
    return 0;
}

static const char *query(herald_store *s, const herald_query *q, collected *c)
{
    memset(c, 0, sizeof *c);
    static herald_error err;
    if (herald_store_query(s, q, collect, c, &err) != HERALD_OK) return err.message;
    return c->text;
}

void test_store_ingest_idempotent(void)
{
    herald_ctx *ctx = context();
    const char *path = db_path("idem.db");
    herald_store *s = open_store(path, 1, 3);
    CHECK_INT(add(s, ctx, "a1", "Wire", "2019-03-04", "Turkey attacked Syria. India accused Pakistan."),
              HERALD_STORE_ADDED);
    CHECK_INT(add(s, ctx, "a1", "Wire", "2019-03-04", "Turkey attacked Syria. India accused Pakistan."),
              HERALD_STORE_UNCHANGED);
    herald_store_summary sum = summary(s);
    CHECK_INT(sum.articles, 1);
    CHECK_INT(sum.events, 2);
    CHECK_INT(sum.mentions, 2);
    CHECK_INT(sum.schema_version, 2);
    /* The same id with another text: its events are replaced, the old ones go. */
    CHECK_INT(add(s, ctx, "a1", "Wire", "2019-03-04", "China met India."), HERALD_STORE_REPLACED);
    collected c;
    herald_query all = { 0 };
    CHECK_STR(query(s, &all, &c), "CHN>IND:040/1");
    sum = summary(s);
    CHECK_INT(sum.articles, 1);
    CHECK_INT(sum.mentions, 1);
    /* Committed work survives closing; has_article tells what to skip. */
    CHECK_INT(herald_store_close(s, NULL), 0);
    s = open_store(path, 1, 3);
    herald_article same = { .id = "a1", .text = "China met India.", .text_len = 16 };
    herald_article changed = { .id = "a1", .text = "China met Syria.", .text_len = 16 };
    CHECK_INT(herald_store_has_article(s, &same, NULL), 1);
    CHECK_INT(herald_store_has_article(s, &changed, NULL), 0);
    /* Replaced once its first text was committed: the text index forgets it. */
    CHECK_INT(add(s, ctx, "a2", "Wire", "2019-03-05", "Turkey attacked Syria."), HERALD_STORE_ADDED);
    CHECK_INT(herald_store_commit(s, NULL), 0);
    CHECK_INT(add(s, ctx, "a2", "Wire", "2019-03-05", "India accused Pakistan."),
              HERALD_STORE_REPLACED);
    herald_query syria = { .text = "Syria" }, india = { .text = "India" };
    CHECK_STR(query(s, &syria, &c), "");
    CHECK_STR(query(s, &india, &c), "CHN>IND:040/1 IND>PAK:112/1");
    herald_error err;
    CHECK_INT(herald_store_check(s, &err), 0);
    herald_store_close(s, NULL);
    herald_ctx_free(ctx);
}

void test_store_dedup_rules(void)
{
    herald_ctx *ctx = context();
    herald_store *s = open_store(db_path("dedup.db"), 1, 3);
    collected c;
    herald_query all = { 0 };
    /* Two outlets, a day apart: one event with two mentions. */
    add(s, ctx, "d1", "Wire", "2019-03-04", "Turkey attacked Syria.");
    add(s, ctx, "d2", "Daily", "2019-03-05", "Turkey attacked Syria.");
    /* The same outlet again, and a 4-digit variant of the same 3-digit code. */
    add(s, ctx, "d3", "Daily", "2019-03-05", "Turkey shelled Syria with rockets.");
    CHECK_STR(query(s, &all, &c), "TUR>SYR:190/2 TUR>SYR:195/1");
    herald_query one = { .code = "19", .sort = HERALD_SORT_MENTIONS, .limit = 1 };
    CHECK_STR(query(s, &one, &c), "TUR>SYR:190/2");
    herald_store_close(s, NULL);

    /* Code level 2 (root): the rocket attack joins; sources count outlets. */
    s = open_store(db_path("dedup2.db"), 1, 2);
    add(s, ctx, "d1", "Wire", "2019-03-04", "Turkey attacked Syria.");
    add(s, ctx, "d2", "Daily", "2019-03-05", "Turkey attacked Syria.");
    add(s, ctx, "d3", "Daily", "2019-03-05", "Turkey shelled Syria with rockets.");
    add(s, ctx, "d4", "Wire", "2019-03-09", "Turkey attacked Syria.");   /* 4 days later */
    add(s, ctx, "d5", "Wire", "2019-03-04", "Syria attacked Turkey.");   /* the other way */
    CHECK_STR(query(s, &all, &c), "TUR>SYR:190/3 SYR>TUR:190/1 TUR>SYR:190/1");
    herald_query top = { .sort = HERALD_SORT_MENTIONS, .limit = 1 };
    CHECK_STR(query(s, &top, &c), "TUR>SYR:190/3");
    herald_store_close(s, NULL);

    /* A wider window joins the later report; no de-duplication keeps all. */
    s = open_store(db_path("dedup3.db"), 7, 3);
    add(s, ctx, "d1", "Wire", "2019-03-04", "Turkey attacked Syria.");
    add(s, ctx, "d4", "Wire", "2019-03-09", "Turkey attacked Syria.");
    CHECK_STR(query(s, &all, &c), "TUR>SYR:190/2");
    herald_store_close(s, NULL);
    s = open_store(db_path("dedup4.db"), 1, 0);
    add(s, ctx, "d1", "Wire", "2019-03-04", "Turkey attacked Syria.");
    add(s, ctx, "d2", "Daily", "2019-03-04", "Turkey attacked Syria.");
    CHECK_STR(query(s, &all, &c), "TUR>SYR:190/1 TUR>SYR:190/1");
    herald_store_close(s, NULL);
    herald_ctx_free(ctx);
}

typedef struct counts { int mentions, sources, articles; } counts;

static int count_first(void *user, const herald_record *r)
{
    counts *k = user;
    *k = (counts){ r->num_mentions, r->num_sources, r->num_articles };
    return 1;   /* stop after the first */
}

typedef struct warned { int count; uint64_t first_line; char first_message[512]; } warned;

static void count_warning(void *user, const herald_error *e)
{
    warned *w = user;
    if (!w->count++) {
        w->first_line = e->line;
        snprintf(w->first_message, sizeof w->first_message, "%s", e->message);
    }
}

void test_store_counts_and_places(void)
{
    /* Records as `herald code` writes them, with places. */
    const char *records = ht_temp_file("recs.jsonl",
        "{\"id\":\"p1:0:0\",\"doc_id\":\"p1\",\"sentence\":0,\"date\":\"2022-03-01\","
        "\"date_precision\":\"day\",\"date_basis\":\"explicit\",\"source\":\"RUSMIL\","
        "\"target\":\"UKR\",\"code\":\"195\",\"root\":\"19\",\"quad\":4,\"goldstein\":-10.0,"
        "\"plover\":{\"type\":\"ASSAULT\",\"mode\":\"aerial\"},\"location\":{\"name\":\"Kharkiv\","
        "\"country\":\"UKR\",\"lat\":49.98,\"lon\":36.25,\"precision\":\"city\"},\"negated\":false,"
        "\"hypothetical\":false,\"reported_by\":null,\"evidence\":{\"sentence\":\"Russian jets "
        "bombed Kharkiv.\",\"source\":[0,13],\"target\":null,\"verb\":[14,20]}}\n"
        "{\"id\":\"p1:1:1\",\"doc_id\":\"p1\",\"sentence\":1,\"date\":\"2022-03-01\","
        "\"source\":\"RUSMIL\",\"target\":\"UKR\",\"code\":\"195\",\"quad\":4,\"goldstein\":-10.0,"
        "\"location\":{\"name\":\"Odesa\",\"country\":\"UKR\",\"lat\":46.48,\"lon\":30.72,"
        "\"precision\":\"city\"},\"evidence\":{\"sentence\":\"They also hit Odesa.\"}}\n"
        "not json at all\n"
        "{\"id\":\"p2:0:0\",\"doc_id\":\"p2\",\"sentence\":0,\"date\":\"2022-03-02\","
        "\"source\":\"RUSMIL\",\"target\":\"UKR\",\"code\":\"1951\",\"quad\":4,\"goldstein\":-10.0,"
        "\"location\":null,\"evidence\":{\"sentence\":\"Russia struck Ukraine again.\"}}\n"
        "{\"id\":\"p2:1:0\",\"doc_id\":\"p2\",\"sentence\":1,\"source\":\"RUSMIL\"}\n"
        "{\"id\":\"p3:0:0\",\"doc_id\":\"p3\",\"sentence\":0,\"date\":\"2022-03-01\","
        "\"source\":\"RUSMIL\",\"target\":\"UKR\",\"code\":\"195\",\"quad\":4,\"goldstein\":-10.0,"
        "\"location\":{\"name\":\"Kharkiv\",\"country\":\"UKR\",\"lat\":49.98,\"lon\":36.25,"
        "\"precision\":\"city\"},\"negated\":true,\"evidence\":{\"sentence\":\"Russia denied "
        "bombing Kharkiv.\"}}\n");
    char path[512];
    snprintf(path, sizeof path, "%s", records);
    herald_store *s = open_store(db_path("places.db"), 1, 3);
    uint64_t outcome[3] = { 0 };
    warned w = { 0 };
    herald_error err;
    CHECK_INT(herald_store_add_records(s, path, count_warning, &w, outcome, &err), 0);
    CHECK_INT(outcome[HERALD_STORE_ADDED], 3);
    /* The two lines that are no record are reported with their line and skipped. */
    CHECK_INT(w.count, 2);
    CHECK_INT(w.first_line, 3);
    CHECK(strstr(w.first_message, "not an event record") != NULL);
    collected c;
    herald_query all = { 0 };
    /* Kharkiv and Odesa are two strikes; the report without a place joins
     * the first; the negated record is not a fact and is not stored. */
    CHECK_STR(query(s, &all, &c), "RUSMIL>UKR:195/2 RUSMIL>UKR:195/1");
    herald_query in_ukraine = { .country = "ukr", .text = "Odesa" };
    CHECK_STR(query(s, &in_ukraine, &c), "RUSMIL>UKR:195/1");
    counts k = { 0 };
    herald_query top = { .sort = HERALD_SORT_MENTIONS };
    CHECK_INT(herald_store_query(s, &top, count_first, &k, NULL), 1);
    CHECK_INT(k.mentions, 2);
    CHECK_INT(k.articles, 2);
    CHECK_INT(k.sources, 2);   /* no outlet given: each article counts as its own */
    /* The same file again changes nothing. */
    memset(outcome, 0, sizeof outcome);
    CHECK_INT(herald_store_add_records(s, path, NULL, NULL, outcome, &err), 0);
    CHECK_INT(outcome[HERALD_STORE_UNCHANGED], 3);
    CHECK_INT(summary(s).mentions, 3);
    herald_store_close(s, NULL);
}

void test_store_query_filters(void)
{
    herald_ctx *ctx = context();
    herald_store *s = open_store(db_path("filters.db"), 1, 3);
    add(s, ctx, "q1", "Wire", "2019-02-27", "India attacked Pakistan.");
    add(s, ctx, "q2", "Wire", "2019-03-04", "Pakistan accused India.");
    add(s, ctx, "q3", "Wire", "2019-03-10", "China met Pakistan.");
    add(s, ctx, "q4", "Wire", "2019-04-02", "Turkey attacked Syria.");
    collected c;
    herald_query q = { .dyad = { "ind", "PAK" }, .since = "2019-03-01", .until = "2019-03-31" };
    CHECK_STR(query(s, &q, &c), "PAK>IND:112/1");
    herald_query actor = { .actor = "PAK", .sort = HERALD_SORT_DATE_DESC };
    CHECK_STR(query(s, &actor, &c), "CHN>PAK:040/1 PAK>IND:112/1 IND>PAK:190/1");
    herald_query quad = { .quad = 4 };
    CHECK_STR(query(s, &quad, &c), "IND>PAK:190/1 TUR>SYR:190/1");
    herald_query plover = { .plover = "consult" };
    CHECK_STR(query(s, &plover, &c), "CHN>PAK:040/1");
    herald_query text = { .text = "accused" };
    CHECK_STR(query(s, &text, &c), "PAK>IND:112/1");
    herald_query many = { .min_mentions = 2 };
    CHECK_STR(query(s, &many, &c), "");
    /* Hostile text reaches SQLite only as a bound value. */
    herald_query evil = { .actor = "'; DROP TABLE events; --", .code = "1' OR '1'='1" };
    CHECK_STR(query(s, &evil, &c), "");
    CHECK_INT(summary(s).events, 4);
    herald_query quote = { .text = "India AND" };
    herald_error err;
    CHECK_INT(herald_store_query(s, &quote, collect, &c, &err), HERALD_EINVAL);
    CHECK(strstr(err.message, "--text") != NULL);
    herald_query bad_date = { .since = "2019-02-30" };
    CHECK_INT(herald_store_query(s, &bad_date, collect, &c, &err), HERALD_EINVAL);
    herald_store_close(s, NULL);
    herald_ctx_free(ctx);
}

typedef struct text_out { char data[8192]; size_t len; } text_out;

static int write_text(void *user, const char *data, size_t len)
{
    text_out *t = user;
    if (t->len + len >= sizeof t->data) return 1;
    memcpy(t->data + t->len, data, len);
    t->data[t->len += len] = '\0';
    return 0;
}

void test_store_stats_and_export(void)
{
    herald_ctx *ctx = context();
    herald_store *s = open_store(db_path("stats.db"), 1, 3);
    /* India-Pakistan: February a meeting and an attack (conflict share 0.5),
     * March two attacks on other days (1.0): escalation +0.5. */
    add(s, ctx, "s1", "Wire", "2019-02-10", "India met Pakistan.");
    add(s, ctx, "s2", "Wire", "2019-02-20", "India attacked Pakistan.");
    add(s, ctx, "s3", "Wire", "2019-03-04", "India attacked Pakistan.");
    add(s, ctx, "s4", "Wire", "2019-03-14", "India attacked Pakistan.");
    text_out t = { .len = 0 };
    herald_query all = { 0 };
    herald_stats_options o = { .period = HERALD_PERIOD_MONTH };
    CHECK_INT(herald_store_stats(s, &all, &o, write_text, &t, NULL), 0);
    CHECK(strstr(t.data, "{\"period\":\"2019-02\",\"events\":2,\"mentions\":2,\"quad1\":1,"
                         "\"quad2\":0,\"quad3\":0,\"quad4\":1,\"goldstein_sum\":-9.0") != NULL);
    CHECK(strstr(t.data, "\"source\":\"IND\",\"target\":\"PAK\",\"events\":4,\"mentions\":4,"
                         "\"goldstein_mean\":-7.250,\"conflict_share\":1.000,"
                         "\"previous_conflict_share\":0.500,\"escalation\":0.500}") != NULL);
    CHECK(strstr(t.data, "\"top_actors\":[{\"actor\":\"IND\",\"events\":4,\"mentions\":4}") != NULL);
    t.len = 0;
    herald_stats_options weekly = { .period = HERALD_PERIOD_WEEK, .table = HERALD_STATS_SERIES,
                                    .csv = 1 };
    CHECK_INT(herald_store_stats(s, &all, &weekly, write_text, &t, NULL), 0);
    /* 2019-02-10 is a Sunday: its week starts on Monday 2019-02-04. */
    CHECK(strncmp(t.data, "period,events,mentions,quad1,quad2,quad3,quad4,goldstein_sum,"
                          "goldstein_mean\n2019-02-04,1,1,1,0,0,0,1.0,1.000\n", 107) == 0);
    t.len = 0;
    herald_query feb = { .until = "2019-02-28" };
    CHECK_INT(herald_store_export(s, &feb, HERALD_FORMAT_CSV, write_text, &t, NULL), 0);
    CHECK(strncmp(t.data, "id,doc_id,", 10) == 0);
    CHECK(strstr(t.data, "\ns1:0:0,s1,0,2019-02-10,") && strstr(t.data, "\ns2:0:0,s2,0,2019-02-20,"));
    t.len = 0;
    CHECK_INT(herald_store_export(s, &feb, HERALD_FORMAT_JSONL, write_text, &t, NULL), 0);
    CHECK(strstr(t.data, "\"num_mentions\":1,\"num_sources\":1,\"num_articles\":1,"
                         "\"first_seen\":\"2019-02-10\",\"last_seen\":\"2019-02-10\"}\n") != NULL);
    herald_store_close(s, NULL);
    herald_ctx_free(ctx);
}

void test_store_migration_v1(void)
{
    char sql_path[512];
    snprintf(sql_path, sizeof sql_path, "%s/store/schema_v1.sql", ht_data_dir());
    FILE *f = fopen(sql_path, "rb");
    CHECK(f != NULL);
    if (!f) return;
    static char sql[16384];
    size_t n = fread(sql, 1, sizeof sql - 1, f);
    fclose(f);
    sql[n] = '\0';
    const char *path = db_path("v1.db");
    sqlite3 *db;
    CHECK_INT(sqlite3_open(path, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, sql, NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    herald_store *s = open_store(path, 1, 3);
    CHECK(s != NULL);
    if (!s) return;
    CHECK_INT(summary(s).mentions, 1);
    collected c;
    herald_query q = { .text = "artillery" };   /* the index built by the migration */
    CHECK_STR(query(s, &q, &c), "TUR>SYR:190/1");
    herald_store_close(s, NULL);
}

static int file_equals(const char *path, const char *text, size_t len)
{
    static char buf[4096];
    FILE *f = fopen(path, "rb");
    if (!f) return 0;
    size_t n = fread(buf, 1, sizeof buf, f);
    fclose(f);
    return n == len && memcmp(buf, text, len) == 0;
}

void test_store_refuses_foreign_files(void)
{
    herald_store_options o = herald_store_defaults();
    o.create = 1;
    herald_store *s;
    herald_error err;
    static const char junk[] = "this is not a database, but a user's notes\n";
    const char *path = ht_temp_file("notes.db", junk);
    CHECK_INT(herald_store_open(path, &o, &s, &err), HERALD_ENOTDB);
    CHECK(strstr(err.message, "not an SQLite database") != NULL);
    CHECK(file_equals(path, junk, sizeof junk - 1));
    /* An SQLite database of another program. */
    const char *other = db_path("other.db");
    sqlite3 *db;
    CHECK_INT(sqlite3_open(other, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "CREATE TABLE notes(x); INSERT INTO notes VALUES (1)", NULL, NULL,
                           NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(herald_store_open(other, &o, &s, &err), HERALD_ENOTDB);
    CHECK(strstr(err.message, "another program") != NULL);
    /* A newer schema than this herald knows. */
    const char *newer = db_path("newer.db");
    CHECK_INT(sqlite3_open(newer, &db), SQLITE_OK);
    CHECK_INT(sqlite3_exec(db, "PRAGMA application_id = 1213353028; PRAGMA user_version = 99;"
                               "CREATE TABLE t(x)", NULL, NULL, NULL), SQLITE_OK);
    sqlite3_close(db);
    CHECK_INT(herald_store_open(newer, &o, &s, &err), HERALD_ENOTDB);
    CHECK(strstr(err.message, "newer") != NULL);
    /* Missing without create; a place nobody can write. */
    herald_store_options read = herald_store_defaults();
    CHECK_INT(herald_store_open(db_path("missing.db"), &read, &s, &err), HERALD_ENOENT);
    CHECK(herald_store_open("/proc/herald-test.db", &o, &s, &err) < 0);
    CHECK(s == NULL);
}

/* Articles in the database whose mentions are not all there. */
static int incomplete_articles(const char *path)
{
    sqlite3 *db;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK) return -1;
    sqlite3_stmt *st;
    int n = -1;
    if (sqlite3_prepare_v2(db, "SELECT count(*) FROM articles a WHERE num_events <>"
                               " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id)",
                           -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        n = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    sqlite3_close(db);
    return n;
}

void test_store_full_disk(void)
{
    herald_ctx *ctx = context();
    const char *path = db_path("full.db");
    herald_store_options o = herald_store_defaults();
    o.create = 1;
    o.batch = 7;
    o.max_bytes = 96 * 1024;
    herald_store *s;
    herald_error err;
    CHECK_INT(herald_store_open(path, &o, &s, &err), 0);
    int rc = 0, stored = 0;
    char id[32], text[256];
    for (int i = 0; i < 5000 && !rc; i++) {
        snprintf(id, sizeof id, "full-%d", i);
        snprintf(text, sizeof text, "Turkey attacked Syria near village number %d, "
                 "and India accused Pakistan of the raid on post %d.", i, i);
        herald_article a = { .id = id, .text = text, .text_len = strlen(text), .date = "2020-01-01" };
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        herald_doc_code(doc, NULL);
        rc = herald_store_add_doc(s, doc, NULL, &err);
        herald_doc_free(doc);
        stored += !rc;
    }
    CHECK_INT(rc, HERALD_EFULL);
    CHECK(strstr(err.message, "full") != NULL);
    herald_store_close(s, NULL);   /* the open batch may be lost, never half-kept */
    CHECK(stored > 10);
    CHECK_INT(incomplete_articles(path), 0);
    herald_store_options read = herald_store_defaults();
    CHECK_INT(herald_store_open(path, &read, &s, &err), 0);
    CHECK_INT(herald_store_check(s, &err), 0);
    herald_store_close(s, NULL);
    herald_ctx_free(ctx);
}

/* herald ingest: code articles (or read coded records) into the event
 * store.  Articles already stored with the same text are skipped before
 * coding, so rerunning a killed ingest finishes the job. */
#include "commands.h"
#include "diag.h"
#include "opts.h"
#include "run_options.h"
#include "store_options.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char HELP[] =
    "Usage: herald ingest --db FILE.db [OPTIONS] [FILE...]\n"
    "       herald ingest --db FILE.db --events RECORDS.jsonl...\n"
    "\n"
    "Codes the articles of FILE... (the inputs of 'herald code') and stores\n"
    "the articles, their events and the mentions in one SQLite database,\n"
    "created if missing.  Mentions of the same action in different articles\n"
    "become one event (docs/STORE.md).  An article already stored with the\n"
    "same id and text is skipped; one whose text changed has its events\n"
    "replaced.  Every --batch articles are committed together, so an ingest\n"
    "that is killed loses at most the open batch, and running the same\n"
    "command again completes it.  With --events, records written earlier by\n"
    "'herald code' are stored instead (grouped into articles by doc_id).\n"
    "\n"
    "Options:\n"
    "  --db FILE               the database (required)\n"
    "  --events FILE           store event records from FILE (repeatable)\n"
    "  --dedup-days N          mentions up to N days apart can be one event\n"
    "                          (default 1; 0: same day only)\n"
    "  --dedup-level L         event-code digits that must agree: root, 3\n"
    "                          (default), 4, or off (no de-duplication)\n"
    "  --batch N               articles per transaction (default 500)\n"
    "  --max-db-size SIZE      refuse to grow the database past SIZE (k, M, G)\n"
    "  -j, --jobs N            code on N threads\n"
    "  --date YYYY-MM-DD       article date for .txt inputs\n"
    "  --allow-partial         also store events with an unknown side (---)\n"
    "  --since-days N          leave out events dated more than N days before\n"
    "                          their article\n"
    HC_DICTIONARY_HELP
    "  --max-article-size N    refuse articles larger than N bytes (default 8M)\n"
    "  --progress, --no-progress\n"
    "                          a progress line on stderr\n"
    "  -h, --help              show this help\n"
    "\n"
    "Negated and hypothetical events are not stored: the store holds facts.\n"
    "Exit status: 0 all input stored; 1 some input could not be read or\n"
    "stored (reported as FILE:LINE: ...); 2 usage error.\n";

typedef struct ingest {
    herald_store *store;
    hc_store_args args;
    const char *events[64];
    int event_files;
    uint64_t outcome[3];     /* articles added, unchanged, replaced */
    hc_diag diag;
} ingest;

static int ingest_option(hc_run *run, const char *name, const char *value)
{
    ingest *current = run->command;
    int rc = hc_store_option(&current->args, "ingest ", name, value);
    if (rc >= 0) return rc;
    if (strcmp(name, "--events") == 0) {
        if (current->event_files == 64) return hc_usage_error("ingest ", "too many --events files");
        current->events[current->event_files++] = value;
        return 0;
    }
    rc = hc_coding_option("ingest ", run, name, value);
    return rc >= 0 ? rc : hc_usage_error("ingest ", "unknown option '%s'", name);
}

static int skip_stored(void *user, const herald_article *a)
{
    ingest *in = user;
    herald_error err;
    int rc = herald_store_has_article(in->store, a, &err);
    if (rc < 0) hc_diag_print(&in->diag, &err);
    if (rc == 1) in->outcome[HERALD_STORE_UNCHANGED]++;
    return rc == 1;
}

static int take_doc(void *user, herald_doc *doc)
{
    ingest *in = user;
    herald_error err;
    int outcome = 0;
    if (herald_store_add_doc(in->store, doc, &outcome, &err) != HERALD_OK) {
        const herald_article *a = herald_doc_article(doc);
        fprintf(stderr, "herald: %s: article %s not stored: %s\n", in->args.db,
                a->id ? a->id : "?", err.message);
        in->diag.errors++;
        /* A full disk or a broken database will fail the next article too. */
        return err.code == HERALD_EFULL || err.code == HERALD_EIO || err.code == HERALD_EDB ||
               err.code == HERALD_EBUSY;
    }
    in->outcome[outcome]++;
    return 0;
}

static int store_records(ingest *in)
{
    int failed = 0;
    for (int i = 0; i < in->event_files; i++) {
        herald_error err;
        if (herald_store_add_records(in->store, in->events[i], hc_diag_callback, &in->diag,
                                     in->outcome, &err) != HERALD_OK) {
            hc_diag_print(&in->diag, &err);
            failed = 1;
            break;
        }
    }
    return failed || in->diag.errors ? 1 : 0;
}

static void report(ingest *in, double seconds)
{
    herald_store_summary sum;
    herald_error err;
    if (herald_store_summarize(in->store, &sum, &err) != HERALD_OK) return;
    fprintf(stderr, "herald: %s: %llu articles added, %llu replaced, %llu unchanged in %.1f s;"
                    " now %lld articles, %lld events, %lld mentions\n", in->args.db,
            (unsigned long long)in->outcome[HERALD_STORE_ADDED],
            (unsigned long long)in->outcome[HERALD_STORE_REPLACED],
            (unsigned long long)in->outcome[HERALD_STORE_UNCHANGED], seconds,
            (long long)sum.articles, (long long)sum.events, (long long)sum.mentions);
}

int hc_cmd_ingest(int argc, char **argv)
{
    static const char *const valued[] = { "--db", "--events", "--dedup-days", "--dedup-level",
                                          "--batch", "--max-db-size", "--since-days", NULL };
    static const char *const flags[] = { "--allow-partial", NULL };
    const hc_command cmd = { "ingest ", HELP, ingest_option, flags, valued, 1 };
    ingest in = { .args = hc_store_args_default() };
    hc_run run = { .format = HERALD_FORMAT_JSONL, .command = &in };
    int rc = hc_parse_run(&cmd, argc, argv, &run);
    if (rc >= 0) return rc;
    if (!in.args.db) return hc_usage_error("ingest ", "--db FILE is required");
    if (in.event_files && run.input_count)
        return hc_usage_error("ingest ", "give either --events files or articles, not both");

    in.args.store.create = 1;
    herald_error err;
    if (herald_store_open(in.args.db, &in.args.store, &in.store, &err) != HERALD_OK) {
        fprintf(stderr, "herald: %s: %s\n", in.args.db, err.message);
        return 1;
    }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    if (in.event_files) {
        rc = store_records(&in);
    } else {
        hc_sink sink = { skip_stored, take_doc, &in };
        run.sink = &sink;
        rc = hc_run_pipeline(&run);
        if (in.diag.errors) rc = 1;
    }
    if (herald_store_commit(in.store, &err) != HERALD_OK) {
        fprintf(stderr, "herald: %s: the last batch was not stored: %s\n", in.args.db, err.message);
        rc = 1;
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    report(&in, (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9);
    if (herald_store_close(in.store, &err) != HERALD_OK) rc = 1;
    return rc;
}

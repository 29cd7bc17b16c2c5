/* pipeline.h - the work shared by `herald code` and `herald segment`:
 * read every input, code each article (on N threads when asked), and
 * write the renderings in input order, so -j N output is byte-identical
 * to -j 1. */
#ifndef HC_PIPELINE_H
#define HC_PIPELINE_H

#include <stddef.h>
#include "herald.h"

/* Where coded documents go instead of being rendered (herald ingest).
 * Called on the main thread, in input order. */
typedef struct hc_sink {
    /* Non-zero: the article is already done; it is not coded.  May be NULL. */
    int (*skip)(void *user, const herald_article *a);
    /* Takes a coded document; a non-zero return stops the run (the sink
     * has reported why). */
    int (*take)(void *user, herald_doc *doc);
    void *user;
} hc_sink;

typedef struct hc_run {
    char **inputs;            /* paths, "-" for stdin; none means stdin */
    int input_count;
    const char *output;       /* NULL or "-" for stdout */
    int format;               /* enum herald_format */
    int jobs;                 /* >= 1 */
    int progress;             /* 1 on, 0 off */
    const char *default_date; /* for .txt inputs, or NULL */
    size_t max_article_bytes; /* 0 for the default */
    char date_storage[11];    /* holds default_date when parsed from argv */
    int no_builtin;           /* --no-builtin, or a command without dictionaries */
    int keep_uncertain;       /* --keep-uncertain */
    int allow_partial;        /* --allow-partial */
    int since_days;           /* --since-days N, 0 for none */
    const hc_sink *sink;      /* NULL: render `format` to `output` */
    void *command;            /* the command's own state, for its option handler */
    int dict_count;           /* --actors F, --agents F ... in command-line order */
    int dict_kinds[64];
    const char *dict_paths[64];
} hc_run;

/* Creates the context a run codes with: built-ins unless --no-builtin,
 * then the user's dictionaries.  Reports problems through `diag`;
 * returns NULL when a dictionary is unusable. */
struct hc_diag;
herald_ctx *hc_make_context(const hc_run *run, struct hc_diag *diag);

/* Runs the pipeline; returns the process exit status (0 or 1). */
int hc_run_pipeline(const hc_run *run);

#endif

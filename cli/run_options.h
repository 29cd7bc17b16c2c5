/* run_options.h - the options `herald code` and `herald segment` share:
 * -o, -j, --date, --max-article-size, --progress/--no-progress. */
#ifndef HC_RUN_OPTIONS_H
#define HC_RUN_OPTIONS_H

#include "pipeline.h"

typedef struct hc_command {
    const char *name;          /* "code" */
    const char *help;          /* full --help text */
    /* Handles a command-specific option; returns 0, or 2 after a usage
     * error.  `value` is NULL for flags.  May be NULL. */
    int (*option)(hc_run *run, const char *name, const char *value);
    const char *const *flags;  /* command-specific flags (no value) */
    const char *const *valued; /* command-specific options with a value */
    int dictionaries;          /* takes --no-builtin, --actors F, --agents F ... */
} hc_command;

/* The --help lines of the dictionary options. */
#define HC_DICTIONARY_HELP \
    "  --no-builtin            do not load Herald's built-in dictionaries\n" \
    "  --actors FILE           also load an actor dictionary (Herald or\n" \
    "                          PETRARCH-2 format; repeatable; later files win)\n" \
    "  --agents FILE           also load an agent (role word) dictionary\n" \
    "  --conflicts FILE        also load a conflict dictionary (Herald format)\n" \
    "  --discards FILE         also load a discard dictionary (PETRARCH format)\n" \
    "  --issues FILE           also load an issue dictionary (PETRARCH format)\n" \
    "  --verbs FILE            also load a verb dictionary (PETRARCH-2 or TABARI)\n"

/* Handles the coding options --keep-uncertain, --allow-partial and
 * --since-days N.  Returns 0, 2 after a usage error, or -1 when `name`
 * is none of them. */
int hc_coding_option(const char *cmd, hc_run *run, const char *name, const char *value);

/* The --help lines of the commands that show a stage's findings
 * (herald actors, herald places). */
#define HC_VIEW_OPTIONS_HELP \
    "  -o, --output FILE       write to FILE instead of standard output\n" \
    "  -j, --jobs N            work on N threads (same output as -j 1)\n" \
    "  --date YYYY-MM-DD       article date for .txt inputs\n" \
    HC_DICTIONARY_HELP \
    "  --max-article-size N    refuse articles larger than N bytes (default 8M)\n" \
    "  --progress, --no-progress\n" \
    "                          a progress line on stderr\n" \
    "  -h, --help              show this help\n"

/* Parses argv into `run` (inputs are the non-option arguments).  Returns
 * -1 to go on, or an exit status (0 after --help, 2 on a usage error). */
int hc_parse_run(const hc_command *cmd, int argc, char **argv, hc_run *run);

#endif

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
} hc_command;

/* Parses argv into `run` (inputs are the non-option arguments).  Returns
 * -1 to go on, or an exit status (0 after --help, 2 on a usage error). */
int hc_parse_run(const hc_command *cmd, int argc, char **argv, hc_run *run);

#endif

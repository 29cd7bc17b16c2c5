/* store_options.h - the options of the store commands: the database and
 * its ingest settings, and the filters of query, export and stats. */
#ifndef HC_STORE_OPTIONS_H
#define HC_STORE_OPTIONS_H

#include "herald.h"

typedef struct hc_store_args {
    const char *db;
    herald_store_options store;
    herald_query query;
} hc_store_args;

hc_store_args hc_store_args_default(void);

/* The --help lines of the filters. */
#define HC_FILTER_HELP \
    "  --actor CODE            either side's code starts with CODE (IND, INDGOV)\n" \
    "  --source CODE, --target CODE\n" \
    "                          the source's / target's code starts with CODE\n" \
    "  --dyad A,B              between A and B, in either direction\n" \
    "  --code CODE             the event code starts with CODE (19, 190, 0256)\n" \
    "  --quad N                quad class 1-4\n" \
    "  --plover TYPE           PLOVER type (ASSAULT, CONSULT ...)\n" \
    "  --since DATE, --until DATE\n" \
    "                          event dates in this range (YYYY-MM-DD, inclusive)\n" \
    "  --country ISO3          the event's place is in this country\n" \
    "  --text EXPR             full-text search over the evidence (SQLite FTS5:\n" \
    "                          words, \"phrases\", AND, OR, NOT, prefix*)\n" \
    "  --min-mentions N        events mentioned at least N times\n"

/* The filter options' names, for the parser's lists. */
extern const char *const HC_FILTER_VALUED[];

/* Handles --db, the ingest settings (--dedup-days, --dedup-level,
 * --batch, --max-db-size) and the filters.  Returns 0, 2 after a usage
 * error, or -1 when `name` is none of them. */
int hc_store_option(hc_store_args *a, const char *cmd, const char *name, const char *value);

/* Parses the arguments of a store command: -h/--help prints `help`;
 * the names in `flags` take no value, every other option one ("--name
 * value" or "--name=value"); each goes to fn(user, name, value), which
 * returns 0 or an exit status.  --db is required.  Returns -1 to go on,
 * or an exit status. */
int hc_parse_store_command(const char *cmd, const char *help, int argc, char **argv,
                           const char *const *flags, const hc_store_args *args,
                           int (*fn)(void *user, const char *name, const char *value),
                           void *user);

/* Prints a store error as "herald: DB: message" and returns 1. */
int hc_store_error(const char *db, const herald_error *err);

#endif

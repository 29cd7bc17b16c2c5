/* herald query and herald export: events out of the store, filtered, as
 * a table for the terminal or in an output format. */
#include "commands.h"
#include "opts.h"
#include "store_options.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

static const char QUERY_HELP[] =
    "Usage: herald query --db FILE.db [FILTERS] [OPTIONS]\n"
    "\n"
    "Lists the stored events that match every filter given: a table on a\n"
    "terminal, JSON Lines otherwise.  Each event is shown once, with its\n"
    "mention, source and article counts and the evidence of its first\n"
    "mention; --mentions lists every mention instead.\n"
    "\n"
    "Filters:\n"
    HC_FILTER_HELP
    "Options:\n"
    "  --format FMT            table, jsonl, csv, gdelt or plover\n"
    "  --sort KEY              date (default), -date, mentions, goldstein\n"
    "  --limit N               at most N events\n"
    "  --mentions              one record per mention\n"
    "  -o, --output FILE       write to FILE\n"
    "  -h, --help              show this help\n"
    "\n"
    "Example: herald query --db news.db --dyad IND,PAK --since 2019-03-01 \\\n"
    "           --until 2019-03-31\n";

static const char EXPORT_HELP[] =
    "Usage: herald export --db FILE.db --format gdelt|plover|csv|jsonl [FILTERS] [-o FILE]\n"
    "\n"
    "Writes the stored events (all of them, or those the filters select) in\n"
    "an output format: GDELT 2.0 event columns with the store's mention,\n"
    "source and article counts, POLECAT-style PLOVER JSON, CSV with a header,\n"
    "or Herald's JSON Lines.\n"
    "\n"
    "Filters:\n"
    HC_FILTER_HELP
    "Options:\n"
    "  --format FMT            gdelt, plover, csv or jsonl (required)\n"
    "  --sort KEY              date (default), -date, mentions, goldstein\n"
    "  --limit N               at most N events\n"
    "  --mentions              one record per mention\n"
    "  -o, --output FILE       write to FILE\n"
    "  -h, --help              show this help\n";

#define FORMAT_TABLE 100

typedef struct query_cmd {
    const char *name;        /* "query " */
    const char *help;
    hc_store_args args;
    int format;              /* an event format, FORMAT_TABLE, or -1 unset */
    const char *output;
} query_cmd;

static int sort_key(const char *v)
{
    static const char *const keys[] = { "date", "-date", "mentions", "goldstein" };
    for (int i = 0; i < 4; i++)
        if (strcmp(v, keys[i]) == 0) return i;
    return -1;
}

static int option(void *user, const char *name, const char *value)
{
    query_cmd *c = user;
    int rc = hc_store_option(&c->args, c->name, name, value);
    if (rc >= 0) return rc;
    herald_query *q = &c->args.query;
    if (strcmp(name, "--format") == 0) {
        c->format = strcmp(value, "table") == 0 && c->help == QUERY_HELP ? FORMAT_TABLE
                                                                         : herald_format_from_name(value);
        if (c->format < 0)
            return hc_usage_error(c->name, "unknown format '%s'", value);
    } else if (strcmp(name, "--sort") == 0) {
        if ((q->sort = sort_key(value)) < 0)
            return hc_usage_error(c->name, "--sort wants date, -date, mentions or goldstein");
    } else if (strcmp(name, "--limit") == 0) {
        char *end;
        errno = 0;
        long long n = strtoll(value, &end, 10);
        if (errno || end == value || *end || n < 1)
            return hc_usage_error(c->name, "--limit wants a positive number, not '%s'", value);
        q->limit = n;
    } else if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0) {
        c->output = value;
    } else if (strcmp(name, "--mentions") == 0) {
        q->mentions = 1;
    } else {
        return hc_usage_error(c->name, "unknown option '%s'", name);
    }
    return 0;
}

static int parse(query_cmd *c, int argc, char **argv)
{
    static const char *const flags[] = { "--mentions", NULL };
    return hc_parse_store_command(c->name, c->help, argc, argv, flags, &c->args, option, c);
}

static int write_out(void *user, const char *data, size_t len)
{
    return fwrite(data, 1, len, user) != len;
}

/* ---- the terminal table ---- */

typedef struct table {
    FILE *out;
    int width;              /* of the evidence column */
    long rows;
} table;

static int terminal_width(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col >= 60) return ws.ws_col;
    const char *cols = getenv("COLUMNS");
    long n = cols ? strtol(cols, NULL, 10) : 0;
    return n >= 60 && n < 1000 ? (int)n : 120;
}

/* Bytes of `s` that fit in `cols` characters, not splitting a UTF-8 sequence. */
static size_t fit(const char *s, size_t len, int cols)
{
    size_t i = 0;
    for (int c = 0; i < len && c < cols; c++) {
        i++;
        while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    }
    return i;
}

static int table_row(void *user, const herald_record *r)
{
    table *t = user;
    char place[24] = "";
    if (r->location_name)
        snprintf(place, sizeof place, "%.16s/%.3s", r->location_name,
                 r->location_country ? r->location_country : "");
    size_t n = fit(r->evidence, r->evidence_len, t->width);
    fprintf(t->out, "%-10s  %-12.12s %-12.12s %-4s %2d %5.1f %4d  %-21s %.*s%s\n",
            r->date && r->date[0] ? r->date : "-", r->source, r->target, r->code, r->quad,
            r->goldstein, r->num_mentions, place, (int)n, r->evidence,
            n < r->evidence_len ? "…" : "");
    t->rows++;
    return ferror(t->out) ? 1 : 0;
}

static int print_table(herald_store *s, const herald_query *q, FILE *out, herald_error *err)
{
    table t = { .out = out };
    t.width = terminal_width() - 90;
    if (t.width < 20) t.width = 20;
    fprintf(out, "%-10s  %-12s %-12s %-4s %2s %5s %4s  %-21s %s\n", "DATE", "SOURCE", "TARGET",
            "CODE", "Q", "GS", "MENT", "PLACE", "EVIDENCE");
    int rc = herald_store_query(s, q, table_row, &t, err);
    if (!rc) fprintf(out, "(%ld event%s)\n", t.rows, t.rows == 1 ? "" : "s");
    return rc;
}

static int run(query_cmd *c)
{
    herald_store *s;
    herald_error err;
    if (herald_store_open(c->args.db, &c->args.store, &s, &err) != HERALD_OK)
        return hc_store_error(c->args.db, &err);
    int to_stdout = !c->output || strcmp(c->output, "-") == 0;
    FILE *out = to_stdout ? stdout : fopen(c->output, "w");
    if (!out) {
        fprintf(stderr, "herald: cannot write %s: %s\n", c->output, strerror(errno));
        herald_store_close(s, NULL);
        return 1;
    }
    if (c->format < 0) c->format = to_stdout && isatty(STDOUT_FILENO) ? FORMAT_TABLE
                                                                      : HERALD_FORMAT_JSONL;
    int rc = c->format == FORMAT_TABLE
                 ? print_table(s, &c->args.query, out, &err)
                 : herald_store_export(s, &c->args.query, c->format, write_out, out, &err);
    int status = 0;
    if (rc < 0) status = hc_store_error(c->args.db, &err);
    if (fflush(out) != 0 || ferror(out) || (!to_stdout && fclose(out) != 0)) {
        fprintf(stderr, "herald: error writing %s\n", to_stdout ? "standard output" : c->output);
        status = 1;
    }
    herald_store_close(s, NULL);
    return status;
}

int hc_cmd_query(int argc, char **argv)
{
    query_cmd c = { "query ", QUERY_HELP, hc_store_args_default(), -1, NULL };
    int rc = parse(&c, argc, argv);
    return rc >= 0 ? rc : run(&c);
}

int hc_cmd_export(int argc, char **argv)
{
    query_cmd c = { "export ", EXPORT_HELP, hc_store_args_default(), -1, NULL };
    int rc = parse(&c, argc, argv);
    if (rc >= 0) return rc;
    if (c.format < 0) return hc_usage_error(c.name, "--format is required (gdelt, plover, csv, jsonl)");
    return run(&c);
}

/* herald stats: time series, top dyads with an escalation indicator, and
 * top actors of the stored events a filter selects. */
#include "commands.h"
#include "opts.h"
#include "store_options.h"

#include <stdio.h>
#include <string.h>

static const char HELP[] =
    "Usage: herald stats --db FILE.db [FILTERS] [OPTIONS]\n"
    "\n"
    "Statistics of the stored events that match the filters (all by default):\n"
    "per period, the events of each quad class, mentions, and the Goldstein\n"
    "sum and mean; the top dyads with their conflict share in the last period\n"
    "and the one before, and the change between them (escalation, see\n"
    "docs/STORE.md); the top actors.  JSON with all three tables, or one\n"
    "table as CSV.\n"
    "\n"
    "Filters:\n"
    HC_FILTER_HELP
    "Options:\n"
    "  --by PERIOD             day, week (from Monday) or month (default)\n"
    "  --table NAME            series, dyads or actors (default: all, JSON)\n"
    "  --top N                 rows of the top tables (default 10)\n"
    "  --format FMT            json (default) or csv (needs --table)\n"
    "  --summary               only the database's totals, as JSON\n"
    "  --check                 check the database's integrity and Herald's\n"
    "                          invariants; exit status 1 on a problem\n"
    "  -h, --help              show this help\n";

static int pick(const char *value, const char *const *names, int n)
{
    for (int i = 0; i < n; i++)
        if (strcmp(value, names[i]) == 0) return i;
    return -1;
}

typedef struct stats_cmd {
    hc_store_args args;
    herald_stats_options o;
    int summary, check;
} stats_cmd;

static int option(void *user, const char *name, const char *value)
{
    stats_cmd *c = user;
    static const char *const periods[] = { "day", "week", "month" };
    static const char *const tables[] = { "all", "series", "dyads", "actors" };
    static const char *const formats[] = { "json", "csv" };
    if (strcmp(name, "--summary") == 0) { c->summary = 1; return 0; }
    if (strcmp(name, "--check") == 0) { c->check = 1; return 0; }
    int rc = hc_store_option(&c->args, "stats ", name, value);
    if (rc >= 0) return rc;
    if (strcmp(name, "--by") == 0) {
        if ((c->o.period = pick(value, periods, 3)) < 0)
            return hc_usage_error("stats ", "--by wants day, week or month");
    } else if (strcmp(name, "--table") == 0) {
        if ((c->o.table = pick(value, tables, 4)) < 0)
            return hc_usage_error("stats ", "--table wants series, dyads or actors");
    } else if (strcmp(name, "--format") == 0) {
        if ((c->o.csv = pick(value, formats, 2)) < 0)
            return hc_usage_error("stats ", "--format wants json or csv");
    } else if (strcmp(name, "--top") == 0) {
        if (hc_parse_count(value, 100000, &c->o.top))
            return hc_usage_error("stats ", "--top wants a positive number, not '%s'", value);
    } else {
        return hc_usage_error("stats ", "unknown option '%s'", name);
    }
    return 0;
}

static int parse(stats_cmd *c, int argc, char **argv)
{
    static const char *const flags[] = { "--summary", "--check", NULL };
    int rc = hc_parse_store_command("stats ", HELP, argc, argv, flags, &c->args, option, c);
    if (rc < 0 && c->o.csv && c->o.table == HERALD_STATS_ALL)
        return hc_usage_error("stats ", "CSV holds one table: add --table series, dyads or actors");
    return rc;
}

static int write_out(void *user, const char *data, size_t len)
{
    return fwrite(data, 1, len, user) != len;
}

static int print_summary(herald_store *s, herald_error *err)
{
    herald_store_summary sum;
    int rc = herald_store_summarize(s, &sum, err);
    if (!rc)
        printf("{\"schema_version\":%d,\"articles\":%lld,\"events\":%lld,\"mentions\":%lld,"
               "\"first_date\":%s%s%s,\"last_date\":%s%s%s}\n", sum.schema_version,
               (long long)sum.articles, (long long)sum.events, (long long)sum.mentions,
               sum.first_date[0] ? "\"" : "", sum.first_date[0] ? sum.first_date : "null",
               sum.first_date[0] ? "\"" : "", sum.last_date[0] ? "\"" : "",
               sum.last_date[0] ? sum.last_date : "null", sum.last_date[0] ? "\"" : "");
    return rc;
}

int hc_cmd_stats(int argc, char **argv)
{
    stats_cmd c = { .args = hc_store_args_default(), .o = { .period = HERALD_PERIOD_MONTH } };
    int rc = parse(&c, argc, argv);
    if (rc >= 0) return rc;
    herald_store *s;
    herald_error err;
    if (herald_store_open(c.args.db, &c.args.store, &s, &err) != HERALD_OK)
        return hc_store_error(c.args.db, &err);
    if (c.check) {
        rc = herald_store_check(s, &err);
        if (rc == 0) printf("%s: ok\n", c.args.db);
    } else {
        rc = c.summary ? print_summary(s, &err)
                       : herald_store_stats(s, &c.args.query, &c.o, write_out, stdout, &err);
    }
    int status = rc ? hc_store_error(c.args.db, &err) : 0;
    if (fflush(stdout) != 0) status = 1;
    herald_store_close(s, NULL);
    return status;
}

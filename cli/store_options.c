#include "store_options.h"
#include "opts.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *const HC_FILTER_VALUED[] = { "--actor", "--source", "--target", "--dyad", "--code",
                                         "--quad", "--plover", "--since", "--until", "--country",
                                         "--text", "--min-mentions", NULL };

hc_store_args hc_store_args_default(void)
{
    return (hc_store_args){ .store = herald_store_defaults() };
}

static int number(const char *s, long lo, long hi, long *out)
{
    errno = 0;
    char *end;
    long v = strtol(s, &end, 10);
    if (errno || end == s || *end || v < lo || v > hi) return -1;
    *out = v;
    return 0;
}

static int date_option(const char *cmd, const char *name, const char *value, const char **out)
{
    char norm[11];
    if (herald_parse_date(value, norm) || strcmp(norm, value) != 0)
        return hc_usage_error(cmd, "%s wants a date as YYYY-MM-DD, not '%s'", name, value);
    *out = value;
    return 0;
}

/* --dyad A,B: the value is split in place. */
static int dyad_option(hc_store_args *a, const char *cmd, const char *value)
{
    char *comma = strchr(value, ',');
    if (!comma || comma == value || !comma[1])
        return hc_usage_error(cmd, "--dyad wants two codes, as in --dyad IND,PAK");
    *comma = '\0';
    a->query.dyad[0] = value;
    a->query.dyad[1] = comma + 1;
    return 0;
}

static int filter_option(hc_store_args *a, const char *cmd, const char *name, const char *value)
{
    herald_query *q = &a->query;
    long v;
    if (strcmp(name, "--actor") == 0) q->actor = value;
    else if (strcmp(name, "--source") == 0) q->source = value;
    else if (strcmp(name, "--target") == 0) q->target = value;
    else if (strcmp(name, "--dyad") == 0) return dyad_option(a, cmd, (char *)value);
    else if (strcmp(name, "--code") == 0) q->code = value;
    else if (strcmp(name, "--plover") == 0) q->plover = value;
    else if (strcmp(name, "--country") == 0) q->country = value;
    else if (strcmp(name, "--text") == 0) q->text = value;
    else if (strcmp(name, "--since") == 0) return date_option(cmd, name, value, &q->since);
    else if (strcmp(name, "--until") == 0) return date_option(cmd, name, value, &q->until);
    else if (strcmp(name, "--quad") == 0) {
        if (number(value, 1, 4, &v)) return hc_usage_error(cmd, "--quad wants 1, 2, 3 or 4");
        q->quad = (int)v;
    } else if (strcmp(name, "--min-mentions") == 0) {
        if (number(value, 1, 1000000000, &v))
            return hc_usage_error(cmd, "--min-mentions wants a positive number, not '%s'", value);
        q->min_mentions = (int)v;
    } else {
        return -1;
    }
    return 0;
}

int hc_store_option(hc_store_args *a, const char *cmd, const char *name, const char *value)
{
    herald_store_options *o = &a->store;
    long v;
    uint64_t size;
    if (strcmp(name, "--db") == 0) {
        a->db = value;
    } else if (strcmp(name, "--dedup-days") == 0) {
        if (number(value, 0, 3650, &v))
            return hc_usage_error(cmd, "--dedup-days wants a number of days, not '%s'", value);
        o->dedup_days = (int)v;
    } else if (strcmp(name, "--dedup-level") == 0) {
        if (strcmp(value, "off") == 0) o->dedup_digits = 0;
        else if (strcmp(value, "root") == 0 || strcmp(value, "2") == 0) o->dedup_digits = 2;
        else if (strcmp(value, "3") == 0) o->dedup_digits = 3;
        else if (strcmp(value, "4") == 0) o->dedup_digits = 4;
        else return hc_usage_error(cmd, "--dedup-level wants root, 3, 4 or off, not '%s'", value);
    } else if (strcmp(name, "--batch") == 0) {
        if (number(value, 1, 1000000, &v))
            return hc_usage_error(cmd, "--batch wants a number of articles, not '%s'", value);
        o->batch = (int)v;
    } else if (strcmp(name, "--max-db-size") == 0) {
        if (hc_parse_size(value, UINT64_MAX >> 1, &size))
            return hc_usage_error(cmd, "--max-db-size wants a size such as 500M, not '%s'", value);
        o->max_bytes = size;
    } else {
        return filter_option(a, cmd, name, value);
    }
    return 0;
}

int hc_store_error(const char *db, const herald_error *err)
{
    if (err->file[0] && strcmp(err->file, db) != 0)
        fprintf(stderr, "herald: %s: %s\n", err->file, err->message);
    else
        fprintf(stderr, "herald: %s: %s\n", db, err->message);
    return 1;
}

int hc_parse_store_command(const char *cmd, const char *help, int argc, char **argv,
                           const char *const *flags, const hc_store_args *args,
                           int (*fn)(void *user, const char *name, const char *value),
                           void *user)
{
    for (int i = 1; i < argc; i++) {
        char *arg = argv[i];
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            fputs(help, stdout);
            return 0;
        }
        if (arg[0] != '-') return hc_usage_error(cmd, "unexpected argument '%s'", arg);
        char *value = NULL;
        char *eq = arg[1] == '-' ? strchr(arg, '=') : NULL;
        if (eq) { *eq = '\0'; value = eq + 1; }
        int flag = 0;
        for (const char *const *f = flags; f && *f && !flag; f++) flag = strcmp(arg, *f) == 0;
        if (flag && value) return hc_usage_error(cmd, "option '%s' takes no value", arg);
        if (!flag && !value) {
            if (i + 1 >= argc) return hc_usage_error(cmd, "option '%s' needs a value", arg);
            value = argv[++i];
        }
        int rc = fn(user, arg, value);
        if (rc) return rc;
    }
    return args->db ? -1 : hc_usage_error(cmd, "--db FILE is required");
}

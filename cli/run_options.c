#include "run_options.h"
#include "opts.h"

#include <stdio.h>
#include <string.h>

static int listed(const char *const *names, const char *name)
{
    for (; names && *names; names++)
        if (strcmp(*names, name) == 0) return 1;
    return 0;
}

/* Splits "--name=value" into name and value. */
static const char *split_long(char *arg, char **value)
{
    char *eq = strchr(arg, '=');
    *value = NULL;
    if (eq) { *eq = '\0'; *value = eq + 1; }
    return arg;
}

/* --actors F and the like: the kind of dictionary each option loads. */
static int dict_kind(const char *name)
{
    static const struct { const char *name; int kind; } opts[] = {
        { "--actors", HERALD_DICT_ACTORS },       { "--agents", HERALD_DICT_AGENTS },
        { "--conflicts", HERALD_DICT_CONFLICTS }, { "--discards", HERALD_DICT_DISCARDS },
        { "--issues", HERALD_DICT_ISSUES },       { "--verbs", HERALD_DICT_VERBS },
    };
    for (size_t i = 0; i < sizeof opts / sizeof *opts; i++)
        if (strcmp(name, opts[i].name) == 0) return opts[i].kind;
    return -1;
}

int hc_coding_option(const char *cmd, hc_run *run, const char *name, const char *value)
{
    if (strcmp(name, "--keep-uncertain") == 0) {
        run->keep_uncertain = 1;
    } else if (strcmp(name, "--allow-partial") == 0) {
        run->allow_partial = 1;
    } else if (strcmp(name, "--since-days") == 0) {
        if (hc_parse_count(value, 1000000, &run->since_days))
            return hc_usage_error(cmd, "--since-days wants a number of days, not '%s'", value);
    } else {
        return -1;
    }
    return 0;
}

static int common_option(const hc_command *cmd, hc_run *run, const char *name,
                         const char *value)
{
    int kind = dict_kind(name);
    if (kind >= 0) {
        if (run->dict_count == 64) return hc_usage_error(cmd->name, "too many dictionaries");
        run->dict_kinds[run->dict_count] = kind;
        run->dict_paths[run->dict_count++] = value;
        return 0;
    }
    if (strcmp(name, "--no-builtin") == 0) {
        run->no_builtin = 1;
        return 0;
    }
    if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0) {
        run->output = value;
    } else if (strcmp(name, "-j") == 0 || strcmp(name, "--jobs") == 0) {
        if (hc_parse_count(value, 256, &run->jobs))
            return hc_usage_error(cmd->name, "-j wants a number of threads from 1 to 256, not '%s'", value);
    } else if (strcmp(name, "--date") == 0) {
        if (herald_parse_date(value, run->date_storage))
            return hc_usage_error(cmd->name, "--date wants YYYY-MM-DD, not '%s'", value);
        run->default_date = run->date_storage;
    } else if (strcmp(name, "--max-article-size") == 0) {
        uint64_t size;
        if (hc_parse_size(value, HERALD_MAX_ARTICLE_CEILING, &size))
            return hc_usage_error(cmd->name, "--max-article-size wants a size such as 8M, not '%s'", value);
        run->max_article_bytes = (size_t)size;
    } else {
        return cmd->option(run, name, value);
    }
    return 0;
}

int hc_parse_run(const hc_command *cmd, int argc, char **argv, hc_run *run)
{
    static const char *const common_valued[] = { "-o", "--output", "-j", "--jobs", "--date",
                                                 "--max-article-size", NULL };
    static const char *const dict_valued[] = { "--actors", "--agents", "--conflicts",
                                               "--discards", "--issues", "--verbs", NULL };
    static const char *const dict_flags[] = { "--no-builtin", NULL };
    if (!cmd->dictionaries) run->no_builtin = 1;   /* nothing to load them for */
    int only_files = 0;
    run->jobs = run->jobs ? run->jobs : 1;
    run->progress = hc_progress_default();
    run->inputs = argv;     /* compacted in place: inputs never outrun argv */
    run->input_count = 0;
    for (int i = 1; i < argc; i++) {
        char *arg = argv[i];
        if (only_files || arg[0] != '-' || strcmp(arg, "-") == 0) {
            run->inputs[run->input_count++] = arg;
            continue;
        }
        if (strcmp(arg, "--") == 0) { only_files = 1; continue; }
        if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            fputs(cmd->help, stdout);
            return 0;
        }
        if (strcmp(arg, "--progress") == 0) { run->progress = 1; continue; }
        if (strcmp(arg, "--no-progress") == 0) { run->progress = 0; continue; }
        char *value = NULL;
        const char *name = arg;
        char short_name[3] = { '-', arg[1], '\0' };
        if (arg[1] == '-') {
            name = split_long(arg, &value);
        } else if (arg[2]) {     /* "-j4", "-oFILE" */
            value = arg + 2;
            name = short_name;
        }
        int takes_value = listed(common_valued, name) || listed(cmd->valued, name) ||
                          (cmd->dictionaries && listed(dict_valued, name));
        if (!takes_value && !listed(cmd->flags, name) &&
            !(cmd->dictionaries && listed(dict_flags, name)))
            return hc_usage_error(cmd->name, "unknown option '%s'", name);
        if (takes_value && !value) {
            if (i + 1 >= argc) return hc_usage_error(cmd->name, "option '%s' needs a value", name);
            value = argv[++i];
        } else if (!takes_value && value) {
            return hc_usage_error(cmd->name, "option '%s' takes no value", name);
        }
        int rc = common_option(cmd, run, name, value);
        if (rc) return rc;
    }
    return -1;
}

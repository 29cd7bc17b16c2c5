/* herald dict check: validates dictionary files. */
#include "commands.h"
#include "diag.h"
#include "herald.h"
#include "opts.h"

#include <stdio.h>
#include <string.h>

static const char HELP[] =
    "Usage: herald dict check [--kind KIND] FILE...\n"
    "\n"
    "Loads each dictionary file on its own and reports every problem as\n"
    "FILE:LINE: warning: ... .  Herald files declare their kind; for PETRARCH-2\n"
    "files the kind is guessed from the content unless --kind names it\n"
    "(actors, agents, discards, issues, verbs).\n"
    "\n"
    "Exit status: 0 when every file loads (warnings allowed); 1 when a file\n"
    "is unusable; 2 usage error.\n";

static const char *const KINDS[] = { "actors", "agents", "conflicts", "discards", "issues",
                                     "verbs" };
#define KIND_COUNT 6

/* PETRARCH files do not say what they are: guess from telling marks. */
static int guess_kind(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return HERALD_DICT_ACTORS;   /* the load reports the missing file */
    char buf[65536];
    size_t n = fread(buf, 1, sizeof buf - 1, f);
    fclose(f);
    buf[n] = '\0';
    const char *herald = strstr(buf, "%herald");
    if (herald) {
        for (int k = 0; k < KIND_COUNT; k++)
            if (strncmp(herald + 8, KINDS[k], strlen(KINDS[k])) == 0) return k;
    }
    if (strstr(buf, "<ISSUE")) return HERALD_DICT_ISSUES;
    if (strstr(buf, "\n---") || strncmp(buf, "---", 3) == 0) return HERALD_DICT_VERBS;
    if (strstr(buf, "[~") || strstr(buf, "~]")) return HERALD_DICT_AGENTS;
    if (strchr(buf, '[')) return HERALD_DICT_ACTORS;
    return HERALD_DICT_DISCARDS;
}

int hc_cmd_dict(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        fputs(HELP, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    if (strcmp(argv[1], "check") != 0) return hc_usage_error("dict ", "unknown dict command '%s'", argv[1]);
    int kind = -1, files = 0, unusable = 0;
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(HELP, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--kind") == 0) {
            if (i + 1 >= argc) return hc_usage_error("dict ", "--kind needs a value");
            kind = -1;
            for (int k = 0; k < KIND_COUNT; k++) if (strcmp(argv[i + 1], KINDS[k]) == 0) kind = k;
            if (kind < 0) return hc_usage_error("dict ", "unknown kind '%s'", argv[i + 1]);
            i++;
            continue;
        }
        hc_diag diag = { 0 };
        herald_options opts = { .no_builtin = 1, .diag = hc_diag_callback, .diag_user = &diag };
        herald_error err;
        herald_ctx *ctx = herald_ctx_new(&opts, &err);
        if (!ctx) { hc_diag_print(&diag, &err); return 1; }
        int k = kind >= 0 ? kind : guess_kind(argv[i]);
        files++;
        if (herald_ctx_load_dict(ctx, k, argv[i], &err) != 0) {
            hc_diag_print(&diag, &err);
            unusable++;
        } else {
            printf("%s: %s dictionary, %zu phrases, %lu warning%s\n", argv[i], KINDS[k],
                   herald_ctx_dict_size(ctx, k), diag.warnings, diag.warnings == 1 ? "" : "s");
        }
        herald_ctx_free(ctx);
    }
    if (!files) return hc_usage_error("dict ", "no dictionary file given");
    return unusable ? 1 : 0;
}

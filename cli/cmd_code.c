/* herald code: articles in, event records out. */
#include "commands.h"
#include "opts.h"
#include "run_options.h"

#include <string.h>

static const char HELP[] =
    "Usage: herald code [OPTIONS] [FILE...]\n"
    "\n"
    "Codes political events in news articles and writes one record per event:\n"
    "who did what to whom (CAMEO actor and event codes, PLOVER type, Goldstein\n"
    "score, quad class), with the evidence (sentence and byte offsets).\n"
    "FILE is a .jsonl/.ndjson file (one article per line), a .txt file (one\n"
    "article), a directory (every such file below it, in sorted order), or '-'\n"
    "for standard input (JSON Lines, the default).  Any of them may be gzip- or\n"
    "zstd-compressed.\n"
    "\n"
    "Options:\n"
    "  --format FMT            jsonl (default), gdelt, plover or csv\n"
    "  -o, --output FILE       write to FILE instead of standard output\n"
    "  -j, --jobs N            code on N threads; output order and bytes are\n"
    "                          the same as with -j 1\n"
    "  --date YYYY-MM-DD       article date for .txt inputs\n"
    "  --keep-uncertain        also write negated and hypothetical events,\n"
    "                          flagged \"negated\" or \"hypothetical\"\n"
    "  --allow-partial         also write events with an unknown source or\n"
    "                          target, coded ---\n"
    "  --since-days N          drop events dated more than N days before their\n"
    "                          article (historical background)\n"
    HC_DICTIONARY_HELP
    "  --max-article-size N    refuse articles larger than N bytes (default 8M;\n"
    "                          suffixes k, M, G)\n"
    "  --progress, --no-progress\n"
    "                          a progress line on stderr (default: when stderr\n"
    "                          is a terminal)\n"
    "  -h, --help              show this help\n"
    "\n"
    "Exit status: 0 all input coded; 1 some input could not be read or coded\n"
    "(each problem is reported on stderr as FILE:LINE: ...); 2 usage error.\n";

static int code_option(hc_run *run, const char *name, const char *value)
{
    int rc = hc_coding_option("code ", run, name, value);
    if (rc >= 0) return rc;
    if (strcmp(name, "--format") == 0) {
        run->format = herald_format_from_name(value);
        if (run->format < 0)
            return hc_usage_error("code ", "unknown format '%s' (jsonl, gdelt, plover, csv)", value);
    }
    return 0;
}

int hc_cmd_code(int argc, char **argv)
{
    static const char *const valued[] = { "--format", "--since-days", NULL };
    static const char *const flags[] = { "--keep-uncertain", "--allow-partial", NULL };
    const hc_command cmd = { "code ", HELP, code_option, flags, valued, 1 };
    hc_run run = { .format = HERALD_FORMAT_JSONL };
    int rc = hc_parse_run(&cmd, argc, argv, &run);
    return rc >= 0 ? rc : hc_run_pipeline(&run);
}

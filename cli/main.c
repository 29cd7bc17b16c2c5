/* herald - command-line front end: a thin shell over libherald. */
#include "commands.h"
#include "herald.h"
#include "opts.h"

#include <stdio.h>
#include <string.h>

static const char USAGE[] =
    "Usage: herald COMMAND [OPTIONS] [FILE...]\n"
    "\n"
    "Herald codes political events in news text: who did what to whom, when\n"
    "and where, as CAMEO/PLOVER event records.\n"
    "\n"
    "Commands:\n"
    "  code       code events in articles and write records (jsonl, gdelt,\n"
    "             plover, csv)\n"
    "  segment    show sentences and tokens with byte offsets\n"
    "  actors     show actor mentions with CAMEO codes and offsets\n"
    "  places     show place mentions, their resolution and the candidates\n"
    "             that lost\n"
    "  dict check validate dictionary files (Herald or PETRARCH-2 format)\n"
    "  explain    a readable trace of how Herald reads a text\n"
    "  eval       score the coder against a gold file\n"
    "\n"
    "Run 'herald COMMAND --help' for a command's options.\n"
    "  -h, --help      show this help\n"
    "  --version       show the version and data credits\n";

static const char VERSION[] =
    "herald " HERALD_VERSION "\n"
    "Copyright the Herald authors.  Free software, see the LICENSE file.\n"
    "Place data: GeoNames (https://www.geonames.org), licensed under CC BY 4.0;\n"
    "country names from Debian's iso-codes.\n";

typedef struct command {
    const char *name;
    int (*run)(int argc, char **argv);
} command;

int main(int argc, char **argv)
{
    static const command commands[] = {
        { "code", hc_cmd_code },
        { "segment", hc_cmd_segment },
        { "actors", hc_cmd_actors },
        { "dict", hc_cmd_dict },
        { "explain", hc_cmd_explain },
        { "eval", hc_cmd_eval },
        { "ingest", hc_cmd_ingest },
        { "query", hc_cmd_query },
        { "export", hc_cmd_export },
        { "stats", hc_cmd_stats },
        { "places", hc_cmd_places },
    };
    if (argc < 2) {
        fputs(USAGE, stderr);
        return 2;
    }
    const char *name = argv[1];
    if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0 || strcmp(name, "help") == 0) {
        fputs(USAGE, stdout);
        return 0;
    }
    if (strcmp(name, "--version") == 0 || strcmp(name, "-V") == 0) {
        fputs(VERSION, stdout);
        return 0;
    }
    for (size_t i = 0; i < sizeof commands / sizeof *commands; i++)
        if (strcmp(name, commands[i].name) == 0) return commands[i].run(argc - 1, argv + 1);
    return hc_usage_error(NULL, "unknown command '%s'", name);
}

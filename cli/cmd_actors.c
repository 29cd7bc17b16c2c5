/* herald actors: shows actor mentions with codes and offsets. */
#include "commands.h"
#include "run_options.h"

static const char HELP[] =
    "Usage: herald actors [OPTIONS] [FILE...]\n"
    "\n"
    "Shows the actors each sentence names, one JSON line per mention: doc_id,\n"
    "sentence, text, code (CAMEO actor code), start and end (byte offsets into\n"
    "the article text) and how the code was found (the dictionary entry as\n"
    "FILE:LINE, a composition of a country and a role, a role without a\n"
    "country).  Dated codes use the article's date.  Inputs are as for\n"
    "'herald code'.\n"
    "\n"
    "Options:\n"
    HC_VIEW_OPTIONS_HELP;

int hc_cmd_actors(int argc, char **argv)
{
    const hc_command cmd = { "actors ", HELP, NULL, NULL, NULL, 1 };
    hc_run run = { .format = HERALD_FORMAT_ACTORS };
    int rc = hc_parse_run(&cmd, argc, argv, &run);
    return rc >= 0 ? rc : hc_run_pipeline(&run);
}

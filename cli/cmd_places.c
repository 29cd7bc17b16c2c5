/* herald places: shows place mentions, their resolution and the
 * candidates that lost. */
#include "commands.h"
#include "run_options.h"

static const char HELP[] =
    "Usage: herald places [OPTIONS] [FILE...]\n"
    "\n"
    "Shows the places each sentence names, one JSON line per mention: doc_id,\n"
    "sentence, text, start and end (byte offsets into the article text), cue\n"
    "(the word that introduced it: in, near, of...), as_actor (the name is\n"
    "also an actor, \"Moscow condemned\"), place (the gazetteer entry chosen:\n"
    "name, country as ISO 3166-1 alpha-3, adm1, kind, lat, lon, precision,\n"
    "population, score) and lost (the other places of that name, best first,\n"
    "with their scores).  Context decides between them: the countries the\n"
    "article names, its actors' countries, the dateline, and population.\n"
    "Inputs are as for 'herald code'.  Place data: GeoNames, CC BY 4.0.\n"
    "\n"
    "Options:\n"
    HC_VIEW_OPTIONS_HELP;

int hc_cmd_places(int argc, char **argv)
{
    const hc_command cmd = { "places ", HELP, NULL, NULL, NULL, 1 };
    hc_run run = { .format = HERALD_FORMAT_PLACES };
    int rc = hc_parse_run(&cmd, argc, argv, &run);
    return rc >= 0 ? rc : hc_run_pipeline(&run);
}

/* herald segment: shows sentences and tokens with byte offsets. */
#include "commands.h"
#include "run_options.h"

#include <string.h>

static const char HELP[] =
    "Usage: herald segment [OPTIONS] [FILE...]\n"
    "\n"
    "Splits articles into paragraphs, sentences and tokens, for debugging the\n"
    "coder's view of a text.  Each segment is a JSON line with its kind\n"
    "(sentence, dateline, byline, credit), byte span, text and tokens (span,\n"
    "text, normalised form, kind, Penn part-of-speech tag).  Offsets are bytes\n"
    "into the article text.\n"
    "Inputs are as for 'herald code'.\n"
    "\n"
    "Options:\n"
    "  --text                  one segment per line as plain text, with\n"
    "                          [dateline], [byline] or [credit] before the\n"
    "                          segments that are not sentences\n"
    "  -o, --output FILE       write to FILE instead of standard output\n"
    "  -j, --jobs N            segment on N threads (same output as -j 1)\n"
    "  --date YYYY-MM-DD       article date for .txt inputs\n"
    "  --max-article-size N    refuse articles larger than N bytes (default 8M)\n"
    "  --progress, --no-progress\n"
    "                          a progress line on stderr\n"
    "  -h, --help              show this help\n";

static int segment_option(hc_run *run, const char *name, const char *value)
{
    if (strcmp(name, "--text") == 0) run->format = HERALD_FORMAT_SENTENCES;
    return 0;
}

int hc_cmd_segment(int argc, char **argv)
{
    static const char *const flags[] = { "--text", NULL };
    const hc_command cmd = { "segment ", HELP, segment_option, flags, NULL, 0 };
    hc_run run = { .format = HERALD_FORMAT_SEGMENTS };
    int rc = hc_parse_run(&cmd, argc, argv, &run);
    return rc >= 0 ? rc : hc_run_pipeline(&run);
}

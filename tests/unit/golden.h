/* golden.h - data-driven tests: files of cases, each an input and the
 * lines expected from it (format in tests/golden/segment/README.md). */
#ifndef HT_GOLDEN_H
#define HT_GOLDEN_H

#include <stddef.h>
#include "herald.h"

typedef struct ht_text { char *data; size_t len, cap; } ht_text;

void ht_text_append(ht_text *t, const char *s, size_t n);

/* A case: its "@date" (or NULL), the words of its "@options" line (""
 * when none) and its paragraphs. */
typedef struct ht_case {
    const char *date, *options, *input;
    size_t len;
} ht_case;

/* Produces the lines a case yields. */
typedef void (*ht_golden_fn)(herald_ctx *ctx, const ht_case *c, ht_text *out);

/* Runs every case of every FILE.ext in tests/golden/SUBDIR, reporting
 * each as "golden/SUBDIR/FILE:CASE"; returns the number of cases.  A
 * case listed in the folder's known_failures.txt ("FILE.ext:CASE reason")
 * is reported as skipped while it fails, and fails once it passes, so
 * the list only shrinks. */
int ht_golden_run(const char *subdir, const char *ext, herald_ctx *ctx, ht_golden_fn fn);

/* The events of a coded text, one line each (format in
 * tests/golden/grammar/README.md); " @ PLACE" only when `places`. */
void ht_event_lines(herald_ctx *ctx, const ht_case *c, int places, ht_text *out);

#endif

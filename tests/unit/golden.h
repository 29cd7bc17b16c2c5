/* golden.h - data-driven tests: files of cases, each an input and the
 * lines expected from it (format in tests/golden/segment/README.md). */
#ifndef HT_GOLDEN_H
#define HT_GOLDEN_H

#include <stddef.h>
#include "herald.h"

typedef struct ht_text { char *data; size_t len, cap; } ht_text;

void ht_text_append(ht_text *t, const char *s, size_t n);

/* Produces the lines a case yields: `date` is the case's "@date" (or
 * NULL), `input` its paragraphs. */
typedef void (*ht_golden_fn)(herald_ctx *ctx, const char *date, const char *input,
                             size_t len, ht_text *out);

/* Runs every case of every FILE.ext in tests/golden/SUBDIR, reporting
 * each as "golden/SUBDIR/FILE:CASE"; returns the number of cases. */
int ht_golden_run(const char *subdir, const char *ext, herald_ctx *ctx, ht_golden_fn fn);

#endif

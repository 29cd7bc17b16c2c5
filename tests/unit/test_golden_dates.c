/* Golden date tests: the .dat files in tests/golden/dates hold news
 * sentences (with the article's "@date") and, one per line, each date
 * expression expected in them: "TEXT = VALUE PRECISION BASIS", or
 * "TEXT = VALUE..END PRECISION BASIS" for a range. */
#include "golden.h"
#include "harness.h"

#include <stdio.h>

static void dates(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    herald_article a = { .id = "case", .text = c->input, .text_len = c->len, .date = c->date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc && herald_doc_code(doc, NULL) == 0) {
        for (size_t i = 0; i < herald_doc_date_count(doc); i++) {
            const herald_date *d = herald_doc_date(doc, i);
            char line[512];
            int n = snprintf(line, sizeof line, "%.*s = %s%s%s %s %s\n",
                             (int)(d->end_byte - d->start), c->input + d->start, d->value,
                             d->end[0] ? ".." : "", d->end, herald_precision_name(d->precision),
                             herald_basis_name(d->basis));
            ht_text_append(out, line, (size_t)n);
        }
    }
    herald_doc_free(doc);
}

void test_golden_dates(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    int cases = ht_golden_run("dates", ".dat", ctx, dates);
    herald_ctx_free(ctx);
    if (!cases) ht_skip("no golden date files yet");
}

/* Golden place tests: the .dat files in tests/golden/places hold news
 * sentences and, one per line, each place mention expected in them with
 * its resolution: "TEXT = NAME, COUNTRY, PRECISION" (COUNTRY "-" for a
 * region across countries); the .ev files each coded event's place.  Cases are coded with the built-in
 * dictionaries, since actors (people, organisations, countries) are part
 * of the context places are resolved in. */
#include "golden.h"
#include "harness.h"

#include <stdio.h>

static void places(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    herald_article a = { .id = "case", .text = c->input, .text_len = c->len, .date = c->date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc && herald_doc_code(doc, NULL) == 0) {
        for (size_t i = 0; i < herald_doc_place_count(doc); i++) {
            const herald_place *p = herald_doc_place(doc, i);
            char line[512];
            int n = snprintf(line, sizeof line, "%.*s = %s, %s, %s\n", (int)(p->end - p->start),
                             c->input + p->start, p->loc.name,
                             p->loc.country[0] ? p->loc.country : "-",
                             herald_place_precision_name(p->loc.precision));
            ht_text_append(out, line, (size_t)n);
        }
    }
    herald_doc_free(doc);
}

/* The .ev files: each event's place, "SOURCE CODE TARGET @ NAME, COUNTRY"
 * or "... @ -". */
static void event_places(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    ht_event_lines(ctx, c, 1, out);
}

void test_golden_places(void)
{
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    int cases = ht_golden_run("places", ".dat", ctx, places);
    cases += ht_golden_run("places", ".ev", ctx, event_places);
    herald_ctx_free(ctx);
    if (!cases) ht_skip("no golden place files yet");
}

/* Golden actor tests: the .act files in tests/golden/actors hold news
 * paragraphs (with an optional "@date") and, one per line, each actor
 * mention expected from them with the built-in dictionaries, as
 * "TEXT = CODE" in text order. */
#include "golden.h"
#include "harness.h"

#include <stdio.h>

static void actors(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    herald_article a = { .id = "case", .text = c->input, .text_len = c->len, .date = c->date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc && herald_doc_code(doc, NULL) == 0) {
        for (size_t i = 0; i < herald_doc_actor_count(doc); i++) {
            const herald_actor *m = herald_doc_actor(doc, i);
            char line[512];
            int n = snprintf(line, sizeof line, "%.*s = %s\n", (int)(m->end - m->start),
                             c->input + m->start, m->code);
            ht_text_append(out, line, (size_t)n);
        }
    }
    herald_doc_free(doc);
}

void test_golden_actors(void)
{
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    int cases = ht_golden_run("actors", ".act", ctx, actors);
    herald_ctx_free(ctx);
    if (!cases) ht_skip("no golden actor files yet");
}

/* Golden grammar tests: the .ev files in tests/golden/grammar hold news
 * sentences, one file per rule of the event stage (negation, passives,
 * reported speech ...), and each event expected from them with the
 * built-in dictionaries (format in that folder's README.md). */
#include "golden.h"
#include "harness.h"

#include <stdio.h>

void ht_event_lines(herald_ctx *ctx, const ht_case *c, int places, ht_text *out)
{
    herald_article a = { .id = "case", .text = c->input, .text_len = c->len, .date = c->date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc && herald_doc_code(doc, NULL) == 0) {
        for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
            const herald_event *e = herald_doc_event(doc, i);
            char line[512];
            size_t n = (size_t)snprintf(line, sizeof line, "%s %s %s", e->source, e->code,
                                        e->target);
            if (places && e->location.name)
                n += (size_t)snprintf(line + n, sizeof line - n, " @ %s, %s", e->location.name,
                                      e->location.country[0] ? e->location.country : "-");
            else if (places)
                n += (size_t)snprintf(line + n, sizeof line - n, " @ -");
            if (e->reported_by)
                n += (size_t)snprintf(line + n, sizeof line - n, " reported_by %s",
                                      e->reported_by);
            snprintf(line + n, sizeof line - n, "%s%s\n", e->negated ? " negated" : "",
                     e->hypothetical ? " hypothetical" : "");
            ht_text_append(out, line, strlen(line));
        }
    }
    herald_doc_free(doc);
}

/* One context per combination of the options a case may ask for. */
static herald_ctx *contexts[4];

static void grammar(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    int keep = strstr(c->options, "keep-uncertain") != NULL;
    int partial = strstr(c->options, "allow-partial") != NULL;
    ht_event_lines(c->options[0] ? contexts[keep | partial << 1] : ctx, c, 0, out);
}

void test_golden_grammar(void)
{
    for (int i = 0; i < 4; i++) {
        herald_options o = { .keep_uncertain = i & 1, .allow_partial = i >> 1 };
        contexts[i] = herald_ctx_new(&o, NULL);
    }
    int cases = ht_golden_run("grammar", ".ev", contexts[0], grammar);
    for (int i = 0; i < 4; i++) herald_ctx_free(contexts[i]);
    CHECK(cases >= 150);   /* five or more for each of the thirteen rules; no shrinking unnoticed */
}

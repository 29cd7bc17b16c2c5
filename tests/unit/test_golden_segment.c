/* Golden segmentation tests: the .seg files in tests/golden/segment hold
 * news paragraphs and the segments expected from them. */
#include "golden.h"
#include "harness.h"

static void segment(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    herald_article a = { .id = "case", .text = c->input, .text_len = c->len, .date = c->date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    const char *r;
    size_t n;
    if (doc && herald_doc_code(doc, NULL) == 0 &&
        herald_doc_render(doc, HERALD_FORMAT_SENTENCES, &r, &n) == 0)
        ht_text_append(out, r, n);
    herald_doc_free(doc);
}

void test_golden_segment(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    int cases = ht_golden_run("segment", ".seg", ctx, segment);
    herald_ctx_free(ctx);
    CHECK(cases >= 150);   /* the suite itself must not shrink unnoticed */
}

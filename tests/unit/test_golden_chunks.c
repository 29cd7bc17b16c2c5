/* Golden chunk tests: the .chk files in tests/golden/chunks hold news
 * sentences and the chunks the clause stage cuts them into, as `herald
 * explain` prints them (herald_doc_chunk_text), one line per sentence. */
#include "golden.h"
#include "harness.h"

static void chunks(herald_ctx *ctx, const ht_case *c, ht_text *out)
{
    herald_article a = { .id = "case", .text = c->input, .text_len = c->len, .date = c->date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc && herald_doc_run(doc, HERALD_STAGE_CLAUSES, NULL) == 0) {
        for (size_t s = 0; s < herald_doc_sentence_count(doc); s++) {
            char line[4096];
            size_t n = herald_doc_chunk_text(doc, s, line, sizeof line);
            ht_text_append(out, line, n < sizeof line ? n : sizeof line - 1);
            ht_text_append(out, "\n", 1);
        }
    }
    herald_doc_free(doc);
}

void test_golden_chunks(void)
{
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    if (!ht_golden_run("chunks", ".chk", ctx, chunks)) ht_skip("no golden chunk files");
    herald_ctx_free(ctx);
}

/* The chunk API: heads and flags, the text cut to the buffer as snprintf
 * cuts, a sentence out of range, and no chunks without tags. */
void test_chunk_api(void)
{
    static const char text[] = "Two journalists have been arrested in Minsk.";
    herald_article a = { .id = "a", .text = text, .text_len = sizeof text - 1 };
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK_INT(herald_doc_run(doc, HERALD_STAGE_CLAUSES, NULL), 0);
    CHECK_INT((int)herald_doc_chunk_count(doc), 4);
    const herald_chunk *vg = herald_doc_chunk(doc, 1);
    CHECK_INT(vg->kind, HERALD_CHUNK_VG);
    CHECK_STR(herald_chunk_kind_name(vg->kind), "VG");
    CHECK_INT((int)vg->first_token, 2);
    CHECK_INT((int)vg->token_count, 3);
    CHECK_INT((int)vg->head, 4);               /* "arrested" */
    CHECK_INT((int)vg->flags, HERALD_VG_PASSIVE | HERALD_VG_PERFECT);
    CHECK(herald_doc_chunk(doc, 4) == NULL);
    char small[8];
    size_t n = herald_doc_chunk_text(doc, 0, small, sizeof small);
    CHECK_STR(small, "[NP Two");
    char whole[256];
    CHECK_INT((int)herald_doc_chunk_text(doc, 0, whole, sizeof whole), (int)n);
    CHECK_INT((int)herald_doc_chunk_text(doc, 7, whole, sizeof whole), 0);
    CHECK_STR(whole, "");
    herald_doc_free(doc);
    herald_options o = { .no_tags = 1 };
    herald_ctx *untagged = herald_ctx_new(&o, NULL);
    doc = herald_doc_new(untagged, &a, NULL);
    CHECK_INT(herald_doc_run(doc, HERALD_STAGE_EVENTS, NULL), 0);
    CHECK_INT((int)herald_doc_chunk_count(doc), 0);
    herald_doc_free(doc);
    herald_ctx_free(untagged);
    herald_ctx_free(ctx);
}

/* libFuzzer target: the segmenter on arbitrary text.  Bytes that are not
 * valid UTF-8 are first repaired, as the readers do, since documents only
 * ever receive valid UTF-8.  Checks the structural promises: segments and
 * tokens lie inside the text, in order, without overlap, each with a
 * part-of-speech tag; and that the tokens do not depend on where the
 * tokeniser's 64-byte blocks fall (the text after some spaces gives the
 * same tokens, moved). */
#include "herald.h"
#include "shared_context.h"
#include "../src/core/buf.h"
#include "../src/core/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Aborts unless the text after `shift` spaces tokenises as doc did. */
static void check_shifted(herald_ctx *ctx, const herald_doc *doc, const hr_buf *text,
                          size_t shift)
{
    hr_buf moved;
    hr_buf_init(&moved, NULL, 0);
    for (size_t k = 0; k < shift; k++) hr_buf_putc(&moved, ' ');
    hr_buf_append(&moved, text->data ? text->data : "", text->len);
    herald_article b = { .id = "moved", .text = moved.data, .text_len = moved.len };
    herald_doc *other = herald_doc_new(ctx, &b, NULL);
    if (other && herald_doc_run(other, HERALD_STAGE_SEGMENT, NULL) == 0) {
        if (herald_doc_token_count(other) != herald_doc_token_count(doc)) abort();
        for (size_t i = 0; i < herald_doc_token_count(doc); i++) {
            const herald_token *x = herald_doc_token(doc, i), *y = herald_doc_token(other, i);
            if (x->start + shift != y->start || x->end + shift != y->end || x->kind != y->kind ||
                x->norm_len != y->norm_len || memcmp(x->norm, y->norm, x->norm_len) != 0)
                abort();
        }
    }
    herald_doc_free(other);
    hr_buf_free(&moved);
}


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hr_buf text;
    hr_buf_init(&text, NULL, 0);
    size_t replaced;
    if (hr_utf8_repair((const char *)data, size, &text, &replaced)) return 0;
    herald_ctx *ctx = shared_context();
    herald_article a = { .id = "fuzz", .text = text.data ? text.data : "", .text_len = text.len };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc && herald_doc_code(doc, NULL) == 0) {
        uint32_t prev_end = 0;
        for (size_t i = 0; i < herald_doc_token_count(doc); i++) {
            const herald_token *t = herald_doc_token(doc, i);
            if (t->start < prev_end || t->end <= t->start || t->end > text.len) abort();
            if (!herald_tag_name(t->tag)[0]) abort();     /* every token is tagged */
            prev_end = t->end;
        }
        prev_end = 0;
        for (size_t i = 0; i < herald_doc_sentence_count(doc); i++) {
            const herald_sentence *s = herald_doc_sentence(doc, i);
            if (s->start < prev_end || s->end <= s->start || s->end > text.len ||
                s->token_count == 0)
                abort();
            prev_end = s->end;
        }
        const char *out;
        size_t len;
        herald_doc_render(doc, HERALD_FORMAT_SENTENCES, &out, &len);
        check_shifted(ctx, doc, &text, 1 + (size > 0 ? data[0] % 64 : 0));
    }
    herald_doc_free(doc);
    hr_buf_free(&text);
    return 0;
}

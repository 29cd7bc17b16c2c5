/* libFuzzer target: the segmenter on arbitrary text.  Bytes that are not
 * valid UTF-8 are first repaired, as the readers do, since documents only
 * ever receive valid UTF-8.  Checks the structural promises: segments and
 * tokens lie inside the text, in order, without overlap, each with a
 * part-of-speech tag. */
#include "herald.h"
#include "shared_context.h"
#include "../src/core/buf.h"
#include "../src/core/utf8.h"

#include <stdint.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


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
    }
    herald_doc_free(doc);
    hr_buf_free(&text);
    return 0;
}

#include "doc.h"
#include "error.h"
#include "../actors/actors.h"
#include "../clauses/chunks.h"
#include "../events/events.h"
#include "../segment/normalize.h"
#include "../segment/segment.h"
#include "../tag/tagger.h"
#include "../when/dates.h"
#include "../where/places.h"

#include <stddef.h>
#include <string.h>

static const char *copy_opt(hr_arena *a, const char *s, int *failed)
{
    if (!s) return NULL;
    const char *p = hr_arena_strndup(a, s, strlen(s));
    if (!p) *failed = 1;
    return p;
}

/* The article's text, its lower-cased form (the segment stage's
 * doc->lower) and the masks of its blocks (doc->blocks), made in one
 * pass: the copy is the first read of the bytes, and lower-casing and
 * classifying them after it read them all again. */
static int copy_text(herald_doc *doc, const char *s, size_t n)
{
    char *text = hr_arena_alloc(&doc->arena, n + 1);
    char *lower = hr_arena_alloc(&doc->arena, n + 1);
    hr_block *blocks = hr_arena_alloc(&doc->arena, hr_block_count(n) * sizeof *blocks);
    if (!text || !lower || !blocks) return 1;
    hr_lowercase_blocks(s ? s : "", n, text, lower, blocks);
    text[n] = lower[n] = '\0';
    doc->article.text = text;
    doc->article.text_len = n;
    doc->lower = lower;
    doc->blocks = blocks;
    return 0;
}

/* The document and its arena's first chunk are one allocation (one
 * malloc and one free an article, not two): the chunk first, where malloc
 * puts it alone, and the document behind it at malloc's alignment (timed
 * a little faster than the other order).  A typical article and its
 * tokens fit in the first chunk or two. */
enum { FIRST_CHUNK = 32768 };
#define CHUNK_BYTES ((hr_arena_lent_bytes(FIRST_CHUNK) + _Alignof(max_align_t) - 1) & \
                     ~(_Alignof(max_align_t) - 1))

herald_doc *herald_doc_new(const herald_ctx *ctx, const herald_article *a,
                           herald_error *err)
{
    if (!ctx || !a || (!a->text && a->text_len)) {
        hr_error_set(err, HERALD_EINVAL, "", 0, 0, "NULL context or article");
        return NULL;
    }
    const char *file = a->file ? a->file : "";
    if (a->text_len > ctx->max_article_bytes) {
        hr_error_set(err, HERALD_ETOOBIG, file, a->line, 0,
                     "article text of %zu bytes exceeds the limit of %zu",
                     a->text_len, ctx->max_article_bytes);
        return NULL;
    }
    char *mem = ctx->alc.malloc(ctx->alc.ctx, CHUNK_BYTES + sizeof(herald_doc));
    if (!mem) { hr_error_set(err, HERALD_ENOMEM, file, a->line, 0, "out of memory"); return NULL; }
    herald_doc *doc = (herald_doc *)(mem + CHUNK_BYTES);
    memset(doc, 0, sizeof *doc);
    doc->ctx = ctx;
    hr_arena_init_lent(&doc->arena, &ctx->alc, mem, FIRST_CHUNK);
    hr_buf_init(&doc->out, &ctx->alc, 0);

    int failed = 0;
    herald_article *c = &doc->article;
    failed |= copy_text(doc, a->text, a->text_len);
    c->id = copy_opt(&doc->arena, a->id ? a->id : "", &failed);
    c->date = copy_opt(&doc->arena, a->date, &failed);
    c->title = copy_opt(&doc->arena, a->title, &failed);
    c->source = copy_opt(&doc->arena, a->source, &failed);
    c->url = copy_opt(&doc->arena, a->url, &failed);
    c->file = copy_opt(&doc->arena, a->file, &failed);
    c->line = a->line;
    if (failed) {
        hr_error_set(err, HERALD_ENOMEM, file, a->line, 0, "out of memory");
        herald_doc_free(doc);
        return NULL;
    }
    return doc;
}

void herald_doc_free(herald_doc *doc)
{
    if (!doc) return;
    hr_buf_free(&doc->out);
    hr_arena_free(&doc->arena);
    doc->ctx->alc.free(doc->ctx->alc.ctx, (char *)doc - CHUNK_BYTES);
}

static int run_stage(herald_doc *doc, herald_stage stage)
{
    switch (stage) {
    case HERALD_STAGE_SEGMENT: return hr_segment(doc);
    case HERALD_STAGE_TAG: return doc->ctx->no_tags ? 0 : hr_tag(doc);
    case HERALD_STAGE_ACTORS: return hr_find_actors(doc);
    case HERALD_STAGE_CLAUSES: return hr_find_chunks(doc);
    case HERALD_STAGE_EVENTS: {
        /* Places before events: a role without a country may take the
         * country of the places its sentence names. */
        int rc = hr_find_dates(doc);
        if (!rc && !doc->ctx->no_places) rc = hr_find_places(doc);
        if (!rc) rc = hr_find_events(doc);
        if (!rc) rc = hr_date_events(doc);
        if (!rc && !doc->ctx->no_places) rc = hr_place_events(doc);
        return rc;
    }
    }
    return HERALD_EINVAL;
}

int herald_doc_run(herald_doc *doc, herald_stage last, herald_error *err)
{
    if (!doc) return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "NULL document");
    if (last < HERALD_STAGE_SEGMENT || last > HERALD_STAGE_EVENTS)
        return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "unknown stage %d", (int)last);
    if (doc->failed)
        return hr_error_set(err, doc->failed, "", 0, 0, "article %s failed earlier: %s",
                            doc->article.id, herald_strerror(doc->failed));
    for (int stage = doc->stage_done + 1; stage <= (int)last; stage++) {
        int rc = run_stage(doc, (herald_stage)stage);
        if (rc) {
            doc->failed = rc;
            return hr_error_set(err, rc, doc->article.file ? doc->article.file : "",
                                doc->article.line, 0, "coding article %s: %s",
                                doc->article.id, herald_strerror(rc));
        }
        doc->stage_done = stage;
    }
    return HERALD_OK;
}

int herald_doc_code(herald_doc *doc, herald_error *err)
{
    return herald_doc_run(doc, HERALD_STAGE_EVENTS, err);
}

const herald_article *herald_doc_article(const herald_doc *doc)
{
    return doc ? &doc->article : NULL;
}

size_t herald_doc_sentence_count(const herald_doc *doc)
{
    return doc ? doc->sentence_count : 0;
}

const herald_sentence *herald_doc_sentence(const herald_doc *doc, size_t i)
{
    return doc && i < doc->sentence_count ? &doc->sentences[i] : NULL;
}

size_t herald_doc_token_count(const herald_doc *doc)
{
    return doc ? doc->token_count : 0;
}

const herald_token *herald_doc_token(const herald_doc *doc, size_t i)
{
    return doc && i < doc->token_count ? &doc->tokens[i] : NULL;
}

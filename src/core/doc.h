/* doc.h - the insides of herald_ctx and herald_doc, shared by the stages. */
#ifndef HR_DOC_H
#define HR_DOC_H

#include "herald.h"
#include "arena.h"
#include "buf.h"

struct herald_ctx {
    herald_allocator alc;
    size_t max_article_bytes;
};

struct herald_doc {
    const herald_ctx *ctx;
    hr_arena arena;
    herald_article article;     /* strings copied into the arena */
    const char *lower;          /* the text with ASCII lower-cased (segment stage) */
    herald_token *tokens;
    size_t token_count, token_cap;
    herald_sentence *sentences;
    size_t sentence_count, sentence_cap;
    int coded;
    hr_buf out;                 /* the last rendering */
};

#endif

/* doc.h - the insides of herald_ctx and herald_doc, shared by the stages. */
#ifndef HR_DOC_H
#define HR_DOC_H

#include "herald.h"
#include "arena.h"
#include "buf.h"
#include "../dict/dicts.h"
#include "../events/cameo.h"

struct herald_ctx {
    herald_allocator alc;
    size_t max_article_bytes;
    herald_diag_fn diag;        /* warnings while loading dictionaries */
    void *diag_user;
    hr_dicts dicts;
    hr_cameo_table cameo;
    int keep_uncertain, allow_partial, since_days;
    int no_tags;                /* the segment stage leaves tokens untagged */
    int no_places;
};

struct herald_doc {
    const herald_ctx *ctx;
    hr_arena arena;
    herald_article article;     /* strings copied into the arena */
    const char *lower;          /* the text with ASCII lower-cased (made with its copy) */
    const struct hr_block *blocks;   /* the masks of its 64-byte blocks (made with it too) */
    herald_token *tokens;
    size_t token_count, token_cap;
    uint32_t *stops;            /* tokens of the last hr_tokenize() that may end a sentence */
    size_t stop_count, stop_cap;
    herald_sentence *sentences;
    size_t sentence_count, sentence_cap;
    herald_actor *actors;
    size_t actor_count, actor_cap;
    herald_chunk *chunks;
    size_t chunk_count;
    herald_event *events;
    size_t event_count, event_cap;
    herald_dropped *dropped;
    size_t dropped_count, dropped_cap;
    herald_date *dates;
    size_t date_count, date_cap;
    herald_place *places;
    size_t place_count, place_cap;
    /* Each token's word as numbered by the tagger's cache of readings
     * (lexical.h), the same number for every token of a word: HR_NONE
     * for a token it read no word of (punctuation, a number, a word past
     * the cache's room); NULL when the tagger did not run.  Lets a later
     * stage look a word up once per document. */
    uint32_t *word_of;
    size_t word_count;
    uint32_t *word_ids;         /* each token's id in the dictionaries' word table */
    int32_t date;               /* the article date as yyyymmdd, 0 when unknown */
    int stage_done;             /* the last herald_stage run, 0 for none */
    int failed;                 /* a stage's error code: the document is unusable */
    hr_buf out;                 /* the last rendering */
};

#endif

/* lexical.h - the tags a token can have, with their probabilities: the
 * tagger's lexical model (src/tag/lexical.c). */
#ifndef HR_LEXICAL_H
#define HR_LEXICAL_H

#include <stddef.h>
#include <stdint.h>
#include "../core/doc.h"

#define HR_MAX_CANDS 6

typedef struct hr_cand {
    unsigned char tag;      /* enum hr_tag */
    float logp;             /* log P(tag | word) */
} hr_cand;

#include "grammar.h"     /* enum hr_aux: how a token helps a verb after it */

/* Each word's readings, computed once per document: a Zipfian text
 * repeats its words, and reading one costs several lexicon probes (its
 * stems by each suffix rule).  Lives in the document's arena. */
#define HR_LEX_CACHE_MAX 4096   /* distinct words kept; later ones are read each time */
struct hr_word_reading;
typedef struct hr_lex_cache {
    uint32_t *slots;            /* 0 empty, else 1 + index into words */
    size_t mask;
    struct hr_word_reading *words;
    size_t count, cap;
    uint32_t *word_of;          /* each token's index into words, or HR_NONE (doc.h) */
} hr_lex_cache;

/* Sizes the cache for a document of `tokens` tokens.  Returns 0 or
 * HERALD_ENOMEM. */
int hr_lex_cache_init(hr_lex_cache *c, hr_arena *arena, size_t tokens);

/* The candidate tags of token k (`opener`: the token starts its
 * sentence or follows a quote, colon or bracket, where capitals say
 * little).  Fills `out`, which has room for HR_MAX_CANDS, and returns
 * how many (at least one); *aux is the token's auxiliary class ("has"
 * HR_AUX_HAVE, "not" HR_AUX_GAP). */
int hr_lexical(const herald_doc *doc, hr_lex_cache *cache, size_t k, int opener, hr_cand *out,
               unsigned char *aux);

/* Whether the token's word may be a past participle: not a past tense
 * Herald's own lexicon gives no participle reading ("took", "went"). */
int hr_lex_may_be_participle(const herald_token *t);

#endif

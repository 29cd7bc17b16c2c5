/* lexical.h - the tags a token can have, with their probabilities: the
 * tagger's lexical model (src/tag/lexical.c). */
#ifndef HR_LEXICAL_H
#define HR_LEXICAL_H

#include <stddef.h>
#include "../core/doc.h"

#define HR_MAX_CANDS 6

typedef struct hr_cand {
    unsigned char tag;      /* enum hr_tag */
    float logp;             /* log P(tag | word) */
} hr_cand;

#include "grammar.h"     /* enum hr_aux: how a token helps a verb after it */

/* The candidate tags of token k (`opener`: the token starts its
 * sentence or follows a quote, colon or bracket, where capitals say
 * little).  Fills `out` and returns how many (at least one); *aux is
 * the token's auxiliary class ("has" HR_AUX_HAVE, "not" HR_AUX_GAP). */
int hr_lexical(const herald_doc *doc, size_t k, int opener, hr_cand *out, unsigned char *aux);

#endif

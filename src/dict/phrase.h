/* phrase.h - dictionary phrases to word ids, through the same tokeniser
 * and normalisation as article text, so that both sides always agree. */
#ifndef HR_PHRASE_H
#define HR_PHRASE_H

#include "lexicon.h"

typedef struct hr_phraser {
    herald_doc *doc;         /* a scratch document, reused for every phrase */
    const herald_allocator *alc;
    char *lower;
    size_t lower_cap;
    struct hr_block *blocks;
    size_t blocks_cap;       /* in bytes */
    uint32_t *ids;
    size_t ids_cap;
} hr_phraser;

int hr_phraser_init(hr_phraser *p, const herald_ctx *ctx);
void hr_phraser_free(hr_phraser *p);

/* Tokenises s[0..n) and interns its words into `lx`.  Underscores count
 * as spaces (PETRARCH writes UNITED_STATES).  Sets *ids (valid until the
 * next call) and *count; returns 0 or HERALD_ENOMEM. */
int hr_phrase_words(hr_phraser *p, hr_lexicon *lx, const char *s, size_t n,
                    const uint32_t **ids, size_t *count);

/* Of the phrase last read, a bit for each of its first 32 words that is
 * an acronym only capitals match: two or three letters, all capitals, or
 * more capitals that spell a common word ("CARE"). */
uint32_t hr_phrase_acronyms(const hr_phraser *p);
/* Whether the phrase last read starts with a capitalised common word
 * ("Congress", "Move Forward"), a name only with its capital. */
int hr_phrase_needs_capital(const hr_phraser *p);

#endif

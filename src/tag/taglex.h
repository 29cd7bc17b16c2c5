/* taglex.h - the tagger's lexicon, compiled at build time from WordNet
 * and data/tagger/closed.tags by tools/mktaglex.c into
 * build/gen/taglex.c.  Read-only: shared by every thread. */
#ifndef HR_TAGLEX_H
#define HR_TAGLEX_H

#include <stddef.h>
#include <string.h>
#include "grammar.h"

extern const char hr_taglex_words[];
extern const hr_lex_entry hr_taglex_entries[];
extern const unsigned hr_taglex_count;
extern const unsigned hr_taglex_mask;
extern const unsigned hr_taglex_table[];
/* transition() of grammar.h as a table: [previous token is an
 * auxiliary][previous tag][tag]; and context() as [auxiliary
 * before][tag], its rows repeated from HR_AUX_COUNT on with agent()
 * added, for a token "by" follows. */
extern const float hr_tag_trans[2][HR_TAG_COUNT][HR_TAG_COUNT];
extern const float hr_tag_context[2 * HR_AUX_COUNT][HR_TAG_COUNT];

/* The entry of the lower-case word s[0..n) whose hr_lex_hash() is
 * `hash`, or NULL: for a caller that has hashed the word already. */
static inline const hr_lex_entry *hr_taglex_find_hashed(const char *s, size_t n, unsigned hash)
{
    unsigned h = hash & hr_taglex_mask;
    unsigned high = hash >> HR_LEX_INDEX_BITS;
    for (unsigned slot; (slot = hr_taglex_table[h]) != 0; h = (h + 1) & hr_taglex_mask) {
        if (slot >> HR_LEX_INDEX_BITS != high) continue;
        const hr_lex_entry *e = &hr_taglex_entries[(slot & (HR_LEX_INDEX_LIMIT - 1)) - 1];
        const char *w = hr_taglex_words + e->word;
        if (w[0] == s[0] && strncmp(w, s, n) == 0 && w[n] == '\0') return e;
    }
    return NULL;
}

/* The entry of the lower-case word s[0..n), or NULL. */
static inline const hr_lex_entry *hr_taglex_find(const char *s, size_t n)
{
    return hr_taglex_find_hashed(s, n, hr_lex_hash(s, (unsigned)n));
}

#endif

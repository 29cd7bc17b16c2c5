/* chunks.h - the clause stage: each sentence cut into chunks (noun
 * phrases, verb groups with their tense, negation, modality and voice,
 * prepositions and clause openers), from the part-of-speech tags and the
 * actor mentions. */
#ifndef HR_CHUNKS_H
#define HR_CHUNKS_H

#include "../core/doc.h"

/* Fills doc->chunks for every sentence.  Returns 0 or HERALD_ENOMEM.
 * Without tags (no_tags) there are no chunks. */
int hr_find_chunks(herald_doc *doc);

/* Whether a verb group starting at token `first` of sentence `sentence`,
 * after chunks doc->chunks[0..c), follows "and" or "or" right after a
 * passive of its clause, and so may share its "be" ("were knifed and
 * shot", "were beaten by police and arrested"): the nearest verb group
 * before is passive, over the phrases that end its clause, with no comma
 * between and near enough to be of one clause.  Over phrases, a lone
 * participle is rather a modifier ("deploring Japan's continued trade
 * imbalance and appealed"): only a group with its own "be" lends it. */
int hr_follows_joined_passive(const herald_doc *doc, uint32_t sentence, size_t c, size_t first);

#endif

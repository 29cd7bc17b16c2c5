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

#endif

/* tagger.h - the part-of-speech stage: a Penn Treebank tag on every
 * token of the document's segments. */
#ifndef HR_TAGGER_H
#define HR_TAGGER_H

#include "../core/doc.h"
#include "grammar.h"

/* Tags every token of every segment (token->tag), after the segment
 * stage.  Scratch memory comes from the document's arena.  Returns 0 or
 * HERALD_ENOMEM. */
int hr_tag(herald_doc *doc);

/* Whether a tag is one of the noun tags (NN, NNS, NNP, NNPS). */
static inline int hr_tag_is_noun(int tag)
{
    return hr_is_noun_tag(tag);
}

/* Whether a tag is one of the verb tags (VB, VBD, VBG, VBN, VBP, VBZ). */
static inline int hr_tag_is_verb(int tag)
{
    return hr_is_verb_tag(tag);
}

#endif

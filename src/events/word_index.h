/* word_index.h - which tokens of a sentence each dictionary word matches.
 *
 * Verb patterns look for their words after and before the verb; a verb
 * such as "say" or "launch" has a hundred patterns or more, and each
 * would otherwise scan the sentence word by word.  The index is built
 * once per sentence: for every token, the ids of the words it matches
 * (the word itself; its prefixes of four letters or more, since pattern
 * words match as stems; and the word plus "s", since a plural in a
 * pattern matches the singular in the text), each with a bit mask of
 * the tokens.  A pattern word then costs one lookup.  A word the
 * dictionary marks exact ("press!") has a key of its own,
 * hr_elem_key(): it matches the token that is the word or the
 * word with a regular inflection (-s, -es, -ed, -ing), never as a stem
 * ("pressure"). */
#ifndef HR_WORD_INDEX_H
#define HR_WORD_INDEX_H

#include <stddef.h>
#include <stdint.h>
#include "../core/doc.h"
#include "../dict/lexicon.h"
#include "../dict/verbs.h"

typedef struct hr_word_index {
    size_t begin, words;        /* first token; uint64_t words per mask */
    uint32_t *keys;             /* open addressing: word id or HR_NONE */
    uint64_t *masks;            /* `words` per slot: bit k - begin for token k */
    size_t cap;
    uint32_t *filled;           /* the slots holding a word, in the order filled */
    size_t filled_count;
} hr_word_index;

/* Indexes the tokens [begin, end) of doc, in doc's arena, for the words
 * of verb dictionary v.  Returns 0 or HERALD_ENOMEM. */
int hr_word_index_build(hr_word_index *ix, herald_doc *doc, const hr_strings *st,
                        const hr_verbs *v, size_t begin, size_t end);

/* The slot of word `id`: its own, or the empty one where it would go. */
static inline size_t hr_word_index_slot(const hr_word_index *ix, uint32_t id)
{
    size_t mask = ix->cap - 1, i = (size_t)(id * 2654435761u) & mask;
    while (ix->keys[i] != HR_NONE && ix->keys[i] != id) i = (i + 1) & mask;
    return i;
}

/* The mask of the tokens word `id` matches, or NULL for none. */
static inline const uint64_t *hr_word_index_get(const hr_word_index *ix, uint32_t id)
{
    if (!ix->cap || id == HR_NONE) return NULL;
    size_t i = hr_word_index_slot(ix, id);
    return ix->keys[i] == id ? &ix->masks[i * ix->words] : NULL;
}

/* Whether bit k - begin is set in m. */
static inline int hr_word_index_has(const hr_word_index *ix, const uint64_t *m, size_t k)
{
    size_t b = k - ix->begin;
    return m && (m[b / 64] >> (b % 64) & 1);
}

#endif

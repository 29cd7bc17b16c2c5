/* word_index.c - which tokens of a sentence each dictionary word matches
 * (see word_index.h). */
#include "word_index.h"

#include <string.h>

static void add(hr_word_index *ix, uint32_t id, size_t k)
{
    size_t i = hr_word_index_slot(ix, id);
    ix->keys[i] = id;
    size_t b = k - ix->begin;
    ix->masks[i * ix->words + b / 64] |= (uint64_t)1 << (b % 64);
}

/* The ids token k may match: its own word, its stems and its plural. */
static size_t ids_at_most(const herald_token *t)
{
    return 2 + (t->norm_len > 4 ? t->norm_len - 4 : 0);
}

static void add_token(hr_word_index *ix, const herald_doc *doc, const hr_strings *st, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    uint32_t id = doc->word_ids[k];
    if (id != HR_NONE) add(ix, id, k);
    /* stems: prefixes of four letters or more, shorter than the word */
    for (size_t n = 4; n < t->norm_len; n++)
        if ((id = hr_strings_word(st, t->norm, n)) != HR_NONE) add(ix, id, k);
    /* a plural pattern word matches the singular ("exercises") */
    if (t->norm_len >= 4 && t->norm_len < 64) {
        char plural[64];
        memcpy(plural, t->norm, t->norm_len);
        plural[t->norm_len] = 's';
        if ((id = hr_strings_word(st, plural, t->norm_len + 1)) != HR_NONE) add(ix, id, k);
    }
}

int hr_word_index_build(hr_word_index *ix, herald_doc *doc, const hr_strings *st, size_t begin,
                        size_t end)
{
    ix->begin = begin;
    ix->words = (end - begin + 63) / 64;
    ix->cap = 0;
    if (begin >= end) return 0;
    size_t ids = 0, cap = 8;
    for (size_t k = begin; k < end; k++) ids += ids_at_most(&doc->tokens[k]);
    while (cap < 2 * ids) cap *= 2;
    ix->cap = cap;
    ix->keys = hr_arena_alloc(&doc->arena, cap * sizeof *ix->keys);
    ix->masks = hr_arena_alloc(&doc->arena, cap * ix->words * sizeof *ix->masks);
    if (!ix->keys || !ix->masks) return HERALD_ENOMEM;
    memset(ix->keys, 0xff, cap * sizeof *ix->keys);
    memset(ix->masks, 0, cap * ix->words * sizeof *ix->masks);
    for (size_t k = begin; k < end; k++) add_token(ix, doc, st, k);
    return 0;
}

/* word_index.c - which tokens of a sentence each dictionary word matches
 * (see word_index.h). */
#include "word_index.h"

#include <string.h>

/* The words the tokens match, collected before the table is sized. */
typedef struct found {
    uint32_t *ids;
    uint32_t *tokens;       /* k - begin of each */
    size_t n;
} found;

static void add(found *f, uint32_t id, uint32_t b)
{
    f->ids[f->n] = id;
    f->tokens[f->n++] = b;
}

/* Adds the exact key of word `id` when the dictionary has the word
 * exact. */
static void add_exact(found *f, const hr_verbs *v, uint32_t id, uint32_t b)
{
    if (id != HR_NONE && hr_verbs_is_exact(v, id)) add(f, id | HR_WORD_EXACT, b);
}

static int ends_with(const herald_token *t, const char *suffix)
{
    size_t n = strlen(suffix);
    return t->norm_len > n && memcmp(t->norm + t->norm_len - n, suffix, n) == 0;
}

/* Whether the rest of a word after its first n bytes is a regular
 * inflection of those n: -s, -es, -ed, -ing, -d after an e ("seized"),
 * or -ed, -ing after a doubled consonant ("admitted"). */
static int inflection(const herald_token *t, size_t n)
{
    const char *rest = t->norm + n, *stem = t->norm;
    size_t len = t->norm_len - n;
    if (len && rest[0] == stem[n - 1] && !strchr("aeiou", rest[0])) { rest++; len--; }
    static const struct { const char *text; size_t len; } endings[] = {
        { "s", 1 }, { "es", 2 }, { "ed", 2 }, { "ing", 3 },
    };
    for (size_t i = 0; i < sizeof endings / sizeof *endings; i++)
        if (len == endings[i].len && memcmp(rest, endings[i].text, len) == 0)
            return rest == t->norm + n || len > 1;
    return len == 1 && rest[0] == 'd' && stem[n - 1] == 'e';
}

/* The ids token k may match: its own word, its stems and its plural,
 * and the exact keys of its word, its plural, its "-ing" without the e
 * and of its inflected stems (three at most, for an -s, -ed or -ing
 * ending).  A bound whatever the ending: reading every token's ending
 * to narrow it cost more than the memory it saved. */
static size_t ids_at_most(const herald_token *t, const hr_verbs *v)
{
    size_t ids = 2 + (t->norm_len > 4 ? t->norm_len - 4 : 0);
    return v->exact_words_cap ? ids + 6 : ids;
}

static void add_token(found *f, const herald_doc *doc, const hr_strings *st,
                      const hr_verbs *v, size_t k, uint32_t b)
{
    const herald_token *t = &doc->tokens[k];
    uint32_t id = doc->word_ids[k];
    if (id != HR_NONE) add(f, id, b);
    add_exact(f, v, id, b);
    /* a word under four letters has no stem and no plural to look up:
     * most tokens ("the", "of", ",") end here, unhashed */
    if (t->norm_len < 4) return;
    /* stems: prefixes of four letters or more, shorter than the word,
     * hashed as the word is read; only those an element may hold are
     * looked up */
    uint64_t hash = HR_HASH_START;
    for (size_t n = 0; n < t->norm_len; n++) {
        if (n >= 4 && hr_verbs_may_hold(v, hash) &&
            (id = hr_strings_word_hashed(st, t->norm, n, hash)) != HR_NONE) {
            add(f, id, b);
            if (inflection(t, n)) add_exact(f, v, id, b);
        }
        hash = hr_hash_step(hash, (unsigned char)t->norm[n]);
    }
    if (t->norm_len >= 64) return;
    /* the word is copied only for a lookup the filter lets through */
    char word[64];
    /* a plural pattern word matches the singular ("exercises") */
    uint64_t plural = hr_hash_step(hash, 's');
    if (hr_verbs_may_hold(v, plural)) {
        memcpy(word, t->norm, t->norm_len);
        word[t->norm_len] = 's';
        id = hr_strings_word_hashed(st, word, t->norm_len + 1, plural);
        if (id != HR_NONE) {
            add(f, id, b);
            add_exact(f, v, id, b);
        }
    }
    /* "seizing": the exact "seize!" without its e */
    if (v->exact_words_cap && t->norm_len >= 7 && ends_with(t, "ing")) {
        memcpy(word, t->norm, t->norm_len - 3);
        word[t->norm_len - 3] = 'e';
        add_exact(f, v, hr_strings_word(st, word, t->norm_len - 2), b);
    }
}

int hr_word_index_build(hr_word_index *ix, herald_doc *doc, const hr_strings *st,
                        const hr_verbs *v, size_t begin, size_t end)
{
    ix->begin = begin;
    ix->words = (end - begin + 63) / 64;
    ix->cap = ix->filled_count = 0;
    if (begin >= end) return 0;
    size_t most = 0, cap = 8;
    for (size_t k = begin; k < end; k++) most += ids_at_most(&doc->tokens[k], v);
    found f = { hr_arena_alloc(&doc->arena, most * sizeof *f.ids),
                hr_arena_alloc(&doc->arena, most * sizeof *f.tokens), 0 };
    if (!f.ids || !f.tokens) return HERALD_ENOMEM;
    for (size_t k = begin; k < end; k++) add_token(&f, doc, st, v, k, (uint32_t)(k - begin));
    /* sized by the words found, not by the bound: the table is cleared
     * for every sentence */
    while (cap < 4 * f.n) cap *= 2;
    ix->cap = cap;
    ix->keys = hr_arena_alloc(&doc->arena, cap * sizeof *ix->keys);
    ix->masks = hr_arena_alloc(&doc->arena, cap * ix->words * sizeof *ix->masks);
    ix->filled = hr_arena_alloc(&doc->arena, f.n * sizeof *ix->filled);
    if (!ix->keys || !ix->masks || !ix->filled) return HERALD_ENOMEM;
    memset(ix->keys, 0xff, cap * sizeof *ix->keys);
    memset(ix->masks, 0, cap * ix->words * sizeof *ix->masks);
    for (size_t i = 0; i < f.n; i++) {
        size_t slot = hr_word_index_slot(ix, f.ids[i]);
        if (ix->keys[slot] == HR_NONE) ix->filled[ix->filled_count++] = (uint32_t)slot;
        ix->keys[slot] = f.ids[i];
        ix->masks[slot * ix->words + f.tokens[i] / 64] |= (uint64_t)1 << (f.tokens[i] % 64);
    }
    return 0;
}

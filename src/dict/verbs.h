/* verbs.h - verb dictionaries as the event stage reads them: verb blocks
 * (a default code and the verb forms that open the block), their
 * patterns (sequences of elements around the verb, with a code), synonym
 * sets, and PETRARCH-2's transformations.  The verb forms themselves are
 * phrases of the verbs lexicon whose entries point at their block. */
#ifndef HR_VERBS_H
#define HR_VERBS_H

#include <stddef.h>
#include <stdint.h>
#include "herald.h"
#include "lexicon.h"

enum hr_elem_type {
    HR_EL_WORD,      /* a word id */
    HR_EL_SYNSET,    /* &NAME: any member of synonym set `value` */
    HR_EL_VERB,      /* * the verb */
    HR_EL_SOURCE,    /* $ the source actor */
    HR_EL_TARGET,    /* + the target actor */
    HR_EL_COMPOUND,  /* % a compound actor */
    HR_EL_SKIP,      /* ^ skip a noun phrase */
    HR_EL_NP_OPEN,   /* { noun phrase, head last } */
    HR_EL_NP_CLOSE,
    HR_EL_PP_OPEN,   /* ( prepositional phrase ) */
    HR_EL_PP_CLOSE
};

typedef struct hr_elem {
    uint32_t type;
    uint32_t value;         /* word id or synset index */
    uint32_t len;           /* a word's length in bytes (matching compares stems) */
    uint32_t joined;        /* 1: tied by '_' to the element before, no word between */
    uint32_t exact;         /* 1: a word that matches itself and its regular inflections
                               only, not as a stem (Herald's "press!") */
} hr_elem;

typedef struct hr_pattern {
    uint32_t block;
    uint32_t first_elem, elem_count;
    uint32_t code, code2;   /* pool offsets; a [c1:c2] pair codes two events, the second
                             * reversed; an empty side (or no pair) is HR_NONE */
    uint32_t file, line;
    uint32_t verb;          /* the verb's element, counted from first_elem */
    uint32_t anchor;        /* the first word or set after the verb (from first_elem),
                             * which every match needs between the verb and the end
                             * of its scope; elem_count for none */
    uint32_t anchor_run;    /* how many patterns from this one on, in its block, share
                             * its anchor (hr_verbs_index): a match turned away by
                             * the anchor skips them all */
    uint32_t threat;        /* pool offset of the threat the act makes when it is
                             * threatened instead of done ("163/131": a cut of
                             * supplies threatened is 131, not the 1312 of
                             * sanctions), or HR_NONE: the code's (hr_threat_of) */
} hr_pattern;

typedef struct hr_verb_block {
    uint32_t name, code;    /* pool offsets; "---" codes nothing alone */
    uint32_t code2;         /* the reversed second code of [042:043], or HR_NONE */
    uint32_t nominal;       /* 1: nouns that name an event ("talks", "shelling") */
    uint32_t first_pattern, pattern_count;
    uint32_t file, line;
    /* The threat (13x) that an act coding nothing alone makes when
     * promised on a condition of force by another side ("intervene =>
     * ---/138": "would intervene if China invaded Taiwan"), or HR_NONE. */
    uint32_t threat;
} hr_verb_block;

typedef struct hr_synset {
    uint32_t name;          /* pool offset, "&NAME" */
    uint32_t first_member, member_count;   /* members: ranges of elems */
    /* The keys (hr_elem_key) of the words a member may start with,
     * nested sets unfolded, each once: start_keys[first_start,
     * first_start + start_count).  any_start: some member starts with
     * another kind of element, so a match may start anywhere. */
    uint32_t first_start, start_count, any_start;
} hr_synset;

/* A start key and the synonym sets it starts: starters[first, first +
 * count) (hr_verbs_starter). */
typedef struct hr_starter { uint32_t key, first, count; } hr_starter;

/* A synset member: its elems (words, or one nested synset). */
typedef struct hr_member { uint32_t first_elem, elem_count; } hr_member;

typedef struct hr_transformation {
    uint32_t text;          /* the rule as written, pool offset */
    uint32_t file, line;
} hr_transformation;

typedef struct hr_verbs {
    const herald_allocator *alc;
    hr_verb_block *blocks;   size_t block_count, block_cap;
    hr_pattern *patterns;    size_t pattern_count, pattern_cap;
    hr_elem *elems;          size_t elem_count, elem_cap;
    hr_synset *synsets;      size_t synset_count, synset_cap;
    hr_member *members;      size_t member_count, member_cap;
    hr_transformation *transformations; size_t transformation_count, transformation_cap;
    uint32_t *start_keys;    size_t start_key_count, start_key_cap;
    /* The other way round: the sets each start key starts (sets that
     * may start anywhere left out), so that a sentence fills its sets'
     * start tokens from its own words.  Open addressing by key, key
     * HR_NONE for an empty slot. */
    hr_starter *starter_slots; size_t starter_cap;
    uint32_t *starters;
    uint64_t *word_filter;   /* HR_WORD_FILTER_BITS bits: hr_verbs_may_hold */
    uint64_t *exact_words;   size_t exact_words_cap;    /* a bit per word id (cap in
                                                          uint64_t): the words some element
                                                          matches exactly */
} hr_verbs;

void hr_verbs_init(hr_verbs *v, const herald_allocator *alc);
void hr_verbs_free(hr_verbs *v);

/* Marks word `id` as one an element matches exactly.  Returns 0 or -1
 * (no memory). */
int hr_verbs_mark_exact(hr_verbs *v, uint32_t id);

/* Whether some element matches word `id` exactly. */
static inline int hr_verbs_is_exact(const hr_verbs *v, uint32_t id)
{
    return (size_t)id / 64 < v->exact_words_cap && (v->exact_words[id / 64] >> (id % 64) & 1);
}

/* The key bit of an exact word (word ids stay far below it). */
#define HR_WORD_EXACT ((uint32_t)1 << 31)

/* The key of a word element: its word id, or for a word the dictionary
 * marks exact ("press!") the id with HR_WORD_EXACT, since it matches
 * other tokens than the stem does. */
static inline uint32_t hr_elem_key(const hr_elem *e)
{
    return e->exact && e->value != HR_NONE ? e->value | HR_WORD_EXACT : e->value;
}

/* Works out every synonym set's start keys (hr_synset) and the filter
 * of the words elements hold, once all are known.  Returns 0 or -1 (no
 * memory). */
int hr_verbs_index(hr_verbs *v, const hr_strings *st);

/* The sets start key `key` starts, or NULL for none. */
static inline const hr_starter *hr_verbs_starter(const hr_verbs *v, uint32_t key)
{
    if (!v->starter_cap) return NULL;
    size_t mask = v->starter_cap - 1, i = (size_t)(key * 2654435761u) & mask;
    for (; v->starter_slots[i].key != HR_NONE; i = (i + 1) & mask)
        if (v->starter_slots[i].key == key) return &v->starter_slots[i];
    return NULL;
}

/* Whether some element may hold the word whose hash (hr_word_hash) is
 * `hash`.  A filter of hashes: 0 is sure, 1 may be wrong, so the word is
 * then looked up.  The sentence's word index asks it before looking up
 * each stem of a word, most of which no pattern holds. */
#define HR_WORD_FILTER_BITS ((size_t)1 << 18)
static inline int hr_verbs_may_hold(const hr_verbs *v, uint64_t hash)
{
    size_t bit = (size_t)(hash >> 46);      /* the high bits: the low ones pick table slots */
    return !v->word_filter || (v->word_filter[bit / 64] >> (bit % 64) & 1);
}

/* Appends one item to an array of the set; returns its index or -1. */
long hr_verbs_push(hr_verbs *v, void **items, size_t *count, size_t *cap, size_t size);

#endif

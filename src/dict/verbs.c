#include "verbs.h"
#include "../core/arena.h"

#include <stdlib.h>
#include <string.h>

void hr_verbs_init(hr_verbs *v, const herald_allocator *alc)
{
    memset(v, 0, sizeof *v);
    v->alc = alc ? alc : hr_default_allocator();
}

void hr_verbs_free(hr_verbs *v)
{
    void *arrays[] = { v->blocks, v->patterns, v->elems, v->synsets, v->members,
                       v->transformations, v->start_keys, v->starter_slots, v->starters,
                       v->word_filter, v->exact_words };
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++)
        if (arrays[i]) v->alc->free(v->alc->ctx, arrays[i]);
    memset(v, 0, sizeof *v);
}

int hr_verbs_mark_exact(hr_verbs *v, uint32_t id)
{
    size_t word = (size_t)id / 64;
    if (word >= v->exact_words_cap) {
        size_t ncap = v->exact_words_cap ? v->exact_words_cap : 16;
        while (ncap <= word) ncap *= 2;
        uint64_t *p = v->alc->realloc(v->alc->ctx, v->exact_words,
                                      v->exact_words_cap * sizeof *p, ncap * sizeof *p);
        if (!p) return -1;
        memset(p + v->exact_words_cap, 0, (ncap - v->exact_words_cap) * sizeof *p);
        v->exact_words = p;
        v->exact_words_cap = ncap;
    }
    v->exact_words[word] |= (uint64_t)1 << (id % 64);
    return 0;
}

long hr_verbs_push(hr_verbs *v, void **items, size_t *count, size_t *cap, size_t size)
{
    if (*count == *cap) {
        size_t ncap = *cap ? *cap * 2 : 64;
        void *p = v->alc->realloc(v->alc->ctx, *items, *cap * size, ncap * size);
        if (!p) return -1;
        *items = p;
        *cap = ncap;
    }
    memset((char *)*items + *count * size, 0, size);
    return (long)(*count)++;
}

/* Adds to v->start_keys the keys set `set`'s members may start with;
 * sets *any when a member may start anywhere (another kind of element,
 * or sets nested deeper than patterns look). */
static int collect_starts(hr_verbs *v, uint32_t set, int depth, uint32_t *any)
{
    const hr_synset *ss = &v->synsets[set];
    for (uint32_t i = 0; i < ss->member_count; i++) {
        const hr_member *mem = &v->members[ss->first_member + i];
        if (!mem->elem_count) continue;
        const hr_elem *first = &v->elems[mem->first_elem];
        if (first->type == HR_EL_WORD) {
            if (first->value == HR_NONE) continue;      /* a word no text has */
            long k = hr_verbs_push(v, (void **)&v->start_keys, &v->start_key_count,
                                   &v->start_key_cap, sizeof *v->start_keys);
            if (k < 0) return -1;
            v->start_keys[k] = hr_elem_key(first);
        } else if (first->type == HR_EL_SYNSET && first->value < v->synset_count && depth < 4) {
            if (collect_starts(v, first->value, depth + 1, any) < 0) return -1;
        } else {
            *any = 1;
        }
    }
    return 0;
}

static int by_key(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return (x > y) - (x < y);
}

/* Sets the filter bit of every word an element holds. */
static int filter_words(hr_verbs *v, const hr_strings *st)
{
    size_t bytes = HR_WORD_FILTER_BITS / 8;
    if (!v->word_filter && !(v->word_filter = v->alc->malloc(v->alc->ctx, bytes))) return -1;
    memset(v->word_filter, 0, bytes);
    for (size_t e = 0; e < v->elem_count; e++) {
        if (v->elems[e].type != HR_EL_WORD || v->elems[e].value == HR_NONE) continue;
        const char *w = st->pool + v->elems[e].value;
        size_t bit = (size_t)(hr_word_hash(w, strlen(w)) >> 46);
        v->word_filter[bit / 64] |= (uint64_t)1 << (bit % 64);
    }
    return 0;
}

static int by_pair(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The (key, set) pairs of the sets that start only with their keys,
 * sorted by key; *n of them.  NULL when out of memory. */
static uint64_t *start_pairs(const hr_verbs *v, size_t *n)
{
    *n = 0;
    for (size_t s = 0; s < v->synset_count; s++)
        if (!v->synsets[s].any_start) *n += v->synsets[s].start_count;
    uint64_t *pairs = v->alc->malloc(v->alc->ctx, (*n ? *n : 1) * sizeof *pairs);
    if (!pairs) return NULL;
    size_t i = 0;
    for (size_t s = 0; s < v->synset_count; s++) {
        const hr_synset *ss = &v->synsets[s];
        for (uint32_t k = 0; k < ss->start_count && !ss->any_start; k++)
            pairs[i++] = (uint64_t)v->start_keys[ss->first_start + k] << 32 | s;
    }
    qsort(pairs, *n, sizeof *pairs, by_pair);
    return pairs;
}

/* Builds the table from each start key to the sets it starts
 * (hr_verbs_starter), anew on every load. */
static int index_starters(hr_verbs *v)
{
    size_t n, keys = 0, cap = 8;
    uint64_t *pairs = start_pairs(v, &n);
    if (!pairs) return -1;
    for (size_t i = 0; i < n; i++) keys += !i || pairs[i] >> 32 != pairs[i - 1] >> 32;
    /* sparse: most words a sentence holds start no set, and a miss
     * ends at the first empty slot */
    while (cap < 4 * keys) cap *= 2;
    if (v->starter_slots) v->alc->free(v->alc->ctx, v->starter_slots);
    if (v->starters) v->alc->free(v->alc->ctx, v->starters);
    v->starter_slots = v->alc->malloc(v->alc->ctx, cap * sizeof *v->starter_slots);
    v->starters = v->alc->malloc(v->alc->ctx, (n ? n : 1) * sizeof *v->starters);
    v->starter_cap = v->starter_slots && v->starters ? cap : 0;
    if (!v->starter_cap) {
        v->alc->free(v->alc->ctx, pairs);
        return -1;
    }
    for (size_t i = 0; i < cap; i++) v->starter_slots[i] = (hr_starter){ HR_NONE, 0, 0 };
    hr_starter *slot = NULL;
    for (size_t i = 0; i < n; i++) {
        uint32_t key = (uint32_t)(pairs[i] >> 32);
        v->starters[i] = (uint32_t)pairs[i];
        if (!slot || slot->key != key) {
            size_t mask = cap - 1, at = (size_t)(key * 2654435761u) & mask;
            while (v->starter_slots[at].key != HR_NONE) at = (at + 1) & mask;
            slot = &v->starter_slots[at];
            *slot = (hr_starter){ key, (uint32_t)i, 0 };
        }
        slot->count++;
    }
    v->alc->free(v->alc->ctx, pairs);
    return 0;
}

/* Whether patterns p and q have the same anchor (hr_pattern): the same
 * word or set, or none. */
static int same_anchor(const hr_verbs *v, const hr_pattern *p, const hr_pattern *q)
{
    int p_none = p->anchor >= p->elem_count, q_none = q->anchor >= q->elem_count;
    if (p_none || q_none) return p_none && q_none;
    const hr_elem *a = &v->elems[p->first_elem + p->anchor];
    const hr_elem *b = &v->elems[q->first_elem + q->anchor];
    return a->type == b->type && hr_elem_key(a) == hr_elem_key(b);
}

/* Counts each pattern's run of patterns sharing its anchor
 * (hr_pattern.anchor_run), from the end of each block. */
static void mark_anchor_runs(hr_verbs *v)
{
    for (size_t b = 0; b < v->block_count; b++) {
        uint32_t n = v->blocks[b].pattern_count;
        if (!n) continue;
        hr_pattern *first = &v->patterns[v->blocks[b].first_pattern];
        first[n - 1].anchor_run = 1;
        for (uint32_t i = n - 1; i-- > 0;)
            first[i].anchor_run = same_anchor(v, &first[i], &first[i + 1]) ? first[i + 1].anchor_run + 1 : 1;
    }
}

int hr_verbs_index(hr_verbs *v, const hr_strings *st)
{
    mark_anchor_runs(v);
    if (filter_words(v, st) < 0) return -1;
    v->start_key_count = 0;
    for (size_t s = 0; s < v->synset_count; s++) {
        hr_synset *ss = &v->synsets[s];
        size_t first = v->start_key_count, n = 0;
        ss->any_start = 0;
        if (collect_starts(v, (uint32_t)s, 0, &ss->any_start) < 0) return -1;
        uint32_t *keys = v->start_keys + first;
        qsort(keys, v->start_key_count - first, sizeof *keys, by_key);
        for (size_t i = 0; i < v->start_key_count - first; i++)
            if (!n || keys[i] != keys[n - 1]) keys[n++] = keys[i];
        v->start_key_count = first + n;
        ss->first_start = (uint32_t)first;
        ss->start_count = (uint32_t)n;
    }
    return index_starters(v);
}

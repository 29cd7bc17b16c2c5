#include "lexicon.h"
#include "../core/arena.h"

#include <string.h>

/* An edge's key (node << 32 | word): one multiply spreads both halves
 * over the high bits, folded down to the low bits the table's mask
 * takes; asked at every step of every phrase lookup. */
static uint64_t hash_u64(uint64_t x)
{
    x *= 0x9e3779b97f4a7c15ull;
    return x ^ (x >> 32);
}

/* Grows an array of `elem` bytes to hold `need` items. */
static int grow(const herald_allocator *a, void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap : 256;
    while (ncap < need) ncap *= 2;
    void *q = a->realloc(a->ctx, *p, *cap * elem, ncap * elem);
    if (!q) return HERALD_ENOMEM;
    *p = q;
    *cap = ncap;
    return 0;
}

static uint32_t new_node(hr_lexicon *lx)
{
    if (lx->node_count == lx->node_cap) {
        size_t cap = lx->node_cap;
        if (grow(lx->alc, (void **)&lx->node_head, &cap, lx->node_count + 1, sizeof(uint32_t)))
            return HR_NONE;
        cap = lx->node_cap;
        if (grow(lx->alc, (void **)&lx->node_tail, &cap, lx->node_count + 1, sizeof(uint32_t)))
            return HR_NONE;
        lx->node_cap = cap;
    }
    lx->node_head[lx->node_count] = HR_NONE;
    lx->node_tail[lx->node_count] = HR_NONE;
    return (uint32_t)lx->node_count++;
}

void hr_strings_init(hr_strings *st, const herald_allocator *alc)
{
    memset(st, 0, sizeof *st);
    st->alc = alc ? alc : hr_default_allocator();
}

void hr_strings_free(hr_strings *st)
{
    if (st->pool) st->alc->free(st->alc->ctx, st->pool);
    if (st->words) st->alc->free(st->alc->ctx, st->words);
    memset(st, 0, sizeof *st);
}

int hr_lexicon_init(hr_lexicon *lx, hr_strings *strings)
{
    memset(lx, 0, sizeof *lx);
    lx->alc = strings->alc;
    lx->strings = strings;
    return new_node(lx) == HR_NONE ? HERALD_ENOMEM : 0;
}

void hr_lexicon_free(hr_lexicon *lx)
{
    void *arrays[] = { lx->edge_keys, lx->edge_child, lx->node_head, lx->node_tail,
                       lx->entries, lx->codes };
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++)
        if (arrays[i]) lx->alc->free(lx->alc->ctx, arrays[i]);
    memset(lx, 0, sizeof *lx);
}

uint32_t hr_lexicon_store(hr_lexicon *lx, const char *s, size_t n)
{
    hr_strings *st = lx->strings;
    if (st->pool_len + n + 1 > UINT32_MAX - 1) return HR_NONE;
    if (grow(st->alc, (void **)&st->pool, &st->pool_cap, st->pool_len + n + 1, 1)) return HR_NONE;
    uint32_t off = (uint32_t)st->pool_len;
    memcpy(st->pool + off, s, n);
    st->pool[off + n] = '\0';
    st->pool_len += n + 1;
    return off;
}

/* Whether the pooled word w (NUL-terminated) is s[0..n).  Byte by byte
 * in place: the words are short and most differ early, where a call of
 * strncmp cost more than the bytes it compared. */
static int pooled_is(const char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (w[i] != s[i] || !w[i]) return 0;
    return w[n] == '\0';
}

/* Slot of word s in the table: its id, or an empty slot (HR_NONE). */
static size_t word_slot(const hr_strings *st, const char *s, size_t n, uint64_t hash)
{
    size_t mask = st->words_cap - 1, i = (size_t)hash & mask;
    for (;; i = (i + 1) & mask) {
        uint32_t id = st->words[i];
        if (id == HR_NONE || pooled_is(st->pool + id, s, n)) return i;
    }
}

static int rehash_words(hr_strings *st)
{
    size_t old_cap = st->words_cap;
    uint32_t *old = st->words;
    size_t cap = old_cap ? old_cap * 2 : 1024;
    uint32_t *t = st->alc->malloc(st->alc->ctx, cap * sizeof *t);
    if (!t) return HERALD_ENOMEM;
    memset(t, 0xff, cap * sizeof *t);
    st->words = t;
    st->words_cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (old[i] == HR_NONE) continue;
        const char *w = st->pool + old[i];
        size_t n = strlen(w);
        st->words[word_slot(st, w, n, hr_word_hash(w, n))] = old[i];
    }
    if (old) st->alc->free(st->alc->ctx, old);
    return 0;
}

uint32_t hr_lexicon_intern(hr_lexicon *lx, const char *s, size_t n)
{
    hr_strings *st = lx->strings;
    if ((st->word_count + 1) * 2 > st->words_cap && rehash_words(st)) return HR_NONE;
    size_t slot = word_slot(st, s, n, hr_word_hash(s, n));
    if (st->words[slot] != HR_NONE) return st->words[slot];
    uint32_t off = hr_lexicon_store(lx, s, n);
    if (off == HR_NONE) return HR_NONE;
    st->words[slot] = off;
    st->word_count++;
    return off;
}

uint32_t hr_strings_word(const hr_strings *st, const char *s, size_t n)
{
    return hr_strings_word_hashed(st, s, n, hr_word_hash(s, n));
}

uint32_t hr_strings_word_hashed(const hr_strings *st, const char *s, size_t n, uint64_t hash)
{
    if (!st->words_cap) return HR_NONE;
    return st->words[word_slot(st, s, n, hash)];
}

static size_t edge_slot(const hr_lexicon *lx, uint64_t key)
{
    size_t mask = lx->edges_cap - 1, i = (size_t)hash_u64(key) & mask;
    while (lx->edge_child[i] != HR_NONE && lx->edge_keys[i] != key) i = (i + 1) & mask;
    return i;
}

static int rehash_edges(hr_lexicon *lx)
{
    size_t old_cap = lx->edges_cap;
    uint64_t *old_keys = lx->edge_keys;
    uint32_t *old_child = lx->edge_child;
    size_t cap = old_cap ? old_cap * 2 : 1024;
    uint64_t *keys = lx->alc->malloc(lx->alc->ctx, cap * sizeof *keys);
    uint32_t *child = lx->alc->malloc(lx->alc->ctx, cap * sizeof *child);
    if (!keys || !child) {
        if (keys) lx->alc->free(lx->alc->ctx, keys);
        if (child) lx->alc->free(lx->alc->ctx, child);
        return HERALD_ENOMEM;
    }
    memset(child, 0xff, cap * sizeof *child);
    lx->edge_keys = keys;
    lx->edge_child = child;
    lx->edges_cap = cap;
    for (size_t i = 0; i < old_cap; i++) {
        if (old_child[i] == HR_NONE) continue;
        size_t s = edge_slot(lx, old_keys[i]);
        keys[s] = old_keys[i];
        child[s] = old_child[i];
    }
    if (old_keys) lx->alc->free(lx->alc->ctx, old_keys);
    if (old_child) lx->alc->free(lx->alc->ctx, old_child);
    return 0;
}

uint32_t hr_lexicon_step(const hr_lexicon *lx, uint32_t node, uint32_t word)
{
    if (!lx->edges_cap || word == HR_NONE) return HR_NONE;
    return lx->edge_child[edge_slot(lx, (uint64_t)node << 32 | word)];
}

int hr_lexicon_add(hr_lexicon *lx, const uint32_t *words, size_t n,
                   const hr_dated_code *codes, size_t ncodes, uint32_t note,
                   uint32_t file, uint32_t line, uint32_t flags, int first)
{
    uint32_t node = 0;
    if (n) {
        size_t b = hr_first_word_bit(words[0]);
        lx->first_words[b / 64] |= (uint64_t)1 << (b % 64);
    }
    for (size_t i = 0; i < n; i++) {
        if ((lx->edge_count + 1) * 2 > lx->edges_cap && rehash_edges(lx)) return HERALD_ENOMEM;
        uint64_t key = (uint64_t)node << 32 | words[i];
        size_t s = edge_slot(lx, key);
        if (lx->edge_child[s] == HR_NONE) {
            uint32_t child = new_node(lx);
            if (child == HR_NONE) return HERALD_ENOMEM;
            lx->edge_keys[s] = key;
            lx->edge_child[s] = child;
            lx->edge_count++;
        }
        node = lx->edge_child[s];
    }
    if (grow(lx->alc, (void **)&lx->codes, &lx->code_cap, lx->code_count + ncodes, sizeof *codes) ||
        grow(lx->alc, (void **)&lx->entries, &lx->entry_cap, lx->entry_count + 1, sizeof *lx->entries))
        return HERALD_ENOMEM;
    memcpy(lx->codes + lx->code_count, codes, ncodes * sizeof *codes);
    uint32_t id = (uint32_t)lx->entry_count++;
    lx->entries[id] = (hr_entry){ (uint32_t)lx->code_count, (uint32_t)ncodes, note, file, line,
                                  HR_NONE, flags, 0, 0 };
    lx->code_count += ncodes;
    if (lx->node_head[node] == HR_NONE) {
        lx->node_head[node] = lx->node_tail[node] = id;
        lx->phrase_count++;
    } else if (first) {
        /* Before the entries of earlier files, after those of this one. */
        uint32_t *link = &lx->node_head[node];
        while (*link != HR_NONE && lx->entries[*link].file == file) link = &lx->entries[*link].next;
        lx->entries[id].next = *link;
        if (*link == HR_NONE) lx->node_tail[node] = id;
        *link = id;
    } else {
        lx->entries[lx->node_tail[node]].next = id;
        lx->node_tail[node] = id;
    }
    return 0;
}

uint32_t hr_entry_in_force(const hr_lexicon *lx, uint32_t first, int32_t date)
{
    if (!date) return first;
    for (uint32_t e = first; e != HR_NONE; e = lx->entries[e].next) {
        const hr_entry *en = &lx->entries[e];
        for (uint32_t i = 0; i < en->code_count; i++) {
            const hr_dated_code *c = &lx->codes[en->first_code + i];
            if ((c->from != HR_DATE_MIN || c->to != HR_DATE_MAX) && date >= c->from &&
                date <= c->to)
                return e;
        }
    }
    return first;
}

const char *hr_entry_code(const hr_lexicon *lx, const hr_entry *e, int32_t date)
{
    const hr_dated_code *c = lx->codes + e->first_code, *undated = NULL, *latest = NULL;
    for (uint32_t i = 0; i < e->code_count; i++) {
        if (c[i].from == HR_DATE_MIN && c[i].to == HR_DATE_MAX) {
            if (!undated) undated = &c[i];
            continue;
        }
        if (date && date >= c[i].from && date <= c[i].to) return hr_lexicon_str(lx, c[i].code);
        if (!latest || c[i].to > latest->to) latest = &c[i];
    }
    if (undated) return hr_lexicon_str(lx, undated->code);
    return latest ? hr_lexicon_str(lx, latest->code) : "---";
}

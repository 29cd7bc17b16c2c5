#include "verbs.h"
#include "../core/arena.h"

#include <string.h>

void hr_verbs_init(hr_verbs *v, const herald_allocator *alc)
{
    memset(v, 0, sizeof *v);
    v->alc = alc ? alc : hr_default_allocator();
}

void hr_verbs_free(hr_verbs *v)
{
    void *arrays[] = { v->blocks, v->patterns, v->elems, v->synsets, v->members,
                       v->transformations, v->exact_words };
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

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
                       v->transformations };
    for (size_t i = 0; i < sizeof arrays / sizeof *arrays; i++)
        if (arrays[i]) v->alc->free(v->alc->ctx, arrays[i]);
    memset(v, 0, sizeof *v);
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

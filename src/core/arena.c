#include "arena.h"

#include <stdlib.h>
#include <string.h>

#ifdef HR_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#endif

struct hr_chunk {
    hr_chunk *next;
    size_t size, used;
    _Alignas(16) unsigned char data[];
};

static void *libc_malloc(void *ctx, size_t size) { (void)ctx; return malloc(size); }
static void *libc_realloc(void *ctx, void *p, size_t old, size_t size)
{
    (void)ctx; (void)old;
    return realloc(p, size);
}
static void libc_free(void *ctx, void *p) { (void)ctx; free(p); }

static const herald_allocator libc_allocator = {
    libc_malloc, libc_realloc, libc_free, NULL
};

const herald_allocator *hr_default_allocator(void) { return &libc_allocator; }

void hr_arena_init(hr_arena *a, const herald_allocator *alc, size_t first_chunk)
{
    a->alc = alc ? alc : &libc_allocator;
    a->head = a->lent = NULL;
    a->chunk_size = first_chunk < 1024 ? 1024 : first_chunk;
}

size_t hr_arena_lent_bytes(size_t size) { return sizeof(hr_chunk) + size; }

void hr_arena_init_lent(hr_arena *a, const herald_allocator *alc, void *mem, size_t size)
{
    hr_arena_init(a, alc, 2 * size);   /* as if the first chunk had been allocated */
    hr_chunk *c = mem;
    c->next = NULL;
    c->size = size;
    c->used = HR_ARENA_REDZONE;   /* a redzone before the first block too */
    ASAN_POISON_MEMORY_REGION(c->data, size);
    a->head = a->lent = c;
}

static hr_chunk *new_chunk(hr_arena *a, size_t size)
{
    hr_chunk *c = a->alc->malloc(a->alc->ctx, sizeof *c + size);
    if (!c) return NULL;
    c->size = size;
    c->used = HR_ARENA_REDZONE;   /* a redzone before the first block too */
    ASAN_POISON_MEMORY_REGION(c->data, size);
    return c;
}

/* Hands out `size` bytes at the chunk's free space, which has room for
 * them and the redzone. */
static void *carve(hr_chunk *c, size_t size)
{
    void *p = c->data + c->used;
    c->used += size + HR_ARENA_REDZONE;
    ASAN_UNPOISON_MEMORY_REGION(p, size);
    return p;
}

void *hr_arena_alloc(hr_arena *a, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    hr_chunk *c = a->head;
    if (c && c->size - c->used >= size + HR_ARENA_REDZONE) return carve(c, size);
    if (size > a->chunk_size / 4) {
        /* A big block gets a chunk of its own, placed behind the head so
         * the head's free space is not wasted. */
        hr_chunk *big = new_chunk(a, size + 2 * HR_ARENA_REDZONE);
        if (!big) return NULL;
        if (c) { big->next = c->next; c->next = big; }
        else { big->next = NULL; a->head = big; }
        return carve(big, size);
    }
    hr_chunk *fresh = new_chunk(a, a->chunk_size);
    if (!fresh) return NULL;
    fresh->next = c;
    a->head = fresh;
    if (a->chunk_size < ((size_t)1 << 22)) a->chunk_size *= 2;
    return carve(fresh, size);
}

char *hr_arena_strndup(hr_arena *a, const char *s, size_t len)
{
    char *p = hr_arena_alloc(a, len + 1);
    if (!p) return NULL;
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

int hr_arena_grow(hr_arena *a, void **items, size_t *cap, size_t need,
                  size_t elem_size)
{
    if (need <= *cap) return 0;
    size_t ncap = *cap ? *cap * 2 : 64;
    while (ncap < need) ncap *= 2;
    void *p = hr_arena_alloc(a, ncap * elem_size);
    if (!p) return -1;
    if (*cap) memcpy(p, *items, *cap * elem_size);
    *items = p;
    *cap = ncap;
    return 0;
}

void hr_arena_free(hr_arena *a)
{
    hr_chunk *c = a->head;
    while (c) {
        hr_chunk *next = c->next;
        ASAN_UNPOISON_MEMORY_REGION(c->data, c->size);   /* the memory goes back whole */
        if (c != a->lent) a->alc->free(a->alc->ctx, c);
        c = next;
    }
    a->head = a->lent = NULL;
}

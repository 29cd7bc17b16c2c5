/* arena.h - per-document bump allocator.  Everything a document derives
 * (tokens, sentences, normalised strings, rendered output) is carved from
 * one arena and released together by hr_arena_free(). */
#ifndef HR_ARENA_H
#define HR_ARENA_H

#include <stddef.h>
#include "herald.h"

/* Under AddressSanitizer each block carved from a chunk is followed by
 * a poisoned redzone of HR_ARENA_REDZONE bytes and a chunk's free space
 * stays poisoned, so a read past an arena array (a token before the
 * first, a record after the last) is reported as it would be for a
 * malloc'd block.  In other builds the redzone is empty. */
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HR_ARENA_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) && !defined(HR_ARENA_ASAN)
#define HR_ARENA_ASAN 1
#endif
#ifdef HR_ARENA_ASAN
#define HR_ARENA_REDZONE 16
#else
#define HR_ARENA_REDZONE 0
#endif

typedef struct hr_chunk hr_chunk;

typedef struct hr_arena {
    const herald_allocator *alc;
    hr_chunk *head;      /* the chunk being carved; older ones follow */
    hr_chunk *lent;      /* a first chunk in the caller's memory, not freed here */
    size_t chunk_size;   /* size of the next ordinary chunk */
} hr_arena;

/* The C library's allocator, for callers given a NULL one. */
const herald_allocator *hr_default_allocator(void);

void hr_arena_init(hr_arena *a, const herald_allocator *alc, size_t first_chunk);
/* Bytes a first chunk of `size` bytes takes in the caller's memory. */
size_t hr_arena_lent_bytes(size_t size);
/* Starts the arena on a first chunk of `size` bytes carved from `mem`
 * (hr_arena_lent_bytes(size) of them, aligned as malloc aligns), so that
 * the owner of the arena may get it and its first chunk with one
 * allocation; hr_arena_free leaves that memory to the caller. */
void hr_arena_init_lent(hr_arena *a, const herald_allocator *alc, void *mem, size_t size);
/* Returns 8-byte-aligned memory, or NULL when the allocator fails. */
void *hr_arena_alloc(hr_arena *a, size_t size);
/* Copies `len` bytes and adds a NUL. */
char *hr_arena_strndup(hr_arena *a, const char *s, size_t len);
/* Grows an arena-owned array to hold at least `need` elements, doubling;
 * the old block is abandoned to the arena.  Returns 0, or -1 on failure
 * (the array is then unchanged). */
int hr_arena_grow(hr_arena *a, void **items, size_t *cap, size_t need,
                  size_t elem_size);
void hr_arena_free(hr_arena *a);

#endif

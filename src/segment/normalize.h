/* normalize.h - the matching form of a token: NFC, case-folded, with
 * typographic quotes, apostrophes and dashes made plain ASCII and
 * default-ignorable characters (soft hyphens, zero-width joiners) gone. */
#ifndef HR_NORMALIZE_H
#define HR_NORMALIZE_H

#include <stdint.h>
#include "../core/arena.h"
#include "blocks.h"

/* Sets *norm and *len for s[0..n).  `lower` is the same span in a copy of
 * the text with ASCII letters lower-cased (see hr_lowercase_blocks): an
 * ASCII token's normal form is exactly that, so *norm points there and
 * nothing is copied.  Other tokens are normalised into the arena.
 * Returns 0 or HERALD_ENOMEM. */
int hr_normalize(hr_arena *a, const char *s, size_t n, const char *lower,
                 const char **norm, uint32_t *len);

/* Stores s[0..n) in lower with ASCII A-Z lower-cased (other bytes as
 * they are), as it is in copy unless copy is NULL, and in blocks[k] the
 * masks of its bytes [64k, 64k + 64) (hr_block_at), bytes past n taken
 * as zeros, for each k < hr_block_count(n): one pass over s, in which
 * the tokeniser's masks cost no second read of the text. */
void hr_lowercase_blocks(const char *s, size_t n, char *copy, char *lower, hr_block *blocks);

/* hr_lowercase_blocks() without AVX-512, which the CPU may have: for the
 * tests, which compare the two. */
void hr_lowercase_blocks_narrow(const char *s, size_t n, char *copy, char *lower,
                                hr_block *blocks);

#endif

/* normalize.h - the matching form of a token: NFC, case-folded, with
 * typographic quotes, apostrophes and dashes made plain ASCII and
 * default-ignorable characters (soft hyphens, zero-width joiners) gone. */
#ifndef HR_NORMALIZE_H
#define HR_NORMALIZE_H

#include <stdint.h>
#include "../core/arena.h"

/* Sets *norm and *len for s[0..n).  `lower` is the same span in a copy of
 * the text with ASCII letters lower-cased (see hr_lowercase_ascii): an
 * ASCII token's normal form is exactly that, so *norm points there and
 * nothing is copied.  Other tokens are normalised into the arena.
 * Returns 0 or HERALD_ENOMEM. */
int hr_normalize(hr_arena *a, const char *s, size_t n, const char *lower,
                 const char **norm, uint32_t *len);

/* Copies s[0..n) to out with ASCII A-Z lower-cased, other bytes as they
 * are. */
void hr_lowercase_ascii(const char *s, size_t n, char *out);

/* Copies s[0..n) to copy as it is and to lower as hr_lowercase_ascii()
 * does, in one pass over s. */
void hr_copy_lowercase_ascii(const char *s, size_t n, char *copy, char *lower);

#endif

/* normalize.h - the matching form of a token: NFC, case-folded, with
 * typographic quotes, apostrophes and dashes made plain ASCII and
 * default-ignorable characters (soft hyphens, zero-width joiners) gone. */
#ifndef HR_NORMALIZE_H
#define HR_NORMALIZE_H

#include <stdint.h>
#include "../core/arena.h"

/* Sets *norm and *len for s[0..n).  When the text is already normal, *norm
 * points into s itself (no copy); otherwise into the arena.  Returns 0 or
 * HERALD_ENOMEM. */
int hr_normalize(hr_arena *a, const char *s, size_t n, const char **norm,
                 uint32_t *len);

#endif

/* walk.h - lists the input files below a directory in sorted path order
 * (byte order, not locale order, so every machine agrees), recursing
 * into subdirectories.  Hidden entries (".name") are skipped. */
#ifndef HR_WALK_H
#define HR_WALK_H

#include "herald.h"

typedef struct hr_walk hr_walk;

/* Returns NULL with `err` filled when `dir` cannot be listed. */
hr_walk *hr_walk_open(const char *dir, const herald_allocator *alc, herald_error *err);

/* Returns 1 with *path set to the next file whose name passes `accept`
 * (valid until the next call), 0 when done, or a negative code for a
 * subdirectory that cannot be read (reported, then skipped). */
int hr_walk_next(hr_walk *w, int (*accept)(const char *name),
                 const char **path, herald_error *err);

void hr_walk_free(hr_walk *w);

#endif

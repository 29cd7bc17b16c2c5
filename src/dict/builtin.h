/* builtin.h - Herald's own dictionaries (data/), compiled into the
 * library by tools/embed.sh so that they need no installed data files. */
#ifndef HR_BUILTIN_H
#define HR_BUILTIN_H

#include <stddef.h>
#include "herald.h"

typedef struct hr_builtin {
    const char *name;       /* "data/actors/countries.txt" */
    const char *text;
    size_t len;
} hr_builtin;

extern const hr_builtin hr_builtin_dicts[];
extern const size_t hr_builtin_count;

/* Loads every built-in dictionary into the context. */
int hr_dicts_load_builtin(herald_ctx *ctx, herald_error *err);

#endif

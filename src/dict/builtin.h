/* builtin.h - Herald's own data (data/: dictionaries and tables),
 * compiled into the library by tools/embed.c so that it needs no
 * installed data files. */
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

/* Loads every built-in dictionary (the .txt files) into the context. */
int hr_dicts_load_builtin(herald_ctx *ctx, herald_error *err);

/* The built-in file of that name ("data/cameo/events.tsv"), or NULL. */
const hr_builtin *hr_builtin_file(const char *name);

#endif

/* cameo.h - the CAMEO event table of a context. */
#ifndef HR_CAMEO_H
#define HR_CAMEO_H

#include "herald.h"

typedef struct hr_cameo_table {
    herald_cameo *codes;    /* sorted by code */
    size_t count;
    char *strings;          /* owns every string of the entries */
} hr_cameo_table;

/* Parses the built-in table.  Returns 0, or an error with `err` filled
 * (a malformed built-in table is a build defect, reported by line). */
int hr_cameo_load(hr_cameo_table *t, const herald_allocator *alc, herald_error *err);
void hr_cameo_free(hr_cameo_table *t, const herald_allocator *alc);
const herald_cameo *hr_cameo_find(const hr_cameo_table *t, const char *code);

#endif

/* filter.h - a herald_query as an SQL condition on the events table
 * (alias e) and the values to bind to it: user text only ever reaches
 * SQLite as a bound value. */
#ifndef HR_FILTER_H
#define HR_FILTER_H

#include "store.h"
#include "../core/buf.h"

#define HR_FILTER_MAX 32

typedef struct hr_filter {
    hr_buf where;                   /* "" or " WHERE ... AND ..." */
    int n;                          /* values to bind, in order */
    const char *value[HR_FILTER_MAX];
    int64_t number[HR_FILTER_MAX];  /* used where value[i] is NULL */
    char text[HR_FILTER_MAX][80];   /* upper-cased codes, prefix bounds */
} hr_filter;

/* Returns HERALD_OK, or HERALD_EINVAL with `err` filled for a filter
 * that cannot be right (a code too long, a malformed date). */
int hr_filter_build(hr_filter *f, const herald_query *q, herald_error *err);
/* Binds the values to parameters first .. first + n - 1. */
void hr_filter_bind(const hr_filter *f, sqlite3_stmt *st, int first);
void hr_filter_free(hr_filter *f);

#endif

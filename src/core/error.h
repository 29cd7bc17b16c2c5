/* error.h - filling herald_error records and reporting diagnostics. */
#ifndef HR_ERROR_H
#define HR_ERROR_H

#include <stdint.h>
#include "herald.h"

/* Fills `e` (if not NULL) as an error; returns `code` for tail calls. */
int hr_error_set(herald_error *e, int code, const char *file, uint64_t line,
                 uint64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/* Sends a warning to `fn` (if not NULL). */
void hr_warn(herald_diag_fn fn, void *user, int code, const char *file,
             uint64_t line, uint64_t offset, const char *fmt, ...)
    __attribute__((format(printf, 7, 8)));

#endif

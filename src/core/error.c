#include "error.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *herald_strerror(int code)
{
    switch (code) {
#define HERALD_MSG_(name, value, msg) case value: return msg;
        HERALD_ERRNO_MAP(HERALD_MSG_)
#undef HERALD_MSG_
    }
    return "unknown error";
}

__attribute__((format(printf, 7, 0)))
static void fill(herald_error *e, int severity, int code, const char *file,
                 uint64_t line, uint64_t offset, const char *fmt, va_list ap)
{
    e->code = code;
    e->severity = severity;
    e->line = line;
    e->offset = offset;
    snprintf(e->file, sizeof e->file, "%s", file ? file : "");
    vsnprintf(e->message, sizeof e->message, fmt, ap);
}

int hr_error_set(herald_error *e, int code, const char *file, uint64_t line,
                 uint64_t offset, const char *fmt, ...)
{
    if (!e) return code;
    va_list ap;
    va_start(ap, fmt);
    fill(e, HERALD_ERROR, code, file, line, offset, fmt, ap);
    va_end(ap);
    return code;
}

void hr_warn(herald_diag_fn fn, void *user, int code, const char *file,
             uint64_t line, uint64_t offset, const char *fmt, ...)
{
    if (!fn) return;
    herald_error e;
    va_list ap;
    va_start(ap, fmt);
    fill(&e, HERALD_WARNING, code, file, line, offset, fmt, ap);
    va_end(ap);
    fn(user, &e);
}

/* shared_context.h - one context for a whole fuzzing run: loading the
 * built-in dictionaries for every input would leave little time to fuzz. */
#ifndef FUZZ_SHARED_CONTEXT_H
#define FUZZ_SHARED_CONTEXT_H

#include "herald.h"

static herald_ctx *shared_context(void)
{
    static herald_ctx *ctx;
    if (!ctx) ctx = herald_ctx_new(NULL, NULL);
    return ctx;
}

#endif

#include "doc.h"
#include "error.h"
#include "../dict/builtin.h"

#include <string.h>

herald_ctx *herald_ctx_new(const herald_options *opts, herald_error *err)
{
    const herald_allocator *alc = opts && opts->allocator ? opts->allocator
                                                          : hr_default_allocator();
    herald_ctx *ctx = alc->malloc(alc->ctx, sizeof *ctx);
    if (!ctx) { hr_error_set(err, HERALD_ENOMEM, "", 0, 0, "out of memory"); return NULL; }
    memset(ctx, 0, sizeof *ctx);
    ctx->alc = *alc;
    ctx->max_article_bytes = opts && opts->max_article_bytes ? opts->max_article_bytes
                                                             : HERALD_DEFAULT_MAX_ARTICLE;
    if (ctx->max_article_bytes > HERALD_MAX_ARTICLE_CEILING)
        ctx->max_article_bytes = HERALD_MAX_ARTICLE_CEILING;
    if (opts) {
        ctx->diag = opts->diag;
        ctx->diag_user = opts->diag_user;
        ctx->keep_uncertain = opts->keep_uncertain;
        ctx->allow_partial = opts->allow_partial;
        ctx->since_days = opts->since_days;
        ctx->no_tags = opts->no_tags;
        ctx->no_places = opts->no_places;
    }
    if (hr_dicts_init(&ctx->dicts, ctx)) {
        hr_error_set(err, HERALD_ENOMEM, "", 0, 0, "out of memory");
        herald_ctx_free(ctx);
        return NULL;
    }
    if (hr_cameo_load(&ctx->cameo, &ctx->alc, err)) {
        herald_ctx_free(ctx);
        return NULL;
    }
    if (!(opts && opts->no_builtin) && hr_dicts_load_builtin(ctx, err)) {
        herald_ctx_free(ctx);
        return NULL;
    }
    return ctx;
}

void herald_ctx_free(herald_ctx *ctx)
{
    if (!ctx) return;
    hr_dicts_free(&ctx->dicts);
    hr_cameo_free(&ctx->cameo, &ctx->alc);
    herald_allocator alc = ctx->alc;
    alc.free(alc.ctx, ctx);
}

const herald_cameo *herald_cameo_lookup(const herald_ctx *ctx, const char *code)
{
    return ctx ? hr_cameo_find(&ctx->cameo, code) : NULL;
}

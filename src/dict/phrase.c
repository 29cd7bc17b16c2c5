#include "phrase.h"
#include "../core/doc.h"
#include "../segment/normalize.h"
#include "../segment/tokenize.h"
#include "../segment/toks.h"
#include "../tag/taglex.h"

#include <string.h>

int hr_phraser_init(hr_phraser *p, const herald_ctx *ctx)
{
    memset(p, 0, sizeof *p);
    p->alc = &ctx->alc;
    p->doc = p->alc->malloc(p->alc->ctx, sizeof *p->doc);
    if (!p->doc) return HERALD_ENOMEM;
    memset(p->doc, 0, sizeof *p->doc);
    p->doc->ctx = ctx;
    hr_arena_init(&p->doc->arena, p->alc, 16384);
    return 0;
}

void hr_phraser_free(hr_phraser *p)
{
    const herald_allocator *a = p->alc;
    if (!a) return;
    if (p->doc) {
        hr_arena_free(&p->doc->arena);
        a->free(a->ctx, p->doc);
    }
    if (p->lower) a->free(a->ctx, p->lower);
    if (p->blocks) a->free(a->ctx, p->blocks);
    if (p->ids) a->free(a->ctx, p->ids);
    memset(p, 0, sizeof *p);
}

static int reserve(const herald_allocator *a, void **buf, size_t *cap, size_t need)
{
    if (need <= *cap) return 0;
    size_t ncap = need * 2;
    void *q = a->realloc(a->ctx, *buf, *cap, ncap);
    if (!q) return HERALD_ENOMEM;
    *buf = q;
    *cap = ncap;
    return 0;
}

int hr_phrase_words(hr_phraser *p, hr_lexicon *lx, const char *s, size_t n,
                    const uint32_t **ids, size_t *count)
{
    const herald_allocator *a = p->alc;
    if (reserve(a, (void **)&p->lower, &p->lower_cap, n + 1) ||
        reserve(a, (void **)&p->blocks, &p->blocks_cap, hr_block_count(n) * sizeof *p->blocks))
        return HERALD_ENOMEM;
    /* The scratch text: underscores become spaces, in a buffer the
     * tokens may point into until the next call. */
    char *text = hr_arena_alloc(&p->doc->arena, n + 1);
    if (!text) return HERALD_ENOMEM;
    for (size_t i = 0; i < n; i++) text[i] = s[i] == '_' ? ' ' : s[i];
    text[n] = '\0';
    hr_lowercase_blocks(text, n, NULL, p->lower, p->blocks);
    p->doc->article.text = text;
    p->doc->article.text_len = n;
    p->doc->lower = p->lower;
    p->doc->blocks = p->blocks;
    p->doc->token_count = 0;
    int rc = hr_tokenize(p->doc, 0, n);
    if (rc) return rc;
    size_t k = p->doc->token_count;
    size_t cap_bytes = p->ids_cap * sizeof *p->ids;
    if (reserve(a, (void **)&p->ids, &cap_bytes, (k + 1) * sizeof *p->ids)) return HERALD_ENOMEM;
    p->ids_cap = cap_bytes / sizeof *p->ids;
    for (size_t i = 0; i < k; i++) {
        const herald_token *t = &p->doc->tokens[i];
        p->ids[i] = hr_lexicon_intern(lx, t->norm, t->norm_len);
        if (p->ids[i] == HR_NONE) return HERALD_ENOMEM;
    }
    *ids = p->ids;
    *count = k;
    return 0;
}

/* Whether the normalised word of t is an English common word, not only
 * a name: WordNet or the tagger's own lexicon has a lower-case sense. */
static int common_word(const herald_token *t)
{
    const hr_lex_entry *e = hr_taglex_find(t->norm, t->norm_len);
    return e && !(e->flags & HR_LX_PROPER);
}

int hr_phrase_needs_capital(const hr_phraser *p)
{
    const herald_doc *d = p->doc;
    return d->token_count > 0 && hr_tok_first(d, &d->tokens[0]) == HR_C_UPPER &&
           common_word(&d->tokens[0]);
}

uint32_t hr_phrase_acronyms(const hr_phraser *p)
{
    uint32_t mask = 0;
    const herald_doc *d = p->doc;
    for (size_t i = 0; i < d->token_count && i < 32; i++) {
        const herald_token *t = &d->tokens[i];
        int letters = 0, lower = 0;
        for (uint32_t b = t->start; b < t->end; b++) {
            char c = d->article.text[b];
            letters += (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            lower |= c >= 'a' && c <= 'z';
        }
        /* Short acronyms collide with words ("US", "IS", "WHO"); longer
         * ones do not, and news writes some of them "Nato", "Ecowas",
         * unless they spell a common word ("CARE", "PACE"). */
        if (letters >= 2 && !lower && (letters <= 3 || common_word(t))) mask |= 1u << i;
    }
    return mask;
}

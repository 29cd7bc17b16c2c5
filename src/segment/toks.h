/* toks.h - small questions about tokens, shared by the segment stage. */
#ifndef HR_TOKS_H
#define HR_TOKS_H

#include <string.h>
#include "chars.h"
#include "../core/doc.h"

static inline int hr_tok_is(const herald_token *t, const char *norm)
{
    /* A literal's length is known when compiling: comparing it first
     * turns most tokens away without reading a byte, and the bytes of a
     * short word are compared in one or two loads. */
    if (__builtin_constant_p(strlen(norm)))
        return t->norm_len == strlen(norm) && memcmp(t->norm, norm, strlen(norm)) == 0;
    /* A word of a table: byte by byte, without strlen, since most words
     * differ in the first byte, and a token's form holds no NUL, so a
     * shorter `norm` stops it. */
    for (uint32_t i = 0; i < t->norm_len; i++)
        if (t->norm[i] != norm[i]) return 0;
    return norm[t->norm_len] == '\0';
}

/* The one of the NULL-terminated words that the token is, or NULL. */
static inline const char *hr_tok_which(const herald_token *t, const char *const *words)
{
    /* The token's first byte, read once, turns most words away (no word
     * of a list is empty, so an empty token matches none). */
    char first = t->norm_len ? t->norm[0] : '\0';
    for (; *words; words++)
        if ((*words)[0] == first && hr_tok_is(t, *words)) return *words;
    return NULL;
}

/* Whether the token is one of the NULL-terminated words. */
static inline int hr_tok_in(const herald_token *t, const char *const *words)
{
    return hr_tok_which(t, words) != NULL;
}

/* Whether the token negates a verb: "not", "n't", "never". */
static inline int hr_tok_negates(const herald_token *t)
{
    static const char *const words[] = { "not", "n't", "never", NULL };
    return hr_tok_in(t, words);
}

/* Whether the token is a verb of saying ("said", "told", "announced"):
 * one list for the stages that ask whom a report is from.  Not
 * "declared", which as often declares a state of emergency or a war. */
static inline int hr_tok_says(const herald_token *t)
{
    static const char *const verbs[] = {
        "said", "says", "say", "told", "tells", "stated", "reported", "reports", "claimed",
        "claims", "added", "announced", "confirmed", "noted", "argued", "wrote",
        "quoted", NULL
    };
    /* three to nine letters: a mark or a short word is turned away by
     * its length, without the list */
    return t->norm_len >= 3 && t->norm_len <= 9 && hr_tok_in(t, verbs);
}

/* Whether the token is a verb that asks someone to act, with that
 * someone as its object and an infinitive after ("urged X to", "told X
 * to"): of these alone a participle before "to" is a passive ("were
 * ordered to leave"); other verbs take the infinitive as their own
 * object ("threatened to strike", "agreed to talk"). */
static inline int hr_tok_asks_to_act(const herald_token *t)
{
    static const char *const verbs[] = {
        "urge", "urges", "urged", "ask", "asks", "asked", "tell", "tells", "told", "order",
        "orders", "ordered", "force", "forces", "forced", "allow", "allows", "allowed",
        "encourage", "encourages", "encouraged", "persuade", "persuaded", "invite", "invited",
        "advise", "advised", "instruct", "instructed", "compel", "compelled", "press",
        "pressed", "require", "requires", "required", "warn", "warns", "warned", NULL
    };
    return hr_tok_in(t, verbs);
}

/* The token after a short parenthesis that opens at k ("(CBI)",
 * "(SPLA)"), or k when none does: what follows a name and its
 * abbreviation. */
static inline size_t hr_past_parenthesis(const herald_doc *d, size_t k)
{
    if (k >= d->token_count || !hr_tok_is(&d->tokens[k], "(")) return k;
    for (size_t i = k + 1; i < d->token_count && i <= k + 4; i++)
        if (hr_tok_is(&d->tokens[i], ")")) return i + 1;
    return k;
}

static inline const char *hr_tok_text(const herald_doc *d, const herald_token *t)
{
    return d->article.text + t->start;
}

/* Class of the token's first character. */
static inline enum hr_cclass hr_tok_first(const herald_doc *d, const herald_token *t)
{
    size_t len;
    return hr_class_at(d->article.text, t->end, t->start, &len);   /* ASCII by table */
}

/* The index of the token holding byte `at`, or of the first after it
 * (token_count past the last): the token of an offset such as an
 * event's verb span. */
static inline size_t hr_token_at(const herald_doc *d, uint32_t at)
{
    size_t lo = 0, hi = d->token_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (d->tokens[mid].end <= at) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Whether whitespace separates token t from the one before it. */
static inline int hr_tok_spaced(const herald_token *t)
{
    return t[0].start > t[-1].end;
}

/* Whether token t ends a compound the tokeniser split at a bracket or
 * a quote, glued by a hyphen to the token before it ("(AL)-led",
 * "Calif.-based"): t[-1] is that hyphen and t[-2] exists. */
static inline int hr_tok_glued_by_hyphen(const herald_token *t)
{
    return hr_tok_is(&t[-1], "-") && !hr_tok_spaced(t) && !hr_tok_spaced(&t[-1]);
}

#endif

/* pairs.c - the parties of an event noun named before it: "the
 * Israeli-Palestinian talks", "India-Pakistan border clashes", "a joint
 * Australian/US military exercise", "the Israeli and Palestinian talks".
 * Two countries joined by a hyphen, a slash or "and" in front of the
 * noun are the two that "between" would name after it ("talks between
 * Israel and the Palestinians"), so the noun's "between" pattern codes
 * them, both ways.  A noun with no such pattern is no act of the two on
 * each other ("Syrian and Russian air strikes" strike a third party) and
 * keeps its other rules. */
#include "sentence.h"
#include "../actors/actors.h"
#include "../segment/toks.h"
#include "../tag/tagset.h"

#include <string.h>

/* The noun's "* between +" pattern, or NULL. */
const hr_pattern *hr_between_pattern(const sent *s, const hr_verb_block *b)
{
    const hr_verbs *vb = &s->d->verbs;
    uint32_t between = hr_strings_word(&s->doc->ctx->dicts.strings, "between", 7);
    for (uint32_t i = 0; i < b->pattern_count && between != HR_NONE; i++) {
        const hr_pattern *p = &vb->patterns[b->first_pattern + i];
        const hr_elem *e = &vb->elems[p->first_elem];
        if (p->elem_count == 3 && e[0].type == HR_EL_VERB && e[1].type == HR_EL_WORD &&
            e[1].value == between && e[2].type == HR_EL_TARGET)
            return p;
    }
    return NULL;
}

/* Token k as a mention of actor-dictionary entry e, into *side. */
static int token_actor(const sent *s, size_t k, uint32_t e, herald_actor *side)
{
    const herald_doc *doc = s->doc;
    const herald_token *t = &doc->tokens[k];
    const hr_lexicon *actors = &doc->ctx->dicts.lex[HERALD_DICT_ACTORS];
    memset(side, 0, sizeof *side);
    side->sentence = s->index;
    side->start = t->start;
    side->end = t->end;
    side->first_token = (uint32_t)k;
    side->token_count = 1;
    side->code = hr_entry_code(actors, &actors->entries[e], doc->date);
    side->how = "";
    side->kind = HERALD_ACTOR_NAMED;
    return 1;
}

/* "Israeli-Palestinian", "India-Pakistan", "U.S.-Russian": one token of
 * two countries joined by one hyphen or slash. */
static int pair_in_token(const sent *s, size_t k, herald_actor *a, herald_actor *b)
{
    uint32_t pair[2];
    return hr_country_pair(s->doc, &s->doc->tokens[k], pair) && token_actor(s, k, pair[0], a) &&
           token_actor(s, k, pair[1], b);
}

/* "Australian/US", "Israeli and Palestinian": two mentions joined by a
 * slash, a hyphen or "and", the second ending at token `end`, inside
 * one noun phrase (no verb nor preposition before the first). */
static int pair_of_mentions(const sent *s, size_t end, herald_actor *a, herald_actor *b)
{
    static const char *const joiners[] = { "/", "-", "and", NULL };
    const herald_token *t = s->doc->tokens;
    long second = s->owner[end - 1];
    size_t j = s->doc->actors[second].first_token;
    if (j < s->begin + 2 || s->owner[j - 1] >= 0 || !hr_tok_in(&t[j - 1], joiners)) return 0;
    long first = s->owner[j - 2];
    if (first < 0 || first == second) return 0;
    size_t f = s->doc->actors[first].first_token;
    /* "Russia and China" as a clause's subjects are no modifier: the
     * first stands after an article or an adjective ("a joint"). */
    if (f == s->begin || s->owner[f - 1] >= 0 ||
        (t[f - 1].tag != HR_TAG_DT && t[f - 1].tag != HR_TAG_JJ))
        return 0;
    *a = s->doc->actors[first];
    *b = s->doc->actors[second];
    return 1;
}

int hr_pair_before(const sent *s, size_t vstart, herald_actor *a, herald_actor *b)
{
    const herald_token *t = s->doc->tokens;
    /* Back over up to three plain modifiers ("border", "military",
     * "joint") that are no actor. */
    for (size_t k = vstart; k > s->begin && vstart - k <= 3; k--) {
        if (s->owner[k - 1] >= 0) return pair_of_mentions(s, k, a, b);
        if (pair_in_token(s, k - 1, a, b)) return 1;
        if (t[k - 1].tag != HR_TAG_JJ && t[k - 1].tag != HR_TAG_NN) return 0;
    }
    return 0;
}

/* "a UN-brokered truce", "the Egyptian-mediated talks": one word of an
 * actor and a participle of mediation, as the go-between of the event
 * noun at vstart (over up to three plain modifiers). */
int hr_go_between_before(const sent *s, size_t vstart, herald_actor *go_between)
{
    static const char *const suffixes[] = { "-brokered", "-mediated", "-sponsored", NULL };
    const herald_token *t = s->doc->tokens;
    for (size_t k = vstart; k > s->begin && vstart - k <= 3 && s->owner[k - 1] < 0; k--) {
        const herald_token *w = &t[k - 1];
        for (const char *const *x = suffixes; *x; x++) {
            size_t n = strlen(*x);
            if (w->norm_len <= n || memcmp(w->norm + w->norm_len - n, *x, n) != 0) continue;
            uint32_t e = hr_actor_word(s->doc, w->norm, w->norm_len - n, w->start);
            return e != HR_NONE && token_actor(s, k - 1, e, go_between);
        }
        if (w->tag != HR_TAG_JJ && w->tag != HR_TAG_NN) return 0;
    }
    return 0;
}

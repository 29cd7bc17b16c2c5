/* verb_coding.h - a verb being coded: the state the steps of the verb
 * loop hand on (events.c; source.c finds its source, target.c its
 * target), and the small questions those steps share.  Internal to the
 * verb loop's files. */
#ifndef HR_EVENTS_VERB_CODING_H
#define HR_EVENTS_VERB_CODING_H

#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* A verb being coded: what each step of code_verb() finds and the next
 * reads, in the order they run. */
typedef struct verb_coding {
    sent *s;
    size_t vstart, vend;        /* the verb form's tokens */
    size_t scope;               /* where its patterns may reach (scope.c) */
    const hr_verb_block *b;
    int threat;                 /* HR_THREAT_*: an act to come, threatened */
    int warned_before;          /* ... by a verb of warning before it */
    const hr_pattern *best;     /* its best pattern, NULL for none */
    hit hit;                    /* that pattern's match */
    uint32_t code, code2;       /* their codes, code2 reversed ([c1:c2]) */
    const char *c1, *c2;        /* as strings, NULL for none */
    long src, tgt, agent;       /* mentions, -1 for none */
    int joined;                 /* takes the subject of the verb before */
    int elided_passive;         /* "... and several others wounded" */
    int to_place;               /* a place it names may be its target */
    const herald_actor *held;   /* the place its target is said to hold */
    int negated, hypothetical;
    const char *threat_code;    /* the threat it codes instead, or NULL */
} verb_coding;

#define VERB_DONE 1             /* a step dropped the verb: no more steps */

/* Whether mention m comes after the word `word` (over determiners). */
static inline int target_after_word(const sent *s, long m, const char *word)
{
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    return k > s->begin && hr_tok_is(&s->doc->tokens[k - 1], word);
}

/* Whether mention m comes after "between" (over determiners). */
static inline int between_target(const sent *s, long m)
{
    return target_after_word(s, m, "between");
}

/* A word after an article or a possessive is a noun ("an attack",
 * "its meeting"), not the verb the dictionary lists it as. */
static inline int after_determiner(const sent *s, size_t k)
{
    static const char *const dets[] = { "a", "an", "the", "this", "that", "its", "their", "his",
                                         "her", "our", "'s", "any", "no", "every", NULL };
    /* none is longer than five letters: the length spares most words the list */
    return k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].norm_len <= 5 &&
           hr_tok_in(&s->doc->tokens[k - 1], dets);
}

static inline int is_show_of_force(const char *code)
{
    return code && strncmp(code, "15", 2) == 0;
}

/* Whether a code is one of protest (14): a protest is held in a place,
 * not against it ("teachers went on strike in Kenya over pay" names
 * only an issue; the target is unknown). */
static inline int is_protest_code(const char *code)
{
    return hr_root_in(code, 14, 14);
}

/* Whether an actor is armed forces or police: its code's role MIL or
 * COP ("tanks", "warships", "Israeli police"). */
static inline int is_forces(const herald_actor *a)
{
    static const char *const forces[] = { "MIL", "COP", NULL };
    return strlen(a->code) == 6 && hr_role_in(a->code, forces);   /* no sector after it */
}

static inline int drop_verb(const verb_coding *v, const char *reason)
{
    int rc = hr_drop(v->s, v->vstart, v->vend, reason);
    return rc ? rc : VERB_DONE;
}

/* The steps of the verb loop that have a file of their own: v->src and
 * v->c1, v->c2 (source.c); v->tgt (target.c).  0, VERB_DONE when the
 * verb is dropped, or an error. */
int hr_find_source(verb_coding *v);
int hr_find_target(verb_coding *v);

/* Questions of events.c the source and target steps ask too. */
int hr_direct_object(const sent *s, size_t vend, long m);
int hr_same_state(const sent *s, long a, long b);
const char *hr_protest_by_state(const sent *s, const hr_verb_block *b, long src, const char *c1);
int hr_two_way_act(const verb_coding *v);

#endif

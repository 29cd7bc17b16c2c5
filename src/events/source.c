/* source.c - the source of a verb being coded: a pattern's $, a noun's
 * possessor ("Russia's shelling", "his talks with"), the subject of an
 * opening phrase or of the verb it is joined to, the sender of a
 * purpose, else the mention before the verb. */
#include "verb_coding.h"
#include "../dict/lexicon.h"
#include "../dict/verbs.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether mention m may be one person: a person named, or one holder
 * of a role ("the Iranian ambassador", "the minister"), not a state nor
 * a body of many ("Iranian diplomats"). */
static int one_person(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    int head = s->doc->tokens[a->first_token + a->token_count - 1].tag;
    return a->kind == HERALD_ACTOR_PERSON ||
           ((a->kind == HERALD_ACTOR_COMPOSED || a->kind == HERALD_ACTOR_ROLE) &&
            (head == HR_TAG_NN || head == HR_TAG_NNP));
}

/* Whether mention m is the agent of a passive ("was made by the
 * ambassador"): the doer of the clause, though not its subject. */
static int passive_agent(const sent *s, long m)
{
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    return k >= s->begin + 2 && hr_tok_is(&s->doc->tokens[k - 1], "by") &&
           s->doc->tokens[k - 2].tag == HR_TAG_VBN;
}

/* "his talks with Y", "her visit to Y": the person "his" or "her" right
 * before the event noun at k stands for: the subject of the clause when
 * a person ("Arafat would inform King Hussein about his talks", "the
 * ambassador made the offer in his meeting with Y"), else the nearest
 * person named before it in the sentence or one who is the agent of a
 * passive ("the offer was made by the ambassador in his meeting"), or
 * -1.  (A role further back may be anyone: "Hu told the press after
 * his talks".) */
static long pronoun_possessor(const sent *s, size_t k)
{
    if (k == s->begin || s->owner[k - 1] >= 0 ||
        !hr_tok_in(&s->doc->tokens[k - 1], (const char *const[]){ "his", "her", NULL }))
        return -1;
    long subject;
    if (hr_previous_clause_subject(s, k, 0, &subject) && subject >= 0 && one_person(s, subject))
        return subject;
    for (size_t i = k - 1; i-- > s->begin;)
        if (s->owner[i] >= 0 && (s->doc->actors[s->owner[i]].kind == HERALD_ACTOR_PERSON ||
                                 (passive_agent(s, s->owner[i]) && one_person(s, s->owner[i]))))
            return s->owner[i];
    return -1;
}

/* The first of at most two plain modifiers (adjectives or nouns of no
 * mention) right before the event noun at k ("major", "air"), else k. */
static size_t modifiers_start(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    size_t j = k;
    while (j > s->begin && k - j < 2 && s->owner[j - 1] < 0 &&
           (t[j - 1].tag == HR_TAG_NN || t[j - 1].tag == HR_TAG_JJ))
        j--;
    return j;
}

/* The owner a possessive names for the event noun at k, also over its
 * modifiers ("Russia's shelling", "Iran's major offensive", "his talks",
 * "its new offensive"); -1 for none.  "its" is the subject of the
 * clause before when that is no person ("Iran said its offensive"). */
static long noun_possessor(const sent *s, size_t k)
{
    size_t p = modifiers_start(s, k);
    if (p < s->begin + 2 || s->owner[p - 1] >= 0) return -1;
    const herald_token *word = &s->doc->tokens[p - 1];
    if (hr_tok_is(word, "'s")) return s->owner[p - 2];
    long subject;
    if (hr_tok_is(word, "its"))
        return hr_previous_clause_subject(s, p - 1, 0, &subject) && subject >= 0 &&
                       s->doc->actors[subject].kind != HERALD_ACTOR_PERSON
                   ? subject : -1;
    return pronoun_possessor(s, p);
}

/* "the Turkish talks with Y", "Israeli air strikes on Gaza": an actor
 * named by an adjective in front of the event noun at k, over at most
 * two plain modifiers ("air", "peace"), and itself at the head of its
 * noun phrase (after a determiner or a preposition, or first in the
 * sentence), owns the noun as a possessor would; or -1.  A name there
 * is most often the place ("the Helsinki negotiations"), so of names only
 * a body's owns it ("NATO air strikes", "a Hamas attack"): its code is
 * longer than a state's three letters, which places and capitals code. */
static long adjective_owner(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    size_t j = modifiers_start(s, k);
    if (j == s->begin || s->owner[j - 1] < 0) return -1;
    long m = s->owner[j - 1];
    const herald_actor *a = &s->doc->actors[m];
    if (a->kind != HERALD_ACTOR_NAMED) return -1;
    int adjective = a->token_count == 1 && t[j - 1].tag == HR_TAG_JJ;
    int body = (t[j - 1].tag == HR_TAG_NNP || t[j - 1].tag == HR_TAG_NNPS) && strlen(a->code) > 3;
    if (!adjective && !body) return -1;
    size_t f = a->first_token;
    return f == s->begin || hr_is_det_tag(t[f - 1].tag) || t[f - 1].tag == HR_TAG_IN ? m : -1;
}

/* Whether token k is a quotation mark (the tokeniser's `` '' ").  */
static int is_quote(const herald_token *t)
{
    return hr_tok_in(t, (const char *const[]){ "\"", "``", "''", NULL });
}

/* Whether token k is a participle right after a determiner ("a failed
 * attack", "the renewed talks"): an adjective of the noun phrase. */
static int participle_after_determiner(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    return t[k].tag == HR_TAG_VBN && k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_PRPS);
}

/* The first word of the noun phrase whose noun is at vstart, back over
 * "the two-day", "one-on-one", "his", "a state", "a failed". */
static size_t noun_phrase_start(const sent *s, size_t vstart)
{
    const herald_token *t = s->doc->tokens;
    size_t k = vstart;
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD ||
            t[k - 1].tag == HR_TAG_PRPS || t[k - 1].tag == HR_TAG_NN ||
            participle_after_determiner(s, k - 1)))
        k--;
    return k;
}

/* Whether the event noun ending before token vend is aimed "on" or
 * "against" a mention right after ("an attack on the police"), whatever
 * pattern coded its means ("a bomb attack on a convoy"). */
static int aimed_at_mention(const sent *s, size_t vend)
{
    const herald_token *t = s->doc->tokens;
    if (vend + 1 >= s->end || s->owner[vend] >= 0 ||
        !hr_tok_in(&t[vend], (const char *const[]){ "on", "against", NULL }))
        return 0;
    size_t k = vend + 1;
    while (k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT) k++;
    return k < s->end && s->owner[k] >= 0;
}

/* "following a grenade attack on a police station", "in an attack on
 * X", "An attack on X killed ...": an event noun whose phrase opens the
 * sentence or follows a preposition is an act told apart from any verb,
 * not the object a verb codes ("launched an attack on X"). */
static int noun_apart_from_verb(const sent *s, size_t vstart)
{
    const herald_token *t = s->doc->tokens;
    size_t k = noun_phrase_start(s, vstart);
    if (k == vstart) return 0;                  /* "attacks on X": no determiner, a verb's object */
    return k == s->begin ||
           (s->owner[k - 1] < 0 &&
            (t[k - 1].tag == HR_TAG_IN || hr_tok_is(&t[k - 1], "following")));
}

/* "Zahar said during a visit to Tehran that ...", "Gingrich told Jiang
 * on a visit to China": an event noun in a phrase of time after a
 * clause's verb ("during", "on a") is the act of that clause's subject,
 * or of the speaker put after "said" ("..., said X during a meeting").
 * 1 and *subject when such a phrase has a subject naming an actor. */
static int trailing_phrase_subject(const sent *s, size_t vstart, long *subject)
{
    const herald_token *t = s->doc->tokens;
    size_t k = noun_phrase_start(s, vstart);
    if (k <= s->begin + 1 || k == vstart || s->owner[k - 1] >= 0) return 0;
    int during = hr_tok_is(&t[k - 1], "during");
    int on_a = hr_tok_is(&t[k - 1], "on") && hr_tok_in(&t[k], (const char *const[]){ "a", "an",
                                                                                      NULL });
    if (!during && !on_a) return 0;
    if (hr_speaker_after_saying(s, k - 1, subject)) return 1;
    return hr_previous_clause_subject(s, k - 1, 0, subject) == 1 && *subject >= 0;
}

/* The subject of the main clause after an opening phrase that goes on
 * past token vend: that of the first finite verb group whose subject
 * stands right after a comma (with `first_only`, the first finite verb
 * group, or none: "Supporting Russia is our raison d'etre" opens with
 * a subject, no phrase).  1 and *subject (-1 when it names no actor),
 * else 0. */
static int main_subject_after_opening(const sent *s, size_t vend, int first_only, long *subject)
{
    const herald_token *t = s->doc->tokens;
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vend - 1];
    for (c = c < 0 ? -1 : c + 1; c >= 0 && (size_t)c < s->doc->chunk_count &&
                                 ch[c].sentence == s->index; c++) {
        if (!hr_finite_group(s, c)) continue;
        long np = hr_chunk_before(s, c);
        long of = np >= 0 ? hr_chunk_before(s, np) : -1;
        long amount = of >= 0 ? hr_chunk_before(s, of) : -1;
        if (amount >= 0 && ch[of].kind == HERALD_CHUNK_PP && ch[amount].kind == HERALD_CHUNK_NP &&
            hr_tok_is(&t[ch[of].first_token], "of"))
            np = amount;    /* "..., thousands of workers took" */
        size_t b = np >= 0 && ch[np].kind == HERALD_CHUNK_NP ? ch[np].first_token : s->begin;
        while (b > s->begin && s->owner[b - 1] < 0 && is_quote(&t[b - 1])) b--;
        if (b == s->begin || s->owner[b - 1] >= 0 || !hr_tok_is(&t[b - 1], ",")) {
            if (first_only) return 0;
            continue;
        }
        if (hr_clause_subject(s, ch[c].head, subject) != 1) *subject = -1;
        return 1;
    }
    return 0;
}

/* "After talks with Y, X said ...", "Speaking to reporters after a
 * meeting with Y, X urged ...": an event noun in a phrase that opens the
 * sentence (a preposition, or a participle before it) belongs to the
 * subject of the main clause after the comma that ends the phrase.  1
 * and *subject (-1 when it names no actor) for such a phrase, else 0. */
static int opening_phrase_subject(const sent *s, size_t vstart, size_t vend, long *subject)
{
    static const char *const preps[] = { "after", "during", "following", "at", "before", "in", NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = noun_phrase_start(s, vstart);
    if (k == s->begin || s->owner[k - 1] >= 0 || !hr_tok_in(&t[k - 1], preps)) return 0;
    size_t prep = k - 1;
    if (prep > s->begin && t[s->begin].tag != HR_TAG_VBG) return 0;
    for (size_t i = s->begin + 1; i < prep; i++)     /* "Speaking to reporters after" */
        if (s->owner[i] < 0 &&
            (hr_tok_is(&t[i], ",") || (s->chunk_of[i] >= 0 && hr_finite_group(s, s->chunk_of[i]))))
            return 0;
    return main_subject_after_opening(s, vend, 0, subject);
}

/* The first of the adverbs right before token k ("even", "also",
 * "then"), or k when none stands there. */
static size_t before_adverbs(const sent *s, size_t k)
{
    while (k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].tag == HR_TAG_RB) k--;
    return k;
}

/* The verb whose clause the verb at vstart belongs to: a gerund right
 * after a finite verb group is its object ("but acknowledges sending
 * advisers") and shares that verb's subject; any other verb is its own. */
static size_t clause_verb(const sent *s, size_t vstart)
{
    long c = s->chunk_of[vstart];
    if (s->doc->tokens[vstart].tag != HR_TAG_VBG || c < 0) return vstart;
    long before = hr_chunk_before(s, c);
    return before >= 0 && hr_finite_group(s, before) ? s->doc->chunks[before].first_token : vstart;
}

/* "were killed in fighting between A and B": a gerund of violence right
 * before "between" names the fight as a noun does, whose parties are
 * the two named after it, not the subject of the clause around it. */
static int fighting_between(const verb_coding *v)
{
    const sent *s = v->s;
    long c = s->chunk_of[v->vstart];
    return c >= 0 && (s->doc->chunks[c].flags & HERALD_VG_GERUND) && v->vend < s->end &&
           hr_tok_is(&s->doc->tokens[v->vend], "between") &&
           hr_is_violence_code(hr_lexicon_str(s->vx, v->code));
}

/* The source: a pattern's $, a noun's possessor, the subject of an
 * opening phrase or of the verb this one is joined to, the sender of a
 * purpose, else the mention before the verb. */
int hr_find_source(verb_coding *v)
{
    sent *s = v->s;
    size_t vstart = v->vstart, vend = v->vend;
    const hr_verb_block *b = v->b;
    const hit *h = &v->hit;
    long possessor;
    v->src = h->source >= 0 ? h->source : hr_mention_before(s, vstart);
    if (b->nominal && h->source < 0 && after_determiner(s, vstart)) {
        /* "the shelling", "Russia's shelling": the source is the possessor,
         * never the subject of the sentence around it.  ("held talks":
         * without a determiner the noun is the verb's object, and the
         * subject is its source.) */
        v->src = noun_possessor(s, vstart);
    } else if (b->nominal && h->source < 0 && (possessor = noun_possessor(s, vstart)) >= 0) {
        v->src = possessor;  /* "Iran's major offensive" */
    }
    long opener;
    if (b->nominal && h->source < 0 && opening_phrase_subject(s, vstart, vend, &opener))
        v->src = opener;
    else if (b->nominal && h->source < 0 && trailing_phrase_subject(s, vstart, &opener))
        v->src = opener;
    else if (b->nominal && h->source < 0 && (opener = adjective_owner(s, vstart)) >= 0)
        v->src = opener;
    else if (b->nominal && v->best && h->source < 0 &&
             strcmp(hr_lexicon_str(s->vx, b->code), "---") == 0 &&
             !(h->target >= 0 && between_target(s, h->target)) &&
             !(vstart >= s->begin + 2 && hr_tok_is(&s->doc->tokens[vstart - 1], "'s")) &&
             noun_possessor(s, vstart) < 0) {
        /* "held talks with", "called for talks with", "at the six-nation
         * talks with": a noun that codes nothing alone names no party
         * but its possessor, or the subject an opening phrase leads to;
         * else the verb it is the object of codes the event, if any.
         * An act of violence with a target, told apart from any verb
         * ("following an attack on X"), stands with its doer unknown. */
        if (!aimed_at_mention(s, vend) || !hr_is_violence_code(hr_lexicon_str(s->vx, v->code)) ||
            !noun_apart_from_verb(s, vstart))
            return drop_verb(v, "an event noun with no possessor, outside an opening phrase");
        v->src = -1;
    }
    /* "talks between A and B", "clashes between A and B": the parties
     * named act on each other; no one else is the source, even when
     * only one of them is an actor ("a meeting between one of the
     * driving forces of capitalism and Asia's communist leaders"). */
    if ((b->nominal || fighting_between(v)) && h->source < 0 &&
        ((h->target >= 0 && between_target(s, h->target)) ||
         (vend < s->end && hr_tok_is(&s->doc->tokens[vend], "between"))))
        v->src = -1;
    /* "... condemned the attack and promised aid", "criticized Sweden but
     * praised Finland", "struck X, striking Y", "..., even arresting him":
     * the second verb has the first one's subject. */
    size_t opener_end = before_adverbs(s, vstart);
    int participle = opener_end > s->begin && s->owner[opener_end - 1] < 0 &&
                     hr_tok_in(&s->doc->tokens[opener_end - 1],
                               (const char *const[]){ ",", "and", NULL }) &&
                     s->doc->tokens[vstart].tag == HR_TAG_VBG;
    long subject;
    size_t joined = clause_verb(s, vstart);
    v->joined = 1;
    /* "sent a letter to Fujimori expressing support": the sender speaks */
    if (h->source < 0 && hr_document_addressee(s, vstart) >= 0 &&
        hr_previous_clause_subject(s, vstart, 0, &subject))
        v->src = subject;
    else if (h->source < 0 && hr_means_subject(s, vstart, &subject))
        v->src = subject;   /* "imposed a blockade on X by cutting links" */
    else if (h->source < 0 && !b->nominal && vstart == s->begin &&
             s->doc->tokens[vstart].tag == HR_TAG_VBG && v->code != HR_NONE &&
             is_protest_code(hr_lexicon_str(s->vx, v->code)) &&
             main_subject_after_opening(s, vend, 1, &subject))
        v->src = subject;   /* "Chanting slogans against X, students marched": the students */
    else if (h->source < 0 && participle && hr_previous_clause_subject(s, vstart, 1, &subject))
        v->src = subject;   /* "a car bomb hit a patrol, killing 20": no actor did it */
    else if (h->source < 0 && participle && s->last_source != NO_VERB_YET)
        v->src = s->last_source;
    else if (h->source < 0 && hr_time_gerund(s, vstart) &&
             hr_previous_clause_subject(s, vstart, 0, &subject))
        v->src = subject;   /* "was arrested after firing at X": the settler fired */
    else if (h->source < 0 && hr_while_gerund(s, vstart))
        /* "Syria pledged ... while maintaining its innocence": the doer
         * of the clause the gerund hangs on, else (a verb joined to
         * another, "met X and ordered ..., while calling") the last
         * verb's. */
        v->src = hr_previous_clause_subject(s, vstart, 1, &subject) && subject >= 0 ? subject
                 : s->last_source >= 0 ? s->last_source : -1;
    else if (h->source < 0 && hr_group_start(s, joined) > s->begin &&
             s->owner[hr_group_start(s, joined) - 1] < 0 &&
             hr_coordinated_verb(s, hr_group_start(s, joined) - 1)) {
        /* "as protesters packed the streets and surrounded ...", "has
         * built missiles and has deployed rockets", "denies deploying
         * troops but acknowledges sending advisers": the subject of the
         * verb it is joined to, else the last verb's. */
        if (hr_joined_clause_subject(s, joined, &subject)) v->src = subject;
        else if (s->last_source >= 0) v->src = s->last_source;
    } else {
        v->joined = 0;
        if (h->source < 0 && !b->nominal && hr_purpose_subject(s, vstart, &subject))
            v->src = subject;   /* "burned US flags to protest against X": not the US */
    }
    /* "The US sent agents to Kenya to investigate": the purpose of a
     * sending is its sender's, the act of the sentence's subject (a
     * pattern's $ just before would read the destination or those sent). */
    long journey = !b->nominal ? hr_journey_of_purpose(s, vstart) : -1;
    if (journey >= 0) v->src = hr_mention_before(s, s->doc->chunks[journey].head);
    if (journey >= 0 && v->code != HR_NONE &&
        hr_journey_coded(s, journey, hr_lexicon_str(s->vx, v->code)))
        return drop_verb(v, "the purpose of a sending that coded it already");
    if (h->source < 0 && !b->nominal && hr_participle_on_thing(s, vstart)) v->src = -1;
    if (h->source < 0 && !b->nominal && hr_shares_passive(s, vstart)) {
        if (hr_joined_clause_subject(s, vstart, &subject)) v->src = subject;
    } else if (h->source < 0 && !b->nominal &&
               hr_joined_participle(s, vstart, &v->elided_passive, &subject))
        v->src = v->elided_passive ? -1 : subject;
    if (!b->nominal) s->last_source = v->src;      /* a noun is no clause's verb */
    v->c1 = v->code == HR_NONE ? NULL : hr_lexicon_str(s->vx, v->code);
    if (!b->nominal) v->c1 = hr_protest_by_state(s, b, v->src, v->c1);
    if (!b->nominal) s->last_coercion = v->c1 && strncmp(v->c1, "17", 2) == 0;
    if (b->nominal && hr_is_force_code(v->c1) && h->source < 0 && hr_known_attack(s, vstart) &&
        !(h->target >= 0 && between_target(s, h->target)))
        return drop_verb(v, "an attack named with 'the' after a verb or preposition "
                            "('condemned the bombing'): reported elsewhere");
    v->c2 = v->code2 == HR_NONE ? NULL : hr_lexicon_str(s->vx, v->code2);
    return 0;
}

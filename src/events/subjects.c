/* subjects.c - a verb's subject read off the chunks: the mention before
 * it, a clause's subject (a relative clause's antecedent, the teller of
 * a reported clause), the subject of a joined verb, of a means, of a
 * purpose or of a reported clause; a leader or helper named beside the
 * subject. */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether token k is a verb of saying, its participle included. */
int hr_says(const sent *s, size_t k)
{
    return hr_tok_says(&s->doc->tokens[k]) || hr_tok_is(&s->doc->tokens[k], "saying");
}

/* Whether the words from token k up to the comma at `close` are an
 * aside that counts the mention before it among others: ", one of the
 * founders of the ADB,", ", one of the world's largest producers," (a
 * number, "of", then no verb).  Its mentions are no subject. */
static int counted_aside(const sent *s, size_t k, size_t close)
{
    const herald_token *t = s->doc->tokens;
    if (k + 1 >= close || t[k].tag != HR_TAG_CD || !hr_tok_is(&t[k + 1], "of")) return 0;
    for (size_t i = k + 2; i < close; i++)
        if (hr_tag_is_verb(t[i].tag)) return 0;
    return 1;
}

/* The mention of the noun phrase that ends just before token k ("Walid
 * al-Moualem", whose last word the tagger made an adjective), over two
 * chunks at most, or -1. */
static long phrase_mention_before(const sent *s, size_t k)
{
    long c = k > s->begin ? s->chunk_of[k - 1] : -1;
    for (int n = 0; c >= 0 && n < 2; n++, c = hr_chunk_before(s, c)) {
        herald_chunk_kind kind = s->doc->chunks[c].kind;
        if (kind != HERALD_CHUNK_NP && kind != HERALD_CHUNK_ADJP) return -1;
        long m = hr_chunk_mention(s, c);
        if (m >= 0) return m;
    }
    return -1;
}

/* Whether token k opens a prepositional phrase set off by commas, an
 * aside between a subject and its verb: ", through the Red Cross and in
 * coordination with local authorities,", ", just back from X,". */
static int prepositional_aside(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    if (c >= 0 && ch[c].kind == HERALD_CHUNK_ADVP && ch[c].first_token == k)
        c = hr_chunk_after(s, c);
    return c >= 0 && ch[c].kind == HERALD_CHUNK_PP;
}

/* Whether the noun phrase of mention m, over the words that modify it,
 * is the object of a preposition or a verb ("attacks in south Lebanon,
 * mainly by X, have killed"). */
static int object_of_phrase(const sent *s, long m)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[s->doc->actors[m].first_token];
    long p = c >= 0 ? hr_chunk_before(s, c) : -1;
    while (p >= 0 && (ch[p].kind == HERALD_CHUNK_NP || ch[p].kind == HERALD_CHUNK_ADJP))
        p = hr_chunk_before(s, p);
    return p >= 0 && (ch[p].kind == HERALD_CHUNK_PP || ch[p].kind == HERALD_CHUNK_VG);
}

/* Whether the subject of the verb group holding token k is "he" or
 * "she", which stand for a person, never a state or an organisation. */
static int personal_subject(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    long p = c >= 0 ? hr_chunk_before(s, c) : -1;
    return p >= 0 && s->doc->chunks[p].kind == HERALD_CHUNK_NP &&
           s->doc->chunks[p].token_count == 1 &&
           hr_tok_in(&s->doc->tokens[s->doc->chunks[p].first_token],
                     (const char *const[]){ "he", "she", NULL });
}

/* "Rebels backed by Uganda attacked ...": when mention m is the "by"
 * agent of a passive participle right after another noun phrase, that
 * phrase's mention (the rebels) is the subject of the verb that follows,
 * not the agent; else -1.  A leader ("a delegation led by the foreign
 * secretary left") acts with the group and names it best: no skip. */
static long reduced_passive_head(const sent *s, long m)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[s->doc->actors[m].first_token];
    long by = c >= 0 ? hr_chunk_before(s, c) : -1;
    if (by < 0 || ch[by].kind != HERALD_CHUNK_PP || !hr_tok_is(&s->doc->tokens[ch[by].first_token], "by"))
        return -1;
    long vg = hr_chunk_before(s, by);
    if (vg < 0 || ch[vg].kind != HERALD_CHUNK_VG || ch[vg].token_count != 1 ||
        !(ch[vg].flags & HERALD_VG_PASSIVE) ||
        hr_tok_in(&s->doc->tokens[ch[vg].first_token], (const char *const[]){ "led", "headed", NULL }))
        return -1;      /* one participle: "was attacked by" is a clause of its own */
    long np = hr_chunk_before(s, vg);
    long head = np >= 0 && ch[np].kind == HERALD_CHUNK_NP ? hr_chunk_mention(s, np) : -1;
    return head >= 0 && !hr_is_place(s, head) ? head : -1;
}

/* "gave the order for troops to open fire": the noun phrase after
 * "for" right before the infinitive of chunk c is its own subject.
 * That phrase's chunk, else -1. */
static long for_subject_phrase(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_VG || !(ch[c].flags & HERALD_VG_INFINITIVE)) return -1;
    long np = hr_chunk_before(s, c);
    long pp = np >= 0 ? hr_chunk_before(s, np) : -1;
    return np >= 0 && ch[np].kind == HERALD_CHUNK_NP && pp >= 0 && ch[pp].kind == HERALD_CHUNK_PP &&
                   hr_tok_is(&s->doc->tokens[ch[pp].first_token], "for")
               ? np
               : -1;
}

/* The subject of the verb at token k: the one the chunks show, else the
 * nearest mention ending before k that is no place (for "he" or "she",
 * that may be a person), or -1. */
long hr_mention_before(const sent *s, size_t k)
{
    long subject;
    if (hr_clause_subject(s, k, &subject)) return subject;
    long own = for_subject_phrase(s, s->chunk_of[k]);
    if (own >= 0 && (subject = hr_chunk_mention(s, own)) >= 0) return subject;
    /* "X, who heads Y, promised": a relative clause between commas just
     * before the verb is skipped when a mention stands before it. */
    size_t close = k;
    long group = s->chunk_of[k];           /* from its auxiliary: ", has criticized" */
    if (group >= 0 && s->doc->chunks[group].kind == HERALD_CHUNK_VG)
        close = s->doc->chunks[group].first_token;
    while (close > s->begin && s->doc->tokens[close - 1].tag == HR_TAG_RB) close--;
    if (close > s->begin + 1 && s->owner[close - 1] < 0 &&
        hr_tok_is(&s->doc->tokens[close - 1], ",")) {
        for (size_t i = close - 1; i-- > s->begin + 1;) {
            if (s->owner[i] >= 0 || !hr_tok_is(&s->doc->tokens[i], ",")) continue;
            /* ", who ...", ", which ...", ", speaking after talks with Y,"
             * ", infuriated by the arrests,", ", in a letter to Y," */
            const herald_token *open = &s->doc->tokens[i + 1];
            int tag = open->tag;
            int participle = tag == HR_TAG_VBG || tag == HR_TAG_VBN ||
                             (tag == HR_TAG_JJ && i + 2 < close &&    /* "backed by" */
                              hr_tok_is(&s->doc->tokens[i + 2], "by"));
            long m = s->owner[i - 1] >= 0 ? s->owner[i - 1] : phrase_mention_before(s, i);
            if (m >= 0 && !hr_is_place(s, m) &&
                (tag == HR_TAG_WP || tag == HR_TAG_WDT || tag == HR_TAG_WPS || participle ||
                 ((s->owner[i - 1] == m || s->doc->tokens[i - 1].tag == HR_TAG_NNP) &&
                  prepositional_aside(s, i + 1) &&
                  !object_of_phrase(s, m))))
                return m;
            if (m >= 0 && hr_appositive(s, &s->doc->actors[m], close - 1)) return m;
            if (m >= 0 && s->owner[i - 1] == m && counted_aside(s, i + 1, close - 1)) return m;
            /* "John Smith, the former ambassador to Indonesia, said": a
             * name the dictionaries lack is the role apposed to it. */
            if (m < 0 && s->doc->tokens[i - 1].tag == HR_TAG_NNP &&
                (m = hr_apposed_role(s, i + 1, close - 1)) >= 0)
                return m;
            break;
        }
    }
    /* "militants who had crossed into Israel attacked ...": a relative
     * clause with a verb of its own stands between the subject and the
     * verb; its mentions are no subject of the verb. */
    int verb = 0;
    for (size_t i = close; i-- > s->begin + 1 && close - i < 12;) {
        const herald_token *t = &s->doc->tokens[i];
        if (s->owner[i] >= 0) continue;
        if (hr_tok_is(t, ",") || hr_tok_is(t, ";")) break;
        if (t->tag == HR_TAG_VBD || t->tag == HR_TAG_VBN || t->tag == HR_TAG_VBZ ||
            t->tag == HR_TAG_VBP)
            verb = 1;
        if (verb && (t->tag == HR_TAG_WP || t->tag == HR_TAG_WDT) && s->owner[i - 1] >= 0 &&
            !hr_is_place(s, s->owner[i - 1]))
            return s->owner[i - 1];
    }
    int person = personal_subject(s, k);
    for (size_t i = k; i-- > s->begin;)
        if (s->owner[i] >= 0 && !hr_is_place(s, s->owner[i]) &&
            !hr_tok_is(&s->doc->tokens[i], "them") &&      /* an object is no doer */
            !(person && s->doc->actors[s->owner[i]].kind == HERALD_ACTOR_NAMED)) {
            long head = reduced_passive_head(s, s->owner[i]);
            return head >= 0 ? head : s->owner[i];
        }
    return -1;
}

#define LEADER_REACH 6      /* tokens from "by" to the leader's name: "the militant group X" */

/* "thousands of students, led by opposition leader X, marched": the
 * mention set apart between commas after mention m as the one who leads
 * it ("led by", "headed by"), a second doer of m's acts; or -1 (also
 * for a leader of no known country). */
long hr_leader_of(const sent *s, long m)
{
    static const char *const leading[] = { "led", "headed", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count;
    if (k + 3 >= s->end || !hr_tok_is(&t[k], ",") || !hr_tok_in(&t[k + 1], leading) ||
        !hr_tok_is(&t[k + 2], "by"))
        return -1;
    for (size_t j = k + 3; j < s->end && j <= k + 2 + LEADER_REACH; j++) {
        if (hr_tok_is(&t[j], ",")) return -1;
        long leader = s->owner[j];
        if (leader < 0 || hr_is_place(s, leader)) continue;
        const herald_actor *l = &s->doc->actors[leader];
        /* "Mexican officials, led by Finance Minister X": a role of no
         * country is the group's own member, no second party */
        if (strncmp(l->code, "---", 3) == 0) return -1;
        size_t after = l->first_token + l->token_count;
        return after < s->end && hr_tok_is(&t[after], ",") ? leader : -1;
    }
    return -1;
}

/* Whether mention m stands after "with the help of" or "with the
 * assistance of" (over articles and adjectives): a party that shares the
 * act of its clause ("carried out the blasts with the help of Pakistan's
 * intelligence agency"), not its target. */
int hr_helps(const sent *s, long m)
{
    static const char *const help[] = { "help", "assistance", NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ))
        k--;
    return k >= s->begin + 4 && s->owner[k - 1] < 0 && hr_tok_is(&t[k - 1], "of") &&
           hr_tok_in(&t[k - 2], help) && hr_tok_is(&t[k - 3], "the") &&
           hr_tok_is(&t[k - 4], "with");
}

/* The helper (hr_helps) named in the clause from token `from`, or -1. */
long hr_helper_in_clause(const sent *s, size_t from)
{
    for (size_t k = from, end = hr_clause_end(s, from); k < end; k++)
        if (s->owner[k] >= 0 && s->doc->actors[s->owner[k]].first_token == k &&
            hr_helps(s, s->owner[k]))
            return s->owner[k];
    return -1;
}

/* Whether token k is a pronoun that stands for persons the sentence
 * does not name ("those who carried out the attacks", "anyone
 * responsible"): it names no actor of its own. */
int hr_unnamed_persons(const sent *s, size_t k)
{
    static const char *const pronouns[] = { "those", "anyone", "anybody", "everyone",
                                            "everybody", "someone", "somebody", NULL };
    return s->owner[k] < 0 && hr_tok_in(&s->doc->tokens[k], pronouns);
}

/* The subject of a relative clause that opens at token r ("which",
 * "who", "that"): the phrase just before it, over a comma.  Returns 1
 * and *subject (-1 when that phrase names no actor: "the blasts which
 * killed"), or 0 when no phrase stands there. */
int hr_relative_subject(const sent *s, size_t r, long *subject)
{
    const herald_token *t = s->doc->tokens;
    size_t k = r;
    if (k > s->begin && s->owner[k - 1] < 0 && hr_tok_is(&t[k - 1], ",")) k--;
    if (k == s->begin) return 0;
    if (s->owner[k - 1] >= 0) {
        *subject = hr_is_place(s, s->owner[k - 1]) ? -1 : s->owner[k - 1];
        return 1;
    }
    /* a noun, or a plural the tagger read as a verb ("the bomb blasts"),
     * or "those" */
    int tag = t[k - 1].tag;
    if (!hr_tag_is_noun(tag) && !(tag == HR_TAG_VBZ && k - 1 > s->begin &&
                                  hr_tag_is_noun(t[k - 2].tag)) &&
        !hr_unnamed_persons(s, k - 1))
        return 0;
    *subject = -1;
    return 1;
}

/* The noun phrase joined to the one at chunk c by "and" or "or"
 * ("Russian police and tax inspectors"), or -1. */
static long conjoined_before(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    size_t k = ch[c].first_token;
    if (c == 0 || k < s->begin + 2 || s->owner[k - 1] >= 0 ||
        !hr_tok_in(&s->doc->tokens[k - 1], (const char *const[]){ "and", "or", NULL }))
        return -1;
    return ch[c - 1].kind == HERALD_CHUNK_NP && ch[c - 1].sentence == ch[c].sentence &&
                   ch[c - 1].first_token + ch[c - 1].token_count == k - 1
               ? c - 1 : -1;
}

#define ASIDE_REACH 8       /* tokens of a parenthesis: "(U.S.)", "(the CBI)" */

/* The noun phrase before a parenthesis that ends just before chunk c
 * ("The United States (U.S.) Thursday": the phrase before "(U.S.)"), or
 * -1. */
static long phrase_before_aside(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    const herald_token *t = s->doc->tokens;
    size_t k = ch[c].first_token;
    if (k < s->begin + 3 || !hr_tok_is(&t[k - 1], ")")) return -1;
    for (size_t open = k - 2; open > s->begin && k - open <= ASIDE_REACH; open--) {
        if (!hr_tok_is(&t[open], "(")) continue;
        long p = s->chunk_of[open - 1];
        return p >= 0 && ch[p].kind == HERALD_CHUNK_NP &&
                       ch[p].first_token + ch[p].token_count == open ? p : -1;
    }
    return -1;
}

/* Whether chunk c is one singular noun with no determiner: "access",
 * "aid", "entry" (a thing given or withheld, not a body of people). */
static int bare_mass_noun(const sent *s, long c)
{
    const herald_chunk *ch = &s->doc->chunks[c];
    return ch->token_count == 1 && s->owner[ch->first_token] < 0 &&
           s->doc->tokens[ch->first_token].tag == HR_TAG_NN;
}

/* Whether the noun phrase at chunk np names an attack and `prep` is the
 * "of" after it: "the 1998 bombings of the U.S. embassies killed 224",
 * "the shelling of Sarajevo": what follows "of" is what was attacked,
 * not who attacked. */
static int attack_of(const sent *s, long np, const herald_token *prep)
{
    static const char *const attacks[] = { "attack", "attacks", "bombing", "bombings",
                                           "shelling", "bombardment", "assassination",
                                           "killing", "killings", "murder", "massacre",
                                           "invasion", "shooting", "kidnapping", "abduction",
                                           "siege", NULL };
    const herald_chunk *ch = &s->doc->chunks[np];
    return hr_tok_is(prep, "of") &&
           hr_tok_in(&s->doc->tokens[ch->first_token + ch->token_count - 1], attacks);
}

/* Back from the noun phrase at chunk p over the phrases hung on it, the
 * mention nearest the verb in each stretch between prepositions: into
 * *found the first that names an actor (-1 for none), into *head the
 * chunk the phrases start at.  After "of" or "between" a mention names
 * who the phrase before is ("three of the leaders", "a truce between A
 * and B": *named), save after "of" on an attack, where it names the one
 * attacked (attack_of); after "at", "in" it is a place or a thing.  After
 * "by" it names who did the act the phrase before names ("attacks by
 * rebels", "the bombing of Belgrade by NATO warplanes"): that agent is
 * *found, before the victim named after "of".  The subject of a passive
 * (`passive`) that is a bare noun names after "to" too whom its act
 * befalls ("access to the refugees was denied by X", "aid to Sudan was
 * cut by X"; "a delegation to Iran was attacked" was not aimed at Iran). */
static void subject_phrases(const sent *s, long p, int passive, long *head, long *found,
                            long *named)
{
    const herald_chunk *ch = s->doc->chunks;
    long agent = -1;
    *head = p;
    *found = *named = -1;
    for (long np = p; np >= 0;) {
        *head = np;
        if (*found < 0) *found = hr_chunk_mention(s, np);
        long prev = hr_chunk_before(s, np);
        if (prev >= 0 && ch[prev].kind == HERALD_CHUNK_NP) { np = prev; continue; }
        /* over "(U.S.)" only from a phrase that names no one ("Thursday"),
         * not from the name apposed to it: "the spokesman of the PNA
         * (PNA) Nabil Abu Rudeineh" */
        if (prev < 0 && *found < 0 && (prev = phrase_before_aside(s, np)) >= 0) {
            np = prev;
            continue;
        }
        if (prev < 0 && (np = conjoined_before(s, np)) >= 0) continue;
        if (prev < 0 || ch[prev].kind != HERALD_CHUNK_PP) break;
        long before = hr_chunk_before(s, prev);
        if (before < 0 || ch[before].kind != HERALD_CHUNK_NP) break;
        const herald_token *prep = &s->doc->tokens[ch[prev].first_token];
        if (agent < 0 && hr_tok_is(prep, "by")) agent = *found;
        *named = (hr_tok_in(prep, (const char *const[]){ "of", "between", NULL }) &&
                  !attack_of(s, before, prep)) ||
                         (passive && hr_tok_is(prep, "to") && bare_mass_noun(s, before))
                     ? *found : -1;
        *found = -1;
        np = before;
    }
    if (agent >= 0) *found = agent;
}

/* Whether the noun phrase at chunk np ends in a noun that a gerund
 * after it may describe: an actor, a plural, or a noun after a
 * determiner or a possessor ("the policy favoring", "Pakistan's offer
 * to mediate"), not a number or a modifier that the tagger cut off its
 * noun ("two leading senators", "one senior banking official"). */
static int described_noun(const sent *s, long np)
{
    const herald_chunk *ch = &s->doc->chunks[np];
    size_t last = ch->first_token + ch->token_count - 1;
    const herald_token *t = s->doc->tokens;
    int tag = t[last].tag;
    if (s->owner[last] >= 0 || tag == HR_TAG_NNS || tag == HR_TAG_NNPS) return 1;
    if (tag != HR_TAG_NN || ch->token_count < 2) return 0;
    if (t[ch->first_token].tag == HR_TAG_DT) return 1;
    for (size_t k = ch->first_token + 1; k < last; k++)
        if (t[k].tag == HR_TAG_POS) return 1;
    return 0;
}

/* The noun phrase just before chunk g when a verb group there may
 * describe it (described_noun), or -1. */
static long described_before(const sent *s, long g)
{
    long np = hr_chunk_before(s, g);
    return np >= 0 && s->doc->chunks[np].kind == HERALD_CHUNK_NP && described_noun(s, np) ? np
                                                                                         : -1;
}

/* The noun phrase that the gerund group at chunk g describes, right
 * before it ("gunmen wearing police uniforms", "protesters carrying
 * flags"), or -1 (g no gerund, or none stands there).  "Including"
 * names members of the phrase, which are part of it. */
static long describing_gerund(const sent *s, long g)
{
    const herald_chunk *ch = s->doc->chunks;
    if (g < 0 || ch[g].kind != HERALD_CHUNK_VG || !(ch[g].flags & HERALD_VG_GERUND) ||
        s->doc->tokens[ch[g].head].tag != HR_TAG_VBG ||
        hr_tok_is(&s->doc->tokens[ch[g].head], "including"))
        return -1;
    return described_before(s, g);
}

/* The noun phrase that the infinitive group at chunk g describes, right
 * before it ("calls to reduce the troops", "a plan to free the
 * hostages"), or -1 (g no infinitive, or no such noun stands there).  A
 * preposition at g is the infinitive's own ("an offer to mediate
 * between A and B"). */
static long describing_infinitive(const sent *s, long g)
{
    const herald_chunk *ch = s->doc->chunks;
    if (g >= 0 && ch[g].kind == HERALD_CHUNK_PP) g = hr_chunk_before(s, g);
    if (g < 0 || ch[g].kind != HERALD_CHUNK_VG || !(ch[g].flags & HERALD_VG_INFINITIVE))
        return -1;
    return described_before(s, g);
}

/* The chunk before chunk c over adverbs ("have just four days"), or -1. */
static long chunk_before_adverbs(const sent *s, long c)
{
    long before = hr_chunk_before(s, c);
    while (before >= 0 && s->doc->chunks[before].kind == HERALD_CHUNK_ADVP)
        before = hr_chunk_before(s, before);
    return before;
}

/* Whether the one-word pronoun of noun phrase p agrees in number with
 * mention m, read off the head of m's phrase: "he" or "she" with one
 * person, a singular role ("the minister") or a name the dictionaries
 * lack after a body's ("EC Commissioner Frans Andriessen"), not a
 * state or body named alone; "they" with a plural ("officials"). */
static int pronoun_agrees(const sent *s, long p, long m)
{
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    long c = s->chunk_of[a->first_token + a->token_count - 1];
    size_t head = c >= 0 ? s->doc->chunks[c].head : a->first_token + a->token_count - 1;
    int plural = t[head].tag == HR_TAG_NNS || t[head].tag == HR_TAG_NNPS;
    const herald_token *pronoun = &t[s->doc->chunks[p].head];
    if (hr_tok_is(pronoun, "they")) return plural;
    return (hr_tok_is(pronoun, "he") || hr_tok_is(pronoun, "she")) && !plural &&
           (a->kind == HERALD_ACTOR_PERSON || s->owner[head] != m || a->kind != HERALD_ACTOR_NAMED);
}

/* "The minister told reporters (that) he had met X", "officials told
 * Reuters they arrested two men": a subject pronoun no actor stands for,
 * right after the audience of a verb of telling, is the teller when they
 * agree in number (*subject), else someone unnamed (-1); never the
 * audience, which only hears the clause.  0 when the pronoun follows no
 * such audience. */
static int teller_of_clause(const sent *s, long p, long *subject)
{
    static const char *const tell[] = { "told", "tells", "tell", "telling", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long audience = hr_chunk_before(s, p);
    if (audience >= 0 && ch[audience].kind == HERALD_CHUNK_SBAR &&
        hr_tok_is(&s->doc->tokens[ch[audience].first_token], "that"))
        audience = hr_chunk_before(s, audience);
    long verb = audience >= 0 && ch[audience].kind == HERALD_CHUNK_NP &&
                        hr_chunk_mention(s, audience) >= 0
                    ? hr_chunk_before(s, audience)
                    : -1;
    if (verb < 0 || ch[verb].kind != HERALD_CHUNK_VG ||
        !hr_tok_in(&s->doc->tokens[ch[verb].head], tell))
        return 0;
    long teller;
    *subject = hr_clause_subject(s, ch[verb].head, &teller) && teller >= 0 &&
                       pronoun_agrees(s, p, teller)
                   ? teller
                   : -1;
    return 1;
}

/* The subject of the finite verb group holding token k, read off the
 * chunks: in a relative clause the phrase the pronoun stands for; else
 * the noun phrases just before the group ("Russian police and tax
 * inspectors"), taken back over the phrases hung on them ("a bomb blast
 * at the academy", "three of the leaders").  Returns 1 and *subject, -1
 * when the subject names no actor ("a car bomb hit ...": not the place
 * after "at", nor a mention of an earlier clause), or 0 when the chunks
 * show no subject (then the nearest mention is taken). */
int hr_clause_subject(const sent *s, size_t k, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    if (c < 0 || !hr_finite_group(s, c)) return 0;
    long p = hr_chunk_before(s, c);
    while (p >= 0 && ch[p].kind == HERALD_CHUNK_ADVP) p = hr_chunk_before(s, p);
    if (p < 0) return 0;
    int rel = s->doc->tokens[ch[p].first_token].tag;
    if (ch[p].kind == HERALD_CHUNK_SBAR && (rel == HR_TAG_WDT || rel == HR_TAG_WP))
        return hr_relative_subject(s, ch[p].first_token, subject);
    if (ch[p].kind != HERALD_CHUNK_NP) return 0;
    long head, found, named;
    int passive = (ch[c].flags & HERALD_VG_PASSIVE) != 0;
    subject_phrases(s, p, passive, &head, &found, &named);
    long before = chunk_before_adverbs(s, head);
    /* "gunmen wearing police uniforms stormed ...", "calls to reduce
     * the troops were rejected": the phrase is the object of a gerund or
     * an infinitive that describes the subject before it. */
    long described = describing_gerund(s, before);
    if (described < 0) described = describing_infinitive(s, before);
    if (described >= 0) {
        subject_phrases(s, described, passive, &head, &found, &named);
        before = chunk_before_adverbs(s, head);
    }
    /* A phrase after a verb or a preposition is its object ("who had
     * crossed into Israel attacked"), no subject, unless the verb is one
     * of saying ("said Israel attacked"); a pronoun no actor stands for
     * is left to the nearest mention. */
    if (before >= 0 && ((ch[before].kind == HERALD_CHUNK_VG && !hr_says(s, ch[before].head)) ||
                        ch[before].kind == HERALD_CHUNK_PP || ch[before].kind == HERALD_CHUNK_ADJP))
        return 0;
    int pronoun = ch[p].token_count == 1 && s->doc->tokens[ch[p].head].tag == HR_TAG_PRP &&
                  s->owner[ch[p].head] < 0;
    if (pronoun && teller_of_clause(s, p, subject)) return 1;
    if (found < 0 && pronoun) return 0;
    /* "the two adversaries", "the three men": a definite phrase with a
     * number refers back to parties named before, which the actor stage
     * did not resolve; left to the nearest mention too.  (A year is no
     * count: "the 1998 bombings of the embassies killed ...".) */
    const herald_token *first = &s->doc->tokens[ch[head].first_token];
    if (found < 0 && named < 0 && ch[head].token_count > 2 && hr_tok_is(first, "the") &&
        first[1].tag == HR_TAG_CD && !hr_is_year(&first[1]))
        return 0;
    *subject = found >= 0 ? found : named;
    return 1;
}

/* "..., said Foreign Minister X during a visit": the speaker put after
 * a verb of saying, in the noun phrase (with its "of" phrases) that ends
 * right before token k.  1 and *speaker when there is one naming an
 * actor, else 0. */
int hr_speaker_after_saying(const sent *s, size_t k, long *speaker)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    long p = c < 0 ? -1 : hr_chunk_before(s, c);
    if (p < 0 || ch[p].kind != HERALD_CHUNK_NP) return 0;
    long head, found, named;
    subject_phrases(s, p, 0, &head, &found, &named);
    long verb = hr_chunk_before(s, head);
    if (verb < 0 || ch[verb].kind != HERALD_CHUNK_VG || !hr_says(s, ch[verb].head)) return 0;
    /* inverted only after the quote or clause it reports: "Abdullayev
     * told journalists during a visit" has its speaker before the verb */
    size_t v = ch[verb].first_token;
    if (v == s->begin || !hr_tok_in(&s->doc->tokens[v - 1],
                                    (const char *const[]){ ",", "''", "\"", NULL }))
        return 0;
    *speaker = found >= 0 ? found : named;
    return *speaker >= 0;
}

/* The subject of the clause before the verb at vstart: that of the
 * nearest finite verb group before it, which for a participle after a
 * comma (`main_only`: "a car bomb hit a patrol, killing 20") opens no
 * relative clause.  1 and *subject (-1 for a subject that names no
 * actor), or 0 when the chunks show none. */
int hr_previous_clause_subject(const sent *s, size_t vstart, int main_only, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0) return 0;
    for (long i = c - 1; i >= 0 && ch[i].sentence == ch[c].sentence; i--) {
        if (!hr_finite_group(s, i)) continue;
        long p = hr_chunk_before(s, i);
        if (main_only && p >= 0 && ch[p].kind == HERALD_CHUNK_SBAR) continue;
        return hr_clause_subject(s, ch[i].head, subject);
    }
    return 0;
}

/* Whether verb group c is active and finite with a noun phrase right
 * after it, its object ("accused Johnson-Morris"). */
static int active_with_object(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    long next = hr_chunk_after(s, c);
    return hr_finite_group(s, c) && !(ch[c].flags & HERALD_VG_PASSIVE) && next >= 0 &&
           ch[next].kind == HERALD_CHUNK_NP;
}

/* The subject a verb joined by "and" or "but" shares: that of the
 * nearest finite verb group before it, over passive ones when the verb
 * is active with an object of its own ("claimed that the vote was
 * rigged and accused X": the vote accused no one; "was attacked and
 * burned by protesters" keeps the passive's).  1 and *subject (-1 for
 * a subject that names no actor), or 0 when the chunks show none. */
int hr_joined_clause_subject(const sent *s, size_t vstart, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0) return 0;
    int over_passive = ch[c].kind == HERALD_CHUNK_VG && active_with_object(s, c);
    for (long i = c - 1; i >= 0 && ch[i].sentence == ch[c].sentence; i--) {
        if (!hr_finite_group(s, i) || (over_passive && (ch[i].flags & HERALD_VG_PASSIVE)))
            continue;
        return hr_clause_subject(s, ch[i].head, subject);
    }
    return 0;
}

/* "imposed a blockade on X by cutting links", "the importance of Y
 * helping by providing aid": a gerund of means after "by" is done by
 * the subject of the verb it tells the means of, the nearest verb group
 * before it that is no gerund after a preposition ("tried to scare X
 * into supporting him by calling ..."), never by the mention just
 * before "by"; a verb joined by "and" or "but" has the subject of the
 * clause before.  1 and *subject (-1 for none), or 0 when the verb at
 * vstart is no such gerund. */
int hr_means_subject(const sent *s, size_t vstart, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || !(ch[c].flags & HERALD_VG_GERUND) || vstart == s->begin ||
        s->owner[vstart - 1] >= 0 || !hr_tok_is(&s->doc->tokens[vstart - 1], "by"))
        return 0;
    *subject = -1;
    for (long i = c - 1; i >= 0 && ch[i].sentence == ch[c].sentence; i--) {
        size_t first = ch[i].first_token;
        if (ch[i].kind != HERALD_CHUNK_VG ||
            ((ch[i].flags & HERALD_VG_GERUND) && first > s->begin &&
             s->doc->tokens[first - 1].tag == HR_TAG_IN))
            continue;
        if (first > s->begin && s->owner[first - 1] < 0 && hr_coordinated_verb(s, first - 1))
            hr_previous_clause_subject(s, ch[i].head, 0, subject);
        else
            *subject = hr_mention_before(s, ch[i].head);
        return 1;
    }
    return 1;
}

/* Whether token k is a verb that hands the infinitive after its object
 * to that object: one that asks, makes or lets someone act ("urged Iraq
 * to withdraw", "forced the rebels to retreat", "allowed inspectors to
 * visit", "called on Syria to"), wants or expects it ("wants Iran to
 * stop"), or picks someone for it ("hired gunmen to kill"). */
static int passes_object_on(const herald_token *t)
{
    static const char *const verbs[] = {
        "urge", "urges", "urged", "urging", "ask", "asks", "asked", "asking", "tell", "tells",
        "told", "telling", "order", "orders", "ordered", "ordering", "force", "forces",
        "forced", "forcing", "allow", "allows", "allowed", "allowing", "permit", "permits",
        "permitted", "invite", "invites", "invited", "inviting", "persuade", "persuades",
        "persuaded", "convince", "convinced", "encourage", "encourages", "encouraged",
        "encouraging", "advise", "advised", "instruct", "instructed", "compel", "compelled",
        "oblige", "obliged", "press", "pressed", "pressing", "pressure", "pressured",
        "pressuring", "push", "pushed", "pushing", "require", "requires", "required", "warn",
        "warns", "warned", "warning", "call", "calls", "called", "calling", "appeal",
        "appeals", "appealed", "appealing", "help", "helps", "helped", "helping", "enable",
        "enables", "enabled", "authorize", "authorized", "authorise", "authorised", "empower",
        "empowered", "lead", "led", "cause", "caused", "prompt", "prompted", "get", "got",
        "want", "wants", "wanted", "wish", "wished", "expect", "expects", "expected", "need",
        "needs", "needed", "like", "prefer", "remind", "reminded", "beg", "begged", "request",
        "requested", "challenge", "challenged", "dare", "dared", "train", "trained",
        "recruit", "recruited", "hire", "hired", "direct", "directed", "command",
        "commanded", "incite", "incited", "inspire", "inspired", "provoke", "provoked",
        "drive", "drove", "driven", "leave", "left", "appoint", "appointed", "elect",
        "elected", "choose", "chose", "chosen", "mandate", "mandated", "assign", "assigned",
        "mobilize", "mobilized", "mobilise", "mobilised", NULL
    };
    return hr_tok_in(t, verbs);
}

/* Whether the noun phrase at chunk np ends in a noun whose infinitive
 * after it is its content ("a US plan to free the hostages", "Russia's
 * offer to mediate"): the act is of the noun's owner, not the subject's. */
static int owns_infinitive(const sent *s, long np)
{
    static const char *const nouns[] = {
        "plan", "plans", "proposal", "proposals", "call", "calls", "offer", "offers",
        "attempt", "attempts", "effort", "efforts", "bid", "move", "decision", "request",
        "requests", "demand", "demands", "order", "orders", "appeal", "appeals", "threat",
        "threats", "promise", "promises", "pledge", "pledges", "commitment", "agreement",
        "deal", "resolution", "right", "permission", "mandate", "intention", "readiness",
        "willingness", "refusal", "ability", "authority", "power", "chance", "opportunity",
        "mission", "campaign", "plot", "initiative", "invitation", NULL
    };
    const herald_chunk *ch = &s->doc->chunks[np];
    return hr_tok_in(&s->doc->tokens[ch->first_token + ch->token_count - 1], nouns);
}

/* "burned American flags to protest against Israel", "used Russian
 * weapons to attack": an infinitive after a verb's object tells the
 * purpose of the verb's subject, who does it, not the object (unless
 * the verb passes its object on, passes_object_on, or the object is a
 * noun the infinitive tells the content of, owns_infinitive).  1 and *subject
 * (-1 for a subject that names no actor), or 0 when the verb at vstart
 * is no such infinitive or the chunks show no subject. */
int hr_purpose_subject(const sent *s, size_t vstart, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_VG || !(ch[c].flags & HERALD_VG_INFINITIVE) ||
        !hr_tok_is(&s->doc->tokens[ch[c].first_token], "to"))
        return 0;
    long g = hr_governing_group(s, c);
    long np = hr_chunk_before(s, c);
    if (for_subject_phrase(s, c) >= 0) return 0;
    if (g < 0 || g + 1 >= c || ch[g + 1].kind != HERALD_CHUNK_NP ||
        (ch[g].flags & HERALD_VG_PASSIVE) || passes_object_on(&s->doc->tokens[ch[g].head]) ||
        (ch[np].kind == HERALD_CHUNK_NP && owns_infinitive(s, np)))
        return 0;
    if (hr_finite_group(s, g)) return hr_clause_subject(s, ch[g].head, subject);
    return hr_previous_clause_subject(s, ch[g].first_token, 0, subject);
}

/* The verb group of the clause a verb of saying reports, between tokens
 * `from` and `to`: its first finite verb group, or -1. */
long hr_reported_group(const sent *s, size_t from, size_t to)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = from < s->end ? s->chunk_of[from] : -1;
    for (size_t k = from; c < 0 && k < to; k++) c = s->chunk_of[k];
    for (; c >= 0 && (size_t)c < s->doc->chunk_count && ch[c].first_token < to; c++)
        if (hr_finite_group(s, c)) return c;
    return -1;
}

/* The subject of the clause a verb of saying reports, between tokens
 * `from` and `to` (hr_reported_group).  1 and *subject, or 0 when the
 * chunks show none (a pronoun, no clause). */
int hr_reported_subject(const sent *s, size_t from, size_t to, long *subject)
{
    long c = hr_reported_group(s, from, to);
    return c >= 0 ? hr_clause_subject(s, s->doc->chunks[c].head, subject) : 0;
}

/* "killed one person and wounded 40", "were killed and several others
 * wounded": a participle (often tagged an adjective) joined by "and" to
 * a finite verb group shares its voice.  1 with *passive set, and for an
 * active group *subject (that group's, -1 for no actor); 0 otherwise. */
int hr_joined_participle(const sent *s, size_t vstart, int *passive, long *subject)
{
    const herald_token *t = s->doc->tokens;
    const herald_chunk *ch = s->doc->chunks;
    if (t[vstart].tag != HR_TAG_JJ && t[vstart].tag != HR_TAG_VBN) return 0;
    int joined = 0, phrase = 0;         /* phrase: a noun phrase after "and" */
    for (size_t k = vstart; k-- > s->begin;) {
        long g = s->chunk_of[k];
        if (!joined && (s->owner[k] >= 0 || (g >= 0 && ch[g].kind == HERALD_CHUNK_NP))) phrase = 1;
        if (s->owner[k] >= 0) continue;
        if (hr_tok_is(&t[k], ",") || hr_tok_is(&t[k], ";")) return 0;
        if (g >= 0 && ch[g].kind == HERALD_CHUNK_VG) {
            if (!joined || !hr_finite_group(s, g)) return 0;
            *passive = (ch[g].flags & HERALD_VG_PASSIVE) != 0;
            *subject = -1;
            /* "and police made arrests": a clause with its own subject */
            return *passive || (!phrase && hr_clause_subject(s, ch[g].head, subject));
        }
        if (hr_tok_is(&t[k], "and")) joined = 1;
    }
    return 0;
}

/* passive.c - passive verbs and their agents: "was attacked by X",
 * reduced relatives ("a convoy attacked by gunmen"), agentless passives
 * whose subject suffered the act ("were killed"). */
#include "sentence.h"
#include "../clauses/chunks.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether the verb at vstart is a participle the chunker found passive
 * on its own, with no "be": a reduced relative clause ("a convoy
 * attacked by gunmen", "pardoned a man sentenced to life"). */
static int lone_passive_participle(const sent *s, size_t vstart)
{
    long c = s->chunk_of[vstart];
    if (c < 0) return 0;
    const herald_chunk *g = &s->doc->chunks[c];
    return g->kind == HERALD_CHUNK_VG && (g->flags & HERALD_VG_PASSIVE) &&
           g->head == g->first_token && g->head == vstart;
}

/* Whether the verb at vstart is a lone passive participle that shares
 * the "be" of the passive it is joined to by "and" or "or" ("were
 * beaten by police and arrested", "were kidnapped and killed"): the
 * subject of that passive's clause suffered it too. */
int hr_shares_passive(const sent *s, size_t vstart)
{
    return lone_passive_participle(s, vstart) &&
           hr_follows_joined_passive(s->doc, s->index, (size_t)s->chunk_of[vstart], vstart);
}

/* The noun phrase a lone passive participle hangs on ("a gesture
 * sought by Abbas", "a convoy attacked by gunmen"): 1 and *noun, its
 * mention (-1 for a thing, not the mention before it), or 0 when no
 * noun phrase stands just before the participle. */
int hr_reduced_relative_noun(const sent *s, size_t vstart, long *noun)
{
    if (!lone_passive_participle(s, vstart)) return 0;
    long p = hr_chunk_before(s, s->chunk_of[vstart]);
    if (p < 0 || s->doc->chunks[p].kind != HERALD_CHUNK_NP) return 0;
    *noun = hr_chunk_mention(s, p);
    return 1;
}

/* A lone passive participle after a finite verb of its sentence: a
 * reduced relative clause on that verb's object ("pardoned a man
 * sentenced to life").  First in its sentence, a lone participle is
 * more likely a past tense the tagger misread. */
int hr_participle_after_finite(const sent *s, size_t vstart)
{
    if (!lone_passive_participle(s, vstart)) return 0;
    for (long c = s->chunk_of[vstart]; c-- > 0 && s->doc->chunks[c].first_token >= s->begin;)
        if (hr_finite_group(s, c)) return 1;
    return 0;
}

/* The one behind the instrument phrase at token k, when the phrase is
 * no actor: "by [a rocket attack] from Gaza", "by [rubber bullets]
 * fired by soldiers", "by [shrapnel] from an Israeli tank": the mention
 * after the "from" or "by" that follows the phrase (over a participle),
 * or -1. */
static long instrument_agent(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = k < s->end ? s->chunk_of[k] : -1;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP || hr_chunk_mention(s, c) >= 0) return -1;
    size_t i = ch[c].first_token + ch[c].token_count;
    if (i < s->end && lone_passive_participle(s, i)) i++;       /* "fired", "launched" */
    if (i + 1 >= s->end || s->owner[i] >= 0 ||
        !hr_tok_in(&s->doc->tokens[i], (const char *const[]){ "from", "by", NULL }))
        return -1;
    for (i++; i + 1 < s->end && s->owner[i] < 0 && s->doc->tokens[i].tag == HR_TAG_DT;) i++;
    return s->owner[i];
}

/* The mention after the adjectives and participles that open the noun
 * phrase at token k: "by [unknown] gunmen", "by [suspected] militants";
 * -1 when there is none. */
static long modified_mention(const sent *s, size_t k)
{
    long c = k < s->end ? s->chunk_of[k] : -1;
    if (c < 0 || s->doc->chunks[c].kind != HERALD_CHUNK_NP) return -1;
    size_t end = s->doc->chunks[c].first_token + s->doc->chunks[c].token_count;
    const herald_token *tk = s->doc->tokens;
    while (k < end && s->owner[k] < 0 &&
           (tk[k].tag == HR_TAG_JJ || tk[k].tag == HR_TAG_VBN || tk[k].tag == HR_TAG_VBD))
        k++;
    return k < end ? s->owner[k] : -1;
}

/* "by [the Hutu] [former army]": a name the dictionaries lack, which the
 * chunker closed a noun phrase on, before the role it modifies: the
 * mention that opens the noun phrase right after it (over adjectives
 * and participles), or -1.  Only names: "by [the time] [police]
 * arrived" is no agent. */
static long mention_after_unknown_name(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = k < s->end ? s->chunk_of[k] : -1;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP || hr_chunk_mention(s, c) >= 0) return -1;
    size_t end = ch[c].first_token + ch[c].token_count;
    for (size_t i = k; i < end; i++)
        if (s->doc->tokens[i].tag != HR_TAG_NNP && s->doc->tokens[i].tag != HR_TAG_NNPS) return -1;
    long next = hr_chunk_after(s, c);
    if (next < 0 || ch[next].kind != HERALD_CHUNK_NP ||
        s->doc->tokens[end].tag == HR_TAG_DT)
        return -1;
    return modified_mention(s, end);
}

/* The mention that mention m names the owner of ("by [Pinochet]'s
 * regime", "by [Syria]'s army"): the one the possessive leads to, over
 * adjectives; else m itself. */
static long possessed_by(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count;
    if (k + 1 >= s->end || s->owner[k] >= 0 || s->doc->tokens[k].tag != HR_TAG_POS) return m;
    for (k++; k + 1 < s->end && s->owner[k] < 0 && s->doc->tokens[k].tag == HR_TAG_JJ;) k++;
    return s->owner[k] >= 0 ? s->owner[k] : m;
}

/* "were shot dead and a school was burned by militants": a passive
 * clause joined by the "and" at k ("and" or ", and"), a subject and "be"
 * with a participle, whose agent did the act of the agentless passive
 * before it too.  Its agent, or -1 ("were kidnapped and killed by X"
 * shares its "by" directly). */
static long joined_passive_agent(const sent *s, size_t k)
{
    const herald_token *tk = s->doc->tokens;
    size_t i = k + 1;
    while (i < s->end && i < k + 8 && !(s->owner[i] < 0 && hr_tok_is_be(&tk[i], HR_BE_BEING))) {
        if (s->owner[i] < 0 && (hr_tag_is_verb(tk[i].tag) || tk[i].tag == HR_TAG_IN ||
                                hr_tok_is(&tk[i], ",")))
            return -1;                          /* no subject and "be" of its own */
        i++;
    }
    if (i == k + 1 || i >= s->end || s->owner[i] >= 0 || !hr_tok_is_be(&tk[i], HR_BE_BEING))
        return -1;
    size_t p = i + 1;
    while (p < s->end && tk[p].tag == HR_TAG_RB) p++;
    if (p >= s->end || tk[p].tag != HR_TAG_VBN) return -1;
    long c = s->chunk_of[p];
    size_t end = c >= 0 ? s->doc->chunks[c].first_token + s->doc->chunks[c].token_count : p + 1;
    return hr_passive_agent(s, p, end > p ? end : p + 1);
}

/* Whether a token of tag `tag` may stand between "be" and its participle:
 * an adverb ("were reportedly killed") or a quotation mark ('were
 * "detained"'). */
static int between_be_and_participle(int tag)
{
    return tag == HR_TAG_RB || hr_is_quote_tag(tag);
}

/* Names between two commas that say who or where the mention before
 * them is ("in the presence of the two premiers, Li Peng and Navin
 * Ramgoolam, by X", "in Baghdad, Iraq, by police"): an aside inside the
 * clause, not its end.  The closing comma, or 0. */
static size_t naming_aside_end(const sent *s, size_t comma)
{
    const herald_token *t = s->doc->tokens;
    if (comma == s->begin || s->owner[comma - 1] < 0) return 0;
    size_t k = comma + 1;
    int names = 0;
    while (k < s->end) {
        long m = s->owner[k];
        if (m >= 0 && hr_is_name(&s->doc->actors[m])) {
            k = s->doc->actors[m].first_token + s->doc->actors[m].token_count;
            names++;
        } else if (names && m < 0 && hr_tok_is(&t[k], "and")) {
            k++;
        } else {
            break;
        }
    }
    return names && k < s->end && hr_tok_is(&t[k], ",") && !hr_tok_is(&t[k - 1], "and") ? k : 0;
}

/* A passive verb ("was attacked by X", "has been rejected as
 * unreasonable by X"): the mention that is its agent, after "by" within
 * its clause, or -1 when the verb is not passive. */
long hr_passive_agent(const sent *s, size_t vstart, size_t vend)
{
    size_t b = vstart;              /* "were reportedly killed by" */
    while (b > s->begin + 1 && s->owner[b - 1] < 0 &&
           between_be_and_participle(s->doc->tokens[b - 1].tag))
        b--;
    if (s->doc->tokens[vstart].tag == HR_TAG_VBG) return -1;    /* "have been fighting X by" */
    if (!lone_passive_participle(s, vstart) &&
        (b == s->begin || !hr_tok_is_be(&s->doc->tokens[b - 1], HR_BE_BEING)))
        return -1;
    /* Past 8 tokens only over adverbials with no verb form that could
     * own the "by" ("were hauled off at gunpoint from a Baghdad office
     * of the Red Crescent by gunmen"; not "... the houses owned by"). */
    int verb_between = 0;
    for (size_t k = vend; k + 1 < s->end && (k < vend + 8 || !verb_between); k++) {
        const herald_token *t = &s->doc->tokens[k];
        if (hr_tag_is_verb(t->tag)) verb_between = 1;
        if (s->owner[k] < 0 && hr_tok_is(t, "and")) {
            long joined = joined_passive_agent(s, k);
            if (joined >= 0) return joined;
        }
        if (s->owner[k] < 0 && hr_tok_is(t, ",") && k + 1 < s->end && s->owner[k + 1] < 0 &&
            hr_tok_is(&t[1], "and"))
            return joined_passive_agent(s, k + 1);
        if (s->owner[k] < 0 && hr_tok_is(t, ",")) {
            size_t close = naming_aside_end(s, k);
            if (!close) break;
            k = close;
            continue;
        }
        if (s->owner[k] < 0 && hr_tok_is(t, ";")) break;
        /* "deployed along the routes to be used by the pilgrims", "... which
         * were seized by": the "by" of another verb ("kidnapped and
         * presumed killed by": a past form the chunker found passive is
         * a participle sharing this one's "by") */
        if (s->owner[k] < 0 && ((t->tag == HR_TAG_TO && t[1].tag == HR_TAG_VB) ||
                                t->tag == HR_TAG_WDT || t->tag == HR_TAG_WP ||
                                t->tag == HR_TAG_MD ||
                                (t->tag == HR_TAG_VBD && !lone_passive_participle(s, k)) ||
                                t->tag == HR_TAG_VBZ || t->tag == HR_TAG_VBP))
            break;
        if (s->owner[k] < 0 && hr_tok_is(t, "by")) {
            while (k + 2 < s->end && s->owner[k + 1] < 0 &&
                   (s->doc->tokens[k + 1].tag == HR_TAG_DT ||
                    s->doc->tokens[k + 1].tag == HR_TAG_JJ ||   /* "by the chief Chechen negotiator" */
                    s->doc->tokens[k + 1].tag == HR_TAG_CD ||
                    hr_tok_in(&s->doc->tokens[k + 1], (const char *const[]){ "both", "either",
                                                                            NULL })))
                k++;                    /* "by the Turkish government", "by both A and B" */
            long agent = s->owner[k + 1] >= 0 ? s->owner[k + 1] : modified_mention(s, k + 1);
            if (agent < 0) agent = mention_after_unknown_name(s, k + 1);
            return agent >= 0 ? possessed_by(s, agent) : instrument_agent(s, k + 1);
        }
    }
    return -1;
}

/* Codes of force: coercion (17), assault (18), fighting (19), mass
 * violence (20).  Their passives name the victim as subject ("were
 * killed", "were arrested"); a verbal passive ("was criticized over")
 * keeps its subject as the source, as PETRARCH-2 codes it. */
int hr_is_force_code(const char *code)
{
    return hr_root_in(code, 17, 20);
}

/* Codes of violence: assault (18), fighting (19), mass violence (20). */
int hr_is_violence_code(const char *code)
{
    return hr_root_in(code, 18, 20);
}

/* Codes whose agentless passive names the one acted on as subject: the
 * codes of force, the release of captives (0841: "a kidnapped diplomat
 * has been freed"), inquiries (09: "two ministers were questioned
 * over the bribes") and disapproval, lawsuits among it (11: "five
 * marines have been accused of rape", the accused; "twenty people have
 * been indicted", the defendants).  Other returns keep their subject: what
 * is handed over is no actor, and the one it goes to is named after "to". */
int hr_passive_subject_suffers(const char *code)
{
    return hr_is_force_code(code) || hr_root_in(code, 11, 11) ||
           (code && (strcmp(code, "0841") == 0 || strncmp(code, "09", 2) == 0));
}

/* Whether an infinitive follows the verb ending at vend ("were sent to
 * investigate"): a code read off it names what the subject is to do. */
int hr_purpose_after(const sent *s, size_t vend)
{
    long c = vend < s->end ? s->chunk_of[vend] : -1;
    return c >= 0 && (s->doc->chunks[c].flags & HERALD_VG_INFINITIVE);
}

/* A passive participle with no agent: "were killed", "have been
 * arrested", "were reported killed" (the tagger's VBN after a form of
 * "be", over adverbs and a verb of reporting), a reduced relative ("a
 * man sentenced to life"). */
int hr_agentless_passive(const sent *s, size_t vstart)
{
    static const char *const reported[] = { "reported", "reportedly", "said", "believed",
                                            "feared", "thought", NULL };
    const herald_token *tk = s->doc->tokens;
    if (lone_passive_participle(s, vstart)) return 1;
    if (tk[vstart].tag != HR_TAG_VBN) return 0;
    size_t k = vstart;
    while (k > s->begin &&
           (between_be_and_participle(tk[k - 1].tag) || hr_tok_in(&tk[k - 1], reported)))
        k--;
    return k > s->begin && s->owner[k - 1] < 0 && hr_tok_is_be(&tk[k - 1], HR_BE_BEING);
}

/* Participles of holding and seizing: with people as their passive's
 * subject, the agent took them ("two journalists were seized by
 * gunmen"); with a place or an event, it took the place or held the
 * event ("a rally was held by students"). */
static const char *const SEIZED[] = { "held", "seized", "captured", "taken", "grabbed",
                                      "snatched", "hauled", NULL };

/* Heads of role mentions that name a body, not people ("the ministry
 * was seized by protesters": the building). */
static const char *const BODIES[] = { "government", "ministry", "embassy", "consulate", "office",
                                      "headquarters", "agency", "mission", "parliament", NULL };

/* Roles that take people captive: armed men of no state, rebels,
 * criminals, a crowd (181). */
static const char *const CAPTORS[] = { "UAF", "REB", "INS", "SEP", "CRM", "CVL", NULL };

/* Roles of a state's forces of order, whose taking of people is an
 * arrest (173). */
static const char *const JAILERS[] = { "COP", "MIL", "GOV", "SPY", "JUD", NULL };

/* Whether mention m names people: a person, or a role ("journalists",
 * "a British engineer") or "he"/"she", not a state, an organisation or
 * a body. */
static int names_people(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    const herald_token *head = &s->doc->tokens[a->first_token + a->token_count - 1];
    switch (a->kind) {
    case HERALD_ACTOR_PERSON: return 1;
    case HERALD_ACTOR_ROLE:
    case HERALD_ACTOR_COMPOSED: return !hr_tok_in(head, BODIES);
    case HERALD_ACTOR_REFERENCE: return hr_tok_in(head, (const char *const[]){ "he", "she", NULL });
    default: return 0;
    }
}

/* "were taken to hospital by soldiers": people brought to care, not
 * taken captive; the "to" and its noun right after the verb ending at
 * vend. */
static int taken_to_care(const sent *s, size_t vend)
{
    static const char *const care[] = { "hospital", "hospitals", "safety", "shelter", "clinic",
                                        NULL };
    const herald_token *tk = s->doc->tokens;
    size_t k = vend + 1;
    if (vend >= s->end || !hr_tok_is(&tk[vend], "to")) return 0;
    while (k < s->end && tk[k].tag == HR_TAG_DT) k++;
    return k < s->end && hr_tok_in(&tk[k], care);
}

/* The code of a passive of holding or seizing (vstart..vend) whose
 * subject, the noun phrase right before it, is people: 181 when its
 * agent is armed men, criminals or a crowd ("aid workers were held by
 * an angry mob"), 173 when a state's police, army or officials ("were
 * seized by police"); NULL otherwise, when the code read off the verb
 * stands ("the town was seized by rebels": 192). */
const char *hr_people_seized_code(const sent *s, size_t vstart, size_t vend, long subject,
                                  long agent)
{
    long c = s->chunk_of[vstart];
    long p = c >= 0 ? hr_chunk_before(s, c) : -1;
    if (subject < 0 || agent < 0 || !hr_tok_in(&s->doc->tokens[vstart], SEIZED) || p < 0 ||
        s->doc->chunks[p].kind != HERALD_CHUNK_NP || hr_chunk_mention(s, p) != subject ||
        !names_people(s, subject) || taken_to_care(s, vend))
        return NULL;
    const char *code = s->doc->actors[agent].code;
    if (hr_role_in(code, CAPTORS)) return "181";
    return hr_role_in(code, JAILERS) ? "173" : NULL;
}

/* "a judge was killed when gunmen opened fire at his car", "four
 * children were hurt as a rebel lobbed a grenade at their home": a
 * clause of time right after a passive of harm ("... and another
 * injured when") tells how the passive's subject came to harm.  That
 * subject's mention, else -1. */
long hr_harmed_before_clause(const sent *s, size_t vstart)
{
    static const char *const harmed[] = { "killed", "wounded", "injured", "hurt", NULL };
    static const char *const when[] = { "when", "as", NULL };
    const herald_chunk *ch = s->doc->chunks;
    const herald_token *tk = s->doc->tokens;
    long c = s->chunk_of[vstart];
    long doer = c >= 0 ? hr_chunk_before(s, c) : -1;
    long sbar = doer >= 0 && ch[doer].kind == HERALD_CHUNK_NP ? hr_chunk_before(s, doer) : -1;
    if (sbar < 0 || ch[sbar].kind != HERALD_CHUNK_SBAR || !hr_tok_in(&tk[ch[sbar].first_token], when))
        return -1;
    long vg = hr_chunk_before(s, sbar), subject;
    /* "was killed and another injured when": over the elided passive */
    if (vg > 0 && ch[vg].kind == HERALD_CHUNK_ADJP &&
        hr_tok_in(&tk[ch[vg].first_token + ch[vg].token_count - 1], harmed) &&
        ch[vg - 1].sentence == ch[vg].sentence &&
        ch[vg - 1].first_token + ch[vg - 1].token_count + 1 == ch[vg].first_token &&
        hr_tok_is(&tk[ch[vg].first_token - 1], "and"))
        vg--;
    if (vg < 0 || ch[vg].kind != HERALD_CHUNK_VG || !(ch[vg].flags & HERALD_VG_PASSIVE) ||
        !hr_tok_in(&tk[ch[vg].head], harmed) || !hr_clause_subject(s, ch[vg].head, &subject))
        return -1;
    return subject;
}

#define TOLL_REACH 14     /* tokens from an attack to its toll: "on a car in central Baghdad," */

/* The toll told right after the act whose verb ends at vend: the token
 * of its verb of harm after a comma or "and" (", killing", "and
 * wounded", "and kidnapped": the people taken were those shot at), or
 * SIZE_MAX; none past a semicolon nor, with `own_clause`,
 * past a party named (another clause's subject, or the act's own
 * object).  *aimed is set when the act is aimed "at", "on" or "into"
 * something before it. */
size_t hr_toll_after(const sent *s, size_t vend, int own_clause, int *aimed)
{
    static const char *const harm[] = { "killing", "wounding", "injuring", "kidnapping",
                                        "abducting", "killed", "wounded", "injured",
                                        "kidnapped", "abducted", NULL };
    const herald_token *tk = s->doc->tokens;
    for (size_t i = vend; i < s->end && i < vend + TOLL_REACH; i++) {
        if (own_clause && s->owner[i] >= 0 && !hr_is_place(s, s->owner[i])) return SIZE_MAX;
        if (hr_tok_is(&tk[i], ";")) return SIZE_MAX;
        if (hr_tok_in(&tk[i], (const char *const[]){ "at", "on", "into", NULL })) *aimed = 1;
        if (s->owner[i] < 0 && i > vend && hr_tok_in(&tk[i], harm) &&
            hr_tok_in(&tk[i - 1], (const char *const[]){ ",", "and", NULL }))
            return i;
    }
    return SIZE_MAX;
}

/* events.c - coding events from verbs and actors.
 *
 * A verb is the longest verb form of the verb dictionary at a token not
 * inside an actor mention.  Its block gives a default code; its patterns
 * (TABARI linear ones, and PETRARCH-2 ones read linearly with their
 * phrase brackets ignored; patterns.c) can give a more specific one: the pattern
 * whose words all appear, in order, before and after the verb, with the
 * most words, wins.  Pattern words match as stems ("ATTACK" matches
 * "attacks"), as TABARI's do; words tied by '_' must be adjacent, and ^
 * skips a noun phrase.  The source (source.c) is the verb's subject read off the
 * clause stage's chunks (subjects.c; none when that subject names no actor), else
 * the actor group nearest before the verb; the target (target.c) the group nearest
 * after it (or where the
 * pattern's + says; else a place an active verb names); "A and B"
 * groups give one event per pair.  A passive
 * ("was attacked by X") swaps the sides (passive.c).  Negated and
 * hypothetical verbs are flagged and dropped unless the context keeps
 * them (modality.c); acts to come may be threats (threats.c); verbs
 * that tell the background of the news code nothing (background.c);
 * emit.c writes the events.  verb_coding.h holds what each step of a
 * verb's coding finds and the next reads. */
#include "verb_coding.h"
#include "country.h"
#include "word_index.h"
#include "../dict/lexicon.h"
#include "../dict/verbs.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <stdio.h>
#include <string.h>

/* The token that ends the clause token k is in: a comma or a semicolon
 * ("withdrew from Kherson, Ukrainian officials said" is no withdrawal
 * from the officials), or the sentence's end. */
size_t hr_clause_end(const sent *s, size_t k)
{
    while (k < s->end && (s->owner[k] >= 0 || !(hr_tok_is(&s->doc->tokens[k], ",") ||
                                               hr_tok_is(&s->doc->tokens[k], ";"))))
        k++;
    return k;
}

/* The mention starting at or after token k (before `limit`). */
long hr_mention_from(const sent *s, size_t k, size_t limit)
{
    for (size_t i = k; i < limit; i++)
        if (s->owner[i] >= 0) return s->owner[i];
    return -1;
}

/* Whether mention m is the object right after the verb ending at vend,
 * over determiners, numbers and adjectives, and a preposition before a
 * number ("deployed about six large missiles", "over 200 tanks"). */
int hr_direct_object(const sent *s, size_t vend, long m)
{
    const herald_token *tk = s->doc->tokens;
    size_t k = vend;
    for (; k < s->end && s->owner[k] < 0; k++) {
        int tag = tk[k].tag;
        if (tag != HR_TAG_DT && tag != HR_TAG_CD && tag != HR_TAG_JJ && tag != HR_TAG_RB &&
            !(tag == HR_TAG_IN && k + 1 < s->end && tk[k + 1].tag == HR_TAG_CD))
            break;
    }
    return k < s->end && s->owner[k] == m;
}

/* Whether two mentions belong to one state (a role without a country
 * counts as the sentence's one state, as the events will read it). */
int hr_same_state(const sent *s, long a, long b)
{
    char abuf[64], bbuf[64];
    const herald_actor *ac = s->doc->actors;
    const char *x = hr_side_code(s->doc, &ac[a], &ac[b], 0, &s->country, abuf, sizeof abuf);
    const char *y = hr_side_code(s->doc, &ac[b], &ac[a], 0, &s->country, bbuf, sizeof bbuf);
    return strncmp(x, "---", 3) != 0 && strncmp(x, y, 3) == 0;
}

/* The target of a show of force (15) its patterns did not name: whom it
 * is aimed at, not the forces it shows ("deployed missiles near ...":
 * what comes after them), nor its own state where they stand ("troops
 * were deployed around government offices", "tanks patrolled the
 * streets of Baghdad"): -1 then, a deployment aimed at no one named. */
static long show_of_force_target(const sent *s, size_t vend, long src, long tgt, int to_place)
{
    if (hr_direct_object(s, vend, tgt)) {
        const herald_actor *o = &s->doc->actors[tgt];
        tgt = hr_target_after(s, o->first_token + o->token_count, 0, to_place);
    }
    return tgt >= 0 && src >= 0 && hr_same_state(s, src, tgt) ? -1 : tgt;
}

/* "European ministers meeting in Luxembourg also called on Kabila": a
 * participle on a noun ends where the finite verb of that noun's clause
 * begins; a mention after it (`tgt`) is that verb's, not the
 * participle's. */
static int participle_clause_ends(const sent *s, size_t vstart, size_t vend, long tgt)
{
    if (s->doc->tokens[vstart].tag != HR_TAG_VBG) return 0;
    long own = s->chunk_of[vstart];
    if (own >= 0 && hr_finite_group(s, own)) return 0;
    size_t to = s->doc->actors[tgt].first_token;
    for (size_t k = vend; k < to; k++) {
        long c = s->chunk_of[k];
        if (c >= 0 && c != own && s->doc->chunks[c].first_token == k && hr_finite_group(s, c))
            return 1;
    }
    return 0;
}

/* "Mobutu declared a state of emergency": a government's emergency rule
 * or martial law with no one named falls on its own state, as the
 * codebook codes it.  *state is that state as a side with no span in
 * the text; 0 when the source is no government of a state. */
static int own_state(sent *s, long src, herald_actor *state)
{
    const herald_actor *a = &s->doc->actors[src];
    if (strlen(a->code) < 6 || strncmp(a->code + 3, "GOV", 3) != 0 ||
        strncmp(a->code, "---", 3) == 0 || strncmp(a->code, "IGO", 3) == 0)
        return 0;
    const char *code = hr_arena_strndup(&s->doc->arena, a->code, 3);
    if (!code) return 0;
    memset(state, 0, sizeof *state);
    state->sentence = a->sentence;
    state->code = code;
    state->kind = HERALD_ACTOR_NAMED;
    return 1;
}

/* "police made more than a dozen arrests": arrests with no one named
 * still take persons, whose country the place or the police give
 * (hr_side_code).  *held is those persons as an unnamed role on the
 * noun of arrest the verb's pattern ends with; 0 when no such noun ends
 * it. */
static int arrests_of_unnamed(const verb_coding *v, herald_actor *held)
{
    static const char *const arrests[] = { "arrests", "arrest", "detentions", NULL };
    const sent *s = v->s;
    if (!v->best || v->hit.score < 0 || v->hit.end <= v->vend || v->hit.end > s->end) return 0;
    size_t k = v->hit.end - 1;
    const herald_token *t = &s->doc->tokens[k];
    if (s->owner[k] >= 0 || !hr_tok_in(t, arrests)) return 0;   /* ("a dozen arrests": a VBZ) */
    /* "was ordered under house arrest", "placed him under arrest": the
     * state of one the clause names, no arrests made of others */
    long g = s->chunk_of[v->vstart];
    if (g >= 0 && (s->doc->chunks[g].flags & HERALD_VG_PASSIVE)) return 0;
    for (size_t i = v->vend; i < k; i++)
        if (hr_tok_is(&s->doc->tokens[i], "under")) return 0;
    memset(held, 0, sizeof *held);
    held->sentence = s->index;
    held->code = "---CVL";
    held->kind = HERALD_ACTOR_ROLE;
    held->first_token = k;
    held->token_count = 1;
    held->start = t->start;
    held->end = t->end;
    return 1;
}

/* Whether a mention is of plain people ("people", "Iraqi civilians"). */
static int civilians(const herald_actor *a)
{
    return strlen(a->code) == 6 && strcmp(a->code + 3, "CVL") == 0;
}

/* Whether an actor is a state, one of its organs of government or an
 * international body ("Egypt", "the foreign ministry", "the UN"): a
 * party that voices its protest, where people take to the street. */
static int state_or_organ(const herald_actor *a)
{
    if (strlen(a->code) == 3) return strcmp(a->code, "---") != 0;
    if (strncmp(a->code, "IGO", 3) == 0) return 1;
    const char *role = a->code + 3;
    return strncmp(role, "GOV", 3) == 0 || strncmp(role, "LEG", 3) == 0 ||
           strncmp(role, "JUD", 3) == 0;
}

/* "Egypt protested the raid": the verb "protest" with a state as its
 * subject, naming no act of protest but at most its cause (140, 141x:
 * no strike, blockade or riot), is a verbal protest: disapproval, 111.
 * "Hundreds of farmers protested the tax" stays a protest of the street. */
const char *hr_protest_by_state(const sent *s, const hr_verb_block *b, long src,
                                const char *c1)
{
    if (src < 0 || !c1 || (strcmp(c1, "140") != 0 && strncmp(c1, "141", 3) != 0) ||
        strcmp(hr_lexicon_str(s->vx, b->name), "protest") != 0)
        return c1;
    return state_or_organ(&s->doc->actors[src]) ? "111" : c1;
}

/* Whether a code is one of support or cooperation (05 to 07): backing,
 * material aid, help. */
static int is_support_code(const char *code)
{
    return hr_root_in(code, 5, 7);
}

static int describe_verb(verb_coding *v);

/* The verb's best pattern and code, and the start of its `how`. */
static int choose_code(verb_coding *v, const hr_entry *form)
{
    sent *s = v->s;
    size_t vstart = v->vstart, vend = v->vend;
    const hr_verb_block *b = v->b;
    v->threat = b->nominal ? HR_THREAT_NONE : hr_threatened_act(s, vstart);
    /* "threatened to attack" coded 1384 by "threatened": the attack is
     * one to come, no more; one that another statement announces is
     * that statement's threat. */
    v->warned_before = v->threat && vstart < s->threat_end &&
                       !(v->threat == HR_THREAT_ANNOUNCED &&
                         hr_announced_apart(s, vstart, s->threat_verb));
    if (v->warned_before) v->threat = 0;
    v->scope = hr_pattern_scope_end(s, vstart, vend);
    /* An act announced in speech reads its patterns as any act: most
     * such acts are plans, no threats (hr_threat_sides). */
    v->best = hr_best_pattern(s, vstart, vend, v->scope, form,
                              v->threat != HR_THREAT_ANNOUNCED && v->threat, &v->hit);
    v->code = hr_verb_code(s, v->best, form);
    v->code2 = v->best ? v->best->code2 : v->code == b->code ? b->code2 : HR_NONE;
    return describe_verb(v);
}

/* The start of the verb's `how`: its block, and its best pattern. */
static int describe_verb(verb_coding *v)
{
    sent *s = v->s;
    const hr_verb_block *b = v->b;
    hr_buf_clear(&s->how);
    hr_buf *how = &s->how;
    int rc = hr_buf_puts(how, "verb ");
    if (!rc) rc = hr_buf_puts(how, hr_lexicon_str(s->vx, b->name));
    if (!rc) rc = hr_buf_puts(how, " at ");
    if (!rc) rc = hr_buf_put_place(how, hr_lexicon_str(s->vx, b->file), b->line);
    if (!rc && v->best) rc = hr_buf_puts(how, ", pattern at ");
    if (!rc && v->best)
        rc = hr_buf_put_place(how, hr_lexicon_str(s->vx, v->best->file), v->best->line);
    return rc;
}

/* Whether code is force (roots 17-20) in a sentence about sport: one
 * team's win over another, no political event. */
static int played(sent *s, const char *code)
{
    return hr_root_in(code, 17, 20) && hr_sports_context(s);
}

static const char sport_reason[] = "force in a sentence about sport ('beat Japan in the "
                                   "semifinals'): no political event";

/* Verb forms that describe a noun rather than tell an act of their own
 * (background.c), each with the reason explain shows. */
static const struct {
    int (*applies)(const sent *s, size_t vstart);
    const char *reason;
} descriptions[] = {
    { hr_defining_passive, "a passive relative clause on its noun ('men who were "
                           "questioned by police'): a description" },
    { hr_noun_complement_gerund, "a gerund completing a noun ('his tenacity in resisting'): "
                                 "no act of its own" },
    { hr_participle_on_actor, "a gerund right after an actor ('troops backing the "
                              "government'): what the actor is, no act of its own" },
    { hr_generic_participle, "a participle on a generic noun ('all countries supporting'): "
                             "no act of anyone named" },
    { hr_indirect_question, "a clause of 'who' after a verb or a preposition ('investigate "
                            "who shot down'): a question, its doer unknown" },
    { hr_habit, "an adverb of frequency ('often kidnap', 'attack ... frequently'): a habit, "
                "no act of its own" },
    { hr_standing_relative, "a relative clause in the simple present ('who opposes close "
                            "ties'): what its noun stands for, no act of its own" },
};

/* "was arrested after firing at soldiers", "said after meeting X": a
 * gerund of time asserts an act of its clause's subject when that
 * subject names an actor and a pattern reads the gerund's words; a bare
 * verb's default ("after leaving Eriador") says too little of them. */
static int time_gerund_act(const verb_coding *v)
{
    long subject;
    return v->best && hr_previous_clause_subject(v->s, v->vstart, 0, &subject) && subject >= 0;
}

/* Verbs that tell the background of the news (background.c). */
static int drop_background(verb_coding *v)
{
    sent *s = v->s;
    if (v->code != HR_NONE && played(s, hr_lexicon_str(s->vx, v->code)))
        return drop_verb(v, sport_reason);
    if (v->code != HR_NONE &&
        hr_standing_recognition(s, v->vstart, hr_lexicon_str(s->vx, v->code)))
        return drop_verb(v, "recognition in the present passive ('is recognized by'): a "
                            "standing status");
    if (hr_years_long(s, v->vstart, v->vend, v->scope))
        return drop_verb(v, "a perfect spanning years ('have fought since 1996', 'have long opposed'): background");
    if (hr_time_gerund(s, v->vstart) && !time_gerund_act(v))
        return drop_verb(v, "a gerund of time ('after leaving') with no pattern read or "
                            "no actor as its clause's subject: a circumstance");
    if (hr_charge_relative(s, v->vstart))
        return drop_verb(v, "a relative clause on the object of a charge ('accused X of "
                            "arming militias that attack villages'): what the charge says");
    if (s->last_charge && hr_while_gerund(s, v->vstart))
        return drop_verb(v, "a gerund after 'while' going on with a charge ('accused of "
                            "massacring villagers while supporting the militia')");
    for (size_t k = 0; k < sizeof descriptions / sizeof *descriptions; k++)
        if (descriptions[k].applies(s, v->vstart)) return drop_verb(v, descriptions[k].reason);
    s->last_charge = hr_embedded_gerund(s, v->vstart);
    if (s->last_charge)
        return drop_verb(v, "a gerund after 'X of' or an arrest's 'for': a charge");
    return 0;
}

/* Whether the words the verb's pattern matched name fighting, which
 * takes two sides: "clashed", "fought", "resumed fighting". */
static int says_fighting(const verb_coding *v)
{
    static const char *const fighting[] = {
        "fight", "fights", "fought", "fighting", "battle", "battles", "battled", "battling",
        "skirmish", "skirmishes", "skirmished", "skirmishing", "clash", "clashes", "clashed",
        "clashing", "scuffle", "scuffles", "scuffled", "scuffling", "brawl", "brawls",
        "brawled", "brawling", "hostilities", NULL
    };
    const herald_token *t = v->s->doc->tokens;
    size_t end = v->hit.score >= 0 && v->hit.end > v->vend ? v->hit.end : v->vend;
    for (size_t k = v->vstart; k < end && k < v->vend + 4; k++)
        if (hr_tok_in(&t[k], fighting)) return 1;
    return 0;
}

/* Whether the verb's act goes both ways between its co-subjects: a
 * joint act (talks, accords, cooperation), one said to be mutual
 * ("traded accusations"), or fighting.  Other force of code 190 is
 * aimed one way: "Soldiers and policemen stormed the building" strike
 * it together, not each other. */
int hr_two_way_act(const verb_coding *v)
{
    if (hr_said_mutual(v->s, v->vstart, v->vend)) return 1;
    if (!hr_reciprocal_code(v->c1)) return 0;
    return !v->c1 || strcmp(v->c1, "190") != 0 || says_fighting(v);
}

/* Whether the verb is an agentless passive whose subject suffered its
 * act (hr_passive_subject_suffers).  A participle of disapproval before
 * "to" is an adjective of stance whose subject holds the view ("Germany
 * was opposed to the invasion"). */
static int agentless_passive_of_harm(const verb_coding *v)
{
    const sent *s = v->s;
    if (!hr_passive_subject_suffers(v->c1) || !hr_agentless_passive(s, v->vstart)) return 0;
    return !(hr_root_in(v->c1, 11, 11) && v->vend < s->end && s->owner[v->vend] < 0 &&
             hr_tok_is(&s->doc->tokens[v->vend], "to"));
}

/* Whether the pattern's $ read the subject of an agentless passive of
 * harm: "$ * +" on "a Canadian engineer was attacked near the Nigerian
 * border".  That subject suffered the act, and what follows it tells
 * where, not whom. */
static int source_read_passive_subject(const verb_coding *v)
{
    const hit *h = &v->hit;
    return h->source >= 0 && v->agent < 0 && v->src == h->source &&
           agentless_passive_of_harm(v) && v->s->doc->actors[h->source].first_token < v->vstart;
}

/* A passive's agent acts on its subject; an agentless passive of harm
 * names the one who suffered it.  Then what the sides make no event. */
/* "is considered a hero by many", "are considered China's gypsies": a
 * passive of weighing with a complement right after it is a view held
 * of the subject, no policy option weighed (014). */
static int passive_with_complement(const sent *s, size_t vstart, size_t vend)
{
    long c = s->chunk_of[vstart];
    if (c < 0 || !(s->doc->chunks[c].flags & HERALD_VG_PASSIVE) || vend >= s->end) return 0;
    int tag = s->doc->tokens[vend].tag;
    return s->owner[vend] >= 0 || tag == HR_TAG_DT || tag == HR_TAG_JJ || tag == HR_TAG_JJS ||
           tag == HR_TAG_PRPS || hr_tok_is(&s->doc->tokens[vend], "as");
}

/* "two journalists were seized by gunmen", "were held by police": a
 * passive of holding or seizing people codes their capture or arrest
 * (hr_people_seized_code), in place of what the verb codes of places
 * (192) or of nothing ("held"). */
static int code_people_seized(verb_coding *v)
{
    if (v->c1 && strcmp(v->c1, "---") != 0 && strcmp(v->c1, "192") != 0) return 0;
    const char *code = hr_people_seized_code(v->s, v->vstart, v->vend, v->tgt, v->src);
    if (!code) return 0;
    v->c1 = code;
    v->c2 = NULL;
    return hr_buf_puts(&v->s->how, "; a passive of holding or seizing people: by armed men or "
                                   "a crowd 181, by a state's forces 173");
}

static int apply_passive(verb_coding *v)
{
    sent *s = v->s;
    size_t vstart = v->vstart, vend = v->vend;
    const hit *h = &v->hit;
    const char *c1 = v->c1;
    const herald_actor *ac = s->doc->actors;
    if (c1 && strcmp(c1, "014") == 0 && passive_with_complement(s, vstart, vend))
        return drop_verb(v, "a view held of the subject ('is considered a hero'), no option weighed");
    v->agent = hr_passive_agent(s, vstart, vend);
    /* "the suspects were handed over to X", read by "&suspect * to +":
     * the passive's subject that a word of the pattern read, passed on to
     * the pattern's +, is what was acted on, no doer; the agent is, when
     * named ("... by Y").  ("Riot police were deployed", "&police *",
     * keeps the police as the ones who act, and so do forces moved to a
     * border, "&troops * &near +": the posture is theirs.) */
    if (h->source < 0 && h->target >= 0 && h->thing >= 0 && v->src == h->thing &&
        !is_show_of_force(c1) &&
        (v->agent >= 0 || hr_agentless_passive(s, vstart)))
        v->src = v->agent != h->target ? v->agent : -1;
    /* A pattern's + read the agent of a passive ("was invited by X to
     * talks", "$ * +" on "Y was attacked by X"): the agent acts, as in
     * any passive. */
    if ((h->target >= 0 || h->source >= 0) && v->agent != h->target) v->agent = -1;
    if (v->agent >= 0) {                  /* the subject is the target */
        v->tgt = v->src;
        v->src = v->agent;
        long noun;
        if (hr_reduced_relative_noun(s, vstart, &noun)) v->tgt = noun;
        int rc = code_people_seized(v);
        if (rc) return rc;
        c1 = v->c1;
    } else if (h->source < 0 && h->target < 0 &&
               ((agentless_passive_of_harm(v) && !hr_purpose_after(s, vend)) ||
                hr_participle_after_finite(s, vstart))) {
        /* "51 people were killed in clashes", "a soldier accused of
         * killing": the subject suffered the act, whose doer is not
         * named (a reduced relative never makes its noun the doer). */
        v->tgt = v->src;
        v->src = -1;
    } else if (source_read_passive_subject(v)) {
        v->tgt = v->src;
        v->src = -1;
    }
    long src = v->src, tgt = v->tgt;
    /* "Israeli troops, backed by tanks and helicopters, raided ...":
     * forces backed by forces of their own (or of no state) are one
     * force and its arms, no party that supports another. */
    if (src >= 0 && tgt >= 0 && is_support_code(c1) && is_forces(&ac[src]) &&
        is_forces(&ac[tgt]) && ac[src].first_token > s->begin &&
        hr_tok_is(&s->doc->tokens[ac[src].first_token - 1], "by") &&
        hr_own_forces(&ac[src], &ac[tgt]))
        return drop_verb(v, "backed by its own forces ('backed by tanks'): its means");
    if (h->target < 0 && tgt >= 0 && is_show_of_force(c1))
        v->tgt = show_of_force_target(s, vend, src, tgt, v->to_place);
    if (h->target < 0 && v->tgt >= 0 && participle_clause_ends(s, vstart, vend, v->tgt))
        v->tgt = -1;
    return 0;
}

/* Whether the verb group at chunk c follows "whether" ("will decide
 * whether to send aid"): its act is in question, so the modality words a
 * pattern read before "whether" belong to the deciding, not to the act. */
static int opened_by_whether(const sent *s, long c)
{
    size_t first = s->doc->chunks[c].first_token;
    return first > s->begin && hr_tok_is(&s->doc->tokens[first - 1], "whether");
}

/* Whether the pattern's words before the verb read its modality, which
 * its code then takes in: the word nearest the verb stands outside a
 * noun phrase (an auxiliary, a negation, a governing verb: "would not
 * *", "refused to *"), or, for an infinitive, after the verb that
 * governs it ("an attempt to *", "a hunger strike to *": the act it is
 * the aim of).  Words that name the subject ("gunmen *", "air *") leave
 * "gunmen did not attack" and "air strikes could hit" to the general
 * check. */
static int pattern_reads_modality(const verb_coding *v)
{
    const sent *s = v->s;
    const herald_chunk *ch = s->doc->chunks;
    if (v->hit.before == 0) return 0;
    long near = s->chunk_of[v->hit.nearest_before];
    long c = s->chunk_of[v->vstart];
    if (c >= 0 && opened_by_whether(s, c)) return 0;
    if (near < 0 || ch[near].kind != HERALD_CHUNK_NP) return 1;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_VG || !(ch[c].flags & HERALD_VG_INFINITIVE))
        return 0;
    return hr_governing_group(s, c) < near;      /* -1: none found, over a parenthesis */
}

/* "gave the order for security forces to open fire on demonstrators,
 * killing three": the toll a gerund tells right after an act of
 * violence in an infinitive says the act was done, not only ordered or
 * planned. */
static int toll_tells_done(const verb_coding *v)
{
    const sent *s = v->s;
    int aimed = 0;
    if (v->b->nominal || !hr_is_force_code(v->c1) || v->vstart <= s->begin ||
        !hr_tok_is(&s->doc->tokens[v->vstart - 1], "to"))
        return 0;
    size_t harm = hr_toll_after(s, v->vend, 0, &aimed);
    return harm != SIZE_MAX && s->doc->tokens[harm].tag == HR_TAG_VBG;
}

/* Negated and hypothetical acts, and acts to come that are threats. */
static int apply_modality(verb_coding *v)
{
    sent *s = v->s;
    /* A pattern with words of modality before the verb ("didn't clash")
     * has coded its own context: the negation is part of its code. */
    if (!pattern_reads_modality(v))
        hr_modality(s, v->vstart, (int)v->b->nominal, &v->negated, &v->hypothetical);
    if (v->best && v->hit.end > v->vend + 1 &&
        hr_pattern_skips_negation(s, v->best, v->vend, v->hit.end))
        v->negated = 1;
    /* A decision states an intent (03x), and a cut in relations (16x:
     * "decided to break relations", "voted to impose sanctions") is
     * made by deciding it, as a measure decided is imposed. */
    if (v->hypothetical && !v->negated && v->c1 &&
        (strncmp(v->c1, "03", 2) == 0 || strncmp(v->c1, "16", 2) == 0) &&
        hr_decided_intent(s, v->vstart))
        v->hypothetical = 0;
    if (s->doc->tokens[v->vstart].tag != HR_TAG_VBD && hr_prospect_of(s, v->vstart))
        v->hypothetical = 1;
    if (v->b->nominal && !v->negated && !v->hypothetical)
        hr_noun_modality(s, v->vend, &v->negated, &v->hypothetical);
    if (v->b->nominal && !v->negated && !v->hypothetical)
        hr_object_of_undoing(s, v->vstart, &v->negated, &v->hypothetical);
    /* "held no talks": no act; but what is said, urged or promised
     * stays so ("urged no further delay", "promised no new taxes"). */
    size_t no = v->b->nominal || hr_is_comment_code(v->c1) || (v->c1 && strncmp(v->c1, "03", 2) == 0)
                    ? SIZE_MAX : hr_object_negation(s, v->vend);
    if (no != SIZE_MAX && !(v->best && hr_pattern_reads(s, v->best, no))) v->negated = 1;
    if (v->warned_before || hr_while_gerund_uncertain(s, v->vstart)) v->hypothetical = 1;
    if (v->hypothetical && !v->negated && toll_tells_done(v)) v->hypothetical = 0;
    v->threat_code = v->threat && !v->negated ? hr_act_threat(s, v->best, v->c1) : NULL;
    /* An act that codes nothing alone, promised on force that another
     * side does ("would intervene if China invaded Taiwan"), threatens
     * force: the force of the condition stands for the act's. */
    const char *act = v->c1;
    if (v->threat && !v->negated && !v->threat_code && v->b->threat != HR_NONE &&
        (act = hr_force_by_condition(s, v->vend, hr_clause_end(s, v->vend))))
        v->threat_code = hr_lexicon_str(s->vx, v->b->threat);
    if (v->threat_code && hr_threat_sides(s, v->vstart, v->threat, act, &v->src, &v->tgt)) {
        v->c1 = v->threat_code;
        v->c2 = NULL;
        v->hypothetical = 0;
        int rc = hr_buf_printf(&s->how, "; an act to come after a warning or with a condition: "
                                        "a threat");
        if (rc) return rc;
    }
    if ((v->negated || v->hypothetical) && !s->doc->ctx->keep_uncertain)
        return drop_verb(v, v->negated ? "negated" : "hypothetical (a modal or a plan)");
    return 0;
}

/* A threat named by its means ("threatened to retaliate by cutting
 * aid"): the means codes which threat it is, and whom it is against;
 * a threat of unnamed measures takes its kind from the act its
 * condition names. */
static int apply_means(verb_coding *v)
{
    const char *c1 = v->threat_code ? v->threat_code : v->c1;
    if (!c1 || strncmp(c1, "13", 2) != 0 || v->b->nominal) return 0;
    const char *means = hr_threat_by_means(v->s, v->vend, v->scope, &v->tgt);
    if (means) {
        v->c1 = means;
        v->c2 = NULL;
        return hr_buf_printf(&v->s->how, "; the means after 'by' names the threat");
    }
    /* the condition may follow the act threatened, past the pattern's
     * scope: "warned it may take measures if ..." */
    const char *answer = strcmp(c1, "130") == 0
                             ? hr_threat_by_condition(v->s, v->vend, hr_clause_end(v->s, v->vend))
                             : NULL;
    if (!answer) return 0;
    v->c1 = answer;
    v->c2 = NULL;
    return hr_buf_printf(&v->s->how, "; measures that answer a non-force act in its condition: a "
                                     "non-force threat");
}

/* What another verb of the sentence coded already: the manner of one
 * protest, the toll of an attack, the act a warning threatens; an act
 * to come that is an intent; a circumstance with a side unknown. */
static int drop_repeats(verb_coding *v)
{
    sent *s = v->s;
    size_t vstart = v->vstart;
    const char *c1 = v->c1;
    if (v->joined && v->src >= 0 && c1 && strncmp(c1, "14", 2) == 0 &&
        hr_same_protest_before(s, vstart, v->src))
        return drop_verb(v, "the manner of the protest its subject coded before "
                            "('launched a strike, protesting against ...')");
    if (!v->b->nominal)
        s->last_toll = v->src < 0 && hr_is_violence_code(c1) &&
                       (hr_known_attack_toll(s, vstart) || (v->joined && s->last_toll));
    if (s->last_toll)
        return drop_verb(v, "the toll of an attack named with 'the' after a verb or "
                            "preposition ('condemned the blasts which killed 200'): "
                            "reported elsewhere");
    if (v->joined && v->src >= 0 && hr_is_violence_code(c1) &&
        hr_own_attack_toll(s, vstart, v->src, v->tgt))
        return drop_verb(v, "the toll of the attack its subject coded just before ('threw "
                            "a bomb at a jeep, wounding an officer')");
    if (v->joined && v->src < 0 && v->tgt >= 0 && hr_is_force_code(c1) &&
        hr_unknown_attack_before(s, vstart) && civilians(&s->doc->actors[v->tgt]))
        return drop_verb(v, "the toll in people of the attack by an unknown doer "
                            "before it ('a bomb hit a patrol, killing 20 people')");
    /* "warned it would attack": the verb of warning codes the threat
     * when its patterns name one ("1384", "threatened to retaliate":
     * 130), else the act threatened. */
    if (!v->threat_code && c1 && strncmp(c1, "13", 2) == 0 && hr_warning(s, vstart) &&
        hr_warns_of_other(s, s->chunk_of[vstart], v->best ? v->hit.end : v->scope, v->src))
        return drop_verb(v, "a warning of another side's act ('warned that Syria could "
                            "attack'): a forecast, no threat");
    if (!v->threat_code && c1 && strncmp(c1, "13", 2) == 0 && hr_warning(s, vstart) &&
        hr_warns_of_fact(s, s->chunk_of[vstart], v->scope))
        return drop_verb(v, "a warning that tells what is or was ('warned that the "
                            "crisis is deepening'): a statement, no threat");
    /* A threat that names no one it is against leaves its act to name
     * the sides ("said Iran will face sanctions if ..."). */
    if (!v->threat_code && c1 && strncmp(c1, "13", 2) == 0 && (v->best || strcmp(c1, "130") != 0) &&
        v->tgt >= 0) {
        s->threat_end = v->scope;
        s->threat_verb = vstart;
    }
    else if (!v->b->nominal && (hr_says(s, vstart) || hr_warning(s, vstart)) && c1 &&
             strcmp(c1, "---") != 0 && hr_complement_threat(s, s->chunk_of[vstart], v->scope))
        return drop_verb(v, "the act threatened in its complement codes the threat");
    const char *intent = !v->negated && !v->hypothetical && c1 ? hr_intent_code(c1) : NULL;
    if (intent && (hr_future(s, vstart) || hr_time_to_come(s, vstart, v->vend))) {
        /* a visit to come (042) is the traveller's intent alone: its host
         * has received no one yet, so the host's 043 makes no intent */
        int visit = strcmp(c1, "042") == 0;
        v->c1 = intent;
        if (visit) v->c2 = NULL;
        else if (v->c2 && strcmp(v->c2, "---") != 0) v->c2 = hr_intent_code(v->c2);
        int rc = hr_buf_printf(&s->how, "; talks to come ('will', 'next week'): an intent to meet");
        if (rc) return rc;
    }
    if ((v->src < 0 || v->tgt < 0) && hr_circumstance(s, vstart))
        return drop_verb(v, "a clause of circumstance of the event before, with a side "
                            "unknown");
    return 0;
}

/* The mention of the sentence that starts at byte `start`, or -1. */
static long mention_at(const sent *s, uint32_t start)
{
    for (size_t m = s->first_actor; m < s->actor_end; m++)
        if (s->doc->actors[m].start == start) return (long)m;
    return -1;
}

/* Whether event i of the sentence has its reverse coded before it or
 * after: the two parties of one act ("talks between A and B", "A will
 * meet B"). */
static int coded_both_ways(const herald_doc *doc, size_t first, size_t i)
{
    const herald_event *e = &doc->events[i];
    for (size_t j = first; j < doc->event_count; j++) {
        const herald_event *r = &doc->events[j];
        if (j != i && strcmp(r->code, e->code) == 0 && strcmp(r->source, e->target) == 0 &&
            strcmp(r->target, e->source) == 0)
            return 1;
    }
    return 0;
}

/* Mediation (045) by src (a mention, or *go_between when src < 0) on
 * each party of the act coded before in the sentence both ways (talks,
 * a meeting, an accord; by this verb itself when `own`): the codebook
 * makes the mediator the source and each adversary a target.  How many
 * events it coded; *rc on error. */
static long mediate_parties(verb_coding *v, long src, const herald_actor *go_between, int own,
                            int *rc)
{
    sent *s = v->s;
    herald_doc *doc = s->doc;
    size_t first = doc->event_count;
    while (first > 0 && doc->events[first - 1].sentence == s->index) first--;
    size_t before = doc->event_count, end = doc->event_count;
    for (size_t i = first; i < end && !*rc; i++) {
        const herald_event *e = &doc->events[i];
        if (!hr_root_in(e->code, 3, 8) || !coded_both_ways(doc, first, i) ||
            (own && e->verb_span[0] != doc->tokens[v->vstart].start))
            continue;
        long party = mention_at(s, e->source_span[0]);
        if (party < 0) continue;
        place_sides sides = { go_between, &doc->actors[party], 0 };
        *rc = hr_emit_groups(s, src, -1, &sides, "045", v->vstart, v->vend, v->negated,
                             v->hypothetical, 0, 1);
    }
    if (doc->event_count > before) s->coded_end = v->vend;
    return (long)(doc->event_count - before);
}

/* "a deal brokered by the US", "talks between A and B, chaired by the
 * UN", "under the auspices of the AU": a mediation whose words name no
 * adversary of its own acts between the parties of the act it mediated.
 * A passive's subject there is the deal or the talks, no party, so the
 * parties replace it.  A noun ("under the auspices of X") names the
 * mediator only: whatever follows it is no adversary. */
static int code_mediation(verb_coding *v)
{
    if (!v->c1 || strcmp(v->c1, "045") != 0 || v->src < 0) return 0;
    if (v->tgt >= 0 && v->tgt != v->src && v->agent < 0 && !v->b->nominal) return 0;
    int rc = 0;
    long coded = mediate_parties(v, v->src, NULL, 0, &rc);
    if (rc) return rc;
    if (coded) return VERB_DONE;
    if (v->b->nominal)
        return drop_verb(v, "a go-between named by a noun ('under the auspices of X') with "
                            "no parties coded before it");
    if (v->agent >= 0)
        return drop_verb(v, "a passive mediation ('talks chaired by X') whose subject, the "
                            "act mediated, names no parties coded");
    return 0;
}

/* "the UN-brokered truce between A and B", "the Egyptian-mediated
 * talks between A and B": a go-between named in one word with the
 * noun's parties mediates between them, once the noun coded them. */
static int code_compound_go_between(verb_coding *v)
{
    herald_actor go_between;
    if (!v->b->nominal || !hr_go_between_before(v->s, v->vstart, &go_between)) return 0;
    int rc = hr_buf_puts(&v->s->how, "; the go-between named before the noun mediates");
    if (!rc) mediate_parties(v, -1, &go_between, 1, &rc);
    return rc;
}

/* The gazetteer place (no actor) the verb ending at k acts on, into
 * *place: the object of a force ("captured Bakhmut"), where a visit
 * goes ("arrived in Zhanjiang", "flew to Mosul"): the visit is to the
 * place's state, or what forces pull out of ("retreated from Kherson",
 * "pulled out of Baidoa"): the retreat gives ground back to the
 * place's state. */
static int acted_on_place(const sent *s, size_t k, const char *c1, herald_actor *place)
{
    static const char *const towards[] = { "in", "at", "to", NULL };
    static const char *const away[] = { "from", "of", NULL };
    if (hr_is_force_code(c1)) return hr_object_place(s, k, place);
    if (!c1 || k >= s->end || s->owner[k] >= 0) return 0;
    const char *const *words = strcmp(c1, "042") == 0 ? towards : strcmp(c1, "0874") == 0 ? away
                                                                                          : NULL;
    return words && hr_tok_in(&s->doc->tokens[k], words) && hr_object_place(s, k + 1, place);
}

/* acted_on_place; a place taken or shelled is where that act happens,
 * whatever other places or states the sentence names: its roles of no
 * country take the place's ("rebels, who captured Kisangani, let UN
 * agencies fly Rwandans home" are Congo's), for this verb's events only
 * (emit_verb gives the sentence its own country back). */
static int force_on_place(sent *s, size_t k, const char *c1, herald_actor *place)
{
    if (!acted_on_place(s, k, c1, place)) return 0;
    if (hr_is_force_code(c1)) memcpy(s->country.where, place->code, sizeof s->country.where);
    return 1;
}

/* Whether a word starts with one naming armed opponents of a state
 * ("rebel-held", "rebel-", "insurgents"). */
static int names_rebels(const herald_token *t)
{
    static const char *const stems[] = { "rebel", "insurgent", "militant", "separatist",
                                         "guerrilla", NULL };
    for (const char *const *w = stems; *w; w++) {
        size_t n = strlen(*w);
        if (t->norm_len >= n && memcmp(t->norm, *w, n) == 0) return 1;
    }
    return 0;
}

/* Whether a word says that a place is held: "held", "controlled", or a
 * compound ending so ("rebel-held"). */
static int says_held(const herald_token *t)
{
    static const char *const ends[] = { "held", "controlled", NULL };
    for (const char *const *w = ends; *w; w++) {
        size_t n = strlen(*w);
        if (t->norm_len >= n && memcmp(t->norm + t->norm_len - n, *w, n) == 0) return 1;
    }
    return 0;
}

/* "made a visit to the rebel-held town of Vlore": a place that rebels
 * hold has no host to receive the visitor, so no 043 comes back.  The
 * words looked at are those between the verb and the host's first. */
static int held_by_rebels(const sent *s, size_t vend, size_t host)
{
    const herald_token *tok = s->doc->tokens;
    for (size_t k = vend; k < host && k < s->end; k++) {
        if (!names_rebels(&tok[k])) continue;
        if (says_held(&tok[k]) || (k + 1 < host && says_held(&tok[k + 1]))) return 1;
    }
    return 0;
}

/* The events of the verb: one per pair of its groups, and the reversed
 * second code ([c1:c2]); or the note that it coded none. */
static int emit_verb(verb_coding *v)
{
    sent *s = v->s;
    size_t vstart = v->vstart, vend = v->vend;
    long src = v->src, tgt = v->tgt, agent = v->agent;
    const char *c1 = v->c1, *c2 = v->c2;
    /* A group that is the subject of a reciprocal act acts on itself
     * ("A and B held talks"), and so does one after "between"; the
     * objects of an act with no known doer ("a blast killed A and B",
     * "A and B were killed") do nothing to each other.  A one-way verb
     * before "between" acts on the pair from outside: "welcomed the
     * talks between A and B" is no praise of A by B. */
    long first_target = tgt, last_target = tgt;
    if (tgt >= 0) hr_group_of(s, tgt, &first_target, &last_target);
    int two_way = hr_two_way_act(v);
    /* "The accord was signed by A and B": the agents of a passive of a
     * reciprocal act with no actor as its subject act on each other, as
     * the subjects of the active do; not in an offer or in force ("the
     * proposal offered by A and B", "was attacked by A and B": made
     * together, towards a third party), save talks to come ("will be
     * attended by A and B": 036 each way, as "A and B will attend"). */
    int joint_agents = agent >= 0 && tgt < 0 && two_way && c1 &&
                       (!hr_root_in(c1, 3, 3) || strcmp(c1, "036") == 0) &&
                       !hr_root_in(c1, 19, 19);
    int mutual = joint_agents ||
                 (agent < 0 &&
                  (v->b->nominal || (two_way && (tgt < 0 || between_target(s, first_target)))));
    /* "held talks with Chechen rebels": the partner of a two-way act
     * faces its subject as a direct object does. */
    int facing = first_target >= 0 &&
                 (hr_direct_object(s, vend, first_target) || between_target(s, first_target) ||
                  (two_way && target_after_word(s, first_target, "with")));
    int coded = 0, rc = 0;
    size_t events_before = s->doc->event_count, dropped_before = s->doc->dropped_count;
    /* "captured Bakhmut", "shelled Kharkiv": a place with no actor named
     * as the object of one actor's force is the force's target, for its
     * country (hr_acts_on_places_state). */
    herald_actor place;
    hr_country sentence_country = s->country;
    int on_place = tgt < 0 && v->to_place && agent < 0 && !v->elided_passive &&
                   force_on_place(s, vend, c1, &place) && hr_acts_on_places_state(s, src, &place);
    if (v->held)
        memcpy(s->country.where, v->held->code, sizeof s->country.where);
    herald_actor own;
    int on_own = !on_place && tgt < 0 && agent < 0 && !v->elided_passive && c1 &&
                 strncmp(c1, "1724", 4) == 0 && src >= 0 && own_state(s, src, &own);
    herald_actor held;
    int on_held = !on_place && !on_own && tgt < 0 && agent < 0 && !v->elided_passive && c1 &&
                  strcmp(c1, "173") == 0 && src >= 0 && arrests_of_unnamed(v, &held);
    place_sides forward = { NULL, on_place ? &place : on_own ? &own : on_held ? &held : NULL,
                            on_place };
    place_sides reverse = { on_place ? &place : NULL, NULL, 0 };
    /* "students, led by X, marched": the leader is a second doer */
    long doers[2] = { src, src >= 0 && agent < 0 ? hr_leader_of(s, src) : -1 };
    int doer_count = doers[1] >= 0 ? 2 : 1;
    if (c1 && strcmp(c1, "---") != 0) {
        for (int d = 0; d < doer_count && !rc; d++)
            rc = hr_emit_groups(s, doers[d], tgt, &forward, c1, vstart, vend, v->negated,
                                v->hypothetical, mutual, facing);
        /* "alleged that X carried out the blasts with the help of Y": the
         * helper of the act a charge names is charged with it too */
        long helper = !rc && last_target >= 0 && strncmp(c1, "112", 3) == 0
                          ? hr_helper_in_clause(s, s->doc->actors[last_target].first_token +
                                                       s->doc->actors[last_target].token_count)
                          : -1;
        if (helper >= 0)
            rc = hr_emit_groups(s, src, helper, &forward, c1, vstart, vend, v->negated,
                                v->hypothetical, mutual, facing);
        coded = 1;
    }
    const herald_actor *host = on_place ? &place : tgt >= 0 ? &s->doc->actors[tgt] : NULL;
    int unhosted = c2 && strcmp(c2, "043") == 0 && host &&
                   held_by_rebels(s, vend, host->first_token);
    if (!rc && c2 && strcmp(c2, "---") != 0 && !unhosted) {   /* [c1:c2]: reversed */
        for (int d = 0; d < doer_count && !rc; d++)
            rc = hr_emit_groups(s, tgt, doers[d], &reverse, c2, vstart, vend, v->negated,
                                v->hypothetical, mutual, facing);
        coded = 1;
    }
    if (!rc && !coded) rc = hr_drop(s, vstart, vend, "the verb codes nothing here (---)");
    /* Say why a verb with a code and both sides gave nothing, which
     * `herald explain` would otherwise pass over in silence. */
    if (!rc && coded && s->doc->event_count == events_before &&
        s->doc->dropped_count == dropped_before)
        rc = hr_drop(s, vstart, vend, "each event would be one with itself (one actor, or "
                                      "one and its own organ) or one already coded");
    if (s->doc->event_count > events_before) {
        s->coded_end = vend;
        s->coded_source = src;
        s->coded_target = tgt;
    }
    s->country = sentence_country;
    return rc;
}

/* "the Israeli-Palestinian talks", "India-Pakistan border clashes": two
 * countries named before an event noun are its parties, as they would
 * be after "between" (pairs.c), and act on each other. */
static int code_pair(verb_coding *v)
{
    sent *s = v->s;
    if (!v->b->nominal || v->hit.source >= 0 || v->hit.target >= 0) return 0;
    herald_actor a, b;
    if (!hr_pair_before(s, v->vstart, &a, &b)) return 0;
    const hr_pattern *between = hr_between_pattern(s, v->b);
    if (!between) return 0;
    v->c1 = hr_lexicon_str(s->vx, between->code);
    if (strcmp(v->c1, "---") == 0) return 0;
    if (played(s, v->c1)) return drop_verb(v, sport_reason);     /* "China-Japan clashes" */
    int rc = hr_buf_puts(&s->how, "; the two named before the noun, as after 'between' at ");
    if (!rc) rc = hr_buf_put_place(&s->how, hr_lexicon_str(s->vx, between->file), between->line);
    if (!rc) rc = apply_modality(v);
    if (rc) return rc;
    size_t before = s->doc->event_count;
    place_sides ab = { &a, &b, 0 }, ba = { &b, &a, 0 };
    rc = hr_emit_groups(s, -1, -1, &ab, v->c1, v->vstart, v->vend, v->negated, v->hypothetical,
                        0, 1);
    if (!rc) rc = hr_emit_groups(s, -1, -1, &ba, v->c1, v->vstart, v->vend, v->negated,
                                 v->hypothetical, 0, 1);
    if (s->doc->event_count > before) s->coded_end = v->vend;
    return rc ? rc : VERB_DONE;
}

/* "a Japan Airlines Co Boeing 747 which killed 520 people": a company
 * does no violence; its deaths are accidents or its business is meant
 * ("a price war"), so a firm as the doer of 18-20 codes nothing. */
static int drop_company_violence(verb_coding *v)
{
    if (v->src < 0 || !hr_is_violence_code(v->c1)) return 0;
    const char *code = v->s->doc->actors[v->src].code;
    size_t n = strlen(code);
    if (n < 6 || strcmp(code + n - 3, "BUS") != 0) return 0;
    return drop_verb(v, "a company as the doer of violence: an accident or business, "
                        "no attack");
}

/* The steps of a verb whose code and sides are known: modality, means,
 * repeats, mediation, emission. */
static int code_act(verb_coding *v)
{
    int rc = apply_modality(v);
    if (!rc) rc = apply_means(v);
    if (!rc) rc = drop_company_violence(v);
    if (!rc) rc = drop_repeats(v);
    if (!rc) rc = code_mediation(v);
    if (!rc) rc = emit_verb(v);
    if (!rc) rc = code_compound_go_between(v);
    return rc;
}

/* Codes the verb again by pattern p, which matched as h, with the sides
 * of `sides` (the verb coded up to its passive). */
static int code_other_pattern(const verb_coding *sides, const hr_pattern *p, hit h)
{
    verb_coding v = *sides;
    sent *s = v.s;
    v.best = p;
    v.hit = h;
    v.code = p->code;
    v.code2 = p->code2;
    v.c1 = v.code == HR_NONE ? NULL
                             : hr_protest_by_state(s, v.b, v.src, hr_lexicon_str(s->vx, v.code));
    v.c2 = v.code2 == HR_NONE ? NULL : hr_lexicon_str(s->vx, v.code2);
    int rc = describe_verb(&v);
    if (!rc) rc = hr_buf_puts(&s->how, "; the act of an infinitive joined by 'and' or 'or' to "
                                       "the one its best pattern read");
    return rc ? rc : code_act(&v);
}

/* Whether one of two patterns of a verb codes a threat and the other
 * not: "called on X to cooperate or face sanctions" is an ultimatum,
 * whose appeal is the threat's condition, no act of its own. */
static int ultimatum(const sent *s, const hr_pattern *a, const hr_pattern *b)
{
    const char *ca = a->code == HR_NONE ? NULL : hr_lexicon_str(s->vx, a->code);
    const char *cb = b->code == HR_NONE ? NULL : hr_lexicon_str(s->vx, b->code);
    return hr_root_in(ca, 13, 13) != hr_root_in(cb, 13, 13);
}

/* "urged X to cancel the strike and resolve the dispute by talks",
 * "threatened to cut supplies and seize assets": infinitives joined by
 * "and" or "or" after the verb name one act each.  When the verb's best
 * pattern read one of them, each other one codes the verb's best
 * pattern within its own words (from the verb's end for the first, so
 * that "urged + to ..." still finds its side), with the same sides;
 * the same code twice is one act. */
static int code_joined_infinitives(const verb_coding *sides, const hr_entry *form)
{
    const sent *s = sides->s;
    const herald_chunk *ch = s->doc->chunks;
    size_t read_end = sides->hit.end, scope = sides->scope;
    long c = sides->best && read_end > sides->vend
                 ? hr_complement_infinitive(s, sides->vend, scope) : -1;
    if (c < 0 || read_end <= ch[c].first_token || hr_joined_infinitive(s, c, scope) < 0) return 0;
    size_t from = sides->vend;
    int rc = 0;
    while (c >= 0 && !rc) {
        long next = hr_joined_infinitive(s, c, scope);
        size_t start = ch[c].first_token, to = next >= 0 ? ch[next].first_token - 1 : scope;
        int read = read_end > start && read_end <= to;     /* the one the best pattern read */
        hit h;
        const hr_pattern *p = read ? NULL : hr_best_pattern(s, sides->vstart, from, to, form,
                                                            sides->threat, &h);
        if (p && h.end > start && p->code != sides->best->code && !ultimatum(s, sides->best, p))
            rc = code_other_pattern(sides, p, h);
        if (next >= 0) from = ch[next].first_token;
        c = next;
    }
    return rc;
}

/* Codes the verb form at vstart..vend: each step in turn, until one
 * drops it; then the infinitives joined to the one it read. */
static int code_verb(sent *s, size_t vstart, size_t vend, const hr_entry *form)
{
    verb_coding v = { .s = s, .vstart = vstart, .vend = vend,
                      .b = &s->d->verbs.blocks[form->data], .src = -1, .tgt = -1, .agent = -1 };
    int rc = choose_code(&v, form);
    if (!rc) rc = drop_background(&v);
    if (!rc) rc = code_pair(&v);
    if (!rc) rc = hr_find_source(&v);
    if (!rc) rc = hr_find_target(&v);
    if (!rc) rc = apply_passive(&v);
    verb_coding sides = v;
    if (!rc) rc = code_act(&v);
    if (!rc) rc = code_joined_infinitives(&sides, form);
    return rc == VERB_DONE ? 0 : rc;
}

/* ---- reported speech --------------------------------------------------- */

/* The mention before a short parenthesis that ends just before token
 * k ("the Central Bureau of Investigation (CBI) said"), or -1. */
static long mention_before_parenthesis(const sent *s, size_t k)
{
    for (size_t open = k; open-- > s->begin + 1 && open + 5 > k;)
        if (hr_tok_is(&s->doc->tokens[open], "("))
            return hr_past_parenthesis(s->doc, open) == k ? s->owner[open - 1] : -1;
    return -1;
}

/* The speaker of the verb of saying at k: the mention just before it;
 * the one before a phrase between commas ("X, speaking after talks with
 * Y, said"); or the one after it that ends the clause ("..., said X."),
 * not the subject of what is said ("said Ankara would ..."). */
long hr_speaker_of(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (k > s->begin && s->owner[k - 1] >= 0) return s->owner[k - 1];
    long named = mention_before_parenthesis(s, k);
    if (named >= 0) return named;
    if (k > s->begin + 1 && hr_tok_is(&t[k - 1], ",")) {
        for (size_t i = k - 1; i-- > s->begin + 1;)
            if (s->owner[i] < 0 && hr_tok_is(&t[i], ","))
                return s->owner[i - 1] >= 0 && !hr_is_place(s, s->owner[i - 1]) ? s->owner[i - 1] : -1;
    }
    if (k + 1 >= s->end || s->owner[k + 1] < 0) return -1;
    const herald_actor *a = &s->doc->actors[s->owner[k + 1]];
    size_t after = a->first_token + a->token_count;
    return after >= s->end || t[after].kind != HERALD_TOK_WORD ? s->owner[k + 1] : -1;
}

/* Whether the conjunction at i joins a clause of its own: "but", or
 * ", and"; not "But" opening the sentence (which joins it to the one
 * before) nor "and" within a phrase ("witnesses and officials said"). */
static int joins_clause(const sent *s, size_t i)
{
    const herald_token *t = s->doc->tokens;
    return t[i].tag == HR_TAG_CC && i > s->begin &&
           (hr_tok_is(&t[i], "but") || hr_tok_is(&t[i - 1], ","));
}

/* The opener of the clause a verb of saying stands in when that clause
 * is one of time, cause or condition, a relative clause or a joined
 * one: the word just before the saying's subject, whose phrase starts
 * at token `first` ("days after the British minister said", "the town,
 * which officials said", "as Tokyo announced", ", and the minister
 * said").  Such a saying is no tag on the clauses before it.  SIZE_MAX
 * for none: the words back to a comma, a quotation mark or a verb are
 * the subject's own ("a spokesman for the army said"). */
static size_t saying_clause_opener(const sent *s, size_t first)
{
    static const char *const openers[] = { "after", "before", "since", "when", "while", "until",
                                           "as", "because", "although", "though", "once", "if",
                                           "unless", "whereas", "which", "who", "where", "what",
                                           NULL };
    const herald_token *t = s->doc->tokens;
    for (size_t i = first; i-- > s->begin;) {
        if (s->owner[i] >= 0) continue;
        if (hr_tok_in(&t[i], openers) || joins_clause(s, i) ||
            (hr_tok_is(&t[i], "that") && t[i].tag != HR_TAG_DT))
            return i;
        if (t[i].kind == HERALD_TOK_PUNCT || hr_tag_is_verb(t[i].tag)) break;
    }
    return SIZE_MAX;
}

/* The text [*from, *to) (byte offsets) whose acts the verb of saying at
 * k by `speaker` reports: the whole sentence for a tag or a main clause
 * ("Y attacked Z, X said", "X said Y attacked Z"); for a saying in a
 * clause of its own, only what follows it in that clause, which a comma
 * ends ("warned Finland after the minister said Russian jets had
 * attacked", "Russian forces, which officials said numbered 5,000,
 * attacked"). */
static void reported_span(const sent *s, size_t k, long speaker, uint32_t *from, uint32_t *to)
{
    const herald_token *t = s->doc->tokens;
    *from = 0;
    *to = UINT32_MAX;
    size_t first = k;
    if (s->doc->actors[speaker].first_token < k) {
        long lo, hi;
        hr_group_of(s, speaker, &lo, &hi);
        first = s->doc->actors[lo].first_token;
    }
    size_t opener = saying_clause_opener(s, first);
    if (opener == SIZE_MAX) return;
    *from = t[k].end;
    size_t end = hr_clause_end(s, k);
    if (end < s->end) *to = t[end].start;
}

/* "Y attacked Z, X said", "X said Y attacked Z", "according to X": the
 * events of the sentence other than the saying are reported by X (those
 * of what X says only, when X says it in a clause of its own). */
static int reported_speech(sent *s, size_t first_event)
{
    herald_doc *doc = s->doc;
    if (first_event == doc->event_count) return 0;  /* no event to report: most sentences */
    for (size_t k = s->begin; k < s->end; k++) {
        if (s->owner[k] >= 0 || doc->tokens[k].kind != HERALD_TOK_WORD) continue;
        long speaker = -1;
        if (hr_tok_is(&doc->tokens[k], "according") && k + 2 < s->end &&
            hr_tok_is(&doc->tokens[k + 1], "to")) {
            size_t m = k + 2;                   /* "according to the Lebanese army" */
            while (m + 1 < s->end && s->owner[m] < 0 && doc->tokens[m].tag == HR_TAG_DT) m++;
            speaker = s->owner[m];
        }
        else if (hr_tok_says(&s->doc->tokens[k]))
            speaker = hr_speaker_of(s, k);
        if (speaker < 0) continue;
        const herald_actor *sp = &doc->actors[speaker];
        uint32_t from = 0, to = UINT32_MAX;
        if (hr_tok_says(&doc->tokens[k])) reported_span(s, k, speaker, &from, &to);
        for (size_t e = first_event; e < doc->event_count; e++) {
            herald_event *ev = &doc->events[e];
            if (ev->reported_by || ev->verb_span[0] == doc->tokens[k].start) continue;
            if (ev->verb_span[0] < from || ev->verb_span[0] >= to) continue;
            if (ev->source_span[0] == sp->start && ev->source_span[1] == sp->end) continue;
            /* What the speaker did between its name and the saying
             * ("X, speaking after talks with Y, said") is not reported. */
            if (ev->verb_span[0] > sp->start && ev->verb_span[0] < doc->tokens[k].start) continue;
            ev->reported_by = sp->code;
        }
    }
    return 0;
}

/* "rejected the EU call for", "welcomed the UN appeal": a plural
 * present after "the" and one singular name is no verb of that name
 * (which would take "calls"), but the noun it qualifies.  ("The US and
 * the EU call for" keeps its verb.) */
static int name_compound(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (t[k].tag != HR_TAG_VBP || k == s->begin || s->owner[k - 1] < 0 ||
        t[k - 1].tag != HR_TAG_NNP)
        return 0;
    size_t f = s->doc->actors[s->owner[k - 1]].first_token;
    if (f == s->begin || t[f - 1].tag != HR_TAG_DT) return 0;
    return f - 1 == s->begin ||
           !(t[f - 2].tag == HR_TAG_CC || hr_tok_is(&t[f - 2], ","));
}

/* Whether the token is an auxiliary of a participle: of the perfect, the
 * passive or the progressive ("have", "were", "got"; "'s" for "has" as
 * much as "is"). */
static int participle_auxiliary(const herald_token *t)
{
    static const char *const have_get[] = { "has", "have", "had", "having", "'ve", "get", "got",
                                            NULL };
    return hr_tok_in(t, have_get) || hr_tok_is_be(t, HR_BE_BEING | HR_BE_S | HR_BE_RE);
}

/* Whether the part-of-speech tagger took token k for a noun, or for a
 * participle used as an adjective before a noun ("condemned renewed
 * attacks", not "has renewed attacks").  Never when tagging is off. */
static int tagged_noun(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    /* "has begun to question whether": after a verb and "to", a singular
     * noun reading is an infinitive the tagger missed ("returned to
     * talks" keeps its noun, a plural). */
    if (t[k].tag == HR_TAG_NN && k >= s->begin + 2 && t[k - 1].tag == HR_TAG_TO &&
        hr_tag_is_verb(t[k - 2].tag) && s->owner[k - 2] < 0)
        return 0;
    /* "Ethiopia act on a resolution": a lower-case word right after the
     * name that opens the sentence, before a preposition, is its verb
     * (not after a demonym: "Israeli shelling in response"). */
    if (t[k].tag == HR_TAG_NN && k > s->begin && s->owner[k - 1] >= 0 &&
        s->doc->actors[s->owner[k - 1]].first_token == s->begin &&
        (t[k - 1].tag == HR_TAG_NNP || t[k - 1].tag == HR_TAG_NNPS) &&
        hr_tok_first(s->doc, &t[k]) != HR_C_UPPER && k + 1 < s->end && t[k + 1].tag == HR_TAG_IN)
        return 0;
    if (hr_tag_is_noun(t[k].tag)) return 1;
    /* "a corruption probe", "the border clash": after an article and a
     * noun that names no actor ("the army attacks" keeps its verb), a
     * present-tense form heads the compound noun. */
    if ((t[k].tag == HR_TAG_VBP || t[k].tag == HR_TAG_VBZ || t[k].tag == HR_TAG_VB) &&
        k >= s->begin + 2 && t[k - 1].tag == HR_TAG_NN && s->owner[k - 1] < 0 &&
        t[k - 2].tag == HR_TAG_DT)
        return 1;
    if (name_compound(s, k)) return 1;
    /* "the Awami League (AL)-led combine": the end of a split compound,
     * which the tagger made an adjective */
    if (t[k].tag == HR_TAG_JJ && k >= s->begin + 2 && hr_tok_glued_by_hyphen(&t[k])) return 1;
    int past = t[k].tag == HR_TAG_VBN || t[k].tag == HR_TAG_VBD;
    if (!past && t[k].tag != HR_TAG_JJ) return 0;
    size_t n = k + 1;
    while (n < s->end && s->owner[n] < 0 &&
           (t[n].tag == HR_TAG_JJ || t[n].tag == HR_TAG_RB || t[n].tag == HR_TAG_CC))
        n++;
    int noun_after = n < s->end && (s->owner[n] >= 0 || hr_tag_is_noun(t[n].tag));
    /* "Striking workers blocked", "and visiting senior diplomats": an
     * "-ing" word the tagger read as an adjective before its noun only
     * describes it (tagger.c tells it from a gerund with its object);
     * but not after a noun, whose participle it is ("tanks crushing
     * demonstrators"). */
    if (t[k].tag == HR_TAG_JJ && noun_after && t[k].norm_len > 4 &&
        memcmp(t[k].norm + t[k].norm_len - 3, "ing", 3) == 0 &&
        (k == s->begin || !(s->owner[k - 1] >= 0 || hr_tag_is_noun(t[k - 1].tag))))
        return 1;
    size_t p = k;
    while (p > s->begin && (t[p - 1].tag == HR_TAG_RB || t[p - 1].tag == HR_TAG_RBS ||
                            t[p - 1].tag == HR_TAG_RBR))
        p--;
    if (p == s->begin) return 0;
    /* "the internationally backed Somali government", "the most feared
     * leaders", "its long
     * promised aid", "the backed but powerless government": a participle
     * between a determiner and its noun is an adjective (the tagger may
     * read it as a past tense); so is one the tagger read as a
     * participle after a number ("found three kidnapped workers"). */
    if (s->owner[p - 1] < 0 && noun_after &&
        (t[p - 1].tag == HR_TAG_DT || t[p - 1].tag == HR_TAG_PRPS ||
         (t[p - 1].tag == HR_TAG_CD && t[k].tag == HR_TAG_VBN)))
        return 1;
    if (t[k].tag == HR_TAG_VBD || !noun_after) return 0;   /* a mention after it is its noun too ("assassinated former premier X") */
    /* Before a noun, over adjectives ("resumed limited cross-border
     * trade"), the word before, over adverbs, must be a main verb or a
     * preposition ("condemned renewed attacks", "a tax on imported
     * rubber"), and no auxiliary may stand just before it ("have
     * constantly attacked oil facilities", "have since offered aid"). */
    int before = t[p - 1].tag;
    if (before != HR_TAG_IN && before != HR_TAG_VBD && before != HR_TAG_VBZ &&
        before != HR_TAG_VBP && before != HR_TAG_VB)
        return 0;
    return !participle_auxiliary(&t[p - 1]) &&
           !(p - 1 > s->begin && participle_auxiliary(&t[p - 2]));
}

/* Of the verb forms that end at lexicon node `node` (a phrase starting
 * at token k), the one that fits the word's reading, or NULL.  *noun is
 * read once a form starts at k (-1 before): most words start none. */
static const hr_entry *form_at(const sent *s, size_t k, uint32_t node, int *noun)
{
    uint32_t e = hr_lexicon_entries(s->vx, node);
    if (e == HR_NONE) return NULL;
    if (*noun < 0) *noun = after_determiner(s, k) || tagged_noun(s, k);
    /* A word read as a noun takes a block of nouns ("the meeting of
     * A with B"), a verb a block of verbs ("was meeting"); a form a
     * dictionary lists ("LEFT" in a block of its own) wins over one
     * made by rule from another verb ("LEAVE"). */
    int score = -1;
    for (uint32_t f = e; f != HR_NONE; f = s->vx->entries[f].next) {
        const hr_entry *en = &s->vx->entries[f];
        int sc = 2 * ((int)s->d->verbs.blocks[en->data].nominal == *noun) +
                 !(en->flags & HR_ENTRY_GENERATED);
        if (sc > score) { score = sc; e = f; }
    }
    /* After "the" or "its" only a noun of events counts; so too
     * where the tagger reads the word as a noun ("an appeal", "the
     * attack on", "talks"). */
    if (*noun && !s->d->verbs.blocks[s->vx->entries[e].data].nominal) return NULL;
    return &s->vx->entries[e];
}

/* Whether token k opens a phrase a preposition before it would govern:
 * a noun phrase ("over the fence", "in 1990") or a gerund ("took the
 * lead in making"). */
static int opens_object(const sent *s, size_t k)
{
    int tag = s->doc->tokens[k].tag;
    long c = s->chunk_of[k];
    return (c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_NP) || s->owner[k] >= 0 ||
           hr_is_det_tag(tag) || hr_is_nominal_tag(tag) || tag == HR_TAG_PRP ||
           tag == HR_TAG_VBG;
}

/* The particle standing after the short object of the verb at k
 * ("called the strike off", "handed them over to"), or SIZE_MAX: the
 * object is one noun phrase of at most four tokens right after the verb
 * that ends its group, and the particle after it is no preposition with
 * an object of its own ("handed the letter over the fence").  "on",
 * "for" and "in" are no such particles: after an object they are
 * prepositions ("turned the guns on protesters", "took the lead in"). */
static size_t separated_particle(const sent *s, size_t k)
{
    static const char *const particles[] = { "up", "down", "off", "out", "back", "over",
                                              "away", "aside", NULL };
    const herald_chunk *ch = s->doc->chunks;
    if (k + 2 >= s->end || s->chunk_of[k] < 0 || ch[s->chunk_of[k]].kind != HERALD_CHUNK_VG)
        return SIZE_MAX;
    long obj = s->chunk_of[k + 1];
    if (obj < 0 || ch[obj].kind != HERALD_CHUNK_NP || ch[obj].first_token != k + 1 ||
        ch[obj].token_count > 4)
        return SIZE_MAX;
    size_t p = k + 1 + ch[obj].token_count;
    if (p >= s->end || s->owner[p] >= 0 || !hr_tok_in(&s->doc->tokens[p], particles))
        return SIZE_MAX;
    return p + 1 < s->end && opens_object(s, p + 1) ? SIZE_MAX : p;
}

/* The longest verb form at token k: its entry, and *len.  A verb whose
 * particle stands after its object ("called the strike off") is the
 * form of verb and particle ("call off") with *len its first word, so
 * that the object is read after it as the contiguous form's is, and
 * *particle the particle's token (SIZE_MAX for none), which is no verb
 * of its own. */
const hr_entry *hr_verb_at(const sent *s, size_t k, size_t *len, size_t *particle)
{
    *particle = SIZE_MAX;
    /* A modal ("should be resolved") only qualifies the verb after it. */
    if (s->doc->tokens[k].tag == HR_TAG_MD) return NULL;
    int noun = -1;
    uint32_t node = 0, first = HR_NONE;
    const hr_entry *best = NULL;
    for (size_t i = k; i < s->end && s->owner[i] < 0; i++) {
        node = hr_lexicon_step(s->vx, node, s->doc->word_ids[i]);
        if (node == HR_NONE) break;
        if (i == k) first = node;
        const hr_entry *f = form_at(s, k, node, &noun);
        if (f) { best = f; *len = i + 1 - k; }
    }
    /* Looked for only where a verb form starts and is one word long. */
    if (first == HR_NONE || (best && *len > 1) || noun > 0) return best;
    size_t p = separated_particle(s, k);
    uint32_t two = p == SIZE_MAX ? HR_NONE : hr_lexicon_step(s->vx, first, s->doc->word_ids[p]);
    const hr_entry *f = two == HR_NONE ? NULL : form_at(s, k, two, &noun);
    if (!f || s->d->verbs.blocks[f->data].nominal) return best;
    *len = 1;
    *particle = p;
    return f;
}

/* 1 when a sentence discard phrase occurs in the sentence, 2 for a
 * story discard, 0 for none (PETRARCH's discard dictionaries). */
static int discarded(const sent *s)
{
    const hr_lexicon *dx = &s->d->lex[HERALD_DICT_DISCARDS];
    if (!dx->phrase_count) return 0;
    int found = 0;
    for (size_t k = s->begin; k < s->end; k++) {
        uint32_t node = 0;
        for (size_t i = k; i < s->end; i++) {
            node = hr_lexicon_step(dx, node, s->doc->word_ids[i]);
            if (node == HR_NONE) break;
            uint32_t e = hr_lexicon_entries(dx, node);
            if (e == HR_NONE) continue;
            const char *kind = hr_lexicon_str(dx, dx->codes[dx->entries[e].first_code].code);
            if (strcmp(kind, "STORY") == 0) return 2;
            found = 1;
        }
    }
    return found;
}

/* The sentence's word index and the mask of the tokens of names where
 * no pattern word starts (hr_mark_name_words). */
static int index_words(sent *s)
{
    int rc = hr_word_index_build(&s->words, s->doc, &s->d->strings, &s->d->verbs, s->begin,
                                 s->end);
    if (rc || !s->words.cap) return rc;
    s->names = hr_arena_alloc(&s->doc->arena, s->words.words * sizeof *s->names);
    if (!s->names) return HERALD_ENOMEM;
    memset(s->names, 0, s->words.words * sizeof *s->names);
    hr_mark_name_words(s);
    hr_fill_synset_starts(s);
    return 0;
}

/* The first verb form from token k on, not at `particle` (that of a
 * verb before it which stands apart): its entry, its start *at, its
 * *len and *p its own particle (hr_verb_at); NULL for none. */
static const hr_entry *next_verb(const sent *s, size_t k, size_t particle, size_t *at,
                                 size_t *len, size_t *p)
{
    for (; k < s->end; k++) {
        const hr_entry *form = s->owner[k] < 0 && k != particle ? hr_verb_at(s, k, len, p) : NULL;
        if (form) {
            *at = k;
            return form;
        }
    }
    return NULL;
}

int hr_find_events(herald_doc *doc)
{
    const hr_dicts *d = &doc->ctx->dicts;
    if (!d->lex[HERALD_DICT_VERBS].phrase_count || !doc->word_ids) return 0;
    sent s = { .doc = doc, .d = d, .vx = &d->lex[HERALD_DICT_VERBS] };
    s.owner = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.owner);
    s.chunk_of = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.chunk_of);
    s.scope_start = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.scope_start);
    s.is_place = hr_arena_alloc(&doc->arena, doc->actor_count ? doc->actor_count : 1);
    s.group = hr_arena_alloc(&doc->arena, (doc->actor_count ? doc->actor_count : 1) * 2 *
                                              sizeof *s.group);
    if (!s.owner || !s.chunk_of || !s.scope_start || !s.is_place || !s.group)
        return HERALD_ENOMEM;
    memset(s.scope_start, 0, doc->token_count * sizeof *s.scope_start);
    memset(s.is_place, -1, doc->actor_count);
    memset(s.group, -1, doc->actor_count * 2 * sizeof *s.group);
    for (size_t k = 0; k < doc->token_count; k++) s.owner[k] = -1, s.chunk_of[k] = -1;
    for (size_t c = 0; c < doc->chunk_count; c++)
        for (uint32_t k = 0; k < doc->chunks[c].token_count; k++)
            s.chunk_of[doc->chunks[c].first_token + k] = (long)c;
    for (size_t m = 0; m < doc->actor_count; m++)
        for (uint32_t k = 0; k < doc->actors[m].token_count; k++)
            if (s.owner[doc->actors[m].first_token + k] < 0)
                s.owner[doc->actors[m].first_token + k] = (int)m;
    size_t longest = 0;
    for (size_t i = 0; i < doc->sentence_count; i++)
        if (doc->sentences[i].token_count > longest) longest = doc->sentences[i].token_count;
    size_t memo_size = d->verbs.synset_count * longest;
    s.synset_memo = hr_arena_alloc(&doc->arena, memo_size ? memo_size : 1);
    size_t set_count = d->verbs.synset_count ? d->verbs.synset_count : 1;
    s.synset_starts = hr_arena_alloc(&doc->arena, set_count * ((longest + 63) / 64 + 1) * 8);
    s.synset_started = hr_arena_alloc(&doc->arena, set_count * sizeof *s.synset_started);
    s.synset_memo_stamp = hr_arena_alloc(&doc->arena, set_count * sizeof *s.synset_memo_stamp);
    if (!s.synset_memo || !s.synset_starts || !s.synset_started || !s.synset_memo_stamp)
        return HERALD_ENOMEM;
    memset(s.synset_started, 0, set_count * sizeof *s.synset_started);
    memset(s.synset_memo_stamp, 0, set_count * sizeof *s.synset_memo_stamp);
    /* A story discard anywhere drops every event of the article. */
    for (size_t i = 0; i < doc->sentence_count; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        s.begin = sen->first_token;
        s.end = s.begin + sen->token_count;
        if (discarded(&s) == 2) return 0;
    }
    hr_buf_init(&s.how, &doc->ctx->alc, 4096);
    size_t m = 0;
    int rc = 0;
    for (size_t i = 0; i < doc->sentence_count && !rc; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        while (m < doc->actor_count && doc->actors[m].sentence < i) m++;
        s.first_actor = m;
        while (m < doc->actor_count && doc->actors[m].sentence == i) m++;
        s.actor_end = m;
        if (sen->kind != HERALD_SENTENCE || s.actor_end == s.first_actor) continue;
        s.index = (uint32_t)i;
        s.begin = sen->first_token;
        s.end = s.begin + sen->token_count;
        s.last_source = NO_VERB_YET;
        s.last_coercion = s.last_charge = s.last_toll = 0;
        s.coded_end = s.threat_end = s.threat_verb = 0;
        s.coded_source = s.coded_target = -1;
        s.sports = -1;
        s.stamp = (uint32_t)i + 1;
        if (discarded(&s)) {
            hr_buf_clear(&s.how);
            rc = s.begin < s.end ? hr_drop(&s, s.begin, s.end, "sentence discarded (discard dictionary)") : 0;
            continue;
        }
        size_t at, len, p;
        const hr_entry *form = next_verb(&s, s.begin, SIZE_MAX, &at, &len, &p);
        /* A sentence without a verb of the dictionary codes nothing: its
         * country and word index are not needed. */
        if (!form) continue;
        hr_sentence_country(doc, s.index, s.first_actor, s.actor_end, &s.country);
        if ((rc = index_words(&s))) break;
        size_t first_event = doc->event_count;
        size_t particle = SIZE_MAX;     /* of the last verb whose particle stands apart */
        while (form && !rc) {
            if (p != SIZE_MAX) particle = p;
            rc = code_verb(&s, at, at + len, form);
            if (!rc) form = next_verb(&s, at + len, particle, &at, &len, &p);
        }
        if (!rc) rc = reported_speech(&s, first_event);
    }
    hr_buf_free(&s.how);
    return rc;
}

size_t herald_doc_event_count(const herald_doc *doc)
{
    return doc ? doc->event_count : 0;
}

const herald_event *herald_doc_event(const herald_doc *doc, size_t i)
{
    return doc && i < doc->event_count ? &doc->events[i] : NULL;
}

size_t herald_doc_dropped_count(const herald_doc *doc)
{
    return doc ? doc->dropped_count : 0;
}

const herald_dropped *herald_doc_dropped(const herald_doc *doc, size_t i)
{
    return doc && i < doc->dropped_count ? &doc->dropped[i] : NULL;
}

/* events.c - coding events from verbs and actors.
 *
 * A verb is the longest verb form of the verb dictionary at a token not
 * inside an actor mention.  Its block gives a default code; its patterns
 * (TABARI linear ones, and PETRARCH-2 ones read linearly with their
 * phrase brackets ignored; patterns.c) can give a more specific one: the pattern
 * whose words all appear, in order, before and after the verb, with the
 * most words, wins.  Pattern words match as stems ("ATTACK" matches
 * "attacks"), as TABARI's do; words tied by '_' must be adjacent, and ^
 * skips a noun phrase.  The source (sides.c) is the verb's subject read off the
 * clause stage's chunks (none when that subject names no actor), else
 * the actor group nearest before the verb; the target the group nearest
 * after it (or where the
 * pattern's + says; else a place an active verb names); "A and B"
 * groups give one event per pair.  A passive
 * ("was attacked by X") swaps the sides (passive.c).  Negated and
 * hypothetical verbs are flagged and dropped unless the context keeps
 * them (modality.c); emit.c writes the events. */
#include "sentence.h"
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

/* Whether mention m comes after "between" (over determiners). */
static int between_target(const sent *s, long m)
{
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    return k > s->begin && hr_tok_is(&s->doc->tokens[k - 1], "between");
}

/* A word after an article or a possessive is a noun ("an attack",
 * "its meeting"), not the verb the dictionary lists it as. */
static int after_determiner(const sent *s, size_t k)
{
    static const char *const dets[] = { "a", "an", "the", "this", "that", "its", "their", "his",
                                         "her", "our", "'s", "any", "no", "every", NULL };
    return k > s->begin && s->owner[k - 1] < 0 && hr_tok_in(&s->doc->tokens[k - 1], dets);
}

/* "his talks with Y", "her visit to Y": the person "his" or "her" right
 * before the event noun at k stands for: the subject of the clause when
 * a person ("Arafat would inform King Hussein about his talks"), else
 * the nearest person named before it in the sentence, or -1. */
static long pronoun_possessor(const sent *s, size_t k)
{
    if (k == s->begin || s->owner[k - 1] >= 0 ||
        !hr_tok_in(&s->doc->tokens[k - 1], (const char *const[]){ "his", "her", NULL }))
        return -1;
    long subject;
    if (hr_previous_clause_subject(s, k, 0, &subject) && subject >= 0 &&
        s->doc->actors[subject].kind == HERALD_ACTOR_PERSON)
        return subject;
    for (size_t i = k - 1; i-- > s->begin;)
        if (s->owner[i] >= 0 && s->doc->actors[s->owner[i]].kind == HERALD_ACTOR_PERSON)
            return s->owner[i];
    return -1;
}

/* Whether a word of punishment stands in the clause before token k
 * ("a marine sentenced to 40 years in jail for ..."), which makes what
 * follows "for" a charge, whether or not the punishment coded an event. */
static int punished(const sent *s, size_t k)
{
    static const char *const words[] = { "sentenced", "convicted", "jailed", "imprisoned",
                                         "executed", "fined", "punished", "indicted",
                                         "prosecuted", NULL };
    for (size_t i = k; i-- > s->begin && k - i < 12;) {
        if (s->owner[i] < 0 && (hr_tok_is(&s->doc->tokens[i], ",") ||
                                hr_tok_is(&s->doc->tokens[i], ";")))
            return 0;
        if (s->owner[i] < 0 && hr_tok_in(&s->doc->tokens[i], words)) return 1;
    }
    return 0;
}

/* "accused Ethiopian forces of massacring civilians", "suspected Iran of
 * hiding weapons": a gerund after "ACTOR of" is the charge laid on the
 * actor, not an event of its own; so is one after "for" that follows an
 * arrest ("arrested 24 students for calling for a boycott"), and one
 * joined to a charge by "and" ("... and demanding a new president").
 * (After "for" it may be an event: "praised Spain for donating" codes
 * the donation.) */
static int embedded_gerund(const sent *s, size_t vstart)
{
    /* "accused each other of shelling", "accused them of ...". */
    static const char *const objects[] = { "other", "them", "him", "her", "it", "us", NULL };
    const herald_token *t = s->doc->tokens;
    if (t[vstart].tag != HR_TAG_VBG || vstart < s->begin + 2 || s->owner[vstart - 1] >= 0)
        return 0;
    /* "two men suspected of blowing up a jet", "convicted of killing":
     * the charge, whoever bears it. */
    static const char *const charged[] = { "accused", "suspected", "charged", "convicted",
                                           "guilty", "acquitted", "innocent", NULL };
    if (hr_tok_is(&t[vstart - 1], "of"))
        return s->owner[vstart - 2] >= 0 || hr_tok_in(&t[vstart - 2], objects) ||
               hr_tok_in(&t[vstart - 2], charged);
    return (hr_tok_is(&t[vstart - 1], "for") && (s->last_coercion || punished(s, vstart - 1))) ||
           (s->last_charge && hr_tok_is(&t[vstart - 1], "and"));
}

/* "celebrated Iftar with Gondor after leaving Eriador": a gerund after
 * a conjunction of time is a circumstance of the main event, whose
 * subject it shares; the mention just before it ("Gondor") is no source,
 * so it is not coded, as PETRARCH-2 leaves such clauses. */
static int time_gerund(const sent *s, size_t vstart)
{
    static const char *const when[] = { "after", "before", "since", "while", "when", NULL };
    return s->doc->tokens[vstart].tag == HR_TAG_VBG && vstart > s->begin &&
           s->owner[vstart - 1] < 0 && hr_tok_in(&s->doc->tokens[vstart - 1], when);
}

/* Whether token k is a quotation mark (the tokeniser's `` '' ").  */
static int is_quote(const herald_token *t)
{
    return hr_tok_in(t, (const char *const[]){ "\"", "``", "''", NULL });
}

/* "After talks with Y, X said ...", "Speaking to reporters after a
 * meeting with Y, X urged ...": an event noun in a phrase that opens the
 * sentence (a preposition, or a participle before it) belongs to the
 * subject of the main clause after the comma that ends the phrase.  1
 * and *subject (-1 when it names no actor) for such a phrase, else 0. */
static int opening_phrase_subject(const sent *s, size_t vstart, size_t vend, long *subject)
{
    static const char *const preps[] = { "after", "during", "following", "at", "before", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_chunk *ch = s->doc->chunks;
    size_t k = vstart;          /* back over "the two-day", "one-on-one", "his" */
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD ||
            t[k - 1].tag == HR_TAG_PRPS))
        k--;
    if (k == s->begin || s->owner[k - 1] >= 0 || !hr_tok_in(&t[k - 1], preps)) return 0;
    size_t prep = k - 1;
    if (prep > s->begin && t[s->begin].tag != HR_TAG_VBG) return 0;
    for (size_t i = s->begin + 1; i < prep; i++)     /* "Speaking to reporters after" */
        if (s->owner[i] < 0 &&
            (hr_tok_is(&t[i], ",") || (s->chunk_of[i] >= 0 && hr_finite_group(s, s->chunk_of[i]))))
            return 0;
    long c = s->chunk_of[vend - 1];
    for (c = c < 0 ? -1 : c + 1; c >= 0 && (size_t)c < s->doc->chunk_count &&
                                 ch[c].sentence == s->index; c++) {
        if (!hr_finite_group(s, c)) continue;
        long np = hr_chunk_before(s, c);
        if (np < 0 || ch[np].kind != HERALD_CHUNK_NP) continue;
        size_t b = ch[np].first_token;
        while (b > s->begin && s->owner[b - 1] < 0 && is_quote(&t[b - 1])) b--;
        if (b == s->begin || s->owner[b - 1] >= 0 || !hr_tok_is(&t[b - 1], ",")) continue;
        if (hr_clause_subject(s, ch[c].head, subject) != 1) *subject = -1;
        return 1;
    }
    return 0;
}

/* "restored ties with Gondor, almost five years after crowds burned
 * its embassy": a verb in a clause opened by a conjunction of time or
 * cause after a verb that coded an event tells that event's
 * circumstance.  With a side unknown it is no event of its own (the
 * upper event absorbs it, as PETRARCH-2 combines nested verbs). */
static int circumstance(const sent *s, size_t vstart)
{
    static const char *const subordinators[] = { "after", "before", "since", "when", "while",
                                                 "until", "because", NULL };
    if (!s->coded_end) return 0;
    int inside = 0;                     /* a comma closes the clause: ", X said" */
    for (size_t k = s->coded_end; k < vstart; k++)
        if (s->owner[k] < 0 && hr_tok_in(&s->doc->tokens[k], subordinators)) inside = 1;
        else if (s->owner[k] < 0 && hr_tok_is(&s->doc->tokens[k], ",")) inside = 0;
    return inside;
}

/* Whether token t is a year of news: four digits, 1900 to 2099. */
static int is_year(const herald_token *t)
{
    if (t->norm_len != 4) return 0;
    for (uint32_t i = 0; i < 4; i++)
        if (t->norm[i] < '0' || t->norm[i] > '9') return 0;
    return (t->norm[0] == '1' && t->norm[1] == '9') || (t->norm[0] == '2' && t->norm[1] == '0');
}

/* Whether the verb at vstart is an active perfect: "have fought", "has
 * been fighting", "had long opposed" (not "has been jailed for 20
 * years", a passive). */
static int active_perfect(const sent *s, size_t vstart)
{
    static const char *const have[] = { "has", "have", "had", NULL };
    const herald_token *tk = s->doc->tokens;
    size_t k = vstart;
    while (k > s->begin && tk[k - 1].tag == HR_TAG_RB) k--;
    if (k > s->begin && hr_tok_is(&tk[k - 1], "been")) {
        if (tk[vstart].tag != HR_TAG_VBG) return 0;
        k--;
    }
    while (k > s->begin && tk[k - 1].tag == HR_TAG_RB) k--;
    return k > s->begin && s->owner[k - 1] < 0 && hr_tok_in(&tk[k - 1], have);
}

/* "rebels, who have been fighting the government since 1996", "which
 * have fought a civil war for 20 years": a perfect that spans years
 * tells a standing state, the background of the news, not one of its
 * events ("have shelled the town since Sunday" is still coded). */
static int years_long(const sent *s, size_t vstart, size_t vend, size_t scope)
{
    static const char *const spans[] = { "years", "decades", NULL };
    const herald_token *tk = s->doc->tokens;
    if (!active_perfect(s, vstart)) return 0;
    for (size_t k = vend; k + 1 < scope; k++) {
        if (s->owner[k] >= 0) continue;
        size_t last = k + 4 < scope ? k + 4 : scope;
        for (size_t i = k + 1; i < last; i++) {
            if (hr_tok_is(&tk[k], "since") && is_year(&tk[i])) return 1;
            if (hr_tok_is(&tk[k], "for") && hr_tok_in(&tk[i], spans)) return 1;
        }
    }
    return 0;
}

/* Whether chunk c is a noun phrase wholly inside a date expression
 * ("Friday", "last week"). */
static int date_chunk(const sent *s, long c)
{
    const herald_chunk *ch = &s->doc->chunks[c];
    if (ch->kind != HERALD_CHUNK_NP) return 0;
    for (size_t i = 0; i < s->doc->date_count; i++) {
        const herald_date *d = &s->doc->dates[i];
        if (d->sentence == s->index && d->first_token <= ch->first_token &&
            ch->first_token + ch->token_count <= d->first_token + d->token_count)
            return 1;
    }
    return 0;
}

/* "condemned the bombing of the embassies", "suspects in the Kenya
 * bombing", "interrupted by the car bombing": an act of force named by a
 * noun with "the" after a verb or a preposition is one the reader
 * already knows of, coded where it was reported; the news here is what
 * is said or done about it.  (Coded are a subject, "the bombing of X
 * killed ...", an attack whose doer the phrase names, "condemned the
 * shelling of X by Y", "clashes between A and B", and "a bombing".) */
static int known_attack(const sent *s, size_t vstart)
{
    static const char *const definite[] = { "the", "this", "that", "these", "those", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP ||
        !hr_tok_in(&s->doc->tokens[ch[c].first_token], definite))
        return 0;
    long p = hr_chunk_before(s, c);
    if (p >= 0 && date_chunk(s, p)) p = hr_chunk_before(s, p);    /* "condemned Friday the" */
    return p >= 0 && (ch[p].kind == HERALD_CHUNK_VG || ch[p].kind == HERALD_CHUNK_PP);
}

/* "condemned the bomb blasts which killed 200 people (and injured
 * ...)": a relative clause on an attack the reader already knows of
 * (known_attack) tells that attack's toll, news reported where the
 * attack was. */
static int known_attack_toll(const sent *s, size_t vstart)
{
    static const char *const relatives[] = { "which", "that", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    long rel = c >= 0 ? hr_chunk_before(s, c) : -1;
    if (rel < 0 || ch[rel].kind != HERALD_CHUNK_SBAR ||
        !hr_tok_in(&s->doc->tokens[ch[rel].first_token], relatives))
        return 0;
    long np = hr_chunk_before(s, rel);
    return np >= 0 && known_attack(s, ch[np].first_token);
}

/* Whether the noun phrase at chunk c is a document its author issues,
 * right after the verb of issuing: "Egypt issued a statement condemning
 * the raid", "the Council adopted a resolution calling on ...": what the
 * document says, its author says (while "vetoed a resolution condemning
 * Syria" is no condemnation by the one who vetoed). */
static int issued_document(const sent *s, long c)
{
    static const char *const documents[] = { "statement", "statements", "letter", "message",
                                              "communique", "declaration", "resolution", NULL };
    static const char *const issuing[] = { "issued", "issues", "released", "releases",
                                           "adopted", "adopts", "passed", "passes", "approved",
                                           "approves", "sent", "sends", "published", "signed",
                                           "delivered", NULL };
    const herald_chunk *np = &s->doc->chunks[c];
    const herald_token *tk = s->doc->tokens;
    long v = hr_chunk_before(s, c);
    return hr_tok_in(&tk[np->first_token + np->token_count - 1], documents) && v >= 0 &&
           s->doc->chunks[v].kind == HERALD_CHUNK_VG &&
           !(s->doc->chunks[v].flags & HERALD_VG_PASSIVE) &&
           hr_tok_in(&tk[s->doc->chunks[v].head], issuing);
}

/* "a demonstration backing the prime minister", "all countries
 * supporting the motion", "a mass killing": a participle right after a
 * common noun tells what that noun does; when the noun names no actor
 * the doer is unknown, not the subject of the sentence.  (A name or a
 * date may stand between the participle and its noun: "a resolution in
 * October calling on Syria"; "both sides agreeing" refers to parties
 * named before.) */
static int participle_on_thing(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart == s->begin || s->owner[vstart - 1] >= 0) return 0;
    int tag = tk[vstart - 1].tag;
    if (!hr_tag_is_noun(tag) || tag == HR_TAG_NNP || tag == HR_TAG_NNPS) return 0;
    long c = s->chunk_of[vstart - 1];
    if (c < 0) return 1;
    if (issued_document(s, c)) return 0;
    const herald_chunk *np = &s->doc->chunks[c];
    for (size_t k = np->first_token; k < vstart - 1; k++)
        if (hr_tok_is(&tk[k], "both") || tk[k].tag == HR_TAG_CD) return 0;
    return 1;
}

static int is_show_of_force(const char *code)
{
    return code && strncmp(code, "15", 2) == 0;
}

/* Whether mention m is the object right after the verb ending at vend,
 * over determiners, numbers and adjectives, and a preposition before a
 * number ("deployed about six large missiles", "over 200 tanks"). */
static int direct_object(const sent *s, size_t vend, long m)
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
static int same_state(const sent *s, long a, long b)
{
    char abuf[64], bbuf[64];
    const herald_actor *ac = s->doc->actors;
    const char *x = hr_side_code(&ac[a], &ac[b], s->country, abuf, sizeof abuf);
    const char *y = hr_side_code(&ac[b], &ac[a], s->country, bbuf, sizeof bbuf);
    return strncmp(x, "---", 3) != 0 && strncmp(x, y, 3) == 0;
}

/* The target of a show of force (15) its patterns did not name: whom it
 * is aimed at, not the forces it shows ("deployed missiles near ...":
 * what comes after them), nor its own state where they stand ("troops
 * were deployed around government offices", "tanks patrolled the
 * streets of Baghdad"): -1 then, a deployment aimed at no one named. */
static long show_of_force_target(const sent *s, size_t vend, long src, long tgt, int to_place)
{
    if (direct_object(s, vend, tgt)) {
        const herald_actor *o = &s->doc->actors[tgt];
        tgt = hr_target_after(s, o->first_token + o->token_count, 0, to_place);
    }
    return tgt >= 0 && src >= 0 && same_state(s, src, tgt) ? -1 : tgt;
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

/* ---- threats ----------------------------------------------------------- */

static const hr_entry *verb_at(const sent *s, size_t k, size_t *len);
static long speaker_of(const sent *s, size_t k);

/* Codes of violence: assault (18), fighting (19), mass violence (20). */
static int is_violence_root(const char *code)
{
    return code && (strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
                    strncmp(code, "20", 2) == 0);
}

/* Whether the word is a form of "strike", which names a strike of
 * workers as well as an attack. */
static int strike_word(const herald_token *t)
{
    static const char *const forms[] = { "strike", "strikes", "striking", "struck", NULL };
    return hr_tok_in(t, forms);
}

/* Whether two mentions stand for one side: the same code, or the same
 * state ("Israeli officials said Israel could strike ..."). */
static int same_side(const herald_actor *a, const herald_actor *b)
{
    static const char *const bodies[] = { "---", "IGO", "NGO", "IMG", "MNC", NULL };
    if (strcmp(a->code, b->code) == 0) return 1;
    if (strlen(a->code) < 3 || strncmp(a->code, b->code, 3) != 0) return 0;
    for (const char *const *p = bodies; *p; p++)
        if (strncmp(a->code, *p, 3) == 0) return 0;
    return 1;
}

/* The one who says or warns of the act at chunk c: the speaker or
 * subject of the verb group g that governs it, else the speaker named
 * after it ("... if Damascus does not act, Turkish officials said");
 * -1 for none.  *said tells whether that one says or warns of the act
 * (not "is adequate to carry out a blockade if necessary"). */
static long threat_warner(const sent *s, long g, size_t vstart, int *said)
{
    const herald_token *t = s->doc->tokens;
    if (g >= 0) {
        size_t head = s->doc->chunks[g].head;
        *said = hr_says(s, head) || hr_warning(s, head);
        long speaker = hr_says(s, head) ? speaker_of(s, head) : -1;   /* else its subject */
        return speaker >= 0 ? speaker : hr_mention_before(s, head);
    }
    *said = 1;
    for (size_t k = vstart + 1; k < s->end; k++) {
        long speaker = s->owner[k] < 0 && hr_tok_says(&t[k]) ? speaker_of(s, k) : -1;
        if (speaker < 0) continue;
        size_t first = s->doc->actors[speaker].first_token;
        if (first > k) first = k;                           /* "..., said X" */
        while (first > vstart + 1 && t[first - 1].tag == HR_TAG_DT) first--;
        if (hr_tok_is(&t[first - 1], ",") || t[first - 1].tag == HR_TAG_RQUOTE) return speaker;
    }
    return -1;
}

/* The sides of the threat of the act at vstart, whose own are *src and
 * *tgt: the act's doer threatens, or, when no actor is named as one
 * ("supplies could be cut") or only a pronoun ("warned they will"), the
 * one who warns or says so; its target is the one the condition asks
 * to act ("unless the LDP changes its mind"), else the act's, else the
 * one warned.  0 when the doer is another than the one who warns, with
 * no condition: "NATO warned that Russia could invade" is no threat by
 * either; and, for a guess (`kind` HR_THREAT_GUESS), when it is another
 * or no one says so: "Russia could invade if ..., analysts said". */
static int threat_sides(const sent *s, size_t vstart, int kind, const char *c1, long *src,
                        long *tgt)
{
    long doer = *src, target = *tgt;        /* *src, *tgt untouched when no threat */
    long c = s->chunk_of[vstart];
    long g = hr_governing_group(s, c);
    /* "said it may be forced to reduce imports if ...": the one who
     * says so governs the group of readiness. */
    if (g >= 0 && g == hr_readiness_of(s, c)) g = hr_governing_group(s, g);
    size_t cond = hr_condition_of(s, c);
    size_t head = g >= 0 ? s->doc->chunks[g].head : vstart;
    int said;
    long warner = threat_warner(s, g, vstart, &said);
    const herald_actor *ac = s->doc->actors;
    /* "if the UN tries ..., we will": no mention of the condition acts. */
    if (doer >= 0 && cond < vstart && ac[doer].first_token > cond) doer = -1;
    long subject = hr_chunk_before(s, c);
    int pronoun = subject >= 0 && s->doc->chunks[subject].token_count == 1 &&
                  s->doc->tokens[s->doc->chunks[subject].first_token].tag == HR_TAG_PRP;
    if (doer < 0 || ((pronoun || ac[doer].kind == HERALD_ACTOR_REFERENCE) && warner >= 0))
        doer = warner;
    else if ((cond == SIZE_MAX || kind == HR_THREAT_GUESS) && warner >= 0 &&
             !same_side(&ac[doer], &ac[warner]))
        return 0;
    if (kind == HR_THREAT_GUESS && (warner < 0 || !said)) return 0;
    long asked = cond == SIZE_MAX ? -1 : hr_mention_from(s, cond + 1, hr_clause_end(s, cond + 1));
    /* Force is used on someone.  With no object, only another side
     * that the condition names as its subject makes it a threat ("will
     * retaliate if Hezbollah fires rockets", "would take military action
     * unless the rebels disarm"; not "would take control of the firm if
     * it obtained approval"); and "strike" with no object is a strike of
     * workers, no threat of an air strike. */
    long object = target >= 0 && cond > vstart && cond != SIZE_MAX &&
                          ac[target].first_token > cond ? -1 : target;
    int asked_other = asked >= 0 && s->chunk_of[ac[asked].first_token] == s->chunk_of[cond] + 1 &&
                      !(doer >= 0 && same_side(&ac[doer], &ac[asked]));
    if (object < 0 && is_violence_root(c1) &&
        (strike_word(&s->doc->tokens[vstart]) || !asked_other))
        return 0;
    if (asked >= 0) target = asked;
    if (target < 0 && g >= 0 && head + 1 < s->end) target = s->owner[head + 1];
    *src = doer;
    *tgt = target;
    return 1;
}

/* The pattern of the verb form at vstart..vend that matches the most
 * words (NULL for none), with its match in *best_hit; `scope` is
 * pattern_scope_end's.  For an act
 * threatened, the patterns that code nothing because of the words
 * before the verb ("would", "threatened to") are left out: the threat
 * is the act's to code. */
static const hr_pattern *best_pattern(const sent *s, size_t vstart, size_t vend, size_t scope,
                                      const hr_entry *form, int threat, hit *best_hit)
{
    const hr_verbs *v = &s->d->verbs;
    const hr_verb_block *b = &v->blocks[form->data];
    const hr_pattern *best = NULL;
    size_t start = hr_pattern_scope_start(s, vstart);
    *best_hit = HR_NO_HIT;
    for (uint32_t i = 0; i < b->pattern_count; i++) {
        const hr_pattern *p = &v->patterns[b->first_pattern + i];
        hit h = hr_match_pattern(s, p, vstart, vend, start, scope);
        if (threat && h.before > 0 &&
            (p->code == HR_NONE || strcmp(hr_lexicon_str(s->vx, p->code), "---") == 0))
            continue;
        if (h.score > best_hit->score) { *best_hit = h; best = p; }
    }
    return best;
}

/* The code of a verb form: its best pattern's, else the verb's own
 * (its line's, or its block's). */
static uint32_t verb_code(const sent *s, const hr_pattern *best, const hr_entry *form)
{
    return best ? best->code : s->vx->codes[form->first_code].code;
}

/* Whether the complement of the verb group at chunk c ("warned that
 * ...", "said it would ... unless") holds an act threatened, which codes
 * the threat itself (more exactly than the verb of warning). */
static int complement_threat(const sent *s, long c, size_t scope)
{
    const herald_chunk *g = &s->doc->chunks[c];
    for (size_t k = g->first_token + g->token_count; k < scope; k++) {
        size_t len = 0;
        const hr_entry *form = s->owner[k] < 0 ? verb_at(s, k, &len) : NULL;
        int kind = form ? hr_threatened_act(s, k) : HR_THREAT_NONE;
        if (kind == HR_THREAT_NONE) continue;
        long own = s->chunk_of[k];
        if (hr_governing_group(s, own) != c && hr_condition_of(s, own) == SIZE_MAX) continue;
        hit h;
        const hr_pattern *p = best_pattern(s, k, k + len, hr_pattern_scope_end(s, k, k + len), form,
                                           1, &h);
        uint32_t code = verb_code(s, p, form);
        int negated = 0, hypothetical = 0;
        hr_modality(s, k, 0, &negated, &hypothetical);
        long src = h.source >= 0 ? h.source : hr_mention_before(s, k);
        long tgt = h.target >= 0 ? h.target : hr_target_after(s, k + len, 0, 0);
        if (!negated && code != HR_NONE && hr_threat_of(hr_lexicon_str(s->vx, code)) &&
            threat_sides(s, k, kind, hr_lexicon_str(s->vx, code), &src, &tgt))
            return 1;
    }
    return 0;
}

/* Whether a mention is of plain people ("people", "Iraqi civilians"). */
static int civilians(const herald_actor *a)
{
    return strlen(a->code) == 6 && strcmp(a->code + 3, "CVL") == 0;
}

/* The last event the sentence coded before the verb at vstart, or NULL. */
static const herald_event *event_before(const sent *s, size_t vstart)
{
    uint32_t at = s->doc->tokens[vstart].start;
    for (size_t e = s->doc->event_count; e-- > 0 && s->doc->events[e].sentence == s->index;)
        if (s->doc->events[e].verb_span[0] < at) return &s->doc->events[e];
    return NULL;
}

/* Whether the last event the sentence coded before the verb at vstart
 * is force by an unknown doer ("a car bomb hit a patrol"): the people
 * the same subject kills or wounds next ("..., killing 20 people") are
 * that attack's toll, with no doer to tell it apart.  (Victims of a
 * party of their own, "... and wounded 30 soldiers", are coded.) */
static int unknown_attack_before(const sent *s, size_t vstart)
{
    const herald_event *ev = event_before(s, vstart);
    return ev && strcmp(ev->source, "---") == 0 && hr_is_force_code(ev->code);
}

/* Whether the last event the sentence coded before the verb at vstart
 * is a protest (14) by the mention src: "launched a strike, protesting
 * against prices", "staged a rally and chanted slogans" tell the manner
 * of that one protest, no second one. */
static int same_protest_before(const sent *s, size_t vstart, long src)
{
    const herald_event *ev = event_before(s, vstart);
    const herald_actor *a = &s->doc->actors[src];
    return ev && strncmp(ev->code, "14", 2) == 0 && ev->source_span[0] == a->start &&
           ev->source_span[1] == a->end;
}

/* Whether the journey or sending of verb group g coded an event of the
 * root of `code`: "sent inspectors to investigate" (090), "sent troops
 * to assist" (074) have coded the purpose with what was sent.  A visit
 * (042, 043) tells the journey alone, not what was done there ("flew to
 * Kyiv to meet"). */
static int journey_coded(const sent *s, long g, const char *code)
{
    const herald_chunk *ch = &s->doc->chunks[g];
    const herald_token *t = s->doc->tokens;
    uint32_t lo = t[ch->first_token].start, hi = t[ch->first_token + ch->token_count - 1].end;
    for (size_t e = s->doc->event_count; e-- > 0 && s->doc->events[e].sentence == s->index;) {
        const herald_event *ev = &s->doc->events[e];
        if (ev->verb_span[0] >= lo && ev->verb_span[0] < hi && strncmp(ev->code, code, 2) == 0 &&
            strcmp(ev->code, "042") != 0 && strcmp(ev->code, "043") != 0)
            return 1;
    }
    return 0;
}

/* Whether a code is one of support or cooperation (05 to 07): backing,
 * material aid, help. */
static int is_support_code(const char *code)
{
    return code && code[0] == '0' && code[1] >= '5' && code[1] <= '7';
}

/* Whether an actor is armed forces or police: its code's role MIL or
 * COP ("tanks", "warships", "Israeli police"). */
static int is_forces(const herald_actor *a)
{
    size_t n = strlen(a->code);
    return n == 6 && (strcmp(a->code + 3, "MIL") == 0 || strcmp(a->code + 3, "COP") == 0);
}

static int code_verb(sent *s, size_t vstart, size_t vend, const hr_entry *form)
{
    const hr_verbs *v = &s->d->verbs;
    const hr_verb_block *b = &v->blocks[form->data];
    int threat = b->nominal ? HR_THREAT_NONE : hr_threatened_act(s, vstart);
    /* "threatened to attack" coded 1384 by "threatened": the attack is
     * one to come, no more. */
    int warned_before = threat && vstart < s->threat_end;
    if (warned_before) threat = 0;
    hit best_hit;
    size_t scope = hr_pattern_scope_end(s, vstart, vend);
    const hr_pattern *best = best_pattern(s, vstart, vend, scope, form, threat, &best_hit);
    uint32_t code = verb_code(s, best, form);
    uint32_t code2 = best ? best->code2 : code == b->code ? b->code2 : HR_NONE;
    hr_buf_clear(&s->how);
    int rc = hr_buf_printf(&s->how, "verb %s at %s:%u", hr_lexicon_str(s->vx, b->name),
                           hr_lexicon_str(s->vx, b->file), b->line);
    if (!rc && best)
        rc = hr_buf_printf(&s->how, ", pattern at %s:%u", hr_lexicon_str(s->vx, best->file),
                           best->line);
    if (rc) return rc;
    if (years_long(s, vstart, vend, scope))
        return hr_drop(s, vstart, vend, "a perfect spanning years ('have fought since 1996'): "
                                     "background");
    if (time_gerund(s, vstart))
        return hr_drop(s, vstart, vend, "a gerund of time ('after leaving'): a circumstance");
    s->last_charge = embedded_gerund(s, vstart);
    if (s->last_charge)
        return hr_drop(s, vstart, vend, "a gerund after 'X of' or an arrest's 'for': a charge");
    long src = best_hit.source >= 0 ? best_hit.source : hr_mention_before(s, vstart);
    if (b->nominal && best_hit.source < 0 && after_determiner(s, vstart)) {
        /* "the shelling", "Russia's shelling": the source is the possessor,
         * never the subject of the sentence around it.  ("held talks":
         * without a determiner the noun is the verb's object, and the
         * subject is its source.) */
        src = vstart >= s->begin + 2 && hr_tok_is(&s->doc->tokens[vstart - 1], "'s")
                  ? s->owner[vstart - 2] : pronoun_possessor(s, vstart);
    }
    long opener;
    if (b->nominal && best_hit.source < 0 && opening_phrase_subject(s, vstart, vend, &opener))
        src = opener;
    else if (b->nominal && best && best_hit.source < 0 &&
             strcmp(hr_lexicon_str(s->vx, b->code), "---") == 0 &&
             !(best_hit.target >= 0 && between_target(s, best_hit.target)) &&
             !(vstart >= s->begin + 2 && hr_tok_is(&s->doc->tokens[vstart - 1], "'s")) &&
             pronoun_possessor(s, vstart) < 0)
        /* "held talks with", "called for talks with", "at the six-nation
         * talks with": a noun that codes nothing alone names no party
         * but its possessor, or the subject an opening phrase leads to;
         * else the verb it is the object of codes the event, if any. */
        return hr_drop(s, vstart, vend, "an event noun with no possessor, outside an opening phrase");
    /* "talks between A and B", "clashes between A and B": the parties
     * named act on each other; no one else is the source. */
    if (b->nominal && best_hit.source < 0 && best_hit.target >= 0 &&
        between_target(s, best_hit.target))
        src = -1;
    /* "... condemned the attack and promised aid", "criticized Sweden but
     * praised Finland", "struck X, striking Y": the second verb has the
     * first one's subject. */
    int participle = vstart > s->begin && s->owner[vstart - 1] < 0 &&
                     hr_tok_in(&s->doc->tokens[vstart - 1], (const char *const[]){ ",", "and",
                                                                                  NULL }) &&
                     s->doc->tokens[vstart].tag == HR_TAG_VBG;
    long subject;
    int joined = 1;         /* the verb takes the subject of the verb before */
    if (best_hit.source < 0 && hr_means_subject(s, vstart, &subject))
        src = subject;      /* "imposed a blockade on X by cutting links" */
    else if (best_hit.source < 0 && participle &&
             hr_previous_clause_subject(s, vstart, 1, &subject))
        src = subject;      /* "a car bomb hit a patrol, killing 20": no actor did it */
    else if (best_hit.source < 0 && participle && s->last_source != NO_VERB_YET)
        src = s->last_source;
    else if (best_hit.source < 0 && hr_group_start(s, vstart) > s->begin &&
             s->owner[hr_group_start(s, vstart) - 1] < 0 &&
             hr_coordinated_verb(s, hr_group_start(s, vstart) - 1)) {
        /* "as protesters packed the streets and surrounded ...", "has
         * built missiles and has deployed rockets": the subject of the
         * verb it is joined to, else the last verb's. */
        if (hr_previous_clause_subject(s, vstart, 0, &subject)) src = subject;
        else if (s->last_source >= 0) src = s->last_source;
    } else {
        joined = 0;
    }
    /* "The US sent agents to Kenya to investigate": the purpose of a
     * sending is its sender's, the act of the sentence's subject (a
     * pattern's $ just before would read the destination or those sent). */
    long journey = !b->nominal ? hr_journey_of_purpose(s, vstart) : -1;
    if (journey >= 0) src = hr_mention_before(s, s->doc->chunks[journey].head);
    if (journey >= 0 && code != HR_NONE &&
        journey_coded(s, journey, hr_lexicon_str(s->vx, code)))
        return hr_drop(s, vstart, vend, "the purpose of a sending that coded it already");
    if (best_hit.source < 0 && !b->nominal && participle_on_thing(s, vstart)) src = -1;
    int elided_passive = 0;
    if (best_hit.source < 0 && !b->nominal && hr_joined_participle(s, vstart, &elided_passive, &subject))
        src = elided_passive ? -1 : subject;
    if (!b->nominal) s->last_source = src;      /* a noun is no clause's verb */
    const char *c1 = code == HR_NONE ? NULL : hr_lexicon_str(s->vx, code);
    if (!b->nominal) s->last_coercion = c1 && strncmp(c1, "17", 2) == 0;

    if (b->nominal && hr_is_force_code(c1) && best_hit.source < 0 && known_attack(s, vstart) &&
        !(best_hit.target >= 0 && between_target(s, best_hit.target)))
        return hr_drop(s, vstart, vend, "an attack named with 'the' after a verb or preposition "
                                     "('condemned the bombing'): reported elsewhere");
    const char *c2 = code2 == HR_NONE ? NULL : hr_lexicon_str(s->vx, code2);
    /* A place may be the target of one actor's act ("Iran and Israel met
     * in Geneva" is a meeting of the two, not with Switzerland). */
    long slo = -1, shi = -1;
    int to_place = best_hit.target < 0 && hr_active_finite(s, vstart);
    if (to_place && src >= 0) hr_group_of(s, src, &slo, &shi);
    to_place = to_place && slo == shi;
    long tgt = best_hit.target >= 0 ? best_hit.target
                                    : hr_target_after(s, vend, hr_is_comment_code(c1), to_place);
    /* "struck a U.S. base in Jordan" read by "* in +": a place is the
     * target only when the verb has no object of its own ("drone
     * strikes in Yemen", "fired rockets from Gaza at southern Israel"). */
    if (best_hit.target >= 0 && hr_is_place(s, best_hit.target)) {
        long object = hr_target_after(s, vend, hr_is_comment_code(c1), 0);
        size_t k = object >= 0 ? s->doc->actors[object].first_token : vend;
        while (k > vend && s->owner[k - 1] < 0 &&
               (s->doc->tokens[k - 1].tag == HR_TAG_DT || s->doc->tokens[k - 1].tag == HR_TAG_JJ))
            k--;
        if (object >= 0 && k == vend &&
            s->doc->actors[object].first_token < s->doc->actors[tgt].first_token)
            tgt = object;
    }
    /* "denied that its troops had ...", "refuted reports claiming that
     * ...": a statement (01) whose object is a clause has no target in
     * it.  ("demanded that Hamas renounce": a demand is made of the
     * clause's subject.) */
    int claim;
    if (best_hit.target < 0 && c1 && strncmp(c1, "01", 2) == 0 &&
        hr_claim_that(s, vend, &claim) != SIZE_MAX)
        tgt = -1;
    /* "X said Y accepted ...": after a verb of saying comes the reported
     * clause, whose subject is no target ("told Y" has one).  When a
     * pattern read the clause ("said it would hold talks"), the target
     * is the first mention after the words it matched ("... with Y"). */
    if (best_hit.target < 0 && hr_says(s, vstart) &&
        !hr_tok_in(&s->doc->tokens[vstart], (const char *const[]){ "told", "tells", "tell", NULL }))
        tgt = best && best_hit.end > vend
                  ? hr_target_after(s, best_hit.end, hr_is_comment_code(c1), to_place) : -1;
    /* "X said Y would withdraw its troops": a pattern that read the
     * reported clause codes the act of that clause, whose doer is its
     * subject ("said it would ...": the speaker; "said the plan would
     * ...": no actor). */
    long reporter;
    if (best && best_hit.end > vend && best_hit.source < 0 &&
        hr_says(s, vstart) &&
        hr_reported_subject(s, vend, best_hit.end, &reporter))
        src = reporter;
    if (best_hit.target < 0 && best_hit.source < 0 && src >= 0 && hr_relative_object(s, src) >= 0)
        tgt = hr_relative_object(s, src);
    /* "began to question whether he ... with the Orcs": a subject pronoun
     * for the source itself starts a clause of its own and is no target;
     * "recalled its ambassador": the source's own people are none either.
     * The next mention may be.  ("called on him" keeps its object.) */
    static const char *const subjects[] = { "he", "she", "they", NULL };
    const herald_actor *ac = s->doc->actors;
    if (best_hit.target < 0 && tgt >= 0 && src >= 0 && ac[tgt].kind == HERALD_ACTOR_REFERENCE &&
        ((hr_tok_in(&s->doc->tokens[ac[tgt].first_token], subjects) &&
          strcmp(ac[tgt].code, ac[src].code) == 0) ||
         (ac[tgt].first_token > s->begin &&
          hr_tok_is(&s->doc->tokens[ac[tgt].first_token - 1], "its") &&
          strncmp(ac[tgt].code, ac[src].code, 3) == 0)))
        tgt = hr_target_after(s, ac[tgt].first_token + ac[tgt].token_count, hr_is_comment_code(c1),
                           to_place);
    /* "deployed 4,000 troops (to the border)": in a show of force (15)
     * the forces shown are the actor's own, not its target, which is
     * whoever they face, named after them if at all. */
    if (best_hit.target < 0 && tgt >= 0 && c1 && strncmp(c1, "15", 2) == 0 &&
        hr_own_forces(&ac[tgt], src >= 0 ? &ac[src] : NULL))
        tgt = hr_target_after(s, ac[tgt].first_token + ac[tgt].token_count, hr_is_comment_code(c1),
                           to_place);
    /* "... and several others wounded": the victims stand between "and"
     * and the participle; the doer is unknown. */
    if (elided_passive) {
        tgt = -1;
        for (size_t k = vstart; k-- > s->begin && tgt < 0 &&
                                (s->owner[k] >= 0 || !hr_tok_is(&s->doc->tokens[k], "and"));)
            tgt = s->owner[k];
    }
    long agent = hr_passive_agent(s, vstart, vend);
    /* "the suspects were handed over to X", read by "&suspect * to +":
     * the passive's subject that a word of the pattern read, passed on to
     * the pattern's +, is what was acted on, no doer; the agent is, when
     * named ("... by Y").  ("Riot police were deployed", "&police *",
     * keeps the police as the ones who act.) */
    if (best_hit.source < 0 && best_hit.target >= 0 && best_hit.thing >= 0 &&
        src == best_hit.thing && (agent >= 0 || hr_agentless_passive(s, vstart)))
        src = agent != best_hit.target ? agent : -1;
    /* A pattern's + read the agent of a passive ("was invited by X to
     * talks", "$ * +" on "Y was attacked by X"): the agent acts, as in
     * any passive. */
    if ((best_hit.target >= 0 || best_hit.source >= 0) && agent != best_hit.target) agent = -1;
    if (agent >= 0) {                  /* the subject is the target */
        tgt = src;
        src = agent;
        long noun;
        if (hr_reduced_relative_noun(s, vstart, &noun)) tgt = noun;
    } else if (best_hit.source < 0 && best_hit.target < 0 &&
               ((hr_passive_subject_suffers(c1) && hr_agentless_passive(s, vstart) &&
                 !hr_purpose_after(s, vend)) ||
                hr_participle_after_finite(s, vstart))) {
        /* "51 people were killed in clashes", "a soldier accused of
         * killing": the subject suffered the act, whose doer is not
         * named (a reduced relative never makes its noun the doer). */
        tgt = src;
        src = -1;
    }
    /* "Israeli troops, backed by tanks and helicopters, raided ...":
     * forces backed by forces of their own (or of no state) are one
     * force and its arms, no party that supports another. */
    if (src >= 0 && tgt >= 0 && is_support_code(c1) && is_forces(&ac[src]) &&
        is_forces(&ac[tgt]) && ac[src].first_token > s->begin &&
        hr_tok_is(&s->doc->tokens[ac[src].first_token - 1], "by") &&
        hr_own_forces(&ac[src], &ac[tgt]))
        return hr_drop(s, vstart, vend, "backed by its own forces ('backed by tanks'): its means");
    if (best_hit.target < 0 && tgt >= 0 && is_show_of_force(c1))
        tgt = show_of_force_target(s, vend, src, tgt, to_place);
    if (best_hit.target < 0 && tgt >= 0 && participle_clause_ends(s, vstart, vend, tgt))
        tgt = -1;
    /* A pattern with words before the verb ("didn't clash") has coded
     * its own context: the negation is part of the pattern's code. */
    int negated = 0, hypothetical = 0;
    if (best_hit.before == 0) hr_modality(s, vstart, (int)b->nominal, &negated, &hypothetical);
    if (b->nominal && !negated && !hypothetical) hr_noun_modality(s, vend, &negated, &hypothetical);
    if (warned_before) hypothetical = 1;
    const char *threat_code = threat && !negated ? hr_threat_of(c1) : NULL;
    if (threat_code && threat_sides(s, vstart, threat, c1, &src, &tgt)) {
        c1 = threat_code;
        c2 = NULL;
        hypothetical = 0;
        rc = hr_buf_printf(&s->how, "; an act to come after a warning or with a condition: "
                                    "a threat");
        if (rc) return rc;
    }
    if ((negated || hypothetical) && !s->doc->ctx->keep_uncertain)
        return hr_drop(s, vstart, vend, negated ? "negated" : "hypothetical (a modal or a plan)");
    if (joined && src >= 0 && c1 && strncmp(c1, "14", 2) == 0 && same_protest_before(s, vstart, src))
        return hr_drop(s, vstart, vend, "the manner of the protest its subject coded before "
                                     "('launched a strike, protesting against ...')");
    if (!b->nominal) s->last_toll = src < 0 && is_violence_root(c1) &&
                                    (known_attack_toll(s, vstart) || (joined && s->last_toll));
    if (s->last_toll)
        return hr_drop(s, vstart, vend, "the toll of an attack named with 'the' after a verb or "
                                     "preposition ('condemned the blasts which killed 200'): "
                                     "reported elsewhere");
    if (joined && src < 0 && tgt >= 0 && hr_is_force_code(c1) &&
        unknown_attack_before(s, vstart) && civilians(&s->doc->actors[tgt]))
        return hr_drop(s, vstart, vend, "the toll in people of the attack by an unknown doer "
                                     "before it ('a bomb hit a patrol, killing 20 people')");
    /* "warned it would attack": the verb of warning codes the threat
     * when its patterns name one ("1384", "threatened to retaliate":
     * 130), else the act threatened. */
    if (!threat_code && c1 && strncmp(c1, "13", 2) == 0 && (best || strcmp(c1, "130") != 0))
        s->threat_end = scope;
    else if (!b->nominal && (hr_says(s, vstart) || hr_warning(s, vstart)) && c1 &&
             strcmp(c1, "---") != 0 && complement_threat(s, s->chunk_of[vstart], scope))
        return hr_drop(s, vstart, vend, "the act threatened in its complement codes the threat");
    if (!negated && !hypothetical && hr_future(s, vstart) && c1) {
        const char *intent = hr_intent_code(c1);
        if (intent) {
            c1 = intent;
            c2 = c2 && strcmp(c2, "---") != 0 ? hr_intent_code(c2) : c2;
            rc = hr_buf_printf(&s->how, "; talks to come ('will'): an intent to meet");
            if (rc) return rc;
        }
    }
    if ((src < 0 || tgt < 0) && circumstance(s, vstart))
        return hr_drop(s, vstart, vend, "a clause of circumstance of the event before, with a side "
                                     "unknown");
    /* A group that is the subject of a reciprocal act acts on itself
     * ("A and B held talks"), and so does one after "between"; the
     * objects of an act with no known doer ("a blast killed A and B",
     * "A and B were killed") do nothing to each other. */
    long first_target = tgt, last_target = tgt;
    if (tgt >= 0) hr_group_of(s, tgt, &first_target, &last_target);
    int mutual = agent < 0 &&
                 (b->nominal || (tgt < 0 ? hr_reciprocal_code(c1) || hr_said_mutual(s, vstart, vend)
                                         : between_target(s, first_target)));
    int coded = 0;
    size_t events_before = s->doc->event_count;
    /* "captured Bakhmut", "shelled Kharkiv": a place with no actor named
     * as the object of one actor's force is the force's target, for its
     * country, when that is known to be another state than the actor's
     * ("Iraqi troops retook Mosul" is no act on Iraq; whose "the rebels"
     * are is not known). */
    herald_actor place;
    const char *src_code = src >= 0 ? s->doc->actors[src].code : "---";
    int on_place = tgt < 0 && to_place && agent < 0 && !elided_passive && hr_is_force_code(c1) &&
                   strncmp(src_code, "---", 3) != 0 && hr_object_place(s, vend, &place) &&
                   strncmp(place.code, src_code, 3) != 0;
    herald_actor own;
    int on_own = !on_place && tgt < 0 && agent < 0 && !elided_passive && c1 &&
                 strncmp(c1, "1724", 4) == 0 && src >= 0 && own_state(s, src, &own);
    place_sides forward = { NULL, on_place ? &place : on_own ? &own : NULL };
    place_sides reverse = { on_place ? &place : NULL, NULL };
    if (c1 && strcmp(c1, "---") != 0) {
        rc = hr_emit_groups(s, src, tgt, &forward, c1, vstart, vend, negated, hypothetical, mutual);
        coded = 1;
    }
    if (!rc && c2 && strcmp(c2, "---") != 0) {   /* [c1:c2]: the second event reversed */
        rc = hr_emit_groups(s, tgt, src, &reverse, c2, vstart, vend, negated, hypothetical, mutual);
        coded = 1;
    }
    if (!rc && !coded) rc = hr_drop(s, vstart, vend, "the verb codes nothing here (---)");
    if (s->doc->event_count > events_before) s->coded_end = vend;
    return rc;
}

/* ---- reported speech --------------------------------------------------- */

/* The speaker of the verb of saying at k: the mention just before it;
 * the one before a phrase between commas ("X, speaking after talks with
 * Y, said"); or the one after it that ends the clause ("..., said X."),
 * not the subject of what is said ("said Ankara would ..."). */
static long speaker_of(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (k > s->begin && s->owner[k - 1] >= 0) return s->owner[k - 1];
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

/* "Y attacked Z, X said", "X said Y attacked Z", "according to X": the
 * events of the sentence other than the saying are reported by X. */
static int reported_speech(sent *s, size_t first_event)
{
    herald_doc *doc = s->doc;
    for (size_t k = s->begin; k < s->end; k++) {
        if (s->owner[k] >= 0) continue;
        long speaker = -1;
        if (hr_tok_is(&doc->tokens[k], "according") && k + 2 < s->end &&
            hr_tok_is(&doc->tokens[k + 1], "to")) {
            size_t m = k + 2;                   /* "according to the Lebanese army" */
            while (m + 1 < s->end && s->owner[m] < 0 && doc->tokens[m].tag == HR_TAG_DT) m++;
            speaker = s->owner[m];
        }
        else if (hr_tok_says(&s->doc->tokens[k]))
            speaker = speaker_of(s, k);
        if (speaker < 0) continue;
        const herald_actor *sp = &doc->actors[speaker];
        for (size_t e = first_event; e < doc->event_count; e++) {
            herald_event *ev = &doc->events[e];
            if (ev->reported_by || ev->verb_span[0] == doc->tokens[k].start) continue;
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
    int past = t[k].tag == HR_TAG_VBN || t[k].tag == HR_TAG_VBD;
    if (!past && t[k].tag != HR_TAG_JJ) return 0;
    size_t p = k;
    while (p > s->begin && t[p - 1].tag == HR_TAG_RB) p--;
    if (p == s->begin) return 0;
    /* "the internationally backed Somali government", "its long
     * promised aid", "the backed but powerless government": a participle
     * between a determiner and its noun is an adjective (the tagger may
     * read it as a past tense). */
    size_t n = k + 1;
    while (n < s->end && s->owner[n] < 0 &&
           (t[n].tag == HR_TAG_JJ || t[n].tag == HR_TAG_RB || t[n].tag == HR_TAG_CC))
        n++;
    if (s->owner[p - 1] < 0 && (t[p - 1].tag == HR_TAG_DT || t[p - 1].tag == HR_TAG_PRPS) &&
        n < s->end && (s->owner[n] >= 0 || hr_tag_is_noun(t[n].tag)))
        return 1;
    if (t[k].tag == HR_TAG_VBD || k + 1 >= s->end || !hr_tag_is_noun(t[k + 1].tag)) return 0;
    /* The word before, over adverbs, must be a main verb or a
     * preposition ("condemned renewed attacks", "a tax on imported
     * rubber"), and no auxiliary may stand just before it ("have
     * constantly attacked oil facilities", "have since offered aid"). */
    int before = t[p - 1].tag;
    if (before != HR_TAG_IN && before != HR_TAG_VBD && before != HR_TAG_VBZ &&
        before != HR_TAG_VBP && before != HR_TAG_VB)
        return 0;
    static const char *const aux[] = { "has", "have", "had", "having", "'ve", "is", "are", "was",
                                       "were", "be", "been", "being", "get", "got", "'s", "'re",
                                       NULL };
    return !hr_tok_in(&t[p - 1], aux) && !(p - 1 > s->begin && hr_tok_in(&t[p - 2], aux));
}

/* The longest verb form at token k: its entry, and *len. */
static const hr_entry *verb_at(const sent *s, size_t k, size_t *len)
{
    /* A modal ("should be resolved") only qualifies the verb after it. */
    if (s->doc->tokens[k].tag == HR_TAG_MD) return NULL;
    int noun = after_determiner(s, k) || tagged_noun(s, k);
    uint32_t node = 0;
    const hr_entry *best = NULL;
    for (size_t i = k; i < s->end && s->owner[i] < 0; i++) {
        node = hr_lexicon_step(s->vx, node, s->doc->word_ids[i]);
        if (node == HR_NONE) break;
        uint32_t e = hr_lexicon_entries(s->vx, node);
        if (e == HR_NONE) continue;
        /* A word read as a noun takes a block of nouns ("the meeting of
         * A with B"), a verb a block of verbs ("was meeting"); a form a
         * dictionary lists ("LEFT" in a block of its own) wins over one
         * made by rule from another verb ("LEAVE"). */
        int score = -1;
        for (uint32_t f = e; f != HR_NONE; f = s->vx->entries[f].next) {
            const hr_entry *en = &s->vx->entries[f];
            int sc = 2 * ((int)s->d->verbs.blocks[en->data].nominal == noun) +
                     !(en->flags & HR_ENTRY_GENERATED);
            if (sc > score) { score = sc; e = f; }
        }
        /* After "the" or "its" only a noun of events counts; so too
         * where the tagger reads the word as a noun ("an appeal", "the
         * attack on", "talks"). */
        if (noun && !s->d->verbs.blocks[s->vx->entries[e].data].nominal) continue;
        best = &s->vx->entries[e];
        *len = i + 1 - k;
    }
    return best;
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
    return 0;
}

int hr_find_events(herald_doc *doc)
{
    const hr_dicts *d = &doc->ctx->dicts;
    if (!d->lex[HERALD_DICT_VERBS].phrase_count || !doc->word_ids) return 0;
    sent s = { .doc = doc, .d = d, .vx = &d->lex[HERALD_DICT_VERBS] };
    s.owner = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.owner);
    s.chunk_of = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.chunk_of);
    if (!s.owner || !s.chunk_of) return HERALD_ENOMEM;
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
        s.coded_end = s.threat_end = 0;
        hr_sentence_country(doc, s.index, s.first_actor, s.actor_end, s.country);
        s.stamp = (uint32_t)i + 1;
        if ((rc = index_words(&s))) break;
        if (discarded(&s)) {
            hr_buf_clear(&s.how);
            rc = s.begin < s.end ? hr_drop(&s, s.begin, s.end, "sentence discarded (discard dictionary)") : 0;
            continue;
        }
        size_t first_event = doc->event_count;
        for (size_t k = s.begin; k < s.end && !rc;) {
            size_t len = 0;
            const hr_entry *form = s.owner[k] < 0 ? verb_at(&s, k, &len) : NULL;
            if (!form) { k++; continue; }
            rc = code_verb(&s, k, k + len, form);
            k += len;
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

/* references.c - mentions that point back to an actor named earlier.
 *
 *   he, she, him          the nearest person named before, within three
 *                         sentences ("... Wang Yi told reporters. She said")
 *   praised his efforts   "his"/"her" opening a verb's object: the nearest
 *                         person named before, when not the verb's subject
 *   rejected their demands
 *                         "their" opening a verb's object: the one plural
 *                         party named before, when the subject is one
 *                         singular party ("Arafat met strike leaders and
 *                         rejected their demands")
 *   them                  the one plural party named before it in the
 *                         sentence, or else the one before, that is not
 *                         its clause's subject ("police detained two
 *                         journalists and later released them")
 *   rejected its offer    "its" opening a verb's object: the one other
 *                         body named before, when it reports the clause
 *                         ("AMC said ... the union rejected its offer")
 *                         or the verb judges it ("criticised its handling")
 *   urging it to          "it" as the object of a verb an infinitive
 *                         follows: the one body named before that is not
 *                         the verb's subject
 *   the coalition         the coalition named before ("Italy's ruling
 *                         coalition ... members of the coalition")
 *   we, us (quoted)       the speaker of the quotation: '"We have expelled
 *                         the ambassador," the prime minister said' 
 *   the minister          a role after "the" takes the nearest person
 *                         named before whose code carries that role
 *   the rebels            an armed role after "the" takes the nearest
 *                         armed group named before ("the CPP-NPA ...
 *                         the rebels")
 *   its troops, whose army
 *                         a role after "its" or "whose" takes the country
 *                         of the nearest actor named before it in the
 *                         sentence ("Egypt denied that its troops ...")
 *   the country's unions  a role after "the country's" takes the country
 *                         of the nearest actor named before it, in the
 *                         sentence or the last three ("Greek ... the
 *                         country's two biggest unions")
 *   his troops            a role after "his" or "her" takes the country
 *                         of the nearest person named before it
 *   Russian police and tax inspectors
 *                         a plural role joined by "and" to a country's
 *                         role shares its country
 *   Bushnell              a lone surname: the person named before in the
 *                         article whose mention ends with it ("Ambassador
 *                         Prudence Bushnell ... Bushnell said")
 *   the country, the Caucasus nation, the island kingdom
 *                         the nearest state named before, in the
 *                         sentence or the last three (the state itself,
 *                         not the body of it named: "Syria's minister
 *                         ... the country")
 *   both sides, the two countries, the two governments ...
 *                         the parties of the conflict named last, or else
 *                         the last two countries named, or else the two a
 *                         word joins in the sentence or the one before
 *                         ("Sino-Russian forum ... the two countries"),
 *                         which beats parties named before its sentence;
 *                         "sides" and "parties" may also be a state's body
 *                         and an armed or opposition body of one country
 * Each resolved mention says so in its `how`. */
#include "scan.h"
#include "../segment/toks.h"
#include "../tag/tagset.h"
#include "../tag/tagger.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define PERSON_WINDOW 3     /* sentences a pronoun may reach back */
#define GROUP_WINDOW 5      /* sentences "both sides" may reach back */
#define SURNAME_LOOKBACK 128 /* mentions a lone surname may reach back */

static int is_pronoun(const herald_token *t)
{
    return hr_tok_is(t, "he") || hr_tok_is(t, "she") || hr_tok_is(t, "him");
}

/* The mention of the sentence that token k lies inside, or NULL. */
static const herald_actor *mention_at(const herald_doc *doc, size_t first_mention, size_t k)
{
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if (k >= a->first_token && k < a->first_token + a->token_count) return a;
    }
    return NULL;
}

/* Whether token k lies inside a mention of the sentence. */
static int covered(const herald_doc *doc, size_t first_mention, size_t k)
{
    return mention_at(doc, first_mention, k) != NULL;
}

/* The nearest person mentioned before byte `before`, within the window,
 * whose code has `role` after the country (any role when NULL). */
static const herald_actor *nearest_person(const hr_scan *sc, uint32_t before, const char *role)
{
    const herald_doc *doc = sc->doc;
    for (size_t m = doc->actor_count; m-- > 0;) {
        const herald_actor *a = &doc->actors[m];
        if (a->sentence + PERSON_WINDOW < sc->sentence) break;
        if (a->start >= before) continue;
        if (a->kind != HERALD_ACTOR_PERSON) continue;
        if (role && (strlen(a->code) <= 3 || strncmp(a->code + 3, role, strlen(role)) != 0))
            continue;
        return a;
    }
    return NULL;
}

static int note_reference(hr_scan *sc, const herald_token *t, const herald_actor *to)
{
    hr_buf_clear(&sc->how);
    const char *text = sc->doc->article.text;
    return hr_buf_printf(&sc->how, "reference: %.*s -> %.*s (sentence %u)",
                         (int)(t->end - t->start), text + t->start,
                         (int)(to->end - to->start), text + to->start, to->sentence);
}

/* Token k, one word, refers to mention `to`: a mention of to's code. */
static int emit_reference(hr_scan *sc, size_t k, const herald_actor *to)
{
    char code[64];
    snprintf(code, sizeof code, "%s", to->code);    /* `to` may move as mentions grow */
    int rc = note_reference(sc, &sc->doc->tokens[k], to);
    return rc ? rc : hr_emit_actor(sc, k, k + 1, code, HERALD_ACTOR_REFERENCE);
}

/* A proper noun standing alone: capitalised, with no capitalised word
 * after it that would make it part of a longer name. */
static inline int lone_proper_noun(const hr_scan *sc, size_t k)
{
    const herald_token *t = &sc->doc->tokens[k];
    if (t->tag != HR_TAG_NNP || hr_tok_first(sc->doc, t) != HR_C_UPPER) return 0;
    return k + 1 >= sc->end || sc->doc->tokens[k + 1].tag != HR_TAG_NNP;
}

/* Whether mention a's last word is token t's word, or that word with
 * the Arabic article glued before it: news drops it after the first
 * mention ("Marwan al-Barghouti ... Barghouti"). */
static int last_word_is(const herald_doc *doc, const herald_actor *a, const herald_token *t)
{
    const herald_token *last = &doc->tokens[a->first_token + a->token_count - 1];
    const char *word = last->norm;
    size_t len = last->norm_len;
    if (len == t->norm_len + 3 && (memcmp(word, "al-", 3) == 0 || memcmp(word, "el-", 3) == 0)) {
        word += 3;
        len -= 3;
    }
    return len == t->norm_len && memcmp(word, t->norm, t->norm_len) == 0;
}

/* The person named before token t in the article, within the lookback,
 * whose mention of two words or more ends with t's word. */
static const herald_actor *surname_bearer(const hr_scan *sc, const herald_token *t)
{
    const herald_doc *doc = sc->doc;
    size_t stop = doc->actor_count > SURNAME_LOOKBACK ? doc->actor_count - SURNAME_LOOKBACK : 0;
    for (size_t m = doc->actor_count; m-- > stop;) {
        const herald_actor *a = &doc->actors[m];
        if (a->kind != HERALD_ACTOR_PERSON || a->token_count < 2 || a->start >= t->start) continue;
        if (last_word_is(doc, a, t)) return a;
    }
    return NULL;
}

/* "Bushnell told reporters": a lone surname of a person named before. */
static int surnames(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k < sc->end; k++) {
        const herald_token *t = &doc->tokens[k];
        if (!lone_proper_noun(sc, k) || covered(doc, first_mention, k)) continue;
        const herald_actor *to = surname_bearer(sc, t);
        int rc = to ? emit_reference(sc, k, to) : 0;
        if (rc) return rc;
    }
    return 0;
}

/* "in Moscow", "to Kigali": a place where something happens, not a party. */
static int is_place(const herald_doc *doc, const herald_actor *a)
{
    if (a->first_token == 0) return 0;
    const herald_token *t = &doc->tokens[a->first_token - 1];
    static const char *const preps[] = { "in", "at", "to", "from", "near", "via", "into", NULL };
    return hr_tok_in(t, preps);
}

#define TITLE_REACH 10      /* tokens of a speaker's titled name: 'AU Commission chairman A B C' */

/* The verb of saying that ends a speaker's noun phrase opening at token
 * `from` ('the African Union Commission chairman Alpha Konare said'):
 * its token, or 0 when a word of another kind comes first. */
static size_t saying_after_title(const hr_scan *sc, size_t from)
{
    const herald_token *t = sc->doc->tokens;
    for (size_t k = from; k < sc->end && k < from + TITLE_REACH; k++) {
        if (hr_tok_says(&t[k])) return k;
        if (!hr_tag_is_noun(t[k].tag) && !hr_is_det_tag(t[k].tag) && t[k].tag != HR_TAG_JJ)
            return 0;
    }
    return 0;
}

/* The mention that speaks a quotation ending at token `close`: '...,"
 * the prime minister said' or '...," said the prime minister'.  Before
 * the verb, the speaker's phrase may hold several mentions ('AU
 * Commission chairman Alpha Konare said'): the one nearest the verb. */
static const herald_actor *quotation_speaker(const hr_scan *sc, size_t first_mention,
                                             size_t close)
{
    const herald_doc *doc = sc->doc;
    size_t said = saying_after_title(sc, close + 1);
    const herald_actor *titled = NULL;
    for (size_t m = first_mention; said && m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if (a->first_token > close && a->first_token + a->token_count <= said) titled = a;
    }
    if (titled) return titled;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        size_t after = a->first_token + a->token_count;
        if (a->first_token <= close || a->first_token > close + 3) continue;
        if ((after < sc->end && hr_tok_says(&doc->tokens[after])) ||
            hr_tok_says(&doc->tokens[a->first_token - 1]))
            return a;
    }
    return NULL;
}

#define OPENER_REACH 8      /* tokens between a verb of saying and the quotation it opens */

/* The mention that opens a quotation at token `open`: 'X told Al-Jazeera
 * that "we ..."', 'X said: "we ..."': the first mention before the verb
 * of saying that is no place. */
static const herald_actor *quotation_opener(const hr_scan *sc, size_t first_mention, size_t open)
{
    const herald_doc *doc = sc->doc;
    size_t v = open;
    while (v > sc->begin && v + OPENER_REACH > open && !hr_tok_says(&doc->tokens[v])) v--;
    if (!hr_tok_says(&doc->tokens[v])) return NULL;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if (a->first_token + a->token_count > v) break;
        if (!is_place(doc, a)) return a;
    }
    return NULL;
}

/* The speaker of the quotation of the sentence that holds token k, or
 * NULL: named after it, or else before it. */
static const herald_actor *quoted_speaker(const hr_scan *sc, size_t first_mention, size_t k)
{
    size_t open = sc->end;
    for (size_t q = sc->begin; q < sc->end; q++) {
        if (!hr_tok_is(&sc->doc->tokens[q], "\"")) continue;
        if (open == sc->end) { open = q; continue; }
        if (open < k && k < q) {
            const herald_actor *to = quotation_speaker(sc, first_mention, q);
            return to ? to : quotation_opener(sc, first_mention, open);
        }
        open = sc->end;
    }
    return NULL;
}

/* "we" and "us" inside a quotation: its speaker. */
static int quoted_first_person(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t q = sc->begin; q < sc->end; q++) {
        const herald_token *t = &doc->tokens[q];
        if ((!hr_tok_is(t, "we") && !hr_tok_is(t, "us")) || covered(doc, first_mention, q))
            continue;
        const herald_actor *to = quoted_speaker(sc, first_mention, q);
        if (!to) continue;
        char code[64];
        snprintf(code, sizeof code, "%s", to->code);
        int rc = note_reference(sc, t, to);
        if (!rc) rc = hr_emit_actor(sc, q, q + 1, code, HERALD_ACTOR_REFERENCE);
        if (rc) return rc;
    }
    return 0;
}

/* Whether an actor code names a body outside the state: a group with a
 * code of its own (IMG..., NGO...) or a country's armed or political
 * opposition (SYRREB, RUSSEP, KHMOPP).  What is "its" is the body's. */
static int owns_its_roles(const char *code)
{
    static const char *const prefixes[] = { "IMG", "NGO", "NGM", "MNC" };
    static const char *const roles[] = { "REB", "SEP", "INS", "UAF", "OPP", "CRM" };
    for (size_t i = 0; i < sizeof prefixes / sizeof *prefixes; i++)
        if (strncmp(code, prefixes[i], 3) == 0) return 1;
    if (strlen(code) < 6) return 0;
    for (size_t i = 0; i < sizeof roles / sizeof *roles; i++)
        if (strncmp(code + 3, roles[i], 3) == 0) return 1;
    return 0;
}

static const char *const armed_roles[] = { "REB", "INS", "SEP", "UAF", NULL };

static int is_armed_role(const char *role)
{
    for (const char *const *r = armed_roles; *r; r++)
        if (strncmp(role, *r, 3) == 0) return 1;
    return 0;
}

/* Whether a role of `owner` is the owner's own body outside the state
 * ("the rebels' command said its fighters"): any role of such a body,
 * but of such a person only an armed one ("Sadr urged his militia";
 * "Anwar thanked his lawyers" are Malaysia's lawyers). */
static int joins_owners_body(const herald_actor *owner, const char *role)
{
    if (!owns_its_roles(owner->code)) return 0;
    return owner->kind != HERALD_ACTOR_PERSON || is_armed_role(role) ||
           strncmp(role, "MIL", 3) == 0;
}

/* The owner of a role after "its" or "whose": the nearest state (or
 * body, never a person) named before it in the sentence; NULL if none. */
static const herald_actor *nearest_owner(const hr_scan *sc, size_t first_mention, size_t m)
{
    for (size_t n = m; n-- > first_mention;) {
        const char *c = sc->doc->actors[n].code;
        if (sc->doc->actors[n].kind == HERALD_ACTOR_PERSON) continue;
        if (strlen(c) >= 3 && c[0] >= 'A' && c[0] <= 'Z' && strncmp(c, "IGO", 3) != 0)
            return &sc->doc->actors[n];
    }
    return NULL;
}

/* Whether role code (after its "---") is a state's or an armed group's:
 * one a named leader commands ("troops of", "the government of"). */
static int commanded_role(const char *role)
{
    return is_armed_role(role) || strncmp(role, "MIL", 3) == 0 || strncmp(role, "GOV", 3) == 0;
}

/* "troops of rebel leader Laurent Kabila", "forces loyal to President
 * Gbagbo": the person, with a state's or armed group's code, named right
 * after the commanded role mention m and "of" or "loyal to"; or NULL. */
static const herald_actor *commander_after(const hr_scan *sc, size_t m)
{
    const herald_doc *doc = sc->doc;
    const herald_actor *a = &doc->actors[m];
    size_t k = a->first_token + a->token_count;
    if (m + 1 >= doc->actor_count || !commanded_role(a->code + 3) || k + 1 >= sc->end) return NULL;
    if (hr_tok_is(&doc->tokens[k], "of")) k++;
    else if (hr_tok_is(&doc->tokens[k], "loyal") && hr_tok_is(&doc->tokens[k + 1], "to")) k += 2;
    else return NULL;
    if (k < sc->end && hr_tok_is(&doc->tokens[k], "the")) k++;
    const herald_actor *p = &doc->actors[m + 1];
    if (p->first_token != k || p->kind != HERALD_ACTOR_PERSON) return NULL;
    return strncmp(p->code, "---", 3) != 0 && strncmp(p->code, "IGO", 3) != 0 ? p : NULL;
}

/* Whether a code's first three letters name a state: not a role without
 * a country, nor an international, non-governmental, multinational or
 * militant body with a code of its own. */
static int names_state(const char *code)
{
    static const char *const bodies[] = { "---", "IGO", "NGO", "NGM", "MNC", "IMG" };
    if (strlen(code) < 3) return 0;
    for (size_t i = 0; i < sizeof bodies / sizeof *bodies; i++)
        if (strncmp(code, bodies[i], 3) == 0) return 0;
    return 1;
}

/* "the country's opposition": the state of the nearest mention before
 * byte `before` that names one, person or not, in the sentence or the
 * ones just before it ("President Iajuddin Ahmed ... the country's
 * opposition parties"); NULL if none. */
static const herald_actor *nearest_state(const hr_scan *sc, uint32_t before)
{
    const herald_doc *doc = sc->doc;
    for (size_t m = doc->actor_count; m-- > 0;) {
        const herald_actor *a = &doc->actors[m];
        if (a->sentence + PERSON_WINDOW < sc->sentence) break;
        if (a->start < before && names_state(a->code)) return a;
    }
    return NULL;
}

/* Whether a token may stand between a possessive and the role it owns:
 * "its two biggest unions", "the country's main opposition party". */
static int is_modifier(const herald_token *t)
{
    return t->tag == HR_TAG_JJ || t->tag == HR_TAG_JJS || t->tag == HR_TAG_JJR ||
           t->tag == HR_TAG_CD;
}

/* The token of the possessive that owns the mention starting at token
 * `first`, over up to two modifiers; `first` itself when none. */
static size_t possessive_before(const hr_scan *sc, size_t first)
{
    size_t k = first;
    for (int skipped = 0; skipped <= 2 && k > sc->begin; skipped++) {
        const herald_token *t = &sc->doc->tokens[k - 1];
        if (!is_modifier(t)) return k - 1;
        k--;
    }
    return first;
}

/* Whether token k is the "'s" of "the country's". */
static int country_possessive(const hr_scan *sc, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    return k >= sc->begin + 2 && hr_tok_is(&t[k], "'s") && hr_tok_is(&t[k - 1], "country") &&
           hr_tok_is(&t[k - 2], "the");
}

#define CLAUSE_REACH 20     /* tokens back from a joined verb to its clause's finite verb */

/* Whether token k ends a clause's subject at a verb of its own: the
 * finite verb that begins a verb group ("has cut", "will not recall"). */
static int finite_verb(const herald_token *t)
{
    return t->tag == HR_TAG_VBD || t->tag == HR_TAG_VBZ || t->tag == HR_TAG_VBP ||
           t->tag == HR_TAG_MD;
}

/* Whether a verb moves its doer's own people: one recalls, withdraws,
 * sends or deploys its own envoys and troops ("recalling its
 * ambassador"), but expels or attacks another's ("retaliated against
 * Britain by expelling its diplomats"). */
static int moves_own_people(const herald_token *t)
{
    static const char *const verbs[] = {
        "recall", "recalls", "recalled", "recalling",
        "withdraw", "withdraws", "withdrew", "withdrawn", "withdrawing",
        "pull", "pulls", "pulled", "pulling",
        "send", "sends", "sent", "sending",
        "dispatch", "dispatches", "dispatched", "dispatching",
        "deploy", "deploys", "deployed", "deploying",
        "mobilise", "mobilises", "mobilised", "mobilising",
        "mobilize", "mobilizes", "mobilized", "mobilizing",
        "evacuate", "evacuates", "evacuated", "evacuating", NULL
    };
    return hr_tok_in(t, verbs);
}

/* Whether the verb at token v, right before a possessive, has no subject
 * of its own but its clause's, and moves that subject's own people: a
 * gerund of means or time ("by recalling its ambassador", "after
 * withdrawing its troops"), a participle after a comma (", recalling its
 * ambassador") or a verb joined by "and" ("and recalled its
 * ambassador").  Not so after "for" or "of", whose doer is the object
 * before ("criticised Georgia for recalling its envoy").  Returns the
 * token before the joined verb, or 0 for none. */
static size_t joined_to_clause(const hr_scan *sc, size_t v)
{
    static const char *const means[] = { "by", "after", "before", "while", "without",
                                         "through", "despite", "upon", NULL };
    const herald_token *t = sc->doc->tokens;
    if (v <= sc->begin + 1 || !hr_tag_is_verb(t[v].tag) || !moves_own_people(&t[v])) return 0;
    const herald_token *before = &t[v - 1];
    if (t[v].tag == HR_TAG_VBG && (hr_tok_in(before, means) || hr_tok_is(before, ",")))
        return v - 1;
    if ((t[v].tag == HR_TAG_VBD || t[v].tag == HR_TAG_VBZ) && hr_tok_is(before, "and"))
        return v - 1;
    return 0;
}

/* The mention of the sentence whose last token is k - 1, or NULL. */
static const herald_actor *mention_ending_at(const hr_scan *sc, size_t first_mention, size_t k)
{
    for (size_t m = first_mention; m < sc->doc->actor_count; m++) {
        const herald_actor *a = &sc->doc->actors[m];
        if (a->first_token + a->token_count == k) return a;
    }
    return NULL;
}

#define ASIDE_REACH 12      /* tokens of an aside between a subject and its verb */

/* The token after the subject whose aside ends with the comma at token
 * k - 1 ("A relief group, just back from North Korea, appealed"): the
 * comma before the aside, over no verb of its own; k when none. */
static size_t over_aside(const hr_scan *sc, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    if (k <= sc->begin || !hr_tok_is(&t[k - 1], ",")) return k;
    for (size_t j = k - 1; j > sc->begin && k - j <= ASIDE_REACH; j--) {
        if (hr_tok_is(&t[j - 1], ",")) return j - 1;
        if (finite_verb(&t[j - 1])) return k;
    }
    return k;
}

/* The subject of the clause a verb joined at token `joint` belongs to:
 * the mention right before the verb group of the nearest finite verb
 * before it ("Russia cut ties ... by"), or before an aside that the
 * verb group follows; NULL if none. */
static const herald_actor *subject_before(const hr_scan *sc, size_t first_mention, size_t joint)
{
    const herald_token *t = sc->doc->tokens;
    size_t k = joint;
    while (k > sc->begin && joint - k < CLAUSE_REACH && !finite_verb(&t[k - 1])) k--;
    if (k == sc->begin || !finite_verb(&t[k - 1])) return NULL;
    for (k--; k > sc->begin && (hr_tag_is_verb(t[k - 1].tag) || t[k - 1].tag == HR_TAG_MD ||
                                t[k - 1].tag == HR_TAG_RB);)
        k--;
    return mention_ending_at(sc, first_mention, over_aside(sc, k));
}

/* The subject of the possessive at token p when the verb before it
 * shares its clause's subject ("Russia cut ties with Georgia by recalling
 * its ambassador": Russia, not the nearer Georgia): the mention right
 * before the verb group of the clause's finite verb; NULL if none. */
static const herald_actor *clause_subject(const hr_scan *sc, size_t first_mention, size_t p)
{
    size_t joint = p > sc->begin ? joined_to_clause(sc, p - 1) : 0;
    return joint ? subject_before(sc, first_mention, joint) : NULL;
}

/* Whether token t opens a reported clause: "said he", "warned he". */
static int reports(const herald_token *t)
{
    static const char *const verbs[] = { "warned", "insisted", "stressed", "vowed", "admitted",
                                         "conceded", "predicted", NULL };
    return hr_tok_says(t) || hr_tok_in(t, verbs);
}

/* The speaker a subject pronoun at token k stands for when a verb of
 * saying joined to an earlier one reports it: "Denktash said he would
 * meet Clerides, but warned he would not ...": the subject of the first
 * verb of saying, not the person named nearer.  NULL when the verb has a
 * subject of its own. */
static const herald_actor *joined_speaker(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    if (k <= sc->begin + 1) return NULL;
    size_t v = k - 1;
    if (hr_tok_is(&t[v], "that")) v--;
    if (v <= sc->begin || !reports(&t[v]) ||
        (!hr_tok_is(&t[v - 1], "and") && !hr_tok_is(&t[v - 1], "but")))
        return NULL;
    size_t said = v - 1;
    while (said > sc->begin && !reports(&t[said - 1])) said--;
    const herald_actor *a = said > sc->begin ? subject_before(sc, first_mention, said) : NULL;
    if (!a) return NULL;
    if (a->kind == HERALD_ACTOR_PERSON) return a;
    return a->kind == HERALD_ACTOR_REFERENCE && a->token_count == 1 &&
                   is_pronoun(&t[a->first_token])
               ? a
               : NULL;
}

static int plural_mention(const hr_scan *sc, const herald_actor *a);

static int is_person_possessive(const herald_token *t)
{
    return t->tag == HR_TAG_PRPS && (hr_tok_is(t, "his") || hr_tok_is(t, "her"));
}

/* Whether "he", "she" or "him" stands between tokens from and to: a
 * "his" after it most often means the same person ("he would not let
 * his community"). */
static int pronoun_between(const hr_scan *sc, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (is_pronoun(&sc->doc->tokens[k])) return 1;
    return 0;
}

/* The subject of the verb right before token k, whose object k opens:
 * its clause's when the verb shares it ("by recalling"), else the
 * mention before the verb group of the nearest finite verb, else the one
 * before "and" or "but" ("met X and praised his", "and later praised
 * his"); NULL if none. */
static const herald_actor *object_verb_subject(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    const herald_actor *subject = clause_subject(sc, first_mention, k);
    if (!subject) subject = subject_before(sc, first_mention, k);
    size_t v = k - 1;
    while (v > sc->begin + 1 && t[v - 1].tag == HR_TAG_RB) v--;    /* "and later criticised" */
    if (!subject && v > sc->begin && (hr_tok_is(&t[v - 1], "and") || hr_tok_is(&t[v - 1], "but")))
        subject = subject_before(sc, first_mention, v - 1);
    return subject;
}

/* "praised his tenacity", "criticised her remarks": "his" or "her"
 * opening the object of a verb (no role after it, which
 * possessive_roles handles) makes the act bear on the person it stands
 * for, the nearest person named before; NULL when that one is the
 * verb's own subject ("Bush defended his policy": his own, no side),
 * when a singular subject is named after that person, or when the
 * subject is not found, as the owner is then a guess. */
static const herald_actor *object_possessor(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    if (k <= sc->begin || k + 1 >= sc->end || !hr_tag_is_verb(t[k - 1].tag) ||
        (!hr_tag_is_noun(t[k + 1].tag) && t[k + 1].tag != HR_TAG_JJ) ||
        covered(sc->doc, first_mention, k + 1))
        return NULL;
    const herald_actor *person = nearest_person(sc, t[k].start, NULL);
    if (!person || person->sentence != sc->sentence ||
        pronoun_between(sc, person->first_token + person->token_count, k))
        return NULL;
    const herald_actor *subject = object_verb_subject(sc, first_mention, k);
    if (!subject || strcmp(subject->code, person->code) == 0) return NULL;
    /* a singular subject named after the person is the likelier owner
     * ("a close ally of Castro, the leader ... denounced his rival") */
    return plural_mention(sc, subject) || person->first_token > subject->first_token ? person
                                                                                     : NULL;
}

static int opens_plain_object(const hr_scan *sc, size_t first_mention, size_t k);
static int plural_antecedent(const hr_scan *sc, size_t first, size_t from, size_t to,
                             const herald_actor *subject, const herald_actor **found);

/* Whether mention a is joined to one before it ("Spain and Portugal"). */
static int joined_after(const hr_scan *sc, const herald_actor *a)
{
    const herald_token *t = sc->doc->tokens;
    return a->first_token > sc->begin &&
           (hr_tok_is(&t[a->first_token - 1], "and") || hr_tok_is(&t[a->first_token - 1], ","));
}

/* "Arafat met strike leaders and rejected their demands": "their"
 * opening a verb's object stands for the one plural party named before
 * it in the sentence, when the verb's subject is one singular party
 * (many subjects' own it most often is: "fighters swapped their
 * uniforms", "Spain and Portugal are considering their contribution");
 * NULL when two compete or the subject is not found. */
static const herald_actor *object_plural_possessor(const hr_scan *sc, size_t first_mention,
                                                   size_t k)
{
    if (!opens_plain_object(sc, first_mention, k)) return NULL;
    const herald_actor *subject = object_verb_subject(sc, first_mention, k);
    const herald_actor *owner;
    if (!subject || plural_mention(sc, subject) || joined_after(sc, subject) ||
        plural_antecedent(sc, first_mention, sc->begin, k, subject, &owner) <= 0)
        return NULL;
    return strcmp(owner->code, subject->code) != 0 ? owner : NULL;
}

/* "he", "she", "him": the nearest person named before, but for the
 * speaker of a joined verb of saying ("... but warned he would"); "his"
 * or "her" opening a verb's object (object_possessor), and "their"
 * (object_plural_possessor). */
static int pronouns(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k < sc->end; k++) {
        const herald_token *t = &doc->tokens[k];
        int possessive = t->tag == HR_TAG_PRPS;
        if ((!possessive && !is_pronoun(t)) || covered(doc, first_mention, k)) continue;
        if (possessive) {
            const herald_actor *owner = is_person_possessive(t) ? object_possessor(sc, first_mention, k)
                                        : hr_tok_is(t, "their")
                                            ? object_plural_possessor(sc, first_mention, k)
                                            : NULL;
            int rc = owner ? emit_reference(sc, k, owner) : 0;
            if (rc) return rc;
            continue;
        }
        const herald_actor *to = joined_speaker(sc, first_mention, k);
        if (!to) to = nearest_person(sc, t->start, NULL);
        int rc = to ? emit_reference(sc, k, to) : 0;
        if (rc) return rc;
    }
    return 0;
}

/* Whether mention a may be what "it" or "its" stands for: a body or a
 * state, no person, no place, no modifier of a noun after it ("its only
 * U.S. car plant"). */
static int may_be_it(const hr_scan *sc, const herald_actor *a)
{
    size_t after = a->first_token + a->token_count;
    return a->kind != HERALD_ACTOR_PERSON && !is_place(sc->doc, a) &&
           !(after < sc->end && hr_tag_is_noun(sc->doc->tokens[after].tag));
}

/* Whether mention a is the subject of a verb of saying ("AMC said",
 * "the ministry has said"): the one whose report a clause gives. */
static int says_after(const hr_scan *sc, const herald_actor *a)
{
    const herald_token *t = sc->doc->tokens;
    size_t k = a->first_token + a->token_count;
    while (k < sc->end && (t[k].tag == HR_TAG_RB || hr_tok_is(&t[k], "has") ||
                           hr_tok_is(&t[k], "had")))
        k++;
    return k < sc->end && reports(&t[k]);
}

/* The one body "it" or "its" at token k stands for when `subject` does
 * its verb: the mentions of the sentence before k (may_be_it) of another
 * code than the subject's, when they hold one code that names a party,
 * and for "its" when that one reports the clause ("AMC said ... after
 * the union rejected its final proposal"): a subject's own is as often
 * meant ("China surrendered its lead" to Japan named before); NULL when
 * there is none or two compete. */
static const herald_actor *sole_body_before(const hr_scan *sc, size_t first_mention, size_t k,
                                            const herald_actor *subject, int speaker_only)
{
    const herald_doc *doc = sc->doc;
    const herald_actor *found = NULL;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if (a->first_token + a->token_count > k || !may_be_it(sc, a) ||
            strcmp(a->code, subject->code) == 0)
            continue;
        if (found && strcmp(found->code, a->code) != 0) return NULL;
        if (!found) found = a;
    }
    if (!found || strncmp(found->code, "---", 3) == 0) return NULL;
    return !speaker_only || says_after(sc, found) ? found : NULL;
}

/* Whether "its" at token k opens a verb's object with no mention in it:
 * up to two modifiers, then a noun or gerund ("rejected its final
 * proposal", "criticised its handling"); not after an infinitive, whose
 * doer may be another's object ("obliged the government to revise its
 * policy"). */
static int opens_plain_object(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    if (k <= sc->begin || !hr_tag_is_verb(t[k - 1].tag) || t[k - 1].tag == HR_TAG_VB) return 0;
    for (size_t n = k + 1; n < sc->end && n <= k + 3; n++) {
        if (covered(sc->doc, first_mention, n)) return 0;
        /* a gerund after a possessive is a noun: "its lavish spending" */
        if (hr_tag_is_noun(t[n].tag) || t[n].tag == HR_TAG_VBG) return 1;
        if (!is_modifier(&t[n])) return 0;
    }
    return 0;
}

/* Whether the verb judges its object ("criticised its handling",
 * "rejected its offer", "welcomed its decision"): a party judges
 * another's act or offer, hardly its own, so "its" needs no speaker to
 * stand for the one other body named before.  Stems, as the verb may be
 * in any form; asked only at an "its" that opens an object. */
static int judges_object(const herald_token *verb)
{
    static const char *const stems[] = { "critici", "condemn", "denounc", "deplor", "question",
                                         "reject", "rebuff", "spurn", "prais", "welcom",
                                         "applaud", NULL };
    for (const char *const *stem = stems; *stem; stem++) {
        size_t n = strlen(*stem);
        if (verb->norm_len >= n && memcmp(verb->norm, *stem, n) == 0) return 1;
    }
    return 0;
}

/* The body "it" or "its" at token k stands for: "rejected its final
 * proposal" (a verb's object with no role in it, which possessive_roles
 * handles), "urging it to halt", "called on it to" (the object of a verb
 * whose infinitive follows): the one body named before in the sentence
 * that is not the verb's subject (sole_body_before); NULL elsewhere, or
 * when the subject is not found, as the one meant is then a guess. */
static const herald_actor *object_body(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    size_t v = k;      /* the token after the verb */
    if (hr_tok_is(&t[k], "its")) {
        if (!opens_plain_object(sc, first_mention, k)) return NULL;
    } else {
        if (k + 2 >= sc->end || !hr_tok_is(&t[k + 1], "to") || t[k + 2].tag != HR_TAG_VB)
            return NULL;
        if (v > sc->begin + 1 && hr_tok_is(&t[v - 1], "on")) v--;
        if (v <= sc->begin || !hr_tag_is_verb(t[v - 1].tag)) return NULL;
    }
    const herald_actor *subject = object_verb_subject(sc, first_mention, v);
    int speaker_only = hr_tok_is(&t[k], "its") && !judges_object(&t[k - 1]);
    return subject ? sole_body_before(sc, first_mention, k, subject, speaker_only) : NULL;
}

/* "it" and "its" as or in a verb's object: the body of object_body. */
static int body_pronouns(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k < sc->end; k++) {
        const herald_token *t = &doc->tokens[k];
        if ((!hr_tok_is(t, "it") && !hr_tok_is(t, "its")) || covered(doc, first_mention, k))
            continue;
        const herald_actor *to = object_body(sc, first_mention, k);
        int rc = to ? emit_reference(sc, k, to) : 0;
        if (rc) return rc;
    }
    return 0;
}

/* Whether the clause whose subject ends before token k is passive: a
 * form of "be" in its verb group before a past participle ("pilgrims
 * had been locked in"), whose subject suffers the act. */
static int passive_after(const hr_scan *sc, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    int seen_be = 0;
    for (; k < sc->end && (finite_verb(&t[k]) || t[k].tag == HR_TAG_RB ||
                           hr_tok_is_be(&t[k], HR_BE_BEING));
         k++)
        seen_be |= hr_tok_is_be(&t[k], HR_BE_BEING);
    return seen_be && k < sc->end && t[k].tag == HR_TAG_VBN;
}

/* The token after a relative pronoun that opens at token k, over a
 * comma before it ("protesters, who threw stones at them": the
 * protesters are the clause's subject), or k when none does. */
static size_t over_relative_pronoun(const hr_scan *sc, size_t k)
{
    static const char *const relatives[] = { "who", "that", "which", NULL };
    const herald_token *t = sc->doc->tokens;
    size_t r = k < sc->end && hr_tok_is(&t[k], ",") ? k + 1 : k;
    return r < sc->end && hr_tok_in(&t[r], relatives) ? r + 1 : k;
}

/* The active subject of the clause token k lies in: the nearest mention
 * before it in the sentence that a finite verb follows ("Police detained
 * two journalists and later released them": Police), or NULL, also when
 * that clause is passive. */
static const herald_actor *own_subject(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_doc *doc = sc->doc;
    const herald_token *t = doc->tokens;
    for (size_t m = doc->actor_count; m-- > first_mention;) {
        const herald_actor *a = &doc->actors[m];
        size_t after = a->first_token + a->token_count;
        if (after > k) continue;
        after = over_relative_pronoun(sc, after);
        while (after < sc->end && t[after].tag == HR_TAG_RB) after++;
        if (after < sc->end && finite_verb(&t[after])) return passive_after(sc, after) ? NULL : a;
    }
    return NULL;
}

/* Whether "them" at token k is the object of a gerund or infinitive
 * whose understood doer may be another's object ("accused the guides of
 * cheating them", "pressure to redeploy them"): a reader needs more than
 * the clause to tell who they are.  An infinitive right after a verb is
 * its subject's ("promised to take them in"). */
static int object_of_nonfinite(const hr_scan *sc, size_t k)
{
    static const char *const openers[] = { "of", "for", "from", "about", "against", "to", NULL };
    const herald_token *t = sc->doc->tokens;
    size_t v = k;
    while (v > sc->begin && !hr_tag_is_verb(t[v - 1].tag) && k - v < 3) v--;
    if (v <= sc->begin + 1 || !hr_tag_is_verb(t[v - 1].tag)) return 0;
    if (v > sc->begin + 2 && hr_tok_is(&t[v - 2], "to") && hr_tag_is_verb(t[v - 3].tag)) return 0;
    return (t[v - 1].tag == HR_TAG_VBG || t[v - 1].tag == HR_TAG_VB) && hr_tok_in(&t[v - 2], openers);
}

/* Whether mention a has a plural noun: "the protesters", "leaders of
 * Jordan", "the United Arab Emirates". */
static int plural_mention(const hr_scan *sc, const herald_actor *a)
{
    for (size_t k = a->first_token; k < a->first_token + a->token_count; k++)
        if (sc->doc->tokens[k].tag == HR_TAG_NNS || sc->doc->tokens[k].tag == HR_TAG_NNPS)
            return 1;
    return 0;
}

/* Whether plural mention a is people a "them" may stand for: a role or
 * group ("33 people"), not a place nor a state, whose plural name
 * ("the Philippines") is an "it" and whose people ("all Iraqis") may be
 * addressed rather than meant. */
static int plural_party(const hr_scan *sc, const herald_actor *a)
{
    return a->kind != HERALD_ACTOR_PERSON && !is_place(sc->doc, a) && strlen(a->code) > 3;
}

/* Whether the plural noun at token k counts the people of the mention
 * after "of" ("hundreds of protesters"), naming no others. */
static int counts_mention(const hr_scan *sc, size_t first_mention, size_t k)
{
    return k + 2 < sc->doc->token_count && hr_tok_is(&sc->doc->tokens[k + 1], "of") &&
           covered(sc->doc, first_mention, k + 2);
}

/* Whether tokens [from, to) hold a plural noun no mention covers:
 * people or things "them" may stand for ("signed the documents and held
 * them", "fired at teenagers ... near militants and injured four of
 * them"). */
static int names_plural_other(const hr_scan *sc, size_t first_mention, size_t from, size_t to)
{
    const herald_doc *doc = sc->doc;
    for (size_t k = from; k < to; k++)
        if ((doc->tokens[k].tag == HR_TAG_NNS || doc->tokens[k].tag == HR_TAG_NNPS) &&
            !mention_at(doc, first_mention, k) && !counts_mention(sc, first_mention, k))
            return 1;
    return 0;
}

/* "threw stones at them", "fired the rockets at them": the first token of
 * the object of no mention right before the preposition that ends at
 * token `to` (where "them" stands), or `to`.  What a clause acts with
 * is not whom it acts on, so that object is no rival of the party
 * "them" stands for. */
static size_t object_before_preposition(const hr_scan *sc, size_t first_mention, size_t from,
                                        size_t to)
{
    static const char *const aimed[] = { "at", "on", "against", NULL };
    const herald_token *t = sc->doc->tokens;
    if (to < from + 2 || !hr_tok_in(&t[to - 1], aimed)) return to;
    size_t k = to - 1;
    while (k > from && !covered(sc->doc, first_mention, k - 1) &&
           (hr_tag_is_noun(t[k - 1].tag) || t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD ||
            t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_PRPS))
        k--;
    return k < to - 1 && hr_tag_is_verb(t[k - 1].tag) ? k : to;
}

/* The one plural party "them" may stand for among the mentions from
 * index `first` on that end by token `to`, other than `subject`, in
 * *found.  Returns 0 when there is none, 1 when found, and -1 when two
 * codes, a plural noun no mention covers, or a plural place or state
 * compete ("troops fought rebels near villagers and attacked them"). */
static int plural_antecedent(const hr_scan *sc, size_t first, size_t from, size_t to,
                             const herald_actor *subject, const herald_actor **found)
{
    const herald_doc *doc = sc->doc;
    *found = NULL;
    if (names_plural_other(sc, first, from, object_before_preposition(sc, first, from, to)))
        return -1;
    for (size_t m = first; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if (a->first_token < from || a->first_token + a->token_count > to) continue;
        if (a == subject || !plural_mention(sc, a)) continue;
        if (!plural_party(sc, a)) return -1;
        if (*found && strcmp((*found)->code, a->code) != 0) return -1;
        if (!*found) *found = a;
    }
    return *found ? 1 : 0;
}

/* The index of the first mention of the sentence before the current one
 * and its tokens [*from, *to); 0 with none. */
static int previous_sentence(const hr_scan *sc, size_t first_mention, size_t *first, size_t *from,
                             size_t *to)
{
    if (sc->sentence == 0) return 0;
    const herald_sentence *prev = herald_doc_sentence(sc->doc, sc->sentence - 1);
    *from = prev->first_token;
    *to = prev->first_token + prev->token_count;
    size_t m = first_mention;
    while (m > 0 && sc->doc->actors[m - 1].sentence + 1 == sc->sentence) m--;
    *first = m;
    return 1;
}

/* "them": the plural party named before it in the sentence, or else in
 * the one before, that is not its own clause's subject ("troops
 * surrounded the protesters and fired on them"); nothing when two
 * compete. */
static int object_pronouns(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k < sc->end; k++) {
        const herald_token *t = &doc->tokens[k];
        if (!hr_tok_is(t, "them") || covered(doc, first_mention, k) || object_of_nonfinite(sc, k))
            continue;
        const herald_actor *to;
        size_t first, from, end;
        int found = plural_antecedent(sc, first_mention, sc->begin, k,
                                      own_subject(sc, first_mention, k), &to);
        if (found == 0 && previous_sentence(sc, first_mention, &first, &from, &end))
            found = plural_antecedent(sc, first, from, end, NULL, &to);
        int rc = found > 0 ? emit_reference(sc, k, to) : 0;
        if (rc) return rc;
    }
    return 0;
}

/* Whether mention a is a party named from sentence `from` on, ending
 * before byte `before` (a place is no party). */
static int party_before(const hr_scan *sc, const herald_actor *a, uint32_t from, uint32_t before)
{
    return a->sentence >= from && a->end <= before && !is_place(sc->doc, a);
}

/* The mention "the former" (`last` 0) or "the latter" (`last` 1) before
 * byte `before` stands for, when exactly two parties (two codes) are
 * named before it in its sentence, or else in it and the one before: the
 * party named last, or the other one.  NULL when fewer or more stand
 * there ("Kenya accused Uganda of arming rebels, but the latter ..."). */
static const herald_actor *one_of_last_two(const hr_scan *sc, uint32_t before, int last)
{
    const herald_doc *doc = sc->doc;
    for (uint32_t from = sc->sentence; from + 1 >= sc->sentence; from--) {
        const herald_actor *near = NULL, *other = NULL;
        size_t m = doc->actor_count;
        while (m > 0 && doc->actors[m - 1].sentence >= from) m--;
        for (size_t i = m; i < doc->actor_count; i++)
            if (party_before(sc, &doc->actors[i], from, before) &&
                (!near || doc->actors[i].start > near->start))
                near = &doc->actors[i];
        for (size_t i = m; near && i < doc->actor_count; i++) {
            const herald_actor *a = &doc->actors[i];
            if (!party_before(sc, a, from, before) || strcmp(a->code, near->code) == 0) continue;
            if (other && strcmp(a->code, other->code) != 0) return NULL;    /* a third party */
            other = a;
        }
        if (other) return last ? near : other;
        if (from == 0) break;
    }
    return NULL;
}

/* "Prodi met Bush, and the latter voiced regret", "... but the former
 * denied it": "the former" and "the latter" standing alone (a verb, a
 * possessive or a punctuation mark after them, not a noun: "the former
 * president") name the first and the last of the two parties before. */
static int former_and_latter(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    static const char *const which[] = { "former", "latter", NULL };
    for (size_t k = sc->begin + 1; k + 1 < sc->end; k++) {
        const herald_token *t = &doc->tokens[k];
        if (!hr_tok_in(t, which) || !hr_tok_is(&t[-1], "the") || covered(doc, first_mention, k))
            continue;
        int next = t[1].tag;
        if (!hr_tag_is_verb(next) && next != HR_TAG_MD && next != HR_TAG_POS &&
            !hr_tok_in(&t[1], (const char *const[]){ ",", ".", ";", NULL }))
            continue;
        const herald_actor *to = one_of_last_two(sc, t[-1].start, hr_tok_is(t, "latter"));
        if (!to) continue;
        char code[64];
        snprintf(code, sizeof code, "%s", to->code);    /* `to` may move as mentions grow */
        int rc = note_reference(sc, t, to);
        if (!rc) rc = hr_emit_actor(sc, k - 1, k + 1, code, HERALD_ACTOR_REFERENCE);
        if (rc) return rc;
    }
    return 0;
}

/* Whether token t is the noun of a description of a state: "the
 * country", "the Caucasus nation".  Not "state", which as often is a
 * state of a federation or "the Jewish state", whose meaning is not the
 * nearest state's. */
static int state_noun(const herald_token *t)
{
    /* by length, each word in one comparison: asked of every word of
     * six to eight letters (token_cue) */
    switch (t->norm_len) {
    case 6: return hr_tok_is(t, "nation");
    case 7: return hr_tok_is(t, "country") || hr_tok_is(t, "kingdom");
    case 8: return hr_tok_is(t, "republic");
    default: return 0;
    }
}

/* Whether "state" at token j, after "the" at k, names a sovereign
 * state: lower-case, after a capitalised word of what kind it is ("the
 * Stalinist state", "the Communist state", "the Gulf state").  Alone
 * ("the state"), after a compass word ("the northern state", "the
 * Midwestern state") or a country's name ("the Indian state", a mention)
 * it is as often a state of a federation. */
static int sovereign_state(const hr_scan *sc, size_t k, size_t j)
{
    static const char *const compass[] = {
        "northern", "southern", "eastern", "western", "central", "northeastern",
        "northwestern", "southeastern", "southwestern", "midwestern", "north", "south",
        "east", "west", "northeast", "northwest", "southeast", "southwest", NULL
    };
    const herald_token *t = sc->doc->tokens;
    if (!hr_tok_is(&t[j], "state") || hr_tok_first(sc->doc, &t[j]) == HR_C_UPPER) return 0;
    int kind = 0;
    for (size_t i = k + 1; i < j; i++) {
        if (hr_tok_in(&t[i], compass)) return 0;
        kind |= hr_tok_first(sc->doc, &t[i]) == HR_C_UPPER;
    }
    return kind;
}

/* Whether the state noun at token j ends its phrase: no possessive,
 * "of" or noun follows ("the country's unions", "the nation of Islam",
 * "the country team"). */
static int ends_description(const hr_scan *sc, size_t j)
{
    const herald_token *t = sc->doc->tokens;
    return !(j + 1 < sc->end &&
             (hr_tok_is(&t[j + 1], "'s") || hr_tok_is(&t[j + 1], "of") ||
              t[j + 1].tag == HR_TAG_NN || t[j + 1].tag == HR_TAG_NNS ||
              t[j + 1].tag == HR_TAG_NNP));
}

#define DESCRIPTION_WORDS 3    /* words a description may hold between "the" and its noun */

/* The end of a description of a state that starts with "the" at token
 * k ("the country", "the impoverished Himalayan nation"), or k when
 * none: not after a preposition of place or "be", up to three adjectives or
 * nouns no mention holds, then the state noun, which no possessive, "of" or noun follows ("the country's
 * unions", "the nation of Islam", "the country team"). */
static size_t description_end(const hr_scan *sc, size_t first_mention, size_t k)
{
    /* after these it is where something happens, no side of it ("deployed
     * around the country", "off the coast of the lawless nation") */
    static const char *const locative[] = { "in", "into", "around", "across", "throughout",
                                            "within", "inside", "near", "of", "from", "off",
                                            "over", "out", NULL };
    /* after a form of "be" or of these it says what a state is
     * ("Indonesia was the nation worst hit"), no other one */
    static const char *const copulas[] = { "remains", "remained", "became", "becomes", NULL };
    const herald_token *t = sc->doc->tokens;
    if (!hr_tok_is(&t[k], "the")) return k;
    for (size_t j = k + 1; j < sc->end && j <= k + 1 + DESCRIPTION_WORDS; j++) {
        if (covered(sc->doc, first_mention, j)) return k;
        if (state_noun(&t[j]) || sovereign_state(sc, k, j)) {
            /* the words before "the" asked only now: most "the" start
             * no description */
            if ((k > sc->begin && (hr_tok_in(&t[k - 1], locative) ||
                                   hr_tok_is_be(&t[k - 1], HR_BE_BEING) ||
                                   hr_tok_in(&t[k - 1], copulas))) ||
                !ends_description(sc, j))
                return k;
            return j + 1;
        }
        if (!is_modifier(&t[j]) && t[j].tag != HR_TAG_NN && t[j].tag != HR_TAG_NNP) return k;
    }
    return k;
}

/* Whether a mention of the sentence after byte `after` is a role or
 * body of state `code`'s country, not a person ("four Russian
 * officers"): a description before it is not that state, or the
 * sentence would not name the country again. */
static int people_named_after(const hr_scan *sc, size_t first_mention, uint32_t after,
                              const char *code)
{
    const herald_doc *doc = sc->doc;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if (a->start >= after && a->kind != HERALD_ACTOR_PERSON && strlen(a->code) > 3 &&
            strncmp(a->code, code, 3) == 0)
            return 1;
    }
    return 0;
}

/* Whether mention a and byte `at` are in one clause: no comma,
 * semicolon or subordinating word between them. */
static int same_clause(const hr_scan *sc, const herald_actor *a, uint32_t at)
{
    static const char *const bounds[] = { ",", ";", "that", "which", "who", "after", "before",
                                          "since", "as", "while", "because", "when", NULL };
    if (a->sentence != sc->sentence) return 0;
    for (size_t k = a->first_token + a->token_count; k < sc->end; k++) {
        const herald_token *t = &sc->doc->tokens[k];
        if (t->start >= at) return 1;
        if (hr_tok_in(t, bounds)) return 0;
    }
    return 1;
}

/* The state a description [before, after) refers to: the nearest state
 * named before it, in the sentence or the last three, but not the
 * state's own body in its clause ("Gazprom cuts off supplies to the
 * ex-Soviet republic" is not Russia; "Kabila's rebels captured half the
 * country" is theirs) nor a state whose people the sentence names after
 * it ("after the Caucasus nation detained four Russian officers"). */
static const herald_actor *described_state(const hr_scan *sc, size_t first_mention,
                                           uint32_t before, uint32_t after)
{
    const herald_doc *doc = sc->doc;
    char not_it[4] = "";   /* the state of the clause's own body: not earlier either */
    /* a description with a verb after it is the subject of a clause of
     * its own ("the speaker of India's parliament warned the country
     * would be plunged into crisis") */
    size_t next = hr_token_at(doc, after);
    int own_clause = next < sc->end && finite_verb(&doc->tokens[next]);
    for (size_t m = doc->actor_count; m-- > 0;) {
        const herald_actor *a = &doc->actors[m];
        if (a->sentence + PERSON_WINDOW < sc->sentence) break;
        if (a->start >= before || !names_state(a->code) || strncmp(a->code, not_it, 3) == 0)
            continue;
        if (!own_clause && same_clause(sc, a, before) && !owns_its_roles(a->code)) {
            snprintf(not_it, sizeof not_it, "%.3s", a->code);
            continue;
        }
        if (!people_named_after(sc, first_mention, after, a->code)) return a;
    }
    return NULL;
}

/* The person "his" or "her" at token p stands for: the subject of its
 * clause when a person ("Meles said his troops"), else the nearest
 * person named before; NULL for none or one of no country. */
static const herald_actor *possessive_person(const hr_scan *sc, size_t first_mention, size_t p)
{
    const herald_actor *subject = clause_subject(sc, first_mention, p);
    const herald_actor *person = subject && subject->kind == HERALD_ACTOR_PERSON
                                     ? subject : nearest_person(sc, sc->doc->tokens[p].start, NULL);
    return person && strncmp(person->code, "---", 3) != 0 ? person : NULL;
}

/* The subject of the verb of saying right before token k, over "that"
 * ("the Kenyan president said that his ..."), or NULL. */
static const herald_actor *reporting_subject(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    size_t v = k - 1;
    if (v > sc->begin && hr_tok_is(&t[v], "that")) v--;
    return v > sc->begin && reports(&t[v]) ? subject_before(sc, first_mention, v + 1) : NULL;
}

/* "Meles said his country would ...": "his" or "her" right before a
 * state noun that ends its phrase is the state of the one it stands
 * for, as "his troops" are that state's troops; that one, or NULL. */
static const herald_actor *owned_state(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    if (k + 1 >= sc->end || !state_noun(&t[k + 1]) ||
        !(hr_tok_is(&t[k], "his") || hr_tok_is(&t[k], "her")) ||
        covered(sc->doc, first_mention, k + 1) || !ends_description(sc, k + 1))
        return NULL;
    /* the subject of its clause, a person or one holder of a state's
     * office ("the Kenyan president said his country"); one named in
     * another sentence may have "his country" in another ("The president
     * ... his republic" after a Russian named before) */
    const herald_actor *subject = clause_subject(sc, first_mention, k);
    if (!subject) subject = reporting_subject(sc, first_mention, k);
    const herald_actor *person = subject && names_state(subject->code)
                                     ? subject : possessive_person(sc, first_mention, k);
    return person && person->sentence == sc->sentence && names_state(person->code) ? person
                                                                                   : NULL;
}

/* "the country", "the Caucasus nation": the country of the nearest
 * state named before (described_state); "his country": the country of
 * the person (owned_state). */
static int state_descriptions(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k < sc->end; k++) {
        const herald_actor *to = owned_state(sc, first_mention, k);
        size_t end = to ? k + 2 : description_end(sc, first_mention, k);
        if (end == k) continue;
        if (!to)
            to = described_state(sc, first_mention, doc->tokens[k].start,
                                 doc->tokens[end - 1].end);
        if (!to) continue;
        char code[4];
        snprintf(code, sizeof code, "%.3s", to->code);  /* `to` may move as mentions grow */
        int rc = note_reference(sc, &doc->tokens[end - 1], to);
        if (!rc) rc = hr_emit_actor(sc, k, end, code, HERALD_ACTOR_REFERENCE);
        if (rc) return rc;
        k = end - 1;
    }
    return 0;
}

/* The owner of the role mention m, or NULL: "its"/"whose" point to the
 * nearest state named before in the sentence, "the country's" to the
 * nearest state named before in the last sentences, "his"/"her" to the
 * nearest person named before ("Meles said his troops", "Merkel and her
 * ministers"), "our" in a quotation to its speaker, "of" or "loyal to"
 * to the leader named right after ("troops of Kabila").  *word receives
 * the token that says so. */
static const herald_actor *role_owner(const hr_scan *sc, size_t first_mention, size_t m,
                                      size_t *word)
{
    const herald_actor *a = &sc->doc->actors[m];
    const herald_actor *commander = commander_after(sc, m);
    *word = commander ? a->first_token + a->token_count : possessive_before(sc, a->first_token);
    if (commander || *word == a->first_token) return commander;
    const herald_token *before = &sc->doc->tokens[*word];
    const herald_actor *subject = clause_subject(sc, first_mention, *word);
    if (hr_tok_is(before, "its") && subject && subject->kind != HERALD_ACTOR_PERSON &&
        names_state(subject->code))
        return subject;
    if (hr_tok_is(before, "its") || hr_tok_is(before, "whose"))
        return nearest_owner(sc, first_mention, m);
    if (country_possessive(sc, *word)) {
        (*word)--;  /* the note names "country" */
        return nearest_state(sc, a->start);
    }
    if (hr_tok_is(before, "his") || hr_tok_is(before, "her"))
        return possessive_person(sc, first_mention, *word);
    if (hr_tok_is(before, "our")) return quoted_speaker(sc, first_mention, a->first_token);
    return NULL;
}

/* Whether a role's last word is "counterpart": "his counterpart" holds
 * the office in another party, not in the owner's. */
static int is_counterpart(const herald_token *t)
{
    return hr_tok_is(t, "counterpart") || hr_tok_is(t, "counterparts");
}

/* "its troops", "Russia, whose troops", "Meles ... his troops": a role
 * without a country after a possessive is the role of its owner's state;
 * "the rebels' command said its fighters" are the rebels. */
static int possessive_roles(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        herald_actor *a = &doc->actors[m];
        if (a->kind != HERALD_ACTOR_ROLE || strncmp(a->code, "---", 3) != 0 ||
            is_counterpart(&doc->tokens[a->first_token + a->token_count - 1]))
            continue;
        size_t word;
        const herald_actor *to = role_owner(sc, first_mention, m, &word);
        if (!to) continue;
        char code[64];
        if (joins_owners_body(to, a->code + 3)) snprintf(code, sizeof code, "%s", to->code);
        else snprintf(code, sizeof code, "%.3s%s", to->code, a->code + 3);
        if (note_reference(sc, &doc->tokens[word], to)) return HERALD_ENOMEM;
        a->code = hr_arena_strndup(&doc->arena, code, strlen(code));
        a->how = hr_arena_strndup(&doc->arena, sc->how.data, sc->how.len);
        if (!a->code || !a->how) return HERALD_ENOMEM;
        a->kind = HERALD_ACTOR_REFERENCE;
    }
    return 0;
}

/* The first token of the name that owns "his" or "her" at token p when
 * the dictionaries do not know it: the nearest run of capitalised proper
 * nouns before p that no mention covers and that a finite verb or "'s"
 * follows and no preposition precedes, the subject of a clause ("Ban
 * arrived in Japan and held talks with his"); *end receives the token
 * after it.  The search stops at a person or a holder of a role named
 * before p, who owns "his" instead.  Returns p when there is none. */
static size_t unknown_owner(const hr_scan *sc, size_t first_mention, size_t p, size_t *end)
{
    const herald_token *t = sc->doc->tokens;
    for (size_t k = p; k-- > sc->begin;) {
        const herald_actor *a = mention_at(sc->doc, first_mention, k);
        if (a && a->kind != HERALD_ACTOR_NAMED) return p;
        if (a || !lone_proper_noun(sc, k) ||
            !(finite_verb(&t[k + 1]) || hr_tok_is(&t[k + 1], "'s")))
            continue;
        size_t first = k;
        while (first > sc->begin && t[first - 1].tag == HR_TAG_NNP &&
               hr_tok_first(sc->doc, &t[first - 1]) == HR_C_UPPER &&
               !covered(sc->doc, first_mention, first - 1))
            first--;
        if (first > sc->begin && t[first - 1].tag == HR_TAG_IN) continue;  /* "on Wednesday said" */
        *end = k + 1;
        return first;
    }
    return p;
}

/* "Ban ... held talks with his Japanese counterpart": the counterpart
 * holds the office of the one "his" stands for in another state, so a
 * name the dictionaries do not know takes the counterpart's role with no
 * country (---GOV).  A known owner is left as it is. */
static int counterpart_owners(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k < sc->end; k++) {
        if (!is_counterpart(&doc->tokens[k])) continue;
        const herald_actor *other = mention_at(doc, first_mention, k);
        if (!other || strlen(other->code) <= 3) continue;
        size_t p = possessive_before(sc, other->first_token);
        if (!hr_tok_is(&doc->tokens[p], "his") && !hr_tok_is(&doc->tokens[p], "her")) continue;
        size_t end, first = unknown_owner(sc, first_mention, p, &end);
        if (first == p) continue;
        char code[64];
        snprintf(code, sizeof code, "---%s", other->code + 3);  /* `other` may move */
        hr_buf_clear(&sc->how);
        int rc = hr_buf_printf(&sc->how, "reference: owner of %.*s %.*s, the same office",
                               (int)(doc->tokens[p].end - doc->tokens[p].start),
                               doc->article.text + doc->tokens[p].start,
                               (int)(other->end - other->start), doc->article.text + other->start);
        if (!rc) rc = hr_emit_actor(sc, first, end, code, HERALD_ACTOR_REFERENCE);
        if (rc) return rc;
    }
    return 0;
}

/* The nearest country's body named before role mention `a` with the
 * same head noun: "the ministry" after "Turkey's foreign ministry", "the
 * army" after "the Israeli army" (not "the envoy" after a ministry). */
static const herald_actor *nearest_same_body(const hr_scan *sc, const herald_actor *a)
{
    const herald_doc *doc = sc->doc;
    const herald_token *head = &doc->tokens[a->first_token + a->token_count - 1];
    for (size_t m = doc->actor_count; m-- > 0;) {
        const herald_actor *b = &doc->actors[m];
        if (b->sentence + PERSON_WINDOW < sc->sentence) break;
        if (b->start >= a->start || b->kind != HERALD_ACTOR_COMPOSED ||
            strcmp(b->code + 3, a->code + 3) != 0)
            continue;
        if (last_word_is(doc, b, head)) return b;
    }
    return NULL;
}

/* What "the minister", "the ministry" refer to: a holder's role, the
 * nearest person with it; an institution's, the same body named before,
 * else the nearest person with the role (the minister's ministry), else
 * for a civil government body the nearest state named before, whose
 * country only is meant (*whole set to 0: "the ministry" after "Iraqi
 * police" is IRQGOV).  An army's state is not so guessed: troops are
 * often in another state's land. */
static const herald_actor *definite_referent(const hr_scan *sc, const herald_actor *a, int *whole)
{
    const herald_token *last = &sc->doc->tokens[a->first_token + a->token_count - 1];
    *whole = 1;
    if (!hr_names_institution(last)) {
        const herald_actor *p = nearest_person(sc, a->start, a->code + 3);
        return p ? p : nearest_same_body(sc, a);
    }
    const herald_actor *to = nearest_same_body(sc, a);
    if (!to) to = nearest_person(sc, a->start, a->code + 3);
    if (to || strcmp(a->code, "---GOV") != 0) return to;
    *whole = 0;
    return nearest_state(sc, a->start);
}

/* "the minister": a role mention after "the" becomes the person;
 * "the ministry", "the army": the country's body of that role named
 * before ("Turkey's foreign ministry ... the ministry"), failing it the
 * person or state named before. */
static int definite_roles(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        herald_actor *a = &doc->actors[m];
        if (a->kind != HERALD_ACTOR_ROLE || a->first_token == 0) continue;
        const herald_token *before = &doc->tokens[a->first_token - 1];
        const herald_token *last = &doc->tokens[a->first_token + a->token_count - 1];
        if (!hr_tok_is(before, "the") || last->norm[last->norm_len - 1] == 's') continue;
        int whole;
        const herald_actor *to = definite_referent(sc, a, &whole);
        if (!to) continue;
        char code[64];
        if (whole) snprintf(code, sizeof code, "%s", to->code);
        else snprintf(code, sizeof code, "%.3s%s", to->code, a->code + 3);
        hr_buf_clear(&sc->how);
        const char *text = doc->article.text;
        if (hr_buf_printf(&sc->how, "reference: the %.*s -> %.*s (sentence %u)",
                          (int)(a->end - a->start), text + a->start,
                          (int)(to->end - to->start), text + to->start, to->sentence))
            return HERALD_ENOMEM;
        a->code = hr_arena_strndup(&doc->arena, code, strlen(code));
        a->how = hr_arena_strndup(&doc->arena, sc->how.data, sc->how.len);
        if (!a->code || !a->how) return HERALD_ENOMEM;
        a->kind = HERALD_ACTOR_REFERENCE;
    }
    return 0;
}

/* An armed body outside the state, named: a group with a code of its
 * own for militants (IMG...) or a country's rebels, insurgents,
 * separatists or other armed groups (PHLINS). */
static int is_armed_group(const char *code)
{
    if (strncmp(code, "IMG", 3) == 0) return 1;
    return strlen(code) >= 6 && strncmp(code, "---", 3) != 0 && is_armed_role(code + 3);
}

/* A role mention of such a body with no country: "rebels" (---REB). */
static int is_armed_group_role(const char *code)
{
    return strlen(code) == 6 && strncmp(code, "---", 3) == 0 && is_armed_role(code + 3);
}

/* The nearest armed group named before role mention `a`, within the
 * window. */
static const herald_actor *nearest_armed_group(const hr_scan *sc, const herald_actor *a)
{
    const herald_doc *doc = sc->doc;
    for (size_t m = doc->actor_count; m-- > 0;) {
        const herald_actor *b = &doc->actors[m];
        if (b->sentence + PERSON_WINDOW < sc->sentence) break;
        if (b->start < a->start && b->kind == HERALD_ACTOR_NAMED && is_armed_group(b->code))
            return b;
    }
    return NULL;
}

/* "the rebels", "the militants", "the rebel group": an armed role after
 * "the" is the armed group named before ("talks with the CPP-NPA ...
 * after the rebels refused"). */
static int definite_armed_groups(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        herald_actor *a = &doc->actors[m];
        if (a->kind != HERALD_ACTOR_ROLE || a->first_token == 0 || !is_armed_group_role(a->code) ||
            !hr_tok_is(&doc->tokens[a->first_token - 1], "the"))
            continue;
        const herald_actor *to = nearest_armed_group(sc, a);
        if (!to) continue;
        if (note_reference(sc, &doc->tokens[a->first_token], to)) return HERALD_ENOMEM;
        a->code = hr_arena_strndup(&doc->arena, to->code, strlen(to->code));
        a->how = hr_arena_strndup(&doc->arena, sc->how.data, sc->how.len);
        if (!a->code || !a->how) return HERALD_ENOMEM;
        a->kind = HERALD_ACTOR_REFERENCE;
    }
    return 0;
}

/* Whether token t joins the members of a list: "and", "or", ",". */
static int list_joint(const herald_token *t)
{
    return hr_tok_is(t, "and") || hr_tok_is(t, "or") || hr_tok_is(t, ",");
}

/* Whether armed role a is named by its government alone ("government
 * forces", "pro-government militia"): beside a country's army ("Ethiopian
 * troops and government forces") it is another state's, the one where
 * they fight (the events give it). */
static int named_by_its_government(const herald_doc *doc, const herald_actor *a)
{
    static const char *const government[] = { "government", "pro-government", NULL };
    if (strncmp(a->code + 3, "MIL", 3) != 0) return 0;
    for (size_t k = a->first_token; k < a->first_token + a->token_count; k++)
        if (hr_tok_in(&doc->tokens[k], government)) return 1;
    return 0;
}

/* Whether role mention a, of no country, is the next member of a list
 * after prev, a role of a country: a plural role ("Russian police and
 * tax inspectors") or a body of prev's own role ("the Greek army, navy
 * and air force"), after "and" or "or", or after a comma when the list
 * goes on after it ("Iraqi police, witnesses said" is no list). */
static int next_in_list(const herald_doc *doc, const herald_actor *prev, const herald_actor *a)
{
    if (a->kind != HERALD_ACTOR_ROLE || strncmp(a->code, "---", 3) != 0 ||
        is_armed_role(a->code + 3) || prev->first_token + prev->token_count + 1 != a->first_token)
        return 0;
    const herald_token *joint = &doc->tokens[a->first_token - 1];
    const herald_token *last = &doc->tokens[a->first_token + a->token_count - 1];
    size_t after = a->first_token + a->token_count;
    if (!list_joint(joint) ||
        (hr_tok_is(joint, ",") && (after >= doc->token_count || !list_joint(&doc->tokens[after]))))
        return 0;
    return (last->norm[last->norm_len - 1] == 's' || strcmp(a->code + 3, prev->code + 3) == 0) &&
           !named_by_its_government(doc, a) && !hr_of_other_countries(doc, a);
}

/* "Russian police and tax inspectors", "Israeli troops and settlers",
 * "the Greek army, navy and air force": the members of a list after a
 * country's role (next_in_list) are of that country.  Armed opposition
 * ("US troops and insurgents") is most often the other side, and keeps
 * none; a singular body of another role ("the Danish media and
 * government") is left to the events' one-state inference. */
static int coordinated_roles(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    size_t shared = SIZE_MAX;   /* the last member given a country here */
    for (size_t m = first_mention + 1; m < doc->actor_count; m++) {
        herald_actor *a = &doc->actors[m];
        const herald_actor *prev = &doc->actors[m - 1];
        if ((prev->kind != HERALD_ACTOR_COMPOSED && shared != m - 1) ||
            strncmp(prev->code, "---", 3) == 0 || !next_in_list(doc, prev, a))
            continue;
        const herald_token *joint = &doc->tokens[a->first_token - 1];
        char code[64];
        snprintf(code, sizeof code, "%.3s%s", prev->code, a->code + 3);
        if (note_reference(sc, joint, prev)) return HERALD_ENOMEM;
        a->code = hr_arena_strndup(&doc->arena, code, strlen(code));
        a->how = hr_arena_strndup(&doc->arena, sc->how.data, sc->how.len);
        if (!a->code || !a->how) return HERALD_ENOMEM;
        a->kind = HERALD_ACTOR_REFERENCE;
        shared = m;
    }
    return 0;
}

/* Collective nouns after "both" or "the two": the role they give the
 * parties, whether the parties may be of one country ("sides") or are
 * states ("countries"), and whether the noun itself calls them states
 * (so they are the bare countries whatever their mentions' roles). */
typedef struct collective {
    const char *role;
    int any_party;
    int names_states;
} collective;

static const collective *collective_of(const herald_token *t)
{
    static const struct { const char *word; collective c; } words[] = {
        { "sides", { "", 1, 0 } },     { "parties", { "", 1, 0 } },
        { "countries", { "", 0, 1 } }, { "nations", { "", 0, 1 } }, { "states", { "", 0, 1 } },
        { "neighbours", { "", 0, 0 } }, { "neighbors", { "", 0, 0 } },
        { "allies", { "", 0, 0 } },    { "powers", { "", 0, 0 } },
        { "governments", { "GOV", 0, 0 } }, { "leaders", { "GOV", 0, 0 } },
        { "presidents", { "GOV", 0, 0 } }, { "premiers", { "GOV", 0, 0 } },
        { "armies", { "MIL", 0, 0 } }, { "militaries", { "MIL", 0, 0 } },
    };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (hr_tok_is(t, words[i].word)) return &words[i].c;
    return NULL;
}

/* Whether mention a owns what follows it: "Pakistan's northern
 * region", where the region, not the state, is the place. */
static int possessor(const herald_doc *doc, const herald_actor *a)
{
    size_t after = a->first_token + a->token_count;
    return after < doc->token_count && doc->tokens[after].tag == HR_TAG_POS;
}

/* Whether a code ends in the media role (CHNMED, CHNGOVMED). */
static int media_code(const char *code)
{
    size_t len = strlen(code);
    return len > 3 && strcmp(code + len - 3, "MED") == 0;
}

/* Whether mention a may be one of two parties: named, of a country or
 * an armed group (an envoy of the UN between two states is a mediator,
 * and a news agency that reports the act is its witness, not a side),
 * no place (but the owner of one: "troops headed to Pakistan's northern
 * region ... the two allies"), no earlier reference. */
static int may_be_party(const herald_doc *doc, const herald_actor *a)
{
    return a->kind != HERALD_ACTOR_REFERENCE && (!is_place(doc, a) || possessor(doc, a)) &&
           strlen(a->code) >= 3 &&
           strncmp(a->code, "---", 3) != 0 && strncmp(a->code, "IGO", 3) != 0 &&
           strncmp(a->code, "NGO", 3) != 0 && !media_code(a->code);
}

/* Whether two codes name two parties: of two countries, or for "sides"
 * of one country its state and a body outside it ("the government and
 * the MILF ... both sides": PHLGOV, PHLSEP). */
static int two_parties(const char *a, const char *b, int any_party)
{
    if (strncmp(a, b, 3) != 0) return 1;
    return any_party && owns_its_roles(a) != owns_its_roles(b);
}

/* The last two parties mentioned before byte `before`, in text order:
 * a state's country when named in an earlier sentence ("Indian and
 * Chinese troops clashed. The two sides": IND, CHN) or when the
 * collective's words say what they are (`own_words`: "the two
 * countries", "the two governments"), else each as the sentence itself
 * names it ("Chinese troops headed to Pakistan ... held by the two
 * allies": CHNMIL, PAK); the whole codes of the two sides of one country
 * (PHLGOV, PHLSEP) and of a group with a code of its own (IMG...).
 * Only mentions from byte `after` on count. */
static int last_two_parties(const hr_scan *sc, uint32_t after, uint32_t before, int any_party,
                            int own_words, char out[2][64])
{
    const herald_doc *doc = sc->doc;
    int n = 0, same_sentence[2];
    for (size_t m = doc->actor_count; m-- > 0 && n < 2;) {
        const herald_actor *a = &doc->actors[m];
        if (a->sentence + GROUP_WINDOW < sc->sentence) break;
        if (a->start < after || a->start >= before || !may_be_party(doc, a)) continue;
        if (n == 1 && !two_parties(out[0], a->code, any_party)) continue;
        snprintf(out[n], sizeof out[n], "%s", a->code);
        same_sentence[n] = a->sentence == sc->sentence;
        n++;
    }
    if (n < 2) return n;
    int one_country = strncmp(out[0], out[1], 3) == 0;
    for (int i = 0; i < 2; i++)
        if (!one_country && names_state(out[i]) && (own_words || !same_sentence[i]))
            out[i][3] = '\0';
    char t[64];     /* text order: the one named first comes first */
    memcpy(t, out[0], sizeof t);
    memcpy(out[0], out[1], sizeof t);
    memcpy(out[1], t, sizeof t);
    return n;
}

/* Drops the role mentions, or with `any_kind` all mentions, inside
 * tokens [first, last) of the sentence: "the two governments" replaces
 * the bare "governments" (---GOV). */
static void drop_mentions(herald_doc *doc, size_t first_mention, size_t first, size_t last,
                          int any_kind)
{
    size_t out = first_mention;
    for (size_t m = first_mention; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        if ((any_kind || a->kind == HERALD_ACTOR_ROLE) && a->first_token >= first &&
            a->first_token + a->token_count <= last)
            continue;
        doc->actors[out++] = *a;
    }
    doc->actor_count = out;
}

/* Whether a conflict was named in the last sentences ("both sides"
 * after "the Kashmir dispute"). */
static int recent_conflict(const hr_scan *sc)
{
    return sc->conflict.len && sc->conflict_sentence + GROUP_WINDOW >= sc->sentence;
}

/* Whether a party of the conflict named last is of country `code`. */
static int conflict_involves(const hr_scan *sc, const char *code)
{
    const hr_lexicon *cx = sc->conflicts;
    const hr_entry *e = &cx->entries[sc->conflict.entry];
    for (uint32_t i = 0; i < e->code_count; i++)
        if (strncmp(hr_lexicon_str(cx, cx->codes[e->first_code + i].code), code, 3) == 0)
            return 1;
    return 0;
}

/* Tokens [first, last) name the parties of the conflict named last: one
 * mention of each, with `role` for a bare country. */
static int conflict_parties(hr_scan *sc, size_t first, size_t last, const char *role)
{
    const hr_lexicon *cx = sc->conflicts;
    const hr_entry *e = &cx->entries[sc->conflict.entry];
    hr_buf_clear(&sc->how);
    int rc = hr_buf_printf(&sc->how, "reference: parties of the conflict at %s:%u",
                           hr_lexicon_str(cx, e->file), e->line);
    for (uint32_t i = 0; i < e->code_count && !rc; i++) {
        /* A party with a role of its own (SYRREB) keeps it. */
        const char *party = hr_lexicon_str(cx, cx->codes[e->first_code + i].code);
        char code[64];
        snprintf(code, sizeof code, "%s%s", party, strlen(party) == 3 ? role : "");
        rc = hr_emit_actor(sc, first, last, code, HERALD_ACTOR_REFERENCE);
    }
    return rc;
}

#define PAIR_WINDOW 1       /* sentences back a "Sino-Japanese" may name "the two countries" */

/* Whether token k, a word of two countries, modifies a noun that no
 * mention (from index `first` on) takes in ("U.S.-Japanese relations",
 * "a Sino-Russian trade forum"): before a role the word names one
 * people of mixed descent or home ("Turkish-Cypriot leader Denktash",
 * "a Greek-Cypriot government"), no two parties. */
static int pair_modifies_plain_noun(const hr_scan *sc, size_t first, size_t k)
{
    const herald_doc *doc = sc->doc;
    return k + 1 < doc->token_count && hr_tag_is_noun(doc->tokens[k + 1].tag) &&
           !covered(doc, first, k) && !covered(doc, first, k + 1);
}

/* The nearest word of two countries before token k, in the sentence or
 * the one before ("Sino-Japanese ties ... the two countries",
 * "U.S.-Canadian relations. ... between the two nations"): its token
 * into *at, the first byte of its sentence into *from and the
 * countries' codes, with `role`, into out; 0 if none.  Only asked at a
 * collective, so the scan back costs little. */
static int pair_word_before(const hr_scan *sc, size_t first_mention, size_t k, const char *role,
                            size_t *at, uint32_t *from, char out[2][64])
{
    const herald_doc *doc = sc->doc;
    uint32_t sentence = sc->sentence;
    size_t begin = sc->begin, first = first_mention;
    uint32_t pair[2];
    while (k-- > 0) {
        if (k < begin) {
            if (sentence == 0 || sc->sentence - sentence >= PAIR_WINDOW) return 0;
            begin = doc->sentences[--sentence].first_token;
            while (first > 0 && doc->actors[first - 1].sentence >= sentence) first--;
        }
        const herald_token *t = &doc->tokens[k];
        if (t->norm_len < 5 || !hr_country_pair(doc, t, pair) ||
            !pair_modifies_plain_noun(sc, first, k))
            continue;
        for (int i = 0; i < 2; i++)
            snprintf(out[i], sizeof out[i], "%s%s",
                     hr_entry_code(sc->actors, &sc->actors->entries[pair[i]], doc->date), role);
        *at = k;
        *from = doc->sentences[sentence].start;
        return 1;
    }
    return 0;
}

static int collectives(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    const herald_token *tok = doc->tokens;
    for (size_t k = sc->begin; k + 1 < sc->end; k++) {
        size_t noun;
        if (hr_tok_is(&tok[k], "both")) noun = k + 1;
        else if (hr_tok_is(&tok[k], "the") && k + 2 < sc->end && hr_tok_is(&tok[k + 1], "two"))
            noun = k + 2;
        else continue;
        const collective *kind = collective_of(&tok[noun]);
        if (!kind) continue;
        const char *role = kind->role;
        int use_conflict = recent_conflict(sc);
        char parties[2][64], pair[2][64];
        size_t at = 0;
        uint32_t from = 0;
        int paired = !use_conflict && pair_word_before(sc, first_mention, k, role, &at, &from, pair);
        /* two parties named from the pair word's sentence on come first */
        int n = use_conflict ? 0 : last_two_parties(sc, from, tok[k].start, kind->any_party,
                                                          *role || kind->names_states, parties);
        if (!use_conflict && n < 2 && !paired && !*role) continue;
        drop_mentions(doc, first_mention, k, noun + 1, 0);
        hr_buf_clear(&sc->how);
        int rc;
        if (!use_conflict && n < 2 && paired) {
            rc = hr_buf_printf(&sc->how, "reference: the two countries of \"%.*s\"",
                               (int)(tok[at].end - tok[at].start), doc->article.text + tok[at].start);
            for (int i = 0; i < 2 && !rc; i++)
                rc = hr_emit_actor(sc, k, noun + 1, pair[i], HERALD_ACTOR_REFERENCE);
        } else if (!use_conflict && n < 2) {
            /* No two parties named before: two parties of the role its
             * words give ("the two leaders met": ---GOV and ---GOV). */
            char code[16];
            snprintf(code, sizeof code, "---%s", role);
            rc = hr_buf_printf(&sc->how, "reference: two parties not named before, the role alone");
            for (int i = 0; i < 2 && !rc; i++)
                rc = hr_emit_actor(sc, k, noun + 1, code, HERALD_ACTOR_REFERENCE);
        } else if (use_conflict) {
            rc = conflict_parties(sc, k, noun + 1, role);
        } else {
            rc = hr_buf_printf(&sc->how, "reference: the last two %s named",
                               kind->any_party ? "parties" : "countries");
            for (int i = 0; i < 2 && !rc; i++) {
                char code[128];
                snprintf(code, sizeof code, "%s%s", parties[i], role);
                rc = hr_emit_actor(sc, k, noun + 1, code, HERALD_ACTOR_REFERENCE);
            }
        }
        if (rc) return rc;
        k = noun;
    }
    return 0;
}

/* Whether token t is a noun "warring" makes the sides of a war: "the
 * warring parties", "factions", "sides". */
static int warring_noun(const herald_token *t)
{
    static const char *const nouns[] = { "parties", "factions", "sides", NULL };
    return hr_tok_in(t, nouns);
}

/* The state whose warring sides "warring" at token k names ("Zaire's
 * warring parties"): the mention before "'s", or one of the state that
 * reaches over "warring"; NULL for none. */
static const herald_actor *warring_state(const hr_scan *sc, size_t first_mention, size_t k)
{
    const herald_actor *a = mention_at(sc->doc, first_mention, k);
    if (!a && k > sc->begin + 1 && hr_tok_is(&sc->doc->tokens[k - 1], "'s"))
        a = mention_ending_at(sc, first_mention, k - 1);
    return a && a->first_token < k && names_state(a->code) ? a : NULL;
}

/* "Zaire's warring parties", "the warring factions": the sides of a
 * war, not political parties of the state: the parties of the conflict
 * named last, when it is that state's; with none, no actor.  "The
 * warring parties" of no state and no conflict are left as they are. */
static int warring_sides(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin; k + 1 < sc->end; k++) {
        if (!hr_tok_is(&doc->tokens[k], "warring") || !warring_noun(&doc->tokens[k + 1]))
            continue;
        const herald_actor *state = warring_state(sc, first_mention, k);
        int conflict = recent_conflict(sc) && (!state || conflict_involves(sc, state->code));
        if (!state && !conflict) continue;
        size_t first = state ? state->first_token : k;
        drop_mentions(doc, first_mention, first, k + 2, 1);
        int rc = conflict ? conflict_parties(sc, first, k + 2, "") : 0;
        if (rc) return rc;
        k++;
    }
    return 0;
}

/* The nearest mention named before token k, within the window, whose
 * last word is token k's: "Italy's ruling coalition ... the coalition". */
static const herald_actor *nearest_ending_with(const hr_scan *sc, size_t k)
{
    const herald_doc *doc = sc->doc;
    const herald_token *t = &doc->tokens[k];
    for (size_t m = doc->actor_count; m-- > 0;) {
        const herald_actor *a = &doc->actors[m];
        if (a->sentence + PERSON_WINDOW < sc->sentence) break;
        if (a->start < t->start && a->token_count > 1 && last_word_is(doc, a, t)) return a;
    }
    return NULL;
}

/* "the coalition" ("members of the coalition", "the coalition's
 * partners"): the coalition named before with its country ("Italy's
 * ruling coalition"), as a bare "coalition" names none of its own. */
static int definite_coalitions(hr_scan *sc, size_t first_mention)
{
    herald_doc *doc = sc->doc;
    for (size_t k = sc->begin + 1; k < sc->end; k++) {
        if (!hr_tok_is(&doc->tokens[k], "coalition") || !hr_tok_is(&doc->tokens[k - 1], "the") ||
            covered(doc, first_mention, k))
            continue;
        const herald_actor *to = nearest_ending_with(sc, k);
        if (!to) continue;
        char code[64];
        snprintf(code, sizeof code, "%s", to->code);    /* `to` may move as mentions grow */
        int rc = note_reference(sc, &doc->tokens[k], to);
        if (!rc) rc = hr_emit_actor(sc, k - 1, k + 1, code, HERALD_ACTOR_REFERENCE);
        if (rc) return rc;
    }
    return 0;
}

/* Remembers the last conflict named ("the Kashmir conflict"). */
static void conflicts(hr_scan *sc)
{
    for (size_t k = sc->begin; k < sc->end; k++) {
        hr_match m = hr_longest(sc, sc->conflicts, k);
        if (!m.len) continue;
        sc->conflict = m;
        sc->conflict_sentence = sc->sentence;
        k += m.len - 1;
    }
}

/* Keeps the sentence's mentions in text order (stable). */
static void sort_mentions(herald_doc *doc, size_t first)
{
    for (size_t i = first + 1; i < doc->actor_count; i++) {
        herald_actor a = doc->actors[i];
        size_t j = i;
        while (j > first && doc->actors[j - 1].start > a.start) {
            doc->actors[j] = doc->actors[j - 1];
            j--;
        }
        doc->actors[j] = a;
    }
}

/* The words the passes over the sentence's tokens start from, a bit
 * each: most sentences hold none of most of them, and one walk that
 * says which they hold costs less than a walk per pass for nothing. */
enum cue {
    CUE_PRONOUN = 1,            /* pronouns */
    CUE_THEM = 2,               /* object_pronouns */
    CUE_FORMER_LATTER = 4,      /* former_and_latter */
    CUE_STATE_NOUN = 8,         /* state_descriptions */
    CUE_COUNTERPART = 16,       /* counterpart_owners */
    CUE_FIRST_PERSON = 32,      /* quoted_first_person */
    CUE_BOTH_TWO = 64,          /* collectives */
    CUE_WARRING = 128,          /* warring_sides */
    CUE_IT = 256,               /* body_pronouns */
    CUE_COALITION = 512         /* definite_coalitions */
};

/* The cue of a token, by its length first: a sentence's every token is
 * asked, most have the length of none or few of the words, and within a
 * case the compiler drops the comparisons of other lengths. */
static unsigned token_cue(const herald_token *t)
{
    switch (t->norm_len) {
    case 2:                     /* he, we, us, it */
    case 3:                     /* she, him, his, her, its, two */
        if (is_pronoun(t) || is_person_possessive(t)) return CUE_PRONOUN;
        if (hr_tok_is(t, "we") || hr_tok_is(t, "us")) return CUE_FIRST_PERSON;
        if (hr_tok_is(t, "it") || hr_tok_is(t, "its")) return CUE_IT;
        return hr_tok_is(t, "two") ? CUE_BOTH_TWO : 0;
    case 4:
        if (hr_tok_is(t, "them")) return CUE_THEM;
        return hr_tok_is(t, "both") ? CUE_BOTH_TWO : 0;
    case 5:
        if (hr_tok_is(t, "their")) return CUE_PRONOUN;
        return hr_tok_is(t, "state") ? CUE_STATE_NOUN : 0;   /* sovereign_state */
    case 6:                     /* former, latter, nation */
    case 7:                     /* country, kingdom, warring */
    case 8:                     /* republic */
        if (hr_tok_is(t, "former") || hr_tok_is(t, "latter")) return CUE_FORMER_LATTER;
        if (state_noun(t)) return CUE_STATE_NOUN;
        return hr_tok_is(t, "warring") ? CUE_WARRING : 0;
    case 9:
        return hr_tok_is(t, "coalition") ? CUE_COALITION : 0;
    case 11:
    case 12:
        return is_counterpart(t) ? CUE_COUNTERPART : 0;
    default:
        return 0;
    }
}

static unsigned sentence_cues(const hr_scan *sc)
{
    unsigned cues = 0;
    for (size_t k = sc->begin; k < sc->end; k++) cues |= token_cue(&sc->doc->tokens[k]);
    return cues;
}

int hr_resolve_references(hr_scan *sc, size_t first_mention)
{
    if (sc->conflicts->phrase_count) conflicts(sc);
    unsigned cues = sentence_cues(sc);
    int rc = definite_roles(sc, first_mention);
    if (!rc) rc = definite_armed_groups(sc, first_mention);
    if (!rc) rc = possessive_roles(sc, first_mention);
    if (!rc) rc = coordinated_roles(sc, first_mention);
    if (!rc && (cues & CUE_PRONOUN)) rc = pronouns(sc, first_mention);
    if (!rc && (cues & CUE_THEM)) rc = object_pronouns(sc, first_mention);
    if (!rc && (cues & CUE_IT)) rc = body_pronouns(sc, first_mention);
    if (!rc && (cues & CUE_FORMER_LATTER)) rc = former_and_latter(sc, first_mention);
    if (!rc && (cues & CUE_STATE_NOUN)) rc = state_descriptions(sc, first_mention);
    if (!rc) rc = surnames(sc, first_mention);
    if (!rc && (cues & CUE_COUNTERPART)) rc = counterpart_owners(sc, first_mention);
    if (!rc && (cues & CUE_FIRST_PERSON)) rc = quoted_first_person(sc, first_mention);
    if (!rc && (cues & CUE_BOTH_TWO)) rc = collectives(sc, first_mention);
    if (!rc && (cues & CUE_WARRING)) rc = warring_sides(sc, first_mention);
    if (!rc && (cues & CUE_COALITION)) rc = definite_coalitions(sc, first_mention);
    if (!rc) sort_mentions(sc->doc, first_mention);
    return rc;
}

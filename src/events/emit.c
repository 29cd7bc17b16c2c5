/* emit.c - events from a verb's sides: one per pair of the source and
 * target groups, with its code's variants (violence by or on whom),
 * de-duplicated within the sentence; or a note of why none was coded. */
#include "sentence.h"
#include "country.h"
#include "../actors/actors.h"
#include "../segment/toks.h"
#include "../tag/tagset.h"

#include <stdio.h>
#include <string.h>

/* Notes a verb that gives no event, with the reason. */
int hr_drop(sent *s, size_t vstart, size_t vend, const char *reason)
{
    herald_doc *doc = s->doc;
    if (doc->dropped_count == doc->dropped_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->dropped, &doc->dropped_cap,
                      doc->dropped_count + 1, sizeof *doc->dropped))
        return HERALD_ENOMEM;
    herald_dropped *d = &doc->dropped[doc->dropped_count];
    d->sentence = s->index;
    d->verb_span[0] = doc->tokens[vstart].start;
    d->verb_span[1] = doc->tokens[vend - 1].end;
    d->reason = reason;
    d->how = hr_arena_strndup(&doc->arena, s->how.data ? s->how.data : "", s->how.len);
    if (!d->how) return HERALD_ENOMEM;
    doc->dropped_count++;
    return 0;
}

static int same_event(const herald_event *e, uint32_t sentence, const char *src, const char *tgt,
                      const char *code)
{
    return e->sentence == sentence && strcmp(e->source, src) == 0 &&
           strcmp(e->target, tgt) == 0 && strcmp(e->code, code) == 0;
}

/* Whether a and b are the two parties one collective stands for ("the
 * two leaders": two mentions of one phrase), which stay two parties
 * even when their codes are alike (---GOV and ---GOV). */
static int parties_of_one_phrase(const herald_actor *a, const herald_actor *b)
{
    return a != b && a->kind == HERALD_ACTOR_REFERENCE && b->kind == HERALD_ACTOR_REFERENCE &&
           a->first_token == b->first_token && a->token_count == b->token_count;
}

/* Whether the sentence has the event already.  Two parties of one
 * phrase with one code ("the two leaders": ---GOV, ---GOV) acting on
 * each other give two events alike, one each way, so the second of them
 * is no repeat. */
static int coded_already(const herald_doc *doc, uint32_t sentence, const char *src,
                         const char *tgt, const char *code, int one_phrase)
{
    int seen = 0;
    for (size_t i = 0; i < doc->event_count; i++)
        if (same_event(&doc->events[i], sentence, src, tgt, code) && ++seen > one_phrase)
            return 1;
    return 0;
}

/* Whether an actor code has the role `role` right after its country (or
 * after "---"): role_is("IRQUAF", "UAF"). */
static int role_is(const char *code, const char *role)
{
    return strlen(code) >= 6 && strncmp(code + 3, role, strlen(role)) == 0;
}

/* "Gunmen opened fire on a minibus", "armed men ambushed an aid worker":
 * armed force (190, 193) used by unidentified gunmen on people who are no
 * armed force is unconventional violence (180), as the CAMEO codebook
 * sets root 18 apart from the conventional fighting of root 19.  So is
 * gunfire from no one named ("a farmer was shot dead") or from private
 * persons ("a settler fired his gun at stonethrowers"); an attack with
 * no doer named stays 190, as its means are not known, and so does a
 * clash of civilians with police, which both sides fight. */
static const char *violence_code(const char *code, const char *src, const char *tgt)
{
    if (strcmp(code, "190") != 0 && strcmp(code, "193") != 0) return code;
    int gunfire = strcmp(code, "193") == 0;
    static const char *const private_persons[] = { "CVL", "AGR", "LAB", "BUS", NULL };
    int irregular_gunfire =
        gunfire && (strcmp(src, "---") == 0 || hr_role_in(src, private_persons));
    if (!(role_is(src, "UAF") || irregular_gunfire) || strlen(tgt) <= 3) return code;
    static const char *const armed[] = { "MIL", "UAF", "REB", "INS", "SEP", NULL };
    return hr_role_in(tgt, armed) ? code : "180";
}

/* Whether a code is a state's armed opponents: its rebels, insurgents
 * or separatists ("LKASEP", "SDNREB"): a town of their country that
 * they take or shell is taken from, or fired on, their state. */
static int armed_opponents(const char *code)
{
    static const char *const roles[] = { "REB", "INS", "SEP", NULL };
    return hr_role_in(code, roles);
}

/* Whether code `organ` (of length lo) is an organ of the international
 * body `body` (of length lb) whose code it starts with: "IGOUNOPKO" of
 * "IGOUNO", "IGOEUREECLEG" of "IGOEUREEC". */
static int organ_of_body(const char *body, size_t lb, const char *organ, size_t lo)
{
    return lb < lo && strncmp(body, "IGO", 3) == 0 && strncmp(body, organ, lb) == 0;
}

/* Whether one side is a state ("RUS") and the other one of its own
 * organs ("RUSGOV", "RUSMIL"): "Russia's top negotiator ... opened talks
 * with Russia", "the Mongolian prime minister denied that Mongolia ...".
 * Outside force they are one party; force may fall on a state's own land
 * and people (a government's state of emergency, rebels occupying a
 * town), which the codebook codes on the state.  A state's armed
 * opponents are no organ of it when the two face each other (`facing`:
 * "Sri Lanka accused the Tamil Tigers", "talks between Colombo and the
 * LTTE"); elsewhere the state is most often only where they are from.
 * Their retreat (087x) from a place of their country yields it to their
 * state, the mirror of their taking it: "the rebels pulled out of the
 * capital". */
static int own_organ(const char *a, const char *b, const char *code, int facing)
{
    if (hr_is_force_code(code)) return 0;
    size_t la = strlen(a), lb = strlen(b);
    /* "the Security Council called for the deployment of UN
     * peacekeepers": an international body and its own organ are one
     * party, as a state and its organs are */
    if (organ_of_body(a, la, b, lb) || organ_of_body(b, lb, a, la)) return 1;
    int retreat = strncmp(code, "087", 3) == 0;
    if ((facing || retreat) && armed_opponents(la > 3 ? a : b)) return 0;
    if (la == 3 && lb > 3) return strncmp(a, b, 3) == 0 && strcmp(a, "---") != 0;
    if (lb == 3 && la > 3) return strncmp(a, b, 3) == 0 && strcmp(b, "---") != 0;
    return 0;
}

/* Whether mention a's last word is mention b's. */
static int same_last_word(const herald_doc *doc, const herald_actor *a, const herald_actor *b)
{
    const herald_token *x = &doc->tokens[a->first_token + a->token_count - 1];
    const herald_token *y = &doc->tokens[b->first_token + b->token_count - 1];
    return x->norm_len == y->norm_len && memcmp(x->norm, y->norm, x->norm_len) == 0;
}

/* Whether a person's name modifies a noun and so stands for the body it
 * leads: "the Clinton administration", "the Putin government". */
static int names_body(const herald_doc *doc, const herald_actor *a)
{
    size_t next = a->first_token + a->token_count;
    if (next >= doc->token_count) return 0;
    int tag = doc->tokens[next].tag;
    return tag == HR_TAG_NN || tag == HR_TAG_NNS;
}

/* Whether a named actor's code is a body outside the state, with a name
 * of its own: an international or non-governmental body, a militant
 * group, or a country's rebels, separatists, insurgents or opposition.
 * A state's own names ("Moscow", "the Kremlin") are one body, and so are
 * an international body's organs ("the EC", "the EC Commission"). */
static int body_of_its_own(const char *code)
{
    static const char *const prefixes[] = { "NGM", "IMG", NULL };
    for (const char *const *p = prefixes; *p; p++)
        if (strncmp(code, *p, 3) == 0) return 1;
    return hr_role_in(code, hr_challenger_roles);
}

/* The dictionary entry a named mention's story starts with ("file:line"),
 * as its length: two names on one line are one body. */
static size_t entry_len(const char *how)
{
    return strcspn(how, " ");
}

/* Whether mention a is one office holder under a person: "his interior
 * minister", "her spokesman" (a singular role after "his" or "her", over
 * up to two modifiers), not the body he leads ("his government"). */
static int held_under_person(const herald_doc *doc, const herald_actor *a)
{
    const herald_token *t = doc->tokens;
    const herald_token *last = &t[a->first_token + a->token_count - 1];
    if (a->kind != HERALD_ACTOR_REFERENCE || last->tag != HR_TAG_NN || hr_names_institution(last))
        return 0;
    size_t k = a->first_token;
    for (int skipped = 0;
         skipped < 2 && k > 0 && (t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD);
         skipped++)
        k--;
    return k > 0 && (hr_tok_is(&t[k - 1], "his") || hr_tok_is(&t[k - 1], "her"));
}

/* The person an apposition between commas names right after mention a
 * ("Russia's top negotiator, Ivan Rybkin, criticised ..."), or a itself
 * when there is none.  a lies in doc's actors. */
static const herald_actor *named_in_apposition(const herald_doc *doc, const herald_actor *a)
{
    size_t comma = a->first_token + a->token_count;
    const herald_actor *next = a + 1;
    if (a->kind == HERALD_ACTOR_PERSON || next >= doc->actors + doc->actor_count ||
        next->kind != HERALD_ACTOR_PERSON || next->first_token != comma + 1 ||
        !hr_tok_is(&doc->tokens[comma], ","))
        return a;
    size_t close = next->first_token + next->token_count;
    return close < doc->token_count && hr_tok_is(&doc->tokens[close], ",") ? next : a;
}

/* The place hung on mention m by "in" right after it ("the envoy in
 * Chechnya"), which an apposition may follow; m itself when none. */
static long hung_place_after(const sent *s, long m)
{
    const herald_actor *a = s->doc->actors;
    size_t in = a[m].first_token + a[m].token_count;
    return m + 1 < (long)s->actor_end && a[m + 1].first_token == in + 1 &&
                   hr_tok_is(&s->doc->tokens[in], "in") && hr_is_place(s, m + 1)
               ? m + 1
               : m;
}

/* The one party a side of mentions lo..hi names, or NULL for a list:
 * one mention, or the person an apposition names after the one before
 * it, over a place hung on that one ("Russia's top negotiator in
 * Chechnya, Ivan Rybkin"). */
static const herald_actor *lone_party(const sent *s, long lo, long hi)
{
    const herald_actor *a = s->doc->actors;
    if (lo == hi) {
        long last = hung_place_after(s, lo);
        const herald_actor *named = named_in_apposition(s->doc, &a[last]);
        return named == &a[last] ? &a[lo] : named;
    }
    for (long i = lo + 1; i < hi; i++)
        if (hr_group_member(s, lo, i)) return NULL;
    return named_in_apposition(s->doc, &a[hi - 1]) == &a[hi] ? &a[hi] : NULL;
}

/* Whether two role mentions come from one line of the agents'
 * dictionary ("police", "police officers"): one role word in its forms.
 * A role's story reads "role without a country: FILE:LINE ...". */
static int one_role_entry(const herald_actor *a, const herald_actor *b)
{
    const char *x = strstr(a->how, ": "), *y = strstr(b->how, ": ");
    if (!x || !y) return 1;
    size_t la = entry_len(x + 2), lb = entry_len(y + 2);
    return la == lb && memcmp(x + 2, y + 2, la) == 0;
}

/* Whether two mentions of roles with no country are two groups that
 * come to blows (`code` of violence or a riot): people of the street,
 * police, soldiers or fighters named by different role words ("a
 * settler fired at stone-throwers", "residents attacked settlers").
 * Other roles of one code are mostly one body told of twice ("the
 * company ... firms"), and one role word twice may be one group again. */
static int unnamed_groups_apart(const herald_actor *a, const herald_actor *b, const char *code)
{
    static const char *const street[] = { "CVL", "COP", "MIL", "UAF", "REB", "CRM", "OPP", NULL };
    return (hr_is_violence_code(code) || strncmp(code, "145", 3) == 0) &&
           a->kind == HERALD_ACTOR_ROLE && b->kind == HERALD_ACTOR_ROLE &&
           strncmp(a->code, "---", 3) == 0 && hr_role_in(a->code, street) &&
           !one_role_entry(a, b);
}

/* The person a reference of one word stands for, by the story the actor
 * stage wrote for it ("reference: him -> Prime Minister X (sentence
 * 0)"): a lone surname's ("Baker ... Baker said"), or a pronoun's named
 * in its own sentence ("Mobutu ... even arresting him"), where the
 * pronoun's reading is surest; a itself for any other mention (a
 * description such as "the crown prince" may have taken another person
 * of its code) or none found.  a lies in doc's actors. */
static const herald_actor *referent(const herald_doc *doc, const herald_actor *a)
{
    static const char arrow[] = " -> ", close_mark[] = " (sentence ";
    if (a->kind != HERALD_ACTOR_REFERENCE || a->token_count != 1) return a;
    const herald_token *word = &doc->tokens[a->first_token];
    int pronoun = word->tag == HR_TAG_PRP;
    if (!pronoun && word->tag != HR_TAG_NNP) return a;
    const char *name = strstr(a->how, arrow);
    const char *close = name ? strstr(name, close_mark) : NULL;
    if (!close) return a;
    name += sizeof arrow - 1;
    size_t len = (size_t)(close - name);
    uint32_t reach = pronoun ? 0 : 3;   /* sentences back */
    for (const herald_actor *m = a; m-- > doc->actors && m->sentence + reach >= a->sentence;)
        if (m->kind == HERALD_ACTOR_PERSON && m->end - m->start == len &&
            memcmp(doc->article.text + m->start, name, len) == 0)
            return m;
    return a;
}

/* Whether mention b is a body of person a's own state that a "his" or
 * "her" for a gives him ("Mugabe said he suspended talks to unite his
 * ruling ZANU-PF party and the opposition PF-ZAPU"): the body he leads or
 * belongs to, one party with him as "his government" is.  (One office
 * holder under him, "his defence minister", is a person, no body.) */
static int own_body(const herald_doc *doc, const herald_actor *a, const herald_actor *b)
{
    const herald_token *t = doc->tokens;
    if (b->kind != HERALD_ACTOR_NAMED || strlen(b->code) <= 3 || strncmp(a->code, b->code, 3) != 0 ||
        strncmp(a->code, "---", 3) == 0)
        return 0;
    size_t k = b->first_token;
    for (int skipped = 0; skipped < 2 && k > 0 && (t[k - 1].tag == HR_TAG_JJ ||
                                                   t[k - 1].tag == HR_TAG_VBG ||
                                                   t[k - 1].tag == HR_TAG_NN);
         skipped++)
        k--;
    const herald_actor *person = referent(doc, a);
    if (k == 0 || !(hr_tok_is(&t[k - 1], "his") || hr_tok_is(&t[k - 1], "her")) || a >= b ||
        person->kind != HERALD_ACTOR_PERSON)
        return 0;
    /* "his" is a's when no other person stands between them ("met X and
     * criticised his party" is X's party) */
    for (const herald_actor *m = a + 1; m < b; m++) {
        const herald_actor *other = referent(doc, m);
        if (other->kind == HERALD_ACTOR_PERSON && other != person) return 0;
    }
    return 1;
}

/* Whether two mentions that get one code are still two parties, as the
 * codebook codes them: two people of different names ("the president
 * dismissed Interior Minister X"), a person and one holding an office
 * under him ("... his defence minister"), or two bodies outside the
 * state with dictionary entries of their own ("the JEM attacked the
 * SLM"), also when one is named by a reference to him (referent).
 * The same name, other references, roles, a state's organs and
 * people of no known country ("---GOV": two kings, maybe of one land)
 * stay one party. */
static int distinct_entities(const herald_doc *doc, const herald_actor *a, const herald_actor *b)
{
    if (strncmp(a->code, "---", 3) == 0) return 0;
    if (a->kind == HERALD_ACTOR_PERSON && held_under_person(doc, b)) return 1;
    if (b->kind == HERALD_ACTOR_PERSON && held_under_person(doc, a)) return 1;
    /* "Mobutu ... even arresting him": a pronoun is the person it
     * stands for */
    a = referent(doc, a);
    b = referent(doc, b);
    if (a->kind != b->kind) return 0;
    if (a->kind == HERALD_ACTOR_PERSON)
        return !same_last_word(doc, a, b) && !names_body(doc, a) && !names_body(doc, b);
    if (a->kind != HERALD_ACTOR_NAMED || !body_of_its_own(a->code)) return 0;
    size_t la = entry_len(a->how), lb = entry_len(b->how);
    return la != lb || memcmp(a->how, b->how, la) != 0;
}

/* Whether CAMEO code `code` opposes short of force: a demand,
 * disapproval, rejection or threat (roots 10 to 13), or a cut in
 * relations (16: breaking off talks, halting aid, expelling). */
static int opposes_in_words(const char *code)
{
    return hr_root_in(code, 10, 13) || hr_root_in(code, 16, 16);
}

/* Whether `src` takes `code` as police acting at home: charges the
 * police bring are their own state's ("police arrested 33 people and
 * charged them"), unlike an accusation or a lawsuit, which may aim
 * abroad. */
static int police_charge(const herald_actor *src, const char *code)
{
    static const char *const police[] = { "COP", NULL };
    return src && strcmp(code, "115") == 0 && hr_role_in(src->code, police);
}

/* The code with a country that an event of another verb of the same
 * sentence gave the role mention `side` ("the rebels, who captured
 * Kisangani, gave a green light for UN agencies to repatriate the
 * Rwandans": the rebels of the capture are Congo's in the permission
 * too), or NULL: one mention is one party in all its acts. */
static const char *country_given_before(const sent *s, const herald_actor *side, size_t vstart)
{
    const herald_doc *doc = s->doc;
    uint32_t verb = doc->tokens[vstart].start;
    for (size_t i = doc->event_count; i-- > 0 && doc->events[i].sentence == s->index;) {
        const herald_event *e = &doc->events[i];
        if (e->verb_span[0] == verb) continue;
        const char *code = e->source_span[0] == side->start && e->source_span[1] == side->end
                               ? e->source
                           : e->target_span[0] == side->start && e->target_span[1] == side->end
                               ? e->target
                               : NULL;
        if (code) return strncmp(code, "---", 3) != 0 ? code : NULL;
    }
    return NULL;
}

static int emit_in_country(sent *s, const herald_actor *src, const herald_actor *tgt,
                           const char *code, size_t vstart, size_t vend, int negated,
                           int hypothetical, int two_parties, int facing)
{
    herald_doc *doc = s->doc;
    char sbuf[64], tbuf[64];
    unsigned opposed = opposes_in_words(code) && !police_charge(src, code) ? HR_SIDE_OPPOSES : 0;
    unsigned force = hr_is_force_code(code) ? HR_SIDE_FORCE : 0;
    unsigned violence = hr_is_violence_code(code) ? HR_SIDE_VIOLENCE : 0;
    const char *sc = hr_side_code(doc, src, tgt, HR_SIDE_ACTS | opposed | force | violence,
                                  &s->country, sbuf, sizeof sbuf);
    const char *tc = hr_side_code(doc, tgt, src, opposed | violence, &s->country, tbuf,
                                  sizeof tbuf);
    const char *before;
    if (sc == sbuf && (before = country_given_before(s, src, vstart)) != NULL) sc = before;
    if (tc == tbuf && (before = country_given_before(s, tgt, vstart)) != NULL) tc = before;
    if (src && tgt && ((strcmp(sc, tc) == 0 && !two_parties) || own_organ(sc, tc, code, facing)))
        return 0;                                             /* no event with oneself */
    const char *verb_code = code;
    code = violence_code(code, sc, tc);
    int alike_each_way = strcmp(sc, tc) == 0 && src && tgt && parties_of_one_phrase(src, tgt);
    if (coded_already(doc, s->index, sc, tc, code, alike_each_way)) return 0;
    if (doc->event_count == doc->event_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->events, &doc->event_cap, doc->event_count + 1,
                      sizeof *doc->events))
        return HERALD_ENOMEM;
    herald_event *e = &doc->events[doc->event_count];
    memset(e, 0, sizeof *e);
    e->sentence = s->index;
    e->source = sc == sbuf ? hr_arena_strndup(&doc->arena, sc, strlen(sc)) : sc;
    e->target = tc == tbuf ? hr_arena_strndup(&doc->arena, tc, strlen(tc)) : tc;
    if (!e->source || !e->target) return HERALD_ENOMEM;
    e->code = hr_arena_strndup(&doc->arena, code, strlen(code));
    if (sc == sbuf || tc == tbuf || code != verb_code) {  /* say what the stage inferred */
        size_t len = s->how.len;
        int rc = 0;
        if (sc == sbuf || tc == tbuf)
            rc = hr_buf_printf(&s->how, "; role country %.3s from the sentence",
                               sc == sbuf ? sc : tc);
        if (!rc && code != verb_code)
            rc = hr_buf_printf(&s->how, "; %s by irregular or private force on the unarmed: %s",
                               verb_code, code);
        e->how = rc ? NULL : hr_arena_strndup(&doc->arena, s->how.data, s->how.len);
        s->how.len = len;                /* the verb's story again, for its next event */
        s->how.data[len] = '\0';
    } else {
        e->how = hr_arena_strndup(&doc->arena, s->how.data ? s->how.data : "", s->how.len);
    }
    if (!e->code || !e->how) return HERALD_ENOMEM;
    e->cameo = hr_cameo_find(&doc->ctx->cameo, code);
    if (src) { e->source_span[0] = src->start; e->source_span[1] = src->end; }
    if (tgt) { e->target_span[0] = tgt->start; e->target_span[1] = tgt->end; }
    e->verb_span[0] = doc->tokens[vstart].start;
    e->verb_span[1] = doc->tokens[vend - 1].end;
    e->negated = negated;
    e->hypothetical = hypothetical;
    doc->event_count++;
    return 0;
}

/* The event, once in each of two countries the sentence pairs as where
 * it happens, when a role after the verb is the one they describe
 * ("helped victims in Kenya and Tanzania": KENCVL and TZACVL), so that
 * the role of each place is of its own; sides no place names come out
 * alike.  Two places of the subject ("police in Berlin and Vienna
 * arrested two men") name one group acting together: the event stays
 * one. */
static int emit(sent *s, const herald_actor *src, const herald_actor *tgt, const char *code,
                size_t vstart, size_t vend, int negated, int hypothetical, int two_parties,
                int facing)
{
    if (!s->country.pair[0][0] || s->country.where[0] ||
        !(hr_role_of_pair(s->doc, src, vend, &s->country) ||
          hr_role_of_pair(s->doc, tgt, vend, &s->country)))
        return emit_in_country(s, src, tgt, code, vstart, vend, negated, hypothetical,
                               two_parties, facing);
    int rc = 0;
    for (int i = 0; i < 2 && !rc; i++) {
        memcpy(s->country.where, s->country.pair[i], sizeof s->country.where);
        rc = emit_in_country(s, src, tgt, code, vstart, vend, negated, hypothetical, two_parties,
                             facing);
    }
    s->country.where[0] = '\0';
    return rc;
}


/* Whether two members of a group are one party: "Lebanese troops and
 * armored vehicles", where the role without a country is the other
 * member's own (the sentence's one state with the same role). */
static int one_party(const sent *s, const herald_actor *a, const herald_actor *b)
{
    const herald_actor *bare = strncmp(a->code, "---", 3) == 0 ? a : b;
    const herald_actor *other = bare == a ? b : a;
    const char *country = hr_role_country(&s->country, bare);
    if (!country[0]) return 0;
    return strncmp(bare->code, "---", 3) == 0 && strncmp(other->code, country, 3) == 0 &&
           strcmp(other->code + 3, bare->code + 3) == 0;
}

/* Whether the group of mentions lo..hi holds two parties or more. */
static int several_parties(const sent *s, long lo, long hi)
{
    const herald_actor *a = s->doc->actors;
    for (long i = lo; i <= hi; i++)
        for (long j = i + 1; j <= hi; j++)
            if (hr_group_member(s, lo, i) && hr_group_member(s, lo, j) &&
                !one_party(s, &a[i], &a[j]))
                return 1;
    return 0;
}

/* Whether source src acts on the state of the place it took or shelled:
 * a state known to be another than the source's, or its own when the
 * source fights it ("Sudanese rebels captured Kurmuk" acts on Sudan;
 * "Iraqi troops retook Mosul" is no act on Iraq).  Rebels of no country
 * named are the place's own when the sentence gives them its country
 * ("rebels captured Kisangani" acts on Congo); whose "troops" are is not
 * known. */
static int member_acts_on_places_state(const sent *s, long src, const herald_actor *place)
{
    const char *code = src >= 0 ? s->doc->actors[src].code : "---";
    int known = strncmp(code, "---", 3) != 0;
    if (!armed_opponents(code)) return known && strncmp(place->code, code, 3) != 0;
    return known || strcmp(hr_role_country(&s->country, &s->doc->actors[src]), place->code) == 0;
}

/* Whether some member of src's group acts on the place's state: "Syrian
 * and Russian jets pounded Aleppo" strikes Syria by Russia's. */
int hr_acts_on_places_state(const sent *s, long src, const herald_actor *place)
{
    long lo = src, hi = src;
    if (src >= 0) hr_group_of(s, src, &lo, &hi);
    for (long i = lo; i <= hi; i++)
        if (hr_group_member(s, lo, i) && member_acts_on_places_state(s, i, place)) return 1;
    return 0;
}

/* One event per pair of the two groups.  With no target, a group
 * acts on itself: "Gondor and Osgiliath renewed ties" gives both
 * directions.  `facing`: the target is the verb's direct object or
 * stands after "between" (own_organ). */
int hr_emit_groups(sent *s, long src, long tgt, const place_sides *places,
                       const char *code, size_t vstart, size_t vend, int negated,
                       int hypothetical, int mutual, int facing)
{
    const herald_actor *a = s->doc->actors;
    long slo = -1, shi = -1, tlo = -1, thi = -1;
    if (src >= 0) hr_group_of(s, src, &slo, &shi);
    if (tgt >= 0) hr_group_of(s, tgt, &tlo, &thi);
    /* One side only, with several members: "A and B held talks", "talks
     * between A and B": the members act on each other (unless `mutual`
     * is 0: "was rejected by both Russia and China" rejects no one of
     * them). */
    long lo = src >= 0 ? slo : tlo, hi = src >= 0 ? shi : thi;
    /* The codes of one dictionary entry for a group ("Lorien" for its
     * two rulers) are one party, not two that meet. */
    int one_entry = lo >= 0 && a[lo].first_token == a[hi].first_token &&
                    a[lo].kind == HERALD_ACTOR_NAMED;
    const herald_actor *src_place = src < 0 ? places->source : NULL;
    const herald_actor *tgt_place = tgt < 0 ? places->target : NULL;
    if ((src < 0 && !src_place) != (tgt < 0 && !tgt_place) && hi > lo && !one_entry && mutual &&
        several_parties(s, lo, hi)) {
        for (long i = lo; i <= hi; i++)
            for (long j = lo; j <= hi; j++) {
                /* Members with one code are colleagues, not two sides:
                 * "Finance Minister X and Trade Minister Y attended". */
                if (i == j || one_party(s, &a[i], &a[j]) || !hr_group_member(s, lo, i) ||
                    !hr_group_member(s, lo, j))
                    continue;
                int rc = emit(s, &a[i], &a[j], code, vstart, vend, negated, hypothetical,
                              parties_of_one_phrase(&a[i], &a[j]), facing);
                if (rc) return rc;
            }
        return 0;
    }
    /* Partial events keep one unknown side; one with neither side known
     * tells nothing of who acted on whom. */
    int no_source = src < 0 && !src_place, no_target = tgt < 0 && !tgt_place;
    if ((no_source || no_target) && (!s->doc->ctx->allow_partial || (no_source && no_target)))
        return hr_drop(s, vstart, vend, no_source && no_target ? "no source and no target"
                                     : no_source ? "no source" : "no target");
    /* Two named sides of one code are two parties only when each side is
     * one mention: in lists ("A, B met C and D") colleagues of one body
     * stand on both sides. */
    const herald_actor *lone_src = slo >= 0 ? lone_party(s, slo, shi) : NULL;
    const herald_actor *lone_tgt = tlo >= 0 ? lone_party(s, tlo, thi) : NULL;
    int lone = lone_src && lone_tgt &&
               (distinct_entities(s->doc, lone_src, lone_tgt) ||
                unnamed_groups_apart(lone_src, lone_tgt, code));
    for (long i = slo; i <= shi; i++)
        for (long j = tlo; j <= thi; j++) {
            if (!hr_group_member(s, slo, i) || !hr_group_member(s, tlo, j)) continue;
            /* "Syrian and Russian jets pounded Aleppo": a member's
             * forces on a town of its own state strike no state. */
            if (i >= 0 && tgt_place && places->taken &&
                !member_acts_on_places_state(s, i, tgt_place))
                continue;
            if (i >= 0 && j >= 0 && own_body(s->doc, &a[i], &a[j])) continue;
            /* groups who come to blows are two parties member by member
             * too: "police and civilians slaughtered Tutsis" */
            int apart = lone || (i >= 0 && j >= 0 && unnamed_groups_apart(&a[i], &a[j], code));
            int rc = emit(s, i >= 0 ? &a[i] : src_place, j >= 0 ? &a[j] : tgt_place, code, vstart,
                          vend, negated, hypothetical, apart, facing);
            if (rc) return rc;
        }
    return 0;
}

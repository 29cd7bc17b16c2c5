/* sides.c - who acts on whom around a verb: actor groups ("A and B"),
 * the clause a verb's patterns are read in, its subject read off the
 * chunks (a relative clause's antecedent, a joined verb's or a reported
 * clause's subject), and its target after it (or a place it names). */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/grammar.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether token k is a verb of saying, its participle included. */
int hr_says(const sent *s, size_t k)
{
    return hr_tok_says(&s->doc->tokens[k]) || hr_tok_is(&s->doc->tokens[k], "saying");
}

/* Whether a word between two mentions ends a list: a preposition, a
 * verb or a relative pronoun ("in Juba, Sudan, between the government
 * and ...") starts another phrase.  Never when tagging is off. */
static int breaks_list(const herald_token *t)
{
    switch (t->tag) {
    case HR_TAG_IN: case HR_TAG_TO: case HR_TAG_MD: case HR_TAG_VB: case HR_TAG_VBD:
    case HR_TAG_VBG: case HR_TAG_VBN: case HR_TAG_VBP: case HR_TAG_VBZ: case HR_TAG_WDT:
    case HR_TAG_WP: case HR_TAG_WRB:
        return 1;
    default:
        return 0;
    }
}

/* Whether the mention at token k, inside an apposition, only describes
 * the person apposed: a further role ("president of the World Bank and
 * former US ambassador") or the object of a preposition hung on a role
 * ("ambassador to Indonesia"), over the articles and adjectives before
 * it. */
static int describes_apposed(const sent *s, size_t k)
{
    if (!hr_is_name(&s->doc->actors[s->owner[k]])) return 1;
    const herald_token *t = s->doc->tokens;
    while (k > s->begin && s->owner[k - 1] < 0 && (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ))
        k--;
    return k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_IN || t[k - 1].tag == HR_TAG_TO);
}

/* The role mention that opens an apposition from token k up to the
 * comma at token `close` ("the Palestinian militant group", "president
 * of the World Bank and former ambassador to Indonesia"): a role or
 * composed mention after any articles, then only words and mentions
 * that describe it, no verb.  -1 when the words are no such apposition. */
static long apposed_role(const sent *s, size_t k, size_t close)
{
    while (k < close && s->owner[k] < 0 && s->doc->tokens[k].tag == HR_TAG_DT) k++;
    if (k >= close || s->owner[k] < 0 || hr_is_name(&s->doc->actors[s->owner[k]])) return -1;
    long role = s->owner[k];
    for (k += s->doc->actors[role].token_count; k < close; k++) {
        if (hr_tag_is_verb(s->doc->tokens[k].tag)) return -1;
        if (s->owner[k] < 0) continue;
        if (!describes_apposed(s, k)) return -1;
        k += s->doc->actors[s->owner[k]].token_count - 1;
    }
    return close < s->end && hr_tok_is(&s->doc->tokens[close], ",") ? role : -1;
}

/* Whether the mention after `a` and a comma, up to the comma at token
 * `close`, is an apposition that describes it: "Hamas, the Palestinian
 * militant group, ...", "X, president of the World Bank and former
 * ambassador to Indonesia, ..." (a name, then a role or composed
 * mention, with what describes it).  It is the same actor, neither a
 * second member nor another side. */
static int appositive(const sent *s, const herald_actor *a, size_t close)
{
    size_t k = a->first_token + a->token_count;
    return hr_is_name(a) && k < close && hr_tok_is(&s->doc->tokens[k], ",") &&
           apposed_role(s, k + 1, close) >= 0;
}

#define APPOSITION_REACH 12   /* tokens of a role and what hangs on it */

/* The comma that closes an apposition going on at token k ("...,
 * president of the World Bank and former ambassador to Indonesia,"):
 * the first comma from k, before any verb and within a few words, else
 * k itself (appositive() then finds none). */
static size_t apposition_close(const sent *s, size_t k)
{
    for (size_t i = k; i < s->end && i - k < APPOSITION_REACH; i++) {
        if (hr_tok_is(&s->doc->tokens[i], ",")) return i;
        if (hr_tag_is_verb(s->doc->tokens[i].tag)) break;
    }
    return k;
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

/* Whether token k may stand in a verb's object before a preposition:
 * a mention, a determiner, an adjective, a number or a noun. */
static int object_word(const sent *s, size_t k)
{
    int tag = s->doc->tokens[k].tag;
    return s->owner[k] >= 0 || tag == HR_TAG_DT || tag == HR_TAG_JJ || tag == HR_TAG_CD ||
           tag == HR_TAG_NN || tag == HR_TAG_NNS || tag == HR_TAG_PRPS;
}

/* Whether token k lies in the prepositional phrase that opens the
 * sentence, before its first comma: "In a meeting between A and B, C
 * held talks", "During talks with A and B, C agreed". */
static int in_opening_phrase(const sent *s, size_t k)
{
    if (s->doc->tokens[s->begin].tag != HR_TAG_IN) return 0;
    for (size_t i = s->begin; i < k; i++)
        if (hr_tok_is(&s->doc->tokens[i], ",")) return 0;
    return 1;
}

/* "expelled a Canadian diplomat, and Canada expelled ...", "in Moscow,
 * China criticized ...", "bombed Gaza and Hamas fired": a mention that
 * ends the object of a verb or a preposition and one that is the
 * subject of a finite verb (at `after`) stand in two clauses, not in one
 * list ("Britain, France, and Germany condemned" is one).  Without a
 * comma only an object of a verb ends a clause: "between A and B
 * resumed", "as the UN and aid groups delivered" are one list. */
static int clause_break(const sent *s, const herald_actor *a, size_t after, int comma)
{
    const herald_token *t = s->doc->tokens;
    if (after >= s->end || s->owner[after] >= 0) return 0;
    int finite = t[after].tag == HR_TAG_VBD || t[after].tag == HR_TAG_VBZ ||
                 t[after].tag == HR_TAG_VBP || t[after].tag == HR_TAG_MD;
    size_t k = a->first_token;
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ ||
            t[k - 1].tag == HR_TAG_CD || t[k - 1].tag == HR_TAG_PRPS ||
            t[k - 1].tag == HR_TAG_RB || t[k - 1].tag == HR_TAG_RP))   /* "shot down the" */
        k--;
    /* The comma that ends an opening phrase ends any list in it, however
     * its last member is led in ("between A and one of B's leaders, C
     * held"). */
    if (finite && comma && in_opening_phrase(s, a->first_token)) return 1;
    if (!finite || k == s->begin || s->owner[k - 1] >= 0) return 0;
    int tag = t[k - 1].tag;
    if (hr_tag_is_verb(tag) || (comma && (tag == HR_TAG_IN || tag == HR_TAG_TO))) return 1;
    /* "fired on street protesters and police made ...": the object of a
     * verb's preposition, over the nouns that modify it, and over the
     * verb's own object ("discussed the issue with the US administration
     * and the two sides were ..."). */
    static const char *const preps[] = { "on", "at", "against", "into", "upon", "with", "from",
                                         "to", NULL };
    while (k > s->begin + 1 && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_NN) k--;
    if (k < s->begin + 2 || !hr_tok_in(&t[k - 1], preps)) return 0;
    size_t v = k - 1;
    for (int words = 0; v > s->begin && words < 5 && object_word(s, v - 1); words++) v--;
    return v > s->begin && s->owner[v - 1] < 0 && hr_tag_is_verb(t[v - 1].tag);
}

/* The token after a short aside in brackets that opens at token k ("the
 * Associated Press (APP) reported"), or k itself when none does. */
static size_t over_bracket(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (k >= s->end || !hr_tok_is(&t[k], "(")) return k;
    for (size_t j = k + 1; j < s->end && j < k + 5; j++)
        if (hr_tok_is(&t[j], ")")) return j + 1;
    return k;
}

/* The token after the list that mention b starts: over further members
 * and the lower-case words that join or modify them ("army and hospital
 * officials"), a few words at most, and a short aside in brackets. */
static size_t list_end(const sent *s, const herald_actor *b)
{
    const herald_token *t = s->doc->tokens;
    size_t k = over_bracket(s, b->first_token + b->token_count);
    for (int words = 0; k < s->end && words < 6; words++) {
        if (s->owner[k] >= 0) k = over_bracket(s, k + s->doc->actors[s->owner[k]].token_count);
        else if (hr_tok_is(&t[k], "and") || hr_tok_is(&t[k], ",") ||
                 t[k].tag == HR_TAG_JJ || t[k].tag == HR_TAG_NN || t[k].tag == HR_TAG_NNS)
            k++;
        else
            break;
    }
    return k;
}

/* "..., Turkey said", "... by the president, army and hospital officials
 * said": after a comma, a list that ends before a verb of saying is the
 * speaker of what comes before, not more of its list, unless the list
 * opens the sentence ("Britain, France and Germany said"); without a
 * comma "Britain and France said" is one list. */
static int speaker_after_comma(const sent *s, const herald_actor *a, const herald_actor *b)
{
    size_t from = a->first_token + a->token_count, end = list_end(s, b);
    if (end >= s->end || !hr_tok_says(&s->doc->tokens[end])) return 0;
    size_t k = from;
    while (k < b->first_token && !hr_tok_is(&s->doc->tokens[k], ",")) k++;
    if (k == b->first_token) return 0;
    k = a->first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    return k > s->begin;
}

static int member_not_place(const sent *s, long b);

/* "Police in Basra and British soldiers": the token after a place no
 * dictionary names (capitalised words after "in", "at" or "near") that
 * is hung on the mention ending at token `from`, when "and" or "or"
 * follows it; else `from`. */
static size_t over_unnamed_place(const sent *s, size_t from, size_t to)
{
    const herald_token *t = s->doc->tokens;
    if (to <= from + 2 || !hr_tok_in(&t[from], (const char *const[]){ "in", "at", "near", NULL }))
        return from;
    size_t k = from + 1;
    while (k < to && t[k].tag == HR_TAG_NNP && hr_tok_first(s->doc, &t[k]) == HR_C_UPPER) k++;
    return k > from + 1 && k < to && hr_tok_in(&t[k], (const char *const[]){ "and", "or", NULL })
               ? k : from;
}

/* Whether "as well as" starts at token k, before token `to`: a
 * conjunction like "and" ("condemned Israel as well as Hezbollah"),
 * though its words are a preposition and an adverb. */
static int as_well_as(const sent *s, size_t k, size_t to)
{
    const herald_token *t = s->doc->tokens;
    return k + 3 <= to && hr_tok_is(&t[k], "as") && hr_tok_is(&t[k + 1], "well") &&
           hr_tok_is(&t[k + 2], "as");
}

/* Whether the tokens between two mentions join them into one group:
 * "and", "or" or a comma, with at most a few lower-case words (articles,
 * adjectives: "Evil Mordor, the awful Fornost, and good Gondor"). */
static int joins(const sent *s, const herald_actor *a, const herald_actor *b)
{
    if (a->first_token == b->first_token) return 1;          /* one group entry */
    size_t from = a->first_token + a->token_count, to = b->first_token;
    /* "two civilian women": an adjective mention right before another
     * that names the same actor only repeats it; the two are one entry
     * of whatever list holds them ("the military hospital" is not). */
    if (to == from && s->doc->tokens[from - 1].tag == HR_TAG_JJ && strcmp(a->code, b->code) == 0)
        return 1;
    /* "the European Union (EU)": the acronym in brackets is the same actor. */
    if (to == from + 1 && hr_tok_is(&s->doc->tokens[from], "(") && strcmp(a->code, b->code) == 0)
        return 1;
    if (to < from || to - from > 5) return 0;
    size_t after = b->first_token + b->token_count;
    if (speaker_after_comma(s, a, b)) return 0;
    /* "U.S. forces and Shiite militiamen": capitalised words no
     * dictionary names, right before a lower-case role without a
     * country, modify that role; they end no list.  (Before a capitalised
     * role they are a name the dictionaries lack: "the Free Syrian
     * Army".) */
    if (b->kind == HERALD_ACTOR_ROLE &&
        hr_tok_first(s->doc, &s->doc->tokens[b->first_token]) != HR_C_UPPER)
        while (to > from && s->doc->tokens[to - 1].kind == HERALD_TOK_WORD &&
               hr_tok_first(s->doc, &s->doc->tokens[to - 1]) == HR_C_UPPER &&
               s->doc->tokens[to - 1].tag == HR_TAG_NNP)
            to--;
    int connector = 0, comma = 0;
    /* "the UN Environment Program (UNEP) and the UNDP": the bracket that
     * closes around `a` ends its aside, and the list goes on after it
     * (after a comma, what follows may describe it: "(ODIHR), the OSCE's
     * monitoring body,"). */
    if (to > from + 1 && hr_tok_is(&s->doc->tokens[from], ")") && a->first_token > s->begin &&
        hr_tok_is(&s->doc->tokens[a->first_token - 1], "(") &&
        hr_tok_in(&s->doc->tokens[from + 1], (const char *const[]){ "and", "or", NULL }))
        from++;
    if (b->first_token == to && member_not_place(s, b - s->doc->actors))
        from = over_unnamed_place(s, from, to);
    for (size_t k = from; k < to; k++) {
        const herald_token *t = &s->doc->tokens[k];
        if (as_well_as(s, k, to)) {
            connector = 1;
            k += 2;
            continue;
        }
        comma |= hr_tok_is(t, ",");
        if (t->tag == HR_TAG_POS) return 0;   /* "the president's son and X": an owner */
        if (comma && hr_tok_is(t, "but")) return 0;   /* "X, but Y ...": a clause of contrast */
        if (hr_tok_is(t, "and") || hr_tok_is(t, ",") || hr_tok_is(t, "or")) connector = 1;
        else if (t->kind != HERALD_TOK_WORD || hr_tok_first(s->doc, t) == HR_C_UPPER ||
                 breaks_list(t))
            return 0;
    }
    if (comma && after < s->end && appositive(s, a, apposition_close(s, after))) return 0;
    /* "Russia, whose troops ...": the relative clause's mention is no
     * member of the list. */
    if (from > s->begin && to > from && s->doc->tokens[to - 1].tag == HR_TAG_WPS) return 0;
    return connector && !clause_break(s, a, after, comma);
}

/* Whether "north of", "on the outskirts of" ... ends just before token
 * k: what follows is a place, named to tell where near it. */
static int near_side_of(const sent *s, size_t k)
{
    return k >= s->begin + 2 && hr_tok_is(&s->doc->tokens[k - 1], "of") &&
           s->owner[k - 2] < 0 && hr_tok_in(&s->doc->tokens[k - 2], hr_sides_of_places);
}

/* Nouns of the edges of a state (its inside: hr_settlement_nouns). */
static const char *const edges[] = { "border", "borders", "frontier", "coast", NULL };

/* Whether token k is a noun of a place ("border", "town"). */
static int place_noun(const sent *s, size_t k)
{
    return k < s->end && s->owner[k] < 0 &&
           (hr_tok_in(&s->doc->tokens[k], hr_settlement_nouns) || hr_tok_in(&s->doc->tokens[k], edges));
}

/* "the Belarus border", "the Iraqi capital", "the Croatian coastal
 * town": whether mention m modifies a noun of the list, naming where
 * the place lies. */
static int modifies_place_noun(const sent *s, const herald_actor *a,
                               const char *const *nouns)
{
    size_t after = a->first_token + a->token_count, noun = after;
    while (a->kind == HERALD_ACTOR_NAMED && noun < s->end && noun < after + 2 &&
           s->owner[noun] < 0 && s->doc->tokens[noun].tag == HR_TAG_JJ)
        noun++;
    return noun < s->end && s->owner[noun] < 0 && hr_tok_in(&s->doc->tokens[noun], nouns);
}

/* "fired at soldiers", "hurled rocks at Israeli police": people named
 * by a plural role word after "at" are whom the act is aimed at, not
 * where it happens.  Role words of premises ("bombings at U.S.
 * embassies", "at refugee camps") and a role word before a noun ("at
 * police headquarters") stay places. */
static int people_aimed_at(const sent *s, const herald_actor *a)
{
    static const char *const premises[] = { "embassies", "consulates", "missions", "ministries",
                                            "courts", "parliaments", "assemblies", "stations",
                                            "camps", "universities", "schools", "hospitals",
                                            "mines", "banks", "companies", "firms", NULL };
    const herald_token *t = s->doc->tokens;
    size_t first = a->first_token, after = first + a->token_count;
    return (a->kind == HERALD_ACTOR_ROLE || a->kind == HERALD_ACTOR_COMPOSED) &&
           first > s->begin && hr_tok_is(&t[first - 1], "at") &&
           t[after - 1].tag == HR_TAG_NNS && !hr_tok_in(&t[after - 1], premises) &&
           !(after < s->end && (s->owner[after] >= 0 || hr_tag_is_noun(t[after].tag)));
}

static const herald_place *place_at(const sent *s, size_t k);

/* "the Geneva talks", "the Uruguay round": whether mention a is a city
 * named before a noun of a meeting, which says where it was held, not
 * who took part (a country may name a party: "the Iran talks"; trade
 * rounds alone take the name of the country where they were launched).
 * A city before an accord's name is no actor at all (actors.c,
 * names_document). */
static int names_meeting_place(const sent *s, const herald_actor *a)
{
    static const char *const meetings[] = { "meeting", "meetings", "talks", "summit",
                                            "conference", NULL };
    size_t after = a->first_token + a->token_count;
    if (a->kind != HERALD_ACTOR_NAMED || after >= s->end || s->owner[after] >= 0) return 0;
    /* (the word alone: the tagger may take "accord" for a verb, "round"
     * for an adjective) */
    const herald_token *noun = &s->doc->tokens[after];
    const herald_place *p = place_at(s, a->first_token);
    if (!p || !p->loc.kind) return 0;
    if (strcmp(p->loc.kind, "country") == 0) return hr_tok_is(noun, "round");
    return (strcmp(p->loc.kind, "city") == 0 || strcmp(p->loc.kind, "capital") == 0) &&
           hr_tok_in(noun, meetings);
}

/* "in Osgiliath", "at the border": a place where the action happens,
 * by the words around the mention itself. */
static int placed_by_words(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    /* A mention that names where a place lies, or where a meeting was
     * held, is no party. */
    if (modifies_place_noun(s, a, hr_settlement_nouns) || modifies_place_noun(s, a, edges) ||
        names_meeting_place(s, a))
        return 1;
    if (people_aimed_at(s, a)) return 0;
    size_t after = a->first_token + a->token_count;
    /* "in southern Lebanon": adjectives may stand between. */
    size_t k = a->first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].tag == HR_TAG_JJ &&
           a->first_token - k < 2)
        k--;
    if (k == 0) return 0;
    static const char *const preps[] = { "in", "at", "near", "inside", "outside", NULL };
    /* "east of Iraq's city of Basra" names the state whose land it is */
    int possessor = after < s->end && s->doc->tokens[after].tag == HR_TAG_POS;
    return hr_tok_in(&s->doc->tokens[k - 1], preps) || (near_side_of(s, k) && !possessor);
}

/* Whether mention p, right after mention m, is a place hung on m's
 * phrase: "Police in Kabul", "Al-Qaeda's branch in Iraq" (over a
 * possessive and its nouns, then a preposition and its articles and
 * adjectives). */
static int hung_place(const sent *s, long m, long p)
{
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count, place = s->doc->actors[p].first_token;
    if (k < place && t[k].tag == HR_TAG_POS)
        for (k++; k < place && (t[k].tag == HR_TAG_NN || t[k].tag == HR_TAG_NNS); k++) {}
    if (k >= place || t[k].tag != HR_TAG_IN) return 0;
    for (k++; k < place && (t[k].tag == HR_TAG_DT || t[k].tag == HR_TAG_JJ); k++) {}
    return k == place && placed_by_words(s, p);
}

/* Whether mention b may be a member of a list, not one more place: a
 * country or a city named bare goes on a list of places ("Police in
 * Kabul and Kandahar"). */
static int member_not_place(const sent *s, long b)
{
    const herald_actor *a = &s->doc->actors[b];
    return !(a->kind == HERALD_ACTOR_NAMED && strlen(a->code) == 3) && !placed_by_words(s, b);
}

/* Whether "and" or "or" stands between mentions a and b (a comma
 * alone after a place may open an aside: "in Sudan, a spokesman said"). */
static int conjunction_between(const sent *s, const herald_actor *a, const herald_actor *b)
{
    for (size_t k = a->first_token + a->token_count; k < b->first_token; k++)
        if (hr_tok_in(&s->doc->tokens[k], (const char *const[]){ "and", "or", NULL })) return 1;
    return 0;
}

/* "Police in Kabul and foreign soldiers arrested": the list goes on
 * over the place hung on its member `m` (mention m + 1) to the member
 * after it, which the place only stands next to. */
static int bridged(const sent *s, long m)
{
    const herald_actor *a = s->doc->actors;
    long p = m + 1;
    return p + 1 < (long)s->actor_end && hung_place(s, m, p) && joins(s, &a[p], &a[p + 1]) &&
           conjunction_between(s, &a[p], &a[p + 1]) && member_not_place(s, p + 1);
}

static void group_of(const sent *s, long m, long *lo, long *hi)
{
    const herald_actor *a = s->doc->actors;
    *lo = *hi = m;
    while (*lo > (long)s->first_actor &&
           (joins(s, &a[*lo - 1], &a[*lo]) || bridged(s, *lo - 1)))
        (*lo)--;
    while (*hi + 1 < (long)s->actor_end) {
        if (joins(s, &a[*hi], &a[*hi + 1])) (*hi)++;
        else if (bridged(s, *hi)) *hi += 2;
        else break;
    }
}

/* The mentions joined to mention m: [*lo, *hi].  A place hung on a
 * member lies inside but is none (hr_group_member).  Kept for each
 * mention of the sentence, as hr_is_place. */
void hr_group_of(const sent *s, long m, long *lo, long *hi)
{
    if (m < (long)s->first_actor || m >= (long)s->actor_end) {
        group_of(s, m, lo, hi);
        return;
    }
    int32_t *g = &s->group[2 * m];
    if (g[0] < 0) {
        group_of(s, m, lo, hi);
        g[0] = (int32_t)*lo;
        g[1] = (int32_t)*hi;
    }
    *lo = g[0];
    *hi = g[1];
}

/* Whether mention i of the group that starts at mention lo is one of
 * its members, not a place hung on the member before it. */
int hr_group_member(const sent *s, long lo, long i)
{
    return i <= lo || joins(s, &s->doc->actors[i - 1], &s->doc->actors[i]);
}

/* A place where the action happens: "in Osgiliath", "at the border",
 * and each place of a list after one preposition ("in Kenya and
 * Tanzania"). */
static int is_place(const sent *s, long m)
{
    if (placed_by_words(s, m)) return 1;
    long lo, hi;
    hr_group_of(s, m, &lo, &hi);
    return lo < m && placed_by_words(s, lo);
}

/* (Kept for each mention of the sentence: it depends on the sentence's
 * words alone, and each verb asks it again of the same mentions.) */
int hr_is_place(const sent *s, long m)
{
    if (m < (long)s->first_actor || m >= (long)s->actor_end) return is_place(s, m);
    if (s->is_place[m] < 0) s->is_place[m] = (int8_t)is_place(s, m);
    return s->is_place[m];
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
            if (m >= 0 && appositive(s, &s->doc->actors[m], close - 1)) return m;
            if (m >= 0 && s->owner[i - 1] == m && counted_aside(s, i + 1, close - 1)) return m;
            /* "John Smith, the former ambassador to Indonesia, said": a
             * name the dictionaries lack is the role apposed to it. */
            if (m < 0 && s->doc->tokens[i - 1].tag == HR_TAG_NNP &&
                (m = apposed_role(s, i + 1, close - 1)) >= 0)
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

/* ---- clauses (the chunks of src/clauses) ----------------------------- */

/* The chunk that ends where chunk c starts, in its sentence, or -1. */
long hr_chunk_before(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (c <= 0 || ch[c - 1].sentence != ch[c].sentence ||
        ch[c - 1].first_token + ch[c - 1].token_count != ch[c].first_token)
        return -1;
    return c - 1;
}

/* The chunk that starts where chunk c ends, in its sentence, or -1. */
long hr_chunk_after(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if ((size_t)c + 1 >= s->doc->chunk_count || ch[c + 1].sentence != ch[c].sentence ||
        ch[c + 1].first_token != ch[c].first_token + ch[c].token_count)
        return -1;
    return c + 1;
}

/* The mention a chunk holds that is no place (its last), or -1. */
long hr_chunk_mention(const sent *s, long c)
{
    const herald_chunk *ch = &s->doc->chunks[c];
    long m = -1;
    for (size_t k = ch->first_token; k < ch->first_token + ch->token_count; k++)
        if (s->owner[k] >= 0 && !hr_is_place(s, s->owner[k])) m = s->owner[k];
    return m;
}

/* Whether verb group c is finite: its first verb a past or present
 * tense or a modal ("also left", "has demanded", "will meet"), not a
 * participle ("killing", "the town shelled by") nor "to resume". */
int hr_finite_group(const sent *s, long c)
{
    const herald_chunk *g = &s->doc->chunks[c];
    const herald_token *t = s->doc->tokens;
    if (g->kind != HERALD_CHUNK_VG || (g->flags & (HERALD_VG_GERUND | HERALD_VG_INFINITIVE)))
        return 0;
    if ((g->flags & HERALD_VG_PASSIVE) && g->head == g->first_token) return 0;
    size_t k = g->first_token;
    while (k < g->head && (t[k].tag == HR_TAG_RB || t[k].tag == HR_TAG_RBR)) k++;
    int tag = t[k].tag;
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD;
}

/* Whether the clause opener at chunk c may start the complement of the
 * verb before it ("warned that", "asked whether"), not a relative or an
 * adverbial clause ("which", "because", "after the talks collapsed"). */
static int complement_opener(const sent *s, long c)
{
    const herald_token *t = &s->doc->tokens[s->doc->chunks[c].first_token];
    return t->tag == HR_TAG_IN && hr_tok_in(t, (const char *const[]){ "that", "whether", NULL });
}

/* Whether verb group c is a form of "be" or "remain" with "that" or
 * "whether" right after it ("his position remained that he would not
 * talk", "the question is whether"): the clause after it is what the
 * subject is, as much the complement as the verb's own. */
static int clause_predicate(const sent *s, long c)
{
    static const char *const remain[] = { "remain", "remains", "remained", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long next = hr_chunk_after(s, c);
    const herald_token *head = &s->doc->tokens[ch[c].head];
    return next >= 0 && ch[next].kind == HERALD_CHUNK_SBAR && complement_opener(s, next) &&
           (hr_tok_is_be(head, 0) || hr_tok_in(head, remain));
}

/* Whether the opener of time at chunk c ("after", "before", "since")
 * only leads a phrase on the participle right before it: "insisted that
 * sanctions imposed after its test must be lifted".  So it is while the
 * complement clause still lacks its finite verb (`verbless`), which the
 * clause of time would leave it without. */
static int participle_phrase(const sent *s, long c, int verbless)
{
    static const char *const time[] = { "after", "before", "since", "following", "until", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long before = hr_chunk_before(s, c);
    return verbless && before >= 0 && ch[before].kind == HERALD_CHUNK_VG &&
           (ch[before].flags & HERALD_VG_PASSIVE) && ch[before].head == ch[before].first_token &&
           hr_tok_in(&s->doc->tokens[ch[c].first_token], time);
}

/* Whether the conjunction at k joins an infinitive to the clause
 * ("urged X to \"stop the killing\" and let aid agencies work"): the
 * clause goes on, so no token before it can be the comma or conjunction
 * before the subject of a later finite verb.  A gerund may be a subject
 * itself ("..., adding the release and forming a government would"). */
static int joins_verb(const sent *s, size_t k)
{
    long c = k + 1 < s->end ? s->chunk_of[k + 1] : -1;
    return s->doc->tokens[k].tag == HR_TAG_CC && c >= 0 &&
           s->doc->chunks[c].first_token == k + 1 && s->doc->chunks[c].kind == HERALD_CHUNK_VG &&
           !(s->doc->chunks[c].flags & HERALD_VG_GERUND) && !hr_finite_group(s, c);
}

/* The token that ends the clause of the verb at vstart..vend, where the
 * words of its patterns after the verb are looked for: "seized the
 * house, witnesses said, adding the soldiers arrested ..." is no seizing
 * of soldiers.  A semicolon, a relative or adverbial clause ("which",
 * "because", "after the talks collapsed") or a new finite verb group
 * ends it, the latter from the comma or conjunction before its subject.
 * Infinitives and participles stay in it ("urged X to resume talks"),
 * and so does the verb's complement clause: after "that" or "whether"
 * right after the verb or its objects ("warned Iran that ... could
 * lead to war"), or its subject and finite verb after a verb that takes
 * a clause ("said it would hold talks"). */
size_t hr_pattern_scope_end(const sent *s, size_t vstart, size_t vend)
{
    const herald_chunk *ch = s->doc->chunks;
    long own = s->chunk_of[vend - 1];
    /* "the state declared in 1983 is recognized by": a participle on a
     * noun is no verb of the clause; the clause's finite verb ends its
     * words. */
    int participle = own >= 0 && ch[own].kind == HERALD_CHUNK_VG &&
                     (ch[own].flags & HERALD_VG_PASSIVE) && ch[own].head == ch[own].first_token;
    int objects_only = 1;           /* no stray token nor finite verb since the verb */
    int verbless = 0;               /* in a complement clause not yet at its finite verb */
    size_t stray = SIZE_MAX;        /* the last token outside the chunks since the clause began */
    for (size_t k = vend; k < s->end; k++) {
        long c = s->chunk_of[k];
        if (c >= 0 && c == own) continue;
        if (hr_tok_is(&s->doc->tokens[k], ";")) return k;
        if (c < 0) {
            /* "..., the US Information Service (USIS) said": brackets
             * inside the new subject leave its comma the clause's end */
            int tag = s->doc->tokens[k].tag;
            if (tag != HR_TAG_LRB && tag != HR_TAG_RRB) stray = joins_verb(s, k) ? SIZE_MAX : k;
            objects_only = 0;
            continue;
        }
        if (k != ch[c].first_token) continue;
        /* "spoke to reporters after holding talks with X": a gerund
         * after a word of time is a clause of its own, as "after he
         * held talks" is (hr_time_gerund). */
        if (ch[c].kind == HERALD_CHUNK_PP && k + 1 < s->end && hr_time_gerund(s, k + 1)) return k;
        if (ch[c].kind == HERALD_CHUNK_SBAR) {
            if (participle_phrase(s, c, verbless)) continue;
            if (!objects_only || !complement_opener(s, c)) return k;
            verbless = 1;
        } else if (hr_finite_group(s, c)) {
            verbless = 0;
            if (stray != SIZE_MAX) return stray;
            if (participle) return k;
            /* the complement's own verb: a "that" after it opens a
             * clause of its words ("... amid signs that the powers were
             * closer to a deal"), not of this verb, unless it says what
             * the complement's subject is */
            objects_only = clause_predicate(s, c);
        }
    }
    return s->end;
}

/* Whether a clause of its own with a finite verb follows the "but" at
 * token k: its verb group at once ("denies X but acknowledges Y") or
 * after a subject ("..., but Iraq sent troops"). */
static int clause_after_but(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    if (k + 1 >= s->end || s->chunk_of[k + 1] < 0) return 0;
    long c = s->chunk_of[k + 1];
    if (hr_finite_group(s, c)) return 1;
    return ch[c].kind == HERALD_CHUNK_NP && (size_t)c + 1 < s->doc->chunk_count &&
           ch[c + 1].sentence == ch[c].sentence && hr_finite_group(s, c + 1);
}

/* Where a clause that opens at token k starts: at its opener, or, for a
 * relative clause, at the phrase it stands for, over a comma ("the
 * blasts which killed": the blasts killed). */
static size_t relative_start(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (t[k].tag != HR_TAG_WDT && t[k].tag != HR_TAG_WP) return k;
    size_t a = k > s->begin && hr_tok_is(&t[k - 1], ",") ? k - 1 : k;
    long p = a > s->begin ? s->chunk_of[a - 1] : -1;
    return p >= 0 && s->doc->chunks[p].kind == HERALD_CHUNK_NP ? s->doc->chunks[p].first_token : k;
}

/* Where the clause that opens with the clause opener at chunk c starts
 * for the words of a pattern: a complement clause at the verb that
 * governs it, over its object ("demanded that Israel withdraw", "told
 * Iran that ..."); else as relative_start. */
static size_t clause_start(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (complement_opener(s, c)) {
        long g = hr_chunk_before(s, c);
        if (g >= 0 && ch[g].kind == HERALD_CHUNK_NP) g = hr_chunk_before(s, g);
        if (g >= 0 && ch[g].kind == HERALD_CHUNK_VG) return ch[g].first_token;
    }
    return relative_start(s, ch[c].first_token);
}

/* Whether a subject starts at token k: a noun phrase right before a
 * verb group ("..., and the rebels attacked"), not a date or an
 * apposition between commas ("on Dec. 6, 2005, in ..."). */
static int subject_starts(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = k < s->end ? s->chunk_of[k] : -1;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP || ch[c].first_token != k) return 0;
    size_t next = ch[c].first_token + ch[c].token_count;
    long v = next < s->end ? s->chunk_of[next] : -1;
    return v >= 0 && ch[v].kind == HERALD_CHUNK_VG;
}

/* The first token of the clause of the verb at vstart, where the words
 * of its patterns before the verb are looked for: "Iran agreed to talks,
 * and Syria accepted the offer" has no "agreed to accept", nor "Britain
 * condemned the raid after troops shelled ..." a condemned shelling.  A
 * semicolon, a "but" before a new finite verb group ("denied sending
 * troops but sent weapons"), or a finite verb group before a comma or a
 * conjunction that the verb's own subject follows, ends the clause
 * before; a clause opener ("unless", "after") is its first word, and a
 * complement clause ("demanded that ...") reaches back to its verb.  The
 * verb that governs an infinitive stays in it ("refused to accept"), and
 * so does the
 * subject of verbs joined without one of their own ("a bomb killed two
 * and wounded 40"), as in pattern_scope_end. */
static size_t pattern_scope_start(const sent *s, size_t vstart)
{
    const herald_chunk *ch = s->doc->chunks;
    long own = s->chunk_of[vstart];
    size_t stray = SIZE_MAX;        /* a comma or a conjunction before the verb's subject */
    int phrase = 0;                 /* a noun phrase seen since the verb, going back */
    for (size_t k = vstart; k-- > s->begin;) {
        long c = s->chunk_of[k];
        if (c >= 0 && c == own) continue;
        if (hr_tok_is(&s->doc->tokens[k], ";") ||
            (c < 0 && hr_tok_is(&s->doc->tokens[k], "but") && clause_after_but(s, k)))
            return k + 1;
        if (c < 0) {
            if (phrase && subject_starts(s, k + 1)) stray = k;
            continue;
        }
        if (k != ch[c].first_token) continue;
        if (ch[c].kind == HERALD_CHUNK_NP) phrase = 1;
        if (ch[c].kind == HERALD_CHUNK_SBAR) return clause_start(s, c);
        if (hr_finite_group(s, c) && stray != SIZE_MAX) return stray + 1;
        /* the phrases seen were this verb's objects, not a subject of
         * the verb at vstart: "crashed and hit a block, killing 108" */
        if (ch[c].kind == HERALD_CHUNK_VG) phrase = 0;
    }
    return s->begin;
}

/* Worked out once per verb: its modality and its patterns both ask. */
size_t hr_pattern_scope_start(const sent *s, size_t vstart)
{
    if (!s->scope_start[vstart]) s->scope_start[vstart] = (uint32_t)pattern_scope_start(s, vstart) + 1;
    return s->scope_start[vstart] - 1;
}

/* Whether token k is a pronoun that stands for persons the sentence
 * does not name ("those who carried out the attacks", "anyone
 * responsible"): it names no actor of its own. */
static int unnamed_persons(const sent *s, size_t k)
{
    static const char *const pronouns[] = { "those", "anyone", "anybody", "everyone",
                                            "everybody", "someone", "somebody", NULL };
    return s->owner[k] < 0 && hr_tok_in(&s->doc->tokens[k], pronouns);
}

/* Whether token k is such a pronoun standing as the object of a verb
 * ("arrest all those"), a noun phrase of its own: not "those
 * countries", nor "those of the rebels who ...", whose people are named
 * after "of". */
static int persons_object(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    const herald_chunk *ch = s->doc->chunks;
    /* the chunk checks first: they are cheap and most tokens fail them */
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP ||
        k + 1 != ch[c].first_token + ch[c].token_count || !unnamed_persons(s, k) ||
        (k + 1 < s->end && hr_tok_is(&s->doc->tokens[k + 1], "of")))
        return 0;
    long verb = hr_chunk_before(s, c);
    while (verb >= 0 && ch[verb].kind == HERALD_CHUNK_ADVP) verb = hr_chunk_before(s, verb);
    return verb >= 0 && ch[verb].kind == HERALD_CHUNK_VG;
}

/* The subject of a relative clause that opens at token r ("which",
 * "who", "that"): the phrase just before it, over a comma.  Returns 1
 * and *subject (-1 when that phrase names no actor: "the blasts which
 * killed"), or 0 when no phrase stands there. */
static int relative_subject(const sent *s, size_t r, long *subject)
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
        !unnamed_persons(s, k - 1))
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
        return relative_subject(s, ch[p].first_token, subject);
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

/* Whether the verb group right after mention m is one of saying:
 * "Qatar, which industry sources said was selling ...": the pronoun is
 * the subject of the clause reported, not the object of the saying. */
static int says_after(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    long c = s->chunk_of[a->first_token + a->token_count - 1];   /* "industry sources" */
    if (c < 0 || (size_t)c + 1 >= s->doc->chunk_count) return 0;
    const herald_chunk *g = &s->doc->chunks[c + 1];
    if (g->kind != HERALD_CHUNK_VG || g->first_token >= s->end) return 0;
    for (size_t i = g->first_token; i < g->first_token + g->token_count; i++)
        if (hr_says(s, i)) return 1;
    return 0;
}

/* Whether the relative pronoun `rel` after a comma may be about mention
 * a.  "which" is never about a person ("talks with Lavrov, which ...
 * described as useful" are about the talks), and after the object of a
 * preposition it is as often about the noun the phrase hangs on ("the
 * commitments to withdraw from Georgia and Moldova, which Moscow agreed
 * to"); "who" and "whom" are about persons, which the mention names. */
static int comma_relative_about(const sent *s, long a, const herald_token *rel)
{
    if (!hr_tok_is(rel, "which")) return 1;
    if (s->doc->actors[a].kind == HERALD_ACTOR_PERSON) return 0;
    long lo, hi;
    hr_group_of(s, a, &lo, &hi);
    size_t before = s->doc->actors[lo].first_token;
    while (before > s->begin && s->owner[before - 1] < 0 && s->doc->tokens[before - 1].tag == HR_TAG_DT)
        before--;
    const herald_token *t = &s->doc->tokens[before - 1];
    return !(before > s->begin && (t->tag == HR_TAG_IN || t->tag == HR_TAG_TO));
}

/* "the fighters that Israeli troops attacked", "Mobutu, who the rebels
 * called on to resign": the mention a relative clause is about, when
 * `subject` (the verb's source) opens it, or -1.  Without a comma the
 * mention must be no verb's object ("warned Iran that Israel ..."
 * reports what Israel did; "asked Iran who the rebels were" is a
 * question); after a comma only a relative pronoun opens such a clause. */
long hr_relative_object(const sent *s, long subject)
{
    const herald_token *t = s->doc->tokens;
    static const char *const rel[] = { "that", "whom", "which", "who", NULL };
    static const char *const after_comma[] = { "whom", "which", "who", NULL };
    size_t k = s->doc->actors[subject].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_DT) k--;
    if (k < s->begin + 2 || s->owner[k - 1] >= 0 || !hr_tok_in(&t[k - 1], rel)) return -1;
    size_t end = k - 1;     /* the token after the mention */
    int comma = s->owner[end - 1] < 0 && hr_tok_is(&t[end - 1], ",");
    if (comma && (end - 1 == s->begin || !hr_tok_in(&t[k - 1], after_comma))) return -1;
    long a = s->owner[end - 1 - (size_t)comma];
    if (a < 0 || hr_is_place(s, a) || says_after(s, subject)) return -1;
    if (comma) return comma_relative_about(s, a, &t[k - 1]) ? a : -1;
    size_t before = s->doc->actors[a].first_token;
    while (before > s->begin && s->owner[before - 1] < 0 && t[before - 1].tag == HR_TAG_DT)
        before--;
    if (before > s->begin && (hr_tag_is_verb(t[before - 1].tag) || t[before - 1].tag == HR_TAG_IN))
        return -1;
    return a;
}


/* Whether the verb dictionary lists the word (a one-word form). */
static int listed(const sent *s, uint32_t word)
{
    uint32_t node = word == HR_NONE ? HR_NONE : hr_lexicon_step(s->vx, 0, word);
    return node != HR_NONE && hr_lexicon_entries(s->vx, node) != HR_NONE;
}

/* Whether token k is a noun the verb dictionary lists, read as a noun:
 * "the bombing", "attacks", "the killings" (a plural the dictionary
 * lists in the singular). */
static int is_event_noun(const sent *s, size_t k)
{
    const herald_token *t = &s->doc->tokens[k];
    if (!hr_tag_is_noun(t->tag)) return 0;
    if (listed(s, s->doc->word_ids[k])) return 1;
    return t->norm_len > 4 && t->norm[t->norm_len - 1] == 's' &&
           listed(s, hr_strings_word(&s->d->strings, t->norm, t->norm_len - 1));
}

/* Whether token k is a hyphen the text spaced off a prefix of stance
 * ("anti- Syrian minister", as actors.c reads it): the prefix and the
 * word after it are one adjective. */
static int spaced_stance_hyphen(const sent *s, size_t floor, size_t k)
{
    static const char *const prefixes[] = { "anti", "pro", "non", NULL };
    const herald_token *t = s->doc->tokens;
    return k > floor && hr_tok_is(&t[k], "-") && s->owner[k - 1] < 0 &&
           hr_tok_in(&t[k - 1], prefixes);
}

/* The first of the words of no actor that modify the noun at token i,
 * back to token `floor`: determiners, numbers, adjectives, possessives
 * ("the", "two young", "their", "anti- Syrian"). */
static size_t determiners_start(const sent *s, size_t floor, size_t i)
{
    const herald_token *t = s->doc->tokens;
    while (i > floor && s->owner[i - 1] < 0 &&
           (t[i - 1].tag == HR_TAG_DT || t[i - 1].tag == HR_TAG_CD || t[i - 1].tag == HR_TAG_JJ ||
            t[i - 1].tag == HR_TAG_PRPS || spaced_stance_hyphen(s, floor, i - 1)))
        i--;
    return i;
}

/* Whether the mention at token i is the one an event noun acts on: "the
 * bombing of X", "the killings of the X", "the killing of two young X".
 * ("Attacks on X" is left alone: "condemned attacks on X" is read as
 * aimed at X.) */
static int event_victim(const sent *s, size_t i)
{
    i = determiners_start(s, s->begin, i);                        /* "of the", "of two young" */
    return i >= s->begin + 2 && hr_tok_is(&s->doc->tokens[i - 1], "of") && is_event_noun(s, i - 2);
}

/* Whether the nearest verb group before token k has a bare verb for its
 * head and words of its own before k: "will postpone visits", "is to
 * send troops" (while "to condemn and criticise Israel" is one verb
 * phrase, whose object the two verbs share). */
static int bare_verb_before(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    for (size_t i = k; i-- > s->begin;) {
        long c = s->chunk_of[i];
        if (c >= 0 && ch[c].kind == HERALD_CHUNK_VG)
            return i + 1 < k && s->doc->tokens[ch[c].head].tag == HR_TAG_VB;
    }
    return 0;
}

/* Whether token k joins a second verb to the first ("condemned the
 * launch and urged X", "criticized Sweden but praised Finland"): "and",
 * "but" or "then" before a finite verb, or before a bare one after a
 * verb group whose verb is bare too, a modal's or an infinitive's ("will
 * postpone visits and stop dialogue"; not "offered amnesty to the rank
 * and file"). */
int hr_coordinated_verb(const sent *s, size_t k)
{
    static const char *const conj[] = { "and", "but", "then", NULL };
    if (k + 1 >= s->end || s->owner[k + 1] >= 0) return 0;
    /* the next word's tag before the list: most words are followed by
     * no verb */
    int tag = s->doc->tokens[k + 1].tag;
    if (tag != HR_TAG_VBD && tag != HR_TAG_VBZ && tag != HR_TAG_VBP && tag != HR_TAG_VB) return 0;
    if (!hr_tok_in(&s->doc->tokens[k], conj)) return 0;
    return tag != HR_TAG_VB || bare_verb_before(s, k);
}

/* Whether verb group c is an infinitive: "to resume", or a bare verb
 * ("and resume" after "to stop the fighting"). */
static int infinitive_group(const sent *s, long c)
{
    const herald_chunk *g = &s->doc->chunks[c];
    return g->kind == HERALD_CHUNK_VG &&
           ((g->flags & HERALD_VG_INFINITIVE) || s->doc->tokens[g->first_token].tag == HR_TAG_VB);
}

/* The token after the chunk or stray token at k. */
static size_t after_chunk(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    return c >= 0 ? s->doc->chunks[c].first_token + s->doc->chunks[c].token_count : k + 1;
}

/* The chunk of the infinitive a verb ending at vend governs, past its
 * objects ("urged Israel and Hamas to stop"), before token `scope`; -1
 * when another clause or group comes first. */
long hr_complement_infinitive(const sent *s, size_t vend, size_t scope)
{
    const herald_chunk *ch = s->doc->chunks;
    for (size_t k = vend; k < scope; k = after_chunk(s, k)) {
        long c = s->chunk_of[k];
        if (c < 0 && !hr_tok_is(&s->doc->tokens[k], "and")) return -1;
        if (c < 0 || ch[c].kind == HERALD_CHUNK_NP || ch[c].kind == HERALD_CHUNK_PP ||
            ch[c].kind == HERALD_CHUNK_ADVP)
            continue;
        return (ch[c].flags & HERALD_VG_INFINITIVE) && ch[c].kind == HERALD_CHUNK_VG ? c : -1;
    }
    return -1;
}

/* The infinitive joined by "and" or "or" to the one at chunk c, past
 * its objects, before token `scope`: "to cut supplies to X and seize
 * its assets", "to stop the fighting and to return to talks".  Its
 * chunk, or -1 (a finite verb after "and" is a verb of its own: "to
 * stop the fighting and said").  Objects joined by "and" are passed
 * ("to cut supplies to X and Y"), and so are quotes around the first
 * ('to "stop the killing" and let ...'). */
long hr_joined_infinitive(const sent *s, long c, size_t scope)
{
    static const char *const joins[] = { "and", "or", NULL };
    const herald_chunk *ch = s->doc->chunks;
    for (size_t k = after_chunk(s, ch[c].first_token); k + 1 < scope; k = after_chunk(s, k)) {
        long o = s->chunk_of[k];
        if (o >= 0 && (ch[o].kind == HERALD_CHUNK_NP || ch[o].kind == HERALD_CHUNK_PP)) continue;
        if (o < 0 && hr_is_quote_tag(s->doc->tokens[k].tag)) continue;   /* 'to "stop X" and ...' */
        if (o >= 0 || !hr_tok_in(&s->doc->tokens[k], joins)) return -1;
        long next = s->chunk_of[k + 1];
        if (next >= 0 && ch[next].kind == HERALD_CHUNK_NP) continue;
        return next >= 0 && ch[next].first_token == k + 1 && infinitive_group(s, next) ? next : -1;
    }
    return -1;
}

/* The first token of the verb group of the verb at k ("has" of "has
 * deployed"), or k outside one. */
size_t hr_group_start(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    return c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_VG ? s->doc->chunks[c].first_token : k;
}

/* Whether the comma at k stands between two adjectives of one noun
 * ("complete, full ties"), which ends no phrase.  An adjective right
 * after a noun or a name qualifies no noun after the comma: "shelled
 * Kharkiv overnight, regional governor X said" ends the phrase. */
static int between_adjectives(const sent *s, size_t k)
{
    const herald_token *tk = s->doc->tokens;
    if (k < s->begin + 1 || k + 1 >= s->end || tk[k - 1].tag != HR_TAG_JJ ||
        tk[k + 1].tag != HR_TAG_JJ || !hr_tok_is(&tk[k], ","))
        return 0;
    return k < s->begin + 2 || (s->owner[k - 2] < 0 && !hr_tag_is_noun(tk[k - 2].tag));
}

/* A place that may stand for its state as a target: a name after "in",
 * "at", "into" (over a word of direction: "into northern Gaza") or
 * "north of", used as a noun or before a noun of place ("in Seoul",
 * "into the Gaza Strip town of ...", not "in Santiago's slums" or "at
 * South African mines"). */
static int named_place(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    const herald_token *tk = s->doc->tokens;
    size_t after = a->first_token + a->token_count, k = a->first_token;
    if (k > s->begin + 1 && s->owner[k - 1] < 0 && tk[k - 1].tag == HR_TAG_JJ &&
        hr_tok_is(&tk[k - 2], "into"))
        k--;
    if (a->kind != HERALD_ACTOR_NAMED || k == s->begin ||
        hr_tok_first(s->doc, &tk[a->first_token]) != HR_C_UPPER ||
        !(hr_tok_in(&tk[k - 1], (const char *const[]){ "in", "at", "into", NULL }) ||
          near_side_of(s, a->first_token)))
        return 0;
    /* a lower-case noun of place: "Kuwait City" is one name */
    if (place_noun(s, after) && hr_tok_first(s->doc, &tk[after]) != HR_C_UPPER) return 1;
    return after >= s->end ||
           !(hr_tag_is_noun(tk[after].tag) || tk[after].tag == HR_TAG_JJ ||
             tk[after].tag == HR_TAG_POS);
}

/* Whether mention m names the place that is the object of the words
 * from token k on: "visited the Albanian capital", "shelled the Georgian
 * town of Gori", "made a visit to the Lebanese city of Tyre": only
 * determiners and adjectives stand between it and k or a preposition of
 * direction, so the place's state is the one acted on.  (Not a border or a coast:
 * "massed troops on the Syrian border" is no act on Syria.) */
static int object_place_noun(const sent *s, size_t k, long m)
{
    static const char *const towards[] = { "to", "into", "on", NULL };
    const herald_actor *a = &s->doc->actors[m];
    const herald_token *tk = s->doc->tokens;
    if (!modifies_place_noun(s, a, hr_settlement_nouns)) return 0;
    size_t p = a->first_token;
    while (p > k && s->owner[p - 1] < 0 &&
           (tk[p - 1].tag == HR_TAG_DT || tk[p - 1].tag == HR_TAG_JJ))
        p--;
    return p == k || (p > k && hr_tok_in(&tk[p - 1], towards));
}

/* Whether the verb at k is active and finite: "fired", "has
 * criticized", "will be renewing" (not "was freed", nor the participle
 * of "hitting supplies in Germany"). */
int hr_active_finite(const sent *s, size_t k)
{
    static const char *const have[] = { "has", "have", "had", NULL };
    const herald_token *tk = s->doc->tokens;
    int tag = tk[k].tag;
    if (tag == HR_TAG_VB || tag == HR_TAG_VBD || tag == HR_TAG_VBP || tag == HR_TAG_VBZ) return 1;
    size_t p = k;
    while (p > s->begin && tk[p - 1].tag == HR_TAG_RB) p--;
    if (p == s->begin || s->owner[p - 1] >= 0) return 0;
    return (tag == HR_TAG_VBN && hr_tok_in(&tk[p - 1], have)) ||
           (tag == HR_TAG_VBG && hr_tok_is_be(&tk[p - 1], HR_BE_AM));
}

/* Whether token k starts a second clause with a subject of its own:
 * "condemned the attack and France expelled ...": "and" or "but", a
 * mention, a finite verb. */
static int coordinated_clause(const sent *s, size_t k)
{
    const herald_token *t = &s->doc->tokens[k];
    if (k + 1 >= s->end || s->owner[k + 1] < 0 || !(hr_tok_is(t, "and") || hr_tok_is(t, "but")))
        return 0;
    const herald_actor *m = &s->doc->actors[s->owner[k + 1]];
    size_t after = m->first_token + m->token_count;
    if (after >= s->end || s->owner[after] >= 0) return 0;
    int tag = s->doc->tokens[after].tag;
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD;
}

/* "unleashed a military offensive into X", "paid an official visit to
 * X": a role word that modifies a noun of an act tells who does the
 * act, not whom it is aimed at.  (For a verb of comment the doer is the
 * one criticised: "condemned the military crackdown"; a unit or a place
 * of the role, "raided a police station", "hit a police patrol", is
 * the target.) */
static int act_modifier(const sent *s, long m)
{
    static const char *const acts[] = { "visit", "visits", "trip", "tour", "offensive",
                                        "operation", "operations", "attack", "attacks",
                                        "action", "campaign", "crackdown", "intervention",
                                        "revolt", "coup", "exercise", "exercises", "drills",
                                        NULL };
    const herald_actor *a = &s->doc->actors[m];
    size_t after = a->first_token + a->token_count;
    return a->kind == HERALD_ACTOR_ROLE && after < s->end && s->owner[after] < 0 &&
           hr_tok_in(&s->doc->tokens[after], acts);
}

/* Whether the one-word participle at vstart..vend stands as an
 * adjective of the people named right after it: after an article, a
 * verb, "with" or "by" ("met visiting Foreign Minister X", "talks with
 * the visiting Kenyan president").  A name of a place or a body after it
 * is its object ("by visiting China"), and so is anyone after a
 * preposition of time ("after visiting President X"). */
int hr_qualifying_participle(const sent *s, size_t vstart, size_t vend)
{
    const herald_token *tk = s->doc->tokens;
    if (vend != vstart + 1 || vend >= s->end || vstart == s->begin || tk[vstart].tag != HR_TAG_VBG ||
        s->owner[vend] < 0 || s->owner[vstart - 1] >= 0 ||
        s->doc->actors[s->owner[vend]].kind == HERALD_ACTOR_NAMED)
        return 0;
    int before = tk[vstart - 1].tag;
    return before == HR_TAG_DT || before == HR_TAG_VBD || before == HR_TAG_VBZ ||
           before == HR_TAG_VBP || before == HR_TAG_VB ||
           hr_tok_in(&tk[vstart - 1], (const char *const[]){ "with", "by", NULL });
}

/* The mention that names examples of mention m ("other ASEAN member
 * countries such as Malaysia and Thailand", "Gulf states, such as
 * Qatar"): the first after "such as", over the nouns that end m's
 * phrase; else -1.  The parties named are more exact than the class. */
long hr_named_examples(const sent *s, long m)
{
    const herald_token *tk = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count;
    for (int n = 0; n < 2 && k < s->end && s->owner[k] < 0 && hr_tag_is_noun(tk[k].tag); n++) k++;
    if (k < s->end && s->owner[k] < 0 && hr_tok_is(&tk[k], ",")) k++;
    if (k + 2 >= s->end || s->owner[k] >= 0 || !hr_tok_is(&tk[k], "such") ||
        !hr_tok_is(&tk[k + 1], "as"))
        return -1;
    return s->owner[k + 2];
}

/* "met Mohamed Ismail, deputy chief of staff of the Sudanese army": a
 * name no dictionary knows, from token `from` to the comma at `comma`,
 * then a role that describes the person (not a name, nor a speaker:
 * "met Ismail, officials said").  The comma ends no phrase there: the
 * role is who the name is.  Token of that role's mention, or 0. */
size_t hr_unnamed_apposition(const sent *s, size_t from, size_t comma)
{
    const herald_token *t = s->doc->tokens;
    if (comma <= from || comma + 1 >= s->end || from == s->begin) return 0;
    /* '"...?" asked Luigi Manconi, spokesman of ...': after a verb put
     * behind a quote or a clause the name is its subject, not its object */
    long verb = s->chunk_of[from - 1];
    if (verb >= 0 && s->doc->chunks[verb].kind == HERALD_CHUNK_VG) {
        size_t v = s->doc->chunks[verb].first_token;
        if (v == s->begin || hr_tok_in(&t[v - 1], (const char *const[]){ ",", "''", "\"", NULL }))
            return 0;
    }
    for (size_t k = from; k < comma; k++)
        if (s->owner[k] >= 0 || t[k].tag != HR_TAG_NNP) return 0;
    size_t k = comma + 1;
    for (int n = 0; n < 3 && k < s->end && s->owner[k] < 0 &&
                    (t[k].tag == HR_TAG_DT || t[k].tag == HR_TAG_JJ || t[k].tag == HR_TAG_NN);
         n++)
        k++;
    if (k >= s->end || s->owner[k] < 0 || hr_is_name(&s->doc->actors[s->owner[k]]) ||
        says_after(s, s->owner[k]))
        return 0;
    return k;
}

/* Whether a preposition at k opens a clause of a gerund: "praising his
 * tenacity in resisting pressure from X", "accused X of leading attacks
 * on Y": the clause's mentions are its own, no target of the verb
 * before.  A gerund right before a mention qualifies it ("talks with
 * visiting Foreign Minister X"). */
static int gerund_clause(const sent *s, size_t k)
{
    return s->doc->tokens[k].tag == HR_TAG_IN && k + 2 < s->end && s->owner[k + 1] < 0 &&
           s->doc->tokens[k + 1].tag == HR_TAG_VBG && s->owner[k + 2] < 0;
}

/* Whether token k opens an adverbial clause ("arrested Mohamed at the
 * airport as he was about to be deported", "seized the ship after Iran
 * had warned"): its subject acts in a clause of its own, no target of
 * the verb before.  ("demanded that Hamas renounce" is the verb's own
 * clause, and is left out; so are clauses of time, "after", "before",
 * which PETRARCH-2 reads for the party the act answers: "postponed their
 * meeting after a hafling was reported".) */
static int adverbial_clause(const sent *s, size_t k)
{
    static const char *const openers[] = { "as", "when", "while", "because", "although",
                                           "though", "whereas", NULL };
    long c = s->chunk_of[k];
    return c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_SBAR &&
           s->doc->chunks[c].first_token == k && hr_tok_in(&s->doc->tokens[k], openers);
}

/* Whether the noun phrases from chunk c on are the subject of a finite
 * verb right after them: "since this south China port opened", a clause
 * however the chunker read its opener.  (Past a dash or a comma the verb
 * is another phrase's: "since the offensive -- dubbed Grapes of Wrath".) */
static int subject_of_clause(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    long n = c;
    while ((size_t)n < s->doc->chunk_count && ch[n].sentence == ch[c].sentence &&
           ch[n].kind == HERALD_CHUNK_NP)
        n++;
    return n > c && (size_t)n < s->doc->chunk_count && ch[n].sentence == ch[c].sentence &&
           ch[n].first_token == ch[n - 1].first_token + ch[n - 1].token_count &&
           hr_finite_group(s, n);
}

/* Whether token k opens a phrase of time on a noun, not a clause nor a
 * date: "launched 383 attacks on the strip since last April's Israeli
 * offensive", "fought three wars since independence from British rule",
 * "following the transfer of the city to Palestinian rule".  It names
 * another act, whose sides are none of this one's.  ("talks during a
 * visit to China" tells where the act was, and so may "before Congress";
 * "since March between the leaders" goes on with the verb's phrase; a
 * clause of time is adverbial_clause's.) */
static int time_phrase(const sent *s, size_t k)
{
    static const char *const times[] = { "after", "since", "following", NULL };
    long c = s->chunk_of[k];
    long next = k + 1 < s->end ? s->chunk_of[k + 1] : -1;
    return c >= 0 && next > c && s->doc->chunks[c].kind != HERALD_CHUNK_SBAR &&
           s->doc->chunks[c].first_token == k && hr_tok_in(&s->doc->tokens[k], times) &&
           !hr_date_chunk(s, next) && !subject_of_clause(s, next);
}

/* Whether token k opens the phrase of a go-between: "brokered by",
 * "mediated by", "chaired by", "facilitated by", "under the auspices". */
static int go_between(const sent *s, size_t k)
{
    static const char *const mediated[] = { "brokered", "mediated", "chaired", "facilitated",
                                            NULL };
    const herald_token *t = &s->doc->tokens[k];
    if (hr_tok_is(t, "auspices")) return 1;
    /* "by" first: one comparison turns most words away before the list */
    return k + 1 < s->end && hr_tok_is(&t[1], "by") && hr_tok_in(t, mediated);
}

/* Whether the mention at token i, over the words that modify it back to
 * token k ("the killings of ethnic Albanians", "the arrest of two
 * journalists"), is the object of "of". */
static int object_of_of(const sent *s, size_t k, size_t i)
{
    i = determiners_start(s, k, i);
    return i > k && hr_tok_is(&s->doc->tokens[i - 1], "of");
}

#define ASIDE_REACH 8        /* tokens of the name an aside gives */

/* ", codenamed Karbala-7,", ", dubbed Operation X,": an aside at the
 * comma at token k that only names the operation before it.  The token
 * of its closing comma, or 0 when there is no such aside (or a mention
 * stands in it). */
static size_t naming_aside(const sent *s, size_t k)
{
    static const char *const naming[] = { "codenamed", "code-named", "dubbed", NULL };
    const herald_token *t = s->doc->tokens;
    size_t j = k + 1;
    if (j + 1 < s->end && hr_tok_is(&t[j], "code") && hr_tok_is(&t[j + 1], "named")) j++;
    else if (j >= s->end || !hr_tok_in(&t[j], naming)) return 0;
    for (size_t end = j + 1; end < s->end && end <= j + ASIDE_REACH; end++) {
        if (s->owner[end] >= 0) return 0;
        if (hr_tok_is(&t[end], ",")) return end;
    }
    return 0;
}

/* The party said to hold the thing that mention m modifies or names
 * ("bombed Mogadishu airport and other airfields held by the Islamists",
 * "shelled a town controlled by the rebels"): force on a held place is
 * aimed at its holder, not at the state it lies in; -1 for none. */
long hr_holder_of(const sent *s, long m)
{
    static const char *const holding[] = { "held", "controlled", "occupied", NULL };
    static const char *const joints[] = { "and", "other", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count;
    /* past the nouns of the held thing: "airport and other airfields" */
    while (k < s->end && s->owner[k] < 0 &&
           (hr_tag_is_noun(t[k].tag) || t[k].tag == HR_TAG_JJ || t[k].tag == HR_TAG_DT ||
            hr_tok_in(&t[k], joints)) &&
           !hr_tok_in(&t[k], holding))
        k++;
    if (k + 1 >= s->end || !hr_tok_in(&t[k], holding) || !hr_tok_is(&t[k + 1], "by")) return -1;
    k += 2;
    if (k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT) k++;
    return k < s->end ? s->owner[k] : -1;
}

/* Whether token k opens a phrase of the subject's own movement: "on his
 * return to Italy", "upon arrival in Kenya", "on the way to Paris", "en
 * route to Cairo".  Its place is where the subject goes, not whom the
 * act is aimed at. */
static int own_movement(const sent *s, size_t k)
{
    static const char *const on[] = { "on", "upon", NULL };
    static const char *const owners[] = { "his", "her", "its", "their", "the", NULL };
    static const char *const moves[] = { "return", "arrival", "way", NULL };
    const herald_token *t = &s->doc->tokens[k];
    if (k + 1 >= s->end) return 0;
    if (hr_tok_is(t, "en")) return hr_tok_is(&t[1], "route");
    if (!hr_tok_in(t, on)) return 0;
    size_t m = k + 1;
    if (m + 1 < s->end && s->owner[m] < 0 && hr_tok_in(&t[1], owners)) m++;
    return s->owner[m] < 0 && hr_tok_in(&s->doc->tokens[m], moves);
}

/* "received support from nine fellow EU members, the United States,
 * Norway and Iceland": a comma after a plural noun of parties no actor
 * names, before a list of actors that ends the sentence, goes on with
 * the list, which the unnamed parties head.  (Another noun before such a
 * list is what the list is apposed to: "opposing the tax, West Germany,
 * Britain and Denmark".) */
static int unnamed_list_head(const sent *s, size_t comma)
{
    static const char *const parties[] = { "members", "countries", "nations", "states",
                                           "governments", "partners", "allies", NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = comma + 1;
    if (comma == s->begin || s->owner[comma - 1] >= 0 || t[comma - 1].tag != HR_TAG_NNS ||
        !hr_tok_in(&t[comma - 1], parties))
        return 0;
    while (k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT) k++;
    if (k >= s->end || s->owner[k] < 0) return 0;
    long lo, hi;
    hr_group_of(s, s->owner[k], &lo, &hi);
    if (hi == s->owner[k]) return 0;
    size_t end = s->doc->actors[hi].first_token + s->doc->actors[hi].token_count;
    return end >= s->end || (end + 1 == s->end && t[end].kind == HERALD_TOK_PUNCT);
}

/* Whether the mention at token i, right after "by", is the doer of an
 * act that a time or cause phrase opened between k and i names ("wounded
 * 40 during rehearsals for a visit by President X", "fled after an attack
 * by rebels"): that act's party, not the target of the verb before. */
static int doer_of_later_act(const sent *s, size_t k, size_t i, const char *const *later_acts)
{
    i = determiners_start(s, k, i);     /* "by the French minister" */
    if (i <= k || !hr_tok_is(&s->doc->tokens[i - 1], "by")) return 0;
    for (size_t j = i - 1; j-- > k;)
        if (s->owner[j] < 0 && hr_tok_in(&s->doc->tokens[j], later_acts)) return 1;
    return 0;
}

/* The target after the verb: the first mention that is no place (else,
 * for an active verb, the first named place), before a comma or
 * semicolon ends the verb's phrase.  "condemned the shelling of X by
 * Y": the agent after "by" is the one condemned, not X.  For a
 * verb of comment (`comment`: praise, criticism, demands), "condemned
 * the bombing of X" with no agent named condemns someone unnamed, not
 * the victim X: the target is unknown. */
long hr_target_after(const sent *s, size_t k, int comment, int active)
{
    /* A comma, a semicolon or a dash ends the verb's phrase ("signed the
     * accession papers -- broadcast live on Polish television --"). */
    static const char *const clause_ends[] = { ",", ";", "--", NULL };
    /* "warned it would respond to any action amid signs that the
     * Council ...": what follows tells the circumstances, not whom the
     * act is aimed at. */
    static const char *const circumstances[] = { "amid", "amidst", "despite", NULL };
    /* "signed agreements pertaining to Hong Kong": past the verb's
     * object, what it is about is no party to it. */
    static const char *const topics[] = { "pertaining", "relating", "concerning", "regarding",
                                          NULL };
    /* Words that open the time or cause of the act, after which a "by"
     * names the doer of another act. */
    static const char *const later_acts[] = { "after", "before", "during", "since", "following",
                                              "when", "while", "because", NULL };
    long first = -1, place = -1;
    int victim = 0, act_named = 0, object_noun = 0, allies = 0, verb_passed = 0;
    for (size_t i = k; i < s->end; i++) {
        const herald_token *t = &s->doc->tokens[i];
        size_t aside = s->owner[i] < 0 && hr_tok_is(t, ",") ? naming_aside(s, i) : 0;
        if (aside) {            /* the operation's name is passed */
            i = aside;
            continue;
        }
        if (s->owner[i] < 0 && t->kind == HERALD_TOK_PUNCT && hr_tok_in(t, clause_ends) &&
            !between_adjectives(s, i) &&
            !(first < 0 && (hr_unnamed_apposition(s, k, i) || unnamed_list_head(s, i))))
            break;
        if (s->owner[i] < 0 && t->tag == HR_TAG_IN && hr_tok_in(t, circumstances)) break;
        /* (A passive's agent may follow: "was received on arrival by X".) */
        if (active && s->owner[i] < 0 && own_movement(s, i)) break;
        /* "arrest all those behind the kidnappings", "punish anyone
         * responsible": the object is persons no actor names, and what
         * is said of them names no target */
        if (first < 0 && persons_object(s, i)) break;
        /* "agreed to a truce brokered by Egypt", "held talks under the
         * auspices of the UN": the go-between is no party to the act
         * (its mediation codes apart). */
        if (s->owner[i] < 0 && go_between(s, i)) break;
        /* "shelling in response to Hezbollah attacks": the cause of the
         * act, not whom it hit */
        if (s->owner[i] < 0 && hr_tok_is(t, "in") && i + 1 < s->end &&
            hr_tok_in(&t[1], (const char *const[]){ "response", "retaliation", "reprisal", NULL }))
            break;
        /* "condemned the launch and urged X": X is the second verb's.
         * ("shelled and bombed X" shares X; after "and said" the search
         * goes on, as what is said often names whom the first verb was
         * aimed at: "denounced the scenes and said the police had ...".) */
        if ((i > k || (i > s->begin && s->owner[i - 1] >= 0)) && s->owner[i] < 0 &&
            hr_coordinated_verb(s, i) && !hr_tok_says(&s->doc->tokens[i + 1]))
            break;
        if (s->owner[i] < 0 && coordinated_clause(s, i)) break;
        /* "deplored the blasts which killed dozens of people": a relative
         * clause on a thing tells what the thing did; its mentions are
         * no target of the verb. */
        long antecedent;
        if (s->owner[i] < 0 && (t->tag == HR_TAG_WDT || t->tag == HR_TAG_WP) && i > k &&
            relative_subject(s, i, &antecedent) && antecedent < 0)
            break;
        if (s->owner[i] < 0 && object_noun &&
            (gerund_clause(s, i) || adverbial_clause(s, i) ||
             (t->tag == HR_TAG_VBG && hr_tok_in(t, topics))))
            break;
        /* "analyse the performance of the Brazilian economy after the
         * plan launched by the minister": the "by" of another act */
        if (s->owner[i] < 0 && first >= 0 && hr_tok_in(t, later_acts)) break;
        if (s->owner[i] < 0 && object_noun && !verb_passed && time_phrase(s, i)) break;
        if (s->owner[i] < 0) {
            /* "fought alongside Ugandan troops against the rebels": allies
             * are no target, nor is a place where they act together
             * ("alongside the army in Congo"). */
            if (hr_tok_is(t, "alongside")) allies = 1, active = 0;
            /* "alongside the army against the rebels": the foe */
            if (hr_tok_is(t, "against")) allies = 0;
            if (hr_tag_is_verb(t->tag)) active = 0, verb_passed = 1;    /* "accused of staying in Russia" */
            act_named = act_named || (comment && is_event_noun(s, i));
            object_noun |= hr_tag_is_noun(t->tag);     /* the verb's object, passed */
            continue;
        }
        if (allies) {           /* the list after "alongside" is passed */
            long lo, hi;
            hr_group_of(s, s->owner[i], &lo, &hi);
            size_t after = s->doc->actors[hi].first_token + s->doc->actors[hi].token_count;
            i = after - 1;
            /* "the Lord's Resistance Army rebels": a mention right after
             * names the same allies; "alongside Congolese troops in the
             * DRC": where they fight together is no foe either */
            allies = after < s->end &&
                     (s->owner[after] >= 0 ||
                      hr_tok_in(&s->doc->tokens[after], (const char *const[]){ "in", "at", "near", NULL }));
            continue;
        }
        if (hr_is_place(s, s->owner[i])) {
            if (place < 0 && active &&
                (named_place(s, s->owner[i]) || object_place_noun(s, k, s->owner[i])))
                place = s->owner[i];
            continue;
        }
        if (!comment && act_modifier(s, s->owner[i])) continue;
        if (first < 0 && !comment && doer_of_later_act(s, k, i, later_acts)) break;
        if (first < 0) {
            first = s->owner[i];
            victim = comment && event_victim(s, i);
            int of = object_of_of(s, k, i);
            if (!of && !victim) return first;
            i = s->doc->actors[first].first_token + s->doc->actors[first].token_count - 1;
        } else if (hr_tok_is(&s->doc->tokens[i - 1], "by")) {
            return s->owner[i];
        }
    }
    /* With no party named, the place an active verb names is the one
     * acted on: "fired shells at Seoul", "arrived in Gondor".  Not so
     * for comment on an act: "condemned the bombings in Kenya" blames
     * whoever set the bombs, not the place where they went off. */
    return victim ? -1 : first >= 0 ? first : act_named ? -1 : place;
}

/* Whether mention m, after the words of a comment that end at token
 * `from`, stands deep in what the comment is about rather than being
 * whom it addresses or is about as a whole: "expressed concern about
 * reports of Chinese citizens", "worried about civil war in Kosovo",
 * "feared an uprising of the people", "fears he could be abducted by
 * X", "hoped to win the vote and undermine support for the insurgency",
 * "feared for their safety after villagers protested".  "concerned
 * about X", "condolences to the families of X", "optimistic about UN
 * plans", "hopes to expand ties with X" keep X, and so does "confident
 * that X would ...": the codebook's optimism is about the clause's doer. */
int hr_deep_in_topic(const sent *s, size_t from, long m, enum hr_topic topic)
{
    static const char *const subordinators[] = { "if", "after", "before", "when", "because",
                                                 "since", "while", "until", NULL };
    static const char *const complements[] = { "that", "whether", NULL };
    /* "thousands of refugees": a number of people, not a topic they own */
    static const char *const amounts[] = { "dozens", "hundreds", "thousands", "millions",
                                           "number", "group", "lot", NULL };
    /* "condolences in a telephone call to X": the means names the addressee */
    static const char *const messages[] = { "call", "letter", "message", "telegram",
                                            "conversation", "meeting", NULL };
    const herald_token *t = s->doc->tokens;
    size_t first = s->doc->actors[m].first_token;
    /* a denial read by a pattern may end on its noun: "said it did not
     * carry out the attack | on X" */
    int prep = 0;
    int noun = topic == HR_TOPIC_DENIAL && from > s->begin && hr_tag_is_noun(t[from - 1].tag);
    for (size_t k = from; k < first && k < s->end; k++) {
        if (s->owner[k] >= 0) {
            const herald_actor *a = &s->doc->actors[s->owner[k]];
            size_t after = a->first_token + a->token_count;
            if (after < s->end && s->owner[after] < 0 && hr_is_finite_tag(t[after].tag))
                return 1;           /* the subject of a clause of its own */
            k = after - 1;
            noun = 1;
            continue;
        }
        /* "denied the charges and said it would act if India ...": a
         * statement of its own, read on by hr_target_after */
        if (t[k].tag == HR_TAG_CC && k + 1 < s->end && hr_tok_says(&t[k + 1])) return 0;
        if (hr_tok_in(&t[k], subordinators)) return 1;
        if (t[k].tag == HR_TAG_PRP && k + 1 < s->end && hr_is_finite_tag(t[k + 1].tag))
            return 1;               /* "fears he would be arrested by X" */
        /* "hopes to expand ties with X", "confident that talks with X
         * would succeed": the doer or partner of the act hoped for is
         * what the comment is about, read as after the verb itself */
        if (hr_tok_in(&t[k], complements) ||
            (t[k].tag == HR_TAG_TO && k + 1 < s->end && t[k + 1].tag == HR_TAG_VB)) {
            prep = noun = 0;
            k += t[k].tag == HR_TAG_TO;
            continue;
        }
        /* "claimed responsibility for the attack on X": the one the act
         * claimed was done to */
        if (topic == HR_TOPIC_CLAIM) continue;
        /* A denial answers its accuser ("denied India's charges", "charges
         * by X"); a party inside what is denied is none: "denies deploying
         * troops", "denied any role in the attack on X", "denied
         * differences between X and Y". */
        if (topic == HR_TOPIC_DENIAL &&
            ((k == from && t[k].tag == HR_TAG_VBG) ||
             (noun && (t[k].tag == HR_TAG_IN || t[k].tag == HR_TAG_TO) && !hr_tok_is(&t[k], "by"))))
            return 1;
        if (hr_tok_is(&t[k], "of") && hr_tok_in(&t[k - 1], amounts)) continue;
        if (t[k].tag == HR_TAG_IN || t[k].tag == HR_TAG_TO) {
            if (noun && (prep || hr_tok_is(&t[k], "of")) && !hr_tok_in(&t[k - 1], messages))
                return 1;           /* a phrase inside the topic's noun */
            prep = 1;
            noun = 0;
        } else if (hr_tag_is_noun(t[k].tag) || t[k].tag == HR_TAG_CD) {
            noun = 1;
        }
    }
    return 0;
}

/* Token k moved over the determiners, possessives and adjectives of no
 * actor before a noun ("the key", "a strategic", "their"). */
static size_t over_modifiers(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    while (k < s->end && s->owner[k] < 0 &&
           (t[k].tag == HR_TAG_DT || t[k].tag == HR_TAG_JJ || t[k].tag == HR_TAG_PRPS))
        k++;
    return k;
}

/* Where the name stands in an object that starts at token k, over two
 * nouns with "of" at most: "control of the key town of Kipushi", or the
 * "of" after a verb that ends on its noun ("took control | of Dinsoor"). */
static size_t place_name_after(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    for (int hops = 0; hops < 2; hops++) {
        k = over_modifiers(s, k);
        if (k >= s->end || s->owner[k] >= 0) break;
        if (hr_tok_is(&t[k], "of") && k > s->begin && t[k - 1].tag == HR_TAG_NN)
            k++;
        else if (k + 1 < s->end && t[k].tag == HR_TAG_NN && hr_tok_is(&t[k + 1], "of"))
            k += 2;
        else if (k + 2 < s->end && t[k].tag == HR_TAG_NN && t[k + 1].tag == HR_TAG_NN &&
                 s->owner[k + 1] < 0 && hr_tok_is(&t[k + 2], "of"))
            k += 3;         /* a noun before the noun: "the border town of", "the refugee camp of" */
        else
            break;
    }
    return over_modifiers(s, k);
}

/* The first place named at token k or after it: an index into
 * doc->places, place_count when none. */
static size_t place_from(const herald_doc *doc, size_t k)
{
    size_t lo = 0, hi = doc->place_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->places[mid].first_token < k) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Into *place, a stand-in actor for gazetteer place p, coded with its
 * country. */
static void stand_in(const sent *s, const herald_place *p, herald_actor *place)
{
    memset(place, 0, sizeof *place);
    place->sentence = s->index;
    place->start = p->start;
    place->end = p->end;
    place->first_token = p->first_token;
    place->token_count = p->token_count;
    place->code = p->loc.country;
    place->kind = HERALD_ACTOR_NAMED;
}

/* The first named place of the sentence in the country the sentence
 * puts the act in (hr_country's `where`), or NULL. */
static const herald_place *place_of_act(const sent *s)
{
    const herald_doc *doc = s->doc;
    if (!s->country.where[0]) return NULL;
    for (size_t p = place_from(doc, s->begin); p < doc->place_count &&
                                                doc->places[p].first_token < s->end; p++) {
        const char *c = doc->places[p].loc.country;
        if (c && strcmp(c, s->country.where) == 0) return &doc->places[p];
    }
    return NULL;
}

/* Whether token k is a noun of a settlement that ends its phrase: "their
 * town", "the village" (not "the town hall"). */
static int bare_settlement_noun(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    return t[k].tag == HR_TAG_NN && hr_tok_in(&t[k], hr_settlement_nouns) &&
           (k + 1 >= s->end || !(hr_tag_is_noun(t[k + 1].tag) || t[k + 1].tag == HR_TAG_POS));
}

/* The gazetteer place named at token k, or NULL. */
static const herald_place *place_at(const sent *s, size_t k)
{
    const herald_doc *doc = s->doc;
    size_t at = place_from(doc, k);
    return at < doc->place_count && doc->places[at].first_token == k ? &doc->places[at] : NULL;
}

/* "stormed the village of Kafr in Tulkarem", "the refugee camp of X
 * near Jenin": a settlement (a refugee camp is one) whose name (at token
 * k, after its noun and "of") lies where the place named right after it
 * lies; that place, the larger, is taken before the name, which the
 * gazetteer may lack or give to a namesake abroad. */
static const herald_place *settlement_located(const sent *s, size_t k)
{
    static const char *const located[] = { "in", "near", NULL };
    const herald_token *t = s->doc->tokens;
    if (k < s->begin + 2 || !hr_tok_is(&t[k - 1], "of") ||
        !(hr_tok_in(&t[k - 2], hr_settlement_nouns) || hr_tok_is(&t[k - 2], "camp")))
        return NULL;
    size_t e = k;
    while (e < s->end && e < k + 3 && s->owner[e] < 0 && hr_tok_first(s->doc, &t[e]) == HR_C_UPPER)
        e++;
    if (e == k || e >= s->end || s->owner[e] >= 0 || !hr_tok_in(&t[e], located)) return NULL;
    return place_at(s, over_modifiers(s, e + 1));
}

/* Token k moved over a phrase that opens a distance: a comma and a word
 * of estimate ("Dinsoor, about 270 km"); k itself when it opens none. */
static size_t distance_start(const sent *s, size_t k)
{
    static const char *const estimates[] = { "about", "some", "around", "nearly", "roughly",
                                             "approximately", "almost", NULL };
    const herald_token *t = s->doc->tokens;
    if (k + 1 >= s->end || !hr_tok_is(&t[k], ",")) return k;
    return hr_tok_in(&t[k + 1], estimates) ? k + 2 : k + 1;
}

/* "captured Kasenga, 200 kilometres (125 miles) northeast of
 * Lubumbashi", "Dinsoor, about 270 km west of the capital Mogadishu": a
 * name the gazetteer lacks (at token k), placed by its distance from a
 * place the gazetteer knows, lies in that place's country, as news
 * places small towns by the nearest known one. */
static const herald_place *place_by_distance(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    size_t e = k;
    while (e < s->end && e < k + 3 && s->owner[e] < 0 && hr_tok_first(s->doc, &t[e]) == HR_C_UPPER)
        e++;
    size_t d = distance_start(s, e);
    if (e == k || d == e || d + 4 >= s->end || t[d].tag != HR_TAG_CD ||
        !hr_tok_in(&t[d + 1], hr_distance_units))
        return NULL;
    size_t side = hr_past_parenthesis(s->doc, d + 2);           /* "(125 miles)" */
    if (side + 2 >= s->end || !hr_tok_in(&t[side], hr_sides_of_places) ||
        !(hr_tok_is(&t[side + 1], "of") || hr_tok_is(&t[side + 1], "from")))
        return NULL;
    size_t name = over_modifiers(s, side + 2);
    if (name < s->end && hr_tok_is(&t[name], "capital")) name = over_modifiers(s, name + 1);
    return name < s->end ? place_at(s, name) : NULL;
}

/* The gazetteer place (no actor) that is the direct object of the verb
 * ending at token k, over determiners, adjectives and nouns with "of"
 * ("captured Kisangani", "seized control of the town of Kipushi"): into
 * *place, a stand-in actor coded with the place's country
 * ("captured Bakhmut" acts on Ukraine).  A settlement named by its noun
 * alone is the place the sentence puts the act in ("In the border town
 * of Kipushi, ... troops seized control of their town" took Kipushi).
 * 0 when there is none. */
int hr_object_place(const sent *s, size_t k, herald_actor *place)
{
    k = place_name_after(s, k);
    if (k >= s->end || s->owner[k] >= 0) return 0;
    const herald_place *p = bare_settlement_noun(s, k) ? place_of_act(s) : settlement_located(s, k);
    if (!p) p = place_at(s, k);
    if (!p) p = place_by_distance(s, k);
    if (!p || !p->loc.country || strlen(p->loc.country) != 3) return 0;
    stand_in(s, p, place);
    return 1;
}

/* Whether a group that is the subject of an act with this code may act
 * on its own members: meeting, talks, agreements, cooperation, setting
 * up relations and fighting ("Israel and Hamas fought"), but not force
 * of one kind, which strikes a third party ("Syrian and Russian
 * warplanes bombed Idlib": blockades, occupation, shooting, shelling,
 * air strikes), nor statements, appeals, visits, praise, support,
 * apologies, aid or promises of it ("A and B pledged troops" to a third), demands,
 * criticism, threats, protests, shows of force, sanctions, coercion or
 * assaults ("Britain and France condemned the attack" is no criticism
 * of each other, "Britain and France welcomed the deal" no praise of
 * each other, "Russia and Japan arrived in Beijing" visit their host,
 * not each other), nor mediation, which a go-between does between
 * others. */
int hr_reciprocal_code(const char *code)
{
    /* The one-way codes by root: "*" when every code of the root is one
     * ("01", "07", "10" to "18", "20"), else the third digits of those
     * that are ("2" of root 04: "042").  A lookup, not a scan: each
     * verb asks it twice. */
    static const char *const one_way[21] = {
        [1] = "*", [2] = "*", [3] = "3", [4] = "235", [5] = "12356", [7] = "*", [9] = "*",
        [10] = "*", [11] = "*", [12] = "*", [13] = "*", [14] = "*", [15] = "*", [16] = "*",
        [17] = "*", [18] = "*", [19] = "12345", [20] = "*",
    };
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 1;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    const char *third = root <= 20 ? one_way[root] : NULL;
    if (!third) return 1;
    return third[0] != '*' && (!code[2] || !strchr(third, code[2]));
}

/* Whether the act of the verb at vstart..vend is said to go both ways,
 * whatever its code: "traded accusations", "exchanged fire", "accused
 * each other", "blamed one another". */
int hr_said_mutual(const sent *s, size_t vstart, size_t vend)
{
    static const char *const swaps[] = { "trade", "trades", "traded", "trading", "exchange",
                                         "exchanges", "exchanged", "exchanging", NULL };
    const herald_token *t = s->doc->tokens;
    /* each word starts with "t" or "e": the first byte spares most verbs the list */
    char first = t[vstart].norm[0];
    if ((first == 't' || first == 'e') && hr_tok_in(&t[vstart], swaps)) return 1;
    for (size_t k = vend; k + 1 < s->end && k < vend + 4; k++)
        if ((hr_tok_is(&t[k], "each") && hr_tok_is(&t[k + 1], "other")) ||
            (hr_tok_is(&t[k], "one") && hr_tok_is(&t[k + 1], "another")))
            return 1;
    return 0;
}

/* Whether mention m is a body of the actor `src`'s own or of no known
 * state: a role ("troops", "warships") or a composed one of src's
 * country ("Ethiopian troops" for Ethiopia). */
int hr_own_forces(const herald_actor *m, const herald_actor *src)
{
    if (m->kind == HERALD_ACTOR_ROLE) return 1;
    return m->kind == HERALD_ACTOR_COMPOSED && src && strncmp(m->code, src->code, 3) == 0;
}

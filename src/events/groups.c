/* groups.c - actor groups: the mentions that one side lists ("A and B",
 * "A, B and C"), past an apposition that only describes a member
 * ("Hamas, the Palestinian militant group, and ...") but not past a
 * place hung on the list's first member ("police in Kabul and foreign
 * soldiers"), a clause's end or a speaker after a comma; and what a
 * group may do among its own members (hr_reciprocal_code, an act said
 * to go both ways, a side's own forces). */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

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
long hr_apposed_role(const sent *s, size_t k, size_t close)
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
int hr_appositive(const sent *s, const herald_actor *a, size_t close)
{
    size_t k = a->first_token + a->token_count;
    return hr_is_name(a) && k < close && hr_tok_is(&s->doc->tokens[k], ",") &&
           hr_apposed_role(s, k + 1, close) >= 0;
}

#define APPOSITION_REACH 12   /* tokens of a role and what hangs on it */

/* The comma that closes an apposition going on at token k ("...,
 * president of the World Bank and former ambassador to Indonesia,"):
 * the first comma from k, before any verb and within a few words, else
 * k itself (hr_appositive() then finds none). */
static size_t apposition_close(const sent *s, size_t k)
{
    for (size_t i = k; i < s->end && i - k < APPOSITION_REACH; i++) {
        if (hr_tok_is(&s->doc->tokens[i], ",")) return i;
        if (hr_tag_is_verb(s->doc->tokens[i].tag)) break;
    }
    return k;
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
    if (comma && after < s->end && hr_appositive(s, a, apposition_close(s, after))) return 0;
    /* "Russia, whose troops ...": the relative clause's mention is no
     * member of the list. */
    if (from > s->begin && to > from && s->doc->tokens[to - 1].tag == HR_TAG_WPS) return 0;
    return connector && !clause_break(s, a, after, comma);
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
    return k == place && hr_placed_by_words(s, p);
}

/* Whether mention b may be a member of a list, not one more place: a
 * country or a city named bare goes on a list of places ("Police in
 * Kabul and Kandahar"). */
static int member_not_place(const sent *s, long b)
{
    const herald_actor *a = &s->doc->actors[b];
    return !(a->kind == HERALD_ACTOR_NAMED && strlen(a->code) == 3) && !hr_placed_by_words(s, b);
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

/* places.c - places among the mentions: whether a mention is a place
 * named to say where ("north of X", "the Geneva talks", a place noun)
 * rather than a party, and the place named after a verb that may stand
 * for its state as the target ("shelled targets in Gaza"), with the
 * place the sentence puts the act in. */
#include "sentence.h"
#include "../where/places.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

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
int hr_placed_by_words(const sent *s, long m)
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

/* A place where the action happens: "in Osgiliath", "at the border",
 * and each place of a list after one preposition ("in Kenya and
 * Tanzania"). */
static int is_place(const sent *s, long m)
{
    if (hr_placed_by_words(s, m)) return 1;
    long lo, hi;
    hr_group_of(s, m, &lo, &hi);
    return lo < m && hr_placed_by_words(s, lo);
}

/* (Kept for each mention of the sentence: it depends on the sentence's
 * words alone, and each verb asks it again of the same mentions.) */
int hr_is_place(const sent *s, long m)
{
    if (m < (long)s->first_actor || m >= (long)s->actor_end) return is_place(s, m);
    if (s->is_place[m] < 0) s->is_place[m] = (int8_t)is_place(s, m);
    return s->is_place[m];
}

/* A place that may stand for its state as a target: a name after "in",
 * "at", "into" (over a word of direction: "into northern Gaza") or
 * "north of", used as a noun or before a noun of place ("in Seoul",
 * "into the Gaza Strip town of ...", not "in Santiago's slums" or "at
 * South African mines"). */
int hr_named_place(const sent *s, long m)
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
int hr_object_place_noun(const sent *s, size_t k, long m)
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
    for (size_t p = hr_place_from(doc, s->begin); p < doc->place_count &&
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
    size_t at = hr_place_from(doc, k);
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

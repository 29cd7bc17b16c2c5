/* country.c - a role without a country takes the sentence's country.
 *
 * "The settlers were detained by Israeli police": news names the country
 * once and leaves it out of the other domestic roles ("the settlers",
 * "the government", "officials", "troops").  Where the sentence says the
 * act happens ("in Gaza", "at a checkpoint in Hebron") names the country
 * of the roles it leaves open first: "Israeli troops killed civilians in
 * Gaza" are Gaza's civilians, "police in Berlin arrested a Turkish man"
 * Germany's police.  Without such a place, when every other actor of
 * the sentence (or, with none, every place it names) belongs to one and
 * the same state, an event side that is
 * a role without one (---CVL) is read as that state's (ISRCVL).  With
 * two states ("Palestinians threw stones at Israeli soldiers") or none,
 * the role stays as it is: guessing would be wrong as often as right.
 * The actor mentions themselves keep the code the text gives them; only
 * the events infer. */
#include "country.h"
#include "../actors/actors.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"
#include "../tag/tagset.h"
#include "../where/places.h"

#include <stdio.h>
#include <string.h>

/* Whether an actor code starts with a state's code: three letters that
 * are not one of CAMEO's non-state prefixes (international and
 * non-governmental organisations, multinationals, armed groups beyond
 * one state, unidentified actors), the Holy See, nor a region's code. */
static int state_of(const char *code, char out[4])
{
    static const char *const non_state[] = {
        "---", "IGO", "NGO", "NGM", "IMG", "MNC", "UIS", "INT",
        /* the Holy See: news shows no Vatican police or citizens, and a
         * role beside the travelling pope is his host's */
        "VAT",
        /* CAMEO's regions (the actor codebook's table 3.3) */
        "AFR", "ASA", "BLK", "BFR", "CAS", "CAU", "CFR", "CMN", "CRB", "CEU", "EAF", "EEU",
        "EIN", "EUR", "LAM", "MDT", "MEA", "NAF", "NMR", "PGS", "SAF", "SAM", "SAS", "SCN",
        "SEA", "SOC", "WAF", "WEU", "WST",
    };
    if (strlen(code) < 3) return 0;
    for (int i = 0; i < 3; i++)
        if (code[i] < 'A' || code[i] > 'Z') return 0;
    for (size_t i = 0; i < sizeof non_state / sizeof *non_state; i++)
        if (memcmp(code, non_state[i], 3) == 0) return 0;   /* inlined: called per actor */
    memcpy(out, code, 3);
    out[3] = '\0';
    return 1;
}

/* A role with no country, or "them" standing for one ("arrested 33
 * people and charged them"): both take the country the sentence lends.
 * (Not "he", whose person's country the sentence does not tell, nor "the
 * two leaders", who may be of two countries.) */
static int is_bare_role(const herald_doc *doc, const herald_actor *a)
{
    return (a->kind == HERALD_ACTOR_ROLE ||
            (a->kind == HERALD_ACTOR_REFERENCE && hr_tok_is(&doc->tokens[a->first_token], "them"))) &&
           strncmp(a->code, "---", 3) == 0 && a->code[3];
}

/* Adds state c to the sentence's one state in out; 0 when it makes two. */
static int agree(char out[4], const char c[4])
{
    if (out[0] && strcmp(out, c) != 0) return 0;
    memcpy(out, c, 4);
    return 1;
}

static int one_of(const char *w, const char *const *words)
{
    for (; *words; words++)
        if (strcmp(w, *words) == 0) return 1;
    return 0;
}

const char *const hr_settlement_nouns[] = { "region", "province", "capital", "city", "town",
                                            "village", NULL };

/* Their plurals, which name places only before "of" ("between the towns
 * of A and B"; "struck Iraqi villages" names no one place). */
static const char *const settlement_plurals[] = { "regions", "provinces", "cities", "towns",
                                                  "villages", NULL };

/* Cues that put the act inside a place. */
static const char *const inside[] = { "in", "at", "inside", "within", "throughout", "across",
                                      "around", NULL };

const char *const hr_sides_of_places[] = { "north", "south", "east", "west", "northeast",
                                           "northwest", "southeast", "southwest", "north-east",
                                           "north-west", "south-east", "south-west", "outskirts",
                                           NULL };

const char *const hr_distance_units[] = { "km", "kms", "kilometres", "kilometers", "miles",
                                          "mile", NULL };

/* Whether the side of a place ending before "of" at token `of` ("north
 * of Baghdad", "the outskirts of") is close by: no distance stands
 * before it, as in "50 miles south of Belfast" (in Ireland) or "30 km
 * (19 miles) to the north of". */
static int close_side_of(const herald_doc *doc, size_t of)
{
    if (of < 1 || !hr_tok_in(&doc->tokens[of - 1], hr_sides_of_places)) return 0;
    size_t k = of - 1;
    while (k > 0 && (hr_tok_is(&doc->tokens[k - 1], "the") || hr_tok_is(&doc->tokens[k - 1], "to")))
        k--;
    return k == 0 || !(hr_tok_in(&doc->tokens[k - 1], hr_distance_units) ||
                       hr_tok_is(&doc->tokens[k - 1], ")"));
}

/* Whether place p is a town (a city or a capital), not a region. */
static int is_town(const herald_place *p)
{
    return strcmp(p->loc.kind, "city") == 0 || strcmp(p->loc.kind, "capital") == 0;
}

/* The cue of place p: the word that introduced it, or for a place named
 * after a noun of a settlement, the cue of that noun ("in the town of
 * Balad": "in").  The land between two towns ("between the towns of A
 * and B") and just off a town ("north of Baghdad") lie within the
 * town's country (places_country still wants the places to agree). */
static const char *place_cue(const herald_doc *doc, const herald_place *p)
{
    size_t of = p->first_token;
    if (strcmp(p->cue, "of") != 0 || of < 2 || !hr_tok_is(&doc->tokens[of - 1], "of"))
        return p->cue;
    if (close_side_of(doc, of - 1) && is_town(p)) return "within";
    const herald_token *noun = &doc->tokens[of - 2];
    if (!hr_tok_in(noun, hr_settlement_nouns) && !hr_tok_in(noun, settlement_plurals))
        return p->cue;
    for (size_t k = of - 2, back = 0; k > 0 && back < 4; k--, back++) {
        if (hr_tok_is(&doc->tokens[k - 1], "between")) return "within";
        for (const char *const *c = inside; *c; c++)
            if (hr_tok_is(&doc->tokens[k - 1], *c)) return *c;
    }
    return p->cue;
}

/* Whether place p is set off as the place of an act by an apposition
 * ("Banja Luka, the site of savage ethnic cleansing", "Srebrenica, the
 * scene of the massacre"), whatever word brought it in. */
static int site_of_act(const herald_doc *doc, const herald_place *p)
{
    static const char *const sites[] = { "site", "scene", NULL };
    const herald_token *t = doc->tokens;
    size_t k = p->first_token + p->token_count;
    return k + 3 < doc->token_count && hr_tok_is(&t[k], ",") && hr_tok_is(&t[k + 1], "the") &&
           hr_tok_in(&t[k + 2], sites) && hr_tok_is(&t[k + 3], "of");
}

/* Whether place p is where the act happens: its cue puts the act inside
 * it ("in Gaza", "at Kabul airport", "across Darfur", "north of
 * Baghdad"), where "near Hebron", "along the border", "50 miles south
 * of Belfast" may lie in the next country and "to" and "from" are where
 * someone goes or comes from; and
 * it is no gathering's venue ("ministers meeting in Cairo", "a summit
 * in Luxembourg"), which brings people from elsewhere. */
static int act_is_in(const herald_doc *doc, const herald_place *p)
{
    static const char *const gathering[] = {
        "meeting", "meet", "meets", "met", "gathered", "gathering", "summit", "talks",
        "conference", "convened", "convening", "assembled", NULL
    };
    const char *cue = place_cue(doc, p);
    if (site_of_act(doc, p)) return 1;
    if (!one_of(cue, inside)) return 0;
    /* one is in a country, not at it: "fired rockets at Israel" aims */
    if (strcmp(cue, "at") == 0 && strcmp(p->loc.kind, "country") == 0) return 0;
    /* a name before a noun modifies it ("at the U.S. embassy", "at the
     * Washington meeting"): it says whose, not where */
    size_t next = p->first_token + p->token_count;
    if (next < doc->token_count &&
        (doc->tokens[next].tag == HR_TAG_NN || doc->tokens[next].tag == HR_TAG_NNS ||
         hr_tok_in(&doc->tokens[next], gathering)))
        return 0;
    /* the cue stands at most a few words before the name */
    for (size_t k = p->first_token, back = 0; k > 0 && back < 6; k--, back++)
        if (hr_tok_is(&doc->tokens[k - 1], cue))
            return k < 2 || !hr_tok_in(&doc->tokens[k - 2], gathering);
    return 1;
}

/* Whether place p is coordinated with place `before` ("in Berlin and
 * Vienna", "in Nairobi, Kenya, and Dar es Salaam"), and so shares its
 * cue. */
static int coordinated(const herald_doc *doc, const herald_place *before, const herald_place *p)
{
    static const char *const conjunctions[] = { "and", "or", ",", NULL };
    if (!before) return 0;
    size_t k = before->first_token + before->token_count;
    for (size_t n = 0; n < 2 && k < p->first_token; n++, k++)
        if (!hr_tok_in(&doc->tokens[k], conjunctions)) return 0;
    return k == p->first_token && k > before->first_token + before->token_count;
}

/* Which places places_country reads. */
enum {
    PLACES_ALL,                 /* every place, actors' names too */
    PLACES_WHERE,               /* where the act happens ("in Tbilisi; Russia condemned Georgia") */
    PLACES_NOT_ACTORS,          /* every place that no actor's name stands for */
};

/* Into out's pair, the countries of two places of two countries joined
 * by "and" as where the act happens ("victims of the attacks in Kenya
 * and Tanzania"), when they are the sentence's only places of the act;
 * else "".  A town and its region ("Birmingham, Ala.") are no pair. */
static void where_pair(const herald_doc *doc, uint32_t sentence, hr_country *out)
{
    char (*pair)[4] = out->pair;
    const herald_place *here[2] = { NULL, NULL };
    size_t n = 0;
    pair[0][0] = pair[1][0] = '\0';
    for (size_t p = hr_place_from(doc, doc->sentences[sentence].first_token);
         p < doc->place_count && doc->places[p].sentence == sentence; p++) {
        const herald_place *pl = &doc->places[p];
        const char *country = pl->loc.country;
        if (!country || strlen(country) != 3 ||
            !(act_is_in(doc, pl) || coordinated(doc, n ? here[n - 1] : NULL, pl)))
            continue;
        if (n == 2) return;
        here[n++] = pl;
    }
    if (n < 2 || !coordinated(doc, here[0], here[1]) ||
        !hr_tok_is(&doc->tokens[here[1]->first_token - 1], "and") ||
        strcmp(here[0]->loc.country, here[1]->loc.country) == 0)
        return;
    memcpy(pair[0], here[0]->loc.country, 4);
    memcpy(pair[1], here[1]->loc.country, 4);
    out->pair_token = here[0]->first_token;
}

/* The one country of the places sentence `sentence` names into out; 0
 * when they name two.  With PLACES_WHERE, "" unless one of them is where
 * the act happens, and actors named without a cue there are left out.
 * Places are in text order. */
static int places_country(const herald_doc *doc, uint32_t sentence, int which, char out[4])
{
    int where_only = which == PLACES_WHERE;
    int where = 0;
    const herald_place *last_here = NULL;
    for (size_t p = hr_place_from(doc, doc->sentences[sentence].first_token);
         p < doc->place_count && doc->places[p].sentence == sentence; p++) {
        const herald_place *pl = &doc->places[p];
        const char *country = pl->loc.country;
        if (!country || strlen(country) != 3) continue;
        int here = where_only && (act_is_in(doc, pl) || coordinated(doc, last_here, pl));
        if (here) last_here = pl;
        if (pl->as_actor && (which == PLACES_NOT_ACTORS || (where_only && !here))) continue;
        if (!agree(out, country)) return 0;
        where |= here;
    }
    if (where_only && !where) out[0] = '\0';
    return 1;
}

/* Notes that `code` gives the sentence's state: `state_by` stays set
 * while every mention giving it has that code, so that a party can be
 * told from one that merely faces it ("Israeli police" and "settlers"). */
static void one_code_gives_state(hr_country *out, const char *code)
{
    static const char several[] = "";
    if (!out->state_by) out->state_by = code;
    else if (strcmp(out->state_by, code) != 0) out->state_by = several;
}

/* The source of a report is no party to what it reports, and its
 * country says nothing of theirs.  A verb of saying with an object of
 * its own ("Last year, Vietnamese authorities reported 12,068 crimes")
 * opens the sentence instead. */
int hr_reports_after_the_fact(const herald_doc *doc, const herald_actor *a)
{
    size_t k = a->first_token, says = hr_past_parenthesis(doc, a->first_token + a->token_count);
    while (k > 0 && doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    if (k == 0 || !hr_tok_is(&doc->tokens[k - 1], ",") || says + 1 >= doc->token_count ||
        !hr_tok_says(&doc->tokens[says]))
        return 0;
    const herald_token *next = &doc->tokens[says + 1];
    return next->kind == HERALD_TOK_PUNCT || next->tag == HR_TAG_NNP || next->tag == HR_TAG_IN ||
           next->tag == HR_TAG_RB;
}

/* The one country of the bare states ("Somalia", "Mogadishu") and the
 * places sentence `sentence` names, actors [first, end), into out: ""
 * when none or two. */
static void home_country(const herald_doc *doc, uint32_t sentence, size_t first, size_t end,
                         char out[4])
{
    char c[4];
    for (size_t m = first; m < end; m++) {
        const herald_actor *a = &doc->actors[m];
        if (!state_of(a->code, c) || a->code[3] || hr_reports_after_the_fact(doc, a)) continue;
        if (!agree(out, c)) goto none;
    }
    if (places_country(doc, sentence, PLACES_ALL, out)) return;
none:
    out[0] = '\0';
}

void hr_sentence_country(const herald_doc *doc, uint32_t sentence, size_t first, size_t end,
                         hr_country *out)
{
    char c[4], *state = out->state;
    out->where[0] = out->places[0] = out->home[0] = state[0] = '\0';
    out->state_from_places = 0;
    out->state_by = NULL;
    out->pair[0][0] = out->pair[1][0] = '\0';
    if (!places_country(doc, sentence, PLACES_WHERE, out->where)) {
        out->where[0] = '\0';
        where_pair(doc, sentence, out);
    }
    if (!places_country(doc, sentence, PLACES_NOT_ACTORS, out->places)) out->places[0] = '\0';
    home_country(doc, sentence, first, end, out->home);
    for (size_t m = first; m < end; m++) {
        const herald_actor *a = &doc->actors[m];
        if (is_bare_role(doc, a) || hr_reports_after_the_fact(doc, a) || !state_of(a->code, c)) continue;
        if (!agree(state, c)) goto two_states;
        one_code_gives_state(out, a->code);
    }
    /* With no actor's state, the places named in it: "in Zadar, pupils
     * chanted insults against the authorities" are Croatia's, and so are
     * those "near Zadar". */
    out->state_from_places = !state[0];
    if (state[0] || places_country(doc, sentence, PLACES_ALL, state)) return;
two_states:                     /* no inference */
    state[0] = '\0';
}

int hr_role_of_pair(const herald_doc *doc, const herald_actor *side, size_t verb_end,
                    const hr_country *country)
{
    size_t k = side ? side->first_token + side->token_count : 0;
    if (!side || !is_bare_role(doc, side) || k < verb_end || k > country->pair_token) return 0;
    for (; k < country->pair_token; k++)
        if (hr_tag_is_verb(doc->tokens[k].tag)) return 0;
    return 1;
}

/* The country a role takes.  Most roles are where the act happens
 * ("civilians in Gaza").  A state's armed forces act abroad as often as
 * at home ("Rome is to send 2,500 troops to the force in southern
 * Lebanon") and its officials travel ("Bush met his advisers on the
 * bloodshed in Iraq"): they take the sentence's state, officials the
 * place only when it has none.  Aid groups mostly come from abroad to
 * where they help: no place says theirs. */
const char *hr_role_country(const hr_country *country, const herald_actor *role)
{
    const char *role_code = role->code + 3;
    if (strncmp(role_code, "MIL", 3) == 0) return country->state;
    if (strncmp(role_code, "GOV", 3) == 0)
        return country->state[0] ? country->state : country->where;
    if (strncmp(role_code, "NGO", 3) == 0)
        return country->state_from_places ? "" : country->state;
    return country->where[0] ? country->where : country->state;
}

/* Whether a role's words say it is from abroad ("foreign troops",
 * "international monitors", "14 foreigners", "the tourists",
 * "peacekeepers": a force keeps the peace in another state): no country
 * of the sentence is theirs. */
static int from_abroad(const herald_doc *doc, const herald_actor *role)
{
    static const char *const abroad[] = {
        "foreign", "international", "multinational", "overseas", "foreigners", "foreigner",
        "tourists", "tourist", "expatriates", "expats", "peacekeepers", "peacekeeper",
        "peacekeeping", NULL
    };
    size_t k = role->first_token > 0 ? role->first_token - 1 : 0;
    for (; k < role->first_token + role->token_count; k++)
        if (hr_tok_in(&doc->tokens[k], abroad)) return 1;
    return 0;
}

/* Whether role `side` is a government's own forces named by that
 * government alone ("government troops", "pro-government fighters") or
 * by the border they guard ("border guards"): they fight at home, where
 * the sentence puts the act ("in central Somalia"), even beside a
 * foreign army ("a force of government and Ethiopian troops"). */
static int home_forces(const herald_doc *doc, const herald_actor *side)
{
    static const char *const forces[] = { "MIL", NULL };
    static const char *const government[] = { "government", "pro-government", "loyalist",
                                              "border", NULL };
    if (!hr_role_in(side->code, forces)) return 0;
    for (size_t k = side->first_token; k < side->first_token + side->token_count; k++)
        if (hr_tok_in(&doc->tokens[k], government)) return 1;
    return 0;
}

/* Whether a mention at token k names a state other than c ("three
 * Germans" where c is Indonesia). */
static int other_state_at(const herald_doc *doc, size_t k, const char *c)
{
    char state[4];
    for (size_t m = 0; m < doc->actor_count; m++)
        if (doc->actors[m].first_token == k)
            return state_of(doc->actors[m].code, state) && strcmp(state, c) != 0;
    return 0;
}

/* Whether the role's group, which would take country c, is marked as
 * mixed by a part of it named after "including" with another
 * nationality or a region's ("26 people, including seven European
 * scientists", "including three Germans"): the rest are not known to be
 * of the place.  Runs only for a role followed by "including". */
static int marked_mixed(const herald_doc *doc, const herald_actor *role, const char *c)
{
    static const char *const regions[] = { "european", "western", "asian", "african", "arab",
                                           "latin", "foreign", NULL };
    size_t k = role->first_token + role->token_count;
    if (k < doc->token_count && hr_tok_is(&doc->tokens[k], ",")) k++;
    if (k >= doc->token_count || !hr_tok_is(&doc->tokens[k], "including")) return 0;
    for (size_t n = 1; n <= 3 && k + n < doc->token_count; n++) {
        const herald_token *t = &doc->tokens[k + n];
        if (t->kind != HERALD_TOK_WORD) return 0;
        if (hr_tok_in(t, regions) || other_state_at(doc, k + n, c)) return 1;
    }
    return 0;
}

/* Whether armed men, role `side`, would take country c only from the
 * private persons they act on, `other`: "soldiers wounded three
 * Palestinians", "the two Italians were abducted by militants" say
 * nothing of the soldiers' or the militants' country, as force is used
 * on foreigners as often as not.  (Officials address their own people:
 * "the prime minister encouraged Australians"; a side facing a state's
 * organs is most often at home: "protesters surrounded the offices of
 * the prime minister".)  A place of the act names their country. */
static int borrowed_from_victim(const herald_actor *side, const herald_actor *other,
                                const hr_country *country, const char *c)
{
    static const char *const armed[] = { "MIL", "UAF", "COP", NULL };
    char faced[4];
    return other && c != country->where && state_of(other->code, faced) &&
           strcmp(faced, c) == 0 && strcmp(other->code + 3, "CVL") == 0 &&
           hr_role_in(side->code, armed);
}

/* Whether roles a and b are the organs of a state at home and those who
 * fight or oppose it (rebels, the opposition), who are of one country.
 * Armed forces are left out: they fight abroad as often as at home
 * ("Islamists accused Ethiopian forces" in Somalia). */
const char *const hr_challenger_roles[] = { "REB", "INS", "OPP", "SEP", NULL };

static int state_and_its_challengers(const char *a, const char *b)
{
    static const char *const organs[] = { "GOV", "COP", "JUD", "LEG", "SPY", NULL };
    return (hr_role_in(a, organs) && hr_role_in(b, hr_challenger_roles)) ||
           (hr_role_in(b, organs) && hr_role_in(a, hr_challenger_roles));
}

/* Whether role `side`, opposing `other` short of force (an accusation,
 * a demand, a rejection, a threat, a cut in relations), would take
 * country c only from it, the one code of the sentence that names the
 * state: "campaigners urged the Kenyan health minister to resign",
 * "Islamists accused Ethiopian forces", "the Turkish premier criticised
 * the police", "Chilean dockers broke off talks with the shippers"
 * say nothing of the campaigners', the Islamists', the police's or the
 * shippers' country, as such acts are aimed at foreigners as often as
 * at one's own.  Rebels and an
 * opposition facing a state's organs are its own ("the Sudanese
 * government accused the rebels"). */
static int borrowed_from_opponent(const herald_actor *side, const herald_actor *other,
                                  const hr_country *country, const char *c)
{
    return other && c == country->state && country->state_by &&
           strcmp(country->state_by, other->code) == 0 &&
           !state_and_its_challengers(side->code, other->code);
}

/* Whether unarmed role `side` would take country c only from armed
 * forces, in an act short of violence they do to it or in one between
 * unarmed sides that they have no part in: "a settler was arrested by
 * Israeli forces", "peacekeepers have been assisting the farmers",
 * "arrested by Israeli forces after firing at stonethrowers" say
 * nothing of the settler's, the farmers' or the stonethrowers' country,
 * as armies arrest, patrol and help abroad (occupation, peacekeeping)
 * as often as at home;
 * police, who act at home, lend theirs.  Armed men facing an army are
 * mostly those it fights at home ("border guards shot dead four
 * guerrillas"), and so are the people its violence falls on where no
 * place is named ("soldiers attacked the farmers"). */
static int borrowed_from_forces(const herald_actor *side, const herald_actor *other, unsigned how,
                                const hr_country *country, const char *c)
{
    static const char *const forces[] = { "MIL", NULL };
    static const char *const armed[] = { "MIL", "COP", "UAF", "REB", "INS", "SEP", "CRM", NULL };
    if (c != country->state || !country->state_by || !hr_role_in(country->state_by, forces) ||
        hr_role_in(side->code, armed))
        return 0;
    if (other && strcmp(country->state_by, other->code) == 0) return !(how & HR_SIDE_VIOLENCE);
    /* an act between others: unless a place or an armed side of it
     * names the country ("residents ... outside Nairobi", "police
     * imposed a curfew on residents") */
    return strcmp(country->home, c) != 0 && !(other && hr_role_in(other->code, armed));
}

/* Whether rebels or insurgents, role `side`, would take country c only
 * from an army abroad, `other`.  An army that the sentence puts near a
 * place of its own fights at home ("Syrian troops attacked rebels near
 * Aleppo"),
 * and so does one reported acting on armed men ("Colombian soldiers
 * killed three guerrillas"), the way a state reports its own campaign;
 * but armed men who attack an army ("the Islamists vowed attacks on
 * Ethiopian troops") or face one near a place of another country
 * ("Ethiopian tanks faced off with Islamic fighters east of Baidoa")
 * are as often fighting an occupation or an intervention as their own
 * state (hr_side_code gives the latter the place's country, where armed
 * men act).  Forces that guard their own land always lend theirs ("border
 * guards", "government troops"), and so does an army to gunmen, who
 * are no movement and mostly attack it at home. */
static int borrowed_from_army(const herald_doc *doc, const herald_actor *side,
                              const herald_actor *other, unsigned how,
                              const hr_country *country, const char *c)
{
    static const char *const army[] = { "MIL", NULL };
    if (!other || c != country->state || !country->state_by ||
        strcmp(country->state_by, other->code) != 0 || !hr_role_in(other->code, army) ||
        !hr_role_in(side->code, hr_challenger_roles) || home_forces(doc, other))
        return 0;
    return country->places[0] ? strcmp(country->places, c) != 0 : (how & HR_SIDE_ACTS) != 0;
}

/* The country of a government's own forces: where the sentence puts
 * the act, else the one country its places and bare states name ("near
 * Baidoa", "Mogadishu"), else its one state, unless only another
 * state's army gives that ("Ethiopian warplanes and government troops":
 * a foreign army beside them). */
static const char *home_forces_country(const hr_country *country)
{
    static const char *const army[] = { "MIL", NULL };
    if (country->where[0]) return country->where;
    if (country->home[0]) return country->home;
    if (country->state_by && hr_role_in(country->state_by, army)) return "";
    return country->state;
}

/* Whether role `side` fights at home: a government's own forces, or
 * rebels facing them ("government troops killed 20 rebels": the rebels
 * fight their own state). */
static int fights_at_home(const herald_doc *doc, const herald_actor *side,
                          const herald_actor *other)
{
    return home_forces(doc, side) ||
           (other && hr_role_in(side->code, hr_challenger_roles) && is_bare_role(doc, other) &&
            home_forces(doc, other));
}

/* Role `side` of country c, written to buf, or the role as it is when
 * that would make it the other side: "Ethiopian troops clashed with
 * Tigrayan forces" are not the troops themselves. */
static const char *composed(const herald_actor *side, const herald_actor *other, const char *c,
                            char *buf, size_t cap)
{
    snprintf(buf, cap, "%s%s", c, side->code + 3);
    return other && strcmp(other->code, buf) == 0 ? side->code : buf;
}

/* The country of the place people come from, named right after them
 * ("Moslems from Srebrenica", "workers from the Gaza Strip"): their home,
 * which says more than where the act is or who faces them.  Not of those
 * held or carried ("prisoners from Guantanamo", "passengers from
 * Frankfurt"), whom a place of custody or travel names.  NULL when none. */
static const char *origin_of(const herald_doc *doc, const herald_actor *side)
{
    static const char *const held_or_carried[] = {
        "prisoners", "prisoner", "detainees", "detainee", "inmates", "hostages", "hostage",
        "captives", "abductees", "passengers", "passenger", "travellers", "travelers", NULL
    };
    size_t from = side->first_token + side->token_count;
    if (strcmp(side->code + 3, "CVL") != 0 || from + 1 >= doc->token_count ||
        !hr_tok_is(&doc->tokens[from], "from") ||
        hr_tok_in(&doc->tokens[from - 1], held_or_carried))
        return NULL;
    size_t name = from + 1 + hr_tok_is(&doc->tokens[from + 1], "the");
    for (size_t p = hr_place_from(doc, doc->sentences[side->sentence].first_token);
         p < doc->place_count && doc->places[p].sentence == side->sentence; p++) {
        const char *country = doc->places[p].loc.country;
        if (doc->places[p].first_token == name && country && strlen(country) == 3) return country;
    }
    return NULL;
}

#define MIXED_REACH 8     /* tokens from a group of persons to the words that split it */

static const char *const armed_or_not[] = { "civilians", "militants", "soldiers", "fighters",
                                            "combatants", "policemen", "guerrillas", NULL };

/* The token after the words of a share that start at token k after a
 * comma ("mostly", "many of them"), or k when none stand there. */
static size_t past_share(const herald_doc *doc, size_t k)
{
    static const char *const share[] = { "mostly", "mainly", "largely", "predominantly", NULL };
    static const char *const many[] = { "many", "most", NULL };
    const herald_token *t = doc->tokens;
    if (k < doc->token_count && hr_tok_in(&t[k], share)) return k + 1;
    if (k + 3 < doc->token_count && hr_tok_in(&t[k], many) && hr_tok_is(&t[k + 1], "of") &&
        hr_tok_is(&t[k + 2], "them"))
        return k + 3;
    return k;
}

/* Whether role `side` names persons told to be partly armed, partly
 * not, by a comma and a share of them right after ("killed 175 people and
 * injured 350 others, mostly civilians", "4,000 people, many of them
 * militants"), or is that share itself: such a group keeps the bare
 * country of its place, the state's people, neither its civilians nor
 * its fighters alone. */
static int armed_and_unarmed(const herald_doc *doc, const herald_actor *side)
{
    const herald_token *t = doc->tokens;
    size_t first = side->first_token;
    if (hr_tok_in(&t[first], armed_or_not))     /* the share: ", mostly civilians" */
        for (size_t k = first >= 4 ? first - 4 : 0; k + 1 < first; k++)
            if (hr_tok_is(&t[k], ",") && past_share(doc, k + 1) == first) return 1;
    if (strcmp(side->code + 3, "CVL") != 0) return 0;
    size_t k = first + side->token_count;
    for (size_t end = k + MIXED_REACH; k + 1 < doc->token_count && k < end; k++) {
        if (hr_tok_is(&t[k], ".") || hr_tok_is(&t[k], ";")) return 0;
        if (!hr_tok_is(&t[k], ",")) continue;
        size_t w = past_share(doc, k + 1);
        return w > k + 1 && w < doc->token_count && hr_tok_in(&t[w], armed_or_not);
    }
    return 0;
}

const char *hr_side_code(const herald_doc *doc, const herald_actor *side,
                         const herald_actor *other, unsigned how, const hr_country *country,
                         char *buf, size_t cap)
{
    if (!side || !is_bare_role(doc, side)) return side ? side->code : "---";
    const char *origin = origin_of(doc, side);
    if (origin) return composed(side, other, origin, buf, cap);
    const char *c = fights_at_home(doc, side, other) ? home_forces_country(country)
                                                      : hr_role_country(country, side);
    /* A role facing the bare state of its country is no part of it
     * ("troops attacked Iraq"), save those who fight their own state,
     * whether a place or an actor names it ("rebels captured Kisangani",
     * "Islamists seized a Somali port": Congo's and Somalia's rebels act
     * on their state, as rebels taking land mostly do). */
    if (!c[0] || (other && strcmp(other->code, c) == 0 &&
                  !((how & HR_SIDE_FORCE) && hr_role_in(side->code, hr_challenger_roles))))
        return side->code;
    if ((how & HR_SIDE_ACTS) && borrowed_from_victim(side, other, country, c))
        return side->code;
    if ((how & HR_SIDE_OPPOSES) && borrowed_from_opponent(side, other, country, c))
        return side->code;
    if (borrowed_from_forces(side, other, how, country, c))
        return side->code;
    if (borrowed_from_army(doc, side, other, how, country, c)) {
        /* "Ethiopian tanks faced off with Islamic fighters east of
         * Baidoa": armed men facing an army abroad are of the country
         * where they fight */
        if (!country->places[0] || strcmp(country->places, c) == 0) return side->code;
        c = country->places;
    }
    if (from_abroad(doc, side) || hr_of_other_countries(doc, side) || marked_mixed(doc, side, c))
        return side->code;
    if (armed_and_unarmed(doc, side)) {
        snprintf(buf, cap, "%s", c);
        return other && strcmp(other->code, buf) == 0 ? side->code : buf;
    }
    return composed(side, other, c, buf, cap);
}

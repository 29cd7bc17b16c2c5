/* country.c - a role without a country takes the sentence's country.
 *
 * "The settlers were detained by Israeli police": news names the country
 * once and leaves it out of the other domestic roles ("the settlers",
 * "the government", "officials", "troops").  When every other actor of
 * the sentence (or, with none, every place it names) belongs to one and
 * the same state, an event side that is
 * a role without one (---CVL) is read as that state's (ISRCVL).  With
 * two states ("Palestinians threw stones at Israeli soldiers") or none,
 * the role stays as it is: guessing would be wrong as often as right.
 * The actor mentions themselves keep the code the text gives them; only
 * the events infer. */
#include "country.h"

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

static int is_bare_role(const herald_actor *a)
{
    return a->kind == HERALD_ACTOR_ROLE && strncmp(a->code, "---", 3) == 0 && a->code[3];
}

/* Adds state c to the sentence's one state in out; 0 when it makes two. */
static int agree(char out[4], const char c[4])
{
    if (out[0] && strcmp(out, c) != 0) return 0;
    memcpy(out, c, 4);
    return 1;
}

void hr_sentence_country(const herald_doc *doc, uint32_t sentence, size_t first, size_t end,
                         char out[4])
{
    char c[4];
    out[0] = '\0';
    for (size_t m = first; m < end; m++) {
        const herald_actor *a = &doc->actors[m];
        if (is_bare_role(a) || !state_of(a->code, c)) continue;
        if (!agree(out, c)) goto two_states;
    }
    /* With no actor's state, the places named in it: "in Zadar, pupils
     * chanted insults against the authorities" are Croatia's.  (An
     * actor's state comes first: Israeli police in Hebron arrest
     * Israel's settlers.)  Places are in text order. */
    if (out[0]) return;
    size_t lo = 0, hi = doc->place_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->places[mid].sentence < sentence) lo = mid + 1;
        else hi = mid;
    }
    for (size_t p = lo; p < doc->place_count && doc->places[p].sentence == sentence; p++) {
        const char *country = doc->places[p].loc.country;
        if (!country || strlen(country) != 3) continue;
        memcpy(c, country, 4);
        if (!agree(out, c)) goto two_states;
    }
    return;
two_states:                     /* no inference */
    out[0] = '\0';
}

const char *hr_side_code(const herald_actor *side, const herald_actor *other,
                         const char *country, char *buf, size_t cap)
{
    if (!side) return "---";
    if (!country[0] || !is_bare_role(side)) return side->code;
    if (other && strcmp(other->code, country) == 0) return side->code;
    snprintf(buf, cap, "%s%s", country, side->code + 3);
    /* "Ethiopian troops clashed with Tigrayan forces": the forces are not
     * the troops themselves, whom the composed code would make them. */
    if (other && strcmp(other->code, buf) == 0) return side->code;
    return buf;
}

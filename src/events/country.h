/* country.h - the country a role without one takes in an event. */
#ifndef HR_EVENTS_COUNTRY_H
#define HR_EVENTS_COUNTRY_H

#include "../core/doc.h"

#include <string.h>

/* The countries a sentence lends its roles ("ISR", "" for none): where
 * it says the act happens ("in Gaza"), and its only state. */
typedef struct hr_country {
    char where[4];
    char state[4];
    char places[4];             /* the one country of the places no actor names */
    char home[4];               /* the one country of the places and bare states named */
    char pair[2][4];            /* "in Kenya and Tanzania": two where, each its own */
    size_t pair_token;          /* the first token of the first of them */
    int state_from_places;      /* 1: `state` is the places', no actor's */
    const char *state_by;       /* the one code that gives `state`, or NULL */
} hr_country;

/* The countries of sentence `sentence` into out: `where`, the one
 * country of the places it says the act happens in ("in Gaza", not
 * "near Hebron" nor a gathering's venue); `state`, the one state all the
 * actor mentions [first, end) belong to, roles without a country aside,
 * or with none, of all the places it names; `home`, the one country of
 * all the places and the bare states ("Somalia", not "Somali troops")
 * it names; "" when they name none or more than one; `pair`, with no
 * `where`, the two countries of two places joined as where the act
 * happens ("in Kenya and Tanzania"), for one event in each.
 * Needs the document's places (hr_find_places) when they are wanted. */
void hr_sentence_country(const herald_doc *doc, uint32_t sentence, size_t first, size_t end,
                         hr_country *out);

/* Whether mention a only reports its sentence after the fact, as the
 * speaker of a closing "..., X said (Monday)." */
int hr_reports_after_the_fact(const herald_doc *doc, const herald_actor *a);

/* Whether role `side`, after the verb ending at token verb_end, is
 * described by the two places the country's `pair` holds: a bare role
 * before them with no verb between ("victims of the attacks in Kenya
 * and Tanzania"; not "athletes trained in Thailand and Switzerland",
 * whose places say where they trained). */
int hr_role_of_pair(const herald_doc *doc, const herald_actor *side, size_t verb_end,
                    const hr_country *country);

/* Nouns of a place inside a state ("town", "province"), NULL-ended. */
extern const char *const hr_settlement_nouns[];

/* Words for a side of a place before "of" ("north", "outskirts"),
 * NULL-ended. */
extern const char *const hr_sides_of_places[];

/* Units of a distance ("km", "miles"), NULL-ended. */
extern const char *const hr_distance_units[];

/* The country a role without one takes: where the act happens, then
 * the sentence's only state; a state's armed forces and officials, who
 * act abroad, the latter first; aid groups no place's. */
const char *hr_role_country(const hr_country *country, const herald_actor *role);

/* How an event's side stands to the other, for hr_side_code. */
enum {
    HR_SIDE_ACTS = 1,           /* the side acts on the other */
    HR_SIDE_OPPOSES = 2,        /* the two oppose each other short of force (10-13, 16) */
    HR_SIDE_FORCE = 4,          /* the side uses force on the other (17-20) */
    HR_SIDE_VIOLENCE = 8,       /* the act is violence (18-20), whichever side this is */
};

/* The code an event side is written with: a role without a country
 * ("---CVL") takes its country (hr_role_country: "ISRCVL"), unless the
 * event's other side is that bare country itself ("troops attacked
 * Syria": the troops are not Syria's; HR_SIDE_FORCE: rebels that the
 * places put in it are its own) or would carry the same code, or
 * its words say it is from abroad ("foreign troops"), or it would take
 * its country from the other side alone where the side acts on it
 * (HR_SIDE_ACTS: armed men on private persons) or the two oppose each
 * other short of force (HR_SIDE_OPPOSES: "Islamists accused Ethiopian forces"
 * ---REB; rebels and the government they face excepted), or it is
 * unarmed and faces an army in an act short of violence ("arrested by
 * Israeli forces" ---CVL; HR_SIDE_VIOLENCE keeps the army's country).  Writes to buf
 * when it composes a code; returns the code. */
const char *hr_side_code(const herald_doc *doc, const herald_actor *side,
                         const herald_actor *other, unsigned how, const hr_country *country,
                         char *buf, size_t cap);

/* The roles of those who fight or oppose a state (rebels, insurgents,
 * the opposition, separatists): NULL-terminated, for hr_role_in. */
extern const char *const hr_challenger_roles[];

/* Whether the first role of an actor code ("IRQ" "MIL" ...) is one of
 * the NULL-terminated three-letter roles: the one test the event rules
 * make of a side's role. */
static inline int hr_role_in(const char *code, const char *const *roles)
{
    if (strlen(code) < 6) return 0;
    for (; *roles; roles++)
        if (strncmp(code + 3, *roles, 3) == 0) return 1;
    return 0;
}

#endif

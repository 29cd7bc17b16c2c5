/* mentions.h - place mentions found in the text, before resolution:
 * shared by mentions.c, which finds them, and places.c, which resolves
 * them. */
#ifndef HR_MENTIONS_H
#define HR_MENTIONS_H

#include "gazetteer.h"
#include "../core/doc.h"

typedef struct hr_mention {
    uint32_t sentence, first, count;     /* tokens */
    const uint32_t *cands;
    size_t ncands;
    const char *cue;
    int as_actor;
    int next_kind;          /* a kind word follows: HR_GEO_ADM1 (province...), HR_GEO_CITY */
    int the_noun;           /* "the Jenin refugee camp": "the" NAME noun */
    int adjective;          /* "the Iranian coast": a country's adjective */
    int speaks;             /* a speech verb follows ("Evans said") */
    const char *state;      /* "Waltham, Mass.": the US state named after it */
    int qualifier;          /* index+1 of the mention that qualifies this one ("Paris, Texas") */
    int qualifies;          /* index+1 of the mention this one qualifies */
} hr_mention;

/* Appends the place mentions of every sentence and dateline to *ms (an
 * arena array of *n entries, room for *cap).  Needs the actor stage.
 * Returns 0 or HERALD_ENOMEM. */
int hr_find_mentions(herald_doc *doc, const hr_geo_data *g, hr_mention **ms, size_t *n,
                     size_t *cap);

/* Whether the list of names that are places somewhere but words
 * everywhere is sorted, as its binary search needs (for the tests). */
int hr_generic_place_words_sorted(void);

#endif

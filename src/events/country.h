/* country.h - the country a role without one takes in an event. */
#ifndef HR_EVENTS_COUNTRY_H
#define HR_EVENTS_COUNTRY_H

#include "../core/doc.h"

/* The one state all the actor mentions [first, end) of sentence
 * `sentence` belong to, roles without a country aside, or with none, all
 * the places it names, into out ("ISR"); "" when they name none or more
 * than one.
 * Needs the document's places (hr_find_places) when they are wanted. */
void hr_sentence_country(const herald_doc *doc, uint32_t sentence, size_t first, size_t end,
                         char out[4]);

/* The code an event side is written with: a role without a country
 * ("---CVL") takes the sentence's `country` ("ISRCVL"), unless the
 * event's other side is that bare country itself ("troops attacked
 * Syria": the troops are not Syria's) or would carry the same code.  Writes to buf when it composes
 * a code; returns the code. */
const char *hr_side_code(const herald_actor *side, const herald_actor *other,
                         const char *country, char *buf, size_t cap);

#endif

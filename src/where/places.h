/* places.h - the place stage: place mentions of the text, resolved
 * against the gazetteer with the article's context, and each event's
 * place. */
#ifndef HR_PLACES_H
#define HR_PLACES_H

#include "../core/doc.h"

/* Finds and resolves the place mentions of every sentence and dateline
 * (needs the actor stage).  Returns 0 or HERALD_ENOMEM. */
int hr_find_places(herald_doc *doc);

/* The first of doc->places (they are in text order) at token k or after
 * it: an index, place_count when none.  The first of a sentence's
 * places is the first from its first token. */
size_t hr_place_from(const herald_doc *doc, size_t k);

/* Gives each event the place of its clause: the nearest mention after
 * the verb, else before it, in the event's sentence, past no ";"; a
 * name that is an actor counts only after a locative cue ("Turkey
 * attacked Syria" has no place, "attacked targets in Syria" has).
 * Returns 0 or HERALD_ENOMEM. */
int hr_place_events(herald_doc *doc);

#endif

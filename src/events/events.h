/* events.h - the event stage: verbs, their patterns, and the actors
 * around them, coded as CAMEO events. */
#ifndef HR_EVENTS_H
#define HR_EVENTS_H

#include "../core/doc.h"

/* Finds the events of every sentence of a document whose actors are
 * known.  Returns 0 or HERALD_ENOMEM. */
int hr_find_events(herald_doc *doc);

#endif

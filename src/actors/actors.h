/* actors.h - the actor stage: who each sentence names, with CAMEO codes. */
#ifndef HR_ACTORS_H
#define HR_ACTORS_H

#include "../core/doc.h"

/* Finds actor mentions in every sentence of a segmented document.
 * Returns 0 or HERALD_ENOMEM. */
int hr_find_actors(herald_doc *doc);

#endif

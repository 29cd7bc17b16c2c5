/* dates.h - the time stage: date expressions in the text, normalised
 * against the article date, and the date of each event. */
#ifndef HR_DATES_H
#define HR_DATES_H

#include "../core/doc.h"

/* Finds the date expressions of every sentence.  Returns 0 or ENOMEM. */
int hr_find_dates(herald_doc *doc);

/* Gives each event the date of its sentence's expression nearest to the
 * verb, else the article's; drops events older than the context's
 * since_days.  Returns 0 or HERALD_ENOMEM. */
int hr_date_events(herald_doc *doc);

#endif

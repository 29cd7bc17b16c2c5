/* records.h - event records in the output formats of the contract. */
#ifndef HR_RECORDS_H
#define HR_RECORDS_H

#include "../core/doc.h"

/* Appends one record per event of `doc` in `format` (jsonl, gdelt,
 * plover, csv).  Returns 0 or an hr_buf error. */
int hr_render_events(hr_buf *b, const herald_doc *doc, int format);

#endif

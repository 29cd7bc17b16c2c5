/* records.h - event records in the output formats of the contract. */
#ifndef HR_RECORDS_H
#define HR_RECORDS_H

#include "../core/doc.h"

/* Appends one record in `format` (jsonl, gdelt, plover, csv).  Returns 0
 * or an hr_buf error. */
int hr_render_record(hr_buf *b, const herald_record *r, int format);

/* Fills `r` from event `i` of a coded document; its strings point into
 * the document. */
void hr_record_from_event(herald_record *r, const herald_doc *doc, size_t i);

/* Appends one record per event of `doc` in `format`, leaving out the
 * uncertain ones unless the context keeps them. */
int hr_render_events(hr_buf *b, const herald_doc *doc, int format);

#endif

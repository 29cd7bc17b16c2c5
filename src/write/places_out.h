/* places_out.h - place mentions as JSON Lines (`herald places`). */
#ifndef HR_PLACES_OUT_H
#define HR_PLACES_OUT_H

#include "../core/buf.h"
#include "../core/doc.h"

/* One line per place mention: the text and offsets, the cue, the place
 * chosen with its score, and the candidates that lost. */
int hr_render_places(hr_buf *b, const herald_doc *doc);

#endif

/* segment.h - the segment stage: paragraphs, tokens and sentences. */
#ifndef HR_SEGMENT_H
#define HR_SEGMENT_H

#include "../core/doc.h"

/* Fills doc->tokens and doc->sentences from doc->article.text.  A
 * paragraph is a line; datelines, bylines and credits become segments of
 * their own kind.  Returns 0 or a negative HERALD_E* code. */
int hr_segment(herald_doc *doc);

/* Splits tokens [first, end) of the paragraph just tokenised into
 * sentences (of its tokens, only those in doc->stops can end one). */
int hr_split_sentences(herald_doc *doc, size_t first, size_t end, uint32_t paragraph);

/* Appends a segment covering tokens [first, end). */
int hr_push_segment(herald_doc *doc, size_t first, size_t end, uint32_t paragraph, int kind);

#endif

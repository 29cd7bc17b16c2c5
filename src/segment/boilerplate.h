/* boilerplate.h - the parts of a news text that are not sentences to code:
 * datelines, bylines and credit lines (photo credits, "Editing by",
 * copyright notices, agency sign-offs). */
#ifndef HR_BOILERPLATE_H
#define HR_BOILERPLATE_H

#include "../core/doc.h"

/* Tokens [first, end) are one paragraph.  Each answer is from tokens only. */

/* Whether no boilerplate can open or close the paragraph, by one look at
 * its first and last tokens: most paragraphs, which then need none of
 * the questions below. */
int hr_plain_paragraph(const herald_doc *doc, size_t first, size_t end);

/* HERALD_BYLINE or HERALD_CREDIT when the whole paragraph is one, else
 * HERALD_SENTENCE. */
int hr_paragraph_kind(const herald_doc *doc, size_t first, size_t end);

/* How many tokens at `first` form a dateline ("GENEVA, Oct 30 (Reuters) -"),
 * separator included; 0 when there is none. */
size_t hr_dateline_len(const herald_doc *doc, size_t first, size_t end);

/* Index of the "(" that opens a credit closing the paragraph ("... said.
 * (Reporting by X; Editing by Y)"), or `end` when there is none. */
size_t hr_trailing_credit(const herald_doc *doc, size_t first, size_t end);

/* Whether the table of the credit phrases' first bytes, which rules
 * paragraphs out early, points each byte at its phrases and every phrase
 * is reached, and the table of the opening words' lengths by first byte
 * holds those of the phrases and "by" exactly (checked by the unit
 * tests). */
int hr_credit_table_complete(void);

#endif

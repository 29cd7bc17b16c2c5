/* tokenize.h - splits a paragraph into tokens with byte offsets. */
#ifndef HR_TOKENIZE_H
#define HR_TOKENIZE_H

#include "../core/doc.h"

/* Appends the tokens of doc->article.text[start..end) to doc->tokens.
 * Returns 0 or a negative HERALD_E* code. */
int hr_tokenize(herald_doc *doc, size_t start, size_t end);

#endif

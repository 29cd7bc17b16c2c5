/* tokenize.h - splits a paragraph into tokens with byte offsets. */
#ifndef HR_TOKENIZE_H
#define HR_TOKENIZE_H

#include "../core/doc.h"
#include "blocks.h"

#include <stdint.h>

/* Appends the tokens of doc->article.text[start..end) to doc->tokens, and
 * sets doc->stops to those of them that may end a sentence
 * (hr_may_end_sentence), in order.  Reads the text's masks from
 * doc->blocks (hr_lowercase_blocks).  Returns 0 or a negative HERALD_E*
 * code. */
int hr_tokenize(herald_doc *doc, size_t start, size_t end);

/* Whether token t may end a sentence: ".", "?", "!" and runs of them, an
 * ellipsis, or a word that keeps its period ("Inc.", "U.S.").  Whether it
 * does is for sentences.c to decide. */
static inline int hr_may_end_sentence(const herald_token *t)
{
    if (t->kind == HERALD_TOK_PUNCT)
        return t->norm_len && (t->norm[0] == '.' || t->norm[0] == '?' || t->norm[0] == '!');
    return t->kind == HERALD_TOK_WORD && t->norm_len >= 2 && t->norm[t->norm_len - 1] == '.';
}

#endif

/* ptext.h - reading the text of PETRARCH-2 dictionaries: lines without
 * their '#' comments and <!-- --> blocks, trimmed spans, bracketed codes. */
#ifndef HR_PTEXT_H
#define HR_PTEXT_H

#include "dicts.h"

typedef struct hr_span { const char *s; size_t n; } hr_span;

hr_span hr_trim(const char *s, size_t n);

typedef struct hr_preader {
    const char *text;
    size_t n, pos;
    uint64_t line;
    int in_comment;
    uint64_t comment_line;  /* where the open <!-- comment started */
} hr_preader;

/* The next line with text, comments removed and trimmed; *indented tells
 * whether it began with white space.  Returns 0 at the end. */
int hr_pnext_line(hr_preader *r, hr_span *out, int *indented);

/* Warns about a comment block still open at the end of the file. */
void hr_pcheck_closed(hr_load *ld, const hr_preader *r);

/* A code in capitals (letters, digits, '-', '_'), lower case raised,
 * interned.  Returns 0, -1 for a bad code, -2 when out of memory. */
int hr_pupper_code(hr_lexicon *lx, hr_span c, uint32_t *out);

#endif

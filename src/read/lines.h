/* lines.h - splits a byte source into lines of bounded length.  A line
 * longer than the limit is skipped (read through to its end without
 * being kept) and reported, so one huge line costs no memory. */
#ifndef HR_LINES_H
#define HR_LINES_H

#include "source.h"
#include "../core/buf.h"

typedef struct hr_lines {
    hr_source *src;
    unsigned char *block;   /* decompressed bytes not yet split */
    size_t block_len, block_pos;
    int eof;
    hr_buf line;            /* the current line, without its newline */
    size_t limit;
    uint64_t lineno;        /* number of the line last returned */
} hr_lines;

int hr_lines_init(hr_lines *l, hr_source *src, size_t limit,
                  const herald_allocator *alc);

/* Returns 1 with *line and *len set (valid until the next call), 0 at the end,
 * HERALD_ETOOBIG for a line over the limit (skipped; l->lineno names it),
 * or another negative code from the source, with `err` filled. */
int hr_lines_next(hr_lines *l, const char **line, size_t *len, herald_error *err);

/* Sets *data and *len to the next decompressed bytes without consuming them
 * (for sniffing a file's content).  Returns 1, 0 at end, or < 0. */
int hr_lines_peek(hr_lines *l, const unsigned char **data, size_t *len,
                  herald_error *err);

/* Reads everything that is left as one piece (for whole-file articles). */
int hr_lines_rest(hr_lines *l, const char **data, size_t *len, herald_error *err);

void hr_lines_free(hr_lines *l);

#endif

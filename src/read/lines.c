#include "lines.h"
#include "../core/error.h"

#include <string.h>

int hr_lines_init(hr_lines *l, hr_source *src, size_t limit,
                  const herald_allocator *alc)
{
    memset(l, 0, sizeof *l);
    l->src = src;
    l->limit = limit;
    hr_buf_init(&l->line, alc, limit);
    l->block = src->alc->malloc(src->alc->ctx, HR_SOURCE_BLOCK);
    return l->block ? HERALD_OK : HERALD_ENOMEM;
}

/* Makes sure unsplit bytes are available.  Returns 1, 0 at end, or < 0. */
static int refill(hr_lines *l, herald_error *err)
{
    if (l->block_pos < l->block_len) return 1;
    if (l->eof) return 0;
    ssize_t n = hr_source_read(l->src, l->block, HR_SOURCE_BLOCK, err);
    if (n < 0) { l->eof = 1; return (int)n; }
    l->block_len = (size_t)n;
    l->block_pos = 0;
    if (n == 0) { l->eof = 1; return 0; }
    return 1;
}

int hr_lines_next(hr_lines *l, const char **line, size_t *len, herald_error *err)
{
    hr_buf_clear(&l->line);
    int overlong = 0, any = 0;
    for (;;) {
        int rc = refill(l, err);
        if (rc < 0) {
            /* Keep a complete-looking last line that was cut by the error:
             * it is reported, not silently coded half. */
            if (any) l->lineno++;
            return rc;
        }
        if (rc == 0) {
            if (!any) return 0;
            break;              /* a last line without a newline */
        }
        any = 1;
        const unsigned char *start = l->block + l->block_pos;
        size_t avail = l->block_len - l->block_pos;
        const unsigned char *nl = memchr(start, '\n', avail);
        size_t take = nl ? (size_t)(nl - start) : avail;
        if (!overlong) {
            int ar = hr_buf_append(&l->line, start, take);
            if (ar == HERALD_ETOOBIG) { overlong = 1; hr_buf_clear(&l->line); }
            else if (ar) return hr_error_set(err, ar, l->src->name, l->lineno + 1, 0,
                                             "out of memory reading a line");
        }
        l->block_pos += take + (nl ? 1 : 0);
        if (nl) break;
    }
    l->lineno++;
    if (overlong) {
        hr_buf_clear(&l->line);
        return hr_error_set(err, HERALD_ETOOBIG, l->src->name, l->lineno, 0,
                            "line longer than the limit of %zu bytes; skipped "
                            "(raise it with --max-article-size)", l->limit);
    }
    *line = l->line.data ? l->line.data : "";
    *len = l->line.len;
    if (*len && (*line)[*len - 1] == '\r') (*len)--;
    return 1;
}

int hr_lines_peek(hr_lines *l, const unsigned char **data, size_t *len,
                  herald_error *err)
{
    int rc = refill(l, err);
    if (rc <= 0) return rc;
    *data = l->block + l->block_pos;
    *len = l->block_len - l->block_pos;
    return 1;
}

int hr_lines_rest(hr_lines *l, const char **data, size_t *len, herald_error *err)
{
    hr_buf_clear(&l->line);
    for (;;) {
        int rc = refill(l, err);
        if (rc < 0) return rc;
        if (rc == 0) break;
        int ar = hr_buf_append(&l->line, l->block + l->block_pos,
                               l->block_len - l->block_pos);
        l->block_pos = l->block_len;
        if (ar == HERALD_ETOOBIG)
            return hr_error_set(err, ar, l->src->name, 0, 0,
                                "file larger than the limit of %zu bytes; skipped "
                                "(raise it with --max-article-size)", l->limit);
        if (ar) return hr_error_set(err, ar, l->src->name, 0, 0, "out of memory");
    }
    *data = l->line.data ? l->line.data : "";
    *len = l->line.len;
    return 1;
}

void hr_lines_free(hr_lines *l)
{
    hr_buf_free(&l->line);
    if (l->block) l->src->alc->free(l->src->alc->ctx, l->block);
    l->block = NULL;
}

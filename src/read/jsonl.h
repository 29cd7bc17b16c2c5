/* jsonl.h - one JSON Lines record to an article (input contract: text or
 * body required; id, date, title, source, url optional). */
#ifndef HR_JSONL_H
#define HR_JSONL_H

#include <jansson.h>
#include "herald.h"

typedef struct hr_json_article {
    json_t *root;        /* owns the strings the article points to */
    char date[11];
    char default_id[1100];
} hr_json_article;

/* Parses `line` (valid UTF-8) into `out`.  Returns HERALD_OK, or
 * HERALD_EPARSE with `err` naming file, line and column.  Warnings (an
 * unusable date) go to `diag`.  Release with hr_json_article_clear(). */
int hr_jsonl_article(hr_json_article *ja, const char *line, size_t len,
                     const char *file, uint64_t lineno, herald_article *out,
                     herald_diag_fn diag, void *diag_user, herald_error *err);

void hr_json_article_clear(hr_json_article *ja);

#endif

/* cameo.c - data/cameo/events.tsv: code, root, name, goldstein, quad,
 * plover_type, plover_mode, note (tab-separated, '#' comments). */
#include "cameo.h"
#include "../core/error.h"
#include "../dict/builtin.h"
#include "../dict/dicts.h"

#include <stdlib.h>
#include <string.h>

#define TABLE "data/cameo/events.tsv"

/* Splits a line at tabs into at most `max` fields. */
static size_t fields(char *line, char **out, size_t max)
{
    size_t n = 0;
    for (char *p = line; n < max;) {
        out[n++] = p;
        char *tab = strchr(p, '\t');
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    return n;
}

static int by_code(const void *a, const void *b)
{
    return strcmp(((const herald_cameo *)a)->code, ((const herald_cameo *)b)->code);
}

int hr_cameo_load(hr_cameo_table *t, const herald_allocator *alc, herald_error *err)
{
    memset(t, 0, sizeof *t);
    const hr_builtin *b = hr_builtin_file(TABLE);
    if (!b) return hr_error_set(err, HERALD_ENOENT, TABLE, 0, 0, "the CAMEO table is missing");
    /* One copy of the text whose lines become the entries' strings. */
    t->strings = alc->malloc(alc->ctx, b->len + 1);
    t->codes = alc->malloc(alc->ctx, sizeof *t->codes * 512);
    if (!t->strings || !t->codes) {
        hr_cameo_free(t, alc);
        return hr_error_set(err, HERALD_ENOMEM, TABLE, 0, 0, "out of memory");
    }
    memcpy(t->strings, b->text, b->len);
    t->strings[b->len] = '\0';
    size_t pos = 0, lineno = 0;
    const char *l;
    size_t len;
    int header = 1;
    while (hr_next_line(t->strings, b->len, &pos, &l, &len)) {
        lineno++;
        char *line = (char *)l;
        line[len] = '\0';
        if (!len || line[0] == '#') continue;
        if (header) { header = 0; continue; }   /* the column names */
        char *f[8];
        char *end;
        if (fields(line, f, 8) < 7 || t->count == 512) {
            hr_cameo_free(t, alc);
            return hr_error_set(err, HERALD_EPARSE, TABLE, lineno, 0, "malformed CAMEO table line");
        }
        herald_cameo *c = &t->codes[t->count++];
        c->code = f[0];
        c->name = f[2];
        c->goldstein = strtod(f[3], &end);
        c->quad = (int)strtol(f[4], NULL, 10);
        c->plover_type = f[5];
        c->plover_mode = f[6];
        if (end == f[3] || c->quad < 1 || c->quad > 4) {
            hr_cameo_free(t, alc);
            return hr_error_set(err, HERALD_EPARSE, TABLE, lineno, 0, "bad Goldstein value or quad class");
        }
    }
    qsort(t->codes, t->count, sizeof *t->codes, by_code);
    return 0;
}

void hr_cameo_free(hr_cameo_table *t, const herald_allocator *alc)
{
    if (t->strings) alc->free(alc->ctx, t->strings);
    if (t->codes) alc->free(alc->ctx, t->codes);
    memset(t, 0, sizeof *t);
}

const herald_cameo *hr_cameo_find(const hr_cameo_table *t, const char *code)
{
    herald_cameo key = { .code = code };
    return code ? bsearch(&key, t->codes, t->count, sizeof *t->codes, by_code) : NULL;
}

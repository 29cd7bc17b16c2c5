/* records_in.c - `herald ingest --events`: event records that `herald
 * code` wrote as JSON Lines, read back into the store.  Consecutive
 * records with the same doc_id are one article, as `herald code` writes
 * them; a line that is no record is reported and skipped. */
#include "store.h"
#include "../core/error.h"
#include "../read/lines.h"

#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#define MAX_RECORD_LINE (16u << 20)

/* The records of one article, and the JSON values their strings live in. */
typedef struct group {
    json_t **json;
    herald_record *recs;
    size_t n, cap;
    uint64_t hash;
    uint64_t first_line;
} group;

static const char *str(json_t *obj, const char *key)
{
    return json_string_value(json_object_get(obj, key));
}

static int name_index(const char *name, const char *(*names)(int))
{
    for (int i = 0; name && i < 4; i++)
        if (strcmp(names(i), name) == 0) return i;
    return 0;
}

static void span(json_t *ev, const char *key, uint32_t out[2])
{
    json_t *a = json_object_get(ev, key);
    out[0] = out[1] = 0;
    if (json_array_size(a) == 2) {
        out[0] = (uint32_t)json_integer_value(json_array_get(a, 0));
        out[1] = (uint32_t)json_integer_value(json_array_get(a, 1));
    }
}

static void location(json_t *loc, herald_record *r)
{
    if (!json_is_object(loc) || !str(loc, "name")) return;
    r->location_name = str(loc, "name");
    r->location_country = str(loc, "country");
    r->location_adm1 = str(loc, "adm1");
    r->location_precision = str(loc, "precision");
    r->lat = json_number_value(json_object_get(loc, "lat"));
    r->lon = json_number_value(json_object_get(loc, "lon"));
}

/* Fills `r` from a parsed record; returns NULL or what is missing. */
static const char *record_from_json(json_t *o, herald_record *r)
{
    memset(r, 0, sizeof *r);
    r->id = str(o, "id");
    r->doc_id = str(o, "doc_id");
    r->source = str(o, "source");
    r->target = str(o, "target");
    r->code = str(o, "code");
    if (!r->doc_id) return "no doc_id";
    if (!r->source || !r->target) return "no source or target";
    if (!r->code || !r->code[0] || strspn(r->code, "0123456789") != strlen(r->code))
        return "no CAMEO event code";
    r->sentence = (uint32_t)json_integer_value(json_object_get(o, "sentence"));
    r->date = str(o, "date");
    r->date_end = str(o, "date_end");
    r->date_precision = name_index(str(o, "date_precision"), herald_precision_name);
    r->date_basis = name_index(str(o, "date_basis"), herald_basis_name);
    r->quad = (int)json_integer_value(json_object_get(o, "quad"));
    r->goldstein = json_number_value(json_object_get(o, "goldstein"));
    json_t *plover = json_object_get(o, "plover");
    r->plover_type = str(plover, "type");
    r->plover_mode = str(plover, "mode");
    location(json_object_get(o, "location"), r);
    r->negated = json_is_true(json_object_get(o, "negated"));
    r->hypothetical = json_is_true(json_object_get(o, "hypothetical"));
    r->reported_by = str(o, "reported_by");
    json_t *ev = json_object_get(o, "evidence");
    r->evidence = str(ev, "sentence");
    r->evidence_len = json_string_length(json_object_get(ev, "sentence"));
    span(ev, "source", r->source_span);
    span(ev, "target", r->target_span);
    span(ev, "verb", r->verb_span);
    return NULL;
}

static void group_clear(group *g)
{
    for (size_t i = 0; i < g->n; i++) json_decref(g->json[i]);
    g->n = 0;
    g->hash = HR_HASH_INIT;
}

static int group_add(group *g, json_t *o, const herald_record *r)
{
    if (g->n == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 32;
        json_t **j = realloc(g->json, cap * sizeof *j);
        if (j) g->json = j;
        herald_record *rs = j ? realloc(g->recs, cap * sizeof *rs) : NULL;
        if (!rs) return HERALD_ENOMEM;
        g->recs = rs;
        g->cap = cap;
    }
    g->json[g->n] = o;
    g->recs[g->n++] = *r;
    return 0;
}

/* Stores the group as one article; uncertain records are left out, as
 * for coded documents. */
static int flush(herald_store *s, group *g, const char *path, uint64_t counts[3],
                 herald_error *err)
{
    if (!g->n) return 0;
    herald_article a = { .id = g->recs[0].doc_id, .file = path, .line = g->first_line };
    size_t kept = 0;
    for (size_t i = 0; i < g->n; i++)
        if (!g->recs[i].negated && !g->recs[i].hypothetical) g->recs[kept++] = g->recs[i];
    char hash[17];
    hr_hash_hex(g->hash, hash);
    int outcome = 0;
    int rc = hr_store_put_article(s, &a, hash, g->recs, kept, &outcome, err);
    if (!rc && counts) counts[outcome]++;
    group_clear(g);
    return rc;
}

static int read_records(herald_store *s, hr_lines *lines, const char *path, herald_diag_fn diag,
                        void *user, uint64_t counts[3], group *g, herald_error *err)
{
    const char *line;
    size_t len;
    int rc;
    while ((rc = hr_lines_next(lines, &line, &len, err)) != 0) {
        if (rc < 0) {
            if (rc != HERALD_ETOOBIG) return rc;
            hr_warn(diag, user, rc, path, lines->lineno, 0, "record line too long; skipped");
            continue;
        }
        if (len == 0) continue;
        json_error_t je;
        json_t *o = json_loadb(line, len, 0, &je);
        herald_record r;
        const char *why = !json_is_object(o) ? je.text : record_from_json(o, &r);
        if (why) {
            hr_warn(diag, user, HERALD_EPARSE, path, lines->lineno, 0,
                    "not an event record (%s); skipped", why);
            json_decref(o);
            continue;
        }
        rc = g->n && strcmp(g->recs[0].doc_id, r.doc_id) != 0 ? flush(s, g, path, counts, err) : 0;
        if (!rc && group_add(g, o, &r))
            rc = hr_error_set(err, HERALD_ENOMEM, path, lines->lineno, 0, "out of memory");
        if (rc) {
            json_decref(o);
            return rc;
        }
        if (g->n == 1) g->first_line = lines->lineno;
        g->hash = hr_hash_bytes(g->hash, line, len);
    }
    return flush(s, g, path, counts, err);
}

int herald_store_add_records(herald_store *s, const char *path, herald_diag_fn diag,
                             void *diag_user, uint64_t articles[3], herald_error *err)
{
    hr_source src;
    int rc = hr_source_open(&src, path, path, NULL, err);
    if (rc) return rc;
    hr_lines lines;
    rc = hr_lines_init(&lines, &src, MAX_RECORD_LINE, NULL);
    if (rc) {
        hr_source_close(&src);
        return hr_error_set(err, rc, path, 0, 0, "out of memory");
    }
    group g = { .hash = HR_HASH_INIT };
    rc = read_records(s, &lines, path, diag, diag_user, articles, &g, err);
    group_clear(&g);
    free(g.json);
    free(g.recs);
    hr_lines_free(&lines);
    hr_source_close(&src);
    return rc;
}

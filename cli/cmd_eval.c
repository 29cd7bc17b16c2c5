/* herald eval: scores the coder against a gold file (the format of the
 * PETRARCH-2 unit suite: id, date, text, expected events, config and the
 * dictionaries each case is coded with). */
#include "commands.h"
#include "diag.h"
#include "opts.h"

#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char HELP[] =
    "Usage: herald eval [--dict-root DIR] [--show-failures] [--by-root]\n"
    "                   [--no-builtin] [--actors F] [--agents F] [--verbs F] GOLD.jsonl\n"
    "\n"
    "Codes every case of GOLD.jsonl with the dictionaries it names (found in\n"
    "DIR, default: the gold file's ../dictionaries/petrarch2) and the options\n"
    "of its config (require_dyad: false allows events with an unknown side),\n"
    "then prints per category and in total: cases passed (events equal to the\n"
    "expected ones as a multiset), and event precision, recall and F1, exact\n"
    "(source, target, code) and at root level; an \"events:\" line gives the\n"
    "total's counts (expected, coded, right) and its figures to four places.\n"
    "Cases with \"evaluate\": false are skipped; cases that name no dictionaries\n"
    "are coded with the built-ins, plus the files of --actors, --agents and\n"
    "--verbs (repeatable), or with those files alone after --no-builtin: the\n"
    "way to compare other dictionaries with Herald's own on the same gold file.\n"
    "--by-root adds precision, recall and F1 per CAMEO root; when the gold gives\n"
    "event dates, the share of matched events whose date is right is printed;\n"
    "when it gives event places (\"location\": {\"country\": ...} or null), the\n"
    "share of matched events with an expected place whose country is right,\n"
    "and the share of those expected without a place that got one.\n"
    "Exit status 1 only for errors (unreadable files).\n";

#define MAX_CATEGORIES 64
#define MAX_CONTEXTS 16
#define MAX_EVENTS 64

typedef struct tally { char name[32]; int cases, passed, tp, fp, fn, rtp, rfp, rfn; } tally;

typedef struct cached { char *key; herald_ctx *ctx; } cached;

/* The dictionaries of the command line, for cases that name none. */
typedef struct own_dicts {
    int no_builtin, count;
    int kinds[32];
    const char *paths[32];
} own_dicts;

static int load_own(herald_ctx *ctx, const own_dicts *own, hc_diag *diag)
{
    herald_error err;
    for (int i = 0; i < own->count; i++)
        if (herald_ctx_load_dict(ctx, own->kinds[i], own->paths[i], &err) != 0) {
            hc_diag_print(diag, &err);
            return -1;
        }
    return 0;
}

/* Per CAMEO root: expected events found, wanted, and produced. */
typedef struct root_tally { int tp, fn, fp; } root_tally;

static int root_index(const char *code)
{
    if (!code[0] || !code[1] || code[0] < '0' || code[0] > '2' || code[1] < '0' || code[1] > '9')
        return 0;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    return r >= 1 && r <= 20 ? r : 0;
}

/* An event: sides, code, date, and its place's country ("" none, "?"
 * when the gold gives no judgment). */
typedef struct triple { char s[32], t[32], c[8], d[11], cc[8]; } triple;

/* Place figures: of matched events with an expected country, how many
 * got it; of matched events expected without a place, how many got one. */
typedef struct place_tally { int right, known, spurious, none, found, wanted; } place_tally;

static tally *category(tally *t, int *n, const char *name)
{
    for (int i = 0; i < *n; i++)
        if (strcmp(t[i].name, name) == 0) return &t[i];
    if (*n == MAX_CATEGORIES) return &t[MAX_CATEGORIES - 1];
    tally *c = &t[(*n)++];
    memset(c, 0, sizeof *c);
    snprintf(c->name, sizeof c->name, "%s", name);
    return c;
}

static herald_ctx *context_for(cached *cache, int *ncache, json_t *dicts, int partial,
                               const char *root, const own_dicts *own, hc_diag *diag)
{
    char *key_json = json_dumps(dicts, JSON_SORT_KEYS | JSON_COMPACT);
    char key[4096];
    snprintf(key, sizeof key, "%d%s", partial, key_json ? key_json : "");
    free(key_json);
    for (int i = 0; i < *ncache; i++)
        if (strcmp(cache[i].key, key) == 0) return cache[i].ctx;
    /* Cases that name no dictionaries are coded with the built-ins and
     * the command line's dictionaries. */
    herald_options o = { .no_builtin = dicts != NULL || own->no_builtin, .allow_partial = partial };
    herald_error err;
    herald_ctx *ctx = herald_ctx_new(&o, &err);
    if (!ctx) { hc_diag_print(diag, &err); return NULL; }
    if (!dicts && load_own(ctx, own, diag)) {
        herald_ctx_free(ctx);
        return NULL;
    }
    static const struct { const char *field; int kind; } kinds[] = {
        { "actors", HERALD_DICT_ACTORS }, { "agents", HERALD_DICT_AGENTS },
        { "verbs", HERALD_DICT_VERBS }, { "discards", HERALD_DICT_DISCARDS },
        { "issues", HERALD_DICT_ISSUES },
    };
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
        json_t *v = json_object_get(dicts, kinds[k].field);
        json_t *one;
        size_t i;
        json_t *list = json_is_array(v) ? v : json_array();
        if (json_is_string(v)) json_array_append(list, v);
        json_array_foreach(list, i, one) {
            char path[4096 + 256];
            snprintf(path, sizeof path, "%s/%s", root, json_string_value(one));
            if (herald_ctx_load_dict(ctx, kinds[k].kind, path, &err) != 0) {
                hc_diag_print(diag, &err);
                if (list != v) json_decref(list);
                herald_ctx_free(ctx);
                return NULL;
            }
        }
        if (list != v) json_decref(list);
    }
    if (*ncache == MAX_CONTEXTS) {       /* keep the cache bounded */
        herald_ctx_free(cache[0].ctx);
        free(cache[0].key);
        memmove(cache, cache + 1, sizeof *cache * (MAX_CONTEXTS - 1));
        (*ncache)--;
    }
    cache[*ncache].key = strdup(key);
    cache[*ncache].ctx = ctx;
    (*ncache)++;
    return ctx;
}

/* Matches a against b as multisets, at code level or root level. */
static int matches(const triple *a, size_t na, const triple *b, size_t nb, int root)
{
    int used[MAX_EVENTS] = { 0 }, hits = 0;
    for (size_t i = 0; i < na; i++)
        for (size_t j = 0; j < nb; j++) {
            if (used[j] || strcmp(a[i].s, b[j].s) != 0 || strcmp(a[i].t, b[j].t) != 0) continue;
            if (root ? strncmp(a[i].c, b[j].c, 2) != 0 : strcmp(a[i].c, b[j].c) != 0) continue;
            used[j] = 1;
            hits++;
            break;
        }
    return hits;
}

/* Attributes a case's events to their roots, and counts the dates of
 * exactly matched events that agree with the expected ones. */
static void add_roots(root_tally *roots, int *dates_right, int *dates_known, place_tally *pl,
                      const triple *got, size_t ng, const triple *want, size_t nw)
{
    int used[MAX_EVENTS] = { 0 };
    for (size_t i = 0; i < nw; i++) {
        size_t j = 0;
        for (; j < ng; j++)
            if (!used[j] && strcmp(want[i].s, got[j].s) == 0 && strcmp(want[i].t, got[j].t) == 0 &&
                strcmp(want[i].c, got[j].c) == 0)
                break;
        if (j < ng) {
            used[j] = 1;
            roots[root_index(want[i].c)].tp++;
            if (want[i].d[0]) {
                (*dates_known)++;
                *dates_right += strcmp(want[i].d, got[j].d) == 0;
            }
            if (want[i].cc[0] && want[i].cc[0] != '?' && want[i].cc[0] != '-') {
                pl->known++;
                pl->right += strcmp(want[i].cc, got[j].cc) == 0;
            } else if (!want[i].cc[0]) {
                pl->none++;
                pl->spurious += got[j].cc[0] != '\0';
            }
        } else {
            roots[root_index(want[i].c)].fn++;
        }
    }
    for (size_t j = 0; j < ng; j++)
        if (!used[j]) roots[root_index(got[j].c)].fp++;
}

/* Precision, recall and F1 of tp right, fp wrong and fn missed events. */
static void scores(int tp, int fp, int fn, double *p, double *r, double *f)
{
    *p = tp + fp ? (double)tp / (tp + fp) : 0;
    *r = tp + fn ? (double)tp / (tp + fn) : 0;
    *f = *p + *r > 0 ? 2 * *p * *r / (*p + *r) : 0;
}

static void print_roots(const root_tally *roots)
{
    printf("\n%-6s %5s %5s %5s  %5s %5s %5s\n", "root", "tp", "fp", "fn", "P", "R", "F1");
    for (int r = 0; r <= 20; r++) {
        const root_tally *t = &roots[r];
        if (!t->tp && !t->fp && !t->fn) continue;
        double p, rc, f;
        scores(t->tp, t->fp, t->fn, &p, &rc, &f);
        char name[8];
        snprintf(name, sizeof name, r ? "%02d" : "other", r);
        printf("%-6s %5d %5d %5d  %5.2f %5.2f %5.2f\n", name, t->tp, t->fp, t->fn, p, rc, f);
    }
}

static void add_scores(tally *t, const triple *got, size_t ng, const triple *want, size_t nw)
{
    int tp = matches(got, ng, want, nw, 0), rtp = matches(got, ng, want, nw, 1);
    t->tp += tp;
    t->fp += (int)ng - tp;
    t->fn += (int)nw - tp;
    t->rtp += rtp;
    t->rfp += (int)ng - rtp;
    t->rfn += (int)nw - rtp;
}

static void print_row(const tally *t)
{
    double p, r, f, rp, rr, rf;
    scores(t->tp, t->fp, t->fn, &p, &r, &f);
    scores(t->rtp, t->rfp, t->rfn, &rp, &rr, &rf);
    printf("%-12s %5d %6d %6.1f%%  %5.2f %5.2f %5.2f   %5.2f %5.2f %5.2f\n", t->name, t->cases,
           t->passed, t->cases ? 100.0 * t->passed / t->cases : 0, p, r, f, rp, rr, rf);
}

/* The counts behind the total's figures, and the figures to four
 * places: a rounded 0.80 does not say whether a target of 0.80 is met. */
static void print_counts(const tally *t)
{
    double p, r, f, rp, rr, rf;
    scores(t->tp, t->fp, t->fn, &p, &r, &f);
    scores(t->rtp, t->rfp, t->rfn, &rp, &rr, &rf);
    printf("events: %d expected, %d coded, %d right: P %.4f R %.4f F1 %.4f; "
           "at root level P %.4f R %.4f F1 %.4f\n",
           t->tp + t->fn, t->tp + t->fp, t->tp, p, r, f, rp, rr, rf);
}

static void show_failure(const char *id, const char *text, const triple *want, size_t nw,
                         const triple *got, size_t ng)
{
    printf("FAIL %s: %s\n  want:", id, text);
    for (size_t i = 0; i < nw; i++) printf(" %s>%s:%s", want[i].s, want[i].t, want[i].c);
    printf("\n  got: ");
    for (size_t i = 0; i < ng; i++) printf(" %s>%s:%s", got[i].s, got[i].t, got[i].c);
    printf("\n");
}

int hc_cmd_eval(int argc, char **argv)
{
    const char *gold = NULL, *root = NULL;
    int show = 0, by_root = 0;
    own_dicts own = { 0 };
    static const struct { const char *option; int kind; } dict_options[] = {
        { "--actors", HERALD_DICT_ACTORS }, { "--agents", HERALD_DICT_AGENTS },
        { "--verbs", HERALD_DICT_VERBS },
    };
    for (int i = 1; i < argc; i++) {
        int kind = -1;
        for (size_t k = 0; k < sizeof dict_options / sizeof *dict_options; k++)
            if (strcmp(argv[i], dict_options[k].option) == 0) kind = dict_options[k].kind;
        if (kind >= 0) {
            if (i + 1 >= argc || own.count == 32)
                return hc_usage_error("eval ", "%s needs a file (at most 32 files)", argv[i]);
            own.kinds[own.count] = kind;
            own.paths[own.count++] = argv[++i];
        }
        else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) { fputs(HELP, stdout); return 0; }
        else if (strcmp(argv[i], "--show-failures") == 0) show = 1;
        else if (strcmp(argv[i], "--by-root") == 0) by_root = 1;
        else if (strcmp(argv[i], "--no-builtin") == 0) own.no_builtin = 1;
        else if (strcmp(argv[i], "--dict-root") == 0 && i + 1 < argc) root = argv[++i];
        else if (argv[i][0] == '-') return hc_usage_error("eval ", "unknown option '%s'", argv[i]);
        else if (!gold) gold = argv[i];
        else return hc_usage_error("eval ", "one gold file at a time");
    }
    if (!gold) return hc_usage_error("eval ", "no gold file given");
    char default_root[2048];
    if (!root) {
        const char *slash = strrchr(gold, '/');
        snprintf(default_root, sizeof default_root, "%.*s../dictionaries/petrarch2",
                 slash ? (int)(slash - gold + 1) : 0, gold);
        root = default_root;
    }
    FILE *f = fopen(gold, "r");
    if (!f) { fprintf(stderr, "herald: cannot open %s\n", gold); return 1; }
    hc_diag diag = { 0 };
    tally cats[MAX_CATEGORIES], total = { .name = "TOTAL" };
    int ncats = 0, ncache = 0, errors = 0, dates_right = 0, dates_known = 0;
    place_tally places = { 0, 0, 0, 0, 0, 0 };
    root_tally roots[21] = { { 0, 0, 0 } };
    cached cache[MAX_CONTEXTS];
    char *line = NULL;
    size_t cap = 0;
    ssize_t n;
    unsigned long lineno = 0;
    while ((n = getline(&line, &cap, f)) > 0) {
        lineno++;
        json_error_t je;
        json_t *c = json_loads(line, 0, &je);
        if (!json_is_object(c)) {
            fprintf(stderr, "%s:%lu: error: %s\n", gold, lineno, c ? "not an object" : je.text);
            json_decref(c);
            errors++;
            continue;
        }
        if (json_is_false(json_object_get(c, "evaluate"))) { json_decref(c); continue; }
        const char *text = json_string_value(json_object_get(c, "text"));
        const char *id = json_string_value(json_object_get(c, "id"));
        const char *date = json_string_value(json_object_get(c, "date"));
        const char *cat = json_string_value(json_object_get(c, "category"));
        json_t *config = json_object_get(c, "config");
        int partial = json_is_false(json_object_get(config, "require_dyad"));
        herald_ctx *ctx = context_for(cache, &ncache, json_object_get(c, "dictionaries"), partial,
                                      root, &own, &diag);
        if (!ctx || !text) { errors++; json_decref(c); continue; }
        triple want[MAX_EVENTS], got[MAX_EVENTS];
        size_t nw = 0, ng = 0, k;
        json_t *ev;
        json_array_foreach(json_object_get(c, "expected"), k, ev) {
            if (nw == MAX_EVENTS) break;
            snprintf(want[nw].s, sizeof want[nw].s, "%s", json_string_value(json_object_get(ev, "source")));
            snprintf(want[nw].t, sizeof want[nw].t, "%s", json_string_value(json_object_get(ev, "target")));
            snprintf(want[nw].c, sizeof want[nw].c, "%s", json_string_value(json_object_get(ev, "code")));
            const char *wd = json_string_value(json_object_get(ev, "date"));
            snprintf(want[nw].d, sizeof want[nw].d, "%s", wd ? wd : "");
            /* "location": {"country": ...} or null; absent: not judged;
             * a place across countries (country null): "-", not scored */
            json_t *loc = json_object_get(ev, "location");
            const char *wc = json_string_value(json_object_get(loc, "country"));
            snprintf(want[nw].cc, sizeof want[nw].cc, "%s",
                     !loc ? "?" : json_is_null(loc) ? "" : wc ? wc : "-");
            nw++;
        }
        char d[11];
        herald_article a = { .id = id, .text = text, .text_len = strlen(text),
                             .date = date && herald_parse_date(date, d) == 0 ? d : NULL };
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        int coded = doc && herald_doc_code(doc, NULL) == 0;
        /* Independent of event matching: is each expected place's
         * country among the sentence's place mentions? */
        for (size_t i = 0; i < nw && coded; i++) {
            if (!want[i].cc[0] || want[i].cc[0] == '?' || want[i].cc[0] == '-') continue;
            places.wanted++;
            for (size_t m = 0; m < herald_doc_place_count(doc); m++)
                if (strcmp(herald_doc_place(doc, m)->loc.country, want[i].cc) == 0) {
                    places.found++;
                    break;
                }
        }
        if (coded)
            for (size_t i = 0; i < herald_doc_event_count(doc) && ng < MAX_EVENTS; i++) {
                const herald_event *e = herald_doc_event(doc, i);
                snprintf(got[ng].s, sizeof got[ng].s, "%s", e->source);
                snprintf(got[ng].t, sizeof got[ng].t, "%s", e->target);
                snprintf(got[ng].c, sizeof got[ng].c, "%s", e->code);
                snprintf(got[ng].d, sizeof got[ng].d, "%s", e->date);
                snprintf(got[ng].cc, sizeof got[ng].cc, "%s",
                         e->location.name ? e->location.country : "");
                ng++;
            }
        herald_doc_free(doc);
        int pass = ng == nw && matches(got, ng, want, nw, 0) == (int)nw;
        tally *t = category(cats, &ncats, cat ? cat : "?");
        t->cases++;
        total.cases++;
        t->passed += pass;
        total.passed += pass;
        add_scores(t, got, ng, want, nw);
        add_scores(&total, got, ng, want, nw);
        add_roots(roots, &dates_right, &dates_known, &places, got, ng, want, nw);
        if (!pass && show) show_failure(id ? id : "?", text, want, nw, got, ng);
        json_decref(c);
    }
    free(line);
    fclose(f);
    printf("%-12s %5s %6s %7s  %5s %5s %5s   %5s %5s %5s\n", "category", "cases", "passed", "",
           "P", "R", "F1", "rootP", "rootR", "rootF1");
    for (int i = 0; i < ncats; i++) print_row(&cats[i]);
    print_row(&total);
    print_counts(&total);
    if (by_root) print_roots(roots);
    if (dates_known)
        printf("\nevent dates right: %d of %d matched events with an expected date (%.1f%%)\n",
               dates_right, dates_known, 100.0 * dates_right / dates_known);
    if (places.known)
        printf("place country right for %d of %d matched events with an expected place (%.1f%%)\n",
               places.right, places.known, 100.0 * places.right / places.known);
    if (places.wanted)
        printf("place country among the sentence's place mentions for %d of %d expected places (%.1f%%)\n",
               places.found, places.wanted, 100.0 * places.found / places.wanted);
    if (places.none)
        printf("place given to %d of %d matched events expected without one (%.1f%%)\n",
               places.spurious, places.none, 100.0 * places.spurious / places.none);
    for (int i = 0; i < ncache; i++) {
        herald_ctx_free(cache[i].ctx);
        free(cache[i].key);
    }
    return errors ? 1 : 0;
}

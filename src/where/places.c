/* places.c - the place stage: place mentions resolved against the
 * gazetteer with the article's context (mentions.c finds them).
 *
 * Resolution scores each place of the name:
 *   log10(population + 1)
 *   + kind: country 4, region 3 (its population taken as at least a
 *     million), capital 1, adm1 -1 (its population is the sum of its
 *     cities', so a city of the same name wins alone)
 *   + 2.5 when its country is in the article's context: the actors'
 *     countries, the mentions whose every reading lies in one country
 *     (the dateline's twice), and the first readings of the others
 *   + 3 when its subdivision is named in the article ("Atlanta" makes
 *     "Georgia" the state)
 *   + 6 when the mention beside it contains it ("Paris, Texas") or lies
 *     in it ("Savannah, Georgia" makes Georgia the state), or when a US
 *     state's news abbreviation follows it ("Charleston, W.Va.")
 *   + 4 for a subdivision or region before "province", "region"...,
 *   + 6 for a city before "city" or "town" ("Idlib city").
 * The best place wins; the others are kept, best first, as the
 * candidates that lost.
 */
#include "places.h"
#include "mentions.h"
#include "../segment/toks.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CANDS 24
#define MAX_CONTEXT 64
/* Worth a factor of about 300 in population: "Paris" in an article about
 * Texas (with its subdivision's bonus), not "London" in any US story. */
#define CONTEXT_BONUS 2.5

typedef struct context {
    char cc[MAX_CONTEXT][4];
    int count[MAX_CONTEXT];
    int n;
    uint32_t adm1[MAX_CONTEXT];     /* pool offsets: one per name (gazetteer.h) */
    int adm1_count[MAX_CONTEXT];
    int nadm1;
} context;

/* Whether two places' country codes are one: the four bytes of the
 * NUL-padded arrays at once, since the context is asked per candidate. */
static int same_country(const char a[4], const char b[4])
{
    return memcmp(a, b, 4) == 0;
}

static void context_add(context *cx, const char cc[4], int weight)
{
    if (!cc[0]) return;
    for (int i = 0; i < cx->n; i++)
        if (same_country(cx->cc[i], cc)) { cx->count[i] += weight; return; }
    if (cx->n == MAX_CONTEXT) return;
    memcpy(cx->cc[cx->n], cc, 4);
    cx->count[cx->n++] = weight;
}

static int context_has(const context *cx, const char cc[4])
{
    for (int i = 0; i < cx->n; i++)
        if (same_country(cx->cc[i], cc)) return cx->count[i] > 0 ? cx->count[i] : 0;
    return 0;
}

static void context_add_adm1(context *cx, uint32_t adm1, int weight)
{
    if (!adm1) return;                   /* the empty name */
    for (int i = 0; i < cx->nadm1; i++)
        if (cx->adm1[i] == adm1) { cx->adm1_count[i] += weight; return; }
    if (cx->nadm1 == MAX_CONTEXT) return;
    cx->adm1[cx->nadm1] = adm1;
    cx->adm1_count[cx->nadm1++] = weight;
}

static int context_has_adm1(const context *cx, uint32_t adm1)
{
    for (int i = 0; i < cx->nadm1; i++)
        if (cx->adm1[i] == adm1) return cx->adm1_count[i] > 0;
    return 0;
}

/* Adds (weight 1) or takes back (-1) what a first reading tells of the
 * article: its country, and its subdivision for a town. */
static void context_reading(context *cx, const hr_geo_place *p, int weight)
{
    context_add(cx, p->country, weight);
    if (p->kind != HR_GEO_COUNTRY && p->kind != HR_GEO_REGION)
        context_add_adm1(cx, p->adm1, weight);
}

/* Whether place q (a country or subdivision) contains place p. */
static int contains(const hr_geo_place *q, const hr_geo_place *p)
{
    if (q == p || !q->country[0] || !same_country(q->country, p->country)) return 0;
    if (q->kind == HR_GEO_COUNTRY) return p->kind != HR_GEO_COUNTRY;
    return q->kind == HR_GEO_ADM1 && p->kind != HR_GEO_ADM1 && q->adm1 == p->adm1;
}

/* "Paris, Texas": whether a place of mention q contains p, or (when
 * `inside`) whether p contains a place of mention q. */
static int qualified(const hr_geo_data *g, const hr_mention *q, const hr_geo_place *p, int inside)
{
    size_t n = q->ncands < MAX_CANDS ? q->ncands : MAX_CANDS;
    for (size_t c = 0; c < n; c++) {
        const hr_geo_place *o = &g->places[q->cands[c]];
        if (inside ? contains(p, o) : contains(o, p)) return 1;
    }
    return 0;
}

static double score(const hr_geo_data *g, const hr_geo_place *p, const hr_mention *m,
                    const hr_mention *all, const context *cx)
{
    double v = log10((double)p->pop + 1.0);
    switch (p->kind) {
    case HR_GEO_COUNTRY: v += 4; break;
    case HR_GEO_REGION: v = (v < 6 ? 6 : v) + 3; break;   /* hand-picked: well known */
    case HR_GEO_ADM1: v -= 1; break;     /* its population sums its cities' */
    case HR_GEO_CAPITAL: v += 1; break;
    default: break;
    }
    if (p->country[0] && context_has(cx, p->country)) v += CONTEXT_BONUS;
    const char *adm1 = g->pool + p->adm1;
    if (p->adm1 && p->kind != HR_GEO_REGION && context_has_adm1(cx, p->adm1)) v += 3;
    if (m->qualifier && qualified(g, &all[m->qualifier - 1], p, 0)) v += 6;
    if (m->qualifies && qualified(g, &all[m->qualifies - 1], p, 1)) v += 6;
    if (m->state && strcmp(p->country, "USA") == 0 && strcmp(adm1, m->state) == 0) v += 6;
    if (m->next_kind == HR_GEO_ADM1 && (p->kind == HR_GEO_ADM1 || p->kind == HR_GEO_REGION)) v += 4;
    if (m->next_kind == HR_GEO_CITY && (p->kind == HR_GEO_CITY || p->kind == HR_GEO_CAPITAL)) v += 6;
    return v;
}

static int precision_of(int kind)
{
    return kind == HR_GEO_COUNTRY ? HERALD_PLACE_COUNTRY
           : kind == HR_GEO_ADM1 || kind == HR_GEO_REGION ? HERALD_PLACE_REGION
           : HERALD_PLACE_CITY;
}

static void locate(const hr_geo_data *g, const hr_geo_place *p, herald_location *out)
{
    out->name = g->pool + p->name;
    out->country = p->country;
    out->adm1 = g->pool + p->adm1;
    out->kind = hr_geo_kind_name(p->kind);
    out->lat = p->lat / 1e5;
    out->lon = p->lon / 1e5;
    out->population = p->pop;
    out->precision = precision_of(p->kind);
}

/* Whether a resolved mention counts: after a cue, or a well-known
 * place, or a place of a country the article is about; but a bare town
 * before "said" is a surname ("Evans told reporters"). */
static int stands_alone(const hr_geo_place *p, const hr_mention *m, const context *cx)
{
    if (!m->cue && m->speaks && p->kind == HR_GEO_CITY) return 0;
    return m->cue || m->the_noun || m->adjective || m->next_kind || m->qualifier || m->qualifies ||
           m->state ||
           p->kind == HR_GEO_COUNTRY || p->kind == HR_GEO_REGION || p->kind == HR_GEO_ADM1 ||
           p->kind == HR_GEO_CAPITAL || p->pop >= 100000 ||
           (p->country[0] && context_has(cx, p->country) && p->pop >= 20000);
}

/* Ranks the places of hr_mention m, best first, into order[] with scores
 * sc[]; returns how many. */
static size_t rank(const hr_geo_data *g, const hr_mention *m, const hr_mention *all, const context *cx,
                   size_t order[MAX_CANDS], double sc[MAX_CANDS])
{
    size_t nc = m->ncands < MAX_CANDS ? m->ncands : MAX_CANDS;
    for (size_t c = 0; c < nc; c++) {
        sc[c] = score(g, &g->places[m->cands[c]], m, all, cx);
        order[c] = c;
    }
    for (size_t a = 1; a < nc; a++)         /* insertion sort, best first, stable */
        for (size_t b = a; b > 0 && sc[order[b]] > sc[order[b - 1]]; b--) {
            size_t t = order[b]; order[b] = order[b - 1]; order[b - 1] = t;
        }
    return nc;
}

/* The one country a context names above all others, or NULL. */
static const hr_geo_place *main_country(const hr_geo_data *g, const context *cx)
{
    int best = -1, tie = 0;
    for (int i = 0; i < cx->n; i++) {
        if (cx->count[i] <= 0) continue;
        if (best < 0 || cx->count[i] > cx->count[best]) { best = i; tie = 0; }
        else if (cx->count[i] == cx->count[best]) tie = 1;
    }
    return best < 0 || tie ? NULL : hr_geo_country(g, cx->cc[best]);
}

static int by_start(const void *a, const void *b)
{
    uint32_t x = ((const herald_place *)a)->start, y = ((const herald_place *)b)->start;
    return x < y ? -1 : x > y;
}

/* Whether a place of sentence `sentence` before byte `before` lies in
 * a country other than `country` ("a US official said abuses in the
 * country [China] were widespread"): "the country" may be that one.
 * Places are the mentions found so far, in text order. */
static int another_country_before(const herald_doc *doc, size_t sentence, uint32_t before,
                                  const hr_geo_place *country)
{
    for (size_t p = 0; p < doc->place_count && doc->places[p].start < before; p++) {
        const herald_place *pl = &doc->places[p];
        if (pl->sentence == sentence && pl->loc.country[0] &&
            strcmp(pl->loc.country, country->country) != 0)
            return 1;
    }
    return 0;
}

/* "across the country", "in the country": the article's country, when
 * its context names one above all others and the sentence names no
 * other before.  Places stay in text order. */
static int the_country(herald_doc *doc, const hr_geo_data *g, const context *cx)
{
    static const char *const cues[] = { "across", "throughout", "in", "around", "over", NULL };
    const hr_geo_place *country = main_country(g, cx);
    size_t added = 0;
    for (size_t i = 0; country && i < doc->sentence_count; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        size_t end = sen->first_token + sen->token_count;
        if (sen->kind != HERALD_SENTENCE) continue;
        for (size_t k = sen->first_token + 1; k + 1 < end; k++) {
            const herald_token *t = &doc->tokens[k];
            if (!hr_tok_is(t, "the") || !hr_tok_is(t + 1, "country")) continue;
            if (k + 2 < end && hr_tok_is(t + 2, "'s")) continue;   /* "the country's" */
            const char *cue = NULL;
            for (const char *const *c = cues; *c && !cue; c++)
                if (hr_tok_is(t - 1, *c)) cue = *c;
            if (!cue || another_country_before(doc, i, t->start, country)) continue;
            if (hr_arena_grow(&doc->arena, (void **)&doc->places, &doc->place_cap,
                              doc->place_count + 1, sizeof *doc->places))
                return HERALD_ENOMEM;
            herald_place *pl = &doc->places[doc->place_count++];
            memset(pl, 0, sizeof *pl);
            *pl = (herald_place){ .sentence = (uint32_t)i, .first_token = (uint32_t)k,
                                  .token_count = 2, .start = t->start, .end = t[1].end,
                                  .cue = cue };
            locate(g, country, &pl->loc);
            added++;
        }
    }
    if (added) qsort(doc->places, doc->place_count, sizeof *doc->places, by_start);
    return 0;
}

int hr_find_places(herald_doc *doc)
{
    const hr_geo_data *g = &hr_geo_builtin;
    hr_mention *ms = NULL;
    size_t n = 0, cap = 0;
    int rc = hr_find_mentions(doc, g, &ms, &n, &cap);
    if (rc) return rc;

    /* A country's adjective next to a named place only describes it
     * ("Minsk, the Belarusian capital", "the Russian city of Ryazan"). */
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        int near = 0;
        /* mentions are in text order: the neighbours are enough */
        for (size_t j = i > 2 ? i - 2 : 0; j < n && j <= i + 2 && ms[i].adjective && !near; j++)
            near = j != i && !ms[j].adjective && ms[j].sentence == ms[i].sentence &&
                   ms[j].first + ms[j].count + 4 > ms[i].first && ms[i].first + 5 > ms[j].first;
        if (!near) ms[kept++] = ms[i];
    }
    n = kept;

    /* "Paris, Texas": a mention right after "X ," qualifies X. */
    for (size_t i = 0; i + 1 < n; i++) {
        const hr_mention *a = &ms[i], *b = &ms[i + 1];
        if (a->sentence == b->sentence && b->first == a->first + a->count + 1 &&
            hr_tok_is(&doc->tokens[a->first + a->count], ",")) {
            ms[i].qualifier = (int)i + 2;
            ms[i + 1].qualifies = (int)i + 1;
        }
    }

    /* Context, first from the actors' countries and the mentions whose
     * places all lie in one country (twice for the dateline). */
    context base = { .n = 0 };
    unsigned char *in_mention = hr_arena_alloc(&doc->arena, doc->token_count + 1);
    if (!in_mention) return HERALD_ENOMEM;
    memset(in_mention, 0, doc->token_count + 1);
    for (size_t i = 0; i < n; i++)
        memset(in_mention + ms[i].first, 1, ms[i].count);
    for (size_t i = 0; i < doc->actor_count; i++) {
        const herald_actor *a = &doc->actors[i];
        const hr_geo_place *c = hr_geo_country(g, a->code);
        /* an actor that is itself a place mention ("Georgia") would
         * vouch for its own reading */
        for (uint32_t k = a->first_token; c && k < a->first_token + a->token_count &&
                                          k < doc->token_count; k++)
            if (in_mention[k]) c = NULL;
        if (c) context_add(&base, c->country, 1);
    }
    for (size_t i = 0; i < n; i++) {
        const hr_mention *m = &ms[i];
        const hr_geo_place *p0 = &g->places[m->cands[0]];
        int same = 1;
        for (size_t c = 1; c < m->ncands && same; c++)
            same = same_country(g->places[m->cands[c]].country, p0->country);
        if (same)
            context_add(&base, p0->country,
                        doc->sentences[m->sentence].kind == HERALD_DATELINE ? 2 : 1);
    }
    /* A first resolution of every mention; then each mention is resolved
     * again in the context of the others' first resolutions ("Atlanta"
     * makes "Georgia" the state). */
    const hr_geo_place **first = hr_arena_alloc(&doc->arena, (n ? n : 1) * sizeof *first);
    if (!first) return HERALD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        size_t order[MAX_CANDS];
        double sc[MAX_CANDS];
        rank(g, &ms[i], ms, &base, order, sc);
        first[i] = &g->places[ms[i].cands[order[0]]];
    }
    context all = base;
    for (size_t i = 0; i < n; i++) context_reading(&all, first[i], 1);
    for (size_t i = 0; i < n; i++) {
        const hr_mention *m = &ms[i];
        context cx = all;                    /* the others' readings, not its own */
        context_reading(&cx, first[i], -1);
        size_t order[MAX_CANDS];
        double sc[MAX_CANDS];
        size_t nc = rank(g, m, ms, &cx, order, sc);
        const hr_geo_place *best = &g->places[m->cands[order[0]]];
        if (!stands_alone(best, m, &cx)) continue;
        if (hr_arena_grow(&doc->arena, (void **)&doc->places, &doc->place_cap,
                          doc->place_count + 1, sizeof *doc->places))
            return HERALD_ENOMEM;
        herald_place *pl = &doc->places[doc->place_count++];
        memset(pl, 0, sizeof *pl);
        pl->sentence = m->sentence;
        pl->first_token = m->first;
        pl->token_count = m->count;
        pl->start = doc->tokens[m->first].start;
        pl->end = doc->tokens[m->first + m->count - 1].end;
        pl->cue = m->cue ? m->cue : "";
        pl->as_actor = m->as_actor;
        pl->score = sc[order[0]];
        locate(g, best, &pl->loc);
        if (nc > 1) {
            herald_location *lost = hr_arena_alloc(&doc->arena, (nc - 1) * sizeof *lost);
            double *ls = hr_arena_alloc(&doc->arena, (nc - 1) * sizeof *ls);
            if (!lost || !ls) return HERALD_ENOMEM;
            for (size_t c = 1; c < nc; c++) {
                locate(g, &g->places[m->cands[order[c]]], &lost[c - 1]);
                ls[c - 1] = sc[order[c]];
            }
            pl->lost = lost;
            pl->lost_scores = ls;
            pl->lost_count = (uint32_t)(nc - 1);
        }
    }
    return the_country(doc, g, &all);
}

const char *herald_place_precision_name(int p)
{
    static const char *const names[] = { "", "city", "region", "country" };
    return p >= 0 && p <= 3 ? names[p] : "";
}

size_t herald_doc_place_count(const herald_doc *doc)
{
    return doc ? doc->place_count : 0;
}

const herald_place *herald_doc_place(const herald_doc *doc, size_t i)
{
    return doc && i < doc->place_count ? &doc->places[i] : NULL;
}

size_t hr_place_from(const herald_doc *doc, size_t k)
{
    size_t lo = 0, hi = doc->place_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->places[mid].first_token < k) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

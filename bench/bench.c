/* herald-bench: segmentation throughput on a JSON Lines corpus.
 *
 * Loads every article into memory, then times, in one process:
 *   plain    - a pass that only reads the same text bytes (the memory
 *              bandwidth floor, which any real work is compared against);
 *   segment  - herald_doc_new + herald_doc_run + free, with no
 *              dictionaries, up to the segment stage (segmentation alone);
 *   tags     - the same up to the tag stage (part-of-speech tagging);
 *   actors   - the same with the built-in dictionaries, up to the actor
 *              stage (segmentation and actor recognition);
 *   clauses  - the same up to the clause stage (chunks);
 *   dates    - the actor pass plus finding the date expressions (their
 *              share of the coding time);
 *   events   - every stage with the built-in dictionaries;
 *   read     - the JSONL reader alone, from the file (JSON parsing).
 * Each is run several times and the fastest run is kept, since shared
 * machines are noisy; ratios against the plain pass are what to compare.
 * Then dictionary loading: the built-ins, and the PETRARCH-2 Phoenix
 * files when ../shared is there (time, and heap bytes held).
 *
 * Places: the gazetteer is const data of the library, so "loading" it
 * is the page faults of its first use.  Measured first thing, cold: the
 * first document with a place mention, and a pass touching every page
 * of the gazetteer (the worst case) with the resident memory it adds;
 * then coding with the place stage against the same run without it. */
#include "herald.h"
#include "../src/when/dates.h"
#include "../src/where/gazetteer.h"

#include <malloc.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

typedef struct corpus {
    char **texts;
    size_t *lens;
    size_t count, cap, bytes;
} corpus;

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static int load(const char *path, corpus *c)
{
    herald_error err;
    herald_reader *r = herald_reader_open(path, NULL, &err);
    if (!r) { fprintf(stderr, "%s: %s\n", err.file, err.message); return -1; }
    herald_article a;
    int rc;
    while ((rc = herald_reader_next(r, &a, &err)) != 0) {
        if (rc < 0) continue;
        if (c->count == c->cap) {
            c->cap = c->cap ? c->cap * 2 : 1024;
            c->texts = realloc(c->texts, c->cap * sizeof *c->texts);
            c->lens = realloc(c->lens, c->cap * sizeof *c->lens);
        }
        c->texts[c->count] = malloc(a.text_len + 1);
        memcpy(c->texts[c->count], a.text, a.text_len + 1);
        c->lens[c->count++] = a.text_len;
        c->bytes += a.text_len;
    }
    herald_reader_free(r);
    return 0;
}

/* Reads every byte; the sum keeps the compiler from skipping the loop. */
static double plain_pass(const corpus *c, unsigned long *sink)
{
    double t = now();
    unsigned long sum = 0;
    for (size_t i = 0; i < c->count; i++) {
        const unsigned char *p = (const unsigned char *)c->texts[i];
        for (size_t k = 0; k < c->lens[i]; k++) sum += p[k];
    }
    *sink += sum;
    return now() - t;
}

typedef struct counts {
    size_t sentences, tokens, mentions, chunks, events;
} counts;

/* herald_doc_new + herald_doc_run up to `last` (+ `then`, an internal
 * step after it, when not NULL) + free over the corpus. */
static double pipeline_pass(const herald_ctx *ctx, const corpus *c, herald_stage last,
                            int (*then)(herald_doc *), counts *n)
{
    double t = now();
    memset(n, 0, sizeof *n);
    for (size_t i = 0; i < c->count; i++) {
        herald_article a = { .id = "b", .text = c->texts[i], .text_len = c->lens[i],
                             .date = "2000-01-01" };
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        if (doc && herald_doc_run(doc, last, NULL) == HERALD_OK && (!then || !then(doc))) {
            n->sentences += herald_doc_sentence_count(doc);
            n->tokens += herald_doc_token_count(doc);
            n->mentions += herald_doc_actor_count(doc);
            n->chunks += herald_doc_chunk_count(doc);
            n->events += herald_doc_event_count(doc);
        }
        herald_doc_free(doc);
    }
    return now() - t;
}

static size_t heap_in_use(void)
{
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd;
}

typedef struct load_result { double seconds; size_t bytes, phrases; int ok; } load_result;

/* Creates a context (built-ins, or none plus `files`) and measures it. */
static load_result load_dicts(int builtin, const char *dir, const char *const *files,
                              const int *kinds, size_t nfiles)
{
    load_result r = { 0 };
    size_t before = heap_in_use();
    double t = now();
    herald_options o = { .no_builtin = !builtin };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    r.ok = ctx != NULL;
    char path[1024];
    for (size_t i = 0; ctx && i < nfiles; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, files[i]);
        if (herald_ctx_load_dict(ctx, kinds[i], path, NULL) != 0) r.ok = 0;
    }
    r.seconds = now() - t;
    r.bytes = heap_in_use() - before;
    r.phrases = herald_ctx_dict_size(ctx, HERALD_DICT_ACTORS) +
                herald_ctx_dict_size(ctx, HERALD_DICT_AGENTS);
    herald_ctx_free(ctx);
    return r;
}

static void report_load(const char *what, int builtin, const char *dir,
                        const char *const *files, const int *kinds, size_t n)
{
    load_result best = { 1e9, 0, 0, 1 };
    for (int i = 0; i < 5; i++) {
        load_result r = load_dicts(builtin, dir, files, kinds, n);
        if (!r.ok) { printf("  %-22s failed to load\n", what); return; }
        if (r.seconds < best.seconds) best = r;
    }
    printf("  %-22s %8.1f ms  %8.1f MB held  %8zu phrases\n", what, best.seconds * 1e3,
           (double)best.bytes / 1e6, best.phrases);
}

static double read_pass(const char *path, size_t *raw)
{
    double t = now();
    herald_reader *r = herald_reader_open(path, NULL, NULL);
    herald_article a;
    while (r && herald_reader_next(r, &a, NULL) != 0) {}
    *raw = r ? (size_t)herald_reader_bytes(r) : 0;
    herald_reader_free(r);
    return now() - t;
}

static double best(double a, double b) { return a < b ? a : b; }

/* Resident set size now, from /proc/self/statm (0 when unavailable). */
static double rss_mb(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    unsigned long size = 0, resident = 0;
    if (f) {
        if (fscanf(f, "%lu %lu", &size, &resident) != 2) resident = 0;
        fclose(f);
    }
    return (double)resident * 4096.0 / 1e6;
}

/* The gazetteer's cold start (see the top of the file). */
static void gazetteer_cold(void)
{
    const hr_geo_data *g = &hr_geo_builtin;
    double rss0 = rss_mb();
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    const char *text = "Fighting continued near Aleppo, in Idlib province and in Paris, Texas.";
    herald_article a = { .id = "g", .text = text, .text_len = strlen(text) };
    double t = now();
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    size_t places = doc && herald_doc_code(doc, NULL) == 0 ? herald_doc_place_count(doc) : 0;
    double first = now() - t;
    herald_doc_free(doc);
    herald_ctx_free(ctx);
    double rss1 = rss_mb();
    t = now();
    unsigned long sum = 0;
    const unsigned char *parts[4] = { (const unsigned char *)g->pool, (const void *)g->places,
                                      (const void *)g->keys, (const void *)g->cands };
    size_t sizes[4] = { g->pool_size, g->place_count * sizeof *g->places,
                        g->key_count * sizeof *g->keys, g->cand_count * sizeof *g->cands };
    for (int i = 0; i < 4; i++)
        for (size_t k = 0; k < sizes[i]; k += 4096) sum += parts[i][k];
    double all = now() - t;
    printf("gazetteer: %zu places, %zu names, %.1f MB of read-only data in the library\n",
           g->place_count, g->key_count, (double)hr_geo_bytes(g) / 1e6);
    printf("  first document with places (cold)  %7.2f ms  (%zu places, +%.1f MB resident)\n",
           first * 1e3, places, rss1 - rss0);
    printf("  touch every gazetteer page (cold)  %7.2f ms  (+%.1f MB resident)%s\n",
           all * 1e3, rss_mb() - rss1, sum == 42 ? " " : "");
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: herald-bench FILE.jsonl [RUNS [PETRARCH-DICT-DIR]]\n");
        return 2;
    }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1) runs = 1;
    static int cold_done;    /* the gazetteer's cold start, measured first */
    if (!cold_done++) gazetteer_cold();
    corpus c = { 0 };
    if (load(argv[1], &c)) return 1;
    herald_options bare = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&bare, NULL);
    herald_ctx *full = herald_ctx_new(NULL, NULL);
    herald_options np = { .no_places = 1 };
    herald_ctx *noplaces = herald_ctx_new(&np, NULL);
    unsigned long sink = 0;
    size_t raw = 0;
    counts seg, act, code, tagged, nop, dated, chunked;
    double t_tag = 1e9, t_dates = 1e9, t_chunks = 1e9;
    double t_plain = 1e9, t_seg = 1e9, t_act = 1e9, t_code = 1e9, t_read = 1e9, t_nop = 1e9;
    for (int i = 0; i < runs; i++) {
        t_plain = best(t_plain, plain_pass(&c, &sink));
        t_seg = best(t_seg, pipeline_pass(ctx, &c, HERALD_STAGE_SEGMENT, NULL, &seg));
        t_tag = best(t_tag, pipeline_pass(ctx, &c, HERALD_STAGE_TAG, NULL, &tagged));
        t_act = best(t_act, pipeline_pass(full, &c, HERALD_STAGE_ACTORS, NULL, &act));
        t_chunks = best(t_chunks, pipeline_pass(full, &c, HERALD_STAGE_CLAUSES, NULL, &chunked));
        t_dates = best(t_dates, pipeline_pass(full, &c, HERALD_STAGE_ACTORS, hr_find_dates, &dated));
        t_code = best(t_code, pipeline_pass(full, &c, HERALD_STAGE_EVENTS, NULL, &code));
        t_nop = best(t_nop, pipeline_pass(noplaces, &c, HERALD_STAGE_EVENTS, NULL, &nop));
        t_read = best(t_read, read_pass(argv[1], &raw));
    }
    size_t sentences = seg.sentences;
    double mb = (double)c.bytes / 1e6;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    const char *name = strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1];
    printf("%s: %zu articles, %.2f MB of text, %zu sentences, %zu tokens (best of %d)\n",
           name, c.count, mb, sentences, seg.tokens, runs);
    printf("  plain pass   %8.1f MB/s\n", mb / t_plain);
    printf("  segment      %8.1f MB/s  %10.0f sentences/s  %10.0f tokens/s  = %.3f of plain\n",
           mb / t_seg, (double)sentences / t_seg, (double)seg.tokens / t_seg, t_plain / t_seg);
    printf("  + tags       %8.1f MB/s  %10.0f sentences/s  %10.0f tokens/s  = %.3f of segment"
           " (part-of-speech tagging)\n", mb / t_tag, (double)sentences / t_tag,
           (double)seg.tokens / t_tag, t_seg / t_tag);
    printf("  + actors     %8.1f MB/s  %10.0f sentences/s  %10zu mentions (built-in dictionaries)\n",
           mb / t_act, (double)sentences / t_act, act.mentions);
    printf("  + clauses    %8.1f MB/s  %10.0f sentences/s  %10zu chunks (noun phrases, verb groups...)\n",
           mb / t_chunks, (double)sentences / t_chunks, chunked.chunks);
    printf("  + events     %8.1f MB/s  %10.0f sentences/s  %10zu events (built-in dictionaries)"
           "  = %.3f of segment\n",
           mb / t_code, (double)sentences / t_code, code.events, t_seg / t_code);
    printf("  events, no places %8.1f MB/s; with places %.1f MB/s: places cost %.1f%% of coding time\n",
           mb / t_nop, mb / t_code, 100.0 * (t_code - t_nop) / t_code);
    printf("  date expressions found and normalised: %.1f%% of coding time\n",
           100.0 * (t_dates - t_act) / t_code);
    printf("  read JSONL   %8.1f MB/s  (%.2f MB of file, JSON parsing)\n",
           (double)raw / 1e6 / t_read, (double)raw / 1e6);
    printf("  peak RSS     %8.1f MB (corpus held in memory: %.1f MB)\n",
           (double)ru.ru_maxrss / 1024.0, mb);
    if (argc > 3) {   /* full coding with the PETRARCH-2 production dictionaries */
        static const char *const files[] = { "Phoenix.Countries.actors.txt",
                                              "Phoenix.International.actors.txt",
                                              "Phoenix.MilNonState.actors.txt",
                                              "Phoenix.agents.txt", "CAMEO.2.0.txt" };
        static const int kinds[] = { HERALD_DICT_ACTORS, HERALD_DICT_ACTORS, HERALD_DICT_ACTORS,
                                     HERALD_DICT_AGENTS, HERALD_DICT_VERBS };
        herald_options po = { .no_builtin = 1 };
        herald_ctx *production = herald_ctx_new(&po, NULL);
        char path[1024];
        for (size_t i = 0; i < 5; i++) {
            snprintf(path, sizeof path, "%s/%s", argv[3], files[i]);
            herald_ctx_load_dict(production, kinds[i], path, NULL);
        }
        counts phx;
        double t_phx = 1e9;
        for (int i = 0; i < runs; i++)
            t_phx = best(t_phx, pipeline_pass(production, &c, HERALD_STAGE_EVENTS, NULL, &phx));
        printf("  code (Phoenix + CAMEO.2.0) %8.1f MB/s  %10.0f sentences/s  %8zu events  = %.3f of segment\n",
               mb / t_phx, (double)sentences / t_phx, phx.events, t_seg / t_phx);
        herald_ctx_free(production);
    }
    herald_ctx_free(ctx);
    herald_ctx_free(full);
    herald_ctx_free(noplaces);
    if (argc > 3) {   /* dictionary loading, once per bench run */
        report_load("built-in dictionaries", 1, NULL, NULL, NULL, 0);
        static const char *const phoenix[] = { "Phoenix.Countries.actors.txt",
                                               "Phoenix.International.actors.txt",
                                               "Phoenix.MilNonState.actors.txt",
                                               "Phoenix.agents.txt" };
        static const int kinds[] = { HERALD_DICT_ACTORS, HERALD_DICT_ACTORS, HERALD_DICT_ACTORS,
                                     HERALD_DICT_AGENTS };
        report_load("Phoenix actors+agents", 0, argv[3], phoenix, kinds, 4);
    }
    for (size_t i = 0; i < c.count; i++) free(c.texts[i]);
    free(c.texts);
    free(c.lens);
    return sink == 42 ? 3 : 0;   /* uses sink */
}

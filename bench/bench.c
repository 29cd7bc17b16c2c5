/* herald-bench: segmentation throughput on a JSON Lines corpus.
 *
 * Loads every article into memory, then times, in one process:
 *   plain    - a pass that only reads the same text bytes (the memory
 *              bandwidth floor, which any real work is compared against);
 *   segment  - herald_doc_new + herald_doc_code (segmentation) + free;
 *   read     - the JSONL reader alone, from the file (JSON parsing).
 * Each is run several times and the fastest run is kept, since shared
 * machines are noisy; ratios against the plain pass are what to compare. */
#include "herald.h"

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

static double segment_pass(const herald_ctx *ctx, const corpus *c, size_t *sentences,
                           size_t *tokens)
{
    double t = now();
    size_t s = 0, k = 0;
    for (size_t i = 0; i < c->count; i++) {
        herald_article a = { .id = "b", .text = c->texts[i], .text_len = c->lens[i] };
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        if (doc && herald_doc_code(doc, NULL) == HERALD_OK) {
            s += herald_doc_sentence_count(doc);
            k += herald_doc_token_count(doc);
        }
        herald_doc_free(doc);
    }
    *sentences = s;
    *tokens = k;
    return now() - t;
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

int main(int argc, char **argv)
{
    if (argc < 2) { fprintf(stderr, "usage: herald-bench FILE.jsonl [RUNS]\n"); return 2; }
    int runs = argc > 2 ? atoi(argv[2]) : 5;
    if (runs < 1) runs = 1;
    corpus c = { 0 };
    if (load(argv[1], &c)) return 1;
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    unsigned long sink = 0;
    size_t sentences = 0, tokens = 0, raw = 0;
    double t_plain = 1e9, t_seg = 1e9, t_read = 1e9;
    for (int i = 0; i < runs; i++) {
        t_plain = best(t_plain, plain_pass(&c, &sink));
        t_seg = best(t_seg, segment_pass(ctx, &c, &sentences, &tokens));
        t_read = best(t_read, read_pass(argv[1], &raw));
    }
    double mb = (double)c.bytes / 1e6;
    struct rusage ru;
    getrusage(RUSAGE_SELF, &ru);
    const char *name = strrchr(argv[1], '/') ? strrchr(argv[1], '/') + 1 : argv[1];
    printf("%s: %zu articles, %.2f MB of text, %zu sentences, %zu tokens (best of %d)\n",
           name, c.count, mb, sentences, tokens, runs);
    printf("  plain pass   %8.1f MB/s\n", mb / t_plain);
    printf("  segment      %8.1f MB/s  %10.0f sentences/s  %10.0f tokens/s  = %.3f of plain\n",
           mb / t_seg, (double)sentences / t_seg, (double)tokens / t_seg, t_plain / t_seg);
    printf("  read JSONL   %8.1f MB/s  (%.2f MB of file, JSON parsing)\n",
           (double)raw / 1e6 / t_read, (double)raw / 1e6);
    printf("  peak RSS     %8.1f MB (corpus held in memory: %.1f MB)\n",
           (double)ru.ru_maxrss / 1024.0, mb);
    herald_ctx_free(ctx);
    for (size_t i = 0; i < c.count; i++) free(c.texts[i]);
    free(c.texts);
    free(c.lens);
    return sink == 42 ? 3 : 0;   /* uses sink */
}

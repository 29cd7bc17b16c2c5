#include "pipeline.h"
#include "diag.h"
#include "progress.h"

#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NONE UINT64_MAX

/* One article in flight.  Slots form a ring indexed by sequence number;
 * the main thread fills them and writes them out in order, workers code
 * them in between. */
typedef struct slot {
    herald_doc *doc;
    int rc;                  /* result of coding and rendering */
    herald_error err;
    const char *out;
    size_t out_len;
    int done;
} slot;

typedef struct pool {
    slot *slots;
    size_t cap;
    uint64_t submitted;      /* next sequence number to fill */
    uint64_t taken;          /* next sequence number a worker takes */
    uint64_t written;        /* next sequence number to write */
    uint64_t awaited;        /* the slot the main thread sleeps on, or NONE */
    int closing;
    pthread_mutex_t lock;
    pthread_cond_t work, finished;
    pthread_t *threads;
    int nthreads;
} pool;

typedef struct state {
    const hc_run *run;
    herald_ctx *ctx;
    FILE *out;
    int write_failed;
    int stopped;             /* a write or the sink failed: read no more */
    hc_diag diag;
    hc_progress progress;
    uint64_t input_bytes;    /* bytes of finished inputs */
    pool pool;
} state;

static void process(slot *s, const hc_run *run)
{
    int format = run->format;
    s->rc = herald_doc_run(s->doc, run->sink ? HERALD_STAGE_EVENTS : herald_format_stage(format),
                           &s->err);
    if (s->rc == HERALD_OK && !run->sink) {
        s->rc = herald_doc_render(s->doc, format, &s->out, &s->out_len);
        if (s->rc)
            snprintf(s->err.message, sizeof s->err.message, "rendering output: %s",
                     herald_strerror(s->rc));
    }
}

/* Writes a coded slot and releases its document. */
static void emit(state *st, slot *s)
{
    const hc_sink *sink = st->run->sink;
    if (s->rc) {
        hc_diag_print(&st->diag, &s->err);
    } else if (sink) {
        if (!st->stopped && sink->take(sink->user, s->doc)) st->stopped = 1;
    } else if (s->out_len && !st->write_failed &&
               fwrite(s->out, 1, s->out_len, st->out) != s->out_len) {
        st->write_failed = st->stopped = 1;
    }
    hc_progress_update(&st->progress, 1, herald_doc_sentence_count(s->doc), st->input_bytes);
    herald_doc_free(s->doc);
    memset(s, 0, sizeof *s);
}

static void *worker(void *arg)
{
    state *st = arg;
    pool *p = &st->pool;
    pthread_mutex_lock(&p->lock);
    for (;;) {
        while (p->taken == p->submitted && !p->closing) pthread_cond_wait(&p->work, &p->lock);
        if (p->taken == p->submitted) break;
        uint64_t seq = p->taken++;
        slot *s = &p->slots[seq % p->cap];
        pthread_mutex_unlock(&p->lock);
        process(s, st->run);
        pthread_mutex_lock(&p->lock);
        s->done = 1;
        /* Wake the main thread only for the slot it waits on: one
         * wake-up per batch of articles, not one per article. */
        if (seq == p->awaited) pthread_cond_signal(&p->finished);
    }
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

/* Blocks until slot `seq` is done.  Called with the lock held. */
static void wait_done(pool *p, uint64_t seq)
{
    p->awaited = seq;
    while (!p->slots[seq % p->cap].done) pthread_cond_wait(&p->finished, &p->lock);
    p->awaited = NONE;
}

/* Writes the finished slots at the head of the ring, in order.  Called
 * with the lock held. */
static void flush(state *st)
{
    pool *p = &st->pool;
    while (p->written < p->submitted) {
        slot *s = &p->slots[p->written % p->cap];
        if (!s->done) return;
        /* The slot is ours alone once done: write it without the lock. */
        pthread_mutex_unlock(&p->lock);
        emit(st, s);
        pthread_mutex_lock(&p->lock);
        p->written++;
    }
}

/* Frees room in a full ring.  It waits for half the ring to be coded,
 * not one slot, so the main thread sleeps once per batch; it waits for
 * the oldest slot when that one alone holds the ring up. */
static void make_room(state *st)
{
    pool *p = &st->pool;
    while (p->submitted - p->written == p->cap) {
        uint64_t target = p->written + p->cap / 2 - 1;
        if (p->slots[target % p->cap].done) target = p->written;
        wait_done(p, target);
        flush(st);
    }
}

static int pool_start(state *st, int jobs)
{
    pool *p = &st->pool;
    p->cap = (size_t)jobs * 16;
    p->awaited = NONE;
    p->slots = calloc(p->cap, sizeof *p->slots);
    p->threads = calloc((size_t)jobs, sizeof *p->threads);
    if (!p->slots || !p->threads) return -1;
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->work, NULL);
    pthread_cond_init(&p->finished, NULL);
    for (int i = 0; i < jobs; i++) {
        if (pthread_create(&p->threads[i], NULL, worker, st) != 0) break;
        p->nthreads++;
    }
    return p->nthreads ? 0 : -1;
}

static void pool_stop(state *st)
{
    pool *p = &st->pool;
    if (p->nthreads) {
        pthread_mutex_lock(&p->lock);
        while (p->written < p->submitted) {
            wait_done(p, p->written);
            flush(st);
        }
        p->closing = 1;
        pthread_cond_broadcast(&p->work);
        pthread_mutex_unlock(&p->lock);
        for (int i = 0; i < p->nthreads; i++) pthread_join(p->threads[i], NULL);
        pthread_mutex_destroy(&p->lock);
        pthread_cond_destroy(&p->work);
        pthread_cond_destroy(&p->finished);
    }
    free(p->slots);
    free(p->threads);
}

static void submit(state *st, const herald_article *a)
{
    const hc_sink *sink = st->run->sink;
    if (sink && sink->skip && sink->skip(sink->user, a)) return;
    herald_error err;
    herald_doc *doc = herald_doc_new(st->ctx, a, &err);
    if (!doc) { hc_diag_print(&st->diag, &err); return; }
    pool *p = &st->pool;
    if (!p->nthreads) {
        slot s = { .doc = doc };
        process(&s, st->run);
        emit(st, &s);
        return;
    }
    pthread_mutex_lock(&p->lock);
    make_room(st);
    p->slots[p->submitted % p->cap] = (slot){ .doc = doc };
    p->submitted++;
    pthread_cond_signal(&p->work);
    flush(st);
    pthread_mutex_unlock(&p->lock);
}

static void read_input(state *st, const char *path)
{
    herald_reader_options ro = {
        .default_date = st->run->default_date,
        .max_article_bytes = st->run->max_article_bytes,
        .diag = hc_diag_callback,
        .diag_user = &st->diag,
    };
    herald_error err;
    herald_reader *r = herald_reader_open(path, &ro, &err);
    if (!r) { hc_diag_print(&st->diag, &err); return; }
    herald_article a;
    int rc;
    while ((rc = herald_reader_next(r, &a, &err)) != 0) {
        if (rc < 0) { hc_diag_print(&st->diag, &err); continue; }
        submit(st, &a);
        if (st->stopped) break;
    }
    st->input_bytes += herald_reader_bytes(r);
    herald_reader_free(r);
}

herald_ctx *hc_make_context(const hc_run *run, hc_diag *diag)
{
    herald_options opts = { .max_article_bytes = run->max_article_bytes,
                            .no_builtin = run->no_builtin,
                            .keep_uncertain = run->keep_uncertain,
                            .allow_partial = run->allow_partial,
                            .since_days = run->since_days,
                            .diag = hc_diag_callback, .diag_user = diag };
    herald_error err;
    herald_ctx *ctx = herald_ctx_new(&opts, &err);
    if (!ctx) { hc_diag_print(diag, &err); return NULL; }
    for (int i = 0; i < run->dict_count; i++) {
        if (herald_ctx_load_dict(ctx, run->dict_kinds[i], run->dict_paths[i], &err) != 0) {
            hc_diag_print(diag, &err);
            herald_ctx_free(ctx);
            return NULL;
        }
    }
    return ctx;
}

int hc_run_pipeline(const hc_run *run)
{
    state st = { .run = run };
    hc_progress_init(&st.progress, run->progress);
    st.diag.progress = &st.progress;
    if (!(st.ctx = hc_make_context(run, &st.diag))) return 1;

    int to_stdout = !run->output || strcmp(run->output, "-") == 0;
    st.out = run->sink ? NULL : to_stdout ? stdout : fopen(run->output, "w");
    if (!st.out && !run->sink) {
        fprintf(stderr, "herald: cannot write %s: %s\n", run->output, strerror(errno));
        herald_ctx_free(st.ctx);
        return 1;
    }
    if (st.out) fputs(herald_format_header(run->format), st.out);

    /* With a sink, even one coding thread runs beside the main thread,
     * which feeds the sink: storing overlaps coding. */
    if ((run->jobs > 1 || run->sink) && pool_start(&st, run->jobs) != 0)
        fprintf(stderr, "herald: warning: could not start worker threads; coding on one\n");
    if (run->input_count == 0) read_input(&st, "-");
    for (int i = 0; i < run->input_count && !st.stopped; i++)
        read_input(&st, run->inputs[i]);
    pool_stop(&st);
    hc_progress_finish(&st.progress);

    if (st.out && (fflush(st.out) != 0 || ferror(st.out))) st.write_failed = 1;
    if (st.out && !to_stdout && fclose(st.out) != 0) st.write_failed = 1;
    if (st.write_failed)
        fprintf(stderr, "herald: error writing %s: %s\n", to_stdout ? "standard output" : run->output,
                strerror(errno));
    herald_ctx_free(st.ctx);
    return st.diag.errors || st.stopped || st.write_failed ? 1 : 0;
}

#include "progress.h"

#include <stdio.h>
#include <time.h>

double hc_now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void hc_progress_init(hc_progress *p, int enabled)
{
    *p = (hc_progress){ .enabled = enabled, .started = hc_now() };
}

static void draw(hc_progress *p, double now)
{
    double elapsed = now - p->started;
    double mbs = elapsed > 0 ? (double)p->bytes / 1e6 / elapsed : 0;
    fprintf(stderr, "\rherald: %llu articles, %llu sentences, %.1f MB/s, %.1f s\033[K",
            (unsigned long long)p->articles, (unsigned long long)p->sentences, mbs, elapsed);
    fflush(stderr);
    p->shown = 1;
    p->last_draw = now;
}

void hc_progress_update(hc_progress *p, uint64_t articles, uint64_t sentences, uint64_t bytes)
{
    p->articles += articles;
    p->sentences += sentences;
    p->bytes = bytes;
    if (!p->enabled) return;
    double now = hc_now();
    if (now - p->last_draw >= 0.2) draw(p, now);
}

void hc_progress_clear(hc_progress *p)
{
    if (!p->shown) return;
    fputs("\r\033[K", stderr);
    p->shown = 0;
}

void hc_progress_finish(hc_progress *p)
{
    if (!p->enabled) return;
    draw(p, hc_now());
    fputc('\n', stderr);
    p->shown = 0;
}

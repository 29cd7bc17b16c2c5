/* progress.h - the progress line on stderr: articles, sentences, MB/s,
 * elapsed time; redrawn at most five times a second. */
#ifndef HC_PROGRESS_H
#define HC_PROGRESS_H

#include <stdint.h>

typedef struct hc_progress {
    int enabled;
    int shown;               /* a line is on the screen */
    double started, last_draw;
    uint64_t articles, sentences, bytes;
} hc_progress;

double hc_now(void);
void hc_progress_init(hc_progress *p, int enabled);
/* Adds to the counters; bytes is the running total of input bytes read. */
void hc_progress_update(hc_progress *p, uint64_t articles, uint64_t sentences, uint64_t bytes);
/* Erases the line so that a message can be printed. */
void hc_progress_clear(hc_progress *p);
/* Prints the final figures and ends the line. */
void hc_progress_finish(hc_progress *p);

#endif

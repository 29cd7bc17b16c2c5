/* opts.h - option values shared by the commands. */
#ifndef HC_OPTS_H
#define HC_OPTS_H

#include <stddef.h>
#include <stdint.h>

/* "8M", "512k", "1G", "2T" or plain bytes, at most `max`.  Returns 0,
 * or -1 for bad text or a size over the limit. */
int hc_parse_size(const char *s, uint64_t max, uint64_t *out);
/* A positive integer up to `max`.  Returns 0 or -1. */
int hc_parse_count(const char *s, int max, int *out);
/* Prints "herald: MSG\nTry 'herald CMD --help'." and returns 2. */
int hc_usage_error(const char *cmd, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Whether the progress line is on by default (stderr is a terminal). */
int hc_progress_default(void);

#endif

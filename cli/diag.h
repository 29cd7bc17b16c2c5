/* diag.h - how the CLI shows problems: "FILE:LINE: severity: message",
 * the compiler convention editors can jump to.  Counts errors so that the
 * exit status can say whether all input was coded. */
#ifndef HC_DIAG_H
#define HC_DIAG_H

#include "herald.h"
#include "progress.h"

typedef struct hc_diag {
    hc_progress *progress;   /* cleared before a message, may be NULL */
    unsigned long errors, warnings;
} hc_diag;

void hc_diag_print(hc_diag *d, const herald_error *e);
/* A herald_diag_fn for the library: forwards to hc_diag_print. */
void hc_diag_callback(void *user, const herald_error *e);

#endif

#include "diag.h"

#include <stdio.h>

void hc_diag_print(hc_diag *d, const herald_error *e)
{
    if (d->progress) hc_progress_clear(d->progress);
    const char *sev = e->severity == HERALD_WARNING ? "warning" : "error";
    if (e->severity == HERALD_WARNING) d->warnings++;
    else d->errors++;
    if (e->file[0] && e->line)
        fprintf(stderr, "%s:%llu: %s: %s\n", e->file, (unsigned long long)e->line, sev,
                e->message);
    else if (e->file[0])
        fprintf(stderr, "%s: %s: %s\n", e->file, sev, e->message);
    else
        fprintf(stderr, "herald: %s: %s\n", sev, e->message);
}

void hc_diag_callback(void *user, const herald_error *e)
{
    hc_diag_print(user, e);
}

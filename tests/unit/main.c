/* The unit test driver: `herald-tests` runs every test, `herald-tests
 * NAME...` runs the named ones (for a debugger). */
#include "harness.h"

#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

ht_state ht_current;

typedef struct entry { const char *name; void (*fn)(void); } entry;
#define ENTRY(name) { #name, name },
static const entry TESTS[] = { HT_TESTS(ENTRY) };

void ht_fail(const char *file, int line, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("  %s:%d: %s\n", file, line, msg);
    ht_current.failed++;
}

void ht_skip(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(ht_current.skip_reason, sizeof ht_current.skip_reason, fmt, ap);
    va_end(ap);
    ht_current.skipped = 1;
}

void ht_report(const char *name, int ok, const char *why)
{
    if (ok) printf("PASS %s\n", name);
    else printf("FAIL %s: %s\n", name, why ? why : "");
    if (!ok) ht_current.failed++;   /* the test that ran the case fails too */
}

void ht_report_skip(const char *name, const char *why)
{
    printf("SKIP %s: %s\n", name, why);
}

const char *ht_data_dir(void)
{
    const char *d = getenv("HERALD_TESTS_DIR");
    return d && *d ? d : "tests";
}

const char *ht_temp_file(const char *name, const char *text)
{
    static char paths[4][512];
    static int slot;
    char *p = paths[slot++ % 4];
    const char *base = getenv("TMPDIR");
    snprintf(p, 512, "%s/herald-test-%d-%s", base && *base ? base : "/tmp", (int)getpid(), name);
    FILE *f = fopen(p, "wb");
    if (f) {
        fputs(text, f);
        fclose(f);
    }
    return p;
}

const char *ht_shared_dir(void)
{
    const char *d = getenv("HERALD_SHARED_DIR");
    if (!d || !*d) d = "../shared";
    struct stat st;
    return stat(d, &st) == 0 && S_ISDIR(st.st_mode) ? d : NULL;
}

static int run(const entry *e)
{
    memset(&ht_current, 0, sizeof ht_current);
    ht_current.name = e->name;
    e->fn();
    if (ht_current.skipped) printf("SKIP %s: %s\n", e->name, ht_current.skip_reason);
    else if (ht_current.failed) printf("FAIL %s\n", e->name);
    else printf("PASS %s\n", e->name);
    fflush(stdout);
    return ht_current.failed != 0;
}

int main(int argc, char **argv)
{
    int failures = 0;
    size_t n = sizeof TESTS / sizeof *TESTS;
    if (argc > 1) {
        for (int a = 1; a < argc; a++) {
            size_t i = 0;
            while (i < n && strcmp(TESTS[i].name, argv[a]) != 0) i++;
            if (i == n) { fprintf(stderr, "no test named %s\n", argv[a]); return 2; }
            failures += run(&TESTS[i]);
        }
    } else {
        for (size_t i = 0; i < n; i++) failures += run(&TESTS[i]);
    }
    return failures ? 1 : 0;
}

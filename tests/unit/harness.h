/* harness.h - a tiny test harness.  Each test is a function; CHECK
 * records a failure and carries on.  Results print as "PASS name",
 * "FAIL name: why" or "SKIP name: why", counted by tests/run.sh. */
#ifndef HT_HARNESS_H
#define HT_HARNESS_H

#include <stdio.h>
#include <string.h>
#include "list.h"

#define HT_DECLARE_(name) void name(void);
HT_TESTS(HT_DECLARE_)

typedef struct ht_state {
    const char *name;
    int failed, skipped;
    char skip_reason[256];
} ht_state;

extern ht_state ht_current;

void ht_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void ht_skip(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* Reports one named result directly (for data-driven tests). */
void ht_report(const char *name, int ok, const char *why);
/* Reports one named case as skipped, with the reason. */
void ht_report_skip(const char *name, const char *why);
/* Directory of test data ("tests", or $HERALD_TESTS_DIR). */
const char *ht_data_dir(void);
/* Writes `text` to a file named after `name` in the scratch folder
 * ($TMPDIR); returns its path (valid until four more calls). */
const char *ht_temp_file(const char *name, const char *text);
/* Directory of ../shared, or NULL when it is absent. */
const char *ht_shared_dir(void);

#define CHECK(cond) \
    do { if (!(cond)) ht_fail(__FILE__, __LINE__, "%s", #cond); } while (0)
#define CHECK_INT(a, b) \
    do { long long a_ = (long long)(a), b_ = (long long)(b); \
         if (a_ != b_) ht_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #a, a_, b_); } while (0)
#define CHECK_STR(a, b) \
    do { const char *a_ = (a), *b_ = (b); \
         if (!a_ || !b_ || strcmp(a_, b_) != 0) \
             ht_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #a, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } while (0)

#endif

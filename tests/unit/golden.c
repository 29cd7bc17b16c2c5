#include "golden.h"
#include "harness.h"

#include <dirent.h>
#include <stdlib.h>

void ht_text_append(ht_text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

/* Shows the first line where got and want differ. */
static void first_difference(const char *got, const char *want, char *why, size_t cap)
{
    while (*got && *want) {
        const char *ge = strchr(got, '\n'), *we = strchr(want, '\n');
        size_t gl = ge ? (size_t)(ge - got) : strlen(got), wl = we ? (size_t)(we - want) : strlen(want);
        if (gl != wl || memcmp(got, want, gl) != 0) {
            snprintf(why, cap, "\n    got:  %.*s\n    want: %.*s", (int)gl, got, (int)wl, want);
            return;
        }
        got += gl + (ge != NULL);
        want += wl + (we != NULL);
    }
    snprintf(why, cap, "\n    got:  %s\n    want: %s", *got ? got : "(end)", *want ? want : "(end)");
}

/* The reason a case is listed in known_failures.txt (a line "FILE:CASE
 * reason"), or NULL when it is not; `known` is the file's text. */
static const char *known_failure(const char *known, const char *file, const char *name,
                                 char *reason, size_t cap)
{
    size_t fl = strlen(file), nl = strlen(name);
    for (const char *l = known; l && *l; l = strchr(l, '\n'), l = l ? l + 1 : NULL) {
        if (strncmp(l, file, fl) != 0 || l[fl] != ':' || strncmp(l + fl + 1, name, nl) != 0 ||
            (l[fl + 1 + nl] != ' ' && l[fl + 1 + nl] != '\t'))
            continue;
        const char *r = l + fl + 1 + nl;
        r += strspn(r, " \t");
        snprintf(reason, cap, "known failure: %.*s", (int)strcspn(r, "\n"), r);
        return reason;
    }
    return NULL;
}

static int run_file(herald_ctx *ctx, const char *path, const char *file, const char *label_prefix,
                    const char *known, ht_golden_fn fn)
{
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    char line[8192], name[256] = "", label[1400], why[20000], date[32] = "", options[256] = "";
    char reason[512];
    ht_text input = { 0 }, want = { 0 }, got = { 0 };
    int part = 0, cases = 0;   /* 0 outside a case, 1 input, 2 expected */
    for (;;) {
        char *l = fgets(line, sizeof line, f);
        int case_end = !l || (part == 2 && line[0] == '\n') || (l && strncmp(l, "=== ", 4) == 0);
        if (case_end && part == 2) {
            got.len = 0;
            if (got.data) got.data[0] = '\0';
            ht_case c = { date[0] ? date : NULL, options, input.data ? input.data : "",
                          input.len };
            fn(ctx, &c, &got);
            snprintf(label, sizeof label, "%s:%s", label_prefix, name);
            int ok = got.len == want.len && (!got.len || memcmp(got.data, want.data, got.len) == 0);
            if (!ok) first_difference(got.data ? got.data : "", want.data ? want.data : "", why, sizeof why);
            const char *listed = known_failure(known, file, name, reason, sizeof reason);
            if (listed && !ok) ht_report_skip(label, listed);
            else if (listed) ht_report(label, 0, "passes: take it off known_failures.txt");
            else ht_report(label, ok, why);
            cases++;
            part = 0;
        }
        if (!l) break;
        if (strncmp(l, "=== ", 4) == 0) {
            snprintf(name, sizeof name, "%s", l + 4);
            name[strcspn(name, "\n")] = '\0';
            input.len = want.len = 0;
            if (input.data) input.data[0] = '\0';
            if (want.data) want.data[0] = '\0';
            date[0] = options[0] = '\0';
            part = 1;
        } else if (part == 1 && strncmp(l, "@date ", 6) == 0 && !input.len) {
            snprintf(date, sizeof date, "%s", l + 6);
            date[strcspn(date, "\n")] = '\0';
        } else if (part == 1 && l[0] == '#' && !input.len) {
            continue;                   /* a comment at the head of a case */
        } else if (part == 1 && strncmp(l, "@options ", 9) == 0 && !input.len) {
            snprintf(options, sizeof options, "%s", l + 9);
            options[strcspn(options, "\n")] = '\0';
        } else if (part == 1 && strcmp(l, "---\n") == 0) {
            part = 2;
        } else if (part == 1) {
            ht_text_append(&input, l, strlen(l));
        } else if (part == 2 && l[0] != '\n') {
            ht_text_append(&want, l, strlen(l));
        }
    }
    fclose(f);
    free(input.data);
    free(want.data);
    free(got.data);
    return cases;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

int ht_golden_run(const char *subdir, const char *ext, herald_ctx *ctx, ht_golden_fn fn)
{
    char dir[1024], path[2048], label[1024];
    snprintf(dir, sizeof dir, "%s/golden/%s", ht_data_dir(), subdir);
    DIR *d = opendir(dir);
    if (!d) return 0;
    char *names[256];
    size_t n = 0, el = strlen(ext);
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > el && strcmp(e->d_name + len - el, ext) == 0) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    ht_text known = { 0 };
    snprintf(path, sizeof path, "%s/known_failures.txt", dir);
    FILE *kf = fopen(path, "r");
    if (kf) {
        char buf[4096];
        size_t got;
        while ((got = fread(buf, 1, sizeof buf, kf)) > 0) ht_text_append(&known, buf, got);
        fclose(kf);
    }
    int cases = 0;
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        snprintf(label, sizeof label, "golden/%s/%s", subdir, names[i]);
        cases += run_file(ctx, path, names[i], label, known.data, fn);
        free(names[i]);
    }
    free(known.data);
    return cases;
}

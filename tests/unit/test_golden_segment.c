/* Golden segmentation tests: the .seg files in tests/golden/segment hold
 * input paragraphs and the segments expected from them (format in
 * tests/golden/segment/README.md).  Each case reports as its own result. */
#include "harness.h"
#include "herald.h"

#include <dirent.h>
#include <stdlib.h>

typedef struct text { char *data; size_t len, cap; } text;

static void append(text *t, const char *s, size_t n)
{
    if (t->len + n + 1 > t->cap) {
        t->cap = (t->len + n + 1) * 2;
        t->data = realloc(t->data, t->cap);
    }
    memcpy(t->data + t->len, s, n);
    t->len += n;
    t->data[t->len] = '\0';
}

/* Segments `input` and writes "[kind] segment" lines, as expected ones. */
static void segment(herald_ctx *ctx, const text *input, text *out)
{
    herald_article a = { .id = "case", .text = input->data ? input->data : "",
                         .text_len = input->len };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    const char *r;
    size_t len;
    if (doc && herald_doc_code(doc, NULL) == 0 &&
        herald_doc_render(doc, HERALD_FORMAT_SENTENCES, &r, &len) == 0)
        append(out, r, len);
    herald_doc_free(doc);
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

static int run_file(herald_ctx *ctx, const char *path, const char *short_name)
{
    FILE *f = fopen(path, "r");
    if (!f) return 0;
    char line[8192], name[256] = "", label[512], why[20000];
    text input = { 0 }, want = { 0 }, got = { 0 };
    int part = 0, cases = 0;   /* 0 outside a case, 1 input, 2 expected */
    for (;;) {
        char *l = fgets(line, sizeof line, f);
        int case_end = !l || (part == 2 && line[0] == '\n') || (l && strncmp(l, "=== ", 4) == 0);
        if (case_end && part == 2) {
            segment(ctx, &input, &got);
            snprintf(label, sizeof label, "golden/segment/%s:%s", short_name, name);
            int ok = got.len == want.len && (!got.len || memcmp(got.data, want.data, got.len) == 0);
            if (!ok) first_difference(got.data ? got.data : "", want.data ? want.data : "", why, sizeof why);
            ht_report(label, ok, why);
            cases++;
            part = 0;
        }
        if (!l) break;
        if (strncmp(l, "=== ", 4) == 0) {
            snprintf(name, sizeof name, "%s", l + 4);
            name[strcspn(name, "\n")] = '\0';
            input.len = want.len = got.len = 0;
            part = 1;
        } else if (part == 1 && strcmp(l, "---\n") == 0) {
            part = 2;
        } else if (part == 1) {
            append(&input, l, strlen(l));
        } else if (part == 2 && l[0] != '\n') {
            append(&want, l, strlen(l));
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

void test_golden_segment(void)
{
    char dir[1024], path[2048];
    snprintf(dir, sizeof dir, "%s/golden/segment", ht_data_dir());
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d) return;
    char *names[256];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(d)) && n < 256) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".seg") == 0) names[n++] = strdup(e->d_name);
    }
    closedir(d);
    qsort(names, n, sizeof *names, by_name);
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    int cases = 0;
    for (size_t i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        cases += run_file(ctx, path, names[i]);
        free(names[i]);
    }
    herald_ctx_free(ctx);
    CHECK(cases >= 150);   /* the suite itself must not shrink unnoticed */
}

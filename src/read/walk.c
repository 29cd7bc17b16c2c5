#include "walk.h"
#include "../core/arena.h"
#include "../core/error.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

/* Deep enough for any real archive, shallow enough to stop symlink loops. */
#define MAX_DEPTH 64

typedef struct frame {
    char *dir;
    char **names;
    size_t count, next;
} frame;

struct hr_walk {
    const herald_allocator *alc;
    frame stack[MAX_DEPTH];
    int depth;
    char *current;
};

static void *xalloc(const herald_allocator *a, size_t n) { return a->malloc(a->ctx, n); }
static void xfree(const herald_allocator *a, void *p) { if (p) a->free(a->ctx, p); }

static char *join(const herald_allocator *a, const char *dir, const char *name)
{
    size_t dl = strlen(dir), nl = strlen(name);
    int slash = dl && dir[dl - 1] != '/';
    char *p = xalloc(a, dl + slash + nl + 1);
    if (!p) return NULL;
    memcpy(p, dir, dl);
    if (slash) p[dl] = '/';
    memcpy(p + dl + slash, name, nl + 1);
    return p;
}

static int by_bytes(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void free_frame(const herald_allocator *a, frame *f)
{
    for (size_t i = 0; i < f->count; i++) xfree(a, f->names[i]);
    xfree(a, f->names);
    xfree(a, f->dir);
    memset(f, 0, sizeof *f);
}

/* Reads and sorts one directory into a new frame on the stack. */
static int push(hr_walk *w, char *dir, herald_error *err)
{
    if (w->depth == MAX_DEPTH) {
        int rc = hr_error_set(err, HERALD_ELIMIT, dir, 0, 0,
                              "directories nested deeper than %d levels; skipped", MAX_DEPTH);
        xfree(w->alc, dir);
        return rc;
    }
    DIR *d = opendir(dir);
    if (!d) {
        int rc = hr_error_set(err, HERALD_EIO, dir, 0, 0, "cannot read directory: %s",
                              strerror(errno));
        xfree(w->alc, dir);
        return rc;
    }
    frame f = { .dir = dir };
    size_t cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.') continue;
        if (f.count == cap) {
            size_t ncap = cap ? cap * 2 : 32;
            char **n = w->alc->realloc(w->alc->ctx, f.names, cap * sizeof *n, ncap * sizeof *n);
            if (!n) goto oom;
            f.names = n;
            cap = ncap;
        }
        size_t len = strlen(e->d_name);
        if (!(f.names[f.count] = xalloc(w->alc, len + 1))) goto oom;
        memcpy(f.names[f.count++], e->d_name, len + 1);
    }
    closedir(d);
    if (f.count) qsort(f.names, f.count, sizeof *f.names, by_bytes);
    w->stack[w->depth++] = f;
    return 0;
oom:
    closedir(d);
    free_frame(w->alc, &f);
    return hr_error_set(err, HERALD_ENOMEM, dir, 0, 0, "out of memory listing directory");
}

hr_walk *hr_walk_open(const char *dir, const herald_allocator *alc, herald_error *err)
{
    alc = alc ? alc : hr_default_allocator();
    hr_walk *w = xalloc(alc, sizeof *w);
    if (!w) { hr_error_set(err, HERALD_ENOMEM, dir, 0, 0, "out of memory"); return NULL; }
    memset(w, 0, sizeof *w);
    w->alc = alc;
    size_t len = strlen(dir);
    char *copy = xalloc(alc, len + 1);
    if (!copy) { xfree(alc, w); hr_error_set(err, HERALD_ENOMEM, dir, 0, 0, "out of memory"); return NULL; }
    memcpy(copy, dir, len + 1);
    if (push(w, copy, err)) { xfree(alc, w); return NULL; }
    return w;
}

int hr_walk_next(hr_walk *w, int (*accept)(const char *name),
                 const char **path, herald_error *err)
{
    xfree(w->alc, w->current);
    w->current = NULL;
    while (w->depth > 0) {
        frame *f = &w->stack[w->depth - 1];
        if (f->next == f->count) {
            free_frame(w->alc, f);
            w->depth--;
            continue;
        }
        const char *name = f->names[f->next++];
        char *full = join(w->alc, f->dir, name);
        if (!full) return hr_error_set(err, HERALD_ENOMEM, f->dir, 0, 0, "out of memory");
        struct stat st;
        if (stat(full, &st) != 0) {
            int rc = hr_error_set(err, HERALD_EIO, full, 0, 0, "cannot stat: %s", strerror(errno));
            xfree(w->alc, full);
            return rc;
        }
        if (S_ISDIR(st.st_mode)) {
            int rc = push(w, full, err);   /* push owns `full` now */
            if (rc) return rc;
            continue;
        }
        if (S_ISREG(st.st_mode) && accept(name)) {
            w->current = full;
            *path = full;
            return 1;
        }
        xfree(w->alc, full);
    }
    return 0;
}

void hr_walk_free(hr_walk *w)
{
    if (!w) return;
    while (w->depth > 0) free_frame(w->alc, &w->stack[--w->depth]);
    xfree(w->alc, w->current);
    xfree(w->alc, w);
}

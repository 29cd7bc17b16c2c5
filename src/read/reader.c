/* reader.c - herald_reader: files, directories and standard input, in the
 * input forms of the contract, one article at a time. */
#include "herald.h"
#include "jsonl.h"
#include "lines.h"
#include "source.h"
#include "walk.h"
#include "../core/arena.h"
#include "../core/error.h"
#include "../core/utf8.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

enum file_kind { KIND_JSONL, KIND_TXT };

struct herald_reader {
    const herald_allocator *alc;
    herald_reader_options opts;
    char *default_date;
    char *single;           /* the one file to read, when not a directory */
    hr_walk *walk;
    int done;
    /* the file being read */
    int open;
    enum file_kind kind;
    char *path;
    hr_source src;
    hr_lines lines;
    uint64_t records;       /* non-blank lines (or texts) seen in this file */
    uint64_t closed_bytes;  /* raw bytes of files already finished */
    /* the current article */
    hr_buf repaired;
    hr_json_article json;
    herald_article article;
};

static char *dup_str(const herald_allocator *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = a->malloc(a->ctx, n);
    if (p) memcpy(p, s, n);
    return p;
}

static void xfree(const herald_allocator *a, void *p) { if (p) a->free(a->ctx, p); }

static int has_suffix(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* Length of `name` without a .gz or .zst extension. */
static size_t stem_len(const char *name)
{
    size_t n = strlen(name);
    if (has_suffix(name, ".gz")) return n - 3;
    if (has_suffix(name, ".zst")) return n - 4;
    return n;
}

static int ext_is(const char *name, size_t stem, const char *ext)
{
    size_t m = strlen(ext);
    return stem >= m && strncmp(name + stem - m, ext, m) == 0;
}

static int is_jsonl_name(const char *name)
{
    size_t stem = stem_len(name);
    return ext_is(name, stem, ".jsonl") || ext_is(name, stem, ".ndjson");
}

static int is_txt_name(const char *name)
{
    return ext_is(name, stem_len(name), ".txt");
}

static int accept_input(const char *name)
{
    return is_jsonl_name(name) || is_txt_name(name);
}

herald_reader *herald_reader_open(const char *path, const herald_reader_options *opts,
                                  herald_error *err)
{
    if (!path) { hr_error_set(err, HERALD_EINVAL, "", 0, 0, "no input path"); return NULL; }
    const herald_allocator *alc = hr_default_allocator();
    herald_reader *r = alc->malloc(alc->ctx, sizeof *r);
    if (!r) { hr_error_set(err, HERALD_ENOMEM, path, 0, 0, "out of memory"); return NULL; }
    memset(r, 0, sizeof *r);
    r->alc = alc;
    if (opts) r->opts = *opts;
    if (!r->opts.max_article_bytes) r->opts.max_article_bytes = HERALD_DEFAULT_MAX_ARTICLE;
    if (r->opts.max_article_bytes > HERALD_MAX_ARTICLE_CEILING)
        r->opts.max_article_bytes = HERALD_MAX_ARTICLE_CEILING;
    hr_buf_init(&r->repaired, alc, 0);
    if (r->opts.default_date && !(r->default_date = dup_str(alc, r->opts.default_date)))
        goto oom;
    r->opts.default_date = r->default_date;

    struct stat st;
    if (strcmp(path, "-") != 0 && stat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
        if (!(r->walk = hr_walk_open(path, alc, err))) { herald_reader_free(r); return NULL; }
    } else {
        if (strcmp(path, "-") != 0 && stat(path, &st) != 0) {
            hr_error_set(err, errno == ENOENT ? HERALD_ENOENT : HERALD_EIO, path, 0, 0,
                         "cannot open: %s", strerror(errno));
            herald_reader_free(r);
            return NULL;
        }
        if (!(r->single = dup_str(alc, path))) goto oom;
    }
    return r;
oom:
    hr_error_set(err, HERALD_ENOMEM, path, 0, 0, "out of memory");
    herald_reader_free(r);
    return NULL;
}

static void close_file(herald_reader *r)
{
    if (!r->open) return;
    r->closed_bytes += r->src.raw_bytes;
    hr_lines_free(&r->lines);
    hr_source_close(&r->src);
    xfree(r->alc, r->path);
    r->path = NULL;
    r->open = 0;
}

/* Line limit for JSON: escapes can make a line longer than its text. */
static size_t jsonl_line_limit(size_t max_article)
{
    return max_article * 2 + 65536;
}

/* Decides the kind of an explicitly named file without a known
 * extension: JSON Lines if it starts with '{', else plain text. */
static enum file_kind sniff_kind(const unsigned char *p, size_t n)
{
    size_t i = 0;
    if (n >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) i = 3;
    while (i < n && (p[i] == ' ' || p[i] == '\t' || p[i] == '\r' || p[i] == '\n')) i++;
    return i < n && p[i] == '{' ? KIND_JSONL : KIND_TXT;
}

static int open_file(herald_reader *r, const char *path, herald_error *err)
{
    int is_stdin = strcmp(path, "-") == 0;
    if (!(r->path = dup_str(r->alc, is_stdin ? "<stdin>" : path)))
        return hr_error_set(err, HERALD_ENOMEM, path, 0, 0, "out of memory");
    int rc = hr_source_open(&r->src, path, r->path, r->alc, err);
    if (rc) { xfree(r->alc, r->path); r->path = NULL; return rc; }
    r->open = 1;
    r->records = 0;
    int txt = !is_stdin && is_txt_name(path);
    size_t limit = txt ? r->opts.max_article_bytes : jsonl_line_limit(r->opts.max_article_bytes);
    if ((rc = hr_lines_init(&r->lines, &r->src, limit, r->alc))) {
        close_file(r);
        return hr_error_set(err, rc, path, 0, 0, "out of memory");
    }
    const unsigned char *head;
    size_t n;
    rc = hr_lines_peek(&r->lines, &head, &n, err);
    if (rc < 0) { close_file(r); return rc; }
    if (rc > 0 && memchr(head, '\0', n)) {
        rc = hr_error_set(err, HERALD_EBINARY, r->path, 0, (uint64_t)((const unsigned char *)memchr(head, '\0', n) - head),
                          "binary data (NUL bytes), not a text or JSON Lines file; skipped");
        close_file(r);
        return rc;
    }
    if (is_stdin || is_jsonl_name(path)) r->kind = KIND_JSONL;
    else if (txt) r->kind = KIND_TXT;
    else r->kind = rc > 0 ? sniff_kind(head, n) : KIND_JSONL;
    return HERALD_OK;
}

/* Makes `*text` valid UTF-8, repairing into r->repaired with a warning
 * that names the line of the first bad byte. */
static int ensure_utf8(herald_reader *r, const char **text, size_t *len,
                       uint64_t lineno, herald_error *err)
{
    size_t bad = hr_utf8_check(*text, *len);
    if (bad == *len) return 0;
    uint64_t line = lineno;
    if (line == 0) {           /* a whole file: find the line of the bad byte */
        line = 1;
        for (size_t i = 0; i < bad; i++) line += (*text)[i] == '\n';
    }
    size_t replaced = 0;
    hr_buf_clear(&r->repaired);
    int rc = hr_utf8_repair(*text, *len, &r->repaired, &replaced);
    if (rc) return hr_error_set(err, rc, r->path, line, 0, "out of memory repairing UTF-8");
    hr_warn(r->opts.diag, r->opts.diag_user, HERALD_EUTF8, r->path, line, 0,
            "invalid UTF-8 repaired (%zu sequence%s replaced by U+FFFD)", replaced,
            replaced == 1 ? "" : "s");
    *text = r->repaired.data;
    *len = r->repaired.len;
    return 0;
}

static int is_blank(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r') return 0;
    return 1;
}

static void warn_empty(herald_reader *r)
{
    hr_warn(r->opts.diag, r->opts.diag_user, HERALD_EEMPTY, r->path, 0, 0,
            "empty input: no articles");
}

/* Next article of a JSON Lines file: 1, 0 at its end, or an error. */
static int next_jsonl(herald_reader *r, herald_article *out, herald_error *err)
{
    const char *line;
    size_t len;
    for (;;) {
        int rc = hr_lines_next(&r->lines, &line, &len, err);
        if (rc == HERALD_ETOOBIG) { r->records++; return rc; }
        if (rc < 0) { close_file(r); return rc; }
        if (rc == 0) {
            if (r->records == 0) warn_empty(r);
            close_file(r);
            return 0;
        }
        if (is_blank(line, len)) continue;
        r->records++;
        uint64_t lineno = r->lines.lineno;
        if ((rc = ensure_utf8(r, &line, &len, lineno, err))) return rc;
        /* A byte-order mark may open the first line. */
        if (len >= 3 && memcmp(line, "\xEF\xBB\xBF", 3) == 0) { line += 3; len -= 3; }
        rc = hr_jsonl_article(&r->json, line, len, r->path, lineno, out,
                              r->opts.diag, r->opts.diag_user, err);
        if (rc) return rc;
        if (out->text_len > r->opts.max_article_bytes)
            return hr_error_set(err, HERALD_ETOOBIG, r->path, lineno, 0,
                                "article text of %zu bytes exceeds the limit of %zu; skipped "
                                "(raise it with --max-article-size)",
                                out->text_len, r->opts.max_article_bytes);
        return 1;
    }
}

/* The one article of a text file. */
static int next_txt(herald_reader *r, herald_article *out, herald_error *err)
{
    const char *text;
    size_t len;
    int rc = hr_lines_rest(&r->lines, &text, &len, err);
    if (rc < 0) { close_file(r); return rc; }
    if (len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0) { text += 3; len -= 3; }
    if (len == 0) { warn_empty(r); close_file(r); return 0; }
    if ((rc = ensure_utf8(r, &text, &len, 0, err))) { close_file(r); return rc; }
    memset(out, 0, sizeof *out);
    /* The file stays "open" so that the article's strings live until the
     * next call, which closes it. */
    out->id = r->path;
    out->file = r->path;
    out->date = r->opts.default_date;
    out->text = text;
    out->text_len = len;
    r->records = 1;
    return 1;
}

int herald_reader_next(herald_reader *r, herald_article *out, herald_error *err)
{
    if (!r || !out) return hr_error_set(err, HERALD_EINVAL, "", 0, 0, "NULL reader or article");
    hr_json_article_clear(&r->json);
    for (;;) {
        if (r->open && r->kind == KIND_TXT && r->records) close_file(r);
        if (!r->open) {
            if (r->done) return 0;
            const char *path;
            if (r->walk) {
                int rc = hr_walk_next(r->walk, accept_input, &path, err);
                if (rc < 0) return rc;
                if (rc == 0) { r->done = 1; return 0; }
            } else {
                path = r->single;
                r->done = 1;
            }
            int rc = open_file(r, path, err);
            if (rc) return rc;
        }
        int rc = r->kind == KIND_TXT ? next_txt(r, out, err) : next_jsonl(r, out, err);
        if (rc != 0) return rc;
    }
}

uint64_t herald_reader_bytes(const herald_reader *r)
{
    if (!r) return 0;
    return r->closed_bytes + (r->open ? r->src.raw_bytes : 0);
}

void herald_reader_free(herald_reader *r)
{
    if (!r) return;
    close_file(r);
    hr_json_article_clear(&r->json);
    hr_walk_free(r->walk);
    hr_buf_free(&r->repaired);
    xfree(r->alc, r->single);
    xfree(r->alc, r->default_date);
    r->alc->free(r->alc->ctx, r);
}

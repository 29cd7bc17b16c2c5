/* Readers: every input form of the contract, and bad input of every
 * kind, each reported with file and line and never losing good records. */
#include "harness.h"
#include "herald.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

static char tmpdir[256];

static const char *tmp_path(const char *name)
{
    static char path[512];
    if (!tmpdir[0]) {
        const char *base = getenv("TMPDIR");
        snprintf(tmpdir, sizeof tmpdir, "%s/herald-test-XXXXXX", base && *base ? base : "/tmp");
        if (!mkdtemp(tmpdir)) tmpdir[0] = '\0';
    }
    snprintf(path, sizeof path, "%s/%s", tmpdir, name);
    return path;
}

static const char *write_file(const char *name, const void *data, size_t len)
{
    const char *path = tmp_path(name);
    char *slash = strrchr(path, '/');
    char dir[512];
    snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    mkdir(dir, 0755);
    FILE *f = fopen(path, "wb");
    fwrite(data, 1, len, f);
    fclose(f);
    return path;
}

/* Collected diagnostics. */
typedef struct diags { int warnings; char last[2048]; } diags;

static void collect(void *user, const herald_error *e)
{
    diags *d = user;
    d->warnings++;
    snprintf(d->last, sizeof d->last, "%s:%llu: %s", e->file, (unsigned long long)e->line,
             e->message);
}

typedef struct result {
    int articles, errors;
    char ids[4096];
    char last_error[2048];
    int last_code;
    diags diag;
} result;

static void read_all(const char *path, size_t max, result *r)
{
    memset(r, 0, sizeof *r);
    herald_reader_options o = { .max_article_bytes = max, .diag = collect,
                                .diag_user = &r->diag, .default_date = "2020-01-02" };
    herald_error err;
    herald_reader *rd = herald_reader_open(path, &o, &err);
    if (!rd) {
        r->errors = 1;
        r->last_code = err.code;
        snprintf(r->last_error, sizeof r->last_error, "%s: %s", err.file, err.message);
        return;
    }
    herald_article a;
    int rc, guard = 0;
    while ((rc = herald_reader_next(rd, &a, &err)) != 0 && guard++ < 10000) {
        if (rc < 0) {
            r->errors++;
            r->last_code = rc;
            snprintf(r->last_error, sizeof r->last_error, "%s:%llu: %s", err.file,
                     (unsigned long long)err.line, err.message);
            continue;
        }
        r->articles++;
        size_t l = strlen(r->ids);
        snprintf(r->ids + l, sizeof r->ids - l, "%s%s", l ? "," : "", a.id);
    }
    herald_reader_free(rd);
}

static const char JSONL[] =
    "{\"id\":\"a1\",\"date\":\"20190303\",\"title\":\"T\",\"text\":\"One.\"}\n"
    "\n"
    "{\"id\":7,\"body\":\"Two.\",\"date\":\"2019-03-04T10:00:00Z\"}\r\n"
    "{\"text\":\"Three.\"}";

void test_reader_jsonl(void)
{
    const char *path = write_file("in.jsonl", JSONL, sizeof JSONL - 1);
    herald_reader *rd = herald_reader_open(path, NULL, NULL);
    CHECK(rd != NULL);
    if (!rd) return;
    herald_article a;
    CHECK_INT(herald_reader_next(rd, &a, NULL), 1);
    CHECK_STR(a.id, "a1"); CHECK_STR(a.date, "2019-03-03"); CHECK_STR(a.title, "T");
    CHECK_STR(a.text, "One."); CHECK_INT(a.line, 1);
    CHECK_INT(herald_reader_next(rd, &a, NULL), 1);
    CHECK_STR(a.id, "7"); CHECK_STR(a.date, "2019-03-04"); CHECK_STR(a.text, "Two.");
    CHECK_INT(a.line, 3);
    CHECK_INT(herald_reader_next(rd, &a, NULL), 1);
    char want_id[600];
    snprintf(want_id, sizeof want_id, "%s:4", path);   /* id defaults to FILE:LINE */
    CHECK_STR(a.id, want_id);
    CHECK(a.date == NULL);
    CHECK_INT(herald_reader_next(rd, &a, NULL), 0);
    CHECK_INT(herald_reader_bytes(rd), sizeof JSONL - 1);
    herald_reader_free(rd);
}

void test_reader_bad_json_lines(void)
{
    const char data[] = "{\"id\":\"ok1\",\"text\":\"Fine.\"}\n"
                        "{\"id\":\"broken\",\"text\":\"unterminated}\n"
                        "[1,2]\n"
                        "{\"id\":\"notext\"}\n"
                        "{\"id\":\"ok2\",\"text\":\"Fine.\",\"date\":\"2019-02-30\"}\n";
    result r;
    read_all(write_file("bad.jsonl", data, sizeof data - 1), 0, &r);
    CHECK_INT(r.articles, 2);
    CHECK_STR(r.ids, "ok1,ok2");
    CHECK_INT(r.errors, 3);
    CHECK(strstr(r.last_error, "bad.jsonl:4: article has no \"text\"") != NULL);
    CHECK_INT(r.diag.warnings, 1);   /* the impossible date, ignored */
    CHECK(strstr(r.diag.last, "bad.jsonl:5: unrecognised date \"2019-02-30\"") != NULL);
}

void test_reader_invalid_utf8(void)
{
    const char data[] = "{\"id\":\"u\",\"text\":\"caf\xE9 \xFF ok\"}\n";
    result r;
    read_all(write_file("latin1.jsonl", data, sizeof data - 1), 0, &r);
    CHECK_INT(r.articles, 1);
    CHECK_INT(r.errors, 0);
    CHECK(strstr(r.diag.last, "latin1.jsonl:1: invalid UTF-8 repaired (2 sequences") != NULL);
    const char txt[] = "Line one.\nLine \xC3 two.\n";
    read_all(write_file("bad.txt", txt, sizeof txt - 1), 0, &r);
    CHECK_INT(r.articles, 1);
    CHECK(strstr(r.diag.last, "bad.txt:2: invalid UTF-8 repaired (1 sequence ") != NULL);
}

void test_reader_empty_and_binary(void)
{
    result r;
    read_all(write_file("empty.jsonl", "", 0), 0, &r);
    CHECK_INT(r.articles, 0);
    CHECK_INT(r.errors, 0);
    CHECK(strstr(r.diag.last, "empty.jsonl:0: empty input") != NULL);
    const unsigned char bin[] = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0x3e, 0 };
    read_all(write_file("program.txt", bin, sizeof bin), 0, &r);
    CHECK_INT(r.articles, 0);
    CHECK_INT(r.last_code, HERALD_EBINARY);
    CHECK(strstr(r.last_error, "binary data") != NULL);
    read_all(tmp_path("does-not-exist.jsonl"), 0, &r);
    CHECK_INT(r.last_code, HERALD_ENOENT);
}

void test_reader_huge_line(void)
{
    /* A line far over the limit is skipped without being held in memory,
     * and the records after it are still read. */
    size_t big = 3u << 20;
    char *data = malloc(big + 200);
    size_t n = (size_t)sprintf(data, "{\"id\":\"a\",\"text\":\"A.\"}\n{\"id\":\"big\",\"text\":\"");
    memset(data + n, 'x', big);
    n += big;
    n += (size_t)sprintf(data + n, "\"}\n{\"id\":\"b\",\"text\":\"B.\"}\n");
    result r;
    read_all(write_file("huge.jsonl", data, n), 1 << 20, &r);
    free(data);
    CHECK_STR(r.ids, "a,b");
    CHECK_INT(r.last_code, HERALD_ETOOBIG);
    CHECK(strstr(r.last_error, "huge.jsonl:2: line longer than the limit") != NULL);
    /* Text within the line limit but over the article limit. */
    char line[300];
    int len = snprintf(line, sizeof line, "{\"text\":\"%0200d\"}\n", 0);
    read_all(write_file("long.jsonl", line, (size_t)len), 100, &r);
    CHECK_INT(r.articles, 0);
    CHECK(strstr(r.last_error, "exceeds the limit of 100") != NULL);
}

static size_t gzip_bytes(const char *in, size_t n, unsigned char *out, size_t cap)
{
    z_stream z = { 0 };
    deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    z.next_in = (unsigned char *)in;
    z.avail_in = (uInt)n;
    z.next_out = out;
    z.avail_out = (uInt)cap;
    deflate(&z, Z_FINISH);
    size_t len = z.total_out;
    deflateEnd(&z);
    return len;
}

void test_reader_compressed(void)
{
    unsigned char buf[4096];
    size_t n = gzip_bytes(JSONL, sizeof JSONL - 1, buf, sizeof buf);
    result r;
    read_all(write_file("in.jsonl.gz", buf, n), 0, &r);
    CHECK_INT(r.articles, 3);
    CHECK_INT(r.errors, 0);
    /* Two gzip members back to back read as one stream. */
    const char member[] = "{\"text\":\"One.\"}\n{\"text\":\"Two.\"}\n";
    unsigned char two[8192];
    size_t m = gzip_bytes(member, sizeof member - 1, two, sizeof two);
    memcpy(two + m, two, m);
    read_all(write_file("twice.jsonl.gz", two, 2 * m), 0, &r);
    CHECK_INT(r.articles, 4);
    CHECK_INT(r.errors, 0);
    /* Truncated: the articles before the cut are kept, the cut reported. */
    read_all(write_file("cut.jsonl.gz", buf, n - 12), 0, &r);
    CHECK_INT(r.last_code, HERALD_ETRUNC);
    CHECK(strstr(r.last_error, "truncated gzip stream") != NULL);
    CHECK(r.articles >= 2);
    size_t zn = ZSTD_compress(buf, sizeof buf, JSONL, sizeof JSONL - 1, 3);
    read_all(write_file("in.jsonl.zst", buf, zn), 0, &r);
    CHECK_INT(r.articles, 3);
    CHECK_INT(r.errors, 0);
    read_all(write_file("cut.jsonl.zst", buf, zn - 5), 0, &r);
    CHECK_INT(r.last_code, HERALD_ETRUNC);
    /* A .txt, compressed, is still one article. */
    n = gzip_bytes("Hello.\nWorld.\n", 14, buf, sizeof buf);
    read_all(write_file("note.txt.gz", buf, n), 0, &r);
    CHECK_INT(r.articles, 1);
}

void test_reader_directory(void)
{
    write_file("dir/b.txt", "B.", 2);
    write_file("dir/a/z.jsonl", "{\"id\":\"az\",\"text\":\"Z.\"}\n", 24);
    write_file("dir/a.txt", "A.", 2);
    write_file("dir/notes.md", "# not an input", 14);
    write_file("dir/.hidden.txt", "H.", 2);
    result r;
    char dir[512];
    snprintf(dir, sizeof dir, "%s", tmp_path("dir"));
    read_all(dir, 0, &r);
    char want[2048];
    snprintf(want, sizeof want, "az,%s/a.txt,%s/b.txt", dir, dir);
    CHECK_STR(r.ids, want);   /* sorted paths: "a/z.jsonl" < "a.txt" < "b.txt" */
    CHECK_INT(r.errors, 0);

    herald_reader_options o = { .default_date = "2020-01-02" };
    char path[600];
    snprintf(path, sizeof path, "%s/b.txt", dir);
    herald_reader *rd = herald_reader_open(path, &o, NULL);
    herald_article a;
    CHECK_INT(herald_reader_next(rd, &a, NULL), 1);
    CHECK_STR(a.date, "2020-01-02");
    CHECK_STR(a.text, "B.");
    herald_reader_free(rd);
}

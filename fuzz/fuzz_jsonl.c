/* libFuzzer target: the JSON Lines reader, then segmentation of every
 * article it yields.  The input goes through a real file so that the
 * reader's own buffering, sniffing and decompression paths are fuzzed. */
#include "herald.h"
#include "shared_context.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static void ignore(void *user, const herald_error *e) { (void)user; (void)e; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);


int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/herald-fuzz-XXXXXX.jsonl";
    int fd = mkstemps(path, 6);
    if (fd < 0) return 0;
    if (write(fd, data, size) != (ssize_t)size) { close(fd); unlink(path); return 0; }
    close(fd);
    herald_reader_options o = { .max_article_bytes = 1 << 16, .diag = ignore };
    herald_reader *r = herald_reader_open(path, &o, NULL);
    herald_ctx *ctx = shared_context();
    herald_article a;
    herald_error err;
    int rc, guard = 0;
    while (r && (rc = herald_reader_next(r, &a, &err)) != 0 && guard++ < 100000) {
        if (rc < 0) continue;
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        if (doc && herald_doc_code(doc, NULL) == 0) {
            const char *out;
            size_t len;
            herald_doc_render(doc, HERALD_FORMAT_SEGMENTS, &out, &len);
        }
        herald_doc_free(doc);
    }
    herald_reader_free(r);
    unlink(path);
    return 0;
}

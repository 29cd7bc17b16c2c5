/* libFuzzer target: the dictionary loaders, Herald's format and
 * PETRARCH-2's, each kind in turn, then actor coding with what loaded. */
#include "herald.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void ignore(void *user, const herald_error *e) { (void)user; (void)e; }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char path[] = "/tmp/herald-fuzz-dict-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) return 0;
    if (write(fd, data, size) != (ssize_t)size) { close(fd); unlink(path); return 0; }
    close(fd);
    herald_options o = { .no_builtin = 1, .diag = ignore };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    for (int kind = HERALD_DICT_ACTORS; kind <= HERALD_DICT_VERBS; kind++)
        herald_ctx_load_dict(ctx, kind, path, NULL);
    static const char text[] = "Turkish troops and the leaders of Ethiopia met Mr. Lavrov.";
    herald_article a = { .id = "f", .text = text, .text_len = sizeof text - 1, .date = "2019-01-01" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    if (doc) herald_doc_code(doc, NULL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
    unlink(path);
    return 0;
}

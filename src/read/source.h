/* source.h - a byte stream from a file or standard input, decompressing
 * gzip or zstd transparently.  The codec is chosen from the first bytes
 * (magic numbers), never from the file name, so a mislabelled file still
 * reads. */
#ifndef HR_SOURCE_H
#define HR_SOURCE_H

#include <stdint.h>
#include <sys/types.h>
#include <zlib.h>
#include <zstd.h>
#include "herald.h"

enum hr_codec { HR_CODEC_PLAIN, HR_CODEC_GZIP, HR_CODEC_ZSTD };

#define HR_SOURCE_BLOCK (64 * 1024)

typedef struct hr_source {
    int fd;
    int own_fd;             /* 0 for standard input */
    enum hr_codec codec;
    const char *name;       /* for messages; borrowed */
    unsigned char *in;      /* raw bytes read, HR_SOURCE_BLOCK of them */
    size_t in_len, in_pos;
    int in_eof;
    int frame_done;         /* the codec ended a stream/frame cleanly */
    uint64_t raw_bytes;     /* bytes read from the file so far */
    z_stream z;
    int z_ready;
    ZSTD_DStream *zs;
    const herald_allocator *alc;
} hr_source;

/* Opens `path` ("-" is standard input).  Returns HERALD_OK or a negative
 * code with `err` filled. */
int hr_source_open(hr_source *s, const char *path, const char *name,
                   const herald_allocator *alc, herald_error *err);

/* Reads up to n decompressed bytes.  Returns the count, 0 at the end of
 * the stream, or a negative code (HERALD_ETRUNC for a cut-off compressed
 * stream, HERALD_EIO, HERALD_EPARSE for corrupt data) with `err` filled. */
ssize_t hr_source_read(hr_source *s, void *buf, size_t n, herald_error *err);

void hr_source_close(hr_source *s);

#endif

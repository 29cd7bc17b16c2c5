#include "source.h"
#include "../core/arena.h"
#include "../core/error.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

/* Refills the raw buffer when it is used up.  Returns 0, or an error. */
static int fill(hr_source *s, herald_error *err)
{
    if (s->in_pos < s->in_len || s->in_eof) return 0;
    ssize_t n;
    do n = read(s->fd, s->in, HR_SOURCE_BLOCK);
    while (n < 0 && errno == EINTR);
    if (n < 0)
        return hr_error_set(err, HERALD_EIO, s->name, 0, s->raw_bytes,
                            "read failed: %s", strerror(errno));
    s->in_len = (size_t)n;
    s->in_pos = 0;
    s->raw_bytes += (uint64_t)n;
    if (n == 0) s->in_eof = 1;
    return 0;
}

static int is_gzip(const unsigned char *p, size_t n)
{
    return n >= 2 && p[0] == 0x1f && p[1] == 0x8b;
}

static int is_zstd(const unsigned char *p, size_t n)
{
    return n >= 4 && p[0] == 0x28 && p[1] == 0xb5 && p[2] == 0x2f && p[3] == 0xfd;
}

int hr_source_open(hr_source *s, const char *path, const char *name,
                   const herald_allocator *alc, herald_error *err)
{
    memset(s, 0, sizeof *s);
    s->alc = alc ? alc : hr_default_allocator();
    s->name = name;
    s->fd = -1;
    s->in = s->alc->malloc(s->alc->ctx, HR_SOURCE_BLOCK);
    if (!s->in) return hr_error_set(err, HERALD_ENOMEM, name, 0, 0, "out of memory");
    if (strcmp(path, "-") == 0) {
        s->fd = STDIN_FILENO;
    } else {
        s->fd = open(path, O_RDONLY | O_CLOEXEC);
        if (s->fd < 0) {
            int code = errno == ENOENT ? HERALD_ENOENT : HERALD_EIO;
            hr_error_set(err, code, name, 0, 0, "cannot open: %s", strerror(errno));
            hr_source_close(s);
            return code;
        }
        s->own_fd = 1;
    }
    int rc = fill(s, err);
    if (rc) { hr_source_close(s); return rc; }
    if (is_gzip(s->in, s->in_len)) {
        s->codec = HR_CODEC_GZIP;
        /* 15 + 32: any window size, gzip or zlib header detected. */
        if (inflateInit2(&s->z, 15 + 32) != Z_OK) {
            hr_source_close(s);
            return hr_error_set(err, HERALD_ENOMEM, name, 0, 0, "cannot start gzip decoder");
        }
        s->z_ready = 1;
    } else if (is_zstd(s->in, s->in_len)) {
        s->codec = HR_CODEC_ZSTD;
        s->zs = ZSTD_createDStream();
        if (!s->zs) {
            hr_source_close(s);
            return hr_error_set(err, HERALD_ENOMEM, name, 0, 0, "cannot start zstd decoder");
        }
        ZSTD_initDStream(s->zs);
    }
    return HERALD_OK;
}

static ssize_t read_plain(hr_source *s, unsigned char *out, size_t n, herald_error *err)
{
    int rc = fill(s, err);
    if (rc) return rc;
    size_t avail = s->in_len - s->in_pos;
    if (avail > n) avail = n;
    memcpy(out, s->in + s->in_pos, avail);
    s->in_pos += avail;
    return (ssize_t)avail;
}

static ssize_t truncated(hr_source *s, herald_error *err, const char *codec)
{
    return hr_error_set(err, HERALD_ETRUNC, s->name, 0, s->raw_bytes,
                        "truncated %s stream: the file ends in the middle of compressed data",
                        codec);
}

static ssize_t read_gzip(hr_source *s, unsigned char *out, size_t n, herald_error *err)
{
    size_t produced = 0;
    while (produced == 0) {
        int rc = fill(s, err);
        if (rc) return rc;
        if (s->in_pos == s->in_len) {   /* end of file */
            if (s->frame_done) return 0;
            return truncated(s, err, "gzip");
        }
        if (s->frame_done) {
            /* Concatenated gzip members are one stream (as gzip -d reads
             * them); anything else after the end is an error. */
            if (!is_gzip(s->in + s->in_pos, s->in_len - s->in_pos))
                return hr_error_set(err, HERALD_EPARSE, s->name, 0, s->raw_bytes,
                                    "unexpected data after the end of the gzip stream");
            inflateReset(&s->z);
            s->frame_done = 0;
        }
        s->z.next_in = s->in + s->in_pos;
        s->z.avail_in = (uInt)(s->in_len - s->in_pos);
        s->z.next_out = out;
        s->z.avail_out = (uInt)n;
        int zr = inflate(&s->z, Z_NO_FLUSH);
        s->in_pos = s->in_len - s->z.avail_in;
        produced = n - s->z.avail_out;
        if (zr == Z_STREAM_END) s->frame_done = 1;
        else if (zr != Z_OK && zr != Z_BUF_ERROR)
            return hr_error_set(err, HERALD_EPARSE, s->name, 0, s->raw_bytes,
                                "corrupt gzip data: %s", s->z.msg ? s->z.msg : "inflate failed");
    }
    return (ssize_t)produced;
}

static ssize_t read_zstd(hr_source *s, unsigned char *out, size_t n, herald_error *err)
{
    size_t produced = 0;
    while (produced == 0) {
        int rc = fill(s, err);
        if (rc) return rc;
        if (s->in_pos == s->in_len) {
            if (s->frame_done) return 0;
            return truncated(s, err, "zstd");
        }
        ZSTD_inBuffer in = { s->in, s->in_len, s->in_pos };
        ZSTD_outBuffer o = { out, n, 0 };
        size_t zr = ZSTD_decompressStream(s->zs, &o, &in);
        if (ZSTD_isError(zr))
            return hr_error_set(err, HERALD_EPARSE, s->name, 0, s->raw_bytes,
                                "corrupt zstd data: %s", ZSTD_getErrorName(zr));
        s->in_pos = in.pos;
        produced = o.pos;
        s->frame_done = zr == 0;   /* 0: a frame ended and was flushed */
    }
    return (ssize_t)produced;
}

ssize_t hr_source_read(hr_source *s, void *buf, size_t n, herald_error *err)
{
    if (n == 0) return 0;
    switch (s->codec) {
    case HR_CODEC_GZIP: return read_gzip(s, buf, n, err);
    case HR_CODEC_ZSTD: return read_zstd(s, buf, n, err);
    default: return read_plain(s, buf, n, err);
    }
}

void hr_source_close(hr_source *s)
{
    if (s->z_ready) inflateEnd(&s->z);
    if (s->zs) ZSTD_freeDStream(s->zs);
    if (s->own_fd && s->fd >= 0) close(s->fd);
    if (s->in) s->alc->free(s->alc->ctx, s->in);
    memset(s, 0, sizeof *s);
    s->fd = -1;
}

#include "normalize.h"
#include "blocks.h"
#include "chars.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#ifdef __SSE2__
#include <emmintrin.h>
#endif

/* ASCII replacements for the typographic characters of news text. */
static const char *plain_form(int32_t cp)
{
    switch (cp) {
    case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032: return "'";
    case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x2033:
    case 0x00AB: case 0x00BB: return "\"";
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014:
    case 0x2015: case 0x2212: case 0xFE58: case 0xFE63: case 0xFF0D: return "-";
    case 0x2026: return "...";
    default: return NULL;
    }
}

static int normalize_unicode(hr_arena *a, const char *s, size_t n, const char **norm,
                             uint32_t *len)
{
    /* Typographic forms first, so "d’Ivoire" and "d'Ivoire" agree. */
    char small[256];
    char *plain = n * 3 + 1 <= sizeof small ? small : hr_arena_alloc(a, n * 3 + 1);
    if (!plain) return HERALD_ENOMEM;
    size_t o = 0;
    for (size_t i = 0; i < n;) {
        int32_t cp;
        size_t l = hr_decode(s, n, i, &cp);
        const char *rep = plain_form(cp);
        if (rep) { size_t rl = strlen(rep); memcpy(plain + o, rep, rl); o += rl; }
        else { memcpy(plain + o, s + i, l); o += l; }
        i += l;
    }
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t m = utf8proc_map((const utf8proc_uint8_t *)plain, (utf8proc_ssize_t)o,
                                      &mapped, UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                      UTF8PROC_CASEFOLD | UTF8PROC_IGNORE);
    if (m < 0) return m == UTF8PROC_ERROR_NOMEM ? HERALD_ENOMEM : HERALD_EINVAL;
    char *copy = hr_arena_strndup(a, (const char *)mapped, (size_t)m);
    free(mapped);
    if (!copy) return HERALD_ENOMEM;
    *norm = copy;
    *len = (uint32_t)m;
    return 0;
}

int hr_normalize(hr_arena *a, const char *s, size_t n, const char *lower,
                 const char **norm, uint32_t *len)
{
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)s[i] >= 0x80) return normalize_unicode(a, s, n, norm, len);
    *norm = lower;
    *len = (uint32_t)n;
    return 0;
}

#ifdef HR_BLOCK_WIDE
/* The 64 bytes of v with A-Z lower-cased. */
__attribute__((target("avx512bw"))) static inline __m512i lower_64(__m512i v)
{
    __mmask64 upper = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('A')),
                                             _mm512_set1_epi8(26));
    return _mm512_mask_add_epi8(v, upper, v, _mm512_set1_epi8(0x20));
}

/* Copies, lower-cases and classifies the 64 bytes of v (at offset i),
 * in registers: the text is read once for all three. */
__attribute__((target("avx512bw"))) static inline void lower_block_wide(__m512i v, size_t i,
                                                                        __mmask64 in, char *copy,
                                                                        char *out,
                                                                        hr_block *block)
{
    if (copy) _mm512_mask_storeu_epi8(copy + i, in, v);
    _mm512_mask_storeu_epi8(out + i, in, lower_64(v));
    hr_block_of_wide(block, v);
}

/* hr_lowercase_blocks() with AVX-512BW (hr_block_wide_ok): 64 bytes at a
 * time, then the last bytes (fewer than 64) in one masked load and
 * store, which touch no byte outside the mask (zeros in the register,
 * so that their block is that of the bytes followed by zeros): no loop
 * of smaller steps with a mispredicted exit for each article's tail. */
__attribute__((target("avx512bw"))) static void lowercase_wide(const char *s, size_t n,
                                                               char *copy, char *out,
                                                               hr_block *blocks)
{
    size_t i = 0;
    for (; i + 64 <= n; i += 64)
        lower_block_wide(_mm512_loadu_si512((const void *)(s + i)), i, ~(__mmask64)0, copy,
                         out, blocks++);
    __mmask64 in = ((__mmask64)1 << (n - i)) - 1;
    lower_block_wide(_mm512_maskz_loadu_epi8(in, s + i), i, in, copy, out, blocks++);
    *blocks = (hr_block){ 0, 0, 0, 0, 0 };
}
#endif

/* Stores s[0..n) lower-cased in out and, when copy is not NULL, as it is
 * in copy, 8 bytes at a time and then one by one: the steps after the
 * SSE2 ones. */
static inline void lowercase_words(const char *s, size_t i, size_t n, char *copy, char *out)
{
    /* Eight bytes at a time: 0x20 added to each byte in A-Z, found
     * without carries between bytes (the high bit is set aside). */
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        if (copy) memcpy(copy + i, &w, 8);
        uint64_t x = w & ~high;
        uint64_t upper = (x + (0x80 - 'A') * ones) & ~(x + (0x7F - 'Z') * ones) & ~w & high;
        w |= upper >> 2;
        memcpy(out + i, &w, 8);
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (copy) copy[i] = (char)c;
        out[i] = (char)(c + (((unsigned char)(c - 'A') < 26) << 5));
    }
}

/* Each block's masks (hr_block_at, of a copy followed by zeros for the
 * last bytes), then its bytes. */
void hr_lowercase_blocks_narrow(const char *s, size_t n, char *copy, char *out,
                                hr_block *blocks)
{
    size_t i = 0;
    for (; i + 64 <= n; i += 64) {
        *blocks++ = hr_block_at(s + i);
#ifdef __SSE2__
        /* Sixteen bytes at a time: one compare finds A-Z
         * (hr_in_range_16); no loop left at -O2. */
#pragma GCC unroll 4
        for (size_t k = i; k < i + 64; k += 16) {
            __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + k));
            if (copy) _mm_storeu_si128((__m128i *)(void *)(copy + k), v);
            __m128i upper = hr_in_range_16(v, 'A', 26);
            v = _mm_or_si128(v, _mm_and_si128(upper, _mm_set1_epi8(0x20)));
            _mm_storeu_si128((__m128i *)(void *)(out + k), v);
        }
#else
        lowercase_words(s, i, i + 64, copy, out);
#endif
    }
    char tail[64] = { 0 };   /* the last bytes, followed by zeros */
    memcpy(tail, s + i, n - i);
    *blocks++ = hr_block_at(tail);
    *blocks = (hr_block){ 0, 0, 0, 0, 0 };
    lowercase_words(s, i, n, copy, out);
}

void hr_lowercase_blocks(const char *s, size_t n, char *copy, char *lower, hr_block *blocks)
{
#ifdef HR_BLOCK_WIDE
    if (hr_block_wide_ok()) {
        lowercase_wide(s, n, copy, lower, blocks);
        return;
    }
#endif
    hr_lowercase_blocks_narrow(s, n, copy, lower, blocks);
}

/* blocks.h - 64 bytes of text as bit masks (bit k for byte k): which are
 * ASCII letters or digits, which digits, which spaces or tabs, which the
 * common marks that are a token of their own, which a number's
 * separators between two digits.  The tokeniser finds
 * its words with shifts and bit counts on these masks instead of a
 * branch and a load per byte, so one token's end does not wait on the
 * previous token's bytes.  SSE2 where there is one (every x86-64), eight
 * bytes at a time in a 64-bit word elsewhere. */
#ifndef HR_BLOCKS_H
#define HR_BLOCKS_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#ifdef __SSE2__
#include <emmintrin.h>
#endif

typedef struct hr_block {
    uint64_t alnum;   /* A-Z a-z 0-9 */
    uint64_t digit;   /* 0-9 */
    uint64_t space;   /* ' ' and '\t' */
    uint64_t plain;   /* " $ % ( ) * + , ; marks that are a token of their
                       * own and end a word (but ',' joins digits: "1,080") */
    uint64_t sep;     /* ',' '.' ':' between two digits ("1,234.5", "10:30"); never
                       * bits 0 and 63, whose neighbours are in other blocks */
} hr_block;

/* The bytes of marks (',' '.' ':') that stand between two digits. */
static inline uint64_t hr_between_digits(uint64_t marks, uint64_t digit)
{
    return marks & digit << 1 & digit >> 1;
}

/* 0x80 in each byte of w in [lo, lo + n), an ASCII range (no carry crosses
 * a byte: the high bit is set aside first). */
static inline uint64_t hr_range_bytes(uint64_t w, unsigned char lo, unsigned char n)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t x = w & ~high;
    return (x + (uint64_t)(0x80 - lo) * ones) & ~(x + (uint64_t)(0x80 - lo - n) * ones) & ~w & high;
}

/* 0x80 in each byte of w that is an ASCII digit. */
static inline uint64_t hr_digit_bytes(uint64_t w)
{
    return hr_range_bytes(w, '0', 10);
}

/* 0x80 in each byte of w that is an ASCII letter or digit. */
static inline uint64_t hr_alnum_bytes(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
    uint64_t y = (w & ~high) | 0x20 * ones;   /* folds A-Z onto a-z */
    uint64_t alpha = (y + (0x80 - 'a') * ones) & ~(y + (0x7F - 'z') * ones);
    return hr_digit_bytes(w) | (alpha & ~w & high);
}

#ifdef __SSE2__
/* 0xFF in each byte of v in [lo, lo + n): shifted so that the range
 * starts at -128, one signed compare tells (SSE2 has no unsigned one). */
static inline __m128i hr_in_range_16(__m128i v, char lo, int n)
{
    __m128i shifted = _mm_add_epi8(v, _mm_set1_epi8((char)(-128 - lo)));
    return _mm_cmplt_epi8(shifted, _mm_set1_epi8((char)(-128 + n)));
}

static inline void hr_block_16(const char *p, unsigned *alnum, unsigned *dig, unsigned *space,
                               unsigned *plain, unsigned *sep)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    __m128i low = _mm_or_si128(v, _mm_set1_epi8(0x20));   /* A-Z onto a-z */
    __m128i alpha = hr_in_range_16(low, 'a', 26);
    __m128i digit = hr_in_range_16(v, '0', 10);
    __m128i blank = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8(' ')),
                                 _mm_cmpeq_epi8(v, _mm_set1_epi8('\t')));
    *alnum = (unsigned)_mm_movemask_epi8(_mm_or_si128(alpha, digit));
    *dig = (unsigned)_mm_movemask_epi8(digit);
    *space = (unsigned)_mm_movemask_epi8(blank);
    __m128i marks = _mm_or_si128(_mm_or_si128(hr_in_range_16(v, '(', 5), hr_in_range_16(v, '$', 2)),
                                 _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')),
                                              _mm_cmpeq_epi8(v, _mm_set1_epi8(';'))));
    *plain = (unsigned)_mm_movemask_epi8(marks);
    /* ',' and '.' are the two bytes that are '.' with bit 1 set. */
    __m128i comma_dot = _mm_cmpeq_epi8(_mm_or_si128(v, _mm_set1_epi8(2)), _mm_set1_epi8('.'));
    __m128i seps = _mm_or_si128(comma_dot, _mm_cmpeq_epi8(v, _mm_set1_epi8(':')));
    *sep = (unsigned)_mm_movemask_epi8(seps);
}
#else
/* 0x80 in each byte of w that is zero (exact: no borrow between bytes). */
static inline uint64_t hr_zero_bytes(uint64_t w)
{
    const uint64_t low7 = 0x7F7F7F7F7F7F7F7Full;
    return ~(((w & low7) + low7) | w | low7);
}

/* The 0x80 bits of the eight bytes of m gathered into one byte, bit k
 * for byte k: the multiplication moves each bit to its place without
 * carries. */
static inline unsigned hr_gather_high(uint64_t m)
{
    return (unsigned)(((m >> 7) * 0x0102040810204080ull) >> 56);
}
#endif

/* The masks of the 64 bytes at p, which must all be readable. */
static inline hr_block hr_block_at(const char *p)
{
    hr_block b = { 0, 0, 0, 0, 0 };
    uint64_t seps = 0;   /* ',' '.' ':' anywhere */
#pragma GCC unroll 4    /* four blocks of 16 bytes: no loop left at -O2 */
    for (int k = 0; k < 64; k += 16) {
#ifdef __SSE2__
        unsigned a, d, s, m, c;
        hr_block_16(p + k, &a, &d, &s, &m, &c);
        b.alnum |= (uint64_t)a << k;
        b.digit |= (uint64_t)d << k;
        b.space |= (uint64_t)s << k;
        b.plain |= (uint64_t)m << k;
        seps |= (uint64_t)c << k;
#else
        for (int h = 0; h < 16; h += 8) {
            uint64_t w;
            memcpy(&w, p + k + h, 8);
            uint64_t blank = hr_zero_bytes(w ^ 0x2020202020202020ull) |
                             hr_zero_bytes(w ^ 0x0909090909090909ull);
            b.alnum |= (uint64_t)hr_gather_high(hr_alnum_bytes(w)) << (k + h);
            b.digit |= (uint64_t)hr_gather_high(hr_digit_bytes(w)) << (k + h);
            b.space |= (uint64_t)hr_gather_high(blank) << (k + h);
            uint64_t marks = hr_range_bytes(w, '(', 5) | hr_range_bytes(w, '$', 2) |
                             hr_zero_bytes(w ^ 0x2222222222222222ull) |
                             hr_zero_bytes(w ^ 0x3B3B3B3B3B3B3B3Bull);
            b.plain |= (uint64_t)hr_gather_high(marks) << (k + h);
            uint64_t sep = hr_zero_bytes((w | 0x0202020202020202ull) ^ 0x2E2E2E2E2E2E2E2Eull) |
                           hr_zero_bytes(w ^ 0x3A3A3A3A3A3A3A3Aull);
            seps |= (uint64_t)hr_gather_high(sep) << (k + h);
        }
#endif
    }
    b.sep = hr_between_digits(seps, b.digit);
    return b;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#include <immintrin.h>
#define HR_BLOCK_WIDE 1

/* Whether this CPU runs hr_block_of_wide(). */
static inline int hr_block_wide_ok(void)
{
    return __builtin_cpu_supports("avx512bw");
}

/* The masks of the 64 bytes in v with AVX-512BW, for the CPUs that have
 * it: one register, each mask one or two compares straight into a mask
 * register (the SSE2 form needs four of everything and the shifts to
 * join them). */
__attribute__((target("avx512bw"))) static inline void hr_block_of_wide(hr_block *out,
                                                                         __m512i v)
{
    __m512i low = _mm512_or_si512(v, _mm512_set1_epi8(0x20));   /* A-Z onto a-z */
    __mmask64 alpha = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(low, _mm512_set1_epi8('a')),
                                             _mm512_set1_epi8(26));
    __mmask64 digit = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('0')),
                                             _mm512_set1_epi8(10));
    __mmask64 marks = _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('(')),
                                             _mm512_set1_epi8(5)) |
                      _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8('$')),
                                             _mm512_set1_epi8(2)) |
                      _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('"')) |
                      _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(';'));
    out->alnum = alpha | digit;
    out->digit = digit;
    out->space = _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(' ')) |
                 _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8('\t'));
    out->plain = marks;
    __mmask64 seps = _mm512_cmpeq_epi8_mask(_mm512_or_si512(v, _mm512_set1_epi8(2)),
                                            _mm512_set1_epi8('.')) |
                     _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(':'));
    out->sep = hr_between_digits(seps, digit);
}

#endif

/* The number of blocks hr_lowercase_blocks() classifies for a text of n
 * bytes: those of its bytes, and one of zeros after them, so that the
 * tokeniser takes any 64 bytes from a position in the text from two
 * blocks with no test of the text's end. */
static inline size_t hr_block_count(size_t n)
{
    return n / 64 + 2;
}

/* The first position at or after r (< 64) whose bit in m is clear, or 64. */
static inline unsigned hr_next_clear(uint64_t m, unsigned r)
{
    uint64_t x = ~m >> r;
    return x ? r + (unsigned)__builtin_ctzll(x) : 64;
}

#endif

/* chars.h - character classes for tokenising, ASCII by table and the
 * rest through utf8proc's Unicode categories. */
#ifndef HR_CHARS_H
#define HR_CHARS_H

#include <stddef.h>
#include <stdint.h>

enum hr_cclass {
    HR_C_SPACE,   /* white space, incl. no-break and zero-width spaces */
    HR_C_UPPER,   /* upper- and title-case letters */
    HR_C_LOWER,   /* lower-case and other letters (CJK, Arabic ...) */
    HR_C_DIGIT,
    HR_C_MARK,    /* combining marks: belong to the letter before */
    HR_C_QUOTE,   /* ' " and their typographic forms */
    HR_C_DASH,    /* - and the dash family */
    HR_C_PUNCT,
    HR_C_SYMBOL,
    HR_C_OTHER    /* controls, unassigned, U+FFFD */
};

/* Decodes the character at s[i] (s is valid UTF-8 of length n); returns
 * its byte length and stores the code point. */
static inline size_t hr_decode(const char *s, size_t n, size_t i, int32_t *cp);

enum hr_cclass hr_class_of(int32_t cp);


/* Class of the character at s[i], and its byte length in *len. */
static inline enum hr_cclass hr_class_at(const char *s, size_t n, size_t i, size_t *len);

static inline int hr_is_letter(enum hr_cclass c)
{
    return c == HR_C_UPPER || c == HR_C_LOWER;
}

/* hr_class_of() for ASCII, as a table: the hot path of the tokeniser. */
extern const unsigned char hr_ascii_class[128];

static inline int hr_is_alnum(enum hr_cclass c)
{
    return c == HR_C_UPPER || c == HR_C_LOWER || c == HR_C_DIGIT || c == HR_C_MARK;
}

/* An ASCII digit. */
static inline int hr_ascii_digit(unsigned char b)
{
    return (unsigned char)(b - '0') < 10;
}

/* An ASCII letter or digit (b < 0x80). */
static inline int hr_ascii_alnum(unsigned char b)
{
    return hr_ascii_digit(b) || (unsigned char)((b | 32) - 'a') < 26;
}

/* --- inline decoder: the reader guarantees valid UTF-8 --- */
static inline size_t hr_decode(const char *str, size_t n, size_t i, int32_t *cp)
{
    const unsigned char *s = (const unsigned char *)str + i;
    size_t left = n - i;
    unsigned char c = s[0];
    if (c < 0x80) { *cp = c; return 1; }
    if (c >= 0xF0 && left >= 4) {
        *cp = ((c & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F);
        return 4;
    }
    if (c >= 0xE0 && left >= 3) {
        *cp = ((c & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F);
        return 3;
    }
    if (c >= 0xC0 && left >= 2) {
        *cp = ((c & 0x1F) << 6) | (s[1] & 0x3F);
        return 2;
    }
    *cp = 0xFFFD;   /* unreachable for valid input; keeps progress */
    return 1;
}

static inline enum hr_cclass hr_class_at(const char *s, size_t n, size_t i, size_t *len)
{
    unsigned char b = (unsigned char)s[i];
    if (b < 0x80) {
        *len = 1;
        return (enum hr_cclass)hr_ascii_class[b];
    }
    int32_t cp;
    *len = hr_decode(s, n, i, &cp);
    return hr_class_of(cp);
}

#endif

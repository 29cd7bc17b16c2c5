/* geokey.h - the matching key of a place name, shared by the gazetteer
 * compiler (tools/geoc.c) and the place stage, so that both sides agree.
 *
 * The input is already case-folded (NFC): token norms at run time, names
 * through utf8proc at build time.  Apostrophes vanish ("Mek'ele" and
 * "Ts’khinvali" match "Mekele", "Tskhinvali"); every other run of ASCII
 * punctuation or space becomes one space ("Nagorno-Karabakh" =
 * "nagorno karabakh", "St. Petersburg" = "st petersburg"); other bytes
 * are kept.  Header-only: the tool is built before the library. */
#ifndef HR_GEOKEY_H
#define HR_GEOKEY_H

#include <stddef.h>
#include <stdint.h>

/* Writes the key of s[0..n) to out (no NUL) and returns its length, or
 * (size_t)-1 when it needs more than cap bytes. */
static inline size_t hr_geo_key(const char *s, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    int sep = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        /* most bytes: a lower-case letter within a word, kept as it is
         * (asked first because the place stage keys every capitalised
         * word of the text) */
        if (c >= 'a' && c <= 'z' && !sep) {
            if (o >= cap) return (size_t)-1;
            out[o++] = (char)c;
            continue;
        }
        if (c == '\'') continue;
        /* U+2018, U+2019 (E2 80 98/99), U+02BB, U+02BC (CA BB/BC) */
        if (c == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
            i += 2;
            continue;
        }
        if (c == 0xCA && i + 1 < n &&
            ((unsigned char)s[i + 1] == 0xBB || (unsigned char)s[i + 1] == 0xBC)) {
            i += 1;
            continue;
        }
        int alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (c < 0x80 && !alnum) { sep = 1; continue; }
        if (sep && o) {
            if (o >= cap) return (size_t)-1;
            out[o++] = ' ';
        }
        sep = 0;
        if (o >= cap) return (size_t)-1;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    return o;
}

/* FNV-1a of k[0..n): the hash of the gazetteer's prefix index, the
 * same when geoc builds it and when the place stage asks it. */
static inline uint64_t hr_geo_hash(const char *k, size_t n)
{
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 1099511628211ull;
    return h;
}

/* Whether the NUL-terminated key begins with the words k[0..n): it is
 * k, or k and a space and more words. */
static inline int hr_geo_key_begins(const char *key, const char *k, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (key[i] != k[i]) return 0;               /* also where key ends first */
    return key[n] == '\0' || key[n] == ' ';
}

/* The number of codes of three capital letters, and the number of one
 * (0 .. HR_GEO_CODES - 1), or HR_GEO_CODES when code[0..3) is none:
 * the gazetteer's country index, by geoc and at run time. */
#define HR_GEO_CODES (26 * 26 * 26)

static inline size_t hr_geo_code_number(const char *code)
{
    size_t number = 0;
    for (int i = 0; i < 3; i++) {
        unsigned char letter = (unsigned char)(code[i] - 'A');
        if (letter >= 26) return HR_GEO_CODES;
        number = number * 26 + letter;
    }
    return number;
}

#endif

#include "abbrev.h"

#include <stdint.h>
#include <string.h>

/* A word of lower-case letters, zero-padded to eight bytes so that a
 * lookup compares numbers.  None is longer than WORD_MAX letters, so a
 * longer word is turned away at once (hr_abbrev_tables_sorted checks). */
#define WORD_MAX 6
typedef struct entry { char word[8]; enum hr_abbrev cls; } entry;

/* Sorted by `word` (lower case, strcmp order): binary search.
 * Acronyms written with inner periods (U.S., a.m., Ph.D.) are recognised
 * by shape in the tokeniser, so they are not listed here. */
static const entry ABBREVIATIONS[] = {
    { "adm", HR_ABBR_TITLE },    { "adv", HR_ABBR_TITLE },
    { "amb", HR_ABBR_TITLE },    { "approx", HR_ABBR_INNER },
    { "apr", HR_ABBR_MONTH },    { "art", HR_ABBR_NUMERO },
    { "assn", HR_ABBR_FINAL },   { "asst", HR_ABBR_TITLE },
    { "aug", HR_ABBR_MONTH },    { "ave", HR_ABBR_FINAL },
    { "bldg", HR_ABBR_FINAL },   { "blvd", HR_ABBR_FINAL },
    { "brig", HR_ABBR_TITLE },   { "bros", HR_ABBR_FINAL },
    { "capt", HR_ABBR_TITLE },   { "cdr", HR_ABBR_TITLE },
    { "cf", HR_ABBR_INNER },     { "cmdr", HR_ABBR_TITLE },
    { "co", HR_ABBR_FINAL },     { "col", HR_ABBR_TITLE },
    { "comdr", HR_ABBR_TITLE },  { "con", HR_ABBR_TITLE },
    { "corp", HR_ABBR_FINAL },   { "cpl", HR_ABBR_TITLE },
    { "dec", HR_ABBR_MONTH },    { "dept", HR_ABBR_FINAL },
    { "det", HR_ABBR_TITLE },    { "dist", HR_ABBR_FINAL },
    { "dr", HR_ABBR_TITLE },     { "ens", HR_ABBR_TITLE },
    { "esq", HR_ABBR_FINAL },    { "est", HR_ABBR_INNER },
    { "etc", HR_ABBR_FINAL },    { "feb", HR_ABBR_MONTH },
    { "fig", HR_ABBR_NUMERO },   { "fr", HR_ABBR_TITLE },
    { "ft", HR_ABBR_TITLE },     { "gen", HR_ABBR_TITLE },
    { "gov", HR_ABBR_TITLE },    { "hon", HR_ABBR_TITLE },
    { "hosp", HR_ABBR_FINAL },   { "inc", HR_ABBR_FINAL },
    { "insp", HR_ABBR_TITLE },   { "jan", HR_ABBR_MONTH },
    { "jr", HR_ABBR_FINAL },     { "jul", HR_ABBR_MONTH },
    { "jun", HR_ABBR_MONTH },    { "lt", HR_ABBR_TITLE },
    { "ltd", HR_ABBR_FINAL },    { "maj", HR_ABBR_TITLE },
    { "mar", HR_ABBR_MONTH },    { "messrs", HR_ABBR_TITLE },
    { "mfg", HR_ABBR_FINAL },    { "mln", HR_ABBR_FINAL },
    { "mme", HR_ABBR_TITLE },    { "mr", HR_ABBR_TITLE },
    { "mrs", HR_ABBR_TITLE },    { "ms", HR_ABBR_TITLE },
    { "msgr", HR_ABBR_TITLE },   { "mt", HR_ABBR_TITLE },
    { "no", HR_ABBR_NUMERO },    { "nos", HR_ABBR_NUMERO },
    { "nov", HR_ABBR_MONTH },    { "oct", HR_ABBR_MONTH },
    { "op", HR_ABBR_NUMERO },    { "pfc", HR_ABBR_TITLE },
    { "plc", HR_ABBR_FINAL },    { "pres", HR_ABBR_TITLE },
    { "prof", HR_ABBR_TITLE },   { "pt", HR_ABBR_TITLE },
    { "pte", HR_ABBR_FINAL },    { "pty", HR_ABBR_FINAL },
    { "pvt", HR_ABBR_TITLE },    { "rep", HR_ABBR_TITLE },
    { "reps", HR_ABBR_TITLE },   { "rev", HR_ABBR_TITLE },
    { "rt", HR_ABBR_TITLE },     { "sec", HR_ABBR_TITLE },
    { "sen", HR_ABBR_TITLE },    { "sens", HR_ABBR_TITLE },
    { "sep", HR_ABBR_MONTH },
    { "sept", HR_ABBR_MONTH },   { "sgt", HR_ABBR_TITLE },
    { "sr", HR_ABBR_FINAL },     { "st", HR_ABBR_TITLE },
    { "ste", HR_ABBR_TITLE },    { "supt", HR_ABBR_TITLE },
    { "univ", HR_ABBR_FINAL },   { "vol", HR_ABBR_NUMERO },
    { "vs", HR_ABBR_INNER },
};

#define ABBREVIATION_COUNT (sizeof ABBREVIATIONS / sizeof *ABBREVIATIONS)

/* Where the entries of each initial start ('a' to 'z', then the end): a
 * lookup searches only the few of its word's initial. */
static const unsigned char BY_INITIAL[27] = {
    0, 10, 14, 24, 29, 33, 37, 39, 41, 43, 47, 47, 49,        /* a-m */
    60, 63, 65, 73, 73, 77, 87, 87, 88, 90, 90, 90, 90, 90,   /* n-z, end */
};

/* For each initial, bit k set when an entry's second letter is 'a' + k:
 * most words before a period (sentence ends: "said.", "year.") are
 * turned away by this one test, before any search. */
static const uint32_t SECOND_LETTERS[26] = {
    0x0369008, 0x0020800, 0x000d029, 0x0020110, 0x00c2000, 0x00a0110,   /* a-f */
    0x0004010, 0x0004000, 0x0002000, 0x0120001, 0x0000000, 0x0080000,   /* g-l */
    0x00e1831, 0x0004000, 0x0008004, 0x02a0820, 0x0000000, 0x0080010,   /* m-r */
    0x01a0050, 0x0000000, 0x0002000, 0x0044000, 0x0000000, 0x0000000,   /* s-x */
    0x0000000, 0x0000000,                                               /* y-z */
};

/* Capitalised words that open sentences far more often than they follow
 * an abbreviation inside one.  Sorted, lower case, zero-padded to sixteen
 * bytes: a lookup compares two numbers (opener_key) per step. */
#define OPENER_MAX 15
static const char OPENERS[][OPENER_MAX + 1] = {
    "a", "according", "after", "again", "all", "also", "although", "among",
    "an", "and", "another", "as", "at", "authorities", "because", "before",
    "both", "but", "by", "despite", "during", "each", "earlier", "even",
    "every", "few", "five", "for", "four", "from", "he", "her", "here", "his",
    "how", "however", "i", "if", "in", "it", "its", "last", "later", "many",
    "meanwhile", "more", "most", "my", "neither", "nevertheless", "no", "nor",
    "not", "nothing", "officials", "on", "one", "only", "or", "other", "our",
    "police", "several", "she", "since", "six", "so", "some", "still", "such",
    "that", "the", "their", "then", "there", "these", "they", "this", "those",
    "three", "thus", "to", "today", "two", "under", "until", "we", "what",
    "when", "where", "whether", "which", "while", "who", "why", "with", "yet",
    "you",
};

/* The word as a big-endian number: numbers compare as the strings do
 * (this compiles to a load and a byte swap). */
static inline uint64_t key_of(const char w[8])
{
    const unsigned char *b = (const unsigned char *)w;
    return (uint64_t)b[0] << 56 | (uint64_t)b[1] << 48 | (uint64_t)b[2] << 40 |
           (uint64_t)b[3] << 32 | (uint64_t)b[4] << 24 | (uint64_t)b[5] << 16 |
           (uint64_t)b[6] << 8 | b[7];
}

enum hr_abbrev hr_abbrev_class(const char *s, size_t n)
{
    /* Called for every word before a period: no copy to a string and no
     * strcmp.  The key is built as key_of() builds an entry's, with 0x20
     * set in every byte: that lower-cases A-Z, and since the entries are
     * all lower-case letters, no other byte can make a key equal one. */
    if (n < 2 || n > WORD_MAX) return HR_ABBR_NONE;   /* no entry has one letter */
    unsigned initial = (unsigned)(((unsigned char)s[0] | 0x20) - 'a');
    unsigned second = (unsigned)(((unsigned char)s[1] | 0x20) - 'a');
    if (initial >= 26 || second >= 26 || !(SECOND_LETTERS[initial] >> second & 1))
        return HR_ABBR_NONE;
    uint64_t key = 0;
    for (size_t i = 0; i < n; i++)
        key |= (uint64_t)((unsigned char)s[i] | 0x20) << (56 - 8 * i);
    /* A search without unpredictable branches (a conditional move per
     * step): most of these words are in no table, and a mispredicted
     * branch per step cost more than the compares. */
    const entry *base = ABBREVIATIONS + BY_INITIAL[initial];
    size_t len = (size_t)(BY_INITIAL[initial + 1] - BY_INITIAL[initial]);
    while (len > 1) {
        size_t half = len / 2;
        base = key_of(base[half].word) <= key ? base + half : base;
        len -= half;
    }
    return key_of(base->word) == key ? base->cls : HR_ABBR_NONE;
}

/* A word of up to OPENER_MAX bytes as two big-endian numbers, as
 * key_of() makes them: the pair compares as the zero-padded strings do. */
typedef struct opener_key { uint64_t hi, lo; } opener_key;

static inline opener_key opener_key_of(const char w[OPENER_MAX + 1])
{
    return (opener_key){ key_of(w), key_of(w + 8) };
}

static inline int key_at_most(opener_key a, opener_key b)
{
    return a.hi < b.hi || (a.hi == b.hi && a.lo <= b.lo);
}

int hr_is_sentence_opener(const char *s, size_t n)
{
    /* Called after every abbreviation that may end a sentence ("U.S.",
     * "Inc."): the word lower-cased into a key, then the search of
     * hr_abbrev_class, without a branch per step. */
    if (n == 0 || n > OPENER_MAX) return 0;
    char low[OPENER_MAX + 1] = { 0 };
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x80) return 0;
        low[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    opener_key key = opener_key_of(low);
    const char (*base)[OPENER_MAX + 1] = OPENERS;
    size_t len = sizeof OPENERS / sizeof *OPENERS;
    while (len > 1) {
        size_t half = len / 2;
        base = key_at_most(opener_key_of(base[half]), key) ? base + half : base;
        len -= half;
    }
    opener_key found = opener_key_of(*base);
    return found.hi == key.hi && found.lo == key.lo;
}

int hr_abbrev_tables_sorted(void)
{
    for (size_t i = 0; i < ABBREVIATION_COUNT; i++) {
        const char *w = ABBREVIATIONS[i].word;
        size_t n = strnlen(w, sizeof ABBREVIATIONS[i].word);
        if (n == 0 || n > WORD_MAX) return 0;
        for (size_t k = 0; k < n; k++)
            if (w[k] < 'a' || w[k] > 'z') return 0;
        if (i && key_of(ABBREVIATIONS[i - 1].word) >= key_of(w)) return 0;
        size_t initial = (size_t)(w[0] - 'a');
        if (n < 2 || i < BY_INITIAL[initial] || i >= BY_INITIAL[initial + 1] ||
            !(SECOND_LETTERS[initial] >> (w[1] - 'a') & 1))
            return 0;
    }
    if (BY_INITIAL[0] != 0 || BY_INITIAL[26] != ABBREVIATION_COUNT) return 0;
    for (size_t c = 0; c < 26; c++) {
        if (BY_INITIAL[c] > BY_INITIAL[c + 1]) return 0;
        /* No second letter is marked that no entry of the initial has. */
        uint32_t seen = 0;
        for (size_t i = BY_INITIAL[c]; i < BY_INITIAL[c + 1]; i++)
            seen |= (uint32_t)1 << (ABBREVIATIONS[i].word[1] - 'a');
        if (seen != SECOND_LETTERS[c]) return 0;
    }
    for (size_t i = 1; i < sizeof OPENERS / sizeof *OPENERS; i++)
        if (key_at_most(opener_key_of(OPENERS[i]), opener_key_of(OPENERS[i - 1]))) return 0;
    return 1;
}

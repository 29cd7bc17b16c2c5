/* tagset.h - the Penn Treebank part-of-speech tags, as one X-macro list
 * so that the enum, the names and the build-time lexicon compiler
 * (tools/mktaglex.c, which includes this file) cannot drift apart. */
#ifndef HR_TAGSET_H
#define HR_TAGSET_H

#include <stdint.h>
#include <string.h>

/* X(enum suffix, name) - the order is part of the compiled lexicon. */
#define HR_TAGS(X) \
    X(NONE, "") \
    X(CC, "CC") X(CD, "CD") X(DT, "DT") X(EX, "EX") X(FW, "FW") X(IN, "IN") \
    X(JJ, "JJ") X(JJR, "JJR") X(JJS, "JJS") X(LS, "LS") X(MD, "MD") \
    X(NN, "NN") X(NNS, "NNS") X(NNP, "NNP") X(NNPS, "NNPS") X(PDT, "PDT") \
    X(POS, "POS") X(PRP, "PRP") X(PRPS, "PRP$") X(RB, "RB") X(RBR, "RBR") \
    X(RBS, "RBS") X(RP, "RP") X(SYM, "SYM") X(TO, "TO") X(UH, "UH") \
    X(VB, "VB") X(VBD, "VBD") X(VBG, "VBG") X(VBN, "VBN") X(VBP, "VBP") \
    X(VBZ, "VBZ") X(WDT, "WDT") X(WP, "WP") X(WPS, "WP$") X(WRB, "WRB") \
    X(COMMA, ",") X(PERIOD, ".") X(COLON, ":") X(LQUOTE, "``") X(RQUOTE, "''") \
    X(LRB, "-LRB-") X(RRB, "-RRB-") X(HASH, "#") X(DOLLAR, "$")

#define HR_TAG_ENUM_(e, s) HR_TAG_##e,
enum hr_tag { HR_TAGS(HR_TAG_ENUM_) HR_TAG_COUNT };
#undef HR_TAG_ENUM_

/* Flags of a compiled lexicon entry (tools/mktaglex.c writes them). */
enum {
    HR_LX_PROPER = 1,      /* WordNet writes every noun sense capitalised: "Paris" */
    HR_LX_PAST = 2,        /* an irregular past form of a verb: "went", "taken" */
    HR_LX_PRESP = 4,       /* an irregular -ing form: "lying", "ad-libbing" */
    HR_LX_THIRD = 8,       /* an irregular third person form */
    HR_LX_PLURAL = 16,     /* an irregular noun plural: "men", "crises" */
    HR_LX_COMPAR = 32,     /* an irregular comparative: "better", "worse" */
    HR_LX_SUPERL = 64,     /* an irregular superlative: "best", "worst" */
    HR_LX_OWN = 128,       /* tags from Herald's own lexicon (data/tagger/), which win */
    HR_LX_CAPSENSE = 256,  /* some noun sense is a name: "Turkey", "Georgia" */
    HR_LX_PROPER_ADJ = 512 /* an adjective WordNet writes capitalised: "French", "Israeli" */
};

/* Readings a WordNet lemma has, indexes of hr_lex_entry.pos. */
enum { HR_POS_NOUN, HR_POS_VERB, HR_POS_ADJ, HR_POS_ADV };

/* One word of the compiled lexicon. */
typedef struct hr_lex_entry {
    unsigned int word;          /* offset of the word in hr_taglex_words */
    unsigned char pos[4];       /* WordNet readings: 0 none, else 1 + SemCor count (max 255) */
    unsigned short flags;       /* HR_LX_* */
    unsigned char lemma;        /* an irregular form: 1 + SemCor count of its lemma (max 255) */
    unsigned char tags[3];      /* own lexicon: tags (HR_TAG_NONE ends) ... */
    unsigned char weights[3];   /* ... and their relative weights */
    unsigned char aux;          /* own lexicon: the word's auxiliary class (grammar.h) */
} hr_lex_entry;

/* Four bytes of s as a number (any alignment: one load). */
static inline uint32_t hr_lex_load4(const char *s)
{
    uint32_t v;
    memcpy(&v, s, sizeof v);
    return v;
}

/* The hash both the compiler and the tagger use: the word's bytes four
 * at a time, the last four overlapping the rest (a word of five to
 * eight letters is two loads; the tagger hashes every word token), a
 * shorter word's bytes picked three, then murmur3's finaliser so that
 * every byte reaches the low bits (the table index) and the high ones
 * (a slot's check).  Reads no byte outside s[0..n). */
static inline unsigned int hr_lex_hash(const char *s, unsigned int n)
{
    const uint32_t mult = 0x9e3779b1u;
    uint32_t h = (n + 1) * mult;
    if (n >= 4) {
        const char *last = s + n - 4;
        for (; s < last; s += 4) h = (h ^ hr_lex_load4(s)) * mult;
        h = (h ^ hr_lex_load4(last)) * mult;
    } else if (n > 0) {
        uint32_t v = (unsigned char)s[0] | (uint32_t)(unsigned char)s[n / 2] << 8 |
                     (uint32_t)(unsigned char)s[n - 1] << 16;
        h = (h ^ v) * mult;
    }
    h ^= h >> 16;
    h *= 0x85ebca6bu;
    h ^= h >> 13;
    h *= 0xc2b2ae35u;
    h ^= h >> 16;
    return h;
}

/* A slot of the hash table: the entry's index + 1 in the low bits, and
 * the top bits of its hash, so that a probe for an absent word is
 * rejected without reading the entry (a cache miss) or its text. */
#define HR_LEX_INDEX_BITS 20
#define HR_LEX_INDEX_LIMIT (1u << HR_LEX_INDEX_BITS)
static inline unsigned hr_lex_slot(unsigned hash, unsigned index)
{
    return (hash >> HR_LEX_INDEX_BITS << HR_LEX_INDEX_BITS) | (index + 1);
}

#endif

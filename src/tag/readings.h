/* readings.h - what a word's lower-case spelling alone says of its tags
 * (src/tag/readings.c): the lexical model's part that depends on the
 * word and nothing else.  The tagger uses it for words the lexicon does
 * not hold, and tools/mkplain for every word it holds, at build time,
 * so that the tagger finds those finished (taglex.h hr_taglex_plain). */
#ifndef HR_READINGS_H
#define HR_READINGS_H

#include <stddef.h>
#include <string.h>
#include "lexical.h"
#include "taglex.h"

/* The readings gathered for a word: few tags, so a short list (a
 * table over every tag would cost more to clear and scan). */
typedef struct hr_acc {
    int n;
    float total;
    unsigned char tag[16];
    float w[16];
} hr_acc;

void hr_acc_add(hr_acc *a, int tag, float w);
float hr_acc_get(const hr_acc *a, int tag);
/* Drops a reading. */
void hr_acc_drop(hr_acc *a, int tag);
/* Keeps the heaviest readings (at most HR_MAX_CANDS, heaviest first),
 * their weights normalised to log probabilities; returns how many. */
int hr_acc_finish(const hr_acc *a, hr_cand *out);

/* The readings of the lower-case word s[0..n), whose lexicon entry is e
 * (NULL: none), added to the empty `a`.  Returns the weight WordNet gave,
 * <= 0 for a guess (unset for a word of Herald's own lexicon).  *adverb
 * is set to whether WordNet makes the word mostly an adverb, which an
 * auxiliary reaches over to its verb ("has so far refused", "were later
 * released"; Herald's own words carry that in their entry's aux). */
float hr_read_spelling(const char *s, size_t n, const hr_lex_entry *e, hr_acc *a, int *adverb);

/* The lexicon's entry for s[0..n) (hash: its hr_lex_hash()), or NULL:
 * no word of 64 bytes or more is looked up. */
static inline const hr_lex_entry *hr_lex_lookup_hashed(const char *s, size_t n, unsigned hash)
{
    return n && n < 64 ? hr_taglex_find_hashed(s, n, hash) : NULL;
}

/* The readings of the word s[0..n) (e, known and spelled as
 * hr_read_spelling() gave them) with a capital (caps 1 capitalised, 2 all
 * capitals; `opener`: at the start of a sentence or after a quote; `adj`:
 * a nation's adjective or a hyphenated word ending in lower case), into
 * out; returns how many. */
int hr_name_readings(const char *s, size_t n, const hr_lex_entry *e, float known,
                     const hr_acc *spelled, int caps, int opener, int adj, hr_cand *out);

/* The finished readings (hr_acc_finish() of hr_read_spelling()) of each
 * word of the lexicon, written by tools/mkplain into build/gen/
 * tagplain.c: for entry i, hr_taglex_plain[i] is the index of its first
 * in hr_taglex_cands shifted left by 4, or'd with 8 when the word is
 * mostly an adverb (hr_read_spelling()) and with how many (words with
 * the same readings share them).  HR_MAX_CANDS blanks end the list, so
 * every word's readings are copied as HR_MAX_CANDS: a few moves. */
extern const unsigned hr_taglex_plain[];
/* The same for hr_name_readings() of the word capitalised inside a
 * sentence (caps 1, opener 0, adj 0). */
extern const unsigned hr_taglex_inside[];
extern const hr_cand hr_taglex_cands[];

/* The readings a value of hr_taglex_plain or hr_taglex_inside stands
 * for, into out (room for HR_MAX_CANDS); returns how many. */
static inline int hr_lex_ready(unsigned ready, hr_cand *out)
{
    memcpy(out, &hr_taglex_cands[ready >> 4], HR_MAX_CANDS * sizeof *out);
    return (int)(ready & 7);
}

/* Whether the word of a value of hr_taglex_plain is mostly an adverb. */
static inline int hr_ready_adverb(unsigned ready)
{
    return (ready & 8) != 0;
}

/* The finished readings of the lexicon's word e. */
static inline int hr_lex_plain(const hr_lex_entry *e, hr_cand *out)
{
    return hr_lex_ready(hr_taglex_plain[e - hr_taglex_entries], out);
}

/* Whether WordNet makes the lexicon's word e mostly an adverb. */
static inline int hr_lex_adverb(const hr_lex_entry *e)
{
    return hr_ready_adverb(hr_taglex_plain[e - hr_taglex_entries]);
}

/* The ready readings of the lexicon's word e capitalised inside a
 * sentence. */
static inline int hr_lex_inside(const hr_lex_entry *e, hr_cand *out)
{
    return hr_lex_ready(hr_taglex_inside[e - hr_taglex_entries], out);
}

/* The regular inflections of the lemmas SemCor saw that the lexicon
 * does not hold ("attacks", "attacked"), with their finished readings,
 * written by tools/mkplain too: hr_tagform_ready[i] is a value as of
 * hr_taglex_plain for the word at hr_tagform_words + hr_tagform_word[i];
 * hr_tagform_slots, by hr_lex_hash() & hr_tagform_mask, holds 0 or 1 + i. */
extern const char hr_tagform_words[];
extern const unsigned hr_tagform_word[];
extern const unsigned hr_tagform_ready[];
extern const unsigned hr_tagform_slots[];
extern const unsigned hr_tagform_mask;

/* The ready value of the word s[0..n) (hash: its hr_lex_hash()) as an
 * inflection of the table, or NULL: a word it does not hold. */
static inline const unsigned *hr_form_ready(const char *s, size_t n, unsigned hash)
{
    if (!n || n >= 64) return NULL;     /* as hr_lex_lookup_hashed(): none so long */
    for (unsigned h = hash & hr_tagform_mask, slot; (slot = hr_tagform_slots[h]) != 0;
         h = (h + 1) & hr_tagform_mask) {
        const char *w = hr_tagform_words + hr_tagform_word[slot - 1];
        if (w[0] == s[0] && strncmp(w, s, n) == 0 && w[n] == '\0') return &hr_tagform_ready[slot - 1];
    }
    return NULL;
}

/* Whether s[0..n) is longer than suffix and ends with it.  Always in
 * line: every caller passes a literal, so strlen and memcmp fold to a
 * compare or two (an unknown word, most names, tries some twenty). */
static inline __attribute__((always_inline)) int hr_ends(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n > m && memcmp(s + n - m, suffix, m) == 0;
}

#endif

/* scan.h - the actor stage's view of one sentence, shared by the
 * matcher (actors.c) and the reference resolver (references.c). */
#ifndef HR_ACTOR_SCAN_H
#define HR_ACTOR_SCAN_H

#include "actors.h"
#include "../core/doc.h"
#include "../dict/lexicon.h"

typedef struct hr_match {
    size_t len;             /* tokens matched; 0 for none */
    uint32_t entry;
} hr_match;

/* A short form the article defines after a mention: "the Singapore Armed
 * Forces (SAF)" makes a later "SAF" name the same actor. */
typedef struct hr_abbreviation {
    const char *word;       /* the short form's text in the article */
    size_t len;
    char code[64];
    uint32_t defined_at;    /* byte of the defining mention */
} hr_abbreviation;

typedef struct hr_scan {
    herald_doc *doc;
    const hr_lexicon *actors, *agents, *conflicts;
    uint32_t *ids;                     /* word id of each token, shared by the lexicons */
    uint32_t sentence;
    size_t begin, end;                 /* the sentence's tokens */
    hr_buf how;
    hr_match conflict;                 /* the last named conflict, for "both sides" */
    uint32_t conflict_sentence;
    hr_abbreviation *abbreviations;    /* this article's own, in its arena */
    size_t abbreviation_count, abbreviation_cap;
} hr_scan;

/* The longest phrase of `lx` beginning with token i's word. */
hr_match hr_longest_from(const hr_scan *sc, const hr_lexicon *lx, size_t i);

/* The longest phrase of `lx` at token i.  Most tokens begin no phrase:
 * the lexicon's first-word bits say so without a call. */
static inline hr_match hr_longest(const hr_scan *sc, const hr_lexicon *lx, size_t i)
{
    if (i >= sc->end || !hr_lexicon_may_begin(lx, sc->ids[i])) return (hr_match){ 0, HR_NONE };
    return hr_longest_from(sc, lx, i);
}

/* Appends a mention of tokens [first, last) with sc->how as its story. */
int hr_emit_actor(hr_scan *sc, size_t first, size_t last, const char *code, int kind);

/* Resolves the references of the current sentence ("she", "the
 * minister", "both sides") to earlier actors; `first_mention` is the
 * index of the sentence's first mention. */
int hr_resolve_references(hr_scan *sc, size_t first_mention);

#endif

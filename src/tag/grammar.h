/* grammar.h - the tagger's transition weights, written from English
 * grammar rather than trained (see tagger.c).  tools/mktaglex.c, which
 * includes this file, evaluates them into the tables hr_tag_trans and
 * hr_tag_context of build/gen/taglex.c, so the tagger looks them up. */
#ifndef HR_GRAMMAR_H
#define HR_GRAMMAR_H

#include "tagset.h"
#include "herald.h"

#include <string.h>

/* Auxiliary classes (the tagger's view of "was", "has", "will" ...). */
enum hr_aux { HR_AUX_NONE, HR_AUX_BE, HR_AUX_HAVE, HR_AUX_DO, HR_AUX_MODAL, HR_AUX_TO,
              HR_AUX_GAP /* an adverb an auxiliary reaches over */,
              HR_AUX_BY /* no auxiliary: "by", which speaks of the token before */,
              HR_AUX_THAT /* no auxiliary: "that", which speaks of the token before */,
              HR_AUX_COUNT };

static inline int hr_word_in(const char *w, const char *const *list)
{
    for (; *list; list++)
        if (strcmp(w, *list) == 0) return 1;
    return 0;
}

/* The forms of "be".  Every question about "be" takes the six "be",
 * "is", "are", "was", "were", "been"; the others each caller names in
 * `more`, so that what one leaves out stays visible: "being" (no
 * finite form), "am", and the clitics "'s" (as often "has" or a
 * possessive), "'re", "'m". */
enum hr_be_more { HR_BE_BEING = 1, HR_BE_AM = 2, HR_BE_S = 4, HR_BE_RE = 8, HR_BE_M = 16 };
#define HR_BE_ANY (HR_BE_BEING | HR_BE_AM | HR_BE_S | HR_BE_RE | HR_BE_M)

/* Whether the `len` bytes at w are a form of "be": one of the six, or
 * one of `more`. */
static inline int hr_is_be_form(const char *w, size_t len, unsigned more)
{
    static const struct { char word[6]; unsigned char len, more; } forms[] = {
        { "is", 2, 0 }, { "was", 3, 0 }, { "are", 3, 0 }, { "were", 4, 0 }, { "be", 2, 0 },
        { "been", 4, 0 }, { "being", 5, HR_BE_BEING }, { "am", 2, HR_BE_AM },
        { "'s", 2, HR_BE_S }, { "'re", 3, HR_BE_RE }, { "'m", 2, HR_BE_M },
    };
    for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
        if (forms[i].len == len && memcmp(forms[i].word, w, len) == 0)
            return !forms[i].more || (forms[i].more & more);
    return 0;
}

static inline int hr_tok_is_be(const herald_token *t, unsigned more)
{
    return hr_is_be_form(t->norm, t->norm_len, more);
}

/* The auxiliary class of a word of Herald's own lexicon, where the
 * auxiliaries are, and the adverbs between them and their verb that are
 * not mostly adverbs (those tools/mktaglex finds by their tags):
 * mktaglex writes it into each entry (hr_lex_entry.aux), so the tagger
 * reads it instead of comparing every word with these lists. */
static inline int hr_aux_of_word(const char *w)
{
    static const char *const have[] = { "have", "has", "had", "having", "'ve", NULL };
    static const char *const dos[] = { "do", "does", "did", NULL };
    static const char *const modals[] = { "will", "would", "shall", "should", "can", "could",
                                          "cannot", "may", "might", "must", "'ll", "'d", "wo",
                                          "ca", "sha", NULL };
    static const char *const adverbs[] = { "not", "n't", "never", "also", "already", "still",
                                           "just", "ever", "even", "only", "now", "then",
                                           "further", "again", "yet", "since", "once",
                                           "first" /* "was first elected" */, NULL };
    /* not "'s", as often "has" or a possessive */
    if (hr_is_be_form(w, strlen(w), HR_BE_ANY & ~HR_BE_S)) return HR_AUX_BE;
    if (hr_word_in(w, have)) return HR_AUX_HAVE;
    if (hr_word_in(w, dos)) return HR_AUX_DO;
    if (hr_word_in(w, modals)) return HR_AUX_MODAL;
    if (strcmp(w, "to") == 0) return HR_AUX_TO;
    if (strcmp(w, "by") == 0) return HR_AUX_BY;
    if (strcmp(w, "that") == 0) return HR_AUX_THAT;
    return hr_word_in(w, adverbs) ? HR_AUX_GAP : HR_AUX_NONE;
}

static inline int hr_is_noun_tag(int t)
{
    return t == HR_TAG_NN || t == HR_TAG_NNS || t == HR_TAG_NNP || t == HR_TAG_NNPS;
}

/* An opening or closing quotation mark (`` ''). */
static inline int hr_is_quote_tag(int t)
{
    return t == HR_TAG_LQUOTE || t == HR_TAG_RQUOTE;
}

/* The first of tokens [k, end) that is no quotation mark, or end: words
 * in a row stay in a row over scare quotes ('take "all necessary"
 * steps', 'had "liberated"'). */
static inline size_t hr_past_quotes(const herald_token *t, size_t k, size_t end)
{
    while (k < end && hr_is_quote_tag(t[k].tag)) k++;
    return k;
}

static inline int hr_is_verb_tag(int t)
{
    return t >= HR_TAG_VB && t <= HR_TAG_VBZ;
}

static inline int hr_is_det_tag(int t)
{
    return t == HR_TAG_DT || t == HR_TAG_PRPS || t == HR_TAG_POS || t == HR_TAG_WPS ||
           t == HR_TAG_PDT;
}

static inline int hr_is_finite_tag(int t)
{
    return t == HR_TAG_VBD || t == HR_TAG_VBP || t == HR_TAG_VBZ || t == HR_TAG_MD;
}

static inline int hr_is_nominal_tag(int t)
{
    return hr_is_noun_tag(t) || t == HR_TAG_JJ || t == HR_TAG_JJR || t == HR_TAG_JJS ||
           t == HR_TAG_CD;
}

/* The transition score from tag p (of a token whose auxiliary class is
 * `paux`) to tag t. */
static inline float hr_transition_weight(int p, int paux, int t)
{
    if (p == HR_TAG_NONE) {                              /* sentence start */
        if (hr_is_finite_tag(t) && t != HR_TAG_MD) return -1.5f;
        if (t == HR_TAG_VB || t == HR_TAG_VBN) return -1.0f;
        return 0;
    }
    if (hr_is_det_tag(p)) {
        if (hr_is_finite_tag(t) || t == HR_TAG_VB || t == HR_TAG_PRP || t == HR_TAG_TO ||
            t == HR_TAG_DT || t == HR_TAG_IN || t == HR_TAG_EX || t == HR_TAG_CC ||
            t == HR_TAG_POS)
            return -3.0f;
        if (t == HR_TAG_VBG) return -2.5f;        /* "the fighting": a noun */
        if (t == HR_TAG_VBN) return -0.5f;
        if (hr_is_nominal_tag(t)) return 0.5f;
        return 0;
    }
    if (p == HR_TAG_MD) {
        if (t == HR_TAG_VB) return 1.5f;
        if (t == HR_TAG_RB) return 0.5f;
        return -2.0f;
    }
    if (p == HR_TAG_TO) {
        if (t == HR_TAG_VB) return 1.0f;
        if (hr_is_finite_tag(t) || t == HR_TAG_VBN) return -3.0f;
        return 0;
    }
    if (p == HR_TAG_PRP) {
        if (hr_is_finite_tag(t)) return 1.0f;
        if (t == HR_TAG_VB) return -2.0f;
        if (t == HR_TAG_POS) return -3.0f;
        if (hr_is_noun_tag(t) || t == HR_TAG_JJ) return -1.0f;
        return 0;
    }
    if (p == HR_TAG_EX) return hr_is_finite_tag(t) ? 2.0f : -1.0f;
    if (p == HR_TAG_WDT || p == HR_TAG_WP) {
        if (hr_is_finite_tag(t)) return 1.5f;
        if (t == HR_TAG_VB) return -2.0f;
        if (hr_is_noun_tag(t)) return -1.0f;
        return 0;
    }
    if (p == HR_TAG_IN) {
        if (hr_is_finite_tag(t) || t == HR_TAG_VB) return -2.5f;
        if (t == HR_TAG_VBN) return -1.0f;
        if (t == HR_TAG_POS) return -3.0f;
        /* A gerund heads a noun phrase too ("accused of shelling"). */
        if (hr_is_nominal_tag(t) || hr_is_det_tag(t) || t == HR_TAG_PRP || t == HR_TAG_VBG)
            return 0.3f;
        return 0;
    }
    if (p == HR_TAG_JJ || p == HR_TAG_JJR || p == HR_TAG_JJS) {
        if (hr_is_noun_tag(t)) return 0.8f;
        if (t == HR_TAG_VBG) return -2.0f;        /* "a rare meeting": a noun */
        if (hr_is_finite_tag(t) || t == HR_TAG_VB) return -2.5f;
        if (t == HR_TAG_VBN) return -2.5f;
        if (t == HR_TAG_DT) return -1.0f;
        /* A number opens a noun phrase an adjective does not begin
         * ("wounded 36 others"), but for ordinals ("first", "last");
         * so does a quantity ("wounded more than 80"). */
        if (t == HR_TAG_CD || t == HR_TAG_JJR || t == HR_TAG_RBR) return -0.7f;
        return 0;
    }
    if (p == HR_TAG_CD) {
        if (t == HR_TAG_NNS) return 0.8f;
        if (t == HR_TAG_NN) return 0.3f;
        if (t == HR_TAG_VB) return -2.0f;
        return 0;
    }
    if (hr_is_noun_tag(p)) {
        if (t == HR_TAG_VB) return -2.5f;
        /* Agreement: "the army attack" is rare, "Ethiopia and Eritrea
         * act" (a name as the last of a list) less so. */
        if (t == HR_TAG_VBP && p == HR_TAG_NN) return -1.5f;
        if (t == HR_TAG_VBP && p == HR_TAG_NNP) return -0.5f;
        /* Not a plural name: "the United States attacks", "the United
         * Nations says" are one body. */
        if (t == HR_TAG_VBZ && p == HR_TAG_NNS) return -1.0f;
        if (t == HR_TAG_POS) return 1.0f;
        if (t == HR_TAG_PRP) return -1.0f;
        /* A plural seldom modifies the next noun ("rocket attacks", not
         * "attacks rockets"): "Turkey attacks Syria" is a verb. */
        if (p == HR_TAG_NNS && hr_is_noun_tag(t)) return -0.5f;
        /* A common noun seldom runs into the next noun phrase's
         * determiner; a verb does ("of firing his gun"). */
        if ((p == HR_TAG_NN || p == HR_TAG_NNS) &&
            (t == HR_TAG_DT || t == HR_TAG_PRPS || t == HR_TAG_PDT))
            return -1.0f;
        if (hr_is_finite_tag(t)) return 0.3f;
        return 0;
    }
    if (hr_is_verb_tag(p) && paux == HR_AUX_NONE) {
        /* A main verb is seldom followed by another verb ("attacked
         * killed"), or a participle ("strikes destroyed": a noun and a
         * verb); auxiliaries are scored by context() instead. */
        if (hr_is_finite_tag(t) || t == HR_TAG_VB) return -2.0f;
        if (t == HR_TAG_VBN) return -1.0f;
        return 0;
    }
    if (p == HR_TAG_RB) {
        /* No bare verb after an adverb, but for one an auxiliary
         * reaches over ("will not wire"). */
        if (t == HR_TAG_VB && paux == HR_AUX_NONE) return -1.0f;
        if (t == HR_TAG_VBP) return -0.5f;
        return 0;
    }
    if (p == HR_TAG_COMMA) {
        if (t == HR_TAG_VBZ || t == HR_TAG_VBP || t == HR_TAG_VB) return -0.5f;
        return 0;
    }
    return 0;
}

/* What the tag two tokens back (pp, on the best path to p) adds to the
 * transition from p to t: the little a bigram cannot see.  A name after
 * a determiner is mostly one singular noun phrase ("the EU"), so a
 * plural verb form after it is mostly a noun it modifies ("the EU call
 * to stop", "an NDP call for"), not the verb of a list of names
 * ("Ethiopia and Eritrea act"); mildly, for "demanded that the US lift
 * sanctions" and "the Congress and the Front refuse".  And a plural
 * noun before "and" is mostly a list of nouns ("incursions,
 * assassinations and arrests"): a verb in "-s" after it is rarer
 * ("deploys troops and arrests protesters"). */
static inline int hr_second_order_tag(int t)
{
    /* the only t below (a unit test checks); a bit test, since the tagger
     * asks it of every candidate */
    const unsigned long long tags = 1ull << HR_TAG_VBP | 1ull << HR_TAG_VBZ | 1ull << HR_TAG_VB;
    return (unsigned)t < 64 && (tags >> t & 1);
}

/* pp is HR_TAG_NONE for the sentence start; before_that says "that"
 * comes after t.  A singular noun or name before a verb in "-s" and its
 * "that" is mostly the verb's subject ("the opposition party claims
 * that", "Serbia claims that"), not a noun it modifies, but after a verb
 * or preposition, whose object it is ("rejected UN demands that", "amid
 * Israeli claims that", "to Western demands that").  A name opening the
 * sentence is mostly its subject, so a verb in "-s" after it is mostly
 * its verb ("Kenya hopes to"), not a noun the name modifies.  A
 * conjunction opening the sentence ("But calls to reduce ...") leaves
 * it as much without a subject as the start, so a finite verb after it
 * is as rare as there.  And a bare verb right before a conjunction is
 * coordinated with the word after it, which is a bare verb under the
 * same modal or "to" ("must cooperate or face further action", "to
 * attack and destroy"). */
static inline float hr_second_order_weight(int pp, int p, int t, int before_that)
{
    if (p != HR_TAG_NN && p != HR_TAG_NNP && p != HR_TAG_CC) return 0;  /* every rule's p: asked first */
    if (before_that && t == HR_TAG_VBZ && (p == HR_TAG_NN || p == HR_TAG_NNP) &&
        !hr_is_verb_tag(pp) && pp != HR_TAG_IN && pp != HR_TAG_TO)
        return 1.0f;
    if (p == HR_TAG_NNP && t == HR_TAG_VBP && hr_is_det_tag(pp)) return -0.7f;
    if (p == HR_TAG_CC && t == HR_TAG_VBZ && pp == HR_TAG_NNS) return -0.5f;
    if (p == HR_TAG_NNP && pp == HR_TAG_NONE && t == HR_TAG_VBZ) return 0.35f;
    if (p == HR_TAG_CC && pp == HR_TAG_NONE && (t == HR_TAG_VBZ || t == HR_TAG_VBP)) return -1.5f;
    if (p == HR_TAG_CC && pp == HR_TAG_VB && t == HR_TAG_VB) return 2.0f;
    return 0;
}

/* What an auxiliary before the token (adverbs between allowed: "has not
 * yet", "will also") says of a verb tag on it. */
static inline float hr_context_weight(int aux, int t)
{
    switch (aux) {
    case HR_AUX_MODAL: case HR_AUX_DO:
        if (t == HR_TAG_VB) return 2.0f;
        if (hr_is_finite_tag(t) || t == HR_TAG_VBN) return -2.5f;
        if (t == HR_TAG_NN || t == HR_TAG_NNS) return -1.0f;
        return 0;
    case HR_AUX_TO:
        if (t == HR_TAG_VB) return 1.0f;
        if (hr_is_finite_tag(t) || t == HR_TAG_VBN) return -2.5f;
        return 0;
    case HR_AUX_BE:
        if (t == HR_TAG_VBN || t == HR_TAG_VBG) return 1.0f;
        if (hr_is_finite_tag(t) || t == HR_TAG_VB) return -3.0f;
        return 0;
    case HR_AUX_HAVE:
        if (t == HR_TAG_VBN) return 2.0f;
        if (hr_is_finite_tag(t) || t == HR_TAG_VB) return -3.0f;
        return 0;
    default:
        return 0;
    }
}

/* What "by" after the token says of its tag: a participle before "by"
 * is a passive with its agent ("wounded by", "backed by"), not an
 * adjective or a past tense; "passed by" and "close by" are rarer. */
static inline float hr_agent_weight(int t)
{
    if (t == HR_TAG_VBN) return 1.0f;
    if (t == HR_TAG_VBD || t == HR_TAG_JJ) return -0.5f;
    return 0;
}

#endif

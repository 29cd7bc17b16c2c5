/* tagger.c - part-of-speech tags by Viterbi search over each segment.
 *
 * The score of a tag sequence adds, token by token, the lexical log
 * probability of the tag (lexical.c: WordNet and SemCor counts, Herald's
 * closed-class lexicon, suffixes) and a transition score from the tag
 * before.  The transitions are weights written here from English
 * grammar, not trained: a determiner is not followed by a finite verb, a
 * modal is, "was" wants a participle.  They are few and coarse because
 * the lexicon does most of the work; what the tagger must get right for
 * Herald is the verb-or-noun question ("the attack" / "they attack"),
 * which these transitions decide.  Each token has at most HR_MAX_CANDS
 * candidate tags, so the search costs a few dozen additions a token. */
#include "tagger.h"
#include "lexical.h"

#include <string.h>

typedef struct cell {
    float score;
    unsigned char back;     /* index of the best candidate before */
} cell;

static int is_det(int t)
{
    return t == HR_TAG_DT || t == HR_TAG_PRPS || t == HR_TAG_POS || t == HR_TAG_WPS ||
           t == HR_TAG_PDT;
}

static int is_finite(int t)
{
    return t == HR_TAG_VBD || t == HR_TAG_VBP || t == HR_TAG_VBZ || t == HR_TAG_MD;
}

static int is_nominal(int t)
{
    return hr_tag_is_noun(t) || t == HR_TAG_JJ || t == HR_TAG_JJR || t == HR_TAG_JJS ||
           t == HR_TAG_CD;
}

/* The transition score from tag p (of a token whose auxiliary class is
 * `paux`) to tag t. */
static float transition(int p, int paux, int t)
{
    if (p == HR_TAG_NONE) {                              /* sentence start */
        if (is_finite(t) && t != HR_TAG_MD) return -1.5f;
        if (t == HR_TAG_VB || t == HR_TAG_VBN) return -1.0f;
        return 0;
    }
    if (is_det(p)) {
        if (is_finite(t) || t == HR_TAG_VB || t == HR_TAG_PRP || t == HR_TAG_TO ||
            t == HR_TAG_DT || t == HR_TAG_IN || t == HR_TAG_EX || t == HR_TAG_CC ||
            t == HR_TAG_POS)
            return -3.0f;
        if (t == HR_TAG_VBG) return -2.5f;        /* "the fighting": a noun */
        if (t == HR_TAG_VBN) return -0.5f;
        if (is_nominal(t)) return 0.5f;
        return 0;
    }
    if (p == HR_TAG_MD) {
        if (t == HR_TAG_VB) return 1.5f;
        if (t == HR_TAG_RB) return 0.5f;
        return -2.0f;
    }
    if (p == HR_TAG_TO) {
        if (t == HR_TAG_VB) return 1.0f;
        if (is_finite(t) || t == HR_TAG_VBN) return -3.0f;
        return 0;
    }
    if (p == HR_TAG_PRP) {
        if (is_finite(t)) return 1.0f;
        if (t == HR_TAG_VB) return -2.0f;
        if (t == HR_TAG_POS) return -3.0f;
        if (hr_tag_is_noun(t) || t == HR_TAG_JJ) return -1.0f;
        return 0;
    }
    if (p == HR_TAG_EX) return is_finite(t) ? 2.0f : -1.0f;
    if (p == HR_TAG_WDT || p == HR_TAG_WP) {
        if (is_finite(t)) return 1.5f;
        if (t == HR_TAG_VB) return -2.0f;
        if (hr_tag_is_noun(t)) return -1.0f;
        return 0;
    }
    if (p == HR_TAG_IN) {
        if (is_finite(t) || t == HR_TAG_VB) return -2.5f;
        if (t == HR_TAG_VBN) return -1.0f;
        if (t == HR_TAG_POS) return -3.0f;
        if (is_nominal(t) || is_det(t) || t == HR_TAG_PRP) return 0.3f;
        return 0;
    }
    if (p == HR_TAG_JJ || p == HR_TAG_JJR || p == HR_TAG_JJS) {
        if (hr_tag_is_noun(t)) return 0.8f;
        if (is_finite(t) || t == HR_TAG_VB) return -2.5f;
        if (t == HR_TAG_VBN) return -2.5f;
        if (t == HR_TAG_DT) return -1.0f;
        return 0;
    }
    if (p == HR_TAG_CD) {
        if (t == HR_TAG_NNS) return 0.8f;
        if (t == HR_TAG_NN) return 0.3f;
        if (t == HR_TAG_VB) return -2.0f;
        return 0;
    }
    if (hr_tag_is_noun(p)) {
        if (t == HR_TAG_VB) return -2.5f;
        /* Agreement: "the army attack" is rare, "Ethiopia and Eritrea
         * act" (a name as the last of a list) less so. */
        if (t == HR_TAG_VBP && p == HR_TAG_NN) return -1.5f;
        if (t == HR_TAG_VBP && p == HR_TAG_NNP) return -0.5f;
        if (t == HR_TAG_VBZ && (p == HR_TAG_NNS || p == HR_TAG_NNPS)) return -1.0f;
        if (t == HR_TAG_POS) return 1.0f;
        if (t == HR_TAG_PRP) return -1.0f;
        if (is_finite(t)) return 0.3f;
        return 0;
    }
    if (hr_tag_is_verb(p) && paux == HR_AUX_NONE) {
        /* A main verb is seldom followed by another verb ("attacked
         * killed"); auxiliaries are scored by context() instead. */
        if (is_finite(t) || t == HR_TAG_VB) return -2.0f;
        return 0;
    }
    if (p == HR_TAG_RB) {
        if (t == HR_TAG_VB) return -1.0f;
        if (t == HR_TAG_VBP) return -0.5f;
        return 0;
    }
    if (p == HR_TAG_COMMA) {
        if (t == HR_TAG_VBZ || t == HR_TAG_VBP || t == HR_TAG_VB) return -0.5f;
        return 0;
    }
    return 0;
}

/* What an auxiliary before the token (adverbs between allowed: "has not
 * yet", "will also") says of a verb tag on it. */
static float context(int aux, int t)
{
    switch (aux) {
    case HR_AUX_MODAL: case HR_AUX_DO:
        if (t == HR_TAG_VB) return 2.0f;
        if (is_finite(t) || t == HR_TAG_VBN) return -2.5f;
        if (t == HR_TAG_NN || t == HR_TAG_NNS) return -1.0f;
        return 0;
    case HR_AUX_TO:
        if (t == HR_TAG_VB) return 0.5f;
        if (is_finite(t) || t == HR_TAG_VBN) return -2.5f;
        return 0;
    case HR_AUX_BE:
        if (t == HR_TAG_VBN || t == HR_TAG_VBG) return 1.0f;
        if (is_finite(t) || t == HR_TAG_VB) return -3.0f;
        return 0;
    case HR_AUX_HAVE:
        if (t == HR_TAG_VBN) return 2.0f;
        if (is_finite(t) || t == HR_TAG_VB) return -3.0f;
        return 0;
    default:
        return 0;
    }
}

/* Whether the token after k starts afresh: a quote, colon or bracket. */
static int opens(const herald_doc *doc, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    if (t->kind != HERALD_TOK_PUNCT) return 0;
    char c = t->norm_len ? t->norm[0] : 0;
    return c == '"' || c == '\'' || c == ':' || c == '(' || c == '[' || c == '-' || c == ';';
}

static void tag_segment(herald_doc *doc, size_t begin, size_t end, hr_cand (*cands)[HR_MAX_CANDS],
                        unsigned char *ncand, unsigned char *aux_before, unsigned char *paux_of,
                        cell (*v)[HR_MAX_CANDS])
{
    size_t n = end - begin;
    int aux = HR_AUX_NONE;
    for (size_t i = 0; i < n; i++) {
        size_t k = begin + i;
        unsigned char own;
        ncand[i] = (unsigned char)hr_lexical(doc, k, i == 0 || opens(doc, k - 1), cands[i], &own);
        aux_before[i] = (unsigned char)aux;
        /* The auxiliary reaches over adverbs to the next word. */
        if (own != HR_AUX_GAP) aux = own;
        /* Kept for the transition from this token to the next. */
        paux_of[i] = own == HR_AUX_GAP ? HR_AUX_NONE : own;
    }
    for (size_t i = 0; i < n; i++) {
        int paux = i ? paux_of[i - 1] : HR_AUX_NONE;
        for (int c = 0; c < ncand[i]; c++) {
            int t = cands[i][c].tag;
            float own = cands[i][c].logp + context(aux_before[i], t);
            if (i == 0) {
                v[0][c].score = own + transition(HR_TAG_NONE, HR_AUX_NONE, t);
                v[0][c].back = 0;
                continue;
            }
            float best = -1e30f;
            unsigned char arg = 0;
            for (int p = 0; p < ncand[i - 1]; p++) {
                float s = v[i - 1][p].score + transition(cands[i - 1][p].tag, paux, t);
                if (s > best) { best = s; arg = (unsigned char)p; }
            }
            v[i][c].score = best + own;
            v[i][c].back = arg;
        }
    }
    int c = 0;
    for (int k = 1; k < ncand[n - 1]; k++)
        if (v[n - 1][k].score > v[n - 1][c].score) c = k;
    for (size_t i = n; i-- > 0;) {
        doc->tokens[begin + i].tag = cands[i][c].tag;
        c = v[i][c].back;
    }
}

int hr_tag(herald_doc *doc)
{
    size_t longest = 0;
    for (size_t i = 0; i < doc->sentence_count; i++)
        if (doc->sentences[i].token_count > longest) longest = doc->sentences[i].token_count;
    if (!longest) return 0;
    /* Scratch for the longest segment, reused by every other. */
    hr_cand (*cands)[HR_MAX_CANDS] = hr_arena_alloc(&doc->arena, longest * sizeof *cands);
    cell (*v)[HR_MAX_CANDS] = hr_arena_alloc(&doc->arena, longest * sizeof *v);
    unsigned char *ncand = hr_arena_alloc(&doc->arena, longest * 3);
    if (!cands || !v || !ncand) return HERALD_ENOMEM;
    for (size_t i = 0; i < doc->sentence_count; i++) {
        const herald_sentence *s = &doc->sentences[i];
        if (s->token_count)
            tag_segment(doc, s->first_token, s->first_token + s->token_count, cands, ncand,
                        ncand + longest, ncand + 2 * longest, v);
    }
    return 0;
}

#define TAG_NAME_(e, s) s,
static const char *const tag_names[] = { HR_TAGS(TAG_NAME_) };

const char *herald_tag_name(int tag)
{
    return tag > 0 && tag < HR_TAG_COUNT ? tag_names[tag] : "";
}

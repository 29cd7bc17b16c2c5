/* tagger.c - part-of-speech tags by Viterbi search over each segment.
 *
 * The score of a tag sequence adds, token by token, the lexical log
 * probability of the tag (lexical.c: WordNet and SemCor counts, Herald's
 * closed-class lexicon, suffixes), a transition score from the tag
 * before, and what an auxiliary before ("has" wants a participle) and
 * "by" after ("wounded by": a participle) say.
 * The weights are written in grammar.h from English grammar, not
 * trained, and compiled into tables at build time: a determiner is not followed by a finite verb, a
 * modal is, "was" wants a participle.  They are few and coarse because
 * the lexicon does most of the work; what the tagger must get right for
 * Herald is the verb-or-noun question ("the attack" / "they attack"),
 * which these transitions decide.  Each token has at most HR_MAX_CANDS
 * candidate tags, so the search costs a few dozen additions a token. */
#include "tagger.h"
#include "lexical.h"
#include "taglex.h"
#include "../segment/toks.h"

#include <string.h>

typedef struct cell {
    float score;
    unsigned char back;     /* index of the best candidate before */
} cell;

/* Whether the token after k starts afresh: a quote, colon or bracket. */
static int opens(const herald_doc *doc, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    if (t->kind != HERALD_TOK_PUNCT) return 0;
    char c = t->norm_len ? t->norm[0] : 0;
    return c == '"' || c == '\'' || c == ':' || c == '(' || c == '[' || c == '-' || c == ';';
}

/* Per-token scratch of a segment, for the longest segment of the
 * document. */
typedef struct scratch {
    hr_cand (*cands)[HR_MAX_CANDS];
    cell (*v)[HR_MAX_CANDS];
    unsigned char *ncand;
    unsigned char *context;     /* row of hr_tag_context: auxiliary before, "by" after */
    unsigned char *before_that; /* "that" comes next */
    unsigned char *paux_of;     /* the auxiliary at the token, for the transition to the next */
} scratch;

static int has_cand(const hr_cand *c, int n, int tag)
{
    for (int i = 0; i < n; i++)
        if (c[i].tag == tag) return 1;
    return 0;
}

/* Whether the "by" at segment position i says how something was done
 * rather than who did it: a gerund follows that opens a noun phrase of
 * its own ("retaliated by expelling two diplomats", "responded by firing
 * rockets"), so the word before "by" is no passive.  A gerund followed
 * by a preposition or a verb is more likely the agent itself ("wounded
 * by shelling on Tuesday"). */
static int by_of_means(const scratch *w, size_t i, size_t n)
{
    if (i + 2 >= n) return 0;
    const hr_cand *g = w->cands[i + 1], *o = w->cands[i + 2];
    if (g[0].tag == HR_TAG_NNP || !has_cand(g, w->ncand[i + 1], HR_TAG_VBG)) return 0;
    int t = o[0].tag;
    if (hr_is_det_tag(t) || t == HR_TAG_PRP || t == HR_TAG_CD) return 1;
    /* A bare common noun, when the "-ing" word is mostly a verb: after
     * one mostly an adjective ("attended by visiting leaders") or
     * before a name ("by visiting President Lee") it is what that word
     * describes. */
    return g[0].tag == HR_TAG_VBG && hr_is_nominal_tag(t) && t != HR_TAG_NNP &&
           t != HR_TAG_NNPS;
}

/* Whether the "that" at segment position i is mostly a relative
 * pronoun: a word that is mostly a verb or modal comes right after it,
 * with no subject between ("business plans that are", "shares that
 * enjoy", "attacks that killed"), so the word before it is the noun it
 * speaks of, not a verb with its clause. */
static int relative_that(const scratch *w, size_t i, size_t n)
{
    if (i + 1 >= n) return 0;
    int t = w->cands[i + 1][0].tag;
    return t == HR_TAG_MD || (hr_is_verb_tag(t) && t != HR_TAG_VBG);
}

/* Whether token k is the participle of a verb whose object comes before
 * its "of" ("accused Iran of", "suspected of robbing"), with "of" right
 * after it: no object between, so it is a passive ("five men accused of
 * the murder"), as a participle before its agent's "by" is; but for a
 * subject pronoun before it, whose object is a relative pronoun before
 * that ("nightspots which it accused of"). Verbs used without the object
 * too ("warned of", "spoke of") are not listed. */
static int participle_before_of(const herald_doc *doc, size_t k, size_t begin, size_t end)
{
    static const char *const verbs[] = { "accused", "suspected", "convicted", "acquitted",
                                         "cleared", "robbed", "deprived", "stripped",
                                         "absolved", "notified", "reminded", NULL };
    static const char *const subjects[] = { "i", "we", "you", "he", "she", "it", "they", NULL };
    return k + 1 < end && hr_tok_is(&doc->tokens[k + 1], "of") &&
           hr_tok_in(&doc->tokens[k], verbs) &&
           !(k > begin && hr_tok_in(&doc->tokens[k - 1], subjects));
}

/* Prepositions that open a clause too ("left after the army
 * attacked"), and words that open only clauses or comparisons. */
static int opens_clause_too(const herald_token *t)
{
    static const char *const words[] = { "after", "before", "since", "until", NULL };
    return hr_tok_in(t, words);
}

static int opens_clause_only(const herald_token *t)
{
    static const char *const words[] = { "that", "as", "while", "because", "once", "if",
                                         "than", "whether", NULL };
    return hr_tok_in(t, words);
}

/* Whether the finite verb at j, found after a past form's phrase, can
 * only be its clause's own: a modal or present tense, "was", "were" or
 * "had", or a past tense with its object right after it ("opened
 * fire").  A past form followed by a preposition or nothing may be a
 * participle itself ("fired on protesters gathered in the square"). */
static int clause_verb(const herald_token *t, size_t j, size_t n, int after_clause_opener)
{
    static const char *const past_auxiliaries[] = { "was", "were", "had", NULL };
    int tag = t[j].tag;
    if (tag != HR_TAG_VBD) return hr_is_finite_tag(tag);
    if (after_clause_opener || j + 1 >= n) return 0;
    int next = t[j + 1].tag;
    return hr_tok_in(&t[j], past_auxiliaries) || hr_is_nominal_tag(next) ||
           hr_is_det_tag(next) || next == HR_TAG_PRP;
}

/* Whether the preposition at segment position j opens a noun phrase:
 * not a word that opens only clauses, nor the "to" of an infinitive
 * (before a word that may be a verb: "promised to exempt"). */
static int opens_noun_phrase(const herald_token *t, size_t j, size_t n, const scratch *w)
{
    if ((t[j].tag != HR_TAG_IN && t[j].tag != HR_TAG_TO) || opens_clause_only(&t[j])) return 0;
    return !(t[j].tag == HR_TAG_TO && j + 1 < n &&
             has_cand(w->cands[j + 1], w->ncand[j + 1], HR_TAG_VB));
}

/* Whether the past tense at segment position i heads a reduced relative
 * on the noun before it ("sanctions imposed after its test must be
 * lifted", "troops stationed in the south opened fire"): a preposition
 * follows it, and after that preposition's noun phrases a finite verb
 * with no subject of its own, which must be the clause's verb, so the
 * past form is a participle.  Not a verb of saying ("said on Monday
 * the army would"), whose clause may follow without "that". */
static int heads_reduced_relative(const herald_token *t, size_t i, size_t n, const scratch *w)
{
    if (i == 0 || i + 2 >= n || !hr_is_noun_tag(t[i - 1].tag) || hr_tok_says(&t[i]) ||
        !opens_noun_phrase(t, i + 1, n, w))
        return 0;
    int after_clause_opener = opens_clause_too(&t[i + 1]);
    for (size_t j = i + 2; j < n; j++) {
        int tag = t[j].tag;
        if (hr_is_finite_tag(tag)) return clause_verb(t, j, n, after_clause_opener);
        if (tag == HR_TAG_IN || tag == HR_TAG_TO) {
            if (!opens_noun_phrase(t, j, n, w) || opens_clause_too(&t[j])) return 0;
        } else if (!hr_is_nominal_tag(tag) && !hr_is_det_tag(tag) && tag != HR_TAG_RB) {
            return 0;
        }
    }
    return 0;
}

/* Whether the token is a year ("in 2005 barred"): four digits from
 * 1000 to 2999, which date an act rather than count its objects. */
static int is_year(const herald_token *t)
{
    if (t->norm_len != 4 || (t->norm[0] != '1' && t->norm[0] != '2')) return 0;
    for (int i = 1; i < 4; i++)
        if (t->norm[i] < '0' || t->norm[i] > '9') return 0;
    return 1;
}

/* Whether the number at segment position k counts what the verb or
 * the preposition before it acts on ("arrested 20", "at least 20",
 * "nearly 20"): it is no subject then, so a participle between it and a
 * noun describes the noun ("freed 20 detained Palestinians"). */
static int counts_object(const herald_token *t, size_t k)
{
    if (t[k].tag != HR_TAG_CD || k == 0 || is_year(&t[k])) return 0;
    int before = t[k - 1].tag;
    return hr_is_verb_tag(before) || before == HR_TAG_IN || before == HR_TAG_TO ||
           before == HR_TAG_JJS || before == HR_TAG_RB;
}

static int is_adverb_tag(int tag)
{
    return tag == HR_TAG_RB || tag == HR_TAG_RBS || tag == HR_TAG_RBR;
}

/* Whether the token joins two modifiers of one noun: "and", "but",
 * "or". */
static int joins_modifiers(const herald_token *t)
{
    return t->tag == HR_TAG_CC &&
           (hr_tok_is(t, "and") || hr_tok_is(t, "but") || hr_tok_is(t, "or"));
}

/* Whether a second modifier of the noun, joined by a conjunction,
 * starts at segment position k ("but largely powerless Somali", "and
 * widely respected Kenyan"): after adverbs, an adjective or a past form
 * before a noun or an adjective. */
static int joined_modifier_follows(const herald_token *t, size_t k, size_t n)
{
    if (k >= n || !joins_modifiers(&t[k])) return 0;
    for (k++; k < n && is_adverb_tag(t[k].tag); k++) {}
    if (k + 1 >= n) return 0;
    int tag = t[k].tag, next = t[k + 1].tag;
    return (tag == HR_TAG_JJ || tag == HR_TAG_VBN || tag == HR_TAG_VBD) &&
           hr_is_nominal_tag(next) && next != HR_TAG_CD;
}

/* The first of the modifiers before segment position i: back over
 * adverbs, and over a participle joined by a conjunction with its own
 * adverbs ("the recently elected and widely respected"). */
static size_t modifiers_start(const herald_token *t, size_t i)
{
    size_t k = i;
    for (;;) {
        while (k > 0 && is_adverb_tag(t[k - 1].tag)) k--;
        if (k < 2 || !joins_modifiers(&t[k - 1]) || t[k - 2].tag != HR_TAG_VBN) return k;
        k -= 2;
    }
}

/* Whether the token at k is a preposition that opens a noun phrase
 * only, no clause ("on", "with", not "after", "that"). */
static int opens_phrase_only(const herald_token *t, size_t k)
{
    return t[k].tag == HR_TAG_IN && !opens_clause_only(&t[k]) && !opens_clause_too(&t[k]);
}

/* Whether the past tense at segment position i stands between a
 * determiner (and any adverbs) and the noun it describes ("the most feared
 * leaders", "the newly elected president"), or the modifier joined to it
 * ("the internationally backed but largely powerless government"): an
 * adjectival participle.  So it is after adverbs that follow a
 * preposition, whose object is a noun phrase ("fired on newly arrived
 * refugees"). */
static int describes_noun(const herald_token *t, size_t i, size_t n)
{
    if (i + 1 >= n) return 0;
    if (!(hr_is_nominal_tag(t[i + 1].tag) && t[i + 1].tag != HR_TAG_CD) &&
        !joined_modifier_follows(t, i + 1, n))
        return 0;
    size_t k = modifiers_start(t, i);
    return k > 0 && (hr_is_det_tag(t[k - 1].tag) || counts_object(t, k - 1) ||
                     (k < i && opens_phrase_only(t, k - 1)));
}

/* The end of the run of adjectives and nouns from segment position k:
 * a noun phrase with no determiner, as after a modifier. */
static size_t noun_run_end(const herald_token *t, size_t k, size_t n)
{
    while (k < n && (hr_is_noun_tag(t[k].tag) || t[k].tag == HR_TAG_JJ)) k++;
    return k;
}

/* Whether segment position i opens a clause's subject: the segment's
 * start, an opening quote, or "and"/"or" joining it to a noun before
 * ("police and protesting farmers clashed").  Not a comma, after which
 * an "-ing" word mostly opens a clause of its own (", killing dozens"). */
static int opens_subject(const herald_token *t, size_t i)
{
    if (i == 0 || t[i - 1].tag == HR_TAG_LQUOTE) return 1;
    return i >= 2 && t[i - 1].tag == HR_TAG_CC && hr_is_noun_tag(t[i - 2].tag) &&
           (hr_tok_is(&t[i - 1], "and") || hr_tok_is(&t[i - 1], "or"));
}

/* Whether the finite verb at t agrees with a plural subject only: a
 * gerund with its object is singular ("Attacking civilians was").  A
 * modal or a past tense other than "was" says nothing of the number,
 * but only a gerund of news rarely opens a sentence before one
 * ("Invading troops attacked"), while "Lifting sanctions would" is
 * common: so a modal is left out. */
static int plural_finite(const herald_token *t)
{
    return t->tag == HR_TAG_VBP || (t->tag == HR_TAG_VBD && !hr_tok_is(t, "was"));
}

/* Whether the token at k is a verb that asks someone to act, with that
 * someone as its object and an infinitive after ("urged X to", "called
 * on X to"): a gerund there would leave the infinitive without anyone
 * to do it. */
static int asks_to_act(const herald_token *t, size_t k)
{
    static const char *const calls[] = { "call", "calls", "called", "calling", NULL };
    if (hr_tok_is(&t[k], "on")) return k > 0 && hr_tok_in(&t[k - 1], calls);
    return hr_is_verb_tag(t[k].tag) && hr_tok_asks_to_act(&t[k]);
}

/* Whether the token at k is a verb that takes a gerund as its object
 * ("began shelling", "avoid striking civilians"): a gerund after it is
 * its object, with an object of its own. */
static int takes_gerund(const herald_token *t)
{
    static const char *const verbs[] = {
        "begin", "begins", "began", "begun", "start", "starts", "started", "continue",
        "continues", "continued", "keep", "keeps", "kept", "stop", "stops", "stopped",
        "resume", "resumes", "resumed", "avoid", "avoids", "avoided", "risk", "risks",
        "risked", "deny", "denies", "denied", "admit", "admits", "admitted", "consider",
        "considers", "considered", "quit", "finish", "finished", "end", "ended", NULL
    };
    return hr_tok_in(t, verbs);
}

/* Whether the gerund at segment position i, right after a verb that
 * acts on people or a preposition that points at them, describes the
 * plural noun after it ("dispersed protesting opposition supporters",
 * "clashed with striking seamen", "fired on retreating rebels"): the
 * gerund of something people do rather than do to others (or do only
 * to places), so the people after it are no object of it.  After
 * "for", "of", "by", "after" a gerund mostly opens an act ("arrested for
 * protesting job cuts"), and so it does after a verb that takes one. */
static int describes_people_after(const herald_token *t, size_t i)
{
    static const char *const gerunds[] = {
        "protesting", "striking", "retreating", "fleeing", "rioting", "demonstrating",
        "marching", "advancing", "rampaging", "warring", "mutinying", "chanting",
        "picketing", "occupying", "invading", NULL
    };
    static const char *const pointing[] = { "with", "on", "at", "against", "among", "toward",
                                            "towards", NULL };
    if (!hr_tok_in(&t[i], gerunds)) return 0;
    const herald_token *before = &t[i - 1];
    if (before->tag == HR_TAG_IN) return hr_tok_in(before, pointing);
    /* not after "be": "are protesting job cuts" is a progressive */
    return hr_is_verb_tag(before->tag) && before->tag != HR_TAG_VBG && !takes_gerund(before) &&
           !hr_tok_is_be(before, HR_BE_ANY & ~HR_BE_BEING);
}

/* Whether the gerund at segment position i describes the plural noun
 * after it ("Striking workers blocked the port", "urged protesting
 * farmers to end") rather than taking it as its object ("Lifting
 * sanctions would", "began shelling positions to force"): the noun
 * phrase is the subject of a plural verb or of a verb of saying right
 * after it, or the object of a verb asking it to act. */
static int gerund_describes_noun(const herald_token *t, size_t i, size_t n)
{
    size_t end = noun_run_end(t, i + 1, n);
    if (end == i + 1) return 0;
    if (i > 0 && counts_object(t, i - 1)) return 1;     /* "arrested 20 protesting students" */
    int plural = t[end - 1].tag == HR_TAG_NNS || t[end - 1].tag == HR_TAG_NNPS;
    if (plural && i > 0 && describes_people_after(t, i)) return 1;
    if (end + 1 >= n) return 0;
    if (opens_subject(t, i))
        return hr_is_finite_tag(t[end].tag) &&
               (hr_tok_says(&t[end]) || (plural && plural_finite(&t[end])));
    return plural && i > 0 && t[end].tag == HR_TAG_TO && t[end + 1].tag == HR_TAG_VB &&
           asks_to_act(t, i - 1);
}

/* Whether the phrase ending before segment position k is a bare verb's
 * (an infinitive, or after a modal) with its object: only noun phrases
 * and prepositions stand between ("to release the prisoners of war"). */
static int ends_bare_verb_phrase(const herald_token *t, size_t k)
{
    while (k > 0) {
        int tag = t[--k].tag;
        if (tag == HR_TAG_VB) return 1;
        if (!hr_is_nominal_tag(tag) && !hr_is_det_tag(tag) && tag != HR_TAG_IN) return 0;
    }
    return 0;
}

/* Whether the noun at segment position i is a bare verb joined to the
 * one before by "or"/"and" ("to release the prisoners or face further
 * sanctions"): a word that may be a verb, after the conjunction that
 * ends a bare verb's phrase, followed by the start of another noun
 * phrase (a determiner, an adjective or a number), which no singular
 * noun takes after it. */
static int joined_bare_verb(const herald_token *t, size_t i, size_t n, const scratch *w)
{
    if (i < 2 || i + 1 >= n || t[i].tag != HR_TAG_NN ||
        !has_cand(w->cands[i], w->ncand[i], HR_TAG_VB) ||
        !(hr_tok_is(&t[i - 1], "or") || hr_tok_is(&t[i - 1], "and")))
        return 0;
    int next = t[i + 1].tag;
    return (hr_is_det_tag(next) || next == HR_TAG_JJ || next == HR_TAG_JJR || next == HR_TAG_CD) &&
           ends_bare_verb_phrase(t, i - 1);
}

/* Whether the present tense at segment position i is the plural noun
 * that ends a verb's object ("made mass arrests", "launched air
 * strikes"): a noun right before it, only adjectives between that noun
 * and a finite verb that is no verb of saying (whose object may be a
 * clause: "said army chief resigns"). */
static int plural_ending_object(const herald_token *t, size_t i, const scratch *w)
{
    if (t[i].tag != HR_TAG_VBZ || i < 2 || t[i - 1].tag != HR_TAG_NN ||
        !has_cand(w->cands[i], w->ncand[i], HR_TAG_NNS))
        return 0;
    size_t k = i - 1;
    while (k > 0 && t[k - 1].tag == HR_TAG_JJ) k--;
    return k > 0 && hr_is_finite_tag(t[k - 1].tag) && hr_is_verb_tag(t[k - 1].tag) &&
           !hr_tok_says(&t[k - 1]);
}

/* "the Awami League (AL)-led combine": a past form glued by a hyphen to
 * the token before, where the tokeniser split the compound at a bracket
 * or a quote, modifies the noun after it as "U.S.-led" does. */
static int glued_past_form(const herald_token *t, size_t i)
{
    return i >= 2 && (t[i].tag == HR_TAG_VBD || t[i].tag == HR_TAG_VBN) &&
           hr_tok_glued_by_hyphen(&t[i]);
}

/* Whether the past form at segment position i opens an apposition that
 * names the noun before it ("the exercise, code named Lion Bridge, with",
 * "a new plan, dubbed \"Shield\", to"): a verb of naming after a comma
 * (and the "code" of "code named") that follows a noun, with a name
 * after it.  It is a participle, no verb of the clause. */
static int names_noun_before(const herald_token *t, size_t i, size_t n)
{
    static const char *const naming[] = { "named", "called", "dubbed", "nicknamed", "codenamed",
                                          "code-named", "titled", "entitled", NULL };
    if (i < 2 || i + 1 >= n) return 0;
    size_t comma = hr_tok_is(&t[i - 1], "code") ? i - 1 : i;
    if (comma < 2 || !hr_tok_is(&t[comma - 1], ",") || !hr_is_noun_tag(t[comma - 2].tag) ||
        !hr_tok_in(&t[i], naming))
        return 0;
    size_t k = t[i + 1].tag == HR_TAG_DT || hr_is_quote_tag(t[i + 1].tag) ? i + 2 : i + 1;
    return k < n && (t[k].tag == HR_TAG_NNP || t[k].tag == HR_TAG_NNPS);
}

/* After the search: past tenses the bigrams cannot see are participles,
 * "-ing" words adjectives and nouns bare verbs, since telling them needs
 * the words on both sides (the clause's own verb further on, the
 * determiner two back, the verb before and the infinitive after). */
static void mark_participles(herald_token *t, size_t n, const scratch *w)
{
    /* Adjectival ones first: a reduced relative's phrase may hold one
     * ("clashed in a religiously polarized part"), which is no verb. */
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < n; i++)
            if (t[i].tag == HR_TAG_VBD && has_cand(w->cands[i], w->ncand[i], HR_TAG_VBN) &&
                (pass ? heads_reduced_relative(t, i, n, w) || names_noun_before(t, i, n)
                      : describes_noun(t, i, n)))
                t[i].tag = HR_TAG_VBN;
    for (size_t i = 0; i < n; i++) {
        if (t[i].tag == HR_TAG_VBG && gerund_describes_noun(t, i, n)) t[i].tag = HR_TAG_JJ;
        if (joined_bare_verb(t, i, n, w)) t[i].tag = HR_TAG_VB;
        if (plural_ending_object(t, i, w)) t[i].tag = HR_TAG_NNS;
        if (glued_past_form(t, i)) t[i].tag = HR_TAG_JJ;
    }
}

/* Whether the token at k, segment position i, starts afresh as a
 * sentence's first word does, so that a capital says little: the
 * segment's first, or after a quote, colon or bracket; but not after one
 * that follows a determiner, which opens a name or a title inside a noun
 * phrase ('the "Stop the War" coalition', 'its "Buy America" rule'). */
static int starts_afresh(const herald_doc *doc, size_t k, size_t i, const scratch *w)
{
    if (i == 0) return 1;
    if (!opens(doc, k - 1)) return 0;
    return i < 2 || !hr_is_det_tag(w->cands[i - 2][0].tag);
}

/* The score of the path into tag t at segment position i > 0 through
 * candidate p of the token before.  The second-order weight needs the
 * tag before that one: on p's own best path. */
static inline float path_score(const scratch *w, size_t i, const float (*trans)[HR_TAG_COUNT],
                               int p, int t, int second)
{
    const cell *v = &w->v[i - 1][p];
    int ptag = w->cands[i - 1][p].tag;
    float s = v->score + trans[ptag][t];
    if (second)
        s += hr_second_order_weight(i >= 2 ? w->cands[i - 2][v->back].tag : HR_TAG_NONE, ptag,
                                    t, w->before_that[i]);
    return s;
}

/* The score of the best path into tag t at segment position i > 0,
 * and (*from) the candidate of the token before it comes through: the
 * only one for most tokens, which need no search. */
static float best_path(const scratch *w, size_t i, const float (*trans)[HR_TAG_COUNT], int t,
                       unsigned char *from)
{
    int second = hr_second_order_tag(t);
    *from = 0;
    if (w->ncand[i - 1] == 1) return path_score(w, i, trans, 0, t, second);
    float best = -1e30f;
    for (int p = 0; p < w->ncand[i - 1]; p++) {
        float s = path_score(w, i, trans, p, t, second);
        if (s > best) { best = s; *from = (unsigned char)p; }
    }
    return best;
}

static void tag_segment(herald_doc *doc, hr_lex_cache *cache, size_t begin, size_t end,
                        const scratch *w)
{
    size_t n = end - begin;
    hr_cand (*cands)[HR_MAX_CANDS] = w->cands;
    cell (*v)[HR_MAX_CANDS] = w->v;
    unsigned char *ncand = w->ncand, *context = w->context, *paux_of = w->paux_of;
    unsigned char *before_that = w->before_that;
    int aux = HR_AUX_NONE;
    for (size_t i = 0; i < n; i++) {
        size_t k = begin + i;
        unsigned char own;
        ncand[i] = (unsigned char)hr_lexical(doc, cache, k, starts_afresh(doc, k, i, w), cands[i], &own);
        before_that[i] = 0;
        if (own == HR_AUX_BY) {
            if (i) context[i - 1] += HR_AUX_COUNT;
            own = HR_AUX_NONE;
        }
        if (own == HR_AUX_THAT) {
            if (i) before_that[i - 1] = 1;
            own = HR_AUX_NONE;
        }
        context[i] = (unsigned char)aux;
        /* The auxiliary reaches over adverbs to the next word. */
        if (own != HR_AUX_GAP) aux = own;
        /* Kept for the transition from this token to the next: an
         * adverb carries the auxiliary it reaches over ("will not"). */
        paux_of[i] = (unsigned char)aux;
    }
    for (size_t i = 1; i < n; i++)
        if (context[i - 1] >= HR_AUX_COUNT && by_of_means(w, i, n)) context[i - 1] -= HR_AUX_COUNT;
    for (size_t i = 0; i < n; i++)
        if (context[i] < HR_AUX_COUNT && participle_before_of(doc, begin + i, begin, end))
            context[i] += HR_AUX_COUNT;
    for (size_t i = 1; i < n; i++)
        if (before_that[i - 1] && relative_that(w, i, n)) before_that[i - 1] = 0;
    for (int c = 0; c < ncand[0]; c++) {
        int t = cands[0][c].tag;
        v[0][c].score = cands[0][c].logp + hr_tag_context[context[0]][t] +
                        hr_tag_trans[0][HR_TAG_NONE][t];
        v[0][c].back = 0;
    }
    for (size_t i = 1; i < n; i++) {
        const float (*trans)[HR_TAG_COUNT] = hr_tag_trans[paux_of[i - 1] != HR_AUX_NONE];
        const float *weights = hr_tag_context[context[i]];
        for (int c = 0; c < ncand[i]; c++) {
            int t = cands[i][c].tag;
            float own = cands[i][c].logp + weights[t];
            v[i][c].score = best_path(w, i, trans, t, &v[i][c].back) + own;
        }
    }
    int c = 0;
    for (int k = 1; k < ncand[n - 1]; k++)
        if (v[n - 1][k].score > v[n - 1][c].score) c = k;
    for (size_t i = n; i-- > 0;) {
        doc->tokens[begin + i].tag = cands[i][c].tag;
        c = v[i][c].back;
    }
    mark_participles(doc->tokens + begin, n, w);
}

int hr_tag(herald_doc *doc)
{
    size_t longest = 0;
    for (size_t i = 0; i < doc->sentence_count; i++)
        if (doc->sentences[i].token_count > longest) longest = doc->sentences[i].token_count;
    if (!longest) return 0;
    /* Scratch for the longest segment, reused by every other. */
    scratch w;
    w.cands = hr_arena_alloc(&doc->arena, longest * sizeof *w.cands);
    w.v = hr_arena_alloc(&doc->arena, longest * sizeof *w.v);
    w.ncand = hr_arena_alloc(&doc->arena, longest * 4);
    hr_lex_cache cache;
    if (!w.cands || !w.v || !w.ncand || hr_lex_cache_init(&cache, &doc->arena, doc->token_count))
        return HERALD_ENOMEM;
    w.context = w.ncand + longest;
    w.paux_of = w.ncand + 2 * longest;
    w.before_that = w.ncand + 3 * longest;
    for (size_t i = 0; i < doc->sentence_count; i++) {
        const herald_sentence *s = &doc->sentences[i];
        if (s->token_count)
            tag_segment(doc, &cache, s->first_token, s->first_token + s->token_count, &w);
    }
    doc->word_of = cache.word_of;
    doc->word_count = cache.count;
    return 0;
}

#define TAG_NAME_(e, s) s,
static const char *const tag_names[] = { HR_TAGS(TAG_NAME_) };

const char *herald_tag_name(int tag)
{
    return tag > 0 && tag < HR_TAG_COUNT ? tag_names[tag] : "";
}

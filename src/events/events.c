/* events.c - coding events from verbs and actors.
 *
 * A verb is the longest verb form of the verb dictionary at a token not
 * inside an actor mention.  Its block gives a default code; its patterns
 * (TABARI linear ones, and PETRARCH-2 ones read linearly with their
 * phrase brackets ignored; patterns.c) can give a more specific one: the pattern
 * whose words all appear, in order, before and after the verb, with the
 * most words, wins.  Pattern words match as stems ("ATTACK" matches
 * "attacks"), as TABARI's do; words tied by '_' must be adjacent, and ^
 * skips a noun phrase.  The source is the verb's subject read off the
 * clause stage's chunks (none when that subject names no actor), else
 * the actor group nearest before the verb; the target the group nearest
 * after it (or where the
 * pattern's + says; else a place an active verb names); "A and B"
 * groups give one event per pair.  A passive
 * ("was attacked by X") swaps the sides (passive.c).  Negated and
 * hypothetical verbs are flagged and dropped unless the context keeps
 * them (modality.c); emit.c writes the events. */
#include "sentence.h"
#include "country.h"
#include "word_index.h"
#include "../dict/lexicon.h"
#include "../dict/verbs.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <stdio.h>
#include <string.h>


/* The token that ends the clause token k is in: a comma or a semicolon
 * ("withdrew from Kherson, Ukrainian officials said" is no withdrawal
 * from the officials), or the sentence's end. */
size_t hr_clause_end(const sent *s, size_t k)
{
    while (k < s->end && (s->owner[k] >= 0 || !(hr_tok_is(&s->doc->tokens[k], ",") ||
                                               hr_tok_is(&s->doc->tokens[k], ";"))))
        k++;
    return k;
}

/* The mention starting at or after token k (before `limit`). */
long hr_mention_from(const sent *s, size_t k, size_t limit)
{
    for (size_t i = k; i < limit; i++)
        if (s->owner[i] >= 0) return s->owner[i];
    return -1;
}

static int clause_subject(const sent *s, size_t k, long *subject);


/* ---- actor groups ------------------------------------------------------ */

static int is_reporting(const sent *s, size_t k);

/* Whether token k is a verb of saying, its participle included. */
static int says(const sent *s, size_t k)
{
    return is_reporting(s, k) || hr_tok_is(&s->doc->tokens[k], "saying");
}

/* Whether a word between two mentions ends a list: a preposition, a
 * verb or a relative pronoun ("in Juba, Sudan, between the government
 * and ...") starts another phrase.  Never when tagging is off. */
static int breaks_list(const herald_token *t)
{
    switch (t->tag) {
    case HR_TAG_IN: case HR_TAG_TO: case HR_TAG_MD: case HR_TAG_VB: case HR_TAG_VBD:
    case HR_TAG_VBG: case HR_TAG_VBN: case HR_TAG_VBP: case HR_TAG_VBZ: case HR_TAG_WDT:
    case HR_TAG_WP: case HR_TAG_WRB:
        return 1;
    default:
        return 0;
    }
}

/* Whether the mention after `a` and a comma, up to the comma at token
 * `close`, is an apposition that describes it: "Hamas, the Palestinian
 * militant group, ..." (a name, then a role or composed mention).  It
 * is the same actor, neither a second member nor another side. */
static int appositive(const sent *s, const herald_actor *a, size_t close)
{
    size_t k = a->first_token + a->token_count;
    if (!hr_is_name(a) || k >= close || !hr_tok_is(&s->doc->tokens[k], ",")) return 0;
    for (k++; k < close && s->owner[k] < 0 && s->doc->tokens[k].tag == HR_TAG_DT;) k++;
    if (k >= close || s->owner[k] < 0 || hr_is_name(&s->doc->actors[s->owner[k]])) return 0;
    for (k += s->doc->actors[s->owner[k]].token_count; k < close; k++)
        if (s->owner[k] >= 0 || hr_tag_is_verb(s->doc->tokens[k].tag)) return 0;
    return close < s->end && hr_tok_is(&s->doc->tokens[close], ",");
}

/* "expelled a Canadian diplomat, and Canada expelled ...", "in Moscow,
 * China criticized ...", "bombed Gaza and Hamas fired": a mention that
 * ends the object of a verb or a preposition and one that is the
 * subject of a finite verb (at `after`) stand in two clauses, not in one
 * list ("Britain, France, and Germany condemned" is one).  Without a
 * comma only an object of a verb ends a clause: "between A and B
 * resumed", "as the UN and aid groups delivered" are one list. */
static int clause_break(const sent *s, const herald_actor *a, size_t after, int comma)
{
    const herald_token *t = s->doc->tokens;
    if (after >= s->end || s->owner[after] >= 0) return 0;
    int finite = t[after].tag == HR_TAG_VBD || t[after].tag == HR_TAG_VBZ ||
                 t[after].tag == HR_TAG_VBP || t[after].tag == HR_TAG_MD;
    size_t k = a->first_token;
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ ||
            t[k - 1].tag == HR_TAG_CD || t[k - 1].tag == HR_TAG_PRPS ||
            t[k - 1].tag == HR_TAG_RB || t[k - 1].tag == HR_TAG_RP))   /* "shot down the" */
        k--;
    if (!finite || k == s->begin || s->owner[k - 1] >= 0) return 0;
    int tag = t[k - 1].tag;
    if (hr_tag_is_verb(tag) || (comma && (tag == HR_TAG_IN || tag == HR_TAG_TO))) return 1;
    /* "fired on street protesters and police made ...": the object of a
     * verb's preposition, over the nouns that modify it. */
    static const char *const preps[] = { "on", "at", "against", "into", "upon", "with", "from",
                                         "to", NULL };
    while (k > s->begin + 1 && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_NN) k--;
    return k >= s->begin + 2 && hr_tok_in(&t[k - 1], preps) && hr_tag_is_verb(t[k - 2].tag) &&
           s->owner[k - 2] < 0;
}

/* Whether the tokens between two mentions join them into one group:
 * "and", "or" or a comma, with at most a few lower-case words (articles,
 * adjectives: "Evil Mordor, the awful Fornost, and good Gondor"). */
static int joins(const sent *s, const herald_actor *a, const herald_actor *b)
{
    if (a->first_token == b->first_token) return 1;          /* one group entry */
    size_t from = a->first_token + a->token_count, to = b->first_token;
    /* "the European Union (EU)": the acronym in brackets is the same actor. */
    if (to == from + 1 && hr_tok_is(&s->doc->tokens[from], "(") && strcmp(a->code, b->code) == 0)
        return 1;
    if (to < from || to - from > 5) return 0;
    /* "..., Turkey said": a speaker, not one more of the list. */
    size_t after = b->first_token + b->token_count;
    if (after < s->end && is_reporting(s, after)) return 0;
    int connector = 0, comma = 0;
    for (size_t k = from; k < to; k++) {
        const herald_token *t = &s->doc->tokens[k];
        comma |= hr_tok_is(t, ",");
        if (hr_tok_is(t, "and") || hr_tok_is(t, ",") || hr_tok_is(t, "or")) connector = 1;
        else if (t->kind != HERALD_TOK_WORD || hr_tok_first(s->doc, t) == HR_C_UPPER ||
                 breaks_list(t))
            return 0;
    }
    if (comma && after < s->end && appositive(s, a, after)) return 0;
    /* "Russia, whose troops ...": the relative clause's mention is no
     * member of the list. */
    if (from > s->begin && to > from && s->doc->tokens[to - 1].tag == HR_TAG_WPS) return 0;
    return connector && !clause_break(s, a, after, comma);
}

/* The mentions joined to mention m: [*lo, *hi]. */
void hr_group_of(const sent *s, long m, long *lo, long *hi)
{
    const herald_actor *a = s->doc->actors;
    *lo = *hi = m;
    while (*lo > (long)s->first_actor && joins(s, &a[*lo - 1], &a[*lo])) (*lo)--;
    while (*hi + 1 < (long)s->actor_end && joins(s, &a[*hi], &a[*hi + 1])) (*hi)++;
}

/* "in Osgiliath", "at the border": a place where the action happens. */
int hr_is_place(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    /* "the Belarus border", "the Iraqi capital": a mention that names
     * where a place lies is no party. */
    static const char *const places[] = { "border", "borders", "frontier", "region", "province",
                                          "coast", "capital", "city", "town", "village", NULL };
    size_t after = a->first_token + a->token_count;
    if (after < s->end && s->owner[after] < 0 && hr_tok_in(&s->doc->tokens[after], places))
        return 1;
    /* "in southern Lebanon": adjectives may stand between. */
    size_t k = a->first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].tag == HR_TAG_JJ &&
           a->first_token - k < 2)
        k--;
    if (k == 0) return 0;
    static const char *const preps[] = { "in", "at", "near", "inside", "outside", NULL };
    return hr_tok_in(&s->doc->tokens[k - 1], preps);
}

/* The mention of the noun phrase that ends just before token k ("Walid
 * al-Moualem", whose last word the tagger made an adjective), over two
 * chunks at most, or -1. */
static long phrase_mention_before(const sent *s, size_t k)
{
    long c = k > s->begin ? s->chunk_of[k - 1] : -1;
    for (int n = 0; c >= 0 && n < 2; n++, c = hr_chunk_before(s, c)) {
        herald_chunk_kind kind = s->doc->chunks[c].kind;
        if (kind != HERALD_CHUNK_NP && kind != HERALD_CHUNK_ADJP) return -1;
        long m = hr_chunk_mention(s, c);
        if (m >= 0) return m;
    }
    return -1;
}

/* Whether the subject of the verb group holding token k is "he" or
 * "she", which stand for a person, never a state or an organisation. */
static int personal_subject(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    long p = c >= 0 ? hr_chunk_before(s, c) : -1;
    return p >= 0 && s->doc->chunks[p].kind == HERALD_CHUNK_NP &&
           s->doc->chunks[p].token_count == 1 &&
           hr_tok_in(&s->doc->tokens[s->doc->chunks[p].first_token],
                     (const char *const[]){ "he", "she", NULL });
}

/* The subject of the verb at token k: the one the chunks show, else the
 * nearest mention ending before k that is no place (for "he" or "she",
 * that may be a person), or -1. */
long hr_mention_before(const sent *s, size_t k)
{
    long subject;
    if (clause_subject(s, k, &subject)) return subject;
    /* "X, who heads Y, promised": a relative clause between commas just
     * before the verb is skipped when a mention stands before it. */
    size_t close = k;
    long group = s->chunk_of[k];           /* from its auxiliary: ", has criticized" */
    if (group >= 0 && s->doc->chunks[group].kind == HERALD_CHUNK_VG)
        close = s->doc->chunks[group].first_token;
    while (close > s->begin && s->doc->tokens[close - 1].tag == HR_TAG_RB) close--;
    if (close > s->begin + 1 && s->owner[close - 1] < 0 &&
        hr_tok_is(&s->doc->tokens[close - 1], ",")) {
        for (size_t i = close - 1; i-- > s->begin + 1;) {
            if (s->owner[i] >= 0 || !hr_tok_is(&s->doc->tokens[i], ",")) continue;
            /* ", who ...", ", which ...", ", speaking after talks with Y,"
             * ", infuriated by the arrests," */
            const herald_token *open = &s->doc->tokens[i + 1];
            int tag = open->tag;
            int participle = tag == HR_TAG_VBG || tag == HR_TAG_VBN ||
                             (tag == HR_TAG_JJ && i + 2 < close &&    /* "backed by" */
                              hr_tok_is(&s->doc->tokens[i + 2], "by"));
            long m = s->owner[i - 1] >= 0 ? s->owner[i - 1] : phrase_mention_before(s, i);
            if (m >= 0 && !hr_is_place(s, m) &&
                (tag == HR_TAG_WP || tag == HR_TAG_WDT || tag == HR_TAG_WPS || participle))
                return m;
            if (m >= 0 && appositive(s, &s->doc->actors[m], close - 1)) return m;
            break;
        }
    }
    /* "militants who had crossed into Israel attacked ...": a relative
     * clause with a verb of its own stands between the subject and the
     * verb; its mentions are no subject of the verb. */
    int verb = 0;
    for (size_t i = close; i-- > s->begin + 1 && close - i < 12;) {
        const herald_token *t = &s->doc->tokens[i];
        if (s->owner[i] >= 0) continue;
        if (hr_tok_is(t, ",") || hr_tok_is(t, ";")) break;
        if (t->tag == HR_TAG_VBD || t->tag == HR_TAG_VBN || t->tag == HR_TAG_VBZ ||
            t->tag == HR_TAG_VBP)
            verb = 1;
        if (verb && (t->tag == HR_TAG_WP || t->tag == HR_TAG_WDT) && s->owner[i - 1] >= 0 &&
            !hr_is_place(s, s->owner[i - 1]))
            return s->owner[i - 1];
    }
    int person = personal_subject(s, k);
    for (size_t i = k; i-- > s->begin;)
        if (s->owner[i] >= 0 && !hr_is_place(s, s->owner[i]) &&
            !(person && s->doc->actors[s->owner[i]].kind == HERALD_ACTOR_NAMED))
            return s->owner[i];
    return -1;
}

/* ---- clauses (the chunks of src/clauses) ----------------------------- */

/* The chunk that ends where chunk c starts, in its sentence, or -1. */
long hr_chunk_before(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (c <= 0 || ch[c - 1].sentence != ch[c].sentence ||
        ch[c - 1].first_token + ch[c - 1].token_count != ch[c].first_token)
        return -1;
    return c - 1;
}

/* The mention a chunk holds that is no place (its last), or -1. */
long hr_chunk_mention(const sent *s, long c)
{
    const herald_chunk *ch = &s->doc->chunks[c];
    long m = -1;
    for (size_t k = ch->first_token; k < ch->first_token + ch->token_count; k++)
        if (s->owner[k] >= 0 && !hr_is_place(s, s->owner[k])) m = s->owner[k];
    return m;
}

/* Whether verb group c is finite: its first verb a past or present
 * tense or a modal ("also left", "has demanded", "will meet"), not a
 * participle ("killing", "the town shelled by") nor "to resume". */
int hr_finite_group(const sent *s, long c)
{
    const herald_chunk *g = &s->doc->chunks[c];
    const herald_token *t = s->doc->tokens;
    if (g->kind != HERALD_CHUNK_VG || (g->flags & (HERALD_VG_GERUND | HERALD_VG_INFINITIVE)))
        return 0;
    if ((g->flags & HERALD_VG_PASSIVE) && g->head == g->first_token) return 0;
    size_t k = g->first_token;
    while (k < g->head && (t[k].tag == HR_TAG_RB || t[k].tag == HR_TAG_RBR)) k++;
    int tag = t[k].tag;
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD;
}

/* Whether the clause opener at chunk c may start the complement of the
 * verb before it ("warned that", "asked whether"), not a relative or an
 * adverbial clause ("which", "because", "after the talks collapsed"). */
static int complement_opener(const sent *s, long c)
{
    const herald_token *t = &s->doc->tokens[s->doc->chunks[c].first_token];
    return t->tag == HR_TAG_IN && hr_tok_in(t, (const char *const[]){ "that", "whether", NULL });
}

/* The token that ends the clause of the verb at vstart..vend, where the
 * words of its patterns after the verb are looked for: "seized the
 * house, witnesses said, adding the soldiers arrested ..." is no seizing
 * of soldiers.  A semicolon, a relative or adverbial clause ("which",
 * "because", "after the talks collapsed") or a new finite verb group
 * ends it, the latter from the comma or conjunction before its subject.
 * Infinitives and participles stay in it ("urged X to resume talks"),
 * and so does the verb's complement clause: after "that" or "whether"
 * right after the verb or its objects ("warned Iran that ... could
 * lead to war"), or its subject and finite verb after a verb that takes
 * a clause ("said it would hold talks"). */
static size_t pattern_scope_end(const sent *s, size_t vstart, size_t vend)
{
    const herald_chunk *ch = s->doc->chunks;
    long own = s->chunk_of[vend - 1];
    int objects_only = 1;           /* no more than phrases since the verb */
    size_t stray = SIZE_MAX;        /* the last token outside the chunks since the clause began */
    for (size_t k = vend; k < s->end; k++) {
        long c = s->chunk_of[k];
        if (c >= 0 && c == own) continue;
        if (hr_tok_is(&s->doc->tokens[k], ";")) return k;
        if (c < 0) {
            stray = k;
            objects_only = 0;
            continue;
        }
        if (k != ch[c].first_token) continue;
        if (ch[c].kind == HERALD_CHUNK_SBAR) {
            if (!objects_only || !complement_opener(s, c)) return k;
        } else if (hr_finite_group(s, c) && stray != SIZE_MAX) {
            return stray;
        }
    }
    return s->end;
}

/* Whether a clause of its own with a finite verb follows the "but" at
 * token k: its verb group at once ("denies X but acknowledges Y") or
 * after a subject ("..., but Iraq sent troops"). */
static int clause_after_but(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    if (k + 1 >= s->end || s->chunk_of[k + 1] < 0) return 0;
    long c = s->chunk_of[k + 1];
    if (hr_finite_group(s, c)) return 1;
    return ch[c].kind == HERALD_CHUNK_NP && (size_t)c + 1 < s->doc->chunk_count &&
           ch[c + 1].sentence == ch[c].sentence && hr_finite_group(s, c + 1);
}

/* Where a clause that opens at token k starts: at its opener, or, for a
 * relative clause, at the phrase it stands for, over a comma ("the
 * blasts which killed": the blasts killed). */
static size_t relative_start(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (t[k].tag != HR_TAG_WDT && t[k].tag != HR_TAG_WP) return k;
    size_t a = k > s->begin && hr_tok_is(&t[k - 1], ",") ? k - 1 : k;
    long p = a > s->begin ? s->chunk_of[a - 1] : -1;
    return p >= 0 && s->doc->chunks[p].kind == HERALD_CHUNK_NP ? s->doc->chunks[p].first_token : k;
}

/* Where the clause that opens with the clause opener at chunk c starts
 * for the words of a pattern: a complement clause at the verb that
 * governs it, over its object ("demanded that Israel withdraw", "told
 * Iran that ..."); else as relative_start. */
static size_t clause_start(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (complement_opener(s, c)) {
        long g = hr_chunk_before(s, c);
        if (g >= 0 && ch[g].kind == HERALD_CHUNK_NP) g = hr_chunk_before(s, g);
        if (g >= 0 && ch[g].kind == HERALD_CHUNK_VG) return ch[g].first_token;
    }
    return relative_start(s, ch[c].first_token);
}

/* The first token of the clause of the verb at vstart, where the words
 * of its patterns before the verb are looked for: "Iran agreed to talks,
 * and Syria accepted the offer" has no "agreed to accept", nor "Britain
 * condemned the raid after troops shelled ..." a condemned shelling.  A
 * semicolon, a "but" before a new finite verb group ("denied sending
 * troops but sent weapons"), or a finite verb group before a comma or a
 * conjunction that the verb's own subject follows, ends the clause
 * before; a clause opener ("unless", "after") is its first word, and a
 * complement clause ("demanded that ...") reaches back to its verb.  The
 * verb that governs an infinitive stays in it ("refused to accept"), and
 * so does the
 * subject of verbs joined without one of their own ("a bomb killed two
 * and wounded 40"), as in pattern_scope_end. */
size_t hr_pattern_scope_start(const sent *s, size_t vstart)
{
    const herald_chunk *ch = s->doc->chunks;
    long own = s->chunk_of[vstart];
    size_t stray = SIZE_MAX;        /* a comma or a conjunction before the verb's subject */
    int phrase = 0;                 /* a noun phrase seen since the verb, going back */
    for (size_t k = vstart; k-- > s->begin;) {
        long c = s->chunk_of[k];
        if (c >= 0 && c == own) continue;
        if (hr_tok_is(&s->doc->tokens[k], ";") ||
            (c < 0 && hr_tok_is(&s->doc->tokens[k], "but") && clause_after_but(s, k)))
            return k + 1;
        if (c < 0) {
            if (phrase) stray = k;
            continue;
        }
        if (k != ch[c].first_token) continue;
        if (ch[c].kind == HERALD_CHUNK_NP) phrase = 1;
        if (ch[c].kind == HERALD_CHUNK_SBAR) return clause_start(s, c);
        if (hr_finite_group(s, c) && stray != SIZE_MAX) return stray + 1;
    }
    return s->begin;
}

/* The subject of a relative clause that opens at token r ("which",
 * "who", "that"): the phrase just before it, over a comma.  Returns 1
 * and *subject (-1 when that phrase names no actor: "the blasts which
 * killed"), or 0 when no phrase stands there. */
static int relative_subject(const sent *s, size_t r, long *subject)
{
    const herald_token *t = s->doc->tokens;
    size_t k = r;
    if (k > s->begin && s->owner[k - 1] < 0 && hr_tok_is(&t[k - 1], ",")) k--;
    if (k == s->begin) return 0;
    if (s->owner[k - 1] >= 0) {
        *subject = hr_is_place(s, s->owner[k - 1]) ? -1 : s->owner[k - 1];
        return 1;
    }
    /* a noun, or a plural the tagger read as a verb ("the bomb blasts") */
    int tag = t[k - 1].tag;
    if (!hr_tag_is_noun(tag) && !(tag == HR_TAG_VBZ && k - 1 > s->begin &&
                                  hr_tag_is_noun(t[k - 2].tag)))
        return 0;
    *subject = -1;
    return 1;
}

/* The noun phrase joined to the one at chunk c by "and" or "or"
 * ("Russian police and tax inspectors"), or -1. */
static long conjoined_before(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    size_t k = ch[c].first_token;
    if (c == 0 || k < s->begin + 2 || s->owner[k - 1] >= 0 ||
        !hr_tok_in(&s->doc->tokens[k - 1], (const char *const[]){ "and", "or", NULL }))
        return -1;
    return ch[c - 1].kind == HERALD_CHUNK_NP && ch[c - 1].sentence == ch[c].sentence &&
                   ch[c - 1].first_token + ch[c - 1].token_count == k - 1
               ? c - 1 : -1;
}

/* The subject of the finite verb group holding token k, read off the
 * chunks: in a relative clause the phrase the pronoun stands for; else
 * the noun phrases just before the group ("Russian police and tax
 * inspectors"), taken back over the phrases hung on them ("a bomb blast
 * at the academy", "three of the leaders").  Returns 1 and *subject, -1
 * when the subject names no actor ("a car bomb hit ...": not the place
 * after "at", nor a mention of an earlier clause), or 0 when the chunks
 * show no subject (then the nearest mention is taken). */
static int clause_subject(const sent *s, size_t k, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    if (c < 0 || !hr_finite_group(s, c)) return 0;
    long p = hr_chunk_before(s, c);
    while (p >= 0 && ch[p].kind == HERALD_CHUNK_ADVP) p = hr_chunk_before(s, p);
    if (p < 0) return 0;
    int rel = s->doc->tokens[ch[p].first_token].tag;
    if (ch[p].kind == HERALD_CHUNK_SBAR && (rel == HR_TAG_WDT || rel == HR_TAG_WP))
        return relative_subject(s, ch[p].first_token, subject);
    if (ch[p].kind != HERALD_CHUNK_NP) return 0;
    /* Back over the phrases, the mention nearest the verb in each stretch
     * between prepositions.  After "of" or "between" a mention names who
     * the phrase before is ("three of the leaders", "a truce between A
     * and B"); after "at", "in" it is a place or a thing, no subject. */
    long head = p, found = -1, named = -1;
    for (long np = p; np >= 0;) {
        head = np;
        if (found < 0) found = hr_chunk_mention(s, np);
        long prev = hr_chunk_before(s, np);
        if (prev >= 0 && ch[prev].kind == HERALD_CHUNK_NP) { np = prev; continue; }
        if (prev < 0 && (np = conjoined_before(s, np)) >= 0) continue;
        if (prev < 0 || ch[prev].kind != HERALD_CHUNK_PP) break;
        long before = hr_chunk_before(s, prev);
        if (before < 0 || ch[before].kind != HERALD_CHUNK_NP) break;
        named = hr_tok_in(&s->doc->tokens[ch[prev].first_token],
                          (const char *const[]){ "of", "between", NULL }) ? found : -1;
        found = -1;
        np = before;
    }
    /* A phrase after a verb or a preposition is its object ("who had
     * crossed into Israel attacked"), no subject, unless the verb is one
     * of saying ("said Israel attacked"); a pronoun no actor stands for
     * is left to the nearest mention. */
    long before = hr_chunk_before(s, head);
    while (before >= 0 && ch[before].kind == HERALD_CHUNK_ADVP) before = hr_chunk_before(s, before);
    if (before >= 0 && ((ch[before].kind == HERALD_CHUNK_VG && !says(s, ch[before].head)) ||
                        ch[before].kind == HERALD_CHUNK_PP || ch[before].kind == HERALD_CHUNK_ADJP))
        return 0;
    if (found < 0 && ch[p].token_count == 1 && s->doc->tokens[ch[p].head].tag == HR_TAG_PRP)
        return 0;
    /* "the two adversaries", "the three men": a definite phrase with a
     * number refers back to parties named before, which the actor stage
     * did not resolve; left to the nearest mention too. */
    const herald_token *first = &s->doc->tokens[ch[head].first_token];
    if (found < 0 && named < 0 && ch[head].token_count > 2 && hr_tok_is(first, "the") &&
        first[1].tag == HR_TAG_CD)
        return 0;
    *subject = found >= 0 ? found : named;
    return 1;
}

/* The subject of the clause before the verb at vstart: that of the
 * nearest finite verb group before it, which for a participle after a
 * comma (`main_only`: "a car bomb hit a patrol, killing 20") opens no
 * relative clause.  1 and *subject (-1 for a subject that names no
 * actor), or 0 when the chunks show none. */
static int previous_clause_subject(const sent *s, size_t vstart, int main_only, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0) return 0;
    for (long i = c - 1; i >= 0 && ch[i].sentence == ch[c].sentence; i--) {
        if (!hr_finite_group(s, i)) continue;
        long p = hr_chunk_before(s, i);
        if (main_only && p >= 0 && ch[p].kind == HERALD_CHUNK_SBAR) continue;
        return clause_subject(s, ch[i].head, subject);
    }
    return 0;
}

/* The subject of the clause a verb of saying reports, between tokens
 * `from` and `to`: that of its first finite verb group.  1 and
 * *subject, or 0 when the chunks show none (a pronoun, no clause). */
static int reported_subject(const sent *s, size_t from, size_t to, long *subject)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = from < s->end ? s->chunk_of[from] : -1;
    for (size_t k = from; c < 0 && k < to; k++) c = s->chunk_of[k];
    for (; c >= 0 && (size_t)c < s->doc->chunk_count && ch[c].first_token < to; c++)
        if (hr_finite_group(s, c)) return clause_subject(s, ch[c].head, subject);
    return 0;
}

/* "killed one person and wounded 40", "were killed and several others
 * wounded": a participle (often tagged an adjective) joined by "and" to
 * a finite verb group shares its voice.  1 with *passive set, and for an
 * active group *subject (that group's, -1 for no actor); 0 otherwise. */
static int joined_participle(const sent *s, size_t vstart, int *passive, long *subject)
{
    const herald_token *t = s->doc->tokens;
    const herald_chunk *ch = s->doc->chunks;
    if (t[vstart].tag != HR_TAG_JJ && t[vstart].tag != HR_TAG_VBN) return 0;
    int joined = 0, phrase = 0;         /* phrase: a noun phrase after "and" */
    for (size_t k = vstart; k-- > s->begin;) {
        long g = s->chunk_of[k];
        if (!joined && (s->owner[k] >= 0 || (g >= 0 && ch[g].kind == HERALD_CHUNK_NP))) phrase = 1;
        if (s->owner[k] >= 0) continue;
        if (hr_tok_is(&t[k], ",") || hr_tok_is(&t[k], ";")) return 0;
        if (g >= 0 && ch[g].kind == HERALD_CHUNK_VG) {
            if (!joined || !hr_finite_group(s, g)) return 0;
            *passive = (ch[g].flags & HERALD_VG_PASSIVE) != 0;
            *subject = -1;
            /* "and police made arrests": a clause with its own subject */
            return *passive || (!phrase && clause_subject(s, ch[g].head, subject));
        }
        if (hr_tok_is(&t[k], "and")) joined = 1;
    }
    return 0;
}

/* "the fighters that Israeli troops attacked": the mention a relative
 * clause is about, when `subject` (the verb's source) opens it, or -1.
 * The mention must be no verb's object ("warned Iran that Israel ..."
 * reports what Israel did). */
static long relative_object(const sent *s, long subject)
{
    const herald_token *t = s->doc->tokens;
    static const char *const rel[] = { "that", "whom", "which", NULL };
    size_t k = s->doc->actors[subject].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_DT) k--;
    if (k < s->begin + 2 || s->owner[k - 1] >= 0 || !hr_tok_in(&t[k - 1], rel)) return -1;
    long a = s->owner[k - 2];
    if (a < 0 || hr_is_place(s, a)) return -1;
    size_t before = s->doc->actors[a].first_token;
    while (before > s->begin && s->owner[before - 1] < 0 && t[before - 1].tag == HR_TAG_DT)
        before--;
    if (before > s->begin && (hr_tag_is_verb(t[before - 1].tag) || t[before - 1].tag == HR_TAG_IN))
        return -1;
    return a;
}


/* Whether the verb dictionary lists the word (a one-word form). */
static int listed(const sent *s, uint32_t word)
{
    uint32_t node = word == HR_NONE ? HR_NONE : hr_lexicon_step(s->vx, 0, word);
    return node != HR_NONE && hr_lexicon_entries(s->vx, node) != HR_NONE;
}

/* Whether token k is a noun the verb dictionary lists, read as a noun:
 * "the bombing", "attacks", "the killings" (a plural the dictionary
 * lists in the singular). */
static int is_event_noun(const sent *s, size_t k)
{
    const herald_token *t = &s->doc->tokens[k];
    if (!hr_tag_is_noun(t->tag)) return 0;
    if (listed(s, s->doc->word_ids[k])) return 1;
    return t->norm_len > 4 && t->norm[t->norm_len - 1] == 's' &&
           listed(s, hr_strings_word(&s->d->strings, t->norm, t->norm_len - 1));
}

/* Whether the mention at token i is the one an event noun acts on: "the
 * bombing of X", "the killings of the X".  ("Attacks on X" is left
 * alone: "condemned attacks on X" is read as aimed at X.) */
static int event_victim(const sent *s, size_t i)
{
    while (i > s->begin && s->doc->tokens[i - 1].tag == HR_TAG_DT) i--;     /* "of the" */
    return i >= s->begin + 2 && hr_tok_is(&s->doc->tokens[i - 1], "of") &&
           is_event_noun(s, i - 2);
}

/* Whether token k joins a second verb to the first ("condemned the
 * launch and urged X", "criticized Sweden but praised Finland"): "and",
 * "but" or "then" before a finite verb. */
static int coordinated_verb(const sent *s, size_t k)
{
    static const char *const conj[] = { "and", "but", "then", NULL };
    if (k + 1 >= s->end || s->owner[k + 1] >= 0 || !hr_tok_in(&s->doc->tokens[k], conj)) return 0;
    int tag = s->doc->tokens[k + 1].tag;
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP;
}

/* The first token of the verb group of the verb at k ("has" of "has
 * deployed"), or k outside one. */
static size_t group_start(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    return c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_VG ? s->doc->chunks[c].first_token : k;
}

/* Whether the comma at k stands between two adjectives of one noun
 * ("complete, full ties"), which ends no phrase. */
static int between_adjectives(const sent *s, size_t k)
{
    const herald_token *tk = s->doc->tokens;
    return k > s->begin && k + 1 < s->end && tk[k - 1].tag == HR_TAG_JJ &&
           tk[k + 1].tag == HR_TAG_JJ && hr_tok_is(&tk[k], ",");
}

/* A place that may stand for its state as a target: a name after "in"
 * or "at", used as a noun ("in Seoul", not "in Santiago's slums" or "at
 * South African mines"). */
static int named_place(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    const herald_token *tk = s->doc->tokens;
    size_t after = a->first_token + a->token_count;
    if (a->kind != HERALD_ACTOR_NAMED || a->first_token == s->begin ||
        hr_tok_first(s->doc, &tk[a->first_token]) != HR_C_UPPER ||
        !hr_tok_in(&tk[a->first_token - 1], (const char *const[]){ "in", "at", NULL }))
        return 0;
    return after >= s->end ||
           !(hr_tag_is_noun(tk[after].tag) || tk[after].tag == HR_TAG_JJ ||
             tk[after].tag == HR_TAG_POS);
}

/* Whether the verb at k is active and finite: "fired", "has
 * criticized", "will be renewing" (not "was freed", nor the participle
 * of "hitting supplies in Germany"). */
static int active_finite(const sent *s, size_t k)
{
    static const char *const have[] = { "has", "have", "had", NULL };
    static const char *const be[] = { "is", "are", "am", "was", "were", "be", "been", NULL };
    const herald_token *tk = s->doc->tokens;
    int tag = tk[k].tag;
    if (tag == HR_TAG_VB || tag == HR_TAG_VBD || tag == HR_TAG_VBP || tag == HR_TAG_VBZ) return 1;
    size_t p = k;
    while (p > s->begin && tk[p - 1].tag == HR_TAG_RB) p--;
    if (p == s->begin || s->owner[p - 1] >= 0) return 0;
    return (tag == HR_TAG_VBN && hr_tok_in(&tk[p - 1], have)) ||
           (tag == HR_TAG_VBG && hr_tok_in(&tk[p - 1], be));
}

/* Whether token k starts a second clause with a subject of its own:
 * "condemned the attack and France expelled ...": "and" or "but", a
 * mention, a finite verb. */
static int coordinated_clause(const sent *s, size_t k)
{
    static const char *const conj[] = { "and", "but", NULL };
    if (k + 1 >= s->end || s->owner[k + 1] < 0 || !hr_tok_in(&s->doc->tokens[k], conj)) return 0;
    const herald_actor *m = &s->doc->actors[s->owner[k + 1]];
    size_t after = m->first_token + m->token_count;
    if (after >= s->end || s->owner[after] >= 0) return 0;
    int tag = s->doc->tokens[after].tag;
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD;
}

/* The target after the verb: the first mention that is no place (else,
 * for an active verb, the first named place), before a comma or
 * semicolon ends the verb's phrase.  "condemned the shelling of X by
 * Y": the agent after "by" is the one condemned, not X.  For a
 * verb of comment (`comment`: praise, criticism, demands), "condemned
 * the bombing of X" with no agent named condemns someone unnamed, not
 * the victim X: the target is unknown. */
static long target_after(const sent *s, size_t k, int comment, int active)
{
    /* A comma, a semicolon or a dash ends the verb's phrase ("signed the
     * accession papers -- broadcast live on Polish television --"). */
    static const char *const clause_ends[] = { ",", ";", "--", NULL };
    long first = -1, place = -1;
    int victim = 0;
    for (size_t i = k; i < s->end; i++) {
        const herald_token *t = &s->doc->tokens[i];
        if (s->owner[i] < 0 && hr_tok_in(t, clause_ends) && !between_adjectives(s, i)) break;
        /* "condemned the launch and urged X": X is the second verb's.
         * ("shelled and bombed X" shares X; after "and said" the search
         * goes on, as what is said often names whom the first verb was
         * aimed at: "denounced the scenes and said the police had ...".) */
        if ((i > k || (i > s->begin && s->owner[i - 1] >= 0)) && s->owner[i] < 0 &&
            coordinated_verb(s, i) && !is_reporting(s, i + 1))
            break;
        if (s->owner[i] < 0 && coordinated_clause(s, i)) break;
        /* "deplored the blasts which killed dozens of people": a relative
         * clause on a thing tells what the thing did; its mentions are
         * no target of the verb. */
        long antecedent;
        if (s->owner[i] < 0 && (t->tag == HR_TAG_WDT || t->tag == HR_TAG_WP) && i > k &&
            relative_subject(s, i, &antecedent) && antecedent < 0)
            break;
        if (s->owner[i] < 0) {
            if (hr_tag_is_verb(t->tag)) active = 0;     /* "accused of staying in Russia" */
            continue;
        }
        if (hr_is_place(s, s->owner[i])) {
            if (place < 0 && active && named_place(s, s->owner[i])) place = s->owner[i];
            continue;
        }
        if (first < 0) {
            first = s->owner[i];
            victim = comment && event_victim(s, i);
            int of = i > k && hr_tok_is(&s->doc->tokens[i - 1], "of");
            if (!of && !victim) return first;
            i = s->doc->actors[first].first_token + s->doc->actors[first].token_count - 1;
        } else if (hr_tok_is(&s->doc->tokens[i - 1], "by")) {
            return s->owner[i];
        }
    }
    /* With no party named, the place an active verb names is the one
     * acted on: "fired shells at Seoul", "arrived in Gondor". */
    return victim ? -1 : first >= 0 ? first : place;
}

/* The gazetteer place (no actor) that is the direct object of the verb
 * ending at token k, over determiners and a noun with "of" ("captured
 * Kisangani", "seized control of the town of Kipushi" reads "control
 * of"): into *place, a stand-in actor coded with the place's country
 * ("captured Bakhmut" acts on Ukraine).  0 when there is none. */
static int object_place(const sent *s, size_t k, herald_actor *place)
{
    const herald_token *t = s->doc->tokens;
    while (k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT) k++;
    if (k + 2 < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_NN && hr_tok_is(&t[k + 1], "of"))
        for (k += 2; k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT;) k++;
    if (k >= s->end || s->owner[k] >= 0) return 0;
    const herald_doc *doc = s->doc;
    size_t lo = 0, hi = doc->place_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->places[mid].first_token < k) lo = mid + 1;
        else hi = mid;
    }
    if (lo == doc->place_count || doc->places[lo].first_token != k) return 0;
    const herald_place *p = &doc->places[lo];
    if (!p->loc.country || strlen(p->loc.country) != 3) return 0;
    memset(place, 0, sizeof *place);
    place->sentence = p->sentence;
    place->start = p->start;
    place->end = p->end;
    place->first_token = p->first_token;
    place->token_count = p->token_count;
    place->code = p->loc.country;
    place->kind = HERALD_ACTOR_NAMED;
    return 1;
}

/* Whether a group that is the subject of an act with this code may act
 * on its own members: meeting, talks, agreements, cooperation and
 * fighting ("Israel and Hamas fought"), but not statements, appeals,
 * aid, demands, criticism, threats, protests, shows of force,
 * sanctions, coercion or assaults ("Britain and France condemned the
 * attack" is no criticism of each other). */
static int reciprocal_code(const char *code)
{
    static const char *const one_way[] = { "01", "02", "07", "09", "10", "11", "12", "13", "14",
                                           "15", "16", "17", "18", "20", NULL };
    if (!code) return 1;
    for (size_t i = 0; one_way[i]; i++)
        if (strncmp(code, one_way[i], 2) == 0) return 0;
    return 1;
}

/* Whether the act of the verb at vstart..vend is said to go both ways,
 * whatever its code: "traded accusations", "exchanged fire", "accused
 * each other", "blamed one another". */
static int said_mutual(const sent *s, size_t vstart, size_t vend)
{
    static const char *const swaps[] = { "trade", "trades", "traded", "trading", "exchange",
                                         "exchanges", "exchanged", "exchanging", NULL };
    const herald_token *t = s->doc->tokens;
    if (hr_tok_in(&t[vstart], swaps)) return 1;
    for (size_t k = vend; k + 1 < s->end && k < vend + 4; k++)
        if ((hr_tok_is(&t[k], "each") && hr_tok_is(&t[k + 1], "other")) ||
            (hr_tok_is(&t[k], "one") && hr_tok_is(&t[k + 1], "another")))
            return 1;
    return 0;
}

/* Whether mention m is a body of the actor `src`'s own or of no known
 * state: a role ("troops", "warships") or a composed one of src's
 * country ("Ethiopian troops" for Ethiopia). */
static int own_forces(const herald_actor *m, const herald_actor *src)
{
    if (m->kind == HERALD_ACTOR_ROLE) return 1;
    return m->kind == HERALD_ACTOR_COMPOSED && src && strncmp(m->code, src->code, 3) == 0;
}




/* Whether mention m comes after "between" (over determiners). */
static int between_target(const sent *s, long m)
{
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    return k > s->begin && hr_tok_is(&s->doc->tokens[k - 1], "between");
}

/* A word after an article or a possessive is a noun ("an attack",
 * "its meeting"), not the verb the dictionary lists it as. */
static int after_determiner(const sent *s, size_t k)
{
    static const char *const dets[] = { "a", "an", "the", "this", "that", "its", "their", "his",
                                         "her", "our", "'s", "any", "no", "every", NULL };
    return k > s->begin && s->owner[k - 1] < 0 && hr_tok_in(&s->doc->tokens[k - 1], dets);
}

/* Whether a word of punishment stands in the clause before token k
 * ("a marine sentenced to 40 years in jail for ..."), which makes what
 * follows "for" a charge, whether or not the punishment coded an event. */
static int punished(const sent *s, size_t k)
{
    static const char *const words[] = { "sentenced", "convicted", "jailed", "imprisoned",
                                         "executed", "fined", "punished", "indicted",
                                         "prosecuted", NULL };
    for (size_t i = k; i-- > s->begin && k - i < 12;) {
        if (s->owner[i] < 0 && (hr_tok_is(&s->doc->tokens[i], ",") ||
                                hr_tok_is(&s->doc->tokens[i], ";")))
            return 0;
        if (s->owner[i] < 0 && hr_tok_in(&s->doc->tokens[i], words)) return 1;
    }
    return 0;
}

/* "accused Ethiopian forces of massacring civilians", "suspected Iran of
 * hiding weapons": a gerund after "ACTOR of" is the charge laid on the
 * actor, not an event of its own; so is one after "for" that follows an
 * arrest ("arrested 24 students for calling for a boycott"), and one
 * joined to a charge by "and" ("... and demanding a new president").
 * (After "for" it may be an event: "praised Spain for donating" codes
 * the donation.) */
static int embedded_gerund(const sent *s, size_t vstart)
{
    /* "accused each other of shelling", "accused them of ...". */
    static const char *const objects[] = { "other", "them", "him", "her", "it", "us", NULL };
    const herald_token *t = s->doc->tokens;
    if (t[vstart].tag != HR_TAG_VBG || vstart < s->begin + 2 || s->owner[vstart - 1] >= 0)
        return 0;
    /* "two men suspected of blowing up a jet", "convicted of killing":
     * the charge, whoever bears it. */
    static const char *const charged[] = { "accused", "suspected", "charged", "convicted",
                                           "guilty", "acquitted", "innocent", NULL };
    if (hr_tok_is(&t[vstart - 1], "of"))
        return s->owner[vstart - 2] >= 0 || hr_tok_in(&t[vstart - 2], objects) ||
               hr_tok_in(&t[vstart - 2], charged);
    return (hr_tok_is(&t[vstart - 1], "for") && (s->last_coercion || punished(s, vstart - 1))) ||
           (s->last_charge && hr_tok_is(&t[vstart - 1], "and"));
}

/* "celebrated Iftar with Gondor after leaving Eriador": a gerund after
 * a conjunction of time is a circumstance of the main event, whose
 * subject it shares; the mention just before it ("Gondor") is no source,
 * so it is not coded, as PETRARCH-2 leaves such clauses. */
static int time_gerund(const sent *s, size_t vstart)
{
    static const char *const when[] = { "after", "before", "since", "while", "when", NULL };
    return s->doc->tokens[vstart].tag == HR_TAG_VBG && vstart > s->begin &&
           s->owner[vstart - 1] < 0 && hr_tok_in(&s->doc->tokens[vstart - 1], when);
}

/* Whether token k is a quotation mark (the tokeniser's `` '' ").  */
static int is_quote(const herald_token *t)
{
    return hr_tok_in(t, (const char *const[]){ "\"", "``", "''", NULL });
}

/* "After talks with Y, X said ...", "Speaking to reporters after a
 * meeting with Y, X urged ...": an event noun in a phrase that opens the
 * sentence (a preposition, or a participle before it) belongs to the
 * subject of the main clause after the comma that ends the phrase.  1
 * and *subject (-1 when it names no actor) for such a phrase, else 0. */
static int opening_phrase_subject(const sent *s, size_t vstart, size_t vend, long *subject)
{
    static const char *const preps[] = { "after", "during", "following", "at", "before", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_chunk *ch = s->doc->chunks;
    size_t k = vstart;          /* back over "the two-day", "one-on-one", "his" */
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD ||
            t[k - 1].tag == HR_TAG_PRPS))
        k--;
    if (k == s->begin || s->owner[k - 1] >= 0 || !hr_tok_in(&t[k - 1], preps)) return 0;
    size_t prep = k - 1;
    if (prep > s->begin && t[s->begin].tag != HR_TAG_VBG) return 0;
    for (size_t i = s->begin + 1; i < prep; i++)     /* "Speaking to reporters after" */
        if (s->owner[i] < 0 &&
            (hr_tok_is(&t[i], ",") || (s->chunk_of[i] >= 0 && hr_finite_group(s, s->chunk_of[i]))))
            return 0;
    long c = s->chunk_of[vend - 1];
    for (c = c < 0 ? -1 : c + 1; c >= 0 && (size_t)c < s->doc->chunk_count &&
                                 ch[c].sentence == s->index; c++) {
        if (!hr_finite_group(s, c)) continue;
        long np = hr_chunk_before(s, c);
        if (np < 0 || ch[np].kind != HERALD_CHUNK_NP) continue;
        size_t b = ch[np].first_token;
        while (b > s->begin && s->owner[b - 1] < 0 && is_quote(&t[b - 1])) b--;
        if (b == s->begin || s->owner[b - 1] >= 0 || !hr_tok_is(&t[b - 1], ",")) continue;
        if (clause_subject(s, ch[c].head, subject) != 1) *subject = -1;
        return 1;
    }
    return 0;
}

/* "restored ties with Gondor, almost five years after crowds burned
 * its embassy": a verb in a clause opened by a conjunction of time or
 * cause after a verb that coded an event tells that event's
 * circumstance.  With a side unknown it is no event of its own (the
 * upper event absorbs it, as PETRARCH-2 combines nested verbs). */
static int circumstance(const sent *s, size_t vstart)
{
    static const char *const subordinators[] = { "after", "before", "since", "when", "while",
                                                 "until", "because", NULL };
    if (!s->coded_end) return 0;
    int inside = 0;                     /* a comma closes the clause: ", X said" */
    for (size_t k = s->coded_end; k < vstart; k++)
        if (s->owner[k] < 0 && hr_tok_in(&s->doc->tokens[k], subordinators)) inside = 1;
        else if (s->owner[k] < 0 && hr_tok_is(&s->doc->tokens[k], ",")) inside = 0;
    return inside;
}

/* Whether token t is a year of news: four digits, 1900 to 2099. */
static int is_year(const herald_token *t)
{
    if (t->norm_len != 4) return 0;
    for (uint32_t i = 0; i < 4; i++)
        if (t->norm[i] < '0' || t->norm[i] > '9') return 0;
    return (t->norm[0] == '1' && t->norm[1] == '9') || (t->norm[0] == '2' && t->norm[1] == '0');
}

/* Whether the verb at vstart is an active perfect: "have fought", "has
 * been fighting", "had long opposed" (not "has been jailed for 20
 * years", a passive). */
static int active_perfect(const sent *s, size_t vstart)
{
    static const char *const have[] = { "has", "have", "had", NULL };
    const herald_token *tk = s->doc->tokens;
    size_t k = vstart;
    while (k > s->begin && tk[k - 1].tag == HR_TAG_RB) k--;
    if (k > s->begin && hr_tok_is(&tk[k - 1], "been")) {
        if (tk[vstart].tag != HR_TAG_VBG) return 0;
        k--;
    }
    while (k > s->begin && tk[k - 1].tag == HR_TAG_RB) k--;
    return k > s->begin && s->owner[k - 1] < 0 && hr_tok_in(&tk[k - 1], have);
}

/* "rebels, who have been fighting the government since 1996", "which
 * have fought a civil war for 20 years": a perfect that spans years
 * tells a standing state, the background of the news, not one of its
 * events ("have shelled the town since Sunday" is still coded). */
static int years_long(const sent *s, size_t vstart, size_t vend, size_t scope)
{
    static const char *const spans[] = { "years", "decades", NULL };
    const herald_token *tk = s->doc->tokens;
    if (!active_perfect(s, vstart)) return 0;
    for (size_t k = vend; k + 1 < scope; k++) {
        if (s->owner[k] >= 0) continue;
        size_t last = k + 4 < scope ? k + 4 : scope;
        for (size_t i = k + 1; i < last; i++) {
            if (hr_tok_is(&tk[k], "since") && is_year(&tk[i])) return 1;
            if (hr_tok_is(&tk[k], "for") && hr_tok_in(&tk[i], spans)) return 1;
        }
    }
    return 0;
}

/* "condemned the bombing of the embassies", "suspects in the Kenya
 * bombing", "interrupted by the car bombing": an act of force named by a
 * noun with "the" after a verb or a preposition is one the reader
 * already knows of, coded where it was reported; the news here is what
 * is said or done about it.  (Coded are a subject, "the bombing of X
 * killed ...", an attack whose doer the phrase names, "condemned the
 * shelling of X by Y", "clashes between A and B", and "a bombing".) */
static int known_attack(const sent *s, size_t vstart)
{
    static const char *const definite[] = { "the", "this", "that", "these", "those", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP ||
        !hr_tok_in(&s->doc->tokens[ch[c].first_token], definite))
        return 0;
    long p = hr_chunk_before(s, c);
    return p >= 0 && (ch[p].kind == HERALD_CHUNK_VG || ch[p].kind == HERALD_CHUNK_PP);
}

/* "a demonstration backing the prime minister", "all countries
 * supporting the motion", "a mass killing": a participle right after a
 * common noun tells what that noun does; when the noun names no actor
 * the doer is unknown, not the subject of the sentence.  (A name or a
 * date may stand between the participle and its noun: "a resolution in
 * October calling on Syria"; "both sides agreeing" refers to parties
 * named before.) */
static int participle_on_thing(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart == s->begin || s->owner[vstart - 1] >= 0) return 0;
    int tag = tk[vstart - 1].tag;
    if (!hr_tag_is_noun(tag) || tag == HR_TAG_NNP || tag == HR_TAG_NNPS) return 0;
    long c = s->chunk_of[vstart - 1];
    if (c < 0) return 1;
    const herald_chunk *np = &s->doc->chunks[c];
    for (size_t k = np->first_token; k < vstart - 1; k++)
        if (hr_tok_is(&tk[k], "both") || tk[k].tag == HR_TAG_CD) return 0;
    return 1;
}

static int is_show_of_force(const char *code)
{
    return code && strncmp(code, "15", 2) == 0;
}

/* Whether mention m is the object right after the verb ending at vend,
 * over determiners, numbers and adjectives, and a preposition before a
 * number ("deployed about six large missiles", "over 200 tanks"). */
static int direct_object(const sent *s, size_t vend, long m)
{
    const herald_token *tk = s->doc->tokens;
    size_t k = vend;
    for (; k < s->end && s->owner[k] < 0; k++) {
        int tag = tk[k].tag;
        if (tag != HR_TAG_DT && tag != HR_TAG_CD && tag != HR_TAG_JJ && tag != HR_TAG_RB &&
            !(tag == HR_TAG_IN && k + 1 < s->end && tk[k + 1].tag == HR_TAG_CD))
            break;
    }
    return k < s->end && s->owner[k] == m;
}

/* Whether two mentions belong to one state (a role without a country
 * counts as the sentence's one state, as the events will read it). */
static int same_state(const sent *s, long a, long b)
{
    char abuf[64], bbuf[64];
    const herald_actor *ac = s->doc->actors;
    const char *x = hr_side_code(&ac[a], &ac[b], s->country, abuf, sizeof abuf);
    const char *y = hr_side_code(&ac[b], &ac[a], s->country, bbuf, sizeof bbuf);
    return strncmp(x, "---", 3) != 0 && strncmp(x, y, 3) == 0;
}

/* The target of a show of force (15) its patterns did not name: whom it
 * is aimed at, not the forces it shows ("deployed missiles near ...":
 * what comes after them), nor its own state where they stand ("troops
 * were deployed around government offices", "tanks patrolled the
 * streets of Baghdad"): -1 then, a deployment aimed at no one named. */
static long show_of_force_target(const sent *s, size_t vend, long src, long tgt, int to_place)
{
    if (direct_object(s, vend, tgt)) {
        const herald_actor *o = &s->doc->actors[tgt];
        tgt = target_after(s, o->first_token + o->token_count, 0, to_place);
    }
    return tgt >= 0 && src >= 0 && same_state(s, src, tgt) ? -1 : tgt;
}

/* "European ministers meeting in Luxembourg also called on Kabila": a
 * participle on a noun ends where the finite verb of that noun's clause
 * begins; a mention after it (`tgt`) is that verb's, not the
 * participle's. */
static int participle_clause_ends(const sent *s, size_t vstart, size_t vend, long tgt)
{
    if (s->doc->tokens[vstart].tag != HR_TAG_VBG) return 0;
    long own = s->chunk_of[vstart];
    if (own >= 0 && hr_finite_group(s, own)) return 0;
    size_t to = s->doc->actors[tgt].first_token;
    for (size_t k = vend; k < to; k++) {
        long c = s->chunk_of[k];
        if (c >= 0 && c != own && s->doc->chunks[c].first_token == k && hr_finite_group(s, c))
            return 1;
    }
    return 0;
}

/* ---- threats ----------------------------------------------------------- */

static const hr_entry *verb_at(const sent *s, size_t k, size_t *len);
static long speaker_of(const sent *s, size_t k);

/* Codes of violence: assault (18), fighting (19), mass violence (20). */
static int is_violence_root(const char *code)
{
    return code && (strncmp(code, "18", 2) == 0 || strncmp(code, "19", 2) == 0 ||
                    strncmp(code, "20", 2) == 0);
}

/* The sides of the threat of the act at vstart, whose own are *src and
 * *tgt: the act's doer threatens, or, when no actor is named as one
 * ("supplies could be cut") or only a pronoun ("warned they will"), the
 * one who warns or says so; its target is the one the condition asks
 * to act ("unless the LDP changes its mind"), else the act's, else the
 * one warned.  0 when the doer is another than the one who warns, with
 * no condition: "NATO warned that Russia could invade" is no threat by
 * either. */
static int threat_sides(const sent *s, size_t vstart, const char *c1, long *src, long *tgt)
{
    long c = s->chunk_of[vstart];
    long g = hr_governing_group(s, c);
    size_t cond = hr_condition_of(s, c);
    size_t head = g >= 0 ? s->doc->chunks[g].head : vstart;
    long warner = g < 0 ? -1 : says(s, head) ? speaker_of(s, head) : hr_mention_before(s, head);
    const herald_actor *ac = s->doc->actors;
    /* "if the UN tries ..., we will": no mention of the condition acts. */
    if (*src >= 0 && cond < vstart && ac[*src].first_token > cond) *src = -1;
    long subject = hr_chunk_before(s, c);
    int pronoun = subject >= 0 && s->doc->chunks[subject].token_count == 1 &&
                  s->doc->tokens[s->doc->chunks[subject].first_token].tag == HR_TAG_PRP;
    if (*src < 0 || ((pronoun || ac[*src].kind == HERALD_ACTOR_REFERENCE) && warner >= 0))
        *src = warner;
    else if (cond == SIZE_MAX && warner >= 0 && strcmp(ac[*src].code, ac[warner].code) != 0)
        return 0;
    /* Force is used on someone: "they would strike unless ..." with no
     * object is a strike of workers, no threat of an air strike. */
    long object = *tgt >= 0 && cond > vstart && cond != SIZE_MAX &&
                          ac[*tgt].first_token > cond ? -1 : *tgt;
    if (object < 0 && is_violence_root(c1)) return 0;
    long asked = cond == SIZE_MAX ? -1 : hr_mention_from(s, cond + 1, hr_clause_end(s, cond + 1));
    if (asked >= 0) *tgt = asked;
    if (*tgt < 0 && g >= 0 && head + 1 < s->end) *tgt = s->owner[head + 1];
    return 1;
}

/* The pattern of the verb form at vstart..vend that matches the most
 * words (NULL for none), with its match in *best_hit; `scope` is
 * pattern_scope_end's.  For an act
 * threatened, the patterns that code nothing because of the words
 * before the verb ("would", "threatened to") are left out: the threat
 * is the act's to code. */
static const hr_pattern *best_pattern(const sent *s, size_t vstart, size_t vend, size_t scope,
                                      const hr_entry *form, int threat, hit *best_hit)
{
    const hr_verbs *v = &s->d->verbs;
    const hr_verb_block *b = &v->blocks[form->data];
    const hr_pattern *best = NULL;
    size_t start = hr_pattern_scope_start(s, vstart);
    *best_hit = (hit){ -1, 0, -1, -1, 0 };
    for (uint32_t i = 0; i < b->pattern_count; i++) {
        const hr_pattern *p = &v->patterns[b->first_pattern + i];
        hit h = hr_match_pattern(s, p, vstart, vend, start, scope);
        if (threat && h.before > 0 &&
            (p->code == HR_NONE || strcmp(hr_lexicon_str(s->vx, p->code), "---") == 0))
            continue;
        if (h.score > best_hit->score) { *best_hit = h; best = p; }
    }
    return best;
}

/* The code of a verb form: its best pattern's, else the verb's own
 * (its line's, or its block's). */
static uint32_t verb_code(const sent *s, const hr_pattern *best, const hr_entry *form)
{
    return best ? best->code : s->vx->codes[form->first_code].code;
}

/* Whether the complement of the verb group at chunk c ("warned that
 * ...", "said it would ... unless") holds an act threatened, which codes
 * the threat itself (more exactly than the verb of warning). */
static int complement_threat(const sent *s, long c, size_t scope)
{
    const herald_chunk *g = &s->doc->chunks[c];
    for (size_t k = g->first_token + g->token_count; k < scope; k++) {
        size_t len = 0;
        const hr_entry *form = s->owner[k] < 0 ? verb_at(s, k, &len) : NULL;
        if (!form || !hr_threatened_act(s, k)) continue;
        long own = s->chunk_of[k];
        if (hr_governing_group(s, own) != c && hr_condition_of(s, own) == SIZE_MAX) continue;
        hit h;
        const hr_pattern *p = best_pattern(s, k, k + len, pattern_scope_end(s, k, k + len), form,
                                           1, &h);
        uint32_t code = verb_code(s, p, form);
        int negated = 0, hypothetical = 0;
        hr_modality(s, k, 0, &negated, &hypothetical);
        long src = h.source >= 0 ? h.source : hr_mention_before(s, k);
        long tgt = h.target >= 0 ? h.target : target_after(s, k + len, 0, 0);
        if (!negated && code != HR_NONE && hr_threat_of(hr_lexicon_str(s->vx, code)) &&
            threat_sides(s, k, hr_lexicon_str(s->vx, code), &src, &tgt))
            return 1;
    }
    return 0;
}

static int code_verb(sent *s, size_t vstart, size_t vend, const hr_entry *form)
{
    const hr_verbs *v = &s->d->verbs;
    const hr_verb_block *b = &v->blocks[form->data];
    int threat = !b->nominal && hr_threatened_act(s, vstart);
    /* "threatened to attack" coded 1384 by "threatened": the attack is
     * one to come, no more. */
    int warned_before = threat && vstart < s->threat_end;
    if (warned_before) threat = 0;
    hit best_hit;
    size_t scope = pattern_scope_end(s, vstart, vend);
    const hr_pattern *best = best_pattern(s, vstart, vend, scope, form, threat, &best_hit);
    uint32_t code = verb_code(s, best, form);
    uint32_t code2 = best ? best->code2 : code == b->code ? b->code2 : HR_NONE;
    hr_buf_clear(&s->how);
    int rc = hr_buf_printf(&s->how, "verb %s at %s:%u", hr_lexicon_str(s->vx, b->name),
                           hr_lexicon_str(s->vx, b->file), b->line);
    if (!rc && best)
        rc = hr_buf_printf(&s->how, ", pattern at %s:%u", hr_lexicon_str(s->vx, best->file),
                           best->line);
    if (rc) return rc;
    if (years_long(s, vstart, vend, scope))
        return hr_drop(s, vstart, vend, "a perfect spanning years ('have fought since 1996'): "
                                     "background");
    if (time_gerund(s, vstart))
        return hr_drop(s, vstart, vend, "a gerund of time ('after leaving'): a circumstance");
    s->last_charge = embedded_gerund(s, vstart);
    if (s->last_charge)
        return hr_drop(s, vstart, vend, "a gerund after 'X of' or an arrest's 'for': a charge");
    long src = best_hit.source >= 0 ? best_hit.source : hr_mention_before(s, vstart);
    if (b->nominal && best_hit.source < 0 && after_determiner(s, vstart)) {
        /* "the shelling", "Russia's shelling": the source is the possessor,
         * never the subject of the sentence around it.  ("held talks":
         * without a determiner the noun is the verb's object, and the
         * subject is its source.) */
        src = vstart >= s->begin + 2 && hr_tok_is(&s->doc->tokens[vstart - 1], "'s")
                  ? s->owner[vstart - 2] : -1;
    }
    long opener;
    if (b->nominal && best_hit.source < 0 && opening_phrase_subject(s, vstart, vend, &opener))
        src = opener;
    else if (b->nominal && best && best_hit.source < 0 &&
             strcmp(hr_lexicon_str(s->vx, b->code), "---") == 0 &&
             !(best_hit.target >= 0 && between_target(s, best_hit.target)) &&
             !(vstart >= s->begin + 2 && hr_tok_is(&s->doc->tokens[vstart - 1], "'s")))
        /* "held talks with", "called for talks with", "at the six-nation
         * talks with": a noun that codes nothing alone names no party
         * but its possessor, or the subject an opening phrase leads to;
         * else the verb it is the object of codes the event, if any. */
        return hr_drop(s, vstart, vend, "an event noun with no possessor, outside an opening phrase");
    /* "talks between A and B", "clashes between A and B": the parties
     * named act on each other; no one else is the source. */
    if (b->nominal && best_hit.source < 0 && best_hit.target >= 0 &&
        between_target(s, best_hit.target))
        src = -1;
    /* "... condemned the attack and promised aid", "criticized Sweden but
     * praised Finland", "struck X, striking Y": the second verb has the
     * first one's subject. */
    int participle = vstart > s->begin && s->owner[vstart - 1] < 0 &&
                     hr_tok_in(&s->doc->tokens[vstart - 1], (const char *const[]){ ",", "and",
                                                                                  NULL }) &&
                     s->doc->tokens[vstart].tag == HR_TAG_VBG;
    long subject;
    if (best_hit.source < 0 && participle && previous_clause_subject(s, vstart, 1, &subject))
        src = subject;      /* "a car bomb hit a patrol, killing 20": no actor did it */
    else if (best_hit.source < 0 && participle && s->last_source != NO_VERB_YET)
        src = s->last_source;
    else if (best_hit.source < 0 && group_start(s, vstart) > s->begin &&
             s->owner[group_start(s, vstart) - 1] < 0 &&
             coordinated_verb(s, group_start(s, vstart) - 1)) {
        /* "as protesters packed the streets and surrounded ...", "has
         * built missiles and has deployed rockets": the subject of the
         * verb it is joined to, else the last verb's. */
        if (previous_clause_subject(s, vstart, 0, &subject)) src = subject;
        else if (s->last_source >= 0) src = s->last_source;
    }
    if (best_hit.source < 0 && !b->nominal && participle_on_thing(s, vstart)) src = -1;
    int elided_passive = 0;
    if (best_hit.source < 0 && !b->nominal && joined_participle(s, vstart, &elided_passive, &subject))
        src = elided_passive ? -1 : subject;
    if (!b->nominal) s->last_source = src;      /* a noun is no clause's verb */
    const char *c1 = code == HR_NONE ? NULL : hr_lexicon_str(s->vx, code);
    if (!b->nominal) s->last_coercion = c1 && strncmp(c1, "17", 2) == 0;
    if (b->nominal && hr_is_force_code(c1) && best_hit.source < 0 && known_attack(s, vstart) &&
        !(best_hit.target >= 0 && between_target(s, best_hit.target)))
        return hr_drop(s, vstart, vend, "an attack named with 'the' after a verb or preposition "
                                     "('condemned the bombing'): reported elsewhere");
    const char *c2 = code2 == HR_NONE ? NULL : hr_lexicon_str(s->vx, code2);
    /* A place may be the target of one actor's act ("Iran and Israel met
     * in Geneva" is a meeting of the two, not with Switzerland). */
    long slo = -1, shi = -1;
    int to_place = best_hit.target < 0 && active_finite(s, vstart);
    if (to_place && src >= 0) hr_group_of(s, src, &slo, &shi);
    to_place = to_place && slo == shi;
    long tgt = best_hit.target >= 0 ? best_hit.target
                                    : target_after(s, vend, hr_is_comment_code(c1), to_place);
    /* "struck a U.S. base in Jordan" read by "* in +": a place is the
     * target only when the verb has no object of its own ("drone
     * strikes in Yemen", "fired rockets from Gaza at southern Israel"). */
    if (best_hit.target >= 0 && hr_is_place(s, best_hit.target)) {
        long object = target_after(s, vend, hr_is_comment_code(c1), 0);
        size_t k = object >= 0 ? s->doc->actors[object].first_token : vend;
        while (k > vend && s->owner[k - 1] < 0 &&
               (s->doc->tokens[k - 1].tag == HR_TAG_DT || s->doc->tokens[k - 1].tag == HR_TAG_JJ))
            k--;
        if (object >= 0 && k == vend &&
            s->doc->actors[object].first_token < s->doc->actors[tgt].first_token)
            tgt = object;
    }
    /* "denied that its troops had ...": a statement (01) whose object is
     * a clause has no target in it.  ("demanded that Hamas renounce":
     * a demand is made of the clause's subject.) */
    if (best_hit.target < 0 && c1 && strncmp(c1, "01", 2) == 0 && vend < s->end &&
        hr_tok_is(&s->doc->tokens[vend], "that") && s->doc->tokens[vend].tag == HR_TAG_IN)
        tgt = -1;
    /* "X said Y accepted ...": after a verb of saying comes the reported
     * clause, whose subject is no target ("told Y" has one).  When a
     * pattern read the clause ("said it would hold talks"), the target
     * is the first mention after the words it matched ("... with Y"). */
    if (best_hit.target < 0 && says(s, vstart) &&
        !hr_tok_in(&s->doc->tokens[vstart], (const char *const[]){ "told", "tells", "tell", NULL }))
        tgt = best && best_hit.end > vend
                  ? target_after(s, best_hit.end, hr_is_comment_code(c1), to_place) : -1;
    /* "X said Y would withdraw its troops": a pattern that read the
     * reported clause codes the act of that clause, whose doer is its
     * subject ("said it would ...": the speaker; "said the plan would
     * ...": no actor). */
    long reporter;
    if (best && best_hit.end > vend && best_hit.source < 0 &&
        says(s, vstart) &&
        reported_subject(s, vend, best_hit.end, &reporter))
        src = reporter;
    if (best_hit.target < 0 && best_hit.source < 0 && src >= 0 && relative_object(s, src) >= 0)
        tgt = relative_object(s, src);
    /* "began to question whether he ... with the Orcs": a subject pronoun
     * for the source itself starts a clause of its own and is no target;
     * "recalled its ambassador": the source's own people are none either.
     * The next mention may be.  ("called on him" keeps its object.) */
    static const char *const subjects[] = { "he", "she", "they", NULL };
    const herald_actor *ac = s->doc->actors;
    if (best_hit.target < 0 && tgt >= 0 && src >= 0 && ac[tgt].kind == HERALD_ACTOR_REFERENCE &&
        ((hr_tok_in(&s->doc->tokens[ac[tgt].first_token], subjects) &&
          strcmp(ac[tgt].code, ac[src].code) == 0) ||
         (ac[tgt].first_token > s->begin &&
          hr_tok_is(&s->doc->tokens[ac[tgt].first_token - 1], "its") &&
          strncmp(ac[tgt].code, ac[src].code, 3) == 0)))
        tgt = target_after(s, ac[tgt].first_token + ac[tgt].token_count, hr_is_comment_code(c1),
                           to_place);
    /* "deployed 4,000 troops (to the border)": in a show of force (15)
     * the forces shown are the actor's own, not its target, which is
     * whoever they face, named after them if at all. */
    if (best_hit.target < 0 && tgt >= 0 && c1 && strncmp(c1, "15", 2) == 0 &&
        own_forces(&ac[tgt], src >= 0 ? &ac[src] : NULL))
        tgt = target_after(s, ac[tgt].first_token + ac[tgt].token_count, hr_is_comment_code(c1),
                           to_place);
    /* "... and several others wounded": the victims stand between "and"
     * and the participle; the doer is unknown. */
    if (elided_passive) {
        tgt = -1;
        for (size_t k = vstart; k-- > s->begin && tgt < 0 &&
                                (s->owner[k] >= 0 || !hr_tok_is(&s->doc->tokens[k], "and"));)
            tgt = s->owner[k];
    }
    long agent = hr_passive_agent(s, vstart, vend);
    /* A pattern's + read the agent of a passive ("was invited by X to
     * talks", "$ * +" on "Y was attacked by X"): the agent acts, as in
     * any passive. */
    if ((best_hit.target >= 0 || best_hit.source >= 0) && agent != best_hit.target) agent = -1;
    if (agent >= 0) {                  /* the subject is the target */
        tgt = src;
        src = agent;
        long noun;
        if (hr_reduced_relative_noun(s, vstart, &noun)) tgt = noun;
    } else if (best_hit.source < 0 && best_hit.target < 0 &&
               ((hr_passive_subject_suffers(c1) && hr_agentless_passive(s, vstart) &&
                 !hr_purpose_after(s, vend)) ||
                hr_participle_after_finite(s, vstart))) {
        /* "51 people were killed in clashes", "a soldier accused of
         * killing": the subject suffered the act, whose doer is not
         * named (a reduced relative never makes its noun the doer). */
        tgt = src;
        src = -1;
    }
    if (best_hit.target < 0 && tgt >= 0 && is_show_of_force(c1))
        tgt = show_of_force_target(s, vend, src, tgt, to_place);
    if (best_hit.target < 0 && tgt >= 0 && participle_clause_ends(s, vstart, vend, tgt))
        tgt = -1;
    /* A pattern with words before the verb ("didn't clash") has coded
     * its own context: the negation is part of the pattern's code. */
    int negated = 0, hypothetical = 0;
    if (best_hit.before == 0) hr_modality(s, vstart, (int)b->nominal, &negated, &hypothetical);
    if (b->nominal && !negated && !hypothetical) hr_noun_modality(s, vend, &negated, &hypothetical);
    if (warned_before) hypothetical = 1;
    const char *threat_code = threat && !negated ? hr_threat_of(c1) : NULL;
    if (threat_code && threat_sides(s, vstart, c1, &src, &tgt)) {
        c1 = threat_code;
        c2 = NULL;
        hypothetical = 0;
        rc = hr_buf_printf(&s->how, "; an act to come after a warning or with a condition: "
                                    "a threat");
        if (rc) return rc;
    }
    if ((negated || hypothetical) && !s->doc->ctx->keep_uncertain)
        return hr_drop(s, vstart, vend, negated ? "negated" : "hypothetical (a modal or a plan)");
    /* "warned it would attack": the verb of warning codes the threat
     * when its patterns name one ("1384", "threatened to retaliate":
     * 130), else the act threatened. */
    if (!threat_code && c1 && strncmp(c1, "13", 2) == 0 && (best || strcmp(c1, "130") != 0))
        s->threat_end = scope;
    else if (!b->nominal && (says(s, vstart) || hr_warning(s, vstart)) && c1 &&
             strcmp(c1, "---") != 0 && complement_threat(s, s->chunk_of[vstart], scope))
        return hr_drop(s, vstart, vend, "the act threatened in its complement codes the threat");
    if (!negated && !hypothetical && hr_future(s, vstart) && c1) {
        const char *intent = hr_intent_code(c1);
        if (intent) {
            c1 = intent;
            c2 = c2 && strcmp(c2, "---") != 0 ? hr_intent_code(c2) : c2;
            rc = hr_buf_printf(&s->how, "; talks to come ('will'): an intent to meet");
            if (rc) return rc;
        }
    }
    if ((src < 0 || tgt < 0) && circumstance(s, vstart))
        return hr_drop(s, vstart, vend, "a clause of circumstance of the event before, with a side "
                                     "unknown");
    /* A group that is the subject of a reciprocal act acts on itself
     * ("A and B held talks"), and so does one after "between"; the
     * objects of an act with no known doer ("a blast killed A and B",
     * "A and B were killed") do nothing to each other. */
    long first_target = tgt, last_target = tgt;
    if (tgt >= 0) hr_group_of(s, tgt, &first_target, &last_target);
    int mutual = agent < 0 &&
                 (b->nominal || (tgt < 0 ? reciprocal_code(c1) || said_mutual(s, vstart, vend)
                                         : between_target(s, first_target)));
    int coded = 0;
    size_t events_before = s->doc->event_count;
    /* "captured Bakhmut", "shelled Kharkiv": a place with no actor named
     * as the object of one actor's force is the force's target, for its
     * country, when that is known to be another state than the actor's
     * ("Iraqi troops retook Mosul" is no act on Iraq; whose "the rebels"
     * are is not known). */
    herald_actor place;
    const char *src_code = src >= 0 ? s->doc->actors[src].code : "---";
    int on_place = tgt < 0 && to_place && agent < 0 && !elided_passive && hr_is_force_code(c1) &&
                   strncmp(src_code, "---", 3) != 0 && object_place(s, vend, &place) &&
                   strncmp(place.code, src_code, 3) != 0;
    place_sides forward = { NULL, on_place ? &place : NULL };
    place_sides reverse = { on_place ? &place : NULL, NULL };
    if (c1 && strcmp(c1, "---") != 0) {
        rc = hr_emit_groups(s, src, tgt, &forward, c1, vstart, vend, negated, hypothetical, mutual);
        coded = 1;
    }
    if (!rc && c2 && strcmp(c2, "---") != 0) {   /* [c1:c2]: the second event reversed */
        rc = hr_emit_groups(s, tgt, src, &reverse, c2, vstart, vend, negated, hypothetical, mutual);
        coded = 1;
    }
    if (!rc && !coded) rc = hr_drop(s, vstart, vend, "the verb codes nothing here (---)");
    if (s->doc->event_count > events_before) s->coded_end = vend;
    return rc;
}

/* ---- reported speech --------------------------------------------------- */

static int is_reporting(const sent *s, size_t k)
{
    static const char *const verbs[] = { "said", "says", "say", "told", "tells", "stated",
                                         "reported", "reports", "claimed", "claims", "added",
                                         "announced", "confirmed", "quoted", NULL };
    return hr_tok_in(&s->doc->tokens[k], verbs);
}

/* The speaker of the verb of saying at k: the mention just before it;
 * the one before a phrase between commas ("X, speaking after talks with
 * Y, said"); or the one after it that ends the clause ("..., said X."),
 * not the subject of what is said ("said Ankara would ..."). */
static long speaker_of(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (k > s->begin && s->owner[k - 1] >= 0) return s->owner[k - 1];
    if (k > s->begin + 1 && hr_tok_is(&t[k - 1], ",")) {
        for (size_t i = k - 1; i-- > s->begin + 1;)
            if (s->owner[i] < 0 && hr_tok_is(&t[i], ","))
                return s->owner[i - 1] >= 0 && !hr_is_place(s, s->owner[i - 1]) ? s->owner[i - 1] : -1;
    }
    if (k + 1 >= s->end || s->owner[k + 1] < 0) return -1;
    const herald_actor *a = &s->doc->actors[s->owner[k + 1]];
    size_t after = a->first_token + a->token_count;
    return after >= s->end || t[after].kind != HERALD_TOK_WORD ? s->owner[k + 1] : -1;
}

/* "Y attacked Z, X said", "X said Y attacked Z", "according to X": the
 * events of the sentence other than the saying are reported by X. */
static int reported_speech(sent *s, size_t first_event)
{
    herald_doc *doc = s->doc;
    for (size_t k = s->begin; k < s->end; k++) {
        if (s->owner[k] >= 0) continue;
        long speaker = -1;
        if (hr_tok_is(&doc->tokens[k], "according") && k + 2 < s->end &&
            hr_tok_is(&doc->tokens[k + 1], "to")) {
            size_t m = k + 2;                   /* "according to the Lebanese army" */
            while (m + 1 < s->end && s->owner[m] < 0 && doc->tokens[m].tag == HR_TAG_DT) m++;
            speaker = s->owner[m];
        }
        else if (is_reporting(s, k))
            speaker = speaker_of(s, k);
        if (speaker < 0) continue;
        const herald_actor *sp = &doc->actors[speaker];
        for (size_t e = first_event; e < doc->event_count; e++) {
            herald_event *ev = &doc->events[e];
            if (ev->reported_by || ev->verb_span[0] == doc->tokens[k].start) continue;
            if (ev->source_span[0] == sp->start && ev->source_span[1] == sp->end) continue;
            /* What the speaker did between its name and the saying
             * ("X, speaking after talks with Y, said") is not reported. */
            if (ev->verb_span[0] > sp->start && ev->verb_span[0] < doc->tokens[k].start) continue;
            ev->reported_by = sp->code;
        }
    }
    return 0;
}

/* "rejected the EU call for", "welcomed the UN appeal": a plural
 * present after "the" and one singular name is no verb of that name
 * (which would take "calls"), but the noun it qualifies.  ("The US and
 * the EU call for" keeps its verb.) */
static int name_compound(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    if (t[k].tag != HR_TAG_VBP || k == s->begin || s->owner[k - 1] < 0 ||
        t[k - 1].tag != HR_TAG_NNP)
        return 0;
    size_t f = s->doc->actors[s->owner[k - 1]].first_token;
    if (f == s->begin || t[f - 1].tag != HR_TAG_DT) return 0;
    return f - 1 == s->begin ||
           !(t[f - 2].tag == HR_TAG_CC || hr_tok_is(&t[f - 2], ","));
}

/* Whether the part-of-speech tagger took token k for a noun, or for a
 * participle used as an adjective before a noun ("condemned renewed
 * attacks", not "has renewed attacks").  Never when tagging is off. */
static int tagged_noun(const sent *s, size_t k)
{
    const herald_token *t = s->doc->tokens;
    /* "has begun to question whether": after a verb and "to", a singular
     * noun reading is an infinitive the tagger missed ("returned to
     * talks" keeps its noun, a plural). */
    if (t[k].tag == HR_TAG_NN && k >= s->begin + 2 && t[k - 1].tag == HR_TAG_TO &&
        hr_tag_is_verb(t[k - 2].tag) && s->owner[k - 2] < 0)
        return 0;
    /* "Ethiopia act on a resolution": a lower-case word right after the
     * name that opens the sentence, before a preposition, is its verb
     * (not after a demonym: "Israeli shelling in response"). */
    if (t[k].tag == HR_TAG_NN && k > s->begin && s->owner[k - 1] >= 0 &&
        s->doc->actors[s->owner[k - 1]].first_token == s->begin &&
        (t[k - 1].tag == HR_TAG_NNP || t[k - 1].tag == HR_TAG_NNPS) &&
        hr_tok_first(s->doc, &t[k]) != HR_C_UPPER && k + 1 < s->end && t[k + 1].tag == HR_TAG_IN)
        return 0;
    if (hr_tag_is_noun(t[k].tag)) return 1;
    /* "a corruption probe", "the border clash": after an article and a
     * noun that names no actor ("the army attacks" keeps its verb), a
     * present-tense form heads the compound noun. */
    if ((t[k].tag == HR_TAG_VBP || t[k].tag == HR_TAG_VBZ || t[k].tag == HR_TAG_VB) &&
        k >= s->begin + 2 && t[k - 1].tag == HR_TAG_NN && s->owner[k - 1] < 0 &&
        t[k - 2].tag == HR_TAG_DT)
        return 1;
    if (name_compound(s, k)) return 1;
    int past = t[k].tag == HR_TAG_VBN || t[k].tag == HR_TAG_VBD;
    if (!past && t[k].tag != HR_TAG_JJ) return 0;
    size_t p = k;
    while (p > s->begin && t[p - 1].tag == HR_TAG_RB) p--;
    if (p == s->begin) return 0;
    /* "the internationally backed Somali government", "its long
     * promised aid", "the backed but powerless government": a participle
     * between a determiner and its noun is an adjective (the tagger may
     * read it as a past tense). */
    size_t n = k + 1;
    while (n < s->end && s->owner[n] < 0 &&
           (t[n].tag == HR_TAG_JJ || t[n].tag == HR_TAG_RB || t[n].tag == HR_TAG_CC))
        n++;
    if (s->owner[p - 1] < 0 && (t[p - 1].tag == HR_TAG_DT || t[p - 1].tag == HR_TAG_PRPS) &&
        n < s->end && (s->owner[n] >= 0 || hr_tag_is_noun(t[n].tag)))
        return 1;
    if (t[k].tag == HR_TAG_VBD || k + 1 >= s->end || !hr_tag_is_noun(t[k + 1].tag)) return 0;
    /* The word before, over adverbs, must be a main verb or a
     * preposition ("condemned renewed attacks", "a tax on imported
     * rubber"), and no auxiliary may stand just before it ("have
     * constantly attacked oil facilities", "have since offered aid"). */
    int before = t[p - 1].tag;
    if (before != HR_TAG_IN && before != HR_TAG_VBD && before != HR_TAG_VBZ &&
        before != HR_TAG_VBP && before != HR_TAG_VB)
        return 0;
    static const char *const aux[] = { "has", "have", "had", "having", "'ve", "is", "are", "was",
                                       "were", "be", "been", "being", "get", "got", "'s", "'re",
                                       NULL };
    return !hr_tok_in(&t[p - 1], aux) && !(p - 1 > s->begin && hr_tok_in(&t[p - 2], aux));
}

/* The longest verb form at token k: its entry, and *len. */
static const hr_entry *verb_at(const sent *s, size_t k, size_t *len)
{
    /* A modal ("should be resolved") only qualifies the verb after it. */
    if (s->doc->tokens[k].tag == HR_TAG_MD) return NULL;
    int noun = after_determiner(s, k) || tagged_noun(s, k);
    uint32_t node = 0;
    const hr_entry *best = NULL;
    for (size_t i = k; i < s->end && s->owner[i] < 0; i++) {
        node = hr_lexicon_step(s->vx, node, s->doc->word_ids[i]);
        if (node == HR_NONE) break;
        uint32_t e = hr_lexicon_entries(s->vx, node);
        if (e == HR_NONE) continue;
        /* A word read as a noun takes a block of nouns ("the meeting of
         * A with B"), a verb a block of verbs ("was meeting"); a form a
         * dictionary lists ("LEFT" in a block of its own) wins over one
         * made by rule from another verb ("LEAVE"). */
        int score = -1;
        for (uint32_t f = e; f != HR_NONE; f = s->vx->entries[f].next) {
            const hr_entry *en = &s->vx->entries[f];
            int sc = 2 * ((int)s->d->verbs.blocks[en->data].nominal == noun) +
                     !(en->flags & HR_ENTRY_GENERATED);
            if (sc > score) { score = sc; e = f; }
        }
        /* After "the" or "its" only a noun of events counts; so too
         * where the tagger reads the word as a noun ("an appeal", "the
         * attack on", "talks"). */
        if (noun && !s->d->verbs.blocks[s->vx->entries[e].data].nominal) continue;
        best = &s->vx->entries[e];
        *len = i + 1 - k;
    }
    return best;
}

/* 1 when a sentence discard phrase occurs in the sentence, 2 for a
 * story discard, 0 for none (PETRARCH's discard dictionaries). */
static int discarded(const sent *s)
{
    const hr_lexicon *dx = &s->d->lex[HERALD_DICT_DISCARDS];
    if (!dx->phrase_count) return 0;
    int found = 0;
    for (size_t k = s->begin; k < s->end; k++) {
        uint32_t node = 0;
        for (size_t i = k; i < s->end; i++) {
            node = hr_lexicon_step(dx, node, s->doc->word_ids[i]);
            if (node == HR_NONE) break;
            uint32_t e = hr_lexicon_entries(dx, node);
            if (e == HR_NONE) continue;
            const char *kind = hr_lexicon_str(dx, dx->codes[dx->entries[e].first_code].code);
            if (strcmp(kind, "STORY") == 0) return 2;
            found = 1;
        }
    }
    return found;
}

/* The sentence's word index and the mask of its names' tokens (which
 * are no pattern words: elem_matches). */
static int index_words(sent *s)
{
    int rc = hr_word_index_build(&s->words, s->doc, &s->d->strings, &s->d->verbs, s->begin,
                                 s->end);
    if (rc || !s->words.cap) return rc;
    s->names = hr_arena_alloc(&s->doc->arena, s->words.words * sizeof *s->names);
    if (!s->names) return HERALD_ENOMEM;
    memset(s->names, 0, s->words.words * sizeof *s->names);
    for (size_t k = s->begin; k < s->end; k++)
        if (s->owner[k] >= 0 && hr_is_name(&s->doc->actors[s->owner[k]]))
            s->names[(k - s->begin) / 64] |= (uint64_t)1 << ((k - s->begin) % 64);
    return 0;
}

int hr_find_events(herald_doc *doc)
{
    const hr_dicts *d = &doc->ctx->dicts;
    if (!d->lex[HERALD_DICT_VERBS].phrase_count || !doc->word_ids) return 0;
    sent s = { .doc = doc, .d = d, .vx = &d->lex[HERALD_DICT_VERBS] };
    s.owner = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.owner);
    s.chunk_of = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *s.chunk_of);
    if (!s.owner || !s.chunk_of) return HERALD_ENOMEM;
    for (size_t k = 0; k < doc->token_count; k++) s.owner[k] = -1, s.chunk_of[k] = -1;
    for (size_t c = 0; c < doc->chunk_count; c++)
        for (uint32_t k = 0; k < doc->chunks[c].token_count; k++)
            s.chunk_of[doc->chunks[c].first_token + k] = (long)c;
    for (size_t m = 0; m < doc->actor_count; m++)
        for (uint32_t k = 0; k < doc->actors[m].token_count; k++)
            if (s.owner[doc->actors[m].first_token + k] < 0)
                s.owner[doc->actors[m].first_token + k] = (int)m;
    size_t longest = 0;
    for (size_t i = 0; i < doc->sentence_count; i++)
        if (doc->sentences[i].token_count > longest) longest = doc->sentences[i].token_count;
    size_t memo_size = d->verbs.synset_count * longest;
    s.synset_memo = hr_arena_alloc(&doc->arena, memo_size ? memo_size : 1);
    size_t set_count = d->verbs.synset_count ? d->verbs.synset_count : 1;
    s.synset_starts = hr_arena_alloc(&doc->arena, set_count * ((longest + 63) / 64 + 1) * 8);
    s.synset_started = hr_arena_alloc(&doc->arena, set_count * sizeof *s.synset_started);
    s.synset_memo_stamp = hr_arena_alloc(&doc->arena, set_count * sizeof *s.synset_memo_stamp);
    if (!s.synset_memo || !s.synset_starts || !s.synset_started || !s.synset_memo_stamp)
        return HERALD_ENOMEM;
    memset(s.synset_started, 0, set_count * sizeof *s.synset_started);
    memset(s.synset_memo_stamp, 0, set_count * sizeof *s.synset_memo_stamp);
    /* A story discard anywhere drops every event of the article. */
    for (size_t i = 0; i < doc->sentence_count; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        s.begin = sen->first_token;
        s.end = s.begin + sen->token_count;
        if (discarded(&s) == 2) return 0;
    }
    hr_buf_init(&s.how, &doc->ctx->alc, 4096);
    size_t m = 0;
    int rc = 0;
    for (size_t i = 0; i < doc->sentence_count && !rc; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        while (m < doc->actor_count && doc->actors[m].sentence < i) m++;
        s.first_actor = m;
        while (m < doc->actor_count && doc->actors[m].sentence == i) m++;
        s.actor_end = m;
        if (sen->kind != HERALD_SENTENCE || s.actor_end == s.first_actor) continue;
        s.index = (uint32_t)i;
        s.begin = sen->first_token;
        s.end = s.begin + sen->token_count;
        s.last_source = NO_VERB_YET;
        s.last_coercion = s.last_charge = 0;
        s.coded_end = s.threat_end = 0;
        hr_sentence_country(doc, s.index, s.first_actor, s.actor_end, s.country);
        s.stamp = (uint32_t)i + 1;
        if ((rc = index_words(&s))) break;
        if (discarded(&s)) {
            hr_buf_clear(&s.how);
            rc = s.begin < s.end ? hr_drop(&s, s.begin, s.end, "sentence discarded (discard dictionary)") : 0;
            continue;
        }
        size_t first_event = doc->event_count;
        for (size_t k = s.begin; k < s.end && !rc;) {
            size_t len = 0;
            const hr_entry *form = s.owner[k] < 0 ? verb_at(&s, k, &len) : NULL;
            if (!form) { k++; continue; }
            rc = code_verb(&s, k, k + len, form);
            k += len;
        }
        if (!rc) rc = reported_speech(&s, first_event);
    }
    hr_buf_free(&s.how);
    return rc;
}

size_t herald_doc_event_count(const herald_doc *doc)
{
    return doc ? doc->event_count : 0;
}

const herald_event *herald_doc_event(const herald_doc *doc, size_t i)
{
    return doc && i < doc->event_count ? &doc->events[i] : NULL;
}

size_t herald_doc_dropped_count(const herald_doc *doc)
{
    return doc ? doc->dropped_count : 0;
}

const herald_dropped *herald_doc_dropped(const herald_doc *doc, size_t i)
{
    return doc && i < doc->dropped_count ? &doc->dropped[i] : NULL;
}

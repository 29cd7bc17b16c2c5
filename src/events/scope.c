/* scope.c - a verb's clause, read off the chunks of src/clauses: the
 * chunks beside a chunk, finite verb groups, where a verb's patterns
 * may reach (the start and end of its scope), and the verbs and
 * infinitives joined to it ("condemned X and urged Y", "urged Israel
 * and Hamas to stop"). */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/grammar.h"
#include "../tag/tagger.h"

/* The chunk that ends where chunk c starts, in its sentence, or -1. */
long hr_chunk_before(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (c <= 0 || ch[c - 1].sentence != ch[c].sentence ||
        ch[c - 1].first_token + ch[c - 1].token_count != ch[c].first_token)
        return -1;
    return c - 1;
}

/* The chunk that starts where chunk c ends, in its sentence, or -1. */
long hr_chunk_after(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if ((size_t)c + 1 >= s->doc->chunk_count || ch[c + 1].sentence != ch[c].sentence ||
        ch[c + 1].first_token != ch[c].first_token + ch[c].token_count)
        return -1;
    return c + 1;
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

/* Whether verb group c is a form of "be" or "remain" with "that" or
 * "whether" right after it ("his position remained that he would not
 * talk", "the question is whether"): the clause after it is what the
 * subject is, as much the complement as the verb's own. */
static int clause_predicate(const sent *s, long c)
{
    static const char *const remain[] = { "remain", "remains", "remained", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long next = hr_chunk_after(s, c);
    const herald_token *head = &s->doc->tokens[ch[c].head];
    return next >= 0 && ch[next].kind == HERALD_CHUNK_SBAR && complement_opener(s, next) &&
           (hr_tok_is_be(head, 0) || hr_tok_in(head, remain));
}

/* Whether the opener of time at chunk c ("after", "before", "since")
 * only leads a phrase on the participle right before it: "insisted that
 * sanctions imposed after its test must be lifted".  So it is while the
 * complement clause still lacks its finite verb (`verbless`), which the
 * clause of time would leave it without. */
static int participle_phrase(const sent *s, long c, int verbless)
{
    static const char *const time[] = { "after", "before", "since", "following", "until", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long before = hr_chunk_before(s, c);
    return verbless && before >= 0 && ch[before].kind == HERALD_CHUNK_VG &&
           (ch[before].flags & HERALD_VG_PASSIVE) && ch[before].head == ch[before].first_token &&
           hr_tok_in(&s->doc->tokens[ch[c].first_token], time);
}

/* Whether the conjunction at k joins an infinitive to the clause
 * ("urged X to \"stop the killing\" and let aid agencies work"): the
 * clause goes on, so no token before it can be the comma or conjunction
 * before the subject of a later finite verb.  A gerund may be a subject
 * itself ("..., adding the release and forming a government would"). */
static int joins_verb(const sent *s, size_t k)
{
    long c = k + 1 < s->end ? s->chunk_of[k + 1] : -1;
    return s->doc->tokens[k].tag == HR_TAG_CC && c >= 0 &&
           s->doc->chunks[c].first_token == k + 1 && s->doc->chunks[c].kind == HERALD_CHUNK_VG &&
           !(s->doc->chunks[c].flags & HERALD_VG_GERUND) && !hr_finite_group(s, c);
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
size_t hr_pattern_scope_end(const sent *s, size_t vstart, size_t vend)
{
    const herald_chunk *ch = s->doc->chunks;
    long own = s->chunk_of[vend - 1];
    /* "the state declared in 1983 is recognized by": a participle on a
     * noun is no verb of the clause; the clause's finite verb ends its
     * words. */
    int participle = own >= 0 && ch[own].kind == HERALD_CHUNK_VG &&
                     (ch[own].flags & HERALD_VG_PASSIVE) && ch[own].head == ch[own].first_token;
    int objects_only = 1;           /* no stray token nor finite verb since the verb */
    int verbless = 0;               /* in a complement clause not yet at its finite verb */
    size_t stray = SIZE_MAX;        /* the last token outside the chunks since the clause began */
    for (size_t k = vend; k < s->end; k++) {
        long c = s->chunk_of[k];
        if (c >= 0 && c == own) continue;
        if (hr_tok_is(&s->doc->tokens[k], ";")) return k;
        if (c < 0) {
            /* "..., the US Information Service (USIS) said": brackets
             * inside the new subject leave its comma the clause's end */
            int tag = s->doc->tokens[k].tag;
            if (tag != HR_TAG_LRB && tag != HR_TAG_RRB) stray = joins_verb(s, k) ? SIZE_MAX : k;
            objects_only = 0;
            continue;
        }
        if (k != ch[c].first_token) continue;
        /* "spoke to reporters after holding talks with X": a gerund
         * after a word of time is a clause of its own, as "after he
         * held talks" is (hr_time_gerund). */
        if (ch[c].kind == HERALD_CHUNK_PP && k + 1 < s->end && hr_time_gerund(s, k + 1)) return k;
        if (ch[c].kind == HERALD_CHUNK_SBAR) {
            if (participle_phrase(s, c, verbless)) continue;
            if (!objects_only || !complement_opener(s, c)) return k;
            verbless = 1;
        } else if (hr_finite_group(s, c)) {
            verbless = 0;
            if (stray != SIZE_MAX) return stray;
            if (participle) return k;
            /* the complement's own verb: a "that" after it opens a
             * clause of its words ("... amid signs that the powers were
             * closer to a deal"), not of this verb, unless it says what
             * the complement's subject is */
            objects_only = clause_predicate(s, c);
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

/* Whether a subject starts at token k: a noun phrase right before a
 * verb group ("..., and the rebels attacked"), not a date or an
 * apposition between commas ("on Dec. 6, 2005, in ..."). */
static int subject_starts(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = k < s->end ? s->chunk_of[k] : -1;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP || ch[c].first_token != k) return 0;
    size_t next = ch[c].first_token + ch[c].token_count;
    long v = next < s->end ? s->chunk_of[next] : -1;
    return v >= 0 && ch[v].kind == HERALD_CHUNK_VG;
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
static size_t pattern_scope_start(const sent *s, size_t vstart)
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
            if (phrase && subject_starts(s, k + 1)) stray = k;
            continue;
        }
        if (k != ch[c].first_token) continue;
        if (ch[c].kind == HERALD_CHUNK_NP) phrase = 1;
        if (ch[c].kind == HERALD_CHUNK_SBAR) return clause_start(s, c);
        if (hr_finite_group(s, c) && stray != SIZE_MAX) return stray + 1;
        /* the phrases seen were this verb's objects, not a subject of
         * the verb at vstart: "crashed and hit a block, killing 108" */
        if (ch[c].kind == HERALD_CHUNK_VG) phrase = 0;
    }
    return s->begin;
}

/* Worked out once per verb: its modality and its patterns both ask. */
size_t hr_pattern_scope_start(const sent *s, size_t vstart)
{
    if (!s->scope_start[vstart]) s->scope_start[vstart] = (uint32_t)pattern_scope_start(s, vstart) + 1;
    return s->scope_start[vstart] - 1;
}

/* Whether the nearest verb group before token k has a bare verb for its
 * head and words of its own before k: "will postpone visits", "is to
 * send troops" (while "to condemn and criticise Israel" is one verb
 * phrase, whose object the two verbs share). */
static int bare_verb_before(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    for (size_t i = k; i-- > s->begin;) {
        long c = s->chunk_of[i];
        if (c >= 0 && ch[c].kind == HERALD_CHUNK_VG)
            return i + 1 < k && s->doc->tokens[ch[c].head].tag == HR_TAG_VB;
    }
    return 0;
}

/* Whether token k joins a second verb to the first ("condemned the
 * launch and urged X", "criticized Sweden but praised Finland"): "and",
 * "but" or "then" before a finite verb, or before a bare one after a
 * verb group whose verb is bare too, a modal's or an infinitive's ("will
 * postpone visits and stop dialogue"; not "offered amnesty to the rank
 * and file"). */
int hr_coordinated_verb(const sent *s, size_t k)
{
    static const char *const conj[] = { "and", "but", "then", NULL };
    if (k + 1 >= s->end || s->owner[k + 1] >= 0) return 0;
    /* the next word's tag before the list: most words are followed by
     * no verb */
    int tag = s->doc->tokens[k + 1].tag;
    if (tag != HR_TAG_VBD && tag != HR_TAG_VBZ && tag != HR_TAG_VBP && tag != HR_TAG_VB) return 0;
    if (!hr_tok_in(&s->doc->tokens[k], conj)) return 0;
    return tag != HR_TAG_VB || bare_verb_before(s, k);
}

/* Whether verb group c is an infinitive: "to resume", or a bare verb
 * ("and resume" after "to stop the fighting"). */
static int infinitive_group(const sent *s, long c)
{
    const herald_chunk *g = &s->doc->chunks[c];
    return g->kind == HERALD_CHUNK_VG &&
           ((g->flags & HERALD_VG_INFINITIVE) || s->doc->tokens[g->first_token].tag == HR_TAG_VB);
}

/* The token after the chunk or stray token at k. */
static size_t after_chunk(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    return c >= 0 ? s->doc->chunks[c].first_token + s->doc->chunks[c].token_count : k + 1;
}

/* The chunk of the infinitive a verb ending at vend governs, past its
 * objects ("urged Israel and Hamas to stop"), before token `scope`; -1
 * when another clause or group comes first. */
long hr_complement_infinitive(const sent *s, size_t vend, size_t scope)
{
    const herald_chunk *ch = s->doc->chunks;
    for (size_t k = vend; k < scope; k = after_chunk(s, k)) {
        long c = s->chunk_of[k];
        if (c < 0 && !hr_tok_is(&s->doc->tokens[k], "and")) return -1;
        if (c < 0 || ch[c].kind == HERALD_CHUNK_NP || ch[c].kind == HERALD_CHUNK_PP ||
            ch[c].kind == HERALD_CHUNK_ADVP)
            continue;
        return (ch[c].flags & HERALD_VG_INFINITIVE) && ch[c].kind == HERALD_CHUNK_VG ? c : -1;
    }
    return -1;
}

/* The infinitive joined by "and" or "or" to the one at chunk c, past
 * its objects, before token `scope`: "to cut supplies to X and seize
 * its assets", "to stop the fighting and to return to talks".  Its
 * chunk, or -1 (a finite verb after "and" is a verb of its own: "to
 * stop the fighting and said").  Objects joined by "and" are passed
 * ("to cut supplies to X and Y"), and so are quotes around the first
 * ('to "stop the killing" and let ...'). */
long hr_joined_infinitive(const sent *s, long c, size_t scope)
{
    static const char *const joins[] = { "and", "or", NULL };
    const herald_chunk *ch = s->doc->chunks;
    for (size_t k = after_chunk(s, ch[c].first_token); k + 1 < scope; k = after_chunk(s, k)) {
        long o = s->chunk_of[k];
        if (o >= 0 && (ch[o].kind == HERALD_CHUNK_NP || ch[o].kind == HERALD_CHUNK_PP)) continue;
        if (o < 0 && hr_is_quote_tag(s->doc->tokens[k].tag)) continue;   /* 'to "stop X" and ...' */
        if (o >= 0 || !hr_tok_in(&s->doc->tokens[k], joins)) return -1;
        long next = s->chunk_of[k + 1];
        if (next >= 0 && ch[next].kind == HERALD_CHUNK_NP) continue;
        return next >= 0 && ch[next].first_token == k + 1 && infinitive_group(s, next) ? next : -1;
    }
    return -1;
}

/* The first token of the verb group of the verb at k ("has" of "has
 * deployed"), or k outside one. */
size_t hr_group_start(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    return c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_VG ? s->doc->chunks[c].first_token : k;
}

/* Whether the verb at k is active and finite: "fired", "has
 * criticized", "will be renewing" (not "was freed", nor the participle
 * of "hitting supplies in Germany"). */
int hr_active_finite(const sent *s, size_t k)
{
    static const char *const have[] = { "has", "have", "had", NULL };
    const herald_token *tk = s->doc->tokens;
    int tag = tk[k].tag;
    if (tag == HR_TAG_VB || tag == HR_TAG_VBD || tag == HR_TAG_VBP || tag == HR_TAG_VBZ) return 1;
    size_t p = k;
    while (p > s->begin && tk[p - 1].tag == HR_TAG_RB) p--;
    if (p == s->begin || s->owner[p - 1] >= 0) return 0;
    return (tag == HR_TAG_VBN && hr_tok_in(&tk[p - 1], have)) ||
           (tag == HR_TAG_VBG && hr_tok_is_be(&tk[p - 1], HR_BE_AM));
}

/* Whether the one-word participle at vstart..vend stands as an
 * adjective of the people named right after it: after an article, a
 * verb, "with" or "by" ("met visiting Foreign Minister X", "talks with
 * the visiting Kenyan president").  A name of a place or a body after it
 * is its object ("by visiting China"), and so is anyone after a
 * preposition of time ("after visiting President X"). */
int hr_qualifying_participle(const sent *s, size_t vstart, size_t vend)
{
    const herald_token *tk = s->doc->tokens;
    if (vend != vstart + 1 || vend >= s->end || vstart == s->begin || tk[vstart].tag != HR_TAG_VBG ||
        s->owner[vend] < 0 || s->owner[vstart - 1] >= 0 ||
        s->doc->actors[s->owner[vend]].kind == HERALD_ACTOR_NAMED)
        return 0;
    int before = tk[vstart - 1].tag;
    return before == HR_TAG_DT || before == HR_TAG_VBD || before == HR_TAG_VBZ ||
           before == HR_TAG_VBP || before == HR_TAG_VB ||
           hr_tok_in(&tk[vstart - 1], (const char *const[]){ "with", "by", NULL });
}

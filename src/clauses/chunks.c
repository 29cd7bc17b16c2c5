/* chunks.c - the clause stage's chunks (see chunks.h).
 *
 * A regular grammar over the tags, read left to right once:
 *  - an actor mention lies whole inside one noun phrase ("the Russian
 *    foreign ministry");
 *  - a verb group is modals, adverbs and auxiliaries up to a main verb,
 *    with its particle ("called off"); "to" before a verb opens one, so
 *    that a control chain is two groups ("agreed" "to resume");
 *  - a noun phrase is determiners, numbers, adjectives and participles
 *    before nouns ("the besieged town"); a determiner or a pronoun after
 *    a noun starts another ("gave the rebels the weapons");
 *  - a preposition is a chunk of its own; "that", "whether", "because",
 *    wh-words, and "after", "before", "when"... before a subject and a
 *    finite verb open a clause (SBAR). */
#include "chunks.h"
#include "../segment/toks.h"
#include "../tag/lexical.h"
#include "../tag/grammar.h"

#include <stdio.h>
#include <string.h>

typedef struct scan {
    const herald_doc *doc;
    size_t end;                 /* the sentence's end (token) */
    const uint32_t *mention_end;    /* [k]: end of the mention starting at k, or 0 */
} scan;

static int tag_at(const scan *s, size_t k)
{
    return k < s->end ? s->doc->tokens[k].tag : HR_TAG_NONE;
}

static int is_verb(int tag)
{
    return tag == HR_TAG_VB || tag == HR_TAG_VBD || tag == HR_TAG_VBG || tag == HR_TAG_VBN ||
           tag == HR_TAG_VBP || tag == HR_TAG_VBZ;
}

/* A tag of a finite verb: a past or present tense, or a modal. */
static int is_finite(int tag)
{
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD;
}

static int is_noun(int tag)
{
    return tag == HR_TAG_NN || tag == HR_TAG_NNS || tag == HR_TAG_NNP || tag == HR_TAG_NNPS ||
           tag == HR_TAG_CD || tag == HR_TAG_EX || tag == HR_TAG_FW;
}

static int is_determiner(int tag)
{
    return tag == HR_TAG_DT || tag == HR_TAG_PDT || tag == HR_TAG_PRPS;
}

static int is_adjective(int tag)
{
    return tag == HR_TAG_JJ || tag == HR_TAG_JJR || tag == HR_TAG_JJS;
}

static const char *const HAVE[] = { "have", "has", "had", "having", "'ve", "'d", NULL };
static const char *const DO[] = { "do", "does", "did", NULL };
static const char *const GET[] = { "get", "gets", "got", "gotten", "getting", NULL };
static const char *const FUTURE[] = { "will", "shall", "'ll", "wo", NULL };

/* The first token from k on that is no adverb nor quotation mark: a
 * quoted word inside a verb group is still of it ('had "liberated"',
 * 'will "strongly" oppose'). */
static size_t past_adverbs(const scan *s, size_t k)
{
    while (k < s->end && (tag_at(s, k) == HR_TAG_RB || tag_at(s, k) == HR_TAG_RBR ||
                          hr_is_quote_tag(tag_at(s, k))))
        k++;
    return k;
}

/* Whether token k opens "up to" before a number ("killed up to 30
 * people", "will send up to 2,000 troops"): a bound on the count of the
 * object, whatever the tagger made of "up", never the verb's particle
 * ("lived up to their promise" keeps it). */
static int bounds_count(const scan *s, size_t k)
{
    return k + 2 < s->end && tag_at(s, k + 2) == HR_TAG_CD &&
           hr_tok_is(&s->doc->tokens[k], "up") && hr_tok_is(&s->doc->tokens[k + 1], "to");
}

/* Whether token k is a verb's particle ("called off the protest",
 * "lay down their arms"), whatever its tag, but not a preposition that
 * heads its own phrase ("up to", "out of"). */
static int is_particle(const scan *s, size_t k)
{
    static const char *const particles[] = { "off", "up", "down", "out", "back", "away", NULL };
    int tag = tag_at(s, k);
    if (tag == HR_TAG_RP) return !bounds_count(s, k);
    if (tag != HR_TAG_IN && tag != HR_TAG_RB) return 0;
    if (!hr_tok_in(&s->doc->tokens[k], particles)) return 0;
    return k + 1 >= s->end || (!hr_tok_is(&s->doc->tokens[k + 1], "of") &&
                               !hr_tok_is(&s->doc->tokens[k + 1], "to"));
}

/* Whether a verb group starts at k: a modal or a verb, adverbs before
 * one ("never attacked"), or "to" before a verb. */
static int starts_group(const scan *s, size_t k)
{
    int tag = tag_at(s, k);
    if (tag == HR_TAG_MD || is_verb(tag)) return 1;
    if (tag == HR_TAG_TO) return tag_at(s, past_adverbs(s, k + 1)) == HR_TAG_VB;
    if (tag == HR_TAG_RB) {
        int next = tag_at(s, past_adverbs(s, k));
        return next == HR_TAG_MD || (is_verb(next) && next != HR_TAG_VBN && next != HR_TAG_VBG);
    }
    return 0;
}

/* Verbs that take a clause without "that" ("said the army fired on
 * ..."), after whose object a finite verb may follow. */
static const char *const CLAUSE_TAKING[] = {
    "say", "says", "said", "tell", "tells", "told", "report", "reports", "reported", "claim",
    "claims", "claimed", "believe", "believes", "believed", "think", "thinks", "thought",
    "know", "knows", "knew", "fear", "fears", "feared", "hope", "hopes", "hoped", "deny",
    "denies", "denied", "confirm", "confirms", "confirmed", "announce", "announces",
    "announced", "insist", "insists", "insisted", "warn", "warns", "warned", "admit",
    "admits", "admitted", "acknowledge", "acknowledges", "acknowledged", "argue", "argues",
    "argued", "suggest", "suggests", "suggested", "show", "shows", "showed", "indicate",
    "indicates", "indicated", "reveal", "reveals", "revealed", "learn", "learned", "learnt",
    "feel", "feels", "felt", "estimate", "estimated", "expect", "expects", "expected",
    "allege", "alleges", "alleged", "note", "notes", "noted", "add", "adds", "added",
    "stress", "stresses", "stressed", "explain", "explains", "explained", "conclude",
    "concluded", "find", "finds", "found", "see", "sees", "saw", "hear", "hears", "heard",
    "assure", "assured", "promise", "promised", "guarantee", "guaranteed", NULL
};

/* Whether a lone past form before `by` with a finite verb later is a
 * passive participle ("a convoy attacked by gunmen was carrying food"),
 * which taggers often read as a past tense. */
static int reduced_relative(const scan *s, size_t k)
{
    if (k >= s->end || !hr_tok_is(&s->doc->tokens[k], "by")) return 0;
    for (k++; k < s->end; k++) {
        int tag = tag_at(s, k);
        if (is_finite(tag)) return 1;
        if (tag == HR_TAG_COMMA || tag == HR_TAG_CC || tag == HR_TAG_COLON) return 0;
    }
    return 0;
}

/* Whether verb group c is a lone past form ("attacked"), which taggers
 * often read as a past tense where it is a passive participle; not one
 * that is only a past tense ("took", "went"). */
static int lone_past_form(const scan *s, const herald_chunk *c)
{
    return c->head == c->first_token && tag_at(s, c->head) == HR_TAG_VBD &&
           hr_lex_may_be_participle(&s->doc->tokens[c->head]);
}

/* The verb group from k: its end, head and flags. */
static size_t verb_group(const scan *s, size_t k, herald_chunk *c)
{
    const herald_token *t = s->doc->tokens;
    unsigned flags = 0;
    int finite_seen = 0, be_before = 0, have_before = 0;
    if (tag_at(s, k) == HR_TAG_TO) {
        flags |= HERALD_VG_INFINITIVE;
        finite_seen = 1;
        k++;
    }
    for (; k < s->end; k++) {
        int tag = tag_at(s, k);
        if (tag == HR_TAG_RB || tag == HR_TAG_RBR || hr_is_quote_tag(tag)) {
            if (!is_verb(tag_at(s, past_adverbs(s, k))) && tag_at(s, past_adverbs(s, k)) != HR_TAG_MD)
                break;      /* adverbs (quotes) after the group are no part of it */
            if (hr_tok_negates(&t[k])) flags |= HERALD_VG_NEGATED;
            continue;
        }
        if (tag != HR_TAG_MD && !is_verb(tag)) break;
        if (!finite_seen) {
            finite_seen = 1;
            if (tag == HR_TAG_VBD) flags |= HERALD_VG_PAST;
            else if (tag == HR_TAG_MD)
                flags |= hr_tok_in(&t[k], FUTURE) ? HERALD_VG_FUTURE : HERALD_VG_MODAL;
            else if (tag == HR_TAG_VBN) flags |= HERALD_VG_PASSIVE;    /* "the town shelled by" */
            else if (tag == HR_TAG_VBG) flags |= HERALD_VG_GERUND;
        }
        c->head = (uint32_t)k;
        /* an auxiliary when another verb follows; else the main verb
         * (the tag after first: most verbs have no verb after them) */
        if (tag == HR_TAG_MD || is_verb(tag_at(s, past_adverbs(s, k + 1)))) {
            int be = hr_tok_is_be(&t[k], HR_BE_ANY) || hr_tok_in(&t[k], GET);
            int have = !be && hr_tok_in(&t[k], HAVE);
            if (tag == HR_TAG_MD || be || have || hr_tok_in(&t[k], DO)) {
                be_before |= be;
                have_before |= have;
                continue;
            }
        }
        if (tag == HR_TAG_VBN && be_before) flags |= HERALD_VG_PASSIVE;
        if (tag == HR_TAG_VBG && be_before) flags = (flags | HERALD_VG_PROGRESSIVE) & ~HERALD_VG_GERUND;
        if (tag == HR_TAG_VBN && have_before) flags |= HERALD_VG_PERFECT;
        k++;
        while (k < s->end && is_particle(s, k)) k++;     /* "called off" */
        break;
    }
    c->flags = flags;
    return k;
}

static int modifier_follows(const scan *s, size_t k);

/* Whether token k is a conjunction that may join two modifiers of one
 * noun: "and", "but", "or". */
static int joins_modifiers(const scan *s, size_t k)
{
    static const char *const words[] = { "and", "but", "or", NULL };
    return tag_at(s, k) == HR_TAG_CC && hr_tok_in(&s->doc->tokens[k], words);
}

/* Whether the word after token k makes a participle at k a modifier:
 * a noun, an adjective or a name ("the besieged town", "by suspected
 * Islamist militants"), or another modifier joined to it ("the
 * internationally backed but largely powerless government"). */
static int noun_follows(const scan *s, size_t k)
{
    size_t after = hr_past_quotes(s->doc->tokens, k + 1, s->end);      /* the "visiting" king */
    int next = tag_at(s, after);
    return is_noun(next) || is_adjective(next) || (after < s->end && s->mention_end[after]) ||
           (joins_modifiers(s, after) && modifier_follows(s, after + 1));
}

/* Whether the adverbs from token k describe a modifier of the noun
 * after them: an adjective or a participle before a noun ("the most
 * feared leaders", "a heavily armed group"). */
static int modifier_follows(const scan *s, size_t k)
{
    while (k < s->end && (tag_at(s, k) == HR_TAG_RB || tag_at(s, k) == HR_TAG_RBS ||
                          tag_at(s, k) == HR_TAG_RBR))
        k++;
    int tag = tag_at(s, k);
    return is_adjective(tag) || ((tag == HR_TAG_VBN || tag == HR_TAG_VBG) && noun_follows(s, k));
}

/* Whether the adverbs from k describe a past participle before a noun
 * ("fired on newly arrived refugees", "backed by heavily guarded
 * convoys"): they open a noun phrase, not a verb group. */
static int adverbs_before_participle(const scan *s, size_t k)
{
    size_t m = past_adverbs(s, k);
    return m > k && tag_at(s, m) == HR_TAG_VBN && noun_follows(s, m);
}

/* Whether the quotation mark at k stands among the modifiers of a noun
 * phrase that goes on after it ('take "all necessary" steps', 'the
 * "so-called" rebels', 'the "visiting" king'): begun before it, with no
 * noun yet, and an adjective, a noun, a name or a participle before a
 * noun after the quotes. */
static int quoted_modifier(const scan *s, size_t k, size_t start, int noun_seen)
{
    if (k == start || noun_seen) return 0;
    k = hr_past_quotes(s->doc->tokens, k, s->end);
    int tag = tag_at(s, k);
    return k < s->end && (is_adjective(tag) || is_noun(tag) || s->mention_end[k] ||
                          ((tag == HR_TAG_VBN || tag == HR_TAG_VBG) && noun_follows(s, k)));
}

/* The end of a quoted name that opens at k right after the phrase's
 * determiner ('the "Stop the War" coalition', 'its "Buy America"
 * rule'): the token after its closing quote, or 0 when none closes near
 * with only words between (a name is short, and a comma or a stop
 * inside makes a quotation of it). */
static size_t quoted_name_end(const scan *s, size_t k, size_t start)
{
    enum { NEAR = 8 };      /* words a quoted name holds at most */
    if (k == start || tag_at(s, k) != HR_TAG_LQUOTE || !is_determiner(tag_at(s, k - 1)) ||
        (tag_at(s, k + 1) != HR_TAG_NNP && tag_at(s, k + 1) != HR_TAG_NNPS))
        return 0;
    for (size_t j = k + 2; j < s->end && j <= k + NEAR; j++) {
        int tag = tag_at(s, j);
        if (tag == HR_TAG_RQUOTE) return j + 1;
        if (tag == HR_TAG_COMMA || tag == HR_TAG_PERIOD || tag == HR_TAG_COLON ||
            tag == HR_TAG_LQUOTE)
            return 0;
    }
    return 0;
}

/* Whether the -ing word at k, after a word tagged prev, is the noun
 * that ends a phrase: "the crossing", "the border crossing is", but not
 * "troops shelling positions". */
static int gerund_ends_phrase(const scan *s, size_t k, int prev)
{
    int next = tag_at(s, k + 1);
    int object_next = is_noun(next) || is_determiner(next) || next == HR_TAG_PRP ||
                      (k + 1 < s->end && s->mention_end[k + 1]);
    int verb_next = next == HR_TAG_VBZ || next == HR_TAG_VBD || next == HR_TAG_VBP ||
                    next == HR_TAG_MD;
    return !object_next &&
           (is_determiner(prev) || is_adjective(prev) || (is_noun(prev) && verb_next));
}

/* The noun phrase (or adjective phrase) from k: its end and head. */
static size_t noun_phrase(const scan *s, size_t k, herald_chunk *c)
{
    int noun_seen = 0, prev = HR_TAG_NONE;
    size_t start = k;
    c->head = (uint32_t)k;
    while (k < s->end) {
        int tag = tag_at(s, k);
        if (s->mention_end[k]) {
            /* "gave Kyiv weapons", but "three soldiers", "Russia's army",
             * "two civilian women" (an adjective mention modifies the next),
             * "20 detained students" (a participle taken in modifies it) */
            if (noun_seen && prev != HR_TAG_POS && prev != HR_TAG_CD && !is_adjective(prev) &&
                prev != HR_TAG_VBN && prev != HR_TAG_VBG)
                break;
            k = s->mention_end[k];
            c->head = (uint32_t)(k - 1);
            noun_seen = 1;
            prev = tag_at(s, k - 1);
            continue;
        }
        size_t name_end = quoted_name_end(s, k, start);
        if (name_end) {
            k = name_end;
            c->head = (uint32_t)(k - 2);
            noun_seen = 1;
            prev = HR_TAG_RQUOTE;
            continue;
        }
        if (hr_is_quote_tag(tag) && quoted_modifier(s, k, start, noun_seen)) {
            k++;
            continue;
        }
        if (tag == HR_TAG_PRP) {                /* a pronoun is a phrase alone */
            if (k == start) { c->head = (uint32_t)k; k++; noun_seen = 1; }
            break;
        }
        int part = is_determiner(tag) || is_adjective(tag) || is_noun(tag) || tag == HR_TAG_POS;
        /* modifiers joined before their noun: "the poor and hungry
         * villagers", "the newly elected but little known president" */
        if (!noun_seen && (is_adjective(prev) || prev == HR_TAG_VBN) && joins_modifiers(s, k))
            part = modifier_follows(s, k + 1);
        if ((tag == HR_TAG_RB || tag == HR_TAG_RBS || tag == HR_TAG_RBR) && !noun_seen)
            part = modifier_follows(s, k);
        /* a participle before a noun: "the besieged town", "20 detained
         * men" (a number counts what the participle describes) */
        if ((tag == HR_TAG_VBN || tag == HR_TAG_VBG) && (!noun_seen || prev == HR_TAG_CD) &&
            k > start)
            part = noun_follows(s, k);
        /* a past participle opening a preposition's object: "by armed men" */
        if ((tag == HR_TAG_VBN || tag == HR_TAG_VBD) && k == start) part = noun_follows(s, k);
        if (tag == HR_TAG_VBG && k > start && !part && gerund_ends_phrase(s, k, prev)) {
            noun_seen = 1;
            c->head = (uint32_t)k;
            prev = HR_TAG_NN;
            k++;
            continue;
        }
        if (!part) break;
        /* after a noun, a determiner or an adjective starts another
         * phrase; not after a possessive, also a mention ("its nuclear
         * sites", "his bitter rival"), nor after a quoted name, which
         * modifies what follows ('the "Green Earth" annual award') */
        if (noun_seen && prev != HR_TAG_POS && prev != HR_TAG_PRPS && prev != HR_TAG_RQUOTE &&
            (is_determiner(tag) || is_adjective(tag)))
            break;
        if (is_noun(tag)) { noun_seen = 1; c->head = (uint32_t)k; }
        prev = tag;
        k++;
    }
    if (!noun_seen) {
        /* "this", "all": a determiner alone stands for a noun, and so
         * do adjectives before a verb ("many died"); else "ready",
         * "responsible" */
        int only_det = 1;
        for (size_t i = start; i < k; i++) only_det &= is_determiner(tag_at(s, i));
        c->kind = only_det || starts_group(s, k) ? HERALD_CHUNK_NP : HERALD_CHUNK_ADJP;
        c->head = (uint32_t)(k - 1);
    }
    return k;
}

/* Whether the words from k make a clause: a subject (with its "of"
 * phrases) and a finite verb ("after [the talks] [collapsed]"). */
static int clause_follows(const scan *s, size_t k)
{
    herald_chunk np = { .kind = HERALD_CHUNK_NP };
    size_t after = noun_phrase(s, k, &np);
    if (after == k || np.kind != HERALD_CHUNK_NP) return 0;
    /* "as hordes of protesters packed the streets" */
    while (after + 1 < s->end && hr_tok_is(&s->doc->tokens[after], "of")) {
        size_t next = noun_phrase(s, after + 1, &np);
        if (next == after + 1 || np.kind != HERALD_CHUNK_NP) return 0;
        after = next;
    }
    return is_finite(tag_at(s, past_adverbs(s, after)));
}

static herald_chunk_kind opener_kind(const scan *s, size_t k)
{
    static const char *const always[] = { "that", "whether", "if", "because", "although",
                                          "though", "unless", "whereas", "while", NULL };
    static const char *const before_clause[] = { "after", "before", "since", "until", "as",
                                                 "once", NULL };
    int tag = tag_at(s, k);
    if (tag == HR_TAG_WDT || tag == HR_TAG_WP || tag == HR_TAG_WPS || tag == HR_TAG_WRB)
        return HERALD_CHUNK_SBAR;
    if (tag == HR_TAG_TO) return HERALD_CHUNK_PP;   /* "to" is in neither list */
    const herald_token *t = &s->doc->tokens[k];
    if (hr_tok_in(t, always)) return HERALD_CHUNK_SBAR;
    if (hr_tok_in(t, before_clause) && clause_follows(s, k + 1)) return HERALD_CHUNK_SBAR;
    return HERALD_CHUNK_PP;
}


/* Whether the verb before token `after` has no object there, as a
 * passive participle has none ("sentenced to life", "convicted last
 * year for": a time phrase is no object). */
static int no_object_at(const herald_doc *doc, const scan *s, size_t after)
{
    static const char *const time_words[] = { "last", "this", "next", "yesterday", "today",
                                              "earlier", NULL };
    if (after < s->end && hr_tok_in(&doc->tokens[after], time_words)) return 1;
    int next = tag_at(s, after);
    return !is_determiner(next) && !is_noun(next) && !is_adjective(next) && next != HR_TAG_PRP &&
           (after >= s->end || !s->mention_end[after]);
}

/* Whether the lone past form at `head`, right after a noun and before a
 * phrase of place or time, is a passive participle on that noun, the
 * subject of the finite verb that follows the phrases: "the state
 * declared in 1983 is recognized by", "weapons seized in the raid were
 * shown".  Only prepositional phrases may stand between: a determiner or
 * a name right after a noun starts a subject of its own ("stated in a
 * letter the army was ready"). */
static int subject_participle(const scan *s, size_t head, size_t k)
{
    const herald_token *t = s->doc->tokens;
    /* the tags first: most past forms are followed by no preposition,
     * which spares them the long list of verbs */
    if (head == 0 || tag_at(s, k) != HR_TAG_IN || !is_noun(tag_at(s, head - 1)) ||
        hr_tok_in(&t[head], CLAUSE_TAKING) || opener_kind(s, k) != HERALD_CHUNK_PP)
        return 0;
    for (; k < s->end; k++) {
        int tag = tag_at(s, k), prev = tag_at(s, k - 1);
        if (tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD ||
            (tag == HR_TAG_VBD && hr_tok_is_be(&t[k], HR_BE_ANY)))
            return 1;
        if (tag == HR_TAG_IN) {
            if (opener_kind(s, k) != HERALD_CHUNK_PP) return 0;
            continue;
        }
        if ((is_determiner(tag) || s->mention_end[k]) && prev != HR_TAG_IN &&
            !is_determiner(prev) && !is_adjective(prev))
            return 0;
        if (!is_noun(tag) && !is_adjective(tag) && !is_determiner(tag) && tag != HR_TAG_RB &&
            tag != HR_TAG_POS && !s->mention_end[k])
            return 0;
    }
    return 0;
}

/* Whether the lone past form of verb group c, which ends at `after`, is
 * a passive participle opening a reduced relative clause on the object
 * of the verb before it: "pardoned a man sentenced to life", "freed a
 * man convicted last year".  Two finite verbs do not follow each other
 * without a conjunction, unless the first takes a clause ("said the
 * army fired on"); and such a participle has no object of its own. */
static int object_participle(const herald_doc *doc, const scan *s, size_t sentence_first_chunk,
                             const herald_chunk *c, size_t after)
{
    size_t n = doc->chunk_count;
    if (n < sentence_first_chunk + 2) return 0;
    const herald_chunk *np = &doc->chunks[n - 1], *vg = &doc->chunks[n - 2];
    if (np->kind != HERALD_CHUNK_NP || vg->kind != HERALD_CHUNK_VG ||
        np->first_token + np->token_count != c->first_token ||
        vg->first_token + vg->token_count != np->first_token ||
        (vg->flags & (HERALD_VG_PASSIVE | HERALD_VG_INFINITIVE | HERALD_VG_GERUND)) ||
        hr_tok_in(&doc->tokens[vg->head], CLAUSE_TAKING))
        return 0;
    return no_object_at(doc, s, after);
}

/* Whether verb group chunk c is non-finite: an infinitive, a gerund or
 * a bare base form ("to \"revise\"", "help rebuild"), which opens no
 * clause of its own with a subject. */
static int non_finite(const scan *s, const herald_chunk *c)
{
    return c->kind == HERALD_CHUNK_VG &&
           ((c->flags & (HERALD_VG_INFINITIVE | HERALD_VG_GERUND)) ||
            tag_at(s, c->first_token) == HR_TAG_VB);
}

/* Whether the tokens from `from` up to `to` are quotation marks alone
 * (or none): "to \"revise its cooperation\" with" keeps its phrases in a
 * row, as a comma or a conjunction would not. */
static int quotes_between(const scan *s, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (tag_at(s, k) != HR_TAG_LQUOTE && tag_at(s, k) != HR_TAG_RQUOTE) return 0;
    return 1;
}

/* Whether the chunks from `from` back to the one after chunk `stop`
 * are phrases in a row (noun phrases, prepositions, adverbs, infinitives
 * and gerunds, no comma or conjunction between) that the finite verb
 * group `stop` governs, not one that takes a clause: "demanded custody
 * of a marine", "arrested members of a gang", "sent a team to recover
 * the remains of an expert", "approved a bill obliging the government to
 * act", "criticized for not attending funerals of soldiers". */
static int governed_phrases(const herald_doc *doc, const scan *s, size_t stop, size_t from)
{
    const herald_chunk *ch = doc->chunks;
    for (size_t i = from; i > stop; i--) {
        int link = ch[i].kind == HERALD_CHUNK_NP || ch[i].kind == HERALD_CHUNK_PP ||
                   ch[i].kind == HERALD_CHUNK_ADVP || non_finite(s, &ch[i]);
        if (!link || !quotes_between(s, ch[i - 1].first_token + ch[i - 1].token_count,
                                     ch[i].first_token))
            return 0;
    }
    const herald_chunk *vg = &ch[stop];
    return vg->kind == HERALD_CHUNK_VG && !non_finite(s, vg) &&
           is_finite(tag_at(s, vg->first_token)) &&
           !hr_tok_in(&doc->tokens[vg->head], CLAUSE_TAKING);
}

/* Whether the lone past form of verb group c is a passive participle on
 * the object of a preposition: before "by" ("killed by a missile fired
 * by Israeli jets"), or with no object of its own in a phrase a finite
 * verb governs ("demanded custody of a marine sentenced to 40 years",
 * "arrested members of a gang wanted for murder").  No finite verb
 * follows a preposition's object (a clause after a preposition opens
 * with "after", "as" ..., an SBAR chunk). */
static int prepositional_participle(const herald_doc *doc, const scan *s,
                                    size_t sentence_first_chunk, const herald_chunk *c, size_t after)
{
    size_t n = doc->chunk_count;
    if (n < sentence_first_chunk + 2 || after >= s->end) return 0;
    const herald_chunk *np = &doc->chunks[n - 1], *pp = &doc->chunks[n - 2];
    if (np->kind != HERALD_CHUNK_NP || pp->kind != HERALD_CHUNK_PP ||
        np->first_token + np->token_count != c->first_token ||
        pp->first_token + pp->token_count != np->first_token)
        return 0;
    if (hr_tok_is(&doc->tokens[after], "by")) return 1;
    if (!no_object_at(doc, s, after)) return 0;
    for (size_t i = n - 2; i-- > sentence_first_chunk;)
        if (doc->chunks[i].kind == HERALD_CHUNK_VG && !non_finite(s, &doc->chunks[i]))
            return governed_phrases(doc, s, i, n - 1);
    return 0;
}

/* Whether the tokens from `from` up to `to`, between two chunks, hold
 * a comma or a semicolon, which ends a clause. */
static int clause_break_between(const herald_token *t, size_t from, size_t to)
{
    for (size_t k = from; k < to; k++)
        if (hr_tok_in(&t[k], (const char *const[]){ ",", ";", NULL })) return 1;
    return 0;
}

/* The verb group that the group at chunk c, whose first token is
 * `first`, is joined to by the "and" or "or" right before it: the
 * nearest one back in the same clause, or -1. */
static long joined_group(const herald_doc *doc, uint32_t sentence, size_t c, size_t first)
{
    enum { NEAR = 10 };     /* at most, from "and" back to the other group's last token */
    const herald_chunk *ch = doc->chunks;
    if (c == 0 || ch[c - 1].sentence != sentence ||
        ch[c - 1].first_token + ch[c - 1].token_count != first - 1 ||
        !hr_tok_in(&doc->tokens[first - 1], (const char *const[]){ "and", "or", NULL }))
        return -1;
    for (size_t i = c; i-- > 0 && ch[i].sentence == sentence;) {
        if (ch[i].first_token + ch[i].token_count + NEAR < first) return -1;
        if (ch[i].kind == HERALD_CHUNK_VG) return (long)i;
        if (i > 0 && ch[i - 1].sentence == sentence &&
            clause_break_between(doc->tokens, ch[i - 1].first_token + ch[i - 1].token_count,
                                 ch[i].first_token))
            return -1;
    }
    return -1;
}

int hr_follows_joined_passive(const herald_doc *doc, uint32_t sentence, size_t c, size_t first)
{
    long i = joined_group(doc, sentence, c, first);
    const herald_chunk *ch = doc->chunks;
    return i >= 0 && (ch[i].flags & HERALD_VG_PASSIVE) &&
           ((size_t)i == c - 1 || ch[i].head != ch[i].first_token);
}

/* The flags a lone participle shares with the perfect it is joined to,
 * when it has an object of its own ("had captured the town and taken
 * over the airport", "has raised prices and given no reason"): it is
 * that perfect's second verb, not a passive.  0 for any other group. */
static unsigned joined_perfect(const herald_doc *doc, const scan *s, uint32_t sentence,
                               const herald_chunk *c, size_t after)
{
    if (c->flags != HERALD_VG_PASSIVE || tag_at(s, c->first_token) != HR_TAG_VBN ||
        no_object_at(doc, s, after))
        return 0;
    long i = joined_group(doc, sentence, doc->chunk_count, c->first_token);
    unsigned flags = i >= 0 ? doc->chunks[i].flags : 0;
    return (flags & HERALD_VG_PERFECT) && !(flags & HERALD_VG_PASSIVE) ? flags : 0;
}

/* Whether the lone past form of verb group c, which ends at `after`,
 * shares the "be" of a passive group joined to it by "and" or "or":
 * "were knifed and shot to death", "was arrested and charged with
 * murder", "were beaten by police and arrested", "were beaten and shot
 * dead" (an adjective with no noun is a complement).  A past form with
 * an object of its own is active: "was attacked and lost two vehicles";
 * so is one whose object is an infinitive, "were dismissed and
 * threatened to strike", but for a verb that asks someone to act, whose
 * passive is followed by one: "were arrested and ordered to leave".
 * (A lone past participle is passive already.) */
static int joined_passive(const herald_doc *doc, const scan *s, uint32_t sentence,
                          const herald_chunk *c, size_t after)
{
    if (tag_at(s, after) == HR_TAG_TO && tag_at(s, after + 1) == HR_TAG_VB &&
        !hr_tok_asks_to_act(&doc->tokens[c->head]))
        return 0;
    if (!hr_follows_joined_passive(doc, sentence, doc->chunk_count, c->first_token))
        return 0;
    if (is_adjective(tag_at(s, after)) && !is_noun(tag_at(s, after + 1)) &&
        !is_adjective(tag_at(s, after + 1)))
        after++;
    return no_object_at(doc, s, after);
}

/* Whether the past form at k, right after a preposition, modifies the
 * noun after it: "abducted by unknown gunmen", "burned by suspected
 * militants", "clashes with armed groups".  A preposition's object is a
 * noun phrase, never a finite verb. */
static int participle_after_preposition(const herald_doc *doc, const scan *s,
                                        size_t sentence_first_chunk, size_t k)
{
    int tag = tag_at(s, k);
    if ((tag != HR_TAG_VBN && tag != HR_TAG_VBD) || doc->chunk_count <= sentence_first_chunk)
        return 0;
    const herald_chunk *pp = &doc->chunks[doc->chunk_count - 1];
    return pp->kind == HERALD_CHUNK_PP && pp->first_token + pp->token_count == k &&
           noun_follows(s, k);
}

/* Whether verb group c, which ends at `after`, is a lone past form
 * read as a passive participle by any of the rules above.  The form is
 * asked once here (its lexicon probe is not cheap), not by each rule. */
static int passive_past_form(const herald_doc *doc, const scan *s, size_t sentence_first_chunk,
                             uint32_t sentence, const herald_chunk *c, size_t after)
{
    return lone_past_form(s, c) &&
           (reduced_relative(s, after) || subject_participle(s, c->head, after) ||
            object_participle(doc, s, sentence_first_chunk, c, after) ||
            prepositional_participle(doc, s, sentence_first_chunk, c, after) ||
            joined_passive(doc, s, sentence, c, after));
}

static void chunk_sentence(herald_doc *doc, const scan *s, uint32_t index, size_t k)
{
    size_t first_chunk = doc->chunk_count;
    while (k < s->end) {
        int tag = tag_at(s, k);
        herald_chunk c = { .sentence = index, .first_token = (uint32_t)k, .head = (uint32_t)k };
        size_t next = k + 1;
        if (s->mention_end[k] || is_determiner(tag) || is_adjective(tag) || is_noun(tag) ||
            tag == HR_TAG_PRP || participle_after_preposition(doc, s, first_chunk, k) ||
            ((tag == HR_TAG_RB || tag == HR_TAG_RBS || tag == HR_TAG_RBR) &&
             adverbs_before_participle(s, k))) {
            c.kind = HERALD_CHUNK_NP;
            next = noun_phrase(s, k, &c);
        } else if (starts_group(s, k)) {
            c.kind = HERALD_CHUNK_VG;
            next = verb_group(s, k, &c);
            unsigned shared;
            if (passive_past_form(doc, s, first_chunk, index, &c, next))
                c.flags = HERALD_VG_PASSIVE;
            else if ((shared = joined_perfect(doc, s, index, &c, next)) != 0)
                c.flags = shared;
        } else if (tag == HR_TAG_IN || tag == HR_TAG_TO || tag == HR_TAG_WDT ||
                   tag == HR_TAG_WP || tag == HR_TAG_WPS || tag == HR_TAG_WRB) {
            c.kind = opener_kind(s, k);
        } else if (tag == HR_TAG_RB && hr_tok_is(&doc->tokens[k], "once") &&
                   clause_follows(s, k + 1)) {
            c.kind = HERALD_CHUNK_SBAR;     /* "once(RB) the rebels disarm" */
        } else if (tag == HR_TAG_RB || tag == HR_TAG_RBR || tag == HR_TAG_RBS) {
            c.kind = HERALD_CHUNK_ADVP;
            while (next < s->end && (tag_at(s, next) == HR_TAG_RB || tag_at(s, next) == HR_TAG_RBR))
                next++;
            c.head = (uint32_t)(next - 1);
        }
        if (next <= k) next = k + 1;    /* never stand still */
        if (c.kind) {
            c.token_count = (uint32_t)(next - k);
            doc->chunks[doc->chunk_count++] = c;
        }
        k = next;
    }
}

int hr_find_chunks(herald_doc *doc)
{
    doc->chunk_count = 0;
    if (doc->ctx->no_tags || !doc->token_count) return 0;
    doc->chunks = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *doc->chunks);
    uint32_t *mention_end = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *mention_end);
    if (!doc->chunks || !mention_end) return HERALD_ENOMEM;
    memset(mention_end, 0, doc->token_count * sizeof *mention_end);
    for (size_t m = 0; m < doc->actor_count; m++) {
        const herald_actor *a = &doc->actors[m];
        uint32_t end = a->first_token + a->token_count;
        if (a->token_count && end > mention_end[a->first_token]) mention_end[a->first_token] = end;
    }
    for (size_t i = 0; i < doc->sentence_count; i++) {
        const herald_sentence *sen = &doc->sentences[i];
        if (sen->kind != HERALD_SENTENCE) continue;
        scan s = { doc, sen->first_token + sen->token_count, mention_end };
        chunk_sentence(doc, &s, (uint32_t)i, sen->first_token);
    }
    return 0;
}

size_t herald_doc_chunk_count(const herald_doc *doc)
{
    return doc ? doc->chunk_count : 0;
}

const herald_chunk *herald_doc_chunk(const herald_doc *doc, size_t i)
{
    return doc && i < doc->chunk_count ? &doc->chunks[i] : NULL;
}

const char *herald_chunk_kind_name(herald_chunk_kind kind)
{
    static const char *const names[] = { "", "NP", "VG", "PP", "ADJP", "ADVP", "SBAR" };
    return (unsigned)kind < sizeof names / sizeof *names ? names[kind] : "";
}

/* Appends to buf[*n] as snprintf would, counting what does not fit. */
static void put(char *buf, size_t size, size_t *n, const char *s, size_t len)
{
    if (*n < size) memcpy(buf + *n, s, *n + len < size ? len : size - *n);
    *n += len;
}

size_t herald_doc_chunk_text(const herald_doc *doc, size_t s, char *buf, size_t size)
{
    static const char *const flag_names[] = { "past", "future", "negated", "modal", "passive",
                                              "perfect", "progressive", "infinitive", "gerund" };
    size_t n = 0;
    if (!doc || s >= doc->sentence_count) {
        if (size) buf[0] = '\0';
        return 0;
    }
    const herald_sentence *sen = &doc->sentences[s];
    size_t c = 0;
    while (c < doc->chunk_count && doc->chunks[c].sentence < s) c++;
    for (size_t k = sen->first_token; k < sen->first_token + sen->token_count; k++) {
        const herald_token *t = &doc->tokens[k];
        const herald_chunk *ch = c < doc->chunk_count && doc->chunks[c].sentence == s &&
                                         doc->chunks[c].first_token == k
                                     ? &doc->chunks[c] : NULL;
        if (k > sen->first_token) put(buf, size, &n, " ", 1);
        if (ch) {
            put(buf, size, &n, "[", 1);
            put(buf, size, &n, herald_chunk_kind_name(ch->kind), strlen(herald_chunk_kind_name(ch->kind)));
            put(buf, size, &n, " ", 1);
        }
        put(buf, size, &n, doc->article.text + t->start, t->end - t->start);
        const herald_chunk *open = c < doc->chunk_count && doc->chunks[c].sentence == s &&
                                           doc->chunks[c].first_token <= k
                                       ? &doc->chunks[c] : NULL;
        if (open && k + 1 == open->first_token + open->token_count) {
            if (open->kind == HERALD_CHUNK_VG && open->flags) {
                put(buf, size, &n, " |", 2);
                for (size_t f = 0; f < sizeof flag_names / sizeof *flag_names; f++)
                    if (open->flags & (1u << f)) {
                        put(buf, size, &n, " ", 1);
                        put(buf, size, &n, flag_names[f], strlen(flag_names[f]));
                    }
            }
            put(buf, size, &n, "]", 1);
            c++;
        }
    }
    if (size) buf[n < size ? n : size - 1] = '\0';
    return n;
}

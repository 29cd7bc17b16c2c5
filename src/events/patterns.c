/* patterns.c - matching a verb's patterns around it: each word as
 * itself, a stem (four letters or more) or a singular, looked up in the
 * sentence's word index (word_index.h) rather than scanned; synonym sets
 * (memoised per sentence), words tied by '_', the $ and + sides, ^ over
 * a noun phrase, the words of names (name_ok).  A pattern's words after
 * the verb are looked for in the verb's clause, those before it from the
 * clause's start. */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether token k matches pattern word e: the word itself, a word it
 * is the stem of (stems of four letters or more), or its singular
 * (word_index.h); an exact word ("press!") only itself and its
 * inflections. */
static int word_matches(const sent *s, size_t k, const hr_elem *e)
{
    return hr_word_index_has(&s->words, hr_word_index_get(&s->words, hr_elem_key(e)), k);
}

/* The first token from k on whose bit is set in mask m (as in
 * s->words) and where a match may start (hr_mark_name_words), or
 * s->end. */
static size_t next_hit(const sent *s, const uint64_t *m, size_t k)
{
    if (!m || k >= s->end) return s->end;
    size_t b = k - s->begin;
    for (size_t w = b / 64; w < s->words.words; w++) {
        uint64_t bits = m[w] & ~s->names[w];
        if (w == b / 64) bits &= ~(uint64_t)0 << (b % 64);
        if (bits) return s->begin + w * 64 + (size_t)__builtin_ctzll(bits);
    }
    return s->end;
}

/* The last token before k whose bit is set in m and where a match may
 * start, or SIZE_MAX. */
static size_t previous_hit(const sent *s, const uint64_t *m, size_t k)
{
    if (!m || k <= s->begin) return SIZE_MAX;
    size_t b = k - s->begin;        /* bits below b */
    for (size_t w = (b - 1) / 64 + 1; w-- > 0;) {
        uint64_t bits = m[w] & ~s->names[w];
        if (w == (b - 1) / 64 && (b % 64)) bits &= ((uint64_t)1 << (b % 64)) - 1;
        if (bits) return s->begin + w * 64 + 63 - (size_t)__builtin_clzll(bits);
    }
    return SIZE_MAX;
}

/* Whether stamps[set] already holds the sentence's stamp; sets it.  The
 * per-set memos are cleared lazily, on their first use in a sentence:
 * clearing them all for every sentence cost more than the matching. */
static int stamped(const sent *s, uint32_t *stamps, uint32_t set)
{
    if (stamps[set] == s->stamp) return 1;
    stamps[set] = s->stamp;
    return 0;
}

/* The tokens where a member of synonym set `set` may start: the tokens
 * its start keys match (hr_fill_synset_starts), all tokens when a member
 * may start anywhere, none when the sentence holds no start key. */
static const uint64_t *synset_starts(const sent *s, uint32_t set)
{
    uint64_t *m = &s->synset_starts[(size_t)set * s->words.words];
    if (!stamped(s, s->synset_started, set))
        memset(m, s->d->verbs.synsets[set].any_start ? 0xff : 0, s->words.words * sizeof *m);
    return m;
}

/* Works out, from the words of the sentence's index, the tokens where
 * each set they start may start.  The other way (each set probing the
 * index for its start keys, a hundred for some) cost more: most keys
 * miss. */
void hr_fill_synset_starts(sent *s)
{
    const hr_word_index *ix = &s->words;
    const hr_verbs *v = &s->d->verbs;
    for (size_t i = 0; i < ix->filled_count; i++) {
        size_t slot = ix->filled[i];
        const hr_starter *st = hr_verbs_starter(v, ix->keys[slot]);
        if (!st) continue;
        const uint64_t *from = &ix->masks[slot * ix->words];
        for (uint32_t j = 0; j < st->count; j++) {
            uint32_t set = v->starters[st->first + j];
            uint64_t *m = &s->synset_starts[(size_t)set * ix->words];
            int first = !stamped(s, s->synset_started, set);
            for (size_t w = 0; w < ix->words; w++) m[w] = (first ? 0 : m[w]) | from[w];
        }
    }
}

static int elem_matches(const sent *s, size_t k, const hr_elem *e, size_t *len, int depth);

/* Whether the synonym set matches at k (a member's words in a row). */
static int synset_matches_at(const sent *s, size_t k, uint32_t set, size_t *len, int depth)
{
    const hr_verbs *v = &s->d->verbs;
    if (set >= v->synset_count || depth > 4 || k >= s->end) return 0;
    /* no member starts at k unless a start key of the set matches there:
     * one bit spares a long set its members */
    if (!hr_word_index_has(&s->words, synset_starts(s, set), k)) return 0;
    const hr_synset *ss = &v->synsets[set];
    for (uint32_t m = 0; m < ss->member_count; m++) {
        const hr_member *mem = &v->members[ss->first_member + m];
        const hr_elem *first = &v->elems[mem->first_elem];
        /* most members start with a word the token is not: one lookup,
         * without the general match, turns them away */
        if (mem->elem_count && first->type == HR_EL_WORD && !word_matches(s, k, first)) continue;
        size_t pos = k, ok = mem->elem_count > 0;
        for (uint32_t e = 0; e < mem->elem_count && ok; e++) {
            size_t l;
            if (e > 0) pos = hr_past_quotes(s->doc->tokens, pos, s->end);
            if (pos >= s->end || !elem_matches(s, pos, &v->elems[mem->first_elem + e], &l, depth + 1))
                ok = 0;
            else
                pos += l;
        }
        if (ok) { *len = pos - k; return 1; }
    }
    return 0;
}

/* Patterns try the same sets at the same tokens over and over (every
 * pattern of every verb scans to the end of the sentence), so the answers
 * of the outermost calls are remembered for the sentence. */
static int synset_matches(const sent *s, size_t k, uint32_t set, size_t *len, int depth)
{
    if (depth > 0 || set >= s->d->verbs.synset_count || k < s->begin || k >= s->end)
        return synset_matches_at(s, k, set, len, depth);
    uint8_t *row = &s->synset_memo[(size_t)set * (s->end - s->begin)];
    if (!stamped(s, s->synset_memo_stamp, set)) memset(row, 0, s->end - s->begin);
    uint8_t *memo = &row[k - s->begin];
    if (!*memo) {
        size_t l = 0;
        int found = synset_matches_at(s, k, set, &l, depth);
        *memo = (uint8_t)(found && l < 254 ? 1 + l : 1);
    }
    *len = *memo > 1 ? (size_t)*memo - 1 : 0;
    return *memo > 1;
}

int hr_is_name(const herald_actor *a)
{
    return a->kind == HERALD_ACTOR_NAMED || a->kind == HERALD_ACTOR_PERSON;
}

/* Whether token t is a lower-case common noun or adjective. */
static int common_word(const herald_doc *d, const herald_token *t)
{
    return (t->tag == HR_TAG_NN || t->tag == HR_TAG_NNS || t->tag == HR_TAG_JJ ||
            t->tag == HR_TAG_VBG) && hr_tok_first(d, t) == HR_C_LOWER;
}

/* The first of the lower-case common words mention a ends in ("UN
 * peacekeepers", "Turkish troops"), or its end when it ends in none. */
static size_t common_tail(const herald_doc *d, const herald_actor *a)
{
    size_t k = a->first_token + a->token_count;
    while (k > a->first_token && common_word(d, &d->tokens[k - 1])) k--;
    return k;
}

/* Whether token k is the ruler's title a person's name opens with
 * ("withdraw support for President Gloria Arroyo"): an office word, read
 * as the role words of "Turkish troops" are. */
static int leading_title(const herald_doc *d, const herald_actor *a, size_t k)
{
    static const char *const rulers[] = { "president", "premier", "king", "queen", "emir",
                                          "sultan", "chancellor", NULL };
    return a->kind == HERALD_ACTOR_PERSON && k == a->first_token &&
           hr_tok_in(&d->tokens[k], rulers);
}

/* Whether a match of a pattern's word at k..k+len may stand there.  The
 * words of a name ("Rapid Support Forces", "Human Rights Watch",
 * "relief agency Oxfam International") are no words of a pattern, but a
 * pattern's word may be the whole name ("unifil", "un troops") and the
 * lower-case nouns a name ends in are words ("UN peacekeepers", "EU
 * foreign ministers"), as role words are ("captured soldiers",
 * "Turkish troops"). */
static int name_ok(const sent *s, size_t k, size_t len)
{
    long o = s->owner[k];
    if (o < 0 || !hr_is_name(&s->doc->actors[o])) return 1;
    const herald_actor *a = &s->doc->actors[o];
    return k >= common_tail(s->doc, a) ||
           (k == a->first_token && k + len >= a->first_token + a->token_count) ||
           leading_title(s->doc, a, k);
}

/* Sets in s->names the tokens of names where no match of a pattern's word
 * may start (name_ok): all but a name's first word and the common words
 * it ends in. */
void hr_mark_name_words(sent *s)
{
    const herald_doc *d = s->doc;
    for (size_t m = s->first_actor; m < s->actor_end; m++) {
        const herald_actor *a = &d->actors[m];
        if (!hr_is_name(a)) continue;
        for (size_t k = a->first_token + 1, end = common_tail(d, a); k < end; k++)
            s->names[(k - s->begin) / 64] |= (uint64_t)1 << ((k - s->begin) % 64);
    }
}

static int elem_matches(const sent *s, size_t k, const hr_elem *e, size_t *len, int depth)
{
    *len = 1;
    int found = 0;
    if (e->type == HR_EL_WORD) found = e->value != HR_NONE && word_matches(s, k, e);
    else if (e->type == HR_EL_SYNSET) found = synset_matches(s, k, e->value, len, depth);
    return found && (depth > 0 || name_ok(s, k, *len));
}


/* The token after the noun phrase at k, which a pattern's ^ skips: its
 * determiners and adjectives, then a mention or a run of nouns ("IN ^
 * WITH +": "in Osgiliath with ..."); k when no noun phrase starts there. */
static size_t skip_phrase(const sent *s, size_t k)
{
    const herald_token *tk = s->doc->tokens;
    size_t i = k;
    while (i < s->end && s->owner[i] < 0 &&
           (tk[i].tag == HR_TAG_DT || tk[i].tag == HR_TAG_JJ || tk[i].tag == HR_TAG_CD ||
            tk[i].tag == HR_TAG_PRPS || hr_is_quote_tag(tk[i].tag)))
        i++;
    if (i < s->end && s->owner[i] >= 0) {
        const herald_actor *a = &s->doc->actors[s->owner[i]];
        return a->first_token + a->token_count;
    }
    size_t n = i;
    while (n < s->end && s->owner[n] < 0 && hr_tag_is_noun(tk[n].tag)) n++;
    return n > i ? n : k;
}

/* Whether token k is the "to" of an infinitive ("rallied outside the
 * embassy to urge the Netherlands"), which is no "to" of a pattern's
 * "* to +": that one names whom the act goes to.  (After what is sent,
 * "* &troops to +", it may be the purpose: "sent troops to assist X".) */
static int infinitive_to(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    return hr_tok_is(&s->doc->tokens[k], "to") && c >= 0 &&
           s->doc->chunks[c].kind == HERALD_CHUNK_VG;
}

/* Whether token k, matched by the pattern word just before the verb at
 * vstart, is a "to" that cannot govern it: "agreed to *" reads an
 * infinitive ("agreed to meet", "to lay flowers and meet X"), never a
 * finite verb joined after one ("in a bid to soften X's stance and met
 * Y"). */
static int foreign_to(const sent *s, size_t k, size_t vstart)
{
    long own = s->chunk_of[vstart];
    return hr_tok_is(&s->doc->tokens[k], "to") && own >= 0 && s->chunk_of[k] != own &&
           hr_finite_group(s, own);
}

/* Whether token k stands in the noun phrase after a preposition of
 * occasion ("promised aid during a visit", "signed the deal amid
 * protests"): it names when the act was done, not what it is, so the
 * words of a pattern after the verb are not read there (nor does a
 * negation before it reach the event it names: hr_modality). */
int hr_in_occasion_phrase(const sent *s, size_t k)
{
    static const char *const occasions[] = { "during", "amid", "amidst", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    if (c < 1 || ch[c].kind != HERALD_CHUNK_NP || ch[c - 1].kind != HERALD_CHUNK_PP) return 0;
    return hr_tok_in(&s->doc->tokens[ch[c - 1].first_token], occasions);
}

/* Whether mask m has a bit for a token in [from, to). */
static int any_bit_in(const sent *s, const uint64_t *m, size_t from, size_t to)
{
    if (!m || from >= to) return 0;
    size_t b = from - s->begin, e = to - s->begin;
    for (size_t w = b / 64; w <= (e - 1) / 64; w++) {
        uint64_t bits = m[w];
        if (w == b / 64) bits &= ~(uint64_t)0 << (b % 64);
        if (w == (e - 1) / 64 && e % 64) bits &= ((uint64_t)1 << (e % 64)) - 1;
        if (bits) return 1;
    }
    return 0;
}

/* Whether the pattern's anchor (hr_pattern) may stand between the verb's
 * end and `scope`: a quick test that turns most patterns of a verb away
 * before they are matched element by element.  The callers ask it once
 * for a run of patterns sharing the anchor (hr_pattern.anchor_run). */
static int anchor_in_scope(const sent *s, const hr_pattern *p, size_t vend, size_t scope)
{
    if (p->anchor >= p->elem_count) return 1;
    const hr_elem *a = &s->d->verbs.elems[p->first_elem + p->anchor];
    const uint64_t *m = a->type == HR_EL_WORD ? hr_word_index_get(&s->words, hr_elem_key(a))
                                              : synset_starts(s, a->value);
    return any_bit_in(s, m, vend, scope);
}

/* Whether mention m's noun phrase starts at token k: only a
 * determiner, a number, adjectives, a participle or quotes stand between
 * ("*_+" reads "received the visiting Japanese minister", not "received
 * requests from Kosovo"). */
static int opens_phrase_of(const sent *s, size_t k, long m)
{
    const herald_token *t = s->doc->tokens;
    for (; k < s->doc->actors[m].first_token; k++)
        if (s->owner[k] >= 0 ||
            !(t[k].tag == HR_TAG_DT || t[k].tag == HR_TAG_CD || t[k].tag == HR_TAG_JJ ||
              t[k].tag == HR_TAG_VBG || t[k].tag == HR_TAG_PRPS || hr_is_quote_tag(t[k].tag)))
            return 0;
    return 1;
}

/* The subject "$ *" reads: the verb's, as the verb without a pattern
 * finds it (over relative clauses and places); for a verb joined by
 * "and" or "but" to the one before ("attacked police and stormed
 * banks"), that verb's subject, not its object. */
static long subject_before(const sent *s, size_t vstart)
{
    size_t group = hr_group_start(s, vstart);
    long subject;
    if (group > s->begin && s->owner[group - 1] < 0 && hr_coordinated_verb(s, group - 1) &&
        hr_joined_clause_subject(s, vstart, &subject) && subject >= 0)
        return subject;
    return hr_mention_before(s, vstart);
}

#define VERB_ASIDE_REACH 16  /* tokens of an aside between a subject and its verb */

/* Where the words of a pattern before the finite verb at vstart are
 * looked for from: before an aside set off by commas that opens with a
 * participle or "which"/"who" and ends right before the verb's group
 * ("Israel's offensive, launched to stamp out rocket attacks, killed"
 * has no rocket that killed), else vstart.  The aside tells about the
 * subject; its words are no part of the verb's act. */
static size_t before_verb_aside(const sent *s, size_t vstart)
{
    const herald_token *t = s->doc->tokens;
    long own = s->chunk_of[vstart];
    if (own < 0 || !hr_finite_group(s, own)) return vstart;   /* ", repeal the tax" goes on a list */
    size_t close = hr_group_start(s, vstart);
    while (close > s->begin && t[close - 1].tag == HR_TAG_RB) close--;
    if (close < s->begin + 3 || !hr_tok_is(&t[close - 1], ",")) return vstart;
    for (size_t open = close - 2; open > s->begin && close - open <= VERB_ASIDE_REACH; open--) {
        if (!hr_tok_is(&t[open], ",")) continue;
        int tag = t[open + 1].tag;
        /* a participle the tagger may read as a past tense: ", launched to" */
        int opener = tag == HR_TAG_VBN || tag == HR_TAG_VBD || tag == HR_TAG_VBG ||
                     tag == HR_TAG_WDT || tag == HR_TAG_WP;
        return opener && hr_tag_is_noun(t[open - 1].tag) ? open : vstart;
    }
    return vstart;
}

/* The pattern's match around the verb at vstart..vend; its words after
 * the verb are looked for before token `scope` (pattern_scope_end), its
 * words before it from token `first` (pattern_scope_start). */
hit hr_match_pattern(const sent *s, const hr_pattern *p, size_t vstart, size_t vend,
                         size_t first, size_t scope)
{
    const hr_verbs *v = &s->d->verbs;
    const hr_elem *e = v->elems + p->first_elem;
    hit h = { 0, 0, -1, -1, vend, -1, 0 };
    size_t verb = p->verb;
    /* After the verb: each word in order, gaps allowed. */
    size_t pos = vend;
    for (size_t i = verb + 1; i < p->elem_count; i++) {
        if (e[i].type == HR_EL_WORD || e[i].type == HR_EL_SYNSET) {
            size_t k, len = 1;
            if (e[i].joined) {
                /* A word tied by '_' to the one before must follow it at once. */
                k = hr_past_quotes(s->doc->tokens, pos, s->end);
                if (k >= scope || !elem_matches(s, k, &e[i], &len, 0)) k = scope;
            } else if (e[i].type == HR_EL_WORD) {
                const uint64_t *m = hr_word_index_get(&s->words, hr_elem_key(&e[i]));
                int to_target = i == verb + 1 && i + 1 < p->elem_count &&
                                e[i + 1].type == HR_EL_TARGET;
                for (k = next_hit(s, m, pos);
                     k < scope && ((to_target && infinitive_to(s, k)) || !name_ok(s, k, 1) ||
                                   hr_in_occasion_phrase(s, k));)
                    k = next_hit(s, m, k + 1);
            } else {
                const uint64_t *starts = synset_starts(s, e[i].value);
                for (k = next_hit(s, starts, pos); k < scope; k = next_hit(s, starts, k + 1))
                    if (synset_matches(s, k, e[i].value, &len, 0) && name_ok(s, k, len) &&
                        !hr_in_occasion_phrase(s, k))
                        break;
            }
            if (k >= scope) return HR_NO_HIT;
            pos = k + len;
            h.score++;
        } else if (e[i].type == HR_EL_SKIP) {
            size_t k = skip_phrase(s, pos);
            if (k == pos) return HR_NO_HIT;
            pos = k;
        } else if (e[i].type == HR_EL_TARGET || e[i].type == HR_EL_SOURCE) {
            /* in the verb's clause, and before a comma */
            size_t comma = hr_clause_end(s, pos);
            size_t role = hr_unnamed_apposition(s, pos, comma);   /* "with Ismail, army chief" */
            if (role) comma = hr_clause_end(s, role);
            long m = hr_mention_from(s, pos, comma < scope ? comma : scope);
            if (m < 0 || (e[i].joined && !opens_phrase_of(s, pos, m))) return HR_NO_HIT;
            if (e[i].type == HR_EL_TARGET) h.target = m;
            else h.source = m;
            /* A word after the side may be the noun its mention ends in:
             * "reviewed the troops" is read by "* + troops". */
            pos = i + 1 < p->elem_count && !e[i + 1].joined &&
                          (e[i + 1].type == HR_EL_WORD || e[i + 1].type == HR_EL_SYNSET)
                      ? common_tail(s->doc, &s->doc->actors[m])
                      : s->doc->actors[m].first_token + s->doc->actors[m].token_count;
        }
    }
    h.end = pos;
    /* Before the verb: backwards, in reverse order. */
    pos = verb > 0 && (e[verb - 1].type == HR_EL_WORD || e[verb - 1].type == HR_EL_SYNSET)
              ? before_verb_aside(s, vstart)
              : vstart;
    for (size_t i = verb; i-- > 0;) {
        if (e[i].type == HR_EL_WORD || e[i].type == HR_EL_SYNSET) {
            size_t k, len = 0;
            int found = 0;
            if (e[i + 1].joined) {
                /* tied by '_' to the word after it: it must end there */
                for (k = pos; k > first && !found;) {
                    k--;
                    found = elem_matches(s, k, &e[i], &len, 0) &&
                            hr_past_quotes(s->doc->tokens, k + len, s->end) == pos;
                }
            } else if (e[i].type == HR_EL_WORD) {
                const uint64_t *m = hr_word_index_get(&s->words, hr_elem_key(&e[i]));
                for (k = previous_hit(s, m, pos); k != SIZE_MAX && k >= first && !name_ok(s, k, 1);)
                    k = previous_hit(s, m, k);
                found = k != SIZE_MAX && k >= first;
            } else {
                const uint64_t *starts = synset_starts(s, e[i].value);
                for (k = previous_hit(s, starts, pos); k != SIZE_MAX && k >= first;
                     k = previous_hit(s, starts, k))
                    if (synset_matches(s, k, e[i].value, &len, 0) && k + len <= pos &&
                        name_ok(s, k, len)) {
                        found = 1;
                        break;
                    }
            }
            if (!found || (i + 1 == verb && foreign_to(s, k, vstart))) return HR_NO_HIT;
            if (h.thing < 0) h.thing = s->owner[k];
            if (h.before == 0) h.nearest_before = k;
            pos = k;
            h.score++;
            h.before++;
        } else if (e[i].type == HR_EL_TARGET || e[i].type == HR_EL_SOURCE) {
            /* "$ *": the verb's subject, as the verb without a pattern
             * finds it (over relative clauses and places). */
            long m = -1;
            if (e[i].type == HR_EL_SOURCE && i + 1 == verb) m = subject_before(s, pos);
            else                /* "+ WAS_ *": the subject, no place ("in Kabul") */
                for (size_t k = pos; k-- > s->begin;)
                    if (s->owner[k] >= 0 && !hr_is_place(s, s->owner[k])) { m = s->owner[k]; break; }
            if (m < 0) return HR_NO_HIT;
            if (e[i].type == HR_EL_TARGET) h.target = m;
            else h.source = m;
            pos = s->doc->actors[m].first_token;
        }
    }
    return h;
}

/* The first token of the subject of the passive verb group at chunk c:
 * the noun phrases and prepositions right before it ("supplies to the
 * Ukrainian market could be cut"); SIZE_MAX when it is no passive or has
 * no such subject. */
static size_t passive_subject_start(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_VG || !(ch[c].flags & HERALD_VG_PASSIVE)) return SIZE_MAX;
    long first = c;
    for (long i = hr_chunk_before(s, c); i >= 0 && ch[i].first_token >= s->begin &&
                                         (ch[i].kind == HERALD_CHUNK_NP || ch[i].kind == HERALD_CHUNK_PP);
         i = hr_chunk_before(s, i))
        first = i;
    return first < c && ch[first].kind == HERALD_CHUNK_NP ? ch[first].first_token : SIZE_MAX;
}

/* The best of the patterns with no words before the verb read over the
 * subject of a passive verb, which is the act's object: "gas supplies
 * could be cut" is read by "cut * &supplies" as "cut gas supplies".
 * Only for an act threatened: over the passives of acts done it read
 * words that name no object of the act ("names of the soldiers were
 * withheld" as withdrawn soldiers, "a proposal was dismissed by"). */
static const hr_pattern *passive_subject_pattern(const sent *s, size_t vstart,
                                                 const hr_verb_block *b, hit *best_hit)
{
    const hr_verbs *v = &s->d->verbs;
    long c = s->chunk_of[vstart];
    size_t from = passive_subject_start(s, c);
    if (from == SIZE_MAX) return NULL;
    size_t to = s->doc->chunks[c].first_token;
    const hr_pattern *best = NULL;
    for (uint32_t i = 0, run_end = 0; i < b->pattern_count; i++) {
        const hr_pattern *p = &v->patterns[b->first_pattern + i];
        if (i >= run_end) {
            run_end = i + p->anchor_run;
            if (!anchor_in_scope(s, p, from, to)) { i = run_end - 1; continue; }
        }
        if (p->verb > 0) continue;
        hit h = hr_match_pattern(s, p, vstart, from, vstart, to);
        if (h.score > best_hit->score) { *best_hit = h; best = p; }
    }
    return best;
}

/* The pattern of the verb form at vstart..vend that matches the most
 * words (NULL for none), with its match in *best_hit; `scope` is
 * pattern_scope_end's.  For an act
 * threatened, the patterns that code nothing because of the words
 * before the verb ("would", "threatened to") are left out: the threat
 * is the act's to code. */
const hr_pattern *hr_best_pattern(const sent *s, size_t vstart, size_t vend, size_t scope,
                                  const hr_entry *form, int threat, hit *best_hit)
{
    const hr_verbs *v = &s->d->verbs;
    const hr_verb_block *b = &v->blocks[form->data];
    const hr_pattern *best = NULL;
    size_t start = hr_pattern_scope_start(s, vstart);
    *best_hit = HR_NO_HIT;
    for (uint32_t i = 0, run_end = 0; i < b->pattern_count; i++) {
        const hr_pattern *p = &v->patterns[b->first_pattern + i];
        if (i >= run_end) {
            run_end = i + p->anchor_run;
            if (!anchor_in_scope(s, p, vend, scope)) { i = run_end - 1; continue; }
        }
        hit h = hr_match_pattern(s, p, vstart, vend, start, scope);
        if (threat && h.before > 0 &&
            (p->code == HR_NONE || strcmp(hr_lexicon_str(s->vx, p->code), "---") == 0))
            continue;
        if (h.score > best_hit->score) { *best_hit = h; best = p; }
    }
    return best || !threat ? best : passive_subject_pattern(s, vstart, b, best_hit);
}

/* Whether a word of pattern p matches token k ("* no comment" reads
 * the "no" of "had no comment"). */
int hr_pattern_reads(const sent *s, const hr_pattern *p, size_t k)
{
    const hr_elem *e = s->d->verbs.elems + p->first_elem;
    for (uint32_t i = 0; i < p->elem_count; i++)
        if (e[i].type == HR_EL_WORD && word_matches(s, k, &e[i])) return 1;
    return 0;
}

#define NEGATION_REACH 3     /* tokens back from a negation to the start of a phrase read */

/* Whether an element of pattern p reads token k, alone or inside a
 * phrase of a set ("&futneg" reads the "not" of "would not"). */
static int pattern_covers(const sent *s, const hr_pattern *p, size_t k)
{
    const hr_elem *e = s->d->verbs.elems + p->first_elem;
    for (uint32_t i = 0; i < p->elem_count; i++) {
        if (e[i].type == HR_EL_WORD && word_matches(s, k, &e[i])) return 1;
        if (e[i].type != HR_EL_SYNSET) continue;
        for (size_t j = k + 1, len; j-- > s->begin && k - j <= NEGATION_REACH;)
            if (synset_matches(s, j, e[i].value, &len, 0) && j + len > k) return 1;
    }
    return 0;
}

int hr_pattern_skips_negation(const sent *s, const hr_pattern *p, size_t vend, size_t end)
{
    for (size_t k = vend + 1; k < end; k++)
        if (hr_tok_negates(&s->doc->tokens[k]) && pattern_covers(s, p, k - 1) &&
            !pattern_covers(s, p, k))
            return 1;
    return 0;
}

/* The code of a verb form: its best pattern's, else the verb's own
 * (its line's, or its block's). */
uint32_t hr_verb_code(const sent *s, const hr_pattern *best, const hr_entry *form)
{
    return best ? best->code : s->vx->codes[form->first_code].code;
}

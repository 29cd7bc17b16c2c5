/* lexical.c - the tags a token can have, and how likely each is.
 *
 * In order: punctuation and symbols by their text; then what the word's
 * lower-case spelling says (readings.c: Herald's own lexicon, WordNet,
 * the word's shape), finished at build time for every word the lexicon
 * holds.  Capitals weigh in last: a capitalised word inside a sentence
 * is mostly a name (NNP), at the start of one only when WordNet has it
 * as a name too. */
#include "lexical.h"
#include "readings.h"
#include "../segment/toks.h"

#include <string.h>

static int one(hr_cand *out, int tag)
{
    out[0].tag = (unsigned char)tag;
    out[0].logp = 0;
    return 1;
}

static int punct(const herald_token *t, int spaced_before, hr_cand *out)
{
    const char *s = t->norm;
    size_t n = t->norm_len;
    if (n == 1) {
        switch (s[0]) {
        case ',': return one(out, HR_TAG_COMMA);
        case '.': case '!': case '?': return one(out, HR_TAG_PERIOD);
        case ':': case ';': case '-': return one(out, HR_TAG_COLON);
        case '(': case '[': case '{': return one(out, HR_TAG_LRB);
        case ')': case ']': case '}': return one(out, HR_TAG_RRB);
        case '"': case '\'': return one(out, spaced_before ? HR_TAG_LQUOTE : HR_TAG_RQUOTE);
        case '$': return one(out, HR_TAG_DOLLAR);
        case '#': return one(out, HR_TAG_HASH);
        case '%': return one(out, HR_TAG_NN);
        case '&': return one(out, HR_TAG_CC);
        default: break;
        }
    }
    if (n >= 2 && (s[0] == '.' || s[0] == '-')) return one(out, HR_TAG_COLON);   /* "..." "--" */
    if (n >= 2 && (s[0] == '`' || s[0] == '\'')) return one(out, spaced_before ? HR_TAG_LQUOTE
                                                                               : HR_TAG_RQUOTE);
    return one(out, t->kind == HERALD_TOK_SYMBOL ? HR_TAG_SYM : HR_TAG_COLON);
}

/* The token's spelling: 0 lower, 1 capitalised, 2 all capitals (two
 * letters or more: "US", "NATO"). */
static int capitals(const herald_doc *doc, const herald_token *t)
{
    if (hr_tok_first(doc, t) != HR_C_UPPER) return 0;
    const char *s = hr_tok_text(doc, t);
    size_t n = t->end - t->start, letters = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'a' && c <= 'z') return 1;
        if (c >= 'A' && c <= 'Z') letters++;
    }
    return letters >= 2 ? 2 : 1;
}

/* Whether the token's last hyphen is followed by a lower-case letter. */
static int lower_tail(const herald_doc *doc, const herald_token *t)
{
    const char *s = hr_tok_text(doc, t);
    for (size_t i = t->end - t->start; i-- > 1;)
        if (s[i - 1] == '-') return s[i] >= 'a' && s[i] <= 'z';
    return 0;
}

/* What a word's lower-case spelling alone says: its readings before
 * capitals and position weigh in. */
struct hr_word_reading {
    const char *s;
    size_t n;
    const hr_lex_entry *e;
    int own;                /* Herald's closed-class lexicon has it */
    unsigned char aux;      /* enum hr_aux */
    /* known and a are read (hr_read_spelling()) only when a capital
     * needs them: a word of the lexicon has its plain readings ready. */
    int spelled;
    float known;            /* weight WordNet gave, <= 0 for a guess */
    hr_acc a;
    /* The readings finished (hr_acc_finish()) as they stand, for the
     * tokens of the word that no capital changes: most tokens, so each
     * word is finished once.  plain_n 0: not yet. */
    int plain_n;
    hr_cand plain[HR_MAX_CANDS];
    /* The same for the spelling with a capital last met (capital_key():
     * 0 none yet): a name keeps its spelling through an article. */
    int capital_key, capital_n;
    hr_cand capital[HR_MAX_CANDS];
};

static void spell(struct hr_word_reading *r)
{
    int adverb;
    r->a.n = 0;
    r->a.total = 0;
    r->known = hr_read_spelling(r->s, r->n, r->e, &r->a, &adverb);
    if (adverb) r->aux = HR_AUX_GAP;
    r->spelled = 1;
}

/* hash: hr_lex_hash() of the token's word, which the cache has made. */
static void read_word(const herald_token *t, unsigned hash, struct hr_word_reading *r)
{
    const char *s = t->norm;
    size_t n = t->norm_len;
    r->s = s;
    r->n = n;
    r->capital_key = 0;
    const hr_lex_entry *e = r->e = hr_lex_lookup_hashed(s, n, hash);
    r->own = e && (e->flags & HR_LX_OWN);
    /* "has reportedly", "have long expressed", "has always backed":
     * adverbs an auxiliary reaches over that are not in Herald's own
     * lexicon (or that WordNet makes mostly adverbs: spell() for a word
     * outside the lexicon). */
    r->aux = r->own ? e->aux
             : (n > 4 && hr_ends(s, n, "ly")) || hr_tok_is(t, "long") ? HR_AUX_GAP : HR_AUX_NONE;
    /* A word of the lexicon, or a regular inflection of one, has its
     * plain readings ready (readings.h); the others are worked out. */
    const unsigned *ready = e ? &hr_taglex_plain[e - hr_taglex_entries] : hr_form_ready(s, n, hash);
    if (ready) {
        if (hr_ready_adverb(*ready)) r->aux = HR_AUX_GAP;
        r->spelled = 0;
        r->plain_n = hr_lex_ready(*ready, r->plain);
        return;
    }
    spell(r);
    r->plain_n = 0;
}

int hr_lex_cache_init(hr_lex_cache *c, hr_arena *arena, size_t tokens)
{
    size_t words = tokens < HR_LEX_CACHE_MAX ? tokens : HR_LEX_CACHE_MAX;
    size_t slots = 16;
    while (slots < 2 * words) slots *= 2;
    c->mask = slots - 1;
    c->count = 0;
    c->cap = words;
    c->slots = hr_arena_alloc(arena, slots * sizeof *c->slots);
    /* one more: the spare, read into once the cache is full */
    c->words = hr_arena_alloc(arena, (words + 1) * sizeof *c->words);
    c->word_of = hr_arena_alloc(arena, (tokens ? tokens : 1) * sizeof *c->word_of);
    if (!c->slots || !c->words || !c->word_of) return HERALD_ENOMEM;
    memset(c->slots, 0, slots * sizeof *c->slots);
    memset(c->word_of, 0xff, tokens * sizeof *c->word_of);
    return 0;
}

/* The reading of token k's word: from the cache, or read now and kept
 * (while the cache has room: past that, read every time into the spare
 * after the last).  Notes the word's index for the token. */
static struct hr_word_reading *word_reading(hr_lex_cache *c, const herald_doc *doc, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    const char *s = t->norm;
    size_t n = t->norm_len;
    unsigned hash = hr_lex_hash(s, (unsigned)n);
    size_t h = hash & c->mask;
    for (uint32_t slot; (slot = c->slots[h]) != 0; h = (h + 1) & c->mask) {
        struct hr_word_reading *r = &c->words[slot - 1];
        if (r->n == n && memcmp(r->s, s, n) == 0) {
            c->word_of[k] = slot - 1;
            return r;
        }
    }
    struct hr_word_reading *r = &c->words[c->count];   /* the spare when full */
    read_word(t, hash, r);
    if (c->count < c->cap) {
        c->word_of[k] = (uint32_t)c->count;
        c->slots[h] = (uint32_t)++c->count;
    }
    return r;
}

/* The word's readings as they stand, finished on first use. */
static int plain_readings(struct hr_word_reading *r, hr_cand *out)
{
    if (!r->plain_n) r->plain_n = hr_acc_finish(&r->a, r->plain);
    memcpy(out, r->plain, sizeof r->plain);   /* fixed size: a few moves, no call */
    return r->plain_n;
}

/* hr_name_readings() kept for the word's last spelling with a capital:
 * they depend on the word and on these three only, and the logarithms
 * of hr_acc_finish() cost more than the copy.  A lexicon word
 * capitalised inside a sentence, the commonest, has them ready. */
static int capital_readings(struct hr_word_reading *r, int caps, int opener, int adj,
                            hr_cand *out)
{
    int key = caps | opener << 2 | adj << 3;       /* caps is 1 or 2: never 0 */
    if (r->capital_key != key) {
        if (r->e && caps == 1 && !opener && !adj) {
            r->capital_n = hr_lex_inside(r->e, r->capital);
        } else {
            if (!r->spelled) spell(r);
            r->capital_n = hr_name_readings(r->s, r->n, r->e, r->known, &r->a, caps, opener, adj,
                                            r->capital);
        }
        r->capital_key = key;
    }
    memcpy(out, r->capital, sizeof r->capital);
    return r->capital_n;
}

int hr_lexical(const herald_doc *doc, hr_lex_cache *cache, size_t k, int opener, hr_cand *out,
               unsigned char *aux)
{
    const herald_token *t = &doc->tokens[k];
    *aux = HR_AUX_NONE;
    if (t->kind == HERALD_TOK_PUNCT || t->kind == HERALD_TOK_SYMBOL) {
        int spaced = k == 0 || t->start > doc->tokens[k - 1].end;
        int n = punct(t, spaced, out);
        /* an auxiliary reaches over a quote to its verb: had "liberated" */
        if (hr_is_quote_tag(out[0].tag)) *aux = HR_AUX_GAP;
        return n;
    }
    if (t->kind == HERALD_TOK_URL) return one(out, HR_TAG_NN);
    const char *s = t->norm;
    size_t n = t->norm_len;
    if (t->kind == HERALD_TOK_NUMBER) {
        if (hr_ends(s, n, "s") && n > 2) return one(out, HR_TAG_NNS);   /* "1990s" */
        return one(out, memchr(s, '-', n) ? HR_TAG_JJ : HR_TAG_CD);
    }
    struct hr_word_reading *r = word_reading(cache, doc, k);
    const hr_lex_entry *e = r->e;
    *aux = r->aux;
    int caps = capitals(doc, t);
    if (!caps) return plain_readings(r, out);
    /* "May", "US", "The Hague": a capital inside the sentence may make a
     * closed-class word a name; rarely ("I", "He said").  All capitals
     * make one a name at the start too ("US officials said"). */
    if (r->own && ((caps != 2 && opener) || (n == 1 && s[0] == 'i'))) return plain_readings(r, out);
    int adj = !r->own && ((e && (e->flags & HR_LX_PROPER_ADJ)) || lower_tail(doc, t));
    return capital_readings(r, caps, opener, adj, out);
}

int hr_lex_may_be_participle(const herald_token *t)
{
    const hr_lex_entry *e = hr_taglex_find(t->norm, t->norm_len);
    if (!e || !(e->flags & HR_LX_OWN)) return 1;
    for (int i = 0; i < 3 && e->tags[i]; i++)
        if (e->tags[i] == HR_TAG_VBN) return 1;
    return 0;
}

/* lexical.c - the tags a token can have, and how likely each is.
 *
 * In order: punctuation and symbols by their text; Herald's own lexicon
 * (closed classes, data/tagger/closed.tags) as written; then WordNet,
 * the word itself as a lemma (its readings weighted by how often SemCor
 * saw each) and the lemmas it inflects by rule ("attacks" -> attack:
 * NNS and VBZ) or by WordNet's exception lists ("went" -> VBD); then, for
 * a word no resource knows, its shape and suffix.  Capitals weigh in
 * last: a capitalised word inside a sentence is mostly a name (NNP), at
 * the start of one only when WordNet has it as a name too. */
#include "lexical.h"
#include "taglex.h"
#include "../segment/toks.h"

#include <math.h>
#include <string.h>

/* The readings gathered for a word: few tags, so a short list (a
 * table over every tag would cost more to clear and scan). */
typedef struct acc {
    int n;
    float total;
    unsigned char tag[16];
    float w[16];
} acc;

static void add(acc *a, int tag, float w)
{
    if (w <= 0) return;
    a->total += w;
    for (int i = 0; i < a->n; i++)
        if (a->tag[i] == tag) { a->w[i] += w; return; }
    if (a->n == 16) return;
    a->tag[a->n] = (unsigned char)tag;
    a->w[a->n++] = w;
}

static float get(const acc *a, int tag)
{
    for (int i = 0; i < a->n; i++)
        if (a->tag[i] == tag) return a->w[i];
    return 0;
}

/* Drops a reading. */
static void drop(acc *a, int tag)
{
    for (int i = 0; i < a->n; i++)
        if (a->tag[i] == tag) {
            a->total -= a->w[i];
            a->tag[i] = a->tag[--a->n];
            a->w[i] = a->w[a->n];
            return;
        }
}

/* Keeps the heaviest readings (at most HR_MAX_CANDS, heaviest first),
 * their weights normalised to log probabilities. */
static int finish(const acc *a, hr_cand *out)
{
    float w[HR_MAX_CANDS];
    int n = 0;
    for (int k = 0; k < a->n; k++) {
        if (n == HR_MAX_CANDS && w[n - 1] >= a->w[k]) continue;
        int i = n < HR_MAX_CANDS ? n++ : n - 1;
        for (; i > 0 && w[i - 1] < a->w[k]; i--) { w[i] = w[i - 1]; out[i] = out[i - 1]; }
        w[i] = a->w[k];
        out[i].tag = a->tag[k];
    }
    for (int i = 0; i < n; i++) out[i].logp = logf(w[i] / a->total);
    if (n == 0) {                   /* cannot happen; the search needs one */
        out[0].tag = HR_TAG_NN;
        out[0].logp = 0;
        n = 1;
    }
    return n;
}

static int one(hr_cand *out, int tag)
{
    out[0].tag = (unsigned char)tag;
    out[0].logp = 0;
    return 1;
}

/* Whether s[0..n) is longer than suffix and ends with it.  Always in
 * line: every caller passes a literal, so strlen and memcmp fold to a
 * compare or two (an unknown word, most names, tries some twenty). */
static inline __attribute__((always_inline)) int ends(const char *s, size_t n, const char *suffix)
{
    size_t m = strlen(suffix);
    return n > m && memcmp(s + n - m, suffix, m) == 0;
}

/* hash: hr_lex_hash(s, n), for a caller that has made it already. */
static const hr_lex_entry *lookup_hashed(const char *s, size_t n, unsigned hash)
{
    return n && n < 64 ? hr_taglex_find_hashed(s, n, hash) : NULL;
}

static const hr_lex_entry *lookup(const char *s, size_t n)
{
    return lookup_hashed(s, n, hr_lex_hash(s, (unsigned)n));
}

/* The lexicon's entry for s[0..n) with `cut` bytes removed and `plus`
 * put on, or NULL. */
static const hr_lex_entry *any_stem(const char *s, size_t n, size_t cut, const char *plus)
{
    char buf[64];
    size_t m = strlen(plus);
    if (n <= cut + 1 || n - cut + m >= sizeof buf) return NULL;
    memcpy(buf, s, n - cut);
    memcpy(buf + n - cut, plus, m);
    return lookup(buf, n - cut + m);
}

/* The same, as a WordNet lemma: Herald's own words inflect only as
 * verbs (verb_stem), not as "ins" or "thes". */
static const hr_lex_entry *stem(const char *s, size_t n, size_t cut, const char *plus)
{
    const hr_lex_entry *e = any_stem(s, n, cut, plus);
    return e && !(e->flags & HR_LX_OWN) ? e : NULL;
}

/* The weight of a reading: SemCor's count plus one, or 0 when absent. */
static float reading(const hr_lex_entry *e, int pos)
{
    return e ? (float)e->pos[pos] : 0;
}

/* A verb lemma the inflected form s[0..n) comes from by rule, once its
 * suffix of k bytes ("-ed", "-ing") is off, trying each way English
 * spells the suffix: "-ed" ("attacked", "agreed", "tried", "shelled"...
 * "planned"), Herald's own words included: "backed", "downed".  The
 * caller tests the suffix (ends() with a literal costs no strlen), since
 * most words have neither. */
static const hr_lex_entry *verb_stem(const char *s, size_t n, size_t k)
{
    const hr_lex_entry *e;
    if ((e = any_stem(s, n, k, "")) && e->pos[HR_POS_VERB]) return e;
    if ((e = any_stem(s, n, k, "e")) && e->pos[HR_POS_VERB]) return e;
    if (n > k + 2 && s[n - k - 1] == s[n - k - 2] &&
        (e = any_stem(s, n, k + 1, "")) && e->pos[HR_POS_VERB])
        return e;                                    /* doubled consonant */
    if (s[n - k - 1] == 'i' && (e = any_stem(s, n, k + 1, "y")) && e->pos[HR_POS_VERB]) return e;
    return NULL;
}

/* How a lemma's SemCor count divides among its forms: SemCor counts a
 * lemma in every inflection, so each form gets about its share of the
 * lemma's tokens in English text (a noun is singular twice as often as
 * plural; a lexical verb is mostly an infinitive, past or participle,
 * seldom "-s").  Without the shares "attacks" would weigh the whole verb
 * "attack" against the whole noun, and "meeting" all of "meet" against
 * the noun "meeting". */
#define SHARE_NN 0.7f
#define SHARE_NNS 0.3f
#define SHARE_VB 0.25f
#define SHARE_VBP 0.1f
#define SHARE_VBZ 0.08f
#define SHARE_ED 0.25f          /* each of VBD and VBN */
#define SHARE_VBG 0.15f
#define SHARE_JJR 0.1f          /* each of JJR and JJS */

/* The noun and verb lemmas a word ending in "-s" is the plural or third
 * person of ("attacks", "crises"... "carries"), NULL when none. */
static void s_stems(const char *s, size_t n, const hr_lex_entry **noun, const hr_lex_entry **verb)
{
    const hr_lex_entry *e;
    *noun = *verb = NULL;
    if (!ends(s, n, "s") || ends(s, n, "ss")) return;
    if ((e = stem(s, n, 1, ""))) *noun = *verb = e;
    if (ends(s, n, "es") && (e = stem(s, n, 2, ""))) {
        if (!*noun || !(*noun)->pos[HR_POS_NOUN]) *noun = e;
        if (!*verb || !(*verb)->pos[HR_POS_VERB]) *verb = e;
    }
    if (ends(s, n, "ies") && (e = stem(s, n, 3, "y"))) *noun = *verb = e;
}

/* The noun and adjective readings of a regular participle or gerund
 * ("wounded", "pledged", "shelling", "striking"): WordNet lists many
 * that news uses as verbs, so one SemCor never saw weighs a quarter of
 * another unseen reading.  And SemCor's adjective is often Penn's verb
 * ("were wounded by", "and wounded 36", "striking Hezbollah twice"), so
 * half the adjective's weight goes to the verb forms. */
#define UNSEEN_PARTICIPLE 0.75f     /* taken off a reading's weight of 1 + count */
static void participle(int past, float *noun, float *adj, acc *a)
{
    if (*noun > 0) *noun -= UNSEEN_PARTICIPLE;
    if (*adj <= 0) return;
    *adj = (*adj - UNSEEN_PARTICIPLE) * 0.5f;
    if (past) {
        add(a, HR_TAG_VBD, *adj * 0.5f);
        add(a, HR_TAG_VBN, *adj * 0.5f);
    } else {
        add(a, HR_TAG_VBG, *adj);
    }
}

/* WordNet's view of a lower-case word: its readings as a lemma and as an
 * inflected form.  Returns the total weight added. */
static float wordnet(const char *s, size_t n, const hr_lex_entry *self, acc *a)
{
    float before = a->total;
    const hr_lex_entry *singular, *verb;
    s_stems(s, n, &singular, &verb);
    int plural = singular && singular->pos[HR_POS_NOUN] > 1;     /* seen in SemCor: not "ga" */
    /* the "+e" try covers "-d": "agreed" */
    const hr_lex_entry *past = ends(s, n, "ed") ? verb_stem(s, n, 2) : NULL;
    const hr_lex_entry *gerund = ends(s, n, "ing") ? verb_stem(s, n, 3) : NULL;
    if (self) {
        float noun = reading(self, HR_POS_NOUN), adj = reading(self, HR_POS_ADJ);
        if (past || gerund) participle(past != NULL, &noun, &adj, a);
        /* A noun lemma that is the plural of another ("relations",
         * "leaders") is plural in every use. */
        if (plural) add(a, HR_TAG_NNS, noun);
        else add(a, HR_TAG_NN, noun * SHARE_NN);
        /* A bare verb form: the infinitive or the present tense. */
        add(a, HR_TAG_VB, reading(self, HR_POS_VERB) * SHARE_VB);
        add(a, HR_TAG_VBP, reading(self, HR_POS_VERB) * SHARE_VBP);
        add(a, HR_TAG_JJ, adj);
        add(a, HR_TAG_RB, reading(self, HR_POS_ADV));
        /* Exception lists carry no counts of the form: it gets its share
         * of its lemma's ("made" of "make"). */
        float lemma = self->lemma;
        if (self->flags & HR_LX_PAST) {
            add(a, HR_TAG_VBD, lemma * SHARE_ED);
            add(a, HR_TAG_VBN, lemma * SHARE_ED);
        }
        if (self->flags & HR_LX_PRESP) add(a, HR_TAG_VBG, lemma * SHARE_VBG);
        if (self->flags & HR_LX_THIRD) add(a, HR_TAG_VBZ, lemma * SHARE_VBZ);
        if (self->flags & HR_LX_PLURAL) add(a, HR_TAG_NNS, lemma * SHARE_NNS);
        if (self->flags & HR_LX_COMPAR) add(a, HR_TAG_JJR, lemma * SHARE_JJR);
        if (self->flags & HR_LX_SUPERL) add(a, HR_TAG_JJS, lemma * SHARE_JJR);
    }
    add(a, HR_TAG_NNS, reading(singular, HR_POS_NOUN) * SHARE_NNS);
    /* WordNet's one other plural rule: "gunmen" -> gunman. */
    if (ends(s, n, "men"))
        add(a, HR_TAG_NNS, reading(stem(s, n, 3, "man"), HR_POS_NOUN) * SHARE_NNS);
    add(a, HR_TAG_VBZ, reading(verb, HR_POS_VERB) * SHARE_VBZ);
    add(a, HR_TAG_VBD, reading(past, HR_POS_VERB) * SHARE_ED);
    add(a, HR_TAG_VBN, reading(past, HR_POS_VERB) * SHARE_ED);
    add(a, HR_TAG_VBG, reading(gerund, HR_POS_VERB) * SHARE_VBG);
    const hr_lex_entry *e;
    /* "-er" and "-est" make comparatives only of words that are not
     * lemmas themselves ("offer", "interest"). */
    if (!self && ends(s, n, "er") && (((e = stem(s, n, 2, "")) && e->pos[HR_POS_ADJ]) ||
                             ((e = stem(s, n, 1, "")) && e->pos[HR_POS_ADJ])))
        add(a, HR_TAG_JJR, reading(e, HR_POS_ADJ));
    if (!self && ends(s, n, "est") && (((e = stem(s, n, 3, "")) && e->pos[HR_POS_ADJ]) ||
                              ((e = stem(s, n, 2, "")) && e->pos[HR_POS_ADJ])))
        add(a, HR_TAG_JJS, reading(e, HR_POS_ADJ));
    return a->total - before;
}

/* A word no resource knows: its suffix decides. */
static void guess(const char *s, size_t n, acc *a)
{
    if (memchr(s, '-', n)) {
        if (ends(s, n, "ed") || ends(s, n, "en")) { add(a, HR_TAG_JJ, 8); add(a, HR_TAG_VBN, 2); }
        else if (ends(s, n, "ing")) { add(a, HR_TAG_JJ, 7); add(a, HR_TAG_NN, 3); }
        else if (ends(s, n, "s")) { add(a, HR_TAG_NNS, 6); add(a, HR_TAG_JJ, 4); }
        else { add(a, HR_TAG_JJ, 5.5f); add(a, HR_TAG_NN, 4.5f); }
        return;
    }
    if (ends(s, n, "ing")) { add(a, HR_TAG_VBG, 7); add(a, HR_TAG_NN, 2); add(a, HR_TAG_JJ, 1); return; }
    if (ends(s, n, "ed")) { add(a, HR_TAG_VBN, 4); add(a, HR_TAG_VBD, 3.5f); add(a, HR_TAG_JJ, 2.5f); return; }
    if (ends(s, n, "ly")) { add(a, HR_TAG_RB, 9); add(a, HR_TAG_JJ, 1); return; }
    /* the suffixes written out, not read from a list: ends() of a
     * literal costs no strlen, and every unknown word (most names) comes
     * through here */
    if (ends(s, n, "tion") || ends(s, n, "sion") || ends(s, n, "ment") || ends(s, n, "ness") ||
        ends(s, n, "ity") || ends(s, n, "ism") || ends(s, n, "ist") || ends(s, n, "ance") ||
        ends(s, n, "ence") || ends(s, n, "ship") || ends(s, n, "hood")) {
        add(a, HR_TAG_NN, 9); add(a, HR_TAG_JJ, 1); return;
    }
    if (ends(s, n, "ous") || ends(s, n, "ful") || ends(s, n, "ive") || ends(s, n, "able") ||
        ends(s, n, "ible") || ends(s, n, "al") || ends(s, n, "ic") || ends(s, n, "less") ||
        ends(s, n, "ary") || ends(s, n, "ish") || ends(s, n, "ian") || ends(s, n, "ese")) {
        add(a, HR_TAG_JJ, 8); add(a, HR_TAG_NN, 2); return;
    }
    if (ends(s, n, "ize") || ends(s, n, "ise") || ends(s, n, "ify") || ends(s, n, "ate")) {
        add(a, HR_TAG_VB, 5); add(a, HR_TAG_VBP, 3); add(a, HR_TAG_NN, 2); return;
    }
    if (ends(s, n, "s") && !ends(s, n, "ss") && !ends(s, n, "us") && !ends(s, n, "is")) {
        add(a, HR_TAG_NNS, 8); add(a, HR_TAG_VBZ, 2); return;
    }
    add(a, HR_TAG_NN, 7);
    add(a, HR_TAG_JJ, 2);
    add(a, HR_TAG_VB, 0.5f);
    add(a, HR_TAG_VBP, 0.5f);
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
    float known;            /* weight WordNet gave, <= 0 for a guess */
    acc a;
    /* The readings finished (finish()) as they stand, for the tokens of
     * the word that no capital changes: most tokens, so each word is
     * finished once.  plain_n 0: not yet. */
    int plain_n;
    hr_cand plain[HR_MAX_CANDS];
    /* The same for the spelling with a capital last met (capital_key():
     * 0 none yet): a name keeps its spelling through an article. */
    int capital_key, capital_n;
    hr_cand capital[HR_MAX_CANDS];
};

/* The length of a hyphenated prefix that keeps the class of the word it
 * is put on ("re-elected", "co-sponsor", "counter-attack",
 * "de-escalate"), 0 when s has none: the rest of the word tells its
 * readings.  Prefixes that make adjectives ("anti-war", "pro-government",
 * "post-war") are not such. */
static size_t class_keeping_prefix(const char *s, size_t n)
{
    static const char *const prefixes[] = { "re-", "co-", "counter-", "de-", NULL };
    if (n < 4 || !memchr(s, '-', n)) return 0;   /* most words: asked of every unknown one */
    for (const char *const *p = prefixes; *p; p++) {
        size_t m = strlen(*p);
        if (n > m + 1 && memcmp(s, *p, m) == 0 && !memchr(s + m, '-', n - m)) return m;
    }
    return 0;
}

/* hash: hr_lex_hash() of the token's word, which the cache has made. */
static void read_word(const herald_token *t, unsigned hash, struct hr_word_reading *r)
{
    const char *s = t->norm;
    size_t n = t->norm_len;
    r->s = s;
    r->n = n;
    r->a.n = 0;
    r->a.total = 0;
    r->aux = HR_AUX_NONE;
    r->plain_n = 0;
    r->capital_key = 0;
    const hr_lex_entry *e = r->e = lookup_hashed(s, n, hash);
    if ((r->own = e && (e->flags & HR_LX_OWN))) {
        r->aux = e->aux;
        for (int i = 0; i < 3 && e->tags[i]; i++) add(&r->a, e->tags[i], e->weights[i]);
        return;
    }
    /* "has reportedly", "have long expressed", "has always backed":
     * adverbs an auxiliary reaches over that are not in Herald's own
     * lexicon (a word mostly an adverb, below). */
    if ((n > 4 && ends(s, n, "ly")) || hr_tok_is(t, "long")) r->aux = HR_AUX_GAP;
    r->known = wordnet(s, n, e, &r->a);
    if (r->known > 0 && get(&r->a, HR_TAG_RB) * 2 > r->a.total) r->aux = HR_AUX_GAP;
    size_t prefix = r->known > 0 ? 0 : class_keeping_prefix(s, n);
    if (prefix) r->known = wordnet(s + prefix, n - prefix, lookup(s + prefix, n - prefix), &r->a);
    int digit = 0;
    for (size_t i = 0; i < n && !digit; i++) digit = s[i] >= '0' && s[i] <= '9';
    if (digit) {
        r->a.n = 0;
        r->a.total = 0;
        add(&r->a, memchr(s, '-', n) ? HR_TAG_JJ : HR_TAG_CD, 7);
        add(&r->a, HR_TAG_NN, 1);
        r->known = 8;
    }
    if (r->known <= 0) guess(s, n, &r->a);
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
    c->words = hr_arena_alloc(arena, (words ? words : 1) * sizeof *c->words);
    c->word_of = hr_arena_alloc(arena, (tokens ? tokens : 1) * sizeof *c->word_of);
    if (!c->slots || !c->words || !c->word_of) return HERALD_ENOMEM;
    memset(c->slots, 0, slots * sizeof *c->slots);
    memset(c->word_of, 0xff, tokens * sizeof *c->word_of);
    return 0;
}

/* The reading of token k's word: from the cache, or read now and kept
 * (while the cache has room: past that, read every time).  Notes the
 * word's index for the token. */
static struct hr_word_reading *word_reading(hr_lex_cache *c, const herald_doc *doc, size_t k,
                                            struct hr_word_reading *scratch)
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
    struct hr_word_reading *r = c->count < c->cap ? &c->words[c->count] : scratch;
    read_word(t, hash, r);
    if (r != scratch) {
        c->word_of[k] = (uint32_t)c->count;
        c->slots[h] = (uint32_t)++c->count;
    }
    return r;
}

/* The word's readings as they stand, finished on first use. */
static int plain_readings(struct hr_word_reading *r, hr_cand *out)
{
    if (!r->plain_n) r->plain_n = finish(&r->a, r->plain);
    memcpy(out, r->plain, sizeof r->plain);   /* fixed size: a few moves, no call */
    return r->plain_n;
}

/* The readings of a word with a capital (caps 1 capitalised, 2 all
 * capitals; `adj`: a nation's adjective or a hyphenated word ending in
 * lower case) where it stands. */
static int name_readings(const struct hr_word_reading *r, int caps, int opener, int adj,
                         hr_cand *out)
{
    const hr_lex_entry *e = r->e;
    acc a = r->a;
    if (r->own) {
        /* A noun of the list with a capital is a name or a title
         * ("Prime Minister"), as in the WordNet case below. */
        int noun = get(&a, HR_TAG_NN) + get(&a, HR_TAG_NNS) > 0;
        add(&a, get(&a, HR_TAG_NNS) > get(&a, HR_TAG_NN) ? HR_TAG_NNPS : HR_TAG_NNP,
            caps == 2 ? 2550 : noun ? 2300 : 60);
        return finish(&a, out);
    }
    float known = r->known;
    /* The share of a name among the readings: near certain for an
     * all-capitals word, likely for a capitalised one inside a
     * sentence, and at its start only for what WordNet has as a name
     * (or knows nothing of).  Adjectives of nations ("French",
     * "Israeli") and hyphenated words ending in lower case
     * ("U.S.-led") stay mostly adjectives. */
    float total = a.total;
    float share = caps == 2 ? 0.95f
                  : adj ? 0.2f
                  : !opener ? 0.9f
                  : known <= 0 || (e && (e->flags & HR_LX_PROPER)) ? 0.8f
                  : e && (e->flags & HR_LX_CAPSENSE) ? 0.6f : 0.08f;
    if (adj && get(&a, HR_TAG_JJ) < total) {
        add(&a, HR_TAG_JJ, total);                 /* "Israeli jets" */
        total *= 2;
    }
    int plural = get(&a, HR_TAG_NNS) > get(&a, HR_TAG_NN) && ends(r->s, r->n, "s");
    if (!opener && !adj) {                         /* a common noun with a capital is a name */
        drop(&a, HR_TAG_NN);
        drop(&a, HR_TAG_NNS);
        total = a.n ? a.total : 1;
    }
    add(&a, plural ? HR_TAG_NNPS : HR_TAG_NNP, total * share / (1 - share));
    return finish(&a, out);
}

/* name_readings() kept for the word's last spelling with a capital: they
 * depend on the word and on these three only, and the logarithms of
 * finish() cost more than the copy. */
static int capital_readings(struct hr_word_reading *r, int caps, int opener, int adj,
                            hr_cand *out)
{
    int key = caps | opener << 2 | adj << 3;       /* caps is 1 or 2: never 0 */
    if (r->capital_key != key) {
        r->capital_n = name_readings(r, caps, opener, adj, r->capital);
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
    int spaced = k == 0 || t->start > doc->tokens[k - 1].end;
    if (t->kind == HERALD_TOK_PUNCT || t->kind == HERALD_TOK_SYMBOL) {
        int n = punct(t, spaced, out);
        /* an auxiliary reaches over a quote to its verb: had "liberated" */
        if (hr_is_quote_tag(out[0].tag)) *aux = HR_AUX_GAP;
        return n;
    }
    if (t->kind == HERALD_TOK_URL) return one(out, HR_TAG_NN);
    const char *s = t->norm;
    size_t n = t->norm_len;
    if (t->kind == HERALD_TOK_NUMBER) {
        if (ends(s, n, "s") && n > 2) return one(out, HR_TAG_NNS);   /* "1990s" */
        return one(out, memchr(s, '-', n) ? HR_TAG_JJ : HR_TAG_CD);
    }
    struct hr_word_reading scratch;
    struct hr_word_reading *r = word_reading(cache, doc, k, &scratch);
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

/* readings.c - a word's readings from its lower-case spelling alone
 * (readings.h): Herald's own lexicon (closed classes) as written; else
 * WordNet, the word itself as a lemma (its readings weighted by how
 * often SemCor saw each) and the lemmas it inflects by rule ("attacks"
 * -> attack: NNS and VBZ) or by WordNet's exception lists ("went" ->
 * VBD); then, for a word no resource knows, its shape and suffix. */
#include "readings.h"
#include "taglex.h"

#include <math.h>

void hr_acc_add(hr_acc *a, int tag, float w)
{
    if (w <= 0) return;
    a->total += w;
    for (int i = 0; i < a->n; i++)
        if (a->tag[i] == tag) { a->w[i] += w; return; }
    if (a->n == 16) return;
    a->tag[a->n] = (unsigned char)tag;
    a->w[a->n++] = w;
}

float hr_acc_get(const hr_acc *a, int tag)
{
    for (int i = 0; i < a->n; i++)
        if (a->tag[i] == tag) return a->w[i];
    return 0;
}

void hr_acc_drop(hr_acc *a, int tag)
{
    for (int i = 0; i < a->n; i++)
        if (a->tag[i] == tag) {
            a->total -= a->w[i];
            a->tag[i] = a->tag[--a->n];
            a->w[i] = a->w[a->n];
            return;
        }
}

int hr_acc_finish(const hr_acc *a, hr_cand *out)
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

static const hr_lex_entry *lookup(const char *s, size_t n)
{
    return hr_lex_lookup_hashed(s, n, hr_lex_hash(s, (unsigned)n));
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
 * caller tests the suffix (hr_ends() with a literal costs no strlen), since
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
    if (!hr_ends(s, n, "s") || hr_ends(s, n, "ss")) return;
    if ((e = stem(s, n, 1, ""))) *noun = *verb = e;
    if (hr_ends(s, n, "es") && (e = stem(s, n, 2, ""))) {
        if (!*noun || !(*noun)->pos[HR_POS_NOUN]) *noun = e;
        if (!*verb || !(*verb)->pos[HR_POS_VERB]) *verb = e;
    }
    if (hr_ends(s, n, "ies") && (e = stem(s, n, 3, "y"))) *noun = *verb = e;
}

/* The noun and adjective readings of a regular participle or gerund
 * ("wounded", "pledged", "shelling", "striking"): WordNet lists many
 * that news uses as verbs, so one SemCor never saw weighs a quarter of
 * another unseen reading.  And SemCor's adjective is often Penn's verb
 * ("were wounded by", "and wounded 36", "striking Hezbollah twice"), so
 * half the adjective's weight goes to the verb forms. */
#define UNSEEN_PARTICIPLE 0.75f     /* taken off a reading's weight of 1 + count */
static void participle(int past, float *noun, float *adj, hr_acc *a)
{
    if (*noun > 0) *noun -= UNSEEN_PARTICIPLE;
    if (*adj <= 0) return;
    *adj = (*adj - UNSEEN_PARTICIPLE) * 0.5f;
    if (past) {
        hr_acc_add(a, HR_TAG_VBD, *adj * 0.5f);
        hr_acc_add(a, HR_TAG_VBN, *adj * 0.5f);
    } else {
        hr_acc_add(a, HR_TAG_VBG, *adj);
    }
}

/* WordNet's view of a lower-case word: its readings as a lemma and as an
 * inflected form.  Returns the total weight added. */
static float wordnet(const char *s, size_t n, const hr_lex_entry *self, hr_acc *a)
{
    float before = a->total;
    const hr_lex_entry *singular, *verb;
    s_stems(s, n, &singular, &verb);
    int plural = singular && singular->pos[HR_POS_NOUN] > 1;     /* seen in SemCor: not "ga" */
    /* the "+e" try covers "-d": "agreed" */
    const hr_lex_entry *past = hr_ends(s, n, "ed") ? verb_stem(s, n, 2) : NULL;
    const hr_lex_entry *gerund = hr_ends(s, n, "ing") ? verb_stem(s, n, 3) : NULL;
    if (self) {
        float noun = reading(self, HR_POS_NOUN), adj = reading(self, HR_POS_ADJ);
        if (past || gerund) participle(past != NULL, &noun, &adj, a);
        /* A noun lemma that is the plural of another ("relations",
         * "leaders") is plural in every use. */
        if (plural) hr_acc_add(a, HR_TAG_NNS, noun);
        else hr_acc_add(a, HR_TAG_NN, noun * SHARE_NN);
        /* A bare verb form: the infinitive or the present tense. */
        hr_acc_add(a, HR_TAG_VB, reading(self, HR_POS_VERB) * SHARE_VB);
        hr_acc_add(a, HR_TAG_VBP, reading(self, HR_POS_VERB) * SHARE_VBP);
        hr_acc_add(a, HR_TAG_JJ, adj);
        hr_acc_add(a, HR_TAG_RB, reading(self, HR_POS_ADV));
        /* Exception lists carry no counts of the form: it gets its share
         * of its lemma's ("made" of "make"). */
        float lemma = self->lemma;
        if (self->flags & HR_LX_PAST) {
            hr_acc_add(a, HR_TAG_VBD, lemma * SHARE_ED);
            hr_acc_add(a, HR_TAG_VBN, lemma * SHARE_ED);
        }
        if (self->flags & HR_LX_PRESP) hr_acc_add(a, HR_TAG_VBG, lemma * SHARE_VBG);
        if (self->flags & HR_LX_THIRD) hr_acc_add(a, HR_TAG_VBZ, lemma * SHARE_VBZ);
        if (self->flags & HR_LX_PLURAL) hr_acc_add(a, HR_TAG_NNS, lemma * SHARE_NNS);
        if (self->flags & HR_LX_COMPAR) hr_acc_add(a, HR_TAG_JJR, lemma * SHARE_JJR);
        if (self->flags & HR_LX_SUPERL) hr_acc_add(a, HR_TAG_JJS, lemma * SHARE_JJR);
    }
    hr_acc_add(a, HR_TAG_NNS, reading(singular, HR_POS_NOUN) * SHARE_NNS);
    /* WordNet's one other plural rule: "gunmen" -> gunman. */
    if (hr_ends(s, n, "men"))
        hr_acc_add(a, HR_TAG_NNS, reading(stem(s, n, 3, "man"), HR_POS_NOUN) * SHARE_NNS);
    hr_acc_add(a, HR_TAG_VBZ, reading(verb, HR_POS_VERB) * SHARE_VBZ);
    hr_acc_add(a, HR_TAG_VBD, reading(past, HR_POS_VERB) * SHARE_ED);
    hr_acc_add(a, HR_TAG_VBN, reading(past, HR_POS_VERB) * SHARE_ED);
    hr_acc_add(a, HR_TAG_VBG, reading(gerund, HR_POS_VERB) * SHARE_VBG);
    const hr_lex_entry *e;
    /* "-er" and "-est" make comparatives only of words that are not
     * lemmas themselves ("offer", "interest"). */
    if (!self && hr_ends(s, n, "er") && (((e = stem(s, n, 2, "")) && e->pos[HR_POS_ADJ]) ||
                             ((e = stem(s, n, 1, "")) && e->pos[HR_POS_ADJ])))
        hr_acc_add(a, HR_TAG_JJR, reading(e, HR_POS_ADJ));
    if (!self && hr_ends(s, n, "est") && (((e = stem(s, n, 3, "")) && e->pos[HR_POS_ADJ]) ||
                              ((e = stem(s, n, 2, "")) && e->pos[HR_POS_ADJ])))
        hr_acc_add(a, HR_TAG_JJS, reading(e, HR_POS_ADJ));
    return a->total - before;
}

/* A word no resource knows: its suffix decides. */
static void guess(const char *s, size_t n, hr_acc *a)
{
    if (memchr(s, '-', n)) {
        if (hr_ends(s, n, "ed") || hr_ends(s, n, "en")) { hr_acc_add(a, HR_TAG_JJ, 8); hr_acc_add(a, HR_TAG_VBN, 2); }
        else if (hr_ends(s, n, "ing")) { hr_acc_add(a, HR_TAG_JJ, 7); hr_acc_add(a, HR_TAG_NN, 3); }
        else if (hr_ends(s, n, "s")) { hr_acc_add(a, HR_TAG_NNS, 6); hr_acc_add(a, HR_TAG_JJ, 4); }
        else { hr_acc_add(a, HR_TAG_JJ, 5.5f); hr_acc_add(a, HR_TAG_NN, 4.5f); }
        return;
    }
    if (hr_ends(s, n, "ing")) { hr_acc_add(a, HR_TAG_VBG, 7); hr_acc_add(a, HR_TAG_NN, 2); hr_acc_add(a, HR_TAG_JJ, 1); return; }
    if (hr_ends(s, n, "ed")) { hr_acc_add(a, HR_TAG_VBN, 4); hr_acc_add(a, HR_TAG_VBD, 3.5f); hr_acc_add(a, HR_TAG_JJ, 2.5f); return; }
    if (hr_ends(s, n, "ly")) { hr_acc_add(a, HR_TAG_RB, 9); hr_acc_add(a, HR_TAG_JJ, 1); return; }
    /* the suffixes written out, not read from a list: hr_ends() of a
     * literal costs no strlen, and every unknown word (most names) comes
     * through here */
    if (hr_ends(s, n, "tion") || hr_ends(s, n, "sion") || hr_ends(s, n, "ment") || hr_ends(s, n, "ness") ||
        hr_ends(s, n, "ity") || hr_ends(s, n, "ism") || hr_ends(s, n, "ist") || hr_ends(s, n, "ance") ||
        hr_ends(s, n, "ence") || hr_ends(s, n, "ship") || hr_ends(s, n, "hood")) {
        hr_acc_add(a, HR_TAG_NN, 9); hr_acc_add(a, HR_TAG_JJ, 1); return;
    }
    if (hr_ends(s, n, "ous") || hr_ends(s, n, "ful") || hr_ends(s, n, "ive") || hr_ends(s, n, "able") ||
        hr_ends(s, n, "ible") || hr_ends(s, n, "al") || hr_ends(s, n, "ic") || hr_ends(s, n, "less") ||
        hr_ends(s, n, "ary") || hr_ends(s, n, "ish") || hr_ends(s, n, "ian") || hr_ends(s, n, "ese")) {
        hr_acc_add(a, HR_TAG_JJ, 8); hr_acc_add(a, HR_TAG_NN, 2); return;
    }
    if (hr_ends(s, n, "ize") || hr_ends(s, n, "ise") || hr_ends(s, n, "ify") || hr_ends(s, n, "ate")) {
        hr_acc_add(a, HR_TAG_VB, 5); hr_acc_add(a, HR_TAG_VBP, 3); hr_acc_add(a, HR_TAG_NN, 2); return;
    }
    if (hr_ends(s, n, "s") && !hr_ends(s, n, "ss") && !hr_ends(s, n, "us") && !hr_ends(s, n, "is")) {
        hr_acc_add(a, HR_TAG_NNS, 8); hr_acc_add(a, HR_TAG_VBZ, 2); return;
    }
    hr_acc_add(a, HR_TAG_NN, 7);
    hr_acc_add(a, HR_TAG_JJ, 2);
    hr_acc_add(a, HR_TAG_VB, 0.5f);
    hr_acc_add(a, HR_TAG_VBP, 0.5f);
}

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

float hr_read_spelling(const char *s, size_t n, const hr_lex_entry *e, hr_acc *a, int *adverb)
{
    *adverb = 0;
    if (e && (e->flags & HR_LX_OWN)) {
        for (int i = 0; i < 3 && e->tags[i]; i++) hr_acc_add(a, e->tags[i], e->weights[i]);
        return 0;
    }
    float known = wordnet(s, n, e, a);
    *adverb = known > 0 && hr_acc_get(a, HR_TAG_RB) * 2 > a->total;
    size_t prefix = known > 0 ? 0 : class_keeping_prefix(s, n);
    if (prefix) known = wordnet(s + prefix, n - prefix, lookup(s + prefix, n - prefix), a);
    int digit = 0;
    for (size_t i = 0; i < n && !digit; i++) digit = s[i] >= '0' && s[i] <= '9';
    if (digit) {
        a->n = 0;
        a->total = 0;
        hr_acc_add(a, memchr(s, '-', n) ? HR_TAG_JJ : HR_TAG_CD, 7);
        hr_acc_add(a, HR_TAG_NN, 1);
        known = 8;
    }
    if (known <= 0) guess(s, n, a);
    return known;
}

int hr_name_readings(const char *s, size_t n, const hr_lex_entry *e, float known,
                     const hr_acc *spelled, int caps, int opener, int adj, hr_cand *out)
{
    hr_acc a = *spelled;
    if (e && (e->flags & HR_LX_OWN)) {
        /* A noun of the list with a capital is a name or a title
         * ("Prime Minister"), as in the WordNet case below. */
        int noun = hr_acc_get(&a, HR_TAG_NN) + hr_acc_get(&a, HR_TAG_NNS) > 0;
        int plural = hr_acc_get(&a, HR_TAG_NNS) > hr_acc_get(&a, HR_TAG_NN);
        hr_acc_add(&a, plural ? HR_TAG_NNPS : HR_TAG_NNP, caps == 2 ? 2550 : noun ? 2300 : 60);
        return hr_acc_finish(&a, out);
    }
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
    if (adj && hr_acc_get(&a, HR_TAG_JJ) < total) {
        hr_acc_add(&a, HR_TAG_JJ, total);                 /* "Israeli jets" */
        total *= 2;
    }
    int plural = hr_acc_get(&a, HR_TAG_NNS) > hr_acc_get(&a, HR_TAG_NN) &&
                 hr_ends(s, n, "s");
    if (!opener && !adj) {                         /* a common noun with a capital is a name */
        hr_acc_drop(&a, HR_TAG_NN);
        hr_acc_drop(&a, HR_TAG_NNS);
        total = a.n ? a.total : 1;
    }
    hr_acc_add(&a, plural ? HR_TAG_NNPS : HR_TAG_NNP, total * share / (1 - share));
    return hr_acc_finish(&a, out);
}

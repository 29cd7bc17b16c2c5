/* mkplain - finishes, at build time, the readings of every word of the
 * tagger's lexicon that depend on the word alone: what the tagger would
 * work out from its lower-case spelling (src/tag/readings.c), and from
 * it capitalised inside a sentence, so that it need not work them out
 * again for every document.  Linked with the library's own readings.o
 * and taglex.o, so the readings are the tagger's to the bit.
 *
 * The same for the regular inflections of the lemmas SemCor saw
 * ("attacks", "attacked", "attacking"), which the lexicon does not hold
 * and the tagger would otherwise work out in every document they occur
 * in (their lower-case readings only).
 *
 * Usage: mkplain OUTPUT.c
 * Writes hr_taglex_plain[] and hr_taglex_inside[] (one per lexicon
 * entry), the inflections' table hr_tagform_* and hr_taglex_cands[]
 * (readings.h), words with the same readings sharing them. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/tag/readings.h"

/* The lists of readings written so far, each once. */
typedef struct pool {
    hr_cand *cands;
    size_t used;
    unsigned *seen;             /* by the readings' hash: 0 empty, else 1 + ready value */
    size_t mask;
} pool;

static void *xalloc(size_t n)
{
    void *p = calloc(1, n ? n : 1);
    if (!p) { fputs("mkplain: out of memory\n", stderr); exit(1); }
    return p;
}

static int same(const hr_cand *a, const hr_cand *b, int n)
{
    for (int i = 0; i < n; i++)
        if (a[i].tag != b[i].tag || memcmp(&a[i].logp, &b[i].logp, sizeof a[i].logp) != 0) return 0;
    return 1;
}

static unsigned hash_of(const hr_cand *c, int n)
{
    unsigned h = 2166136261u;
    for (int i = 0; i < n; i++) {
        unsigned bits;
        memcpy(&bits, &c[i].logp, sizeof bits);
        h = (h ^ c[i].tag) * 16777619u;
        h = (h ^ bits) * 16777619u;
    }
    return h;
}

/* The ready value (readings.h) of the readings c[0..n), added to the
 * pool unless they are there already. */
static unsigned store(pool *p, const hr_cand *c, int n)
{
    size_t h = hash_of(c, n) & p->mask;
    for (; p->seen[h]; h = (h + 1) & p->mask) {
        unsigned old = p->seen[h] - 1;
        if ((int)(old & 7) == n && same(&p->cands[old >> 4], c, n)) return old;
    }
    unsigned ready = (unsigned)(p->used << 4 | (size_t)n);
    memcpy(&p->cands[p->used], c, (size_t)n * sizeof *c);
    p->used += (size_t)n;
    p->seen[h] = 1 + ready;
    return ready;
}

/* The inflected forms found: their spellings one after another, and an
 * open-addressed set of them by hr_lex_hash() (0 empty, else 1 + index
 * into word and ready). */
typedef struct forms {
    char *words;
    size_t used;
    unsigned *word, *ready;
    size_t count;
    unsigned *slots;
    size_t mask;
} forms;

/* The slot of the word s[0..n) in f's set: the one that holds it, or the
 * empty one where it goes. */
static size_t form_slot(const forms *f, const char *s, size_t n)
{
    size_t h = hr_lex_hash(s, (unsigned)n) & f->mask;
    for (; f->slots[h]; h = (h + 1) & f->mask) {
        const char *w = f->words + f->word[f->slots[h] - 1];
        if (strncmp(w, s, n) == 0 && w[n] == '\0') break;
    }
    return h;
}

/* Adds the stem s[0..n) with suffix put on, unless it is a word of the
 * lexicon (which has its readings ready), found already, or a word
 * WordNet does not know as an inflection (hr_read_spelling() gives no
 * weight: a cheap guess the tagger makes at run time). */
static void add_form(forms *f, pool *p, const char *s, size_t n, const char *suffix)
{
    char form[64];
    size_t m = strlen(suffix);
    if (n + m >= sizeof form) return;
    memcpy(form, s, n);
    memcpy(form + n, suffix, m + 1);
    n += m;
    if (hr_taglex_find(form, n)) return;
    size_t h = form_slot(f, form, n);
    if (f->slots[h]) return;
    hr_acc a = { 0 };
    int adverb;
    if (hr_read_spelling(form, n, NULL, &a, &adverb) <= 0) return;
    hr_cand c[HR_MAX_CANDS];
    f->word[f->count] = (unsigned)f->used;
    f->ready[f->count] = store(p, c, hr_acc_finish(&a, c)) | (adverb ? 8u : 0u);
    f->slots[h] = (unsigned)++f->count;
    memcpy(f->words + f->used, form, n + 1);
    f->used += n + 1;
}

/* The forms of lemma w[0..n) by the rules readings.c undoes: "-s",
 * "-es", "-ies"; "-ed", "-d", a doubled consonant, "-ied"; "-ing"
 * likewise; "-men"; "-er", "-est".  Forms no rule of readings.c
 * recognises give no weight and are not kept. */
#define FORMS_PER_LEMMA 17
static void add_forms(forms *f, pool *p, const char *w, size_t n)
{
    static const char *const suffixes[] = { "s", "es", "ed", "ing", "er", "est", NULL };
    static const char *const after_e[] = { "d", "r", "st", NULL };
    char last[2] = { w[n - 1], 0 };
    char doubled[8];
    for (const char *const *x = suffixes; *x; x++) {
        add_form(f, p, w, n, *x);
        snprintf(doubled, sizeof doubled, "%s%s", last, *x);
        add_form(f, p, w, n, doubled);              /* "planned", "bigger" */
    }
    if (w[n - 1] == 'e') {
        for (const char *const *x = after_e; *x; x++) add_form(f, p, w, n, *x);
        add_form(f, p, w, n - 1, "ing");            /* "making" */
    }
    if (w[n - 1] == 'y') {
        add_form(f, p, w, n - 1, "ies");
        add_form(f, p, w, n - 1, "ied");
    }
    if (n > 3 && strcmp(w + n - 3, "man") == 0) add_form(f, p, w, n - 3, "men");
}

/* Whether SemCor saw the lexicon's word as a noun, verb or adjective
 * (a reading's weight is 1 + its count). */
static int seen(const hr_lex_entry *e)
{
    return e->pos[HR_POS_NOUN] > 1 || e->pos[HR_POS_VERB] > 1 || e->pos[HR_POS_ADJ] > 1;
}

static void write_values(FILE *out, const char *name, const unsigned *v, size_t count)
{
    fprintf(out, "const unsigned %s[] = {\n", name);
    for (size_t i = 0; i < count; i++) fprintf(out, "%u,%s", v[i], i % 16 == 15 ? "\n" : "");
    fprintf(out, "};\n\n");
}

/* The forms of every lemma SemCor saw, in a set with room for all. */
static forms find_forms(pool *p)
{
    size_t lemmas = 0, bytes = 0;
    for (size_t i = 0; i < hr_taglex_count; i++)
        if (seen(&hr_taglex_entries[i])) {
            lemmas++;
            bytes += strlen(hr_taglex_words + hr_taglex_entries[i].word) + 5;
        }
    size_t most = FORMS_PER_LEMMA * lemmas + 1, slots = 1;
    while (slots < 2 * most) slots <<= 1;
    forms f = { xalloc(FORMS_PER_LEMMA * bytes + 1), 0, xalloc(most * sizeof *f.word),
                xalloc(most * sizeof *f.ready), 0, xalloc(slots * sizeof *f.slots), slots - 1 };
    for (size_t i = 0; i < hr_taglex_count; i++) {
        const hr_lex_entry *e = &hr_taglex_entries[i];
        const char *w = hr_taglex_words + e->word;
        if (seen(e) && w[0] && w[1]) add_forms(&f, p, w, strlen(w));
    }
    return f;
}

/* The set of f made as small as the forms found allow (the table the
 * library holds: twice as many slots as forms). */
static void shrink(forms *f)
{
    size_t slots = 16;
    while (slots < 2 * f->count) slots <<= 1;
    free(f->slots);
    f->slots = xalloc(slots * sizeof *f->slots);
    f->mask = slots - 1;
    for (size_t i = 0; i < f->count; i++) {
        const char *w = f->words + f->word[i];
        f->slots[form_slot(f, w, strlen(w))] = (unsigned)i + 1;
    }
}

static void write_forms(FILE *out, const forms *f)
{
    /* as numbers, as mktaglex writes the lexicon's: no string literal
     * over C's length limit */
    fprintf(out, "const char hr_tagform_words[] = {\n");
    for (size_t i = 0; i < f->used; i++)
        fprintf(out, "%d,%s", (unsigned char)f->words[i], i % 24 == 23 ? "\n" : "");
    fprintf(out, "0};\n\n");
    write_values(out, "hr_tagform_word", f->word, f->count);
    write_values(out, "hr_tagform_ready", f->ready, f->count);
    write_values(out, "hr_tagform_slots", f->slots, f->mask + 1);
    fprintf(out, "const unsigned hr_tagform_mask = %zu;\n\n", f->mask);
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fputs("usage: mkplain OUTPUT.c\n", stderr);
        return 2;
    }
    /* room for the lists of every lexicon word, plain and inside, and of
     * every form */
    size_t count = hr_taglex_count, lists = (2 + FORMS_PER_LEMMA) * count, slots = 1;
    while (slots < 2 * lists) slots <<= 1;
    pool p = { xalloc(lists * HR_MAX_CANDS * sizeof *p.cands), 0,
               xalloc(slots * sizeof *p.seen), slots - 1 };
    unsigned *plain = xalloc(count * sizeof *plain), *inside = xalloc(count * sizeof *inside);
    for (size_t i = 0; i < count; i++) {
        const hr_lex_entry *e = &hr_taglex_entries[i];
        const char *s = hr_taglex_words + e->word;
        size_t n = strlen(s);
        hr_acc a = { 0 };
        int adverb;
        float known = hr_read_spelling(s, n, e, &a, &adverb);
        hr_cand c[HR_MAX_CANDS];
        plain[i] = store(&p, c, hr_acc_finish(&a, c)) | (adverb ? 8u : 0u);
        inside[i] = store(&p, c, hr_name_readings(s, n, e, known, &a, 1, 0, 0, c));
    }
    forms f = find_forms(&p);
    shrink(&f);
    FILE *out = fopen(argv[1], "w");
    if (!out) { fprintf(stderr, "mkplain: %s: cannot write\n", argv[1]); return 1; }
    fprintf(out, "/* Generated by tools/mkplain from the tagger's lexicon: do not edit. */\n"
                 "#include \"../../src/tag/readings.h\"\n\n");
    write_values(out, "hr_taglex_plain", plain, count);
    write_values(out, "hr_taglex_inside", inside, count);
    write_forms(out, &f);
    /* hexadecimal floats: the logarithms to the bit */
    fprintf(out, "const hr_cand hr_taglex_cands[] = {\n");
    for (size_t i = 0; i < p.used; i++)
        fprintf(out, "{%u,%af},%s", p.cands[i].tag, (double)p.cands[i].logp, i % 4 == 3 ? "\n" : "");
    for (int i = 0; i < HR_MAX_CANDS; i++) fprintf(out, "{0,0},");   /* readings.h: room to copy */
    fprintf(out, "};\n");
    free(plain);
    free(inside);
    free(p.cands);
    free(p.seen);
    free(f.words);
    free(f.word);
    free(f.ready);
    free(f.slots);
    if (fclose(out) != 0) { fprintf(stderr, "mkplain: %s: write failed\n", argv[1]); return 1; }
    return 0;
}

/* mktaglex - compiles the part-of-speech tagger's lexicon into a C
 * source file, at build time, from two resources:
 *
 *   WordNet 3.0 (Debian's wordnet-base, /usr/share/wordnet): which
 *   readings (noun, verb, adjective, adverb) each lemma has, how often
 *   each was seen in the SemCor sense-tagged corpus (cntlist.rev), the
 *   irregular forms (verb.exc, noun.exc, adj.exc, adv.exc), and which
 *   nouns WordNet only ever writes capitalised (data.noun: names);
 *
 *   Herald's own lexicon (data/tagger/closed.tags): the closed classes
 *   (determiners, pronouns, prepositions, auxiliaries, modals ...) with
 *   Penn tags and weights, which WordNet does not describe.
 *
 * Usage: mktaglex OUTPUT.c WORDNET-DIR OWN-LEXICON
 * Any missing file or malformed line stops the build with FILE:LINE and
 * what was wrong; nothing is guessed.  The output is deterministic. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../src/tag/grammar.h"

#define TAG_NAME_(e, s) s,
static const char *const tag_names[] = { HR_TAGS(TAG_NAME_) };

typedef struct word {
    char *text;
    unsigned counts[4];          /* SemCor counts per reading */
    unsigned char has[4];        /* the reading exists in WordNet */
    unsigned short flags;
    unsigned lemma_count;        /* irregular forms: SemCor count of the lemma inflected */
    unsigned char tags[3], weights[3];
    unsigned char cap_seen, lower_seen, adj_cap_seen, adj_lower_seen;
} word;

/* The words, in an open-addressed table that only grows. */
static word *words;
static size_t nwords, cap;

/* The auxiliary class of a word of Herald's own lexicon: grammar.h's,
 * or for a word mostly an adverb ("later", "often", "so"), one an
 * auxiliary reaches over to its verb ("were later released", "has so
 * far refused"). */
static int own_aux(const word *w)
{
    int aux = hr_aux_of_word(w->text);
    if (aux != HR_AUX_NONE) return aux;
    int best = 0;
    for (int i = 1; i < 3 && w->tags[i]; i++)
        if (w->weights[i] > w->weights[best]) best = i;
    int tag = w->tags[best];
    return tag == HR_TAG_RB || tag == HR_TAG_RBR || tag == HR_TAG_RBS ? HR_AUX_GAP : HR_AUX_NONE;
}

static void die(const char *file, long line, const char *msg, const char *what)
{
    if (line > 0)
        fprintf(stderr, "mktaglex: %s:%ld: %s%s%s\n", file, line, msg, what ? ": " : "",
                what ? what : "");
    else
        fprintf(stderr, "mktaglex: %s: %s%s%s\n", file, msg, what ? ": " : "", what ? what : "");
    exit(1);
}

static void *xalloc(size_t n)
{
    void *p = calloc(1, n);
    if (!p) { fputs("mktaglex: out of memory\n", stderr); exit(1); }
    return p;
}

static word *find(const char *s, int create)
{
    if (nwords * 2 >= cap) {
        size_t old = cap;
        word *prev = words;
        cap = cap ? cap * 2 : 1 << 16;
        words = xalloc(cap * sizeof *words);
        for (size_t i = 0; i < old; i++) {
            if (!prev[i].text) continue;
            size_t h = hr_lex_hash(prev[i].text, (unsigned)strlen(prev[i].text)) & (cap - 1);
            while (words[h].text) h = (h + 1) & (cap - 1);
            words[h] = prev[i];
        }
        free(prev);
    }
    size_t h = hr_lex_hash(s, (unsigned)strlen(s)) & (cap - 1);
    while (words[h].text) {
        if (strcmp(words[h].text, s) == 0) return &words[h];
        h = (h + 1) & (cap - 1);
    }
    if (!create) return NULL;
    size_t n = strlen(s);
    words[h].text = xalloc(n + 1);
    memcpy(words[h].text, s, n);
    nwords++;
    return &words[h];
}

static FILE *open_file(const char *dir, const char *name, char *path, size_t size)
{
    snprintf(path, size, "%s%s%s", dir, dir[0] ? "/" : "", name);
    FILE *f = fopen(path, "r");
    if (!f) die(path, 0, "cannot open (is Debian's wordnet-base installed? tools/install-deps.sh)",
                NULL);
    return f;
}

/* Splits a line into at most `max` fields separated by blanks. */
static int fields(char *line, char **f, int max)
{
    int n = 0;
    char *p = line;
    while (*p && n < max) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r') p++;
        if (!*p) break;
        f[n++] = p;
        while (*p && *p != ' ' && *p != '\t' && *p != '\n' && *p != '\r') p++;
        if (*p) *p++ = '\0';
    }
    return n;
}

/* Only single words: WordNet's collocations ("cease_fire") are phrases,
 * and the tagger tags tokens. */
static int single_word(const char *s)
{
    for (; *s; s++)
        if (*s == '_' || (unsigned char)*s >= 0x80) return 0;
    return 1;
}

static void lower_copy(char *dst, const char *src, size_t size)
{
    size_t i = 0;
    for (; src[i] && i + 1 < size; i++) dst[i] = (char)tolower((unsigned char)src[i]);
    dst[i] = '\0';
}

/* The next line of a WordNet index or data file into line[size], past
 * the licence header (lines that start with a space); *ln counts lines.
 * Returns 0 at the end. */
static int data_line(FILE *f, char *line, int size, const char *path, long *ln)
{
    while (fgets(line, size, f)) {
        ++*ln;
        if (line[0] == ' ') continue;
        if (!strchr(line, '\n') && !feof(f)) die(path, *ln, "line too long", NULL);
        return 1;
    }
    return 0;
}

/* index.POS: "lemma pos synset_cnt p_cnt ..." after a licence header
 * whose lines start with a space. */
static void read_index(const char *dir, const char *name, char pos_char, int pos)
{
    char path[4096], line[65536];
    FILE *f = open_file(dir, name, path, sizeof path);
    long ln = 0, n = 0;
    while (data_line(f, line, sizeof line, path, &ln)) {
        char *fl[4];
        if (fields(line, fl, 4) < 4 || fl[1][0] != pos_char || fl[1][1])
            die(path, ln, "malformed index line (expected: lemma POS synset_cnt ...)", NULL);
        if (!single_word(fl[0])) continue;
        find(fl[0], 1)->has[pos] = 1;
        n++;
    }
    fclose(f);
    if (n == 0) die(path, 0, "no lemma found", NULL);
}

/* cntlist.rev: "lemma%ss_type:lex_filenum:lex_id:head:head_id sense_number count". */
static void read_counts(const char *dir)
{
    char path[4096], line[4096];
    FILE *f = open_file(dir, "cntlist.rev", path, sizeof path);
    long ln = 0, n = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        char *fl[3];
        if (fields(line, fl, 3) != 3) die(path, ln, "malformed line (expected: sense_key sense count)", NULL);
        char *pct = strchr(fl[0], '%');
        char *end;
        unsigned long count = strtoul(fl[2], &end, 10);
        if (!pct || pct[1] < '1' || pct[1] > '5' || *end)
            die(path, ln, "malformed sense key or count", fl[0]);
        *pct = '\0';
        if (!single_word(fl[0])) continue;
        static const int pos_of[] = { 0, HR_POS_NOUN, HR_POS_VERB, HR_POS_ADJ, HR_POS_ADV,
                                      HR_POS_ADJ };
        word *w = find(fl[0], 0);
        if (w) w->counts[pos_of[pct[1] - '0']] += (unsigned)count;
        n++;
    }
    fclose(f);
    if (n == 0) die(path, 0, "no sense count found", NULL);
}

/* data.noun, data.adj: "offset lex_filenum ss_type w_cnt word lex_id
 * ..." - which words WordNet writes capitalised (names, and adjectives
 * of nations and peoples). */
static void read_case(const char *dir, const char *name, int adj)
{
    char path[4096], line[65536];
    FILE *f = open_file(dir, name, path, sizeof path);
    long ln = 0, n = 0;
    while (data_line(f, line, sizeof line, path, &ln)) {
        char *fl[64];
        int nf = fields(line, fl, 64);
        char *end;
        unsigned long wc = nf >= 4 ? strtoul(fl[3], &end, 16) : 0;
        if (nf < 4 || *end || wc == 0 || 4 + 2 * wc > (unsigned long)nf)
            die(path, ln, "malformed synset line (expected: offset lexfile type w_cnt word ...)", NULL);
        for (unsigned long i = 0; i < wc; i++) {
            char *s = fl[4 + 2 * i], key[256];
            char *paren = strchr(s, '(');    /* adjective markers, as "(p)" */
            if (paren) *paren = '\0';
            if (!single_word(s)) continue;
            lower_copy(key, s, sizeof key);
            word *w = find(key, 0);
            if (!w) continue;
            int upper = isupper((unsigned char)s[0]) != 0;
            if (adj) { w->adj_cap_seen |= upper; w->adj_lower_seen |= !upper; }
            else { w->cap_seen |= upper; w->lower_seen |= !upper; }
        }
        n++;
    }
    fclose(f);
    if (n == 0) die(path, 0, "no synset found", NULL);
}

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcmp(s + n - m, suffix) == 0;
}

/* NAME.exc: "form lemma [lemma ...]". */
static void read_exceptions(const char *dir, const char *name, int pos)
{
    char path[4096], line[4096];
    FILE *f = open_file(dir, name, path, sizeof path);
    long ln = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        char *fl[2];
        if (fields(line, fl, 2) != 2) die(path, ln, "malformed line (expected: form lemma ...)", NULL);
        if (!single_word(fl[0])) continue;
        word *w = find(fl[0], 1);
        /* "made" weighs as much as "make" is a frequent verb (by the
         * first lemma listed). */
        const word *lemma = find(fl[1], 0);
        if (lemma && lemma->counts[pos] > w->lemma_count) w->lemma_count = lemma->counts[pos];
        if (pos == HR_POS_VERB)
            w->flags |= ends_with(fl[0], "ing") ? HR_LX_PRESP
                        : ends_with(fl[0], "s") && !ends_with(fl[1], "s") ? HR_LX_THIRD
                        : HR_LX_PAST;
        else if (pos == HR_POS_NOUN)
            w->flags |= HR_LX_PLURAL;
        else
            w->flags |= ends_with(fl[0], "st") ? HR_LX_SUPERL : HR_LX_COMPAR;
    }
    fclose(f);
}

static int tag_of(const char *name)
{
    for (int t = 1; t < HR_TAG_COUNT; t++)
        if (strcmp(tag_names[t], name) == 0) return t;
    return -1;
}

/* "word PAST": a verb whose past tense and participle are the word
 * itself ("cut", "hit"), which no exception list gives: it keeps
 * WordNet's readings and gains the past forms, as "made" does. */
static void same_past(const char *path, long ln, const char *s)
{
    word *w = find(s, 0);
    if (!w || !w->has[HR_POS_VERB]) die(path, ln, "PAST needs a WordNet verb", s);
    if (w->flags & HR_LX_PAST) die(path, ln, "the word has past forms already", s);
    w->flags |= HR_LX_PAST;
    w->lemma_count = w->counts[HR_POS_VERB];
}

/* Herald's own lexicon: "word TAG:weight [TAG:weight ...]" or "word
 * PAST", # comments. */
static void read_own(const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) die(path, 0, "cannot open Herald's own tagger lexicon", NULL);
    char line[4096];
    long ln = 0, n = 0;
    while (fgets(line, sizeof line, f)) {
        ln++;
        /* A comment starts at a '#' that begins a field. */
        for (char *h = line; (h = strchr(h, '#')) != NULL; h++)
            if (h == line || h[-1] == ' ' || h[-1] == '\t') { *h = '\0'; break; }
        char *fl[5];
        int nf = fields(line, fl, 5);
        if (nf == 0) continue;
        if (nf < 2) die(path, ln, "a word needs at least one TAG:weight", fl[0]);
        if (nf > 4) die(path, ln, "at most three TAG:weight pairs", fl[0]);
        if (nf == 2 && strcmp(fl[1], "PAST") == 0) {
            same_past(path, ln, fl[0]);
            n++;
            continue;
        }
        word *w = find(fl[0], 1);
        if (w->flags & HR_LX_OWN) die(path, ln, "word listed twice", fl[0]);
        w->flags |= HR_LX_OWN;
        for (int i = 1; i < nf; i++) {
            char *colon = strrchr(fl[i], ':'), *end;
            if (!colon || colon == fl[i]) die(path, ln, "expected TAG:weight", fl[i]);
            *colon = '\0';
            int t = tag_of(fl[i]);
            if (t < 0) die(path, ln, "unknown Penn tag", fl[i]);
            unsigned long wt = strtoul(colon + 1, &end, 10);
            if (*end || wt == 0 || wt > 255) die(path, ln, "weight must be 1 to 255", colon + 1);
            w->tags[i - 1] = (unsigned char)t;
            w->weights[i - 1] = (unsigned char)wt;
        }
        n++;
    }
    fclose(f);
    if (n == 0) die(path, 0, "no entry found", NULL);
}

static int by_text(const void *a, const void *b)
{
    return strcmp((*(word *const *)a)->text, (*(word *const *)b)->text);
}

int main(int argc, char **argv)
{
    if (argc != 4) {
        fputs("usage: mktaglex OUTPUT.c WORDNET-DIR OWN-LEXICON\n", stderr);
        return 2;
    }
    const char *dir = argv[2];
    read_index(dir, "index.noun", 'n', HR_POS_NOUN);
    read_index(dir, "index.verb", 'v', HR_POS_VERB);
    read_index(dir, "index.adj", 'a', HR_POS_ADJ);
    read_index(dir, "index.adv", 'r', HR_POS_ADV);
    read_counts(dir);
    read_case(dir, "data.noun", 0);
    read_case(dir, "data.adj", 1);
    read_exceptions(dir, "verb.exc", HR_POS_VERB);
    read_exceptions(dir, "noun.exc", HR_POS_NOUN);
    read_exceptions(dir, "adj.exc", HR_POS_ADJ);
    read_exceptions(dir, "adv.exc", HR_POS_ADV);
    read_own(argv[3]);

    word **sorted = xalloc(nwords * sizeof *sorted);
    size_t n = 0;
    for (size_t i = 0; i < cap; i++)
        if (words[i].text) sorted[n++] = &words[i];
    qsort(sorted, n, sizeof *sorted, by_text);

    FILE *out = fopen(argv[1], "w");
    if (!out) die(argv[1], 0, "cannot write", NULL);
    fprintf(out, "/* Generated by tools/mktaglex from WordNet 3.0 (%s) and %s: do not edit. */\n"
                 "#include \"../../src/tag/taglex.h\"\n\n", dir, argv[3]);
    /* The words, NUL-separated, as bytes: one long string literal would
     * trip -Woverlength-strings. */
    fprintf(out, "const char hr_taglex_words[] = {\n");
    unsigned *offsets = xalloc(n * sizeof *offsets);
    unsigned long off = 0;
    for (size_t i = 0; i < n; i++) {
        offsets[i] = (unsigned)off;
        for (const char *p = sorted[i]->text;; p++) {
            fprintf(out, "%d,", (unsigned char)*p);
            off++;
            if (!*p) break;
        }
        if (i % 8 == 7) fputc('\n', out);
    }
    fprintf(out, "0};\n\nconst hr_lex_entry hr_taglex_entries[] = {\n");
    for (size_t i = 0; i < n; i++) {
        word *w = sorted[i];
        unsigned char pos[4];
        for (int p = 0; p < 4; p++)
            pos[p] = w->has[p] ? (unsigned char)(1 + (w->counts[p] > 254 ? 254 : w->counts[p])) : 0;
        unsigned flags = w->flags;
        if (w->has[HR_POS_NOUN] && w->cap_seen && !w->lower_seen) flags |= HR_LX_PROPER;
        if (w->has[HR_POS_NOUN] && w->cap_seen) flags |= HR_LX_CAPSENSE;
        if (w->has[HR_POS_ADJ] && w->adj_cap_seen && !w->adj_lower_seen) flags |= HR_LX_PROPER_ADJ;
        unsigned lemma = 1 + (w->lemma_count > 254 ? 254 : w->lemma_count);
        int aux = w->flags & HR_LX_OWN ? own_aux(w) : HR_AUX_NONE;
        fprintf(out, "{%u,{%u,%u,%u,%u},%u,%u,{%u,%u,%u},{%u,%u,%u},%d},\n", offsets[i], pos[0],
                pos[1], pos[2], pos[3], flags, lemma, w->tags[0], w->tags[1], w->tags[2],
                w->weights[0], w->weights[1], w->weights[2], aux);
    }
    /* Open addressing with linear probing, under half full. */
    size_t size = 1;
    while (size < n * 2 + 2) size <<= 1;
    unsigned *table = xalloc(size * sizeof *table);
    if (n + 1 >= HR_LEX_INDEX_LIMIT) die(argv[3], 0, "too many words for the table", NULL);
    for (size_t i = 0; i < n; i++) {
        unsigned hash = hr_lex_hash(sorted[i]->text, (unsigned)strlen(sorted[i]->text));
        size_t h = hash & (size - 1);
        while (table[h]) h = (h + 1) & (size - 1);
        table[h] = hr_lex_slot(hash, (unsigned)i);
    }
    fprintf(out, "};\n\nconst unsigned hr_taglex_count = %zu;\n"
                 "const unsigned hr_taglex_mask = %zu;\n"
                 "const unsigned hr_taglex_table[] = {\n", n, size - 1);
    for (size_t i = 0; i < size; i++) fprintf(out, "%u,%s", table[i], i % 16 == 15 ? "\n" : "");
    fprintf(out, "};\n\n/* grammar.h's weights. */\n"
                 "const float hr_tag_trans[2][HR_TAG_COUNT][HR_TAG_COUNT] = {\n");
    for (int aux = 0; aux < 2; aux++) {
        fprintf(out, "{");
        for (int p = 0; p < HR_TAG_COUNT; p++) {
            fprintf(out, "{");
            for (int t = 0; t < HR_TAG_COUNT; t++)
                fprintf(out, "%.2f,", (double)hr_transition_weight(p, aux ? HR_AUX_BE : HR_AUX_NONE, t));
            fprintf(out, "},\n");
        }
        fprintf(out, "},\n");
    }
    fprintf(out, "};\n\nconst float hr_tag_context[2 * HR_AUX_COUNT][HR_TAG_COUNT] = {\n");
    for (int row = 0; row < 2 * HR_AUX_COUNT; row++) {
        int aux = row % HR_AUX_COUNT, by = row >= HR_AUX_COUNT;
        fprintf(out, "{");
        for (int t = 0; t < HR_TAG_COUNT; t++) {
            float w = hr_context_weight(aux, t) + (by ? hr_agent_weight(t) : 0);
            fprintf(out, "%.2f,", (double)w);
        }
        fprintf(out, "},\n");
    }
    fprintf(out, "};\n");
    if (fclose(out) != 0) die(argv[1], 0, "write failed", NULL);
    return 0;
}

/* tokenize.c - words, numbers, punctuation, URLs.
 *
 * Conventions (close to the Penn Treebank's, which tagger resources use):
 * clitics split off ("Turkey's" -> "Turkey" "'s", "didn't" -> "did"
 * "n't"); hyphenated words stay whole ("cease-fire", "al-Shabaab");
 * abbreviations keep their period ("Gen.", "U.S.", "a.m."); numbers keep
 * inner separators ("1,080", "3.5", "10:30") but not range hyphens
 * ("2011-2013" is three tokens); URLs and e-mail addresses are one token.
 *
 * Most tokens are plain ASCII words, numbers and punctuation: they are
 * read off bit masks of the text (fast_tokens), and only the others go
 * through the rules character by character (full_token).  The two agree:
 * the fast path takes a token only where the full rules would end it
 * there too.
 */
#include "tokenize.h"
#include "abbrev.h"
#include "blocks.h"
#include "chars.h"
#include "normalize.h"

#include <string.h>

typedef struct scan {
    const char *s;
    size_t end;     /* end of the paragraph */
} scan;

static enum hr_cclass class_at(const scan *sc, size_t i, size_t *len)
{
    size_t l;
    enum hr_cclass c = hr_class_at(sc->s, sc->end, i, &l);
    if (len) *len = l;
    return c;
}

static int32_t cp_at(const scan *sc, size_t i, size_t *len)
{
    int32_t cp;
    size_t l = hr_decode(sc->s, sc->end, i, &cp);
    if (len) *len = l;
    return cp;
}

static int is_apostrophe(int32_t cp) { return cp == '\'' || cp == 0x2019; }
static int is_hyphen(int32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011; }

static int lower_eq(const char *s, size_t n, const char *word)
{
    if (strlen(word) != n) return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
        if (c != word[i]) return 0;
    }
    return 1;
}

static int starts_with_ci(const scan *sc, size_t i, const char *prefix, size_t n)
{
    return i + n <= sc->end && lower_eq(sc->s + i, n, prefix);
}

/* "http://", "https://" or "www." at i (checked only at word starts). */
static inline int url_starts(const scan *sc, size_t i)
{
    char c = (char)(sc->s[i] | 32);
    if (c == 'h')
        return starts_with_ci(sc, i, "http://", 7) || starts_with_ci(sc, i, "https://", 8);
    return c == 'w' && starts_with_ci(sc, i, "www.", 4);
}

/* Punctuation that ends the sentence around a URL, not the URL. */
static int is_url_trailer(int32_t cp)
{
    switch (cp) {
    case '.': case ',': case ';': case ':': case '!': case '?': case ')': case ']':
    case '}': case '"': case '\'': case 0x201D: case 0x2019:
        return 1;
    default:
        return 0;
    }
}

/* End of a URL starting at i, without trailing sentence punctuation. */
static size_t scan_url(const scan *sc, size_t i)
{
    size_t j = i;
    while (j < sc->end && class_at(sc, j, NULL) != HR_C_SPACE) {
        size_t l;
        class_at(sc, j, &l);
        j += l;
    }
    while (j > i) {
        size_t k = j - 1;
        while (k > i && ((unsigned char)sc->s[k] & 0xC0) == 0x80) k--;
        if (!is_url_trailer(cp_at(sc, k, NULL))) break;
        j = k;
    }
    return j;
}

/* An acronym written with periods: letter groups of at most 3 letters
 * joined by periods ("U.S", "Ph.D", "e.g"); s has no trailing period. */
static int is_dotted_acronym(const char *s, size_t n)
{
    int groups = 0, run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '.') {
            if (run == 0) return 0;
            groups++;
            run = 0;
        } else if ((c | 32) >= 'a' && (c | 32) <= 'z') {
            if (++run > 3) return 0;
        } else {
            return 0;
        }
    }
    return groups >= 1 && run > 0;
}

/* Whether the period at `dot` (right after the word [start, dot)) belongs
 * to the word as an abbreviation. */
static int keeps_period(const scan *sc, size_t start, size_t dot)
{
    if (dot + 1 < sc->end && sc->s[dot + 1] == '.') return 0;  /* "etc..." */
    const char *w = sc->s + start;
    size_t n = dot - start;
    if (is_dotted_acronym(w, n)) return 1;
    size_t l;
    enum hr_cclass c = class_at(sc, start, &l);
    if (l == n && hr_is_letter(c)) return 1;   /* an initial: "George W." */
    switch (hr_abbrev_class(w, n)) {
    case HR_ABBR_NONE:
        return 0;
    case HR_ABBR_NUMERO: {
        size_t j = dot + 1;
        while (j < sc->end && sc->s[j] == ' ') j++;
        return j < sc->end && sc->s[j] >= '0' && sc->s[j] <= '9';
    }
    default:
        return 1;
    }
}

/* End of the run of ASCII letters and digits that starts at i. */
static inline size_t ascii_alnum_end(const scan *sc, size_t i)
{
    while (i + 8 <= sc->end) {
        uint64_t w;
        memcpy(&w, sc->s + i, 8);
        uint64_t rest = ~hr_alnum_bytes(w) & 0x8080808080808080ull;
        if (rest) return i + ((size_t)__builtin_ctzll(rest) >> 3);
        i += 8;
    }
    while (i < sc->end && hr_ascii_alnum((unsigned char)sc->s[i])) i++;
    return i;
}

/* Words after which a hyphen and a space leave a word to be finished
 * later: "medium- and long-term", "two- or three-day". */
static int suspends_hyphen(const char *w, size_t n)
{
    static const char *const words[] = { "and", "or", "nor", "to", "but", "und" };
    for (size_t k = 0; k < sizeof words / sizeof *words; k++)
        if (lower_eq(w, n, words[k])) return 1;
    return 0;
}

/* Whether the hyphen of len bytes at j, after a letter and before one
 * space and a lower-case letter, joins a word broken at a line end and
 * re-flowed: "drought- stricken", "rebel- held".  A suspended hyphen
 * ("medium- and long-term") does not, nor one before a capital: "anti-
 * Syrian" and "al- Aqsa" keep their names apart, for the actors. */
static int broken_hyphen(const scan *sc, size_t j, size_t len)
{
    size_t w = j + len + 1;
    if (w >= sc->end || sc->s[j + len] != ' ' || !hr_is_letter(class_at(sc, j - 1, NULL)) ||
        class_at(sc, w, NULL) != HR_C_LOWER)
        return 0;
    size_t e = ascii_alnum_end(sc, w);
    return !suspends_hyphen(sc->s + w, e - w);
}

/* Scans word characters and the connectors allowed inside a word. */
static size_t scan_word_body(const scan *sc, size_t i, int *email)
{
    size_t j = ascii_alnum_end(sc, i);
    while (j < sc->end) {
        /* The common case first: a run of ASCII letters and digits. */
        unsigned char b = (unsigned char)sc->s[j];
        if (b < 0x80 && hr_ascii_alnum(b)) { j++; continue; }
        size_t l;
        enum hr_cclass c = class_at(sc, j, &l);
        if (hr_is_alnum(c)) { j += l; continue; }
        int32_t cp = cp_at(sc, j, NULL);
        if (j + l >= sc->end || j == i) break;
        size_t nl;
        enum hr_cclass next = class_at(sc, j + l, &nl);
        if (is_apostrophe(cp) && hr_is_letter(next)) { j += l; continue; }
        if (is_hyphen(cp) && hr_is_alnum(next)) { j += l; continue; }
        if (is_hyphen(cp) && next == HR_C_SPACE && broken_hyphen(sc, j, l)) {
            j += l + 1;
            continue;
        }
        if (cp == '.' && hr_is_letter(next) && hr_is_letter(class_at(sc, j - 1, NULL))) {
            j += l;
            continue;
        }
        if (cp == '&' && next == HR_C_UPPER && class_at(sc, j - 1, NULL) == HR_C_UPPER) {
            j += l;
            continue;
        }
        if (cp == '@' && hr_is_alnum(next)) { *email = 1; j += l; continue; }
        if (*email && (cp == '_' || cp == '+') && hr_is_alnum(next)) { j += l; continue; }
        break;
    }
    return j;
}

static int has_apostrophe(const char *s, size_t n)
{
    /* ASCII ' or the first byte of U+2019 (E2 80 99). */
    for (size_t k = 0; k < n; k++)
        if (s[k] == '\'' || s[k] == '\xE2') return 1;
    return 0;
}

/* Length of the apostrophe (' or U+2019) that ends at byte e, not before
 * `start`, or 0. */
static size_t apostrophe_before(const char *s, size_t start, size_t e)
{
    if (e > start && s[e - 1] == '\'') return 1;
    return e >= start + 3 && memcmp(s + e - 3, "\xE2\x80\x99", 3) == 0 ? 3 : 0;
}

/* Length of a clitic that ends word [start, end), or 0: "'s", "n't",
 * "'re", "'ve", "'ll" (either apostrophe, any case).  Read from the end,
 * so that most words are ruled out by their last letters. */
static size_t clitic_len(const char *s, size_t start, size_t end)
{
    char last = (char)(s[end - 1] | 32), prev = end - start >= 2 ? (char)(s[end - 2] | 32) : 0;
    size_t letters = last == 's' || last == 't'                 ? 1
                     : (last == 'e' && (prev == 'r' || prev == 'v')) ||
                               (last == 'l' && prev == 'l') ? 2
                                                            : 0;
    size_t a = letters ? apostrophe_before(s, start, end - letters) : 0;
    if (!a) return 0;
    size_t m = letters + a;
    if (last == 't') {         /* "n't": the n goes with it */
        if (end - m <= start || (s[end - m - 1] | 32) != 'n') return 0;
        m++;
    }
    return end - start > m ? m : 0;
}

/* The matching form of a word re-joined over a space (broken_hyphen) is
 * the word without it: "al- Aqsa" matches as "al-aqsa". */
static int drop_spaces(hr_arena *a, herald_token *t)
{
    if (!memchr(t->norm, ' ', t->norm_len)) return 0;
    char *joined = hr_arena_alloc(a, t->norm_len + 1);
    if (!joined) return HERALD_ENOMEM;
    uint32_t n = 0;
    for (uint32_t k = 0; k < t->norm_len; k++)
        if (t->norm[k] != ' ') joined[n++] = t->norm[k];
    joined[n] = '\0';
    t->norm = joined;
    t->norm_len = n;
    return 0;
}

/* Appends token [start, end) with its matching form, noting it in
 * doc->stops when it may end a sentence. */
static int push(herald_doc *doc, size_t start, size_t end, int kind)
{
    if (doc->token_count == doc->token_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->tokens, &doc->token_cap,
                      doc->token_count + 1, sizeof *doc->tokens))
        return HERALD_ENOMEM;
    herald_token *t = &doc->tokens[doc->token_count];
    t->start = (uint32_t)start;
    t->end = (uint32_t)end;
    t->kind = kind;
    t->tag = 0;                 /* set by the tagger, when it runs */
    if (hr_normalize(&doc->arena, doc->article.text + start, end - start,
                     doc->lower + start, &t->norm, &t->norm_len) ||
        (kind == HERALD_TOK_WORD && drop_spaces(&doc->arena, t)))
        return HERALD_ENOMEM;
    doc->token_count++;
    if (!hr_may_end_sentence(t)) return 0;
    if (doc->stop_count == doc->stop_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->stops, &doc->stop_cap,
                      doc->stop_count + 1, sizeof *doc->stops))
        return HERALD_ENOMEM;
    doc->stops[doc->stop_count++] = (uint32_t)(doc->token_count - 1);
    return 0;
}

/* Length of a possessive "'s" (or "’s") at j that ends there, or 0. */
static size_t possessive_len(const scan *sc, size_t j)
{
    size_t l;
    if (j >= sc->end || !is_apostrophe(cp_at(sc, j, &l))) return 0;
    size_t s = j + l;
    if (s >= sc->end || (sc->s[s] | 32) != 's') return 0;
    return s + 1 < sc->end && hr_is_alnum(class_at(sc, s + 1, NULL)) ? 0 : l + 1;
}

/* A word, number or e-mail address starting at i: pushes one or two
 * tokens (a clitic splits off) and returns the end. */
static int word_token(herald_doc *doc, const scan *sc, size_t i, size_t *out_end)
{
    int email = 0;
    enum hr_cclass first = class_at(sc, i, NULL);
    size_t j = scan_word_body(sc, i, &email);
    if (email) {
        while (j > i && sc->s[j - 1] == '.') j--;
        *out_end = j;
        return push(doc, i, j, HERALD_TOK_URL);
    }
    if (first != HR_C_DIGIT && j < sc->end && sc->s[j] == '.' && keeps_period(sc, i, j)) {
        j++;
        /* "U.S.-led": a hyphenated word may follow the abbreviation;
         * "the U.S.'s": a possessive, split off below like any clitic. */
        if (j + 1 < sc->end && sc->s[j] == '-' && hr_is_letter(class_at(sc, j + 1, NULL)))
            j = scan_word_body(sc, j + 1, &email);
        else
            j += possessive_len(sc, j);
    }
    *out_end = j;
    int kind = first == HR_C_DIGIT ? HERALD_TOK_NUMBER : HERALD_TOK_WORD;
    size_t cl = kind == HERALD_TOK_WORD && has_apostrophe(sc->s + i, j - i)
                    ? clitic_len(sc->s, i, j) : 0;
    if (!cl) return push(doc, i, j, kind);
    int rc = push(doc, i, j - cl, kind);
    return rc ? rc : push(doc, j - cl, j, HERALD_TOK_WORD);
}

/* A number: digits (of any script) with inner separators, then any
 * letters ("1990s", "10-year-old"). */
static size_t scan_number(const scan *sc, size_t i)
{
    size_t j = i, l;
    for (;;) {
        while (j < sc->end && class_at(sc, j, &l) == HR_C_DIGIT) j += l;
        if (j + 1 < sc->end && sc->s[j] && strchr(".,:/", sc->s[j]) &&
            class_at(sc, j + 1, NULL) == HR_C_DIGIT) {
            j++;
            continue;
        }
        break;
    }
    int email = 0;
    if (j < sc->end && hr_is_letter(class_at(sc, j, NULL)))
        j = scan_word_body(sc, j, &email);
    else if (j + 1 < sc->end && sc->s[j] == '-' && hr_is_letter(class_at(sc, j + 1, NULL)))
        j = scan_word_body(sc, j + 1, &email);
    return j;
}

/* Whether punctuation d, after c, goes on the same mark: "...", "--", "?!". */
static inline int punct_joins(char c, char d)
{
    if (c == '.' || c == '-') return d == c;
    return (c == '?' || c == '!') && (d == '?' || d == '!');
}

/* The end of the mark of len bytes at i, with the run that goes on it. */
static size_t scan_punct(const scan *sc, size_t i, size_t len)
{
    size_t j = i + len;
    while (j < sc->end && punct_joins(sc->s[i], sc->s[j])) j++;
    return j;
}

/* Whether byte b, right after a run of ASCII letters and digits, may
 * carry the token on (a number also takes "1,080", "10:30", "24/7");
 * anything else ends it there.  Non-ASCII bytes may be letters. */
static inline int carries_on(unsigned char b, int number)
{
    switch (b) {
    case '\'': case '-': case '.': case '&': case '@':
        return 1;
    case ',': case ':': case '/':
        return number;
    default:
        return b >= 0x80;
    }
}

/* Whether the period at `dot`, right after the run of ASCII letters and
 * digits [start, dot), stays out of the token: nothing joins on after it
 * ("U.S", "3.5") and it is no abbreviation's or initial's (the checks of
 * scan_word_body, scan_number and keeps_period for such a run).  Most
 * sentences end this way. */
static inline int period_stays_out(const scan *sc, size_t start, size_t dot, int number)
{
    unsigned char next = dot + 1 < sc->end ? (unsigned char)sc->s[dot + 1] : 0;
    if (next >= 0x80 || hr_ascii_alnum(next)) return 0;
    if (number || next == '.') return 1;   /* "etc..." keeps no period */
    return dot - start > 1 && hr_abbrev_class(sc->s + start, dot - start) == HR_ABBR_NONE;
}

/* Bit k of m, 0 for k = 64 (past the block). */
static inline unsigned bit_at(uint64_t m, unsigned k)
{
    return k < 64 && (m >> k & 1);
}

/* A token read off the masks (see token_end). */
typedef struct run_token {
    unsigned end;       /* its end's bit, 64 when it may run on past the block */
    unsigned apos;      /* its apostrophe's bit ("Turkey's"), 0 for none */
    int digits;         /* it ends in a number's digits, as scan_number reads them */
} run_token;

/* The token that starts at bit r of the block, a run of ASCII letters
 * and digits, as the full rules join it to the next such run: a number's
 * digits across its separators ("1,080", "3.5", "10:30"), hyphens before
 * a letter or digit ("cease-fire"; after a number's digits, before a
 * letter: "10-year-old"), and in a word one apostrophe before a letter
 * ("Turkey's", "didn't").  Whether the byte at its end ends it is for
 * stays_out() and period_stays_out() to say. */
static run_token token_end(const hr_block *b, const unsigned char *t, unsigned r)
{
    uint64_t letter = b->alnum & ~b->digit;
    run_token k = { 0, 0, (int)(b->digit >> r & 1) };
    int word = !k.digits;
    for (;;) {
        k.end = hr_next_clear(b->alnum, r);
        if (k.end == 64) return k;
        unsigned char c = t[k.end];
        unsigned nx = k.end + 1;
        if (k.digits && hr_next_clear(b->digit, r) != k.end)
            k.digits = 0;                 /* "1990s": the letters go on as a word's */
        if (k.digits && (c == '.' || c == ',' || c == ':' || c == '/') && bit_at(b->digit, nx)) {
            r = nx;
        } else if (c == '-' && bit_at(k.digits ? letter : b->alnum, nx)) {
            k.digits = 0;
            r = nx;
        } else if (c == '\'' && word && !k.apos && bit_at(letter, nx)) {
            k.apos = k.end;
            r = nx;
        } else {
            return k;
        }
    }
}

/* Whether byte c, right after a token of ASCII letters and digits (see
 * token_end) and followed by byte nx (ASCII), is left out of it by the
 * full rules: a hyphen joins a letter or digit, after a number's digits
 * ("10-year-old") only a letter; an apostrophe joins a letter; a
 * number's separator joins a digit ("1,080", "10:30", "24/7").  '.' is
 * period_stays_out()'s; '&', '@' and non-ASCII bytes may join. */
static inline int stays_out(unsigned char c, unsigned char nx, int digits)
{
    switch (c) {
    case '-':
        if (nx == ' ') return 0;   /* a word broken at a line end? (broken_hyphen) */
        return digits ? !hr_ascii_alnum(nx) || hr_ascii_digit(nx) : !hr_ascii_alnum(nx);
    case '\'':
        return !hr_ascii_alnum(nx) || hr_ascii_digit(nx);
    case ',': case ':': case '/':
        return !(digits && hr_ascii_digit(nx));
    case '.': case '&': case '@':
        return 0;
    default:
        return c < 0x80;
    }
}

/* Whether token k of the masks, [at, e), ends at e by the full rules,
 * when the byte at e may join it on. */
static int ends_there(const scan *sc, size_t at, size_t e, const run_token *k, int number)
{
    unsigned char after = (unsigned char)sc->s[e];
    if ((after == ':' || after == '.') && url_starts(sc, at)) return 0;   /* a URL */
    if (after == '.') return period_stays_out(sc, at, e, number);
    unsigned char nx = e + 1 < sc->end ? (unsigned char)sc->s[e + 1] : ' ';
    return nx < 0x80 && stays_out(after, nx, k->digits);
}

#define FULL_RULES 65u

/* token_end() for a run that a byte may carry on, with end FULL_RULES
 * when only the full rules can tell where the token ends.  Out of line:
 * it is rare, and inlined it cost the common tokens' loop registers. */
__attribute__((noinline))
static run_token joined_token(const hr_block *blk, const scan *sc, size_t i, unsigned r)
{
    run_token k = token_end(blk, (const unsigned char *)sc->s + i, r);
    if (k.end < 64 && !ends_there(sc, i + r, i + k.end, &k, blk->digit >> r & 1))
        k.end = FULL_RULES;
    return k;
}

/* One token at i by the full rules (or a character skipped like space):
 * pushes it and sets *next past it. */
static int full_token(herald_doc *doc, const scan *sc, size_t i, size_t *next)
{
    unsigned char b = (unsigned char)sc->s[i];
    size_t len, j = i;
    enum hr_cclass c = class_at(sc, i, &len);
    int rc = 0;
    if (c == HR_C_SPACE || c == HR_C_OTHER || c == HR_C_MARK) {
        /* Stray controls and marks are skipped like space; U+FFFD too,
         * so a repaired byte never glues two words together. */
    } else if (((b | 32) == 'h' || (b | 32) == 'w') && url_starts(sc, i)) {
        j = scan_url(sc, i);
        rc = push(doc, i, j, HERALD_TOK_URL);
    } else if (c == HR_C_DIGIT) {
        j = scan_number(sc, i);
        rc = push(doc, i, j, HERALD_TOK_NUMBER);
    } else if (hr_is_letter(c)) {
        rc = word_token(doc, sc, i, &j);
    } else if ((b == '#' || b == '@') && i + 1 < sc->end &&
               hr_is_letter(class_at(sc, i + 1, NULL))) {
        int email = 0;
        j = scan_word_body(sc, i + 1, &email);
        rc = push(doc, i, j, HERALD_TOK_WORD);   /* hashtag or handle */
    } else {
        j = scan_punct(sc, i, len);
        int kind = c == HR_C_SYMBOL ? HERALD_TOK_SYMBOL : HERALD_TOK_PUNCT;
        rc = push(doc, i, j, kind);
    }
    /* Every branch consumes its first character; this guards the
     * promise that a token is never empty and the loop always ends. */
    *next = j > i ? j : i + len;
    return rc;
}

/* The masks of the bytes [i, i + 64) that are in the paragraph, from
 * the text's blocks (doc->blocks); the rest are neither letters nor
 * spaces, so every scan stops at the end. */
static hr_block masks_at(const hr_block *blocks, const scan *sc, size_t i)
{
    const hr_block *lo = &blocks[i / 64], *hi = lo + 1;
    unsigned off = (unsigned)(i % 64);
    hr_block b = *lo;
    if (off) {
        b.alnum = lo->alnum >> off | hi->alnum << (64 - off);
        b.digit = lo->digit >> off | hi->digit << (64 - off);
        b.space = lo->space >> off | hi->space << (64 - off);
        b.plain = lo->plain >> off | hi->plain << (64 - off);
        /* A separator first: its digit before ended the last token. */
        b.sep = (lo->sep >> off | hi->sep << (64 - off)) & ~(uint64_t)1;
    }
    if (sc->end - i < 64) {
        uint64_t in = ((uint64_t)1 << (sc->end - i)) - 1;
        b.alnum &= in;
        b.digit &= in;
        b.space &= in;
        b.plain &= in;
        b.sep &= in >> 1;   /* its digit after is not in the paragraph */
    }
    return b;
}

/* Token [start, end) of ASCII text: its matching form is the text
 * lower-cased. */
static inline herald_token ascii_token(const char *lower, size_t start, size_t end, int kind)
{
    return (herald_token){
        .start = (uint32_t)start, .end = (uint32_t)end, .norm = lower + start,
        .norm_len = (uint32_t)(end - start), .kind = kind,
        .tag = 0,               /* set by the tagger, when it runs */
    };
}

/* Takes the separators of numbers ("1,234.5") into the block's runs of
 * digits (and so of letters and digits), so that such a number is one
 * run, an easy token: those of a number that starts after a space, after
 * a mark that joins no digit, or at the block's first byte, where a token
 * starts.  A run of digits and separators that a token may enter from
 * the left ("A1,5", "x-1,5", "24/1,5", or "1.2,3" with its '.' at a
 * block's edge, outside the mask) keeps them for token_end(), which
 * knows whether they join. */
static inline void join_number_separators(hr_block *b)
{
    uint64_t digits = b->digit | b->sep;
    uint64_t closed = b->space | (b->plain & ~(b->digit << 1));   /* no token goes on past */
    uint64_t entered = digits & ~(digits << 1) & ~(closed << 1 | 1);
    uint64_t sep = b->sep & (digits + entered);   /* the carry clears an entered run */
    b->digit |= sep;
    b->alnum |= sep;
}

/* The starts of the block's tokens that need the rules of fast_tokens'
 * loop: a run of letters and digits that runs on past the block or is
 * followed by a byte that may join it (anything but a space, a plain
 * mark or the paragraph's end; a mark between two digits may join them),
 * and every other start that is not a plain mark.  All other tokens are
 * "easy": one run of letters and digits, or one plain mark. */
static inline uint64_t hard_starts(const hr_block *b, uint64_t starts, uint64_t in)
{
    uint64_t runs = b->alnum & ~(b->alnum << 1);             /* a run's first byte */
    uint64_t after = (b->alnum & ~(b->alnum >> 1)) << 1;     /* the byte after a run */
    uint64_t between = (b->digit << 1) & (b->digit >> 1 | (uint64_t)1 << 63);
    uint64_t quiet = b->space | (b->plain & ~between) | ~in;
    uint64_t hard = starts & ~b->alnum & ~b->plain;
    for (uint64_t joins = after & ~quiet; joins; joins &= joins - 1) {
        uint64_t before = runs & ((joins & -joins) - 1);      /* the joined run starts last */
        hard |= (uint64_t)1 << (63 - __builtin_clzll(before));
    }
    if (b->alnum >> 63) hard |= (uint64_t)1 << (63 - __builtin_clzll(runs));
    return hard;
}

/* The kind of an easy token (see hard_starts) whose first byte is b: a
 * letter's (WORD, 0) unless listed, a digit's, and the plain marks' of
 * blocks.h by their class (hr_ascii_class).  One load, where the class
 * and then its kind were two in a row. */
static inline int easy_kind(unsigned char b)
{
    enum { N = HERALD_TOK_NUMBER, P = HERALD_TOK_PUNCT, Y = HERALD_TOK_SYMBOL };
    static const unsigned char kind_of[256] = {
        ['0'] = N, ['1'] = N, ['2'] = N, ['3'] = N, ['4'] = N,
        ['5'] = N, ['6'] = N, ['7'] = N, ['8'] = N, ['9'] = N,
        ['"'] = P, ['('] = P, [')'] = P, ['*'] = P, [','] = P, [';'] = P,
        ['$'] = Y, ['%'] = Y, ['+'] = Y,
    };
    return kind_of[b];
}

/* Tokens from i on, 64 bytes at a time, for as long as they are of the
 * common kinds: ASCII words and numbers ended by a space or a mark that
 * cannot join them, also hyphenated, with a clitic or with a number's
 * separators (token_end; their matching form is the lower-cased text),
 * and ASCII punctuation.  Sets *stop where it stopped, and *full when a token
 * for the full rules starts there (else the next block does).
 *
 * The tokens' starts are one mask (where a run of letters and digits
 * begins, and every other byte that is not a space); taking them in turn
 * is one bit operation, so no token waits on the scan of the one before
 * it. */
static int fast_tokens(herald_doc *doc, const scan *sc, size_t i, size_t *stop, int *full)
{
    /* A block holds at most 64 tokens: room for them first, so that the
     * loop stores without a check. */
    if ((doc->token_cap - doc->token_count < 64 &&
         hr_arena_grow(&doc->arena, (void **)&doc->tokens, &doc->token_cap,
                       doc->token_count + 64, sizeof *doc->tokens)) ||
        (doc->stop_cap - doc->stop_count < 64 &&
         hr_arena_grow(&doc->arena, (void **)&doc->stops, &doc->stop_cap,
                       doc->stop_count + 64, sizeof *doc->stops)))
        return HERALD_ENOMEM;
    const unsigned char *s = (const unsigned char *)sc->s;
    const char *lower = doc->lower;
    herald_token *tok = doc->tokens + doc->token_count;   /* the next token */
    uint32_t *stops = doc->stops;
    size_t ns = doc->stop_count;
    hr_block blk = masks_at(doc->blocks, sc, i);
    if (blk.sep) join_number_separators(&blk);   /* most have none: no wait on it */
    unsigned lim = sc->end - i < 64 ? (unsigned)(sc->end - i) : 64;
    uint64_t in = lim == 64 ? ~(uint64_t)0 : ((uint64_t)1 << lim) - 1;
    uint64_t starts = (blk.alnum & ~(blk.alnum << 1)) | (in & ~blk.alnum & ~blk.space);
    size_t next = i + lim;
    uint64_t hard = hard_starts(&blk, starts, in);
    /* The last byte of each easy token: the end of a run, or a mark. */
    uint64_t lasts = (blk.alnum & ~(blk.alnum >> 1)) | (starts & ~blk.alnum);
    *full = 0;
    while (starts) {
        hard &= starts;
        uint64_t easy = starts & ((hard & -hard) - 1);   /* the easy tokens up to the next hard one */
        if (easy) {
            uint64_t last = lasts & ~((easy & -easy) - 1);
            starts &= ~easy;
            do {
                size_t at = i + (unsigned)__builtin_ctzll(easy);
                size_t end = i + (unsigned)__builtin_ctzll(last) + 1;
                *tok++ = ascii_token(lower, at, end, easy_kind(s[at]));
                easy &= easy - 1;
                last &= last - 1;
            } while (easy);
            if (!starts) break;
        }
        unsigned r = (unsigned)__builtin_ctzll(starts);
        size_t at = i + r, e;
        int kind;
        if (blk.alnum >> r & 1) {
            unsigned w = hr_next_clear(blk.alnum, r), apos = 0, joined = 0;
            if (w == 64) {                    /* it may run on past the block */
                *full = r == 0;
                next = at;
                break;
            }
            int number = blk.digit >> r & 1;
            unsigned char after = w < lim ? s[i + w] : ' ';
            if (after == '.' ? !period_stays_out(sc, at, i + w, number)
                             : carries_on(after, number)) {
                /* Runs joined into one token ("1,080", "cease-fire",
                 * "Turkey's"), or one for the full rules. */
                run_token k = joined_token(&blk, sc, i, r);
                if (k.end >= 64) {
                    *full = k.end == FULL_RULES || r == 0;
                    next = at;
                    break;
                }
                w = k.end;
                apos = k.apos;
                joined = 1;
            } else if ((after == ':' || after == '.') && url_starts(sc, at)) {
                /* A URL's scheme or "www" is such a run before ':' or '.'. */
                *full = 1;
                next = at;
                break;
            }
            kind = number ? HERALD_TOK_NUMBER : HERALD_TOK_WORD;
            e = i + w;
            /* No token starts inside a run of letters and digits: the
             * next start is the next bit, unless runs were joined. */
            starts &= starts - 1;
            if (joined) starts &= ~(uint64_t)0 << w;
            size_t cl = apos ? clitic_len(sc->s, at, e) : 0;
            if (cl) {          /* "Turkey" "'s", "did" "n't" */
                *tok++ = ascii_token(lower, at, e - cl, kind);
                at = e - cl;
            }
            if (e < sc->end && s[e] == '.' && (e + 1 >= sc->end || s[e + 1] != '.')) {
                /* The period that stays out (most sentence ends): taken
                 * with its word, not by another turn of the loop. */
                *tok++ = ascii_token(lower, at, e, kind);
                stops[ns++] = (uint32_t)(tok - doc->tokens);
                at = e++;
                kind = HERALD_TOK_PUNCT;
                starts &= starts - 1;
            }
        } else {
            unsigned char b = s[at];
            enum hr_cclass c = b < 0x80 ? (enum hr_cclass)hr_ascii_class[b] : HR_C_OTHER;
            if (b == '#' || b == '@' ||
                !(c == HR_C_PUNCT || c == HR_C_QUOTE || c == HR_C_DASH || c == HR_C_SYMBOL)) {
                *full = 1;
                next = at;
                break;
            }
            /* ASCII punctuation: a run of it ("...", "--") is ASCII too. */
            kind = c == HR_C_SYMBOL ? HERALD_TOK_SYMBOL : HERALD_TOK_PUNCT;
            stops[ns] = (uint32_t)(tok - doc->tokens);   /* kept when it may end a sentence */
            ns += b == '.' || b == '?' || b == '!';
            e = at + 1;
            starts &= starts - 1;   /* the next start, as after a word */
            if (e < sc->end && punct_joins((char)b, sc->s[e])) {
                e = scan_punct(sc, at, 1);
                if (e - i < 64) starts &= ~(uint64_t)0 << (e - i);
                else starts = 0, next = e;
            }
        }
        *tok++ = ascii_token(lower, at, e, kind);
    }
    doc->token_count = (size_t)(tok - doc->tokens);
    doc->stop_count = ns;
    *stop = next;
    return 0;
}

int hr_tokenize(herald_doc *doc, size_t start, size_t end)
{
    scan sc = { doc->article.text, end };
    size_t i = start;
    int rc = 0;
    doc->stop_count = 0;
    while (i < end && !rc) {
        int full;
        rc = fast_tokens(doc, &sc, i, &i, &full);
        if (!rc && full) rc = full_token(doc, &sc, i, &i);
    }
    return rc;
}

#include "boilerplate.h"
#include "abbrev.h"
#include "toks.h"

/* Openings of credit lines, as sequences of normalised tokens; those
 * with the same first byte stand together (CREDIT_FIRST). */
static const char *const CREDIT_PHRASES[][5] = {
    { "reporting", "by" },          { "additional", "reporting" },
    { "all", "rights", "reserved" },{ "based", "on", "reporting" },
    { "writing", "by" },            { "editing", "by" },
    { "edited", "by" },             { "enditem" },
    { "end", "item" },              { "compiled", "by" },
    { "credit", ":" },              { "copyright" },
    { "photo", ":" },               { "photos", ":" },
    { "photograph", ":" },          { "photographs", ":" },
    { "picture", ":" },             { "pictures", ":" },
    { "photo", "by" },              { "photo", "credit" },
    { "image", ":" },               { "images", ":" },
    { "©" },                        { "(", "c", ")" },
};
#define CREDIT_COUNT (sizeof CREDIT_PHRASES / sizeof *CREDIT_PHRASES)

/* For each first byte of the phrases above, 1 + the index of the first
 * phrase with it (0 for none): one lookup rules out most paragraphs
 * ("The ...", "He ..."), and the rest compare only a few phrases. */
static const unsigned char CREDIT_FIRST[256] = {
    ['r'] = 1, ['a'] = 2, ['b'] = 4, ['w'] = 5, ['e'] = 6, ['c'] = 10,
    ['p'] = 13, ['i'] = 21, [0xC2] = 23, ['('] = 24,    /* 0xC2: "©" */
};

/* For each first byte of the words that may open boilerplate (the
 * phrases' first words and a byline's "by"), bit n set when one of them
 * is n bytes long: a paragraph whose first word has that byte but
 * another length ("it", "in", "a", "but": a third of all paragraphs) is
 * plain after one test, where the byte alone sent it through every
 * question of the boilerplate, and on a branch taken too often to
 * predict. */
#define LEN(n) (1u << (n))
static const uint32_t OPENING_LENGTHS[256] = {
    ['r'] = LEN(9),                          /* reporting */
    ['a'] = LEN(10) | LEN(3),                /* additional, all */
    ['b'] = LEN(5) | LEN(2),                 /* based, by */
    ['w'] = LEN(7),                          /* writing */
    ['e'] = LEN(7) | LEN(6) | LEN(3),        /* editing, enditem, edited, end */
    ['c'] = LEN(8) | LEN(6) | LEN(9),        /* compiled, credit, copyright */
    ['p'] = LEN(5) | LEN(6) | LEN(10) | LEN(11) | LEN(7) | LEN(8),   /* photo...pictures */
    ['i'] = LEN(5) | LEN(6),                 /* image, images */
    [0xC2] = LEN(2), ['('] = LEN(1),         /* "©", "(" */
};
#undef LEN

static unsigned char first_byte(size_t phrase)
{
    return (unsigned char)CREDIT_PHRASES[phrase][0][0];
}

/* Whether a credit phrase of those from `from` on, all of first byte b,
 * starts at token i. */
static int credit_phrase_from(const herald_doc *doc, size_t i, size_t end, size_t from,
                              unsigned char b)
{
    for (size_t p = from; p < CREDIT_COUNT && first_byte(p) == b; p++) {
        size_t k = 0;
        while (k < 5 && CREDIT_PHRASES[p][k] && i + k < end &&
               hr_tok_is(&doc->tokens[i + k], CREDIT_PHRASES[p][k]))
            k++;
        if (k == 5 || !CREDIT_PHRASES[p][k]) return 1;
    }
    return 0;
}

/* Inline, so that the paragraphs whose first byte no phrase has (most)
 * cost one lookup. */
static inline int credit_phrase_at(const herald_doc *doc, size_t i, size_t end)
{
    const herald_token *t = &doc->tokens[i];
    unsigned char b = t->norm_len ? (unsigned char)t->norm[0] : 0;
    return CREDIT_FIRST[b] && credit_phrase_from(doc, i, end, CREDIT_FIRST[b] - 1u, b);
}

int hr_plain_paragraph(const herald_doc *doc, size_t first, size_t end)
{
    const herald_token *t = &doc->tokens[first];
    unsigned char b = t->norm_len ? (unsigned char)t->norm[0] : 0;
    /* A byline opens with "by", a credit with a phrase's first word, and
     * either may be in parentheses: all in OPENING_LENGTHS (a word of 32
     * bytes or more may test a shorter length's bit: no harm, only the
     * full questions). */
    if (OPENING_LENGTHS[b] >> (t->norm_len & 31) & 1 || hr_tok_is(&doc->tokens[end - 1], ")"))
        return 0;
    /* A dateline opens with a word in capitals (all_caps), which a
     * lower-case second letter rules out, or with "(". */
    const char *w = doc->article.text + t->start;
    return t->kind != HERALD_TOK_WORD ||
           (t->end - t->start >= 2 && w[1] >= 'a' && w[1] <= 'z');
}

/* Whether OPENING_LENGTHS holds the lengths of the phrases' first words
 * and of "by", and nothing else. */
static int opening_lengths_exact(void)
{
    uint32_t lengths[256] = { ['b'] = 1u << 2 };   /* "by" */
    for (size_t p = 0; p < CREDIT_COUNT; p++)
        lengths[first_byte(p)] |= 1u << strlen(CREDIT_PHRASES[p][0]);
    return memcmp(lengths, OPENING_LENGTHS, sizeof lengths) == 0;
}

int hr_credit_table_complete(void)
{
    for (size_t p = 0; p < CREDIT_COUNT; p++) {
        size_t from = (size_t)CREDIT_FIRST[first_byte(p)] - 1;   /* SIZE_MAX for none */
        if (from > p) return 0;
        for (size_t q = from; q < p; q++)
            if (first_byte(q) != first_byte(p)) return 0;
    }
    for (size_t b = 0; b < 256; b++)
        if (CREDIT_FIRST[b] && (CREDIT_FIRST[b] > CREDIT_COUNT ||
                                first_byte(CREDIT_FIRST[b] - 1u) != b))
            return 0;
    return opening_lengths_exact();
}

/* Words that may stand lower-case inside a byline's names. */
static int byline_connector(const herald_token *t)
{
    static const char *const words[] = { "and", "of", "in", "de", "da", "del", "der",
                                         "van", "von", "al", "el", "bin", "ibn", "le",
                                         "la", "staff", "correspondent", "reporter",
                                         "writer", "editor", NULL };
    return hr_tok_in(t, words);
}

static int is_byline(const herald_doc *doc, size_t first, size_t end)
{
    if (end - first < 2 || end - first > 24 || !hr_tok_is(&doc->tokens[first], "by"))
        return 0;
    if (hr_tok_first(doc, &doc->tokens[first + 1]) != HR_C_UPPER) return 0;
    for (size_t i = first + 1; i < end; i++) {
        const herald_token *t = &doc->tokens[i];
        if (t->kind == HERALD_TOK_WORD) {
            if (hr_tok_first(doc, t) != HR_C_UPPER && !byline_connector(t)) return 0;
        } else if (!(t->kind == HERALD_TOK_PUNCT &&
                     (hr_tok_is(t, ",") || hr_tok_is(t, "/") || hr_tok_is(t, "-") ||
                      hr_tok_is(t, "(") || hr_tok_is(t, ")")))) {
            return 0;
        }
    }
    return 1;
}

int hr_paragraph_kind(const herald_doc *doc, size_t first, size_t end)
{
    if (is_byline(doc, first, end)) return HERALD_BYLINE;
    size_t i = first;
    if (hr_tok_is(&doc->tokens[i], "(") && i + 1 < end &&
        !credit_phrase_at(doc, i, end))   /* "(c)" is itself a phrase */
        i++;
    return credit_phrase_at(doc, i, end) ? HERALD_CREDIT : HERALD_SENTENCE;
}

static int is_dateline_separator(const herald_token *t)
{
    return t->kind == HERALD_TOK_PUNCT &&
           (hr_tok_is(t, "-") || hr_tok_is(t, "--") || hr_tok_is(t, "_"));
}

/* No lower-case letter, at least two letters: "GENEVA", "U.S.". */
static inline int all_caps(const herald_doc *doc, const herald_token *t)
{
    const char *s = doc->article.text;
    int letters = 0;
    for (size_t i = t->start; i < t->end;) {
        size_t len;
        enum hr_cclass c = hr_class_at(s, t->end, i, &len);
        i += len;
        if (c == HR_C_LOWER) return 0;
        letters += c == HR_C_UPPER;
    }
    return letters >= 2;
}

static int is_month(const herald_doc *doc, const herald_token *t)
{
    static const char *const months[] = { "january", "february", "march", "april", "may",
                                          "june", "july", "august", "september", "october",
                                          "november", "december", NULL };
    if (hr_tok_in(t, months)) return 1;
    size_t n = t->end - t->start;
    const char *w = hr_tok_text(doc, t);
    if (n && w[n - 1] == '.') n--;
    return hr_abbrev_class(w, n) == HR_ABBR_MONTH;
}

/* A dateline is a place in capitals, optionally ", Region", a date and a
 * parenthesised agency, then a dash-like separator, and then a sentence
 * that starts with a capital: "NAIROBI, Kenya (AP) _ Police said ...".
 * A paragraph may also open with just the agency: "(Reuters) - ...". */
size_t hr_dateline_len(const herald_doc *doc, size_t first, size_t end)
{
    const herald_token *tok = doc->tokens;
    int in_paren = 0, after_comma = 0;
    if (!(tok[first].kind == HERALD_TOK_WORD && all_caps(doc, &tok[first])) &&
        !hr_tok_is(&tok[first], "("))
        return 0;
    for (size_t i = first; i < end && i - first < 16; i++) {
        const herald_token *t = &tok[i];
        if (i > first && !in_paren && is_dateline_separator(t)) {
            if (i + 1 >= end || !hr_tok_spaced(&tok[i + 1])) return 0;
            enum hr_cclass next = hr_tok_first(doc, &tok[i + 1]);
            return next == HR_C_UPPER || next == HR_C_DIGIT || next == HR_C_QUOTE
                       ? i + 1 - first : 0;
        }
        if (t->kind == HERALD_TOK_WORD) {
            if (!all_caps(doc, t) && !(hr_tok_first(doc, t) == HR_C_UPPER &&
                                       (after_comma || in_paren || is_month(doc, t))))
                return 0;
        } else if (t->kind == HERALD_TOK_NUMBER) {
            if (!after_comma) return 0;
        } else if (hr_tok_is(t, ",")) {
            after_comma = 1;
        } else if (hr_tok_is(t, "(")) {
            if (in_paren) return 0;
            in_paren = 1;
        } else if (hr_tok_is(t, ")")) {
            if (!in_paren) return 0;
            in_paren = 0;
        } else {
            return 0;
        }
    }
    return 0;
}

size_t hr_trailing_credit(const herald_doc *doc, size_t first, size_t end)
{
    if (end - first < 3 || !hr_tok_is(&doc->tokens[end - 1], ")")) return end;
    int depth = 0;
    for (size_t i = end; i-- > first;) {
        const herald_token *t = &doc->tokens[i];
        if (hr_tok_is(t, ")")) depth++;
        else if (hr_tok_is(t, "(") && --depth == 0) {
            if (i > first && credit_phrase_at(doc, i + 1, end)) return i;
            return end;
        }
    }
    return end;
}

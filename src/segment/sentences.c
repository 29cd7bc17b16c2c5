/* sentences.c - where sentences end.
 *
 * A boundary candidate is a terminator token (".", "?", "!", "...", "…")
 * or an abbreviation that carries its period ("Inc.", "U.S.").  Closing
 * quotes and brackets glued to it belong to the sentence it ends.  The
 * decision looks at the next word: a plain terminator ends a sentence
 * unless a lower-case word follows; an abbreviation ends one only when a
 * typical sentence opener follows ("... with the U.S. The talks ..."),
 * and titles ("Gen.") never do.
 */
#include "segment.h"
#include "abbrev.h"
#include "toks.h"

enum terminator { T_NONE, T_STOP, T_ELLIPSIS, T_ABBREV, T_TITLE };

static enum terminator terminator_of(const herald_doc *doc, const herald_token *t)
{
    if (t->kind == HERALD_TOK_PUNCT) {
        if (hr_tok_is(t, ".") || hr_tok_is(t, "?") || hr_tok_is(t, "!")) return T_STOP;
        char c = t->norm[0];
        if (c == '?' || c == '!') return T_STOP;          /* "?!", "!!" */
        if (t->norm_len >= 2 && c == '.') return T_ELLIPSIS;
        return T_NONE;
    }
    if (t->kind != HERALD_TOK_WORD || t->norm_len < 2 || t->norm[t->norm_len - 1] != '.')
        return T_NONE;
    switch (hr_abbrev_class(hr_tok_text(doc, t), t->end - t->start - 1)) {
    case HR_ABBR_TITLE: case HR_ABBR_INNER: case HR_ABBR_NUMERO:
        return T_TITLE;
    default:
        return T_ABBREV;   /* acronyms, initials, months, Inc., Jr. */
    }
}

/* A quote or bracket glued to the end of the token before it closes. */
static int is_closer(const herald_token *t)
{
    if (!hr_tok_spaced(t) && t->kind == HERALD_TOK_PUNCT &&
        (hr_tok_is(t, "\"") || hr_tok_is(t, "'") || hr_tok_is(t, ")") || hr_tok_is(t, "]")))
        return 1;
    return 0;
}

static int is_opener_mark(const herald_token *t)
{
    return t->kind == HERALD_TOK_PUNCT &&
           (hr_tok_is(t, "\"") || hr_tok_is(t, "'") || hr_tok_is(t, "(") || hr_tok_is(t, "["));
}

/* Whether a sentence ends before token `next` (< end), given the
 * terminator kind of the token(s) before it. */
static int ends_before(const herald_doc *doc, enum terminator term, size_t next, size_t end)
{
    const herald_token *n = &doc->tokens[next];
    if (!hr_tok_spaced(n)) return 0;
    if (is_opener_mark(n) && next + 1 < end) n++;
    enum hr_cclass c = hr_tok_first(doc, n);
    switch (term) {
    case T_STOP:
        return c == HR_C_UPPER || c == HR_C_DIGIT || c == HR_C_QUOTE ||
               (n->kind == HERALD_TOK_SYMBOL && n->norm[0] != '%');
    case T_ELLIPSIS:
        return c == HR_C_UPPER;
    case T_ABBREV:
        return c == HR_C_UPPER && n->kind == HERALD_TOK_WORD &&
               hr_is_sentence_opener(hr_tok_text(doc, n), n->end - n->start);
    default:
        return 0;
    }
}

int hr_split_sentences(herald_doc *doc, size_t first, size_t end, uint32_t paragraph)
{
    /* Only the tokens the tokeniser noted may end one are looked at. */
    size_t start = first, next = first;
    for (size_t k = 0; k < doc->stop_count; k++) {
        size_t i = doc->stops[k];
        if (i < next) continue;
        if (i >= end) break;
        enum terminator term = terminator_of(doc, &doc->tokens[i]);
        if (term == T_NONE || term == T_TITLE) continue;
        size_t j = i + 1;
        while (j < end && is_closer(&doc->tokens[j])) j++;
        if (j >= end) break;
        if (ends_before(doc, term, j, end)) {
            int rc = hr_push_segment(doc, start, j, paragraph, HERALD_SENTENCE);
            if (rc) return rc;
            start = j;
        }
        next = j;
    }
    return start < end ? hr_push_segment(doc, start, end, paragraph, HERALD_SENTENCE) : 0;
}

#include "segment.h"
#include "boilerplate.h"
#include "tokenize.h"

#include <string.h>

int hr_push_segment(herald_doc *doc, size_t first, size_t end, uint32_t paragraph, int kind)
{
    if (doc->sentence_count == doc->sentence_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->sentences, &doc->sentence_cap,
                      doc->sentence_count + 1, sizeof *doc->sentences))
        return HERALD_ENOMEM;
    herald_sentence *s = &doc->sentences[doc->sentence_count++];
    s->start = doc->tokens[first].start;
    s->end = doc->tokens[end - 1].end;
    s->paragraph = paragraph;
    s->first_token = (uint32_t)first;
    s->token_count = (uint32_t)(end - first);
    s->kind = kind;
    return 0;
}

static int segment_paragraph(herald_doc *doc, size_t first, size_t end, uint32_t paragraph)
{
    if (hr_plain_paragraph(doc, first, end)) return hr_split_sentences(doc, first, end, paragraph);
    int kind = hr_paragraph_kind(doc, first, end);
    if (kind != HERALD_SENTENCE) return hr_push_segment(doc, first, end, paragraph, kind);
    int rc;
    size_t dateline = hr_dateline_len(doc, first, end);
    if (dateline) {
        if ((rc = hr_push_segment(doc, first, first + dateline, paragraph, HERALD_DATELINE)))
            return rc;
        first += dateline;
    }
    size_t credit = hr_trailing_credit(doc, first, end);
    if ((rc = hr_split_sentences(doc, first, credit, paragraph))) return rc;
    return credit < end ? hr_push_segment(doc, credit, end, paragraph, HERALD_CREDIT) : 0;
}

/* The token, stop and sentence arrays sized for a text of n bytes, from
 * one block of the arena (one call, where growing each from nothing took
 * two or three).  News text averages five to six bytes a token, over
 * thirty a token that may end a sentence and over a hundred a sentence;
 * the tokens and stops have room for the 64 the tokeniser asks for before
 * each block. */
static int reserve_arrays(herald_doc *doc, size_t n)
{
    size_t tokens = n / 5 + 80, stops = n / 32 + 80, sentences = n / 64 + 16;
    char *p = hr_arena_alloc(&doc->arena, tokens * sizeof *doc->tokens +
                                              sentences * sizeof *doc->sentences +
                                              stops * sizeof *doc->stops);
    if (!p) return -1;
    doc->tokens = (herald_token *)p;
    doc->token_cap = tokens;
    p += tokens * sizeof *doc->tokens;
    doc->sentences = (herald_sentence *)p;
    doc->sentence_cap = sentences;
    p += sentences * sizeof *doc->sentences;
    doc->stops = (uint32_t *)p;
    doc->stop_cap = stops;
    return 0;
}

int hr_segment(herald_doc *doc)
{
    const char *text = doc->article.text;
    size_t n = doc->article.text_len, start = 0;
    uint32_t paragraph = 0;
    if (reserve_arrays(doc, n)) return HERALD_ENOMEM;
    while (start < n) {
        const char *nl = memchr(text + start, '\n', n - start);
        size_t end = nl ? (size_t)(nl - text) : n;
        size_t first = doc->token_count;
        int rc = hr_tokenize(doc, start, end);
        if (rc) return rc;
        if (doc->token_count > first) {
            if ((rc = segment_paragraph(doc, first, doc->token_count, paragraph))) return rc;
            paragraph++;
        }
        start = end + 1;
    }
    return 0;
}

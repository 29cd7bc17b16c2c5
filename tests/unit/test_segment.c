/* Tokens and segments through the public API: offsets, normalised
 * forms, kinds.  Sentence boundaries at scale are in the golden files. */
#include "harness.h"
#include "herald.h"
#include "../../src/core/doc.h"
#include "../../src/segment/blocks.h"
#include "../../src/segment/boilerplate.h"
#include "../../src/segment/normalize.h"

#include <stdlib.h>

static herald_ctx *ctx;

static herald_doc *coded(const char *text)
{
    if (!ctx) ctx = herald_ctx_new(NULL, NULL);
    herald_article a = { .id = "t", .text = text, .text_len = strlen(text) };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc != NULL);
    if (doc) CHECK_INT(herald_doc_code(doc, NULL), HERALD_OK);
    return doc;
}

/* "text|norm|kind" for every token, space-separated. */
static char *token_dump(herald_doc *doc)
{
    static const char kinds[] = "wnpsu";
    size_t cap = 4096, len = 0;
    char *out = malloc(cap);
    out[0] = '\0';
    const char *text = herald_doc_article(doc)->text;
    for (size_t i = 0; i < herald_doc_token_count(doc); i++) {
        const herald_token *t = herald_doc_token(doc, i);
        len += (size_t)snprintf(out + len, cap - len, "%s%.*s|%.*s|%c", i ? " " : "",
                                (int)(t->end - t->start), text + t->start, (int)t->norm_len,
                                t->norm, kinds[t->kind]);
    }
    return out;
}

static void check_tokens(const char *text, const char *want)
{
    herald_doc *doc = coded(text);
    if (!doc) return;
    char *got = token_dump(doc);
    CHECK_STR(got, want);
    free(got);
    herald_doc_free(doc);
}

void test_tokens_words_and_clitics(void)
{
    check_tokens("Turkey's army didn't move.",
                 "Turkey|turkey|w 's|'s|w army|army|w did|did|w n't|n't|w move|move|w .|.|p");
    /* every clitic, with either apostrophe and in capitals; a word that
     * is only a clitic stays whole */
    check_tokens("They're WON'T we've I'll it\xE2\x80\x99s can\xE2\x80\x99t they\xE2\x80\x99RE "
                 "Mu'ammar n't",
                 "They|they|w 're|'re|w WO|wo|w N'T|n't|w we|we|w 've|'ve|w I|i|w 'll|'ll|w "
                 "it|it|w \xE2\x80\x99s|'s|w ca|ca|w n\xE2\x80\x99t|n't|w they|they|w "
                 "\xE2\x80\x99RE|'re|w Mu'ammar|mu'ammar|w n't|n't|w");
    check_tokens("O'Brien's cease-fire with al-Shabaab",
                 "O'Brien|o'brien|w 's|'s|w cease-fire|cease-fire|w with|with|w al-Shabaab|al-shabaab|w");
    /* a word broken at a line end and re-flowed is one word again; a
     * suspended hyphen stays */
    check_tokens("rebel- held drought- stricken farms' follow- up",
                 "rebel- held|rebel-held|w drought- stricken|drought-stricken|w farms|farms|w "
                 "'|'|p follow- up|follow-up|w");
    check_tokens("medium- and long-term", "medium|medium|w -|-|p and|and|w long-term|long-term|w");
    check_tokens("anti- Syrian, war -", "anti|anti|w -|-|p Syrian|syrian|w ,|,|p war|war|w -|-|p");
    check_tokens("the ministers' talks",
                 "the|the|w ministers|ministers|w '|'|p talks|talks|w");
}

void test_tokens_abbreviations(void)
{
    check_tokens("Lt. Col. Ana met U.S.-led forces at 10 a.m. in St. Louis",
                 "Lt.|lt.|w Col.|col.|w Ana|ana|w met|met|w U.S.-led|u.s.-led|w forces|forces|w "
                 "at|at|w 10|10|n a.m.|a.m.|w in|in|w St.|st.|w Louis|louis|w");
    check_tokens("No. 5 and no more", "No.|no.|w 5|5|n and|and|w no|no|w more|more|w");
    check_tokens("George W. Bush", "George|george|w W.|w.|w Bush|bush|w");
    /* a possessive after an abbreviation's period is a clitic */
    check_tokens("the U.S.'s demand", "the|the|w U.S.|u.s.|w 's|'s|w demand|demand|w");
    check_tokens("the U.N.\u2019s envoy", "the|the|w U.N.|u.n.|w \u2019s|'s|w envoy|envoy|w");
    check_tokens("U.S. 'sanctions'", "U.S.|u.s.|w '|'|p sanctions|sanctions|w '|'|p");
}

void test_tokens_numbers_and_urls(void)
{
    check_tokens("$1.2 billion, 3.5%, 1,080 dead, 10:30 GMT, 2011-2013",
                 "$|$|s 1.2|1.2|n billion|billion|w ,|,|p 3.5|3.5|n %|%|s ,|,|p 1,080|1,080|n "
                 "dead|dead|w ,|,|p 10:30|10:30|n GMT|gmt|w ,|,|p 2011|2011|n -|-|p 2013|2013|n");
    check_tokens("See https://www.un.org/en. Or mail press@un.org.",
                 "See|see|w https://www.un.org/en|https://www.un.org/en|u .|.|p Or|or|w "
                 "mail|mail|w press@un.org|press@un.org|u .|.|p");
    check_tokens("1990s 10-year-old", "1990s|1990s|n 10-year-old|10-year-old|n");
    /* every plain mark (blocks.h) as a token of its own, with its kind */
    check_tokens("\"a\" $5 10% (x) * y + z, w; 7",
                 "\"|\"|p a|a|w \"|\"|p $|$|s 5|5|n 10|10|n %|%|s (|(|p x|x|w )|)|p *|*|p "
                 "y|y|w +|+|s z|z|w ,|,|p w|w|w ;|;|p 7|7|n");
}

void test_tokens_unicode(void)
{
    /* Curly quotes and dashes become plain; case folds; NFC composes a
     * decomposed é; a no-break space separates; offsets stay bytes. */
    check_tokens("\xE2\x80\x9CKyiv\xE2\x80\x99s\xE2\x80\x9D \xE2\x80\x94 Erdoğan\xC2\xA0"
                 "Ме\xCC\x81дведев Pe\xCC\x81rez",
                 "\xE2\x80\x9C|\"|p Kyiv|kyiv|w \xE2\x80\x99s|'s|w \xE2\x80\x9D|\"|p "
                 "\xE2\x80\x94|-|p Erdoğan|erdoğan|w Ме\xCC\x81дведев|ме\xCC\x81дведев|w "
                 "Pe\xCC\x81rez|p\xC3\xa9rez|w");
    /* Digits of other scripts are numbers too (a fuzzer found that they
     * once made an empty token, forever). */
    check_tokens("\xDF\x84 \xD9\xA3\xD9\xA4 x", "\xDF\x84|\xDF\x84|n \xD9\xA3\xD9\xA4|\xD9\xA3\xD9\xA4|n x|x|w");
    herald_doc *doc = coded("a\xC2\xA0" "b");
    if (!doc) return;
    CHECK_INT(herald_doc_token_count(doc), 2);
    CHECK_INT(herald_doc_token(doc, 1)->start, 3);
    herald_doc_free(doc);
}

void test_segments_offsets_and_kinds(void)
{
    const char *text = "By Jane Doe\nKYIV (AP) \xE2\x80\x94 Shelling resumed. Talks failed.\n\n"
                       "Photo: Ann Lee / AP";
    herald_doc *doc = coded(text);
    if (!doc) return;
    CHECK_INT(herald_doc_sentence_count(doc), 5);
    static const int kinds[] = { HERALD_BYLINE, HERALD_DATELINE, HERALD_SENTENCE,
                                 HERALD_SENTENCE, HERALD_CREDIT };
    static const char *const texts[] = { "By Jane Doe", "KYIV (AP) \xE2\x80\x94",
                                         "Shelling resumed.", "Talks failed.",
                                         "Photo: Ann Lee / AP" };
    static const unsigned paragraphs[] = { 0, 1, 1, 1, 2 };
    for (size_t i = 0; i < 5 && i < herald_doc_sentence_count(doc); i++) {
        const herald_sentence *s = herald_doc_sentence(doc, i);
        CHECK_INT(s->kind, kinds[i]);
        CHECK_INT(s->paragraph, paragraphs[i]);
        CHECK_INT(s->end - s->start, strlen(texts[i]));
        CHECK(strncmp(text + s->start, texts[i], s->end - s->start) == 0);
        const herald_token *first = herald_doc_token(doc, s->first_token);
        const herald_token *last = herald_doc_token(doc, s->first_token + s->token_count - 1);
        CHECK_INT(first->start, s->start);
        CHECK_INT(last->end, s->end);
    }
    CHECK(herald_doc_sentence(doc, 5) == NULL);
    herald_doc_free(doc);
}

void test_segment_empty_and_blank(void)
{
    herald_doc *doc = coded("");
    if (doc) CHECK_INT(herald_doc_sentence_count(doc), 0);
    herald_doc_free(doc);
    doc = coded(" \n\t\n\xC2\xA0\n");
    if (doc) CHECK_INT(herald_doc_sentence_count(doc), 0);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
    ctx = NULL;
}

/* The quick test that lets a paragraph skip the boilerplate questions
 * passes only paragraphs for which each of them finds nothing, and it
 * passes the common ones. */
void test_plain_paragraph_quick_test(void)
{
    static const struct { const char *text; int plain; } cases[] = {
        { "The army said it would leave.", 1 },
        { "\"We will leave,\" he said.", 1 },
        { "12 people died on Monday.", 1 },
        { "By John Smith and Mary Jones", 0 },
        { "Reporting by John Smith; Editing by Mary Jones", 0 },
        { "(Reporting by John Smith)", 0 },
        { "\xC2\xA9 2013 Reuters", 0 },
        { "GENEVA, Oct 30 (Reuters) - The talks ended.", 0 },
        { "(Reuters) - The talks ended.", 0 },
        { "UN officials met on Monday.", 0 },
        { "He left. (Writing by Ann Lee)", 0 },
        /* a first word with a phrase's first byte but not its length */
        { "It rained in Paris.", 1 },
        { "In Geneva, the talks ended.", 1 },
        { "But the army left.", 1 },
        { "Pictures: Ann Lee", 0 },
        { "All rights reserved.", 0 },
        { "Editing by Ann Lee", 0 },
    };
    for (size_t k = 0; k < sizeof cases / sizeof *cases; k++) {
        herald_doc *doc = coded(cases[k].text);
        if (!doc) continue;
        size_t end = doc->token_count;
        int plain = hr_plain_paragraph(doc, 0, end);
        CHECK_INT(plain, cases[k].plain);
        if (plain) {
            CHECK_INT(hr_paragraph_kind(doc, 0, end), HERALD_SENTENCE);
            CHECK_INT(hr_dateline_len(doc, 0, end), 0);
            CHECK_INT(hr_trailing_credit(doc, 0, end), end);
        }
        herald_doc_free(doc);
    }
    herald_ctx_free(ctx);
    ctx = NULL;
}

void test_render_segments_json(void)
{
    herald_doc *doc = coded("He said \"no\"\tnow.");
    if (!doc) return;
    const char *out;
    size_t len;
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_SEGMENTS, &out, &len), HERALD_OK);
    CHECK_STR(out,
              "{\"doc_id\":\"t\",\"sentence\":0,\"paragraph\":0,\"kind\":\"sentence\","
              "\"span\":[0,17],\"text\":\"He said \\\"no\\\"\\tnow.\",\"tokens\":["
              "{\"span\":[0,2],\"text\":\"He\",\"norm\":\"he\",\"kind\":\"word\",\"tag\":\"PRP\"},"
              "{\"span\":[3,7],\"text\":\"said\",\"norm\":\"said\",\"kind\":\"word\",\"tag\":\"VBD\"},"
              "{\"span\":[8,9],\"text\":\"\\\"\",\"norm\":\"\\\"\",\"kind\":\"punct\",\"tag\":\"``\"},"
              "{\"span\":[9,11],\"text\":\"no\",\"norm\":\"no\",\"kind\":\"word\",\"tag\":\"DT\"},"
              "{\"span\":[11,12],\"text\":\"\\\"\",\"norm\":\"\\\"\",\"kind\":\"punct\",\"tag\":\"''\"},"
              "{\"span\":[13,16],\"text\":\"now\",\"norm\":\"now\",\"kind\":\"word\",\"tag\":\"RB\"},"
              "{\"span\":[16,17],\"text\":\".\",\"norm\":\".\",\"kind\":\"punct\",\"tag\":\".\"}]}\n");
    CHECK_INT(herald_doc_render(doc, 99, &out, &len), HERALD_EINVAL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
    ctx = NULL;
}

/* The masks of one block, byte by byte, as blocks.h defines them: a
 * separator's neighbours are looked at only inside the block. */
static hr_block block_by_bytes(const unsigned char *p)
{
    hr_block b = { 0, 0, 0, 0, 0 };
    for (int k = 0; k < 64; k++) {
        unsigned char c = p[k];
        uint64_t bit = (uint64_t)1 << k;
        int digit = c >= '0' && c <= '9';
        if (digit) b.digit |= bit;
        if (digit || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) b.alnum |= bit;
        if (c == ' ' || c == '\t') b.space |= bit;
        if (c && strchr("\"$%()*+,;", c)) b.plain |= bit;
        if (c && strchr(",.:", c) && k > 0 && k < 63 && p[k - 1] >= '0' && p[k - 1] <= '9' &&
            p[k + 1] >= '0' && p[k + 1] <= '9')
            b.sep |= bit;
    }
    return b;
}

static void check_block(const char *what, hr_block got, hr_block want)
{
    if (got.alnum != want.alnum || got.digit != want.digit || got.space != want.space ||
        got.plain != want.plain || got.sep != want.sep)
        ht_fail(__FILE__, __LINE__, "%s: masks differ from the bytes' classes", what);
}

typedef void lowercase_fn(const char *s, size_t n, char *copy, char *lower, hr_block *blocks);

/* What fn (hr_lowercase_blocks or its portable form) makes of the n bytes
 * at p, with copy or without: A-Z lower-cased, every other byte kept,
 * none written past the end, the copy the bytes as they are, and each
 * block's masks those of its bytes followed by zeros (the block after
 * them all zeros).  The bytes are read from an allocation of n bytes, so
 * that the sanitizer would see a read past them. */
static void check_lowercase_blocks(lowercase_fn *fn, const unsigned char *p, size_t n)
{
    char *text = malloc(n ? n : 1), *out = malloc(n + 1), *copy = malloc(n + 1);
    size_t count = hr_block_count(n);
    hr_block *blocks = malloc(count * sizeof *blocks);
    memcpy(text, p, n);
    for (int with_copy = 0; with_copy < 2; with_copy++) {
        memset(out, '#', n + 1);
        memset(copy, '#', n + 1);
        fn(text, n, with_copy ? copy : NULL, out, blocks);
        for (size_t k = 0; k < n; k++) {
            unsigned char c = p[k];
            CHECK((unsigned char)out[k] == (c >= 'A' && c <= 'Z' ? c + 32 : c));
        }
        CHECK(out[n] == '#');   /* nothing written past n */
        CHECK(with_copy ? memcmp(copy, p, n) == 0 && copy[n] == '#' : copy[0] == '#');
        for (size_t k = 0; k < count; k++) {
            unsigned char zeroed[64] = { 0 };
            if (64 * k < n) memcpy(zeroed, p + 64 * k, n - 64 * k < 64 ? n - 64 * k : 64);
            check_block("hr_lowercase_blocks", blocks[k], block_by_bytes(zeroed));
        }
    }
    free(text);
    free(out);
    free(copy);
    free(blocks);
}

/* The block p through the portable masks, and the whole block and its
 * first n (< 64) bytes as a text through both forms of
 * hr_lowercase_blocks (AVX-512 on a CPU that has it). */
static void check_block_forms(const unsigned char *p, size_t n)
{
    check_block("hr_block_at", hr_block_at((const char *)p), block_by_bytes(p));
    check_lowercase_blocks(hr_lowercase_blocks, p, 64);
    check_lowercase_blocks(hr_lowercase_blocks, p, n);
    check_lowercase_blocks(hr_lowercase_blocks_narrow, p, n);
}

/* Every byte value, in pseudo-random blocks, also of digits and the
 * bytes around a number's separators, and between two digits at every
 * place of a block (its edges too). */
void test_block_masks(void)
{
    static const char number_bytes[] = "0123456789,.:;/-+*'a ";
    unsigned char p[64];
    uint32_t seed = 12345;
    for (int round = 0; round < 4000; round++) {
        for (int k = 0; k < 64; k++) {
            seed = seed * 1103515245u + 12345u;
            unsigned r = seed >> 16;
            p[k] = round < 4      ? (unsigned char)(round * 64 + k)
                   : round < 2000 ? (unsigned char)r
                                  : (unsigned char)number_bytes[r % (sizeof number_bytes - 1)];
        }
        check_block_forms(p, (size_t)round % 64);
    }
    for (int c = 0; c < 256; c++)
        for (int k = 0; k < 64; k++) {
            memset(p, '7', sizeof p);
            p[k] = (unsigned char)c;
            check_block_forms(p, (size_t)k);
        }
}

/* Every byte value at every offset of the 64-, 16- and 8-byte steps and
 * every length of the tail (a masked step with AVX-512), through both
 * forms of hr_lowercase_blocks: the same text, copy and masks. */
void test_lowercase_ascii(void)
{
    unsigned char in[300];
    for (int k = 0; k < 300; k++) in[k] = (unsigned char)((k * 7 + 3) & 0xFF);
    for (size_t n = 0; n <= 300; n++) {
        check_lowercase_blocks(hr_lowercase_blocks, in, n);
        check_lowercase_blocks(hr_lowercase_blocks_narrow, in, n);
    }
}

/* Tokens of `text` after `shift` spaces, which must be those of the text
 * alone moved by `shift`: the tokeniser reads 64-byte blocks, so this
 * moves every token across the blocks' edges. */
static int same_tokens_shifted(const char *text, size_t shift)
{
    size_t n = strlen(text);
    char *moved = malloc(shift + n + 1);
    memset(moved, ' ', shift);
    memcpy(moved + shift, text, n + 1);
    herald_article a = { .id = "a", .text = text, .text_len = n };
    herald_article b = { .id = "b", .text = moved, .text_len = shift + n };
    herald_doc *da = herald_doc_new(ctx, &a, NULL), *db = herald_doc_new(ctx, &b, NULL);
    int same = da && db && herald_doc_run(da, HERALD_STAGE_SEGMENT, NULL) == HERALD_OK &&
               herald_doc_run(db, HERALD_STAGE_SEGMENT, NULL) == HERALD_OK &&
               herald_doc_token_count(da) == herald_doc_token_count(db);
    for (size_t i = 0; same && i < herald_doc_token_count(da); i++) {
        const herald_token *x = herald_doc_token(da, i), *y = herald_doc_token(db, i);
        same = x->start + shift == y->start && x->end + shift == y->end && x->kind == y->kind &&
               x->norm_len == y->norm_len && memcmp(x->norm, y->norm, x->norm_len) == 0;
    }
    herald_doc_free(da);
    herald_doc_free(db);
    free(moved);
    return same;
}

void test_tokens_across_blocks(void)
{
    /* One tricky stretch each: the tokeniser starts a block where a token
     * went to the full rules, so a text of many would move only its first
     * one. */
    static const char *const texts[] = {
        "said... no", "Gen. Smith", "Smith's men", "U.S.-led force", "1,080 men", "(3.5%),",
        "10:30 -- a", "cease-fire didn't", "see http://example.com/a. Then", "a.b@c.org now",
        "now!? \"Yes,\" she said.", "drought- stricken", "etc... and", "24/7 $5 #tag @user",
        "A&B Co", "Turkey\u2019s \u201cquote\u201d", "Caf\u00e9 au", "2011-2013 and",
        "10-year-old 1990s, No. 5", "e.g. the U.S.'s aim", "Mr. X?! Y!!", "a.b. c 1.2.3",
        "x--y -- - ' ''", "( ) ; , ... .. . ? !", "12,34,567 9:00. www.a.org.", "Inc. said",
        "12,345", "3,4 ok", "abc,5", "1990s,5", "word. Next", "2nd.",
        /* Numbers with separators: one run in the masks, unless a token
         * may enter it from the left. */
        "1,234.5 and 10:30.", "($1,234,567.89), 1.5%;", "x-1,5 A1,5 24/1,5 5%1,000 1.2,3",
        "1,000s, 1,5a5,6 1,000-year 1,000's 1,2-3 1.5.",
        "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18", "x\n1,234.5\n2:3\t4.5",
        "12.345.678,90 .5,5 ,5,5 :1:2 1,,2 1..2 1::2 1.a 1:b", "U.S.1,5 \u00e91,5 1,5\u00e9 a@1,5",
    };
    if (!ctx) ctx = herald_ctx_new(NULL, NULL);
    for (size_t t = 0; t < sizeof texts / sizeof *texts; t++)
        for (size_t shift = 1; shift <= 70; shift++)
            if (!same_tokens_shifted(texts[t], shift))
                ht_fail(__FILE__, __LINE__, "\"%s\" moved by %zu spaces tokenises apart",
                        texts[t], shift);
    herald_ctx_free(ctx);
    ctx = NULL;
}

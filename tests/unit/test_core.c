/* Core: errors, arena, bounded buffers, UTF-8 repair, dates, allocator. */
#include "harness.h"
#include "herald.h"
#include "../../src/core/arena.h"
#include "../../src/core/buf.h"
#include "../../src/core/calendar.h"
#include "../../src/core/utf8.h"
#include "../../src/segment/abbrev.h"
#include "../../src/segment/boilerplate.h"

#include <stdlib.h>

void test_strerror(void)
{
    CHECK_STR(herald_strerror(HERALD_OK), "success");
    CHECK_STR(herald_strerror(HERALD_ETRUNC), "truncated compressed stream");
    CHECK_STR(herald_strerror(12345), "unknown error");
}

void test_arena(void)
{
    hr_arena a;
    hr_arena_init(&a, NULL, 1024);
    char *p = hr_arena_alloc(&a, 3);
    char *q = hr_arena_alloc(&a, 5);
    CHECK(p && q);
    CHECK(((uintptr_t)q & 7) == 0);
    CHECK(q - p == 8 + HR_ARENA_REDZONE);
    char *big = hr_arena_alloc(&a, 100000);   /* a chunk of its own */
    CHECK(big != NULL);
    memset(big, 1, 100000);
    char *after = hr_arena_alloc(&a, 8);
    CHECK(after == q + 8 + HR_ARENA_REDZONE); /* the head chunk kept its space */
    CHECK_STR(hr_arena_strndup(&a, "abcdef", 3), "abc");
    int *items = NULL;
    size_t cap = 0;
    for (int i = 0; i < 1000; i++) {
        CHECK(hr_arena_grow(&a, (void **)&items, &cap, (size_t)i + 1, sizeof *items) == 0);
        items[i] = i;
    }
    for (int i = 0; i < 1000; i++) if (items[i] != i) { CHECK(items[i] == i); break; }
    hr_arena_free(&a);
}

/* An arena started on the caller's memory carves from it first, takes
 * chunks of its own when it is full, and leaves it to the caller. */
void test_arena_lent(void)
{
    enum { SIZE = 1024 };
    char *mem = malloc(hr_arena_lent_bytes(SIZE));
    hr_arena a;
    hr_arena_init_lent(&a, NULL, mem, SIZE);
    char *p = hr_arena_alloc(&a, 10);
    CHECK(p > mem && p < mem + hr_arena_lent_bytes(SIZE));
    CHECK(((uintptr_t)p & 15) == 0);
    enum { REST = SIZE - 16 - 3 * HR_ARENA_REDZONE };
    char *q = hr_arena_alloc(&a, REST);
    CHECK(q == p + 16 + HR_ARENA_REDZONE);    /* the lent chunk, to its last byte */
    memset(q, 1, REST);
    char *r = hr_arena_alloc(&a, 8);          /* full: a chunk of the arena's own */
    CHECK(r && (r < mem || r >= mem + hr_arena_lent_bytes(SIZE)));
    char *big = hr_arena_alloc(&a, 100000);
    CHECK(big != NULL);
    memset(big, 1, 100000);
    hr_arena_free(&a);
    CHECK(a.head == NULL && a.lent == NULL);
    free(mem);                                /* still the caller's: no double free */
}

#ifdef HR_ARENA_ASAN
#include <sanitizer/asan_interface.h>
#endif

/* Under AddressSanitizer the bytes right before and after each carved block
 * and a chunk's unused space are poisoned, so reading past an arena
 * array is caught; freeing the arena gives its memory back whole. */
void test_arena_redzones(void)
{
#ifdef HR_ARENA_ASAN
    enum { SIZE = 1024 };
    char *mem = malloc(hr_arena_lent_bytes(SIZE));
    hr_arena a;
    hr_arena_init_lent(&a, NULL, mem, SIZE);
    char *p = hr_arena_alloc(&a, 24);
    char *q = hr_arena_alloc(&a, 40);
    CHECK(!__asan_region_is_poisoned(p, 24) && !__asan_region_is_poisoned(q, 40));
    CHECK(__asan_address_is_poisoned(p - 1));    /* before the first block */
    CHECK(__asan_address_is_poisoned(p + 24));   /* after it */
    CHECK(__asan_address_is_poisoned(q - 1));    /* before the second */
    CHECK(__asan_address_is_poisoned(q + 40));   /* the chunk's free space */
    hr_arena_free(&a);
    CHECK(!__asan_region_is_poisoned(mem, hr_arena_lent_bytes(SIZE)));
    free(mem);
#else
    ht_skip("an AddressSanitizer build only (make sanitize)");
#endif
}

void test_buf_limit(void)
{
    hr_buf b;
    hr_buf_init(&b, NULL, 10);
    CHECK_INT(hr_buf_append(&b, "0123456789", 10), 0);
    CHECK_INT(hr_buf_append(&b, "x", 1), HERALD_ETOOBIG);
    CHECK_INT(b.len, 10);
    hr_buf_clear(&b);
    CHECK_INT(hr_buf_printf(&b, "%d-%s", 42, "ab"), 0);
    CHECK_STR(b.data, "42-ab");
    hr_buf_free(&b);
}

/* A dictionary entry's place, as evidence notes it: "FILE:LINE". */
void test_buf_put_place(void)
{
    hr_buf b;
    hr_buf_init(&b, NULL, 0);
    CHECK_INT(hr_buf_put_place(&b, "verbs.txt", 0), 0);
    CHECK_INT(hr_buf_puts(&b, ", "), 0);
    CHECK_INT(hr_buf_put_place(&b, "a.txt", 4294967295u), 0);
    CHECK_STR(b.data, "verbs.txt:0, a.txt:4294967295");
    hr_buf_free(&b);
    hr_buf_init(&b, NULL, 12);     /* the limit holds for it too */
    CHECK_INT(hr_buf_put_place(&b, "verbs.txt", 123), HERALD_ETOOBIG);
    hr_buf_free(&b);
}

void test_utf8_repair(void)
{
    const char good[] = "Erdo\xC4\x9F" "an \xD0\x97\xD0\xB5";
    CHECK_INT(hr_utf8_check(good, sizeof good - 1), sizeof good - 1);
    /* a lone continuation byte, a truncated 3-byte sequence, an overlong
     * encoding of '/', and a UTF-16 surrogate */
    const char bad[] = "a\x80" "b\xE2\x82" "c\xC0\xAF" "d\xED\xA0\x80" "e";
    CHECK_INT(hr_utf8_check(bad, sizeof bad - 1), 1);
    hr_buf out;
    hr_buf_init(&out, NULL, 0);
    size_t replaced = 0;
    CHECK_INT(hr_utf8_repair(bad, sizeof bad - 1, &out, &replaced), 0);
    CHECK_INT(hr_utf8_check(out.data, out.len), out.len);
    CHECK_INT(replaced, 4);   /* one U+FFFD per broken character */
    CHECK(strncmp(out.data, "a\xEF\xBF\xBD" "b\xEF\xBF\xBD" "c", 9) == 0);
    CHECK(out.data[out.len - 1] == 'e');
    hr_buf_free(&out);
}

void test_parse_date(void)
{
    char d[11];
    CHECK_INT(herald_parse_date("2019-03-03", d), 0); CHECK_STR(d, "2019-03-03");
    CHECK_INT(herald_parse_date("20190303", d), 0); CHECK_STR(d, "2019-03-03");
    CHECK_INT(herald_parse_date("2019-03-03T23:30:00-05:00", d), 0); CHECK_STR(d, "2019-03-03");
    CHECK_INT(herald_parse_date("2019-03-03T23:30:00Z", d), 0);
    CHECK_INT(herald_parse_date("2020-02-29", d), 0);
    CHECK_INT(herald_parse_date("2019-02-29", d), -1);   /* not a leap year */
    CHECK_INT(herald_parse_date("1900-02-29", d), -1);
    CHECK_INT(herald_parse_date("2019-02-30", d), -1);
    CHECK_INT(herald_parse_date("2019-13-01", d), -1);
    CHECK_INT(herald_parse_date("2019-3-3", d), -1);
    CHECK_INT(herald_parse_date("March 3, 2019", d), -1);
    CHECK_INT(herald_parse_date("2019-03-03garbage", d), -1);
    CHECK_INT(herald_parse_date("", d), -1);
}

void test_abbrev_tables(void)
{
    CHECK(hr_abbrev_tables_sorted());
    CHECK_INT(hr_abbrev_class("Gen", 3), HR_ABBR_TITLE);
    CHECK_INT(hr_abbrev_class("SEPT", 4), HR_ABBR_MONTH);
    CHECK_INT(hr_abbrev_class("Inc", 3), HR_ABBR_FINAL);
    CHECK_INT(hr_abbrev_class("army", 4), HR_ABBR_NONE);
    CHECK(hr_is_sentence_opener("The", 3));
    CHECK(!hr_is_sentence_opener("Army", 4));
    /* The search by keys of two numbers: the first and last entries, one
     * past eight letters in either case, only the n bytes given read,
     * near misses on either side, words too long or not ASCII. */
    CHECK(hr_is_sentence_opener("A", 1) && hr_is_sentence_opener("You", 3));
    CHECK(hr_is_sentence_opener("Nevertheless", 12) && hr_is_sentence_opener("MEANWHILE", 9));
    CHECK(hr_is_sentence_opener("Therefore", 3));
    CHECK(!hr_is_sentence_opener("Th", 2) && !hr_is_sentence_opener("Thee", 4));
    CHECK(!hr_is_sentence_opener("Meanwhil", 8) && !hr_is_sentence_opener("Meanwhiles", 10));
    CHECK(!hr_is_sentence_opener("Neverthelessness", 16) && !hr_is_sentence_opener("", 0));
    CHECK(!hr_is_sentence_opener("Zz", 2) && !hr_is_sentence_opener("Aa", 2));
    CHECK(!hr_is_sentence_opener("Th\xC3\xA9", 4));
}

void test_credit_table(void)
{
    CHECK(hr_credit_table_complete());
}

/* An allocator that fails after a set number of allocations. */
typedef struct failing { int left; } failing;
static void *f_malloc(void *ctx, size_t n)
{
    failing *f = ctx;
    return f->left-- > 0 ? malloc(n) : NULL;
}
static void *f_realloc(void *ctx, void *p, size_t old, size_t n)
{
    failing *f = ctx;
    (void)old;
    return f->left-- > 0 ? realloc(p, n) : NULL;
}
static void f_free(void *ctx, void *p) { (void)ctx; free(p); }

void test_allocation_failures(void)
{
    /* Every allocation of a whole coding run fails in turn: each must end
     * in a clean error, never a crash or a leak (ASan checks the latter). */
    const char *text = "GENEVA, Oct 30 (Reuters) - The U.N. envoy met Gen. Smith. "
                       "\xE2\x80\x9CWe agree,\xE2\x80\x9D he said.\nEditing by Jo Doe";
    int succeeded = 0;
    for (int budget = 0; budget < 200 && !succeeded; budget++) {
        failing f = { budget };
        herald_allocator alc = { f_malloc, f_realloc, f_free, &f };
        /* Without the built-ins, whose loading takes thousands of
         * allocations, the coding of one document is what is tested. */
        herald_options opts = { .allocator = &alc, .no_builtin = 1 };
        herald_error err;
        herald_ctx *ctx = herald_ctx_new(&opts, &err);
        if (!ctx) { CHECK_INT(err.code, HERALD_ENOMEM); continue; }
        herald_article a = { .id = "x", .text = text, .text_len = strlen(text) };
        herald_doc *doc = herald_doc_new(ctx, &a, &err);
        if (doc) {
            int rc = herald_doc_code(doc, &err);
            const char *out;
            size_t len;
            if (rc == 0) rc = herald_doc_render(doc, HERALD_FORMAT_SEGMENTS, &out, &len);
            if (rc == 0) succeeded = 1;
            else CHECK(rc == HERALD_ENOMEM);
        } else {
            CHECK_INT(err.code, HERALD_ENOMEM);
        }
        herald_doc_free(doc);
        herald_ctx_free(ctx);
    }
    CHECK(succeeded);
}

void test_cameo_table(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    const herald_cameo *c = herald_cameo_lookup(ctx, "042");
    CHECK(c != NULL);
    if (c) {
        CHECK_INT(c->quad, 1);
        CHECK(c->goldstein > 0);
        CHECK_STR(c->plover_type, "CONSULT");
    }
    c = herald_cameo_lookup(ctx, "190");
    CHECK(c && c->quad == 4 && c->goldstein == -10.0);
    CHECK(herald_cameo_lookup(ctx, "999") == NULL);
    /* every root and its codes: 20 roots, each with a 3-digit code */
    char code[4];
    for (int r = 1; r <= 20; r++) {
        snprintf(code, sizeof code, "%02d", r);
        CHECK(herald_cameo_lookup(ctx, code) != NULL);
        snprintf(code, sizeof code, "%02d0", r);
        CHECK(herald_cameo_lookup(ctx, code) != NULL);
    }
    herald_ctx_free(ctx);
}

void test_calendar_round_trip(void)
{
    /* Every day from 1900 to 2100 maps to a day number and back, the
     * numbers are consecutive, and weekdays cycle. */
    long prev = hr_days_from_civil(1899, 12, 31);
    int wd = hr_weekday(prev), bad = 0;
    for (int y = 1900; y <= 2100; y++)
        for (int m = 1; m <= 12; m++)
            for (int d = 1; d <= hr_days_in_month(y, m); d++) {
                long n = hr_days_from_civil(y, m, d);
                int yy, mm, dd;
                hr_civil_from_days(n, &yy, &mm, &dd);
                wd = (wd + 1) % 7;
                if (n != prev + 1 || yy != y || mm != m || dd != d || hr_weekday(n) != wd) bad++;
                prev = n;
            }
    CHECK_INT(bad, 0);
    CHECK_INT(hr_days_from_civil(1970, 1, 1), 0);
    CHECK_INT(hr_weekday(hr_days_from_civil(2019, 3, 3)), 0);   /* a Sunday */
    CHECK_INT(hr_weekday(hr_days_from_civil(1900, 1, 1)), 1);   /* a Monday */
    CHECK(!hr_date_valid(2019, 2, 29) && hr_date_valid(2000, 2, 29) && !hr_date_valid(1900, 2, 29));
    /* The YYYY-MM-DD form Herald writes, read back; nothing else. */
    long day = -1;
    CHECK_INT(hr_iso_days("2019-03-03", &day), 0);
    CHECK_INT(day, hr_days_from_civil(2019, 3, 3));
    CHECK_INT(hr_iso_days("2019-02-29", &day), -1);
    CHECK_INT(hr_iso_days("2019-3-03", &day), -1);
    CHECK_INT(hr_iso_days("2019-03-03x", &day), -1);
    CHECK_INT(hr_iso_days("", &day), -1);
}

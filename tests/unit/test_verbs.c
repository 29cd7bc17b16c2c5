/* Verb dictionaries in PETRARCH-2 and TABARI formats: blocks, forms,
 * patterns, synonym sets, transformations and malformed lines. */
#include "harness.h"
#include "herald.h"
#include "../../src/core/doc.h"

#include <stdlib.h>
#include <unistd.h>

static int warnings;
static char last[1024];

static void on_warning(void *user, const herald_error *e)
{
    (void)user;
    warnings++;
    snprintf(last, sizeof last, "%llu: %s", (unsigned long long)e->line, e->message);
}

/* A context with only the verb dictionary at path, its warnings counted
 * from zero. */
static herald_ctx *verbs_only(const char *path)
{
    warnings = 0;
    herald_options o = { .no_builtin = 1, .diag = on_warning };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, path, NULL), 0);
    return ctx;
}

/* A context with only the verbs file `text` (written to `name`), which
 * gives one warning, starting "LINE: message" with `expected`. */
static herald_ctx *with_one_warning(const char *name, const char *text, const char *expected)
{
    herald_ctx *ctx = verbs_only(ht_temp_file(name, text));
    CHECK_INT(warnings, 1);
    CHECK(strstr(last, expected) == last);
    return ctx;
}

/* A context with the built-in dictionaries, which load with no warning. */
static herald_ctx *builtins_warning_free(void)
{
    warnings = 0;
    herald_options o = { .diag = on_warning };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(warnings, 0);
    return ctx;
}

/* The block of a verb phrase, or -1 when the phrase is no verb form. */
static long verb_block(const herald_ctx *ctx, const char *phrase)
{
    const hr_dicts *d = &ctx->dicts;
    const hr_lexicon *lx = &d->lex[HERALD_DICT_VERBS];
    uint32_t node = 0;
    const char *p = phrase;
    while (*p) {
        const char *sp = strchr(p, ' ');
        size_t n = sp ? (size_t)(sp - p) : strlen(p);
        node = hr_lexicon_step(lx, node, hr_strings_word(&d->strings, p, n));
        if (node == HR_NONE) return -1;
        p += n + (sp != NULL);
    }
    uint32_t e = hr_lexicon_entries(lx, node);
    return e == HR_NONE ? -1 : (long)lx->entries[e].data;
}

void test_verbs_petrarch(void)
{
    static const char text[] =
        "####### SYNONYM SETS #######\n"
        "&WEAPON\n+GUN\n+ASSAULT_RIFLE\n+&ARMS\n"
        "&ARMS\n+ARMS\n"
        "####### VERB PATTERNS #######\n"
        "---  ACCELERATE   [---]  ---\n"
        "HURRY {HURRIES HURRYING HURRIED }\n"
        "RUSH\n"
        "+CLEAR_UP\n"
        "+SEAL_OFF {+SEALED_OFF +SEALS_OFF}\n"
        "- * (TO)                    [042:043]     # RUSH\n"
        "- * {ARMS SHIPMENT}         [072]\n"
        "- &MILITARY_UNKNOWN *       [154]\n"
        "- * &WEAPON                 [:194]\n"
        "- * (TO BORDER              [154]\n"
        "- SAID + MUST * POLICY      [100]\n"
        "- * * TWICE                 [100]\n"
        "- * NO CODE HERE\n"
        "--- SAY [010] ---\n"
        "SAY {SAYS SAID SAYING}\n"
        "EXPRESS [0110]\n"
        "TRY\n"
        "######## TRANSFORMATIONS ##########\n"
        "~ a (a b ATTACK) SAY = a b 015\n"
        "~ broken transformation\n";
    char path[512];
    const char *base = getenv("TMPDIR");
    snprintf(path, sizeof path, "%s/herald-verbs-%d.txt", base && *base ? base : "/tmp", (int)getpid());
    FILE *f = fopen(path, "w");
    fputs(text, f);
    fclose(f);
    herald_ctx *ctx = verbs_only(path);
    const hr_verbs *v = &ctx->dicts.verbs;
    CHECK_INT(v->block_count, 2);
    CHECK_INT(v->synset_count, 2);
    CHECK_INT(v->transformation_count, 1);
    CHECK_INT(v->blocks[0].pattern_count, 5);   /* 4 good patterns + the unknown-synset one */
    /* unbalanced, two verbs, no code, unknown synset, broken transformation */
    CHECK_INT(warnings, 5);
    /* Irregular forms as listed; regular ones made; the '+' word inflects. */
    CHECK_INT(verb_block(ctx, "hurried"), 0);
    CHECK_INT(verb_block(ctx, "rushes"), 0);
    CHECK_INT(verb_block(ctx, "rushing"), 0);
    CHECK_INT(verb_block(ctx, "cleared up"), 0);
    CHECK_INT(verb_block(ctx, "said"), 1);
    CHECK_INT(verb_block(ctx, "tries"), 1);
    CHECK_INT(verb_block(ctx, "hurry up"), -1);
    /* The forms of a multi-word verb are written whole. */
    CHECK_INT(verb_block(ctx, "sealed off"), 0);
    CHECK_INT(verb_block(ctx, "seals off"), 0);
    CHECK_INT(verb_block(ctx, "sealed off off"), -1);
    /* The pair [042:043] and the one-sided [:194]. */
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_VERBS];
    const hr_pattern *p0 = &v->patterns[0], *p3 = &v->patterns[3];
    CHECK_STR(hr_lexicon_str(lx, p0->code), "042");
    CHECK_STR(hr_lexicon_str(lx, p0->code2), "043");
    CHECK(p3->code == HR_NONE);
    CHECK_STR(hr_lexicon_str(lx, p3->code2), "194");
    /* "- * {ARMS SHIPMENT}": verb, NP open, two words, NP close. */
    const hr_pattern *p1 = &v->patterns[1];
    CHECK_INT(p1->elem_count, 5);
    CHECK_INT(v->elems[p1->first_elem].type, HR_EL_VERB);
    CHECK_INT(v->elems[p1->first_elem + 1].type, HR_EL_NP_OPEN);
    /* The nested synset member (&ARMS inside &WEAPON) resolved. */
    const hr_synset *weapon = &v->synsets[0];
    CHECK_INT(weapon->member_count, 3);
    const hr_member *m = &v->members[weapon->first_member + 2];
    CHECK_INT(v->elems[m->first_elem].type, HR_EL_SYNSET);
    CHECK_INT(v->elems[m->first_elem].value, 1);
    herald_ctx_free(ctx);
    unlink(path);
}

void test_verbs_herald_format(void)
{
    const char *path = ht_temp_file("hv.txt",
        "%herald verbs\n"
        "&weapon = rocket | rockets | drone strike | &arms\n"
        "&arms = artillery | mortar fire\n"
        "attack, shell {shells shelled shelling}, bomb => 190   # fighting\n"
        "  - * with &weapon => 195\n"
        "hold => ---\n"
        "  - * talks with + => 043\n"
        "call off => 0872\n"
        "visit => 042:043\n"
        "ban, admit => 123\n"
        "no arrow here\n"
        "  - * pattern without code\n");
    herald_ctx *ctx = verbs_only(path);
    CHECK_INT(warnings, 2);
    const hr_verbs *v = &ctx->dicts.verbs;
    CHECK_INT(v->block_count, 5);
    CHECK_INT(v->synset_count, 2);
    /* irregular forms from the table, doubled consonants, listed forms */
    CHECK_INT(verb_block(ctx, "held"), 1);
    CHECK_INT(verb_block(ctx, "holding"), 1);
    CHECK_INT(verb_block(ctx, "called off"), 2);
    CHECK_INT(verb_block(ctx, "banned"), 4);
    CHECK_INT(verb_block(ctx, "admitted"), 4);
    CHECK_INT(verb_block(ctx, "bombs"), 0);
    CHECK_INT(verb_block(ctx, "shelling"), 0);
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_VERBS];
    CHECK_STR(hr_lexicon_str(lx, v->blocks[3].code), "042");
    CHECK_STR(hr_lexicon_str(lx, v->blocks[3].code2), "043");
    herald_ctx_free(ctx);
}

/* Herald's exact marker: "press!" is marked exact and keeps its word;
 * a marker anywhere but right after one word of four letters or more is
 * a warning at its line, and the member or pattern holding it is
 * skipped. */
void test_verbs_exact_marker(void)
{
    const char *path = ht_temp_file("hx.txt",
        "%herald verbs\n"
        "&media = press! | radio | ban! | &tv!\n"
        "urge => 020\n"
        "  - * access! to + => 0255\n"
        "  - * pre!ss => 021\n"
        "  - * don't! => 021\n");
    herald_ctx *ctx = verbs_only(path);
    CHECK_INT(warnings, 4);     /* "ban!", "&tv!", "pre!ss", "don't!" (two words) */
    CHECK(strstr(last, "6: bad exact marker in \"don't!\"") == last);
    const hr_verbs *v = &ctx->dicts.verbs;
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_VERBS];
    CHECK_INT(v->synsets[0].member_count, 2);       /* press!, radio */
    const hr_elem *press = &v->elems[v->members[v->synsets[0].first_member].first_elem];
    CHECK_STR(hr_lexicon_str(lx, press->value), "press");
    CHECK_INT(press->exact, 1);
    CHECK(hr_verbs_is_exact(v, press->value));
    const hr_elem *radio = &v->elems[v->members[v->synsets[0].first_member + 1].first_elem];
    CHECK_INT(radio->exact, 0);
    CHECK(!hr_verbs_is_exact(v, radio->value));
    CHECK_INT(v->blocks[0].pattern_count, 1);       /* the access! pattern only */
    const hr_pattern *p = &v->patterns[v->blocks[0].first_pattern];
    CHECK_STR(hr_lexicon_str(lx, v->elems[p->first_elem + 1].value), "access");
    CHECK_INT(v->elems[p->first_elem + 1].exact, 1);
    herald_ctx_free(ctx);
}

/* "163/131": a pattern's act code and the threat it makes when
 * threatened; without the slash the threat is left to the code, and a
 * threat that is no 13x code is a warning, its pattern skipped. */
void test_verbs_pattern_threat(void)
{
    herald_ctx *ctx = with_one_warning("ht.txt",
        "%herald verbs\n"
        "cut => ---\n"
        "  - * gas supplies => 163/131\n"
        "  - * trade => 163\n"
        "  - * aid => 162/042\n", "5: bad code [162/042]");
    const hr_verbs *v = &ctx->dicts.verbs;
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_VERBS];
    CHECK_INT(v->blocks[0].pattern_count, 2);
    const hr_pattern *p = &v->patterns[v->blocks[0].first_pattern];
    CHECK_STR(hr_lexicon_str(lx, p[0].code), "163");
    CHECK_STR(hr_lexicon_str(lx, p[0].threat), "131");
    CHECK(p[1].threat == HR_NONE);
    herald_ctx_free(ctx);
}

/* The number of pairs i < k of n items for which alike(ctx, i, k). */
static size_t pairs_alike(const herald_ctx *ctx, size_t n,
                          int (*alike)(const herald_ctx *, size_t, size_t))
{
    size_t pairs = 0;
    for (size_t i = 0; i < n; i++)
        for (size_t k = i + 1; k < n; k++) pairs += alike(ctx, i, k) != 0;
    return pairs;
}

/* Whether synonym sets i and k have one name. */
static int same_set_name(const herald_ctx *ctx, size_t i, size_t k)
{
    const hr_verbs *v = &ctx->dicts.verbs;
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_VERBS];
    return strcmp(hr_lexicon_str(lx, v->synsets[i].name), hr_lexicon_str(lx, v->synsets[k].name)) == 0;
}

/* A synonym set is defined once: twice in one file is a warning at the
 * second definition (which replaces the first from there on), and the
 * built-in files, whose sets all share one name space, define each name
 * once (copies drift apart: "&aid" meant three things in three files). */
void test_verbs_sets_defined_once(void)
{
    herald_ctx_free(with_one_warning("hs.txt",
        "%herald verbs\n"
        "&arms = artillery | mortar fire\n"
        "attack => 190\n"
        "  - * with &arms => 195\n"
        "&arms = rockets\n", "5: synonym set &arms defined again in this file"));
    herald_ctx_free(with_one_warning("hs.txt",
        "%herald verbs\n"
        "&levels = tariffs | costs | incomes&levels = tariffs | taxes\n"
        "cut => 160\n"
        "  - * &levels => ---\n",
        "2: set member \"incomes&levels = tariffs\" holds '='"));

    herald_ctx *ctx = builtins_warning_free();
    CHECK(ctx->dicts.verbs.synset_count > 100);
    CHECK_INT(pairs_alike(ctx, ctx->dicts.verbs.synset_count, same_set_name), 0);
    herald_ctx_free(ctx);
}

/* The code of pattern i of block b. */
static const char *pattern_code(const herald_ctx *ctx, size_t b, size_t i)
{
    const hr_verbs *v = &ctx->dicts.verbs;
    return hr_lexicon_str(&ctx->dicts.lex[HERALD_DICT_VERBS],
                          v->patterns[v->blocks[b].first_pattern + i].code);
}

/* A pattern group ("@name:" and its "-" lines) is read in place of each
 * "- @name" line, in a block or in another group, defined before or after
 * its use; its patterns keep the lines of the group, and "-" lines after
 * a group's definition and a set line belong to no block. */
void test_verbs_pattern_groups(void)
{
    const char *path = ht_temp_file("hg.txt",
        "%herald verbs\n"
        "@pleas:\n"                                 /* 2 */
        "  - * &talks => 026   # a note\n"         /* 3 */
        "  - @aid-pleas\n"                          /* 4 */
        "urge => 020\n"                             /* 5 */
        "  - * calm => 0256\n"
        "  - @pleas\n"
        "  - * forgiveness => 055\n"
        "beg => 02\n"                               /* 9 */
        "  - @pleas\n"
        "&talks = talks | negotiations\n"
        "@aid-pleas:\n"                             /* 12 */
        "  - * aid => 023\n"                        /* 13 */
        "  - * arms => 0232\n");
    herald_ctx *ctx = verbs_only(path);
    CHECK_INT(warnings, 0);
    const hr_verbs *v = &ctx->dicts.verbs;
    CHECK_INT(v->block_count, 2);
    CHECK_INT(v->blocks[0].pattern_count, 5);
    CHECK_INT(v->blocks[1].pattern_count, 3);
    CHECK_STR(pattern_code(ctx, 0, 0), "0256");
    CHECK_STR(pattern_code(ctx, 0, 1), "026");
    CHECK_STR(pattern_code(ctx, 0, 2), "023");
    CHECK_STR(pattern_code(ctx, 0, 3), "0232");
    CHECK_STR(pattern_code(ctx, 0, 4), "055");
    CHECK_STR(pattern_code(ctx, 1, 0), "026");
    CHECK_STR(pattern_code(ctx, 1, 2), "0232");
    CHECK_INT(v->patterns[v->blocks[1].first_pattern].line, 3);
    CHECK_INT(v->patterns[v->blocks[1].first_pattern + 1].line, 13);
    herald_ctx_free(ctx);
}

/* The one warning a verbs file gives starts "LINE: message". */
static void check_one_warning(const char *text, const char *expected)
{
    herald_ctx_free(with_one_warning("hge.txt", text, expected));
}

/* A group's faults are warnings at their line, the line skipped: an
 * unknown group, in a block or in a group; a group defined twice; groups
 * that use one another; a bad heading; a use or a "-" line outside a
 * block.  Each is reported once however often the group is used. */
void test_verbs_pattern_group_errors(void)
{
    check_one_warning("%herald verbs\nurge => 020\n  - * calm => 0256\n  - @pleaz\n",
                      "4: unknown pattern group @pleaz; line skipped");
    check_one_warning("%herald verbs\n@pleas:\n  - * aid => 023\n  - @pleaz\n"
                      "urge => 020\n  - @pleas\nbeg => 02\n  - @pleas\n",
                      "4: unknown pattern group @pleaz; line skipped");
    check_one_warning("%herald verbs\n@pleas:\n  - * aid => 023\n@pleas:\n  - * arms => 0232\n"
                      "urge => 020\n  - @pleas\n",
                      "4: pattern group @pleas defined again (the first at ");
    check_one_warning("%herald verbs\n@a:\n  - * aid => 023\n  - @b\n@b:\n  - @a\n"
                      "urge => 020\n  - @a\nbeg => 02\n  - @b\n",
                      "6: pattern group @a used inside itself; line skipped");
    check_one_warning("%herald verbs\n@Pleas\n  - * aid => 023\nurge => 020\n  - * calm => 0256\n",
                      "2: expected @NAME: (lower-case letters, digits, '-'); group skipped");
    check_one_warning("%herald verbs\n@pleas:\n  - * aid => 023\n&x = y\n  - @pleas\n"
                      "urge => 020\n  - @pleas\n",
                      "5: pattern group used outside a verb block; skipped");
    check_one_warning("%herald verbs\nurge => 020\n@pleas:\n  - * aid => 023\n&x = y\n"
                      "  - * calm => 0256\nbeg => 02\n  - @pleas\n",
                      "6: pattern outside a verb block; skipped");
}

/* Whether two block names have the same head verb, their "{...}" forms
 * aside. */
static int same_head(const char *a, const char *b)
{
    size_t na = strcspn(a, "{"), nb = strcspn(b, "{");
    while (na && a[na - 1] == ' ') na--;
    while (nb && b[nb - 1] == ' ') nb--;
    return na == nb && memcmp(a, b, na) == 0;
}

/* Whether blocks i and k, both verbs or both nouns, have one head verb. */
static int same_block_head(const herald_ctx *ctx, size_t i, size_t k)
{
    const hr_verbs *v = &ctx->dicts.verbs;
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_VERBS];
    return v->blocks[i].nominal == v->blocks[k].nominal &&
           same_head(hr_lexicon_str(lx, v->blocks[i].name), hr_lexicon_str(lx, v->blocks[k].name));
}

/* A verb opens one block of a file: a second block of the same head
 * verb is a warning at its line naming the first, as its forms would
 * hold the patterns of whichever block was read last.  A noun block may
 * share its head with a verb block ("attack" the verb and the noun).
 * The built-in files open each block head once over all of them, as a
 * user's file overrides a built-in verb whole and two built-in blocks
 * of one verb leave unclear which patterns apply. */
void test_verbs_blocks_opened_once(void)
{
    herald_ctx *ctx = with_one_warning("hb.txt",
        "%herald verbs\n"
        "hand out, distribute => ---\n"
        "  - * food => 073\n"
        "noun hand out => ---\n"
        "hand out {hands out handed out}, dole out => ---\n"
        "  - * arms => 072\n", "5: hand out opens a second block in this file (the first at ");
    CHECK(strstr(last, "hb.txt:2)") != NULL);
    herald_ctx_free(ctx);

    ctx = builtins_warning_free();
    CHECK(ctx->dicts.verbs.block_count > 300);
    CHECK_INT(pairs_alike(ctx, ctx->dicts.verbs.block_count, same_block_head), 0);
    herald_ctx_free(ctx);
}

/* Dictionaries: both formats, malformed lines, and actor recognition
 * rules on small dictionaries written here. */
#include "harness.h"
#include "herald.h"

#include <stdlib.h>
#include <unistd.h>

static char last_warning[2048];
static int warnings;

static void on_warning(void *user, const herald_error *e)
{
    (void)user;
    warnings++;
    snprintf(last_warning, sizeof last_warning, "%s:%llu: %s", e->file,
             (unsigned long long)e->line, e->message);
}


static herald_ctx *bare_context(void)
{
    warnings = 0;
    last_warning[0] = '\0';
    herald_options o = { .no_builtin = 1, .diag = on_warning };
    return herald_ctx_new(&o, NULL);
}

static const char ACTORS[] =
    "%herald actors\n"
    "# test actors\n"
    "Turkey | Türkiye => TUR\n"
    "Turkish => TUR\n"
    "Ankara => TURGOV   # the capital\n"
    "Ethiopia => ETH\n"
    "Eritrea => ERI\n"
    "US | United States => USA\n"
    "Recep Tayyip Erdoğan | Erdoğan | Erdogan => TURGOV 2003-03-14.. ; TUROPP 2001-08..2003-03-13\n"
    "Sergei Lavrov | Lavrov => RUSGOV 2004-03-09..\n"
    "Broken line without arrow\n"
    "Bad Date => TURGOV 2003-02-30..\n"
    "Backwards => TURGOV 2005..2003\n"
    "lowercase code => tur\n";

static const char AGENTS[] =
    "%herald agents\n"
    "army | troops => MIL\n"
    "foreign minister | president | leaders | officials => GOV\n"
    "police => COP\n";

/* Actor mentions of `text` as "text=CODE" joined by "; ". */
static void mentions(herald_ctx *ctx, const char *text, const char *date, char *out, size_t cap)
{
    herald_article a = { .id = "t", .text = text, .text_len = strlen(text), .date = date };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    out[0] = '\0';
    if (!doc || herald_doc_code(doc, NULL) != 0) { herald_doc_free(doc); return; }
    size_t len = 0;
    for (size_t i = 0; i < herald_doc_actor_count(doc); i++) {
        const herald_actor *m = herald_doc_actor(doc, i);
        len += (size_t)snprintf(out + len, cap - len, "%s%.*s=%s", i ? "; " : "",
                                (int)(m->end - m->start), text + m->start, m->code);
    }
    herald_doc_free(doc);
}

void test_dict_herald_format(void)
{
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt", ACTORS), &err), 0);
    CHECK_INT(warnings, 4);   /* no arrow, bad date, backwards range, bad code */
    CHECK(strstr(last_warning, "a.txt:14: bad code") != NULL);
    CHECK_INT(herald_ctx_dict_size(ctx, HERALD_DICT_ACTORS), 13);
    /* A Herald file of another kind is refused with a clear message. */
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("g.txt", AGENTS), &err),
              HERALD_EFORMAT);
    CHECK(strstr(err.message, "Herald agents dictionary, not actors") != NULL);
    herald_ctx_free(ctx);
}

void test_dict_bad_files(void)
{
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, "/nonexistent/x.txt", &err), HERALD_ENOENT);
    const char binary[] = "ABC [X]\n\x01\x02";
    const char *p = ht_temp_file("bin.txt", binary);
    FILE *f = fopen(p, "ab");
    fputc(0, f);
    fclose(f);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, p, &err), HERALD_EBINARY);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("latin.txt", "ANKARA [TUR\xE9]\n"),
                                   &err), HERALD_EUTF8);
    CHECK_INT(err.line, 1);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("junk.txt", "[[[\n]]]\n+x\n"),
                                   &err), HERALD_EEMPTY);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("kind.txt", "%herald people\n"),
                                   &err), HERALD_EFORMAT);
    /* An unterminated comment block: what came before it is kept. */
    warnings = 0;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS,
                                   ht_temp_file("open.txt", "ANKARA [TURGOV]\n<!-- open\nX [Y]\n"), &err), 0);
    CHECK_INT(warnings, 1);
    CHECK(strstr(last_warning, "open.txt:2: <!-- comment never closed") != NULL);
    /* Unterminated <ISSUE> block and a bracket without its end. */
    warnings = 0;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ISSUES,
                                   ht_temp_file("iss.txt", "<ISSUE CATEGORY=\"A\">\nvote [ELECTION]\nbad [X\n"),
                                   &err), 0);
    CHECK_INT(warnings, 2);
    CHECK(strstr(last_warning, "iss.txt:1: <ISSUE> block not closed") != NULL);
    herald_ctx_free(ctx);
}

void test_dict_petrarch_actors(void)
{
    static const char text[] =
        "<!-- a comment\n   that runs on -->\n"
        "ANKARA_ [TURGOV] # capital\n"
        "+TURKISH_CAPITAL\n"
        "LEONID_BREZHNEV_  # several names, then their dated codes\n"
        "SOVIET_LEADER_LEONID_BREZHNEV\n"
        "\t[RUSELI 19240101-641014]\n"
        "\t[RUSGOV 641014-821110]\n"
        "ORPHAN_RECORD_\n"
        "NEXT_ONE [ZZZ]\n"
        "BAD_DATE\n"
        "\t[ARMUNR 9008223-911221]\n"
        "\t[ARM]\n"
        "UNCLOSED [ABC\n"
        "PALESTINIAN [pse]\n";
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("p.txt", text), &err), 0);
    CHECK_INT(warnings, 2);   /* the 7-digit date, the unterminated bracket */
    char got[1024];
    mentions(ctx, "Leonid Brezhnev met the Turkish capital officials in Ankara.", "1975-01-01",
             got, sizeof got);
    CHECK_STR(got, "Leonid Brezhnev=RUSGOV; Turkish capital=TURGOV; Ankara=TURGOV");
    mentions(ctx, "Soviet leader Leonid Brezhnev spoke.", "1960-06-01", got, sizeof got);
    CHECK_STR(got, "Soviet leader Leonid Brezhnev=RUSELI");
    mentions(ctx, "Orphan record and next one and Palestinian.", NULL, got, sizeof got);
    CHECK_STR(got, "Orphan record=ZZZ; next one=ZZZ; Palestinian=PSE");
    herald_ctx_free(ctx);
}

void test_dict_petrarch_agents(void)
{
    static const char text[] =
        "!PERSON! = MAN, MEN, WOMAN, WOMEN\n"
        "POLICE {} [~COP]\n"
        "SOLDIER [~MIL]\n"
        "CONGRESS!PERSON! [~LEG]\n"
        "ATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOV]\n"
        "CHARITY [NGO~]\n"
        "NO_CODE_HERE\n";
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("g.txt", text), &err), 0);
    CHECK_INT(warnings, 1);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt", ACTORS), &err), 0);
    char got[1024];
    mentions(ctx, "Turkish soldiers, congresswomen and attorneys general met a Turkish charity "
                  "and polices.", NULL, got, sizeof got);
    CHECK_STR(got, "Turkish soldiers=TURMIL; congresswomen=---LEG; attorneys general=---GOV; "
                   "Turkish charity=NGOTUR");
    herald_ctx_free(ctx);
}

void test_actor_rules(void)
{
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt", ACTORS), &err), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("g.txt", AGENTS), &err), 0);
    char got[2048];
    /* possessive + role; capital; title + person; dated code by article date */
    mentions(ctx, "Turkey's army and Ankara said President Erdoğan met Mr. Lavrov.", "2019-05-01",
             got, sizeof got);
    CHECK_STR(got, "Turkey's army=TURMIL; Ankara=TURGOV; President Erdoğan=TURGOV; Mr. Lavrov=RUSGOV");
    mentions(ctx, "Erdogan spoke.", "2002-06-01", got, sizeof got);
    CHECK_STR(got, "Erdogan=TUROPP");
    /* role of country, and country: each gets the role */
    mentions(ctx, "The leaders of Ethiopia and Eritrea met.", NULL, got, sizeof got);
    CHECK_STR(got, "leaders of Ethiopia=ETHGOV; Eritrea=ERIGOV");
    /* role alone; the acronym "US" does not match the pronoun "us" */
    mentions(ctx, "Officials told us that US police left.", NULL, got, sizeof got);
    CHECK_STR(got, "Officials=---GOV; US police=USACOP");
    /* country + multi-word role; longest match */
    mentions(ctx, "The Turkish foreign minister and United States troops.", NULL, got, sizeof got);
    CHECK_STR(got, "Turkish foreign minister=TURGOV; United States troops=USAMIL");
    herald_ctx_free(ctx);
}

void test_actor_user_overrides_builtin(void)
{
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt", ACTORS), &err), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS,
                                   ht_temp_file("o.txt", "%herald actors\nAnkara => TURMIL  # mine\n"), &err), 0);
    char got[256];
    mentions(ctx, "Ankara replied.", NULL, got, sizeof got);
    CHECK_STR(got, "Ankara=TURMIL");
    herald_ctx_free(ctx);
}

void test_actor_references(void)
{
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt",
        "%herald actors\nChina => CHN\nIndia => IND\nPakistan => PAK\n%people\n"
        "Wang Yi => CHNGOV\n"
        "Sergei Lavrov | Lavrov => RUSGOV 2004-03-09..\n"), &err), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("g.txt",
        "%herald agents\nminister | foreign minister => GOV\ngovernments => GOV\n"), &err), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_CONFLICTS, ht_temp_file("c.txt",
        "%herald conflicts\nKashmir conflict | Kashmir dispute => IND, PAK\n"), &err), 0);
    char got[4096];
    mentions(ctx, "Sergei Lavrov arrived. He met Wang Yi, who said she was ready. "
                  "The minister left.", "2019-01-01", got, sizeof got);
    CHECK_STR(got, "Sergei Lavrov=RUSGOV; He=RUSGOV; Wang Yi=CHNGOV; she=CHNGOV; minister=CHNGOV");
    mentions(ctx, "China and India clashed. Both sides blamed each other. "
                  "The two governments met.", NULL, got, sizeof got);
    CHECK_STR(got, "China=CHN; India=IND; Both sides=CHN; Both sides=IND; "
                   "The two governments=CHNGOV; The two governments=INDGOV");
    mentions(ctx, "China spoke on the Kashmir dispute. Both sides must talk.", NULL, got, sizeof got);
    CHECK_STR(got, "China=CHN; Both sides=IND; Both sides=PAK");
    /* No person before: the pronoun stays unresolved. */
    mentions(ctx, "He said India would reply.", NULL, got, sizeof got);
    CHECK_STR(got, "India=IND");
    herald_ctx_free(ctx);
}

void test_actor_shared_phrase(void)
{
    herald_ctx *ctx = bare_context();
    herald_error err;
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt",
        "%herald actors\n%people\nHafez al-Assad | Assad => SYRGOV 1971-03-14..2000-06-10\n"
        "Bashar al-Assad | Assad => SYRGOV 2000-07-17..2024-12-08 ; SYRELI 2024-12-09..\n"
        "Ankara => TURGOV\nAnkara => TURMIL  # second entry of the same file: not first\n"), &err), 0);
    char got[512];
    mentions(ctx, "Assad spoke.", "1995-01-01", got, sizeof got);
    CHECK_STR(got, "Assad=SYRGOV");
    mentions(ctx, "Assad spoke.", "2025-03-01", got, sizeof got);
    CHECK_STR(got, "Assad=SYRELI");
    mentions(ctx, "Ankara spoke.", NULL, got, sizeof got);
    CHECK_STR(got, "Ankara=TURGOV");
    herald_ctx_free(ctx);
}

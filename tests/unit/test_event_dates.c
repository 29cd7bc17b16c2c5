/* test_event_dates.c - each event takes the date of its own clause: a
 * date inside a subordinate clause dates that clause's action only. */
#include "harness.h"
#include "herald.h"

#include <stdio.h>
#include <string.h>

static herald_ctx *context(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ed-a.txt",
        "%herald actors\nTurkey => TUR\nSyria => SYR\nIraq => IRQ\nKuwait => KWT\n"
        "Iran => IRN\nIsrael => ISR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("ed-v.txt",
        "--- ATTACK [190] ---\nATTACK {ATTACKS ATTACKED}\n"
        "--- INVADE [192] ---\nINVADE {INVADES INVADED}\n"
        "--- CONDEMN [122] ---\nCONDEMN {CONDEMNS CONDEMNED}\n"), NULL), 0);
    return ctx;
}

/* "SRC>TGT:CODE@DATE/basis ..." of a one-sentence article of 2019-12-20. */
static void dated(herald_ctx *ctx, const char *text, char *out, size_t cap)
{
    herald_article a = { .id = "d", .text = text, .text_len = strlen(text), .date = "2019-12-20" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    out[0] = '\0';
    if (!doc || herald_doc_code(doc, NULL) != HERALD_OK) { herald_doc_free(doc); return; }
    for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
        const herald_event *e = herald_doc_event(doc, i);
        size_t len = strlen(out);
        snprintf(out + len, cap - len, "%s%s>%s:%s@%s/%s", i ? " " : "", e->source, e->target,
                 e->code, e->date, herald_basis_name(e->date_basis));
    }
    herald_doc_free(doc);
}

void test_event_dates_by_clause(void)
{
    herald_ctx *ctx = context();
    char got[512];
    /* The year is the invasion's, in its "after" clause, not the condemnation's. */
    dated(ctx, "Turkey condemned Iraq after it invaded Kuwait in 1990.", got, sizeof got);
    CHECK_STR(got, "TUR>IRQ:122@2019-12-20/publication IRQ>KWT:192@1990-01-01/explicit");
    /* A date before a subordinate clause that is closed by a comma still
     * dates the main clause. */
    dated(ctx, "On Monday, after talks ended, Turkey attacked Syria.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:190@2019-12-16/relative");
    /* A date of the main clause does not reach into a "that" clause. */
    dated(ctx, "In November, Israel condemned Iran, saying that Iran attacked Syria.", got,
          sizeof got);
    CHECK_STR(got, "ISR>IRN:122@2019-11-01/relative IRN>SYR:190@2019-12-20/publication");
    /* A date after the article's belongs to a planned act, not to the
     * act reported ("condemned ... ahead of talks on December 28"). */
    dated(ctx, "Turkey condemned Syria ahead of talks on December 28.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:122@2019-12-20/publication");
    dated(ctx, "Turkey condemned Syria on December 18 ahead of talks on December 28.", got,
          sizeof got);
    CHECK_STR(got, "TUR>SYR:122@2019-12-18/relative");
    herald_ctx_free(ctx);
}

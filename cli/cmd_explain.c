/* herald explain: a human-readable trace of how Herald reads a text. */
#include "commands.h"
#include "diag.h"
#include "opts.h"
#include "run_options.h"

#include <stdio.h>
#include <string.h>

static const char HELP[] =
    "Usage: herald explain [OPTIONS] \"TEXT\"\n"
    "\n"
    "Shows, for each sentence of TEXT, what Herald sees: the segment and its\n"
    "kind, the tokens with their tags, the chunks (noun phrases, verb groups\n"
    "with tense, negation, modality and voice, prepositions, clause openers),\n"
    "every actor with its code and how it was found (the\n"
    "dictionary entry as FILE:LINE, a composition, a reference), the events\n"
    "with the verb block and pattern that coded them, the dates and places\n"
    "(with the places that lost), and each verb that gave no event with the\n"
    "reason.\n"
    "\n"
    "Options:\n"
    "  --date YYYY-MM-DD       the article date (dated codes use it)\n"
    "  --keep-uncertain        also code negated and hypothetical events\n"
    "  --allow-partial         also code events with an unknown side\n"
    HC_DICTIONARY_HELP
    "  -h, --help              show this help\n";

static void print_chunks(const herald_doc *doc, size_t s)
{
    char line[4096];
    size_t n = herald_doc_chunk_text(doc, s, line, sizeof line);
    if (n) printf("  chunks: %s%s\n", line, n >= sizeof line ? " ..." : "");
}

static void explain(const herald_doc *doc)
{
    const char *text = herald_doc_article(doc)->text;
    for (size_t s = 0; s < herald_doc_sentence_count(doc); s++) {
        const herald_sentence *sen = herald_doc_sentence(doc, s);
        printf("Sentence %zu (%s, paragraph %u, bytes %u-%u)\n  %.*s\n", s,
               herald_segment_kind_name(sen->kind), sen->paragraph, sen->start, sen->end,
               (int)(sen->end - sen->start), text + sen->start);
        printf("  tokens:");
        for (uint32_t k = 0; k < sen->token_count; k++) {
            const herald_token *t = herald_doc_token(doc, sen->first_token + k);
            printf(" %.*s", (int)(t->end - t->start), text + t->start);
            if (t->tag) printf("/%s", herald_tag_name(t->tag));  /* the verb-or-noun reading */
        }
        printf("\n");
        if (sen->kind != HERALD_SENTENCE) {
            printf("  not coded: a %s is no sentence\n\n", herald_segment_kind_name(sen->kind));
            continue;
        }
        print_chunks(doc, s);
        int any = 0;
        for (size_t a = 0; a < herald_doc_actor_count(doc); a++) {
            const herald_actor *m = herald_doc_actor(doc, a);
            if (m->sentence != s) continue;
            if (!any) printf("  actors:\n");
            any = 1;
            printf("    %-32.*s %-12s %-9s %s\n", (int)(m->end - m->start), text + m->start,
                   m->code, herald_actor_kind_name(m->kind), m->how);
        }
        if (!any) printf("  actors: none\n");
        for (size_t i = 0; i < herald_doc_date_count(doc); i++) {
            const herald_date *d = herald_doc_date(doc, i);
            if (d->sentence != s) continue;
            printf("  date: \"%.*s\" = %s%s%s (%s, %s)\n", (int)(d->end_byte - d->start),
                   text + d->start, d->value, d->end[0] ? ".." : "", d->end,
                   herald_precision_name(d->precision), herald_basis_name(d->basis));
        }
        for (size_t i = 0; i < herald_doc_place_count(doc); i++) {
            const herald_place *p = herald_doc_place(doc, i);
            if (p->sentence != s) continue;
            printf("  place: \"%.*s\" = %s (%s%s%s, %s, %.3f %.3f)%s%s%s\n",
                   (int)(p->end - p->start), text + p->start, p->loc.name,
                   p->loc.country[0] ? p->loc.country : "no country", p->loc.adm1[0] ? ", " : "",
                   p->loc.adm1, p->loc.kind, p->loc.lat, p->loc.lon, p->cue[0] ? "  after \"" : "",
                   p->cue, p->cue[0] ? "\"" : "");
            for (uint32_t k = 0; k < p->lost_count && k < 3; k++)
                printf("    lost: %s (%s%s%s, %s) score %.1f < %.1f\n", p->lost[k].name,
                       p->lost[k].country, p->lost[k].adm1[0] ? ", " : "", p->lost[k].adm1,
                       p->lost[k].kind, p->lost_scores[k], p->score);
            if (p->lost_count > 3) printf("    lost: %u more\n", p->lost_count - 3);
        }
        any = 0;
        for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
            const herald_event *e = herald_doc_event(doc, i);
            if (e->sentence != s) continue;
            if (!any) printf("  events:\n");
            any = 1;
            printf("    %s -> %s  %s %s%s%s  verb \"%.*s\"  date %s (%s)  place %s\n      %s\n", e->source,
                   e->target, e->code, e->cameo ? e->cameo->name : "(not a CAMEO code)",
                   e->negated ? ", negated" : "", e->hypothetical ? ", hypothetical" : "",
                   (int)(e->verb_span[1] - e->verb_span[0]), text + e->verb_span[0],
                   e->date[0] ? e->date : "none", herald_basis_name(e->date_basis),
                   e->location.name ? e->location.name : "none", e->how);
        }
        for (size_t i = 0; i < herald_doc_dropped_count(doc); i++) {
            const herald_dropped *d = herald_doc_dropped(doc, i);
            if (d->sentence != s) continue;
            printf("  dropped: \"%.*s\": %s%s%s\n", (int)(d->verb_span[1] - d->verb_span[0]),
                   text + d->verb_span[0], d->reason, d->how[0] ? "\n      " : "", d->how);
        }
        printf("\n");
    }
}

static int explain_option(hc_run *run, const char *name, const char *value)
{
    (void)value;
    if (strcmp(name, "--keep-uncertain") == 0) run->keep_uncertain = 1;
    else run->allow_partial = 1;
    return 0;
}

int hc_cmd_explain(int argc, char **argv)
{
    static const char *const flags[] = { "--keep-uncertain", "--allow-partial", NULL };
    const hc_command cmd = { "explain ", HELP, explain_option, flags, NULL, 1 };
    hc_run run = { 0 };
    int rc = hc_parse_run(&cmd, argc, argv, &run);
    if (rc >= 0) return rc;
    if (run.input_count != 1)
        return hc_usage_error("explain ", "give the text to explain as one argument");
    hc_diag diag = { 0 };
    herald_ctx *ctx = hc_make_context(&run, &diag);
    if (!ctx) return 1;
    const char *text = run.inputs[0];
    herald_article a = { .id = "explain", .text = text, .text_len = strlen(text),
                         .date = run.default_date };
    herald_error err;
    herald_doc *doc = herald_doc_new(ctx, &a, &err);
    if (doc && herald_doc_code(doc, &err) == 0) {
        explain(doc);
        rc = 0;
    } else {
        hc_diag_print(&diag, &err);
        rc = 1;
    }
    herald_doc_free(doc);
    herald_ctx_free(ctx);
    return rc;
}

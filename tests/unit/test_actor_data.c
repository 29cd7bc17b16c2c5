/* Herald's built-in actor files (the .txt files of data/actors) list each
 * name on one line.  When two lines share a phrase the matcher takes the
 * first whose code is in force on the article's date, so where their
 * dates overlap the second is dead there, and the two drift apart.  Only
 * different actors whose terms never overlap may share a name ("Assad"
 * for father and son): the date then chooses between them. */
#include "harness.h"
#include "herald.h"
#include "../../src/core/doc.h"

#include <stdlib.h>

/* The parent of each trie node (HR_NONE for the root), found from the
 * edges, so that a phrase can be spelt back from its node. */
static uint32_t *node_parents(const hr_lexicon *lx, uint32_t **words)
{
    uint32_t *parent = malloc(lx->node_count * sizeof *parent);
    *words = malloc(lx->node_count * sizeof **words);
    if (!parent || !*words) { free(parent); free(*words); return NULL; }
    parent[0] = HR_NONE;
    for (size_t i = 0; i < lx->edges_cap; i++) {
        if (lx->edge_child[i] == HR_NONE) continue;
        parent[lx->edge_child[i]] = (uint32_t)(lx->edge_keys[i] >> 32);
        (*words)[lx->edge_child[i]] = (uint32_t)lx->edge_keys[i];
    }
    return parent;
}

/* The phrase of `node`, its normalised words joined by spaces. */
static void spell_phrase(const hr_lexicon *lx, const uint32_t *parent, const uint32_t *words,
                         uint32_t node, char *out, size_t cap)
{
    out[0] = '\0';
    for (; node && node != HR_NONE; node = parent[node]) {
        const char *word = hr_lexicon_str(lx, words[node]);
        size_t wn = strlen(word), len = strlen(out), sep = len ? 1 : 0;
        if (wn + sep + len + 1 > cap) return;
        memmove(out + wn + sep, out, len + 1);
        memcpy(out, word, wn);
        if (sep) out[wn] = ' ';
    }
}

/* Whether some code of `a` and some code of `b` are in force on the same
 * day (an undated code always is). */
static int terms_overlap(const hr_lexicon *lx, const hr_entry *a, const hr_entry *b)
{
    for (uint32_t i = 0; i < a->code_count; i++)
        for (uint32_t j = 0; j < b->code_count; j++) {
            const hr_dated_code *x = &lx->codes[a->first_code + i];
            const hr_dated_code *y = &lx->codes[b->first_code + j];
            if (x->from <= y->to && y->from <= x->to) return 1;
        }
    return 0;
}

/* Reports every later line that lists the phrase of `node` with a term
 * overlapping an earlier line's.  Entries of one line (one phrase written
 * twice) are one line. */
static void report_duplicates(const hr_lexicon *lx, uint32_t node, const char *phrase)
{
    for (uint32_t e = hr_lexicon_entries(lx, node); e != HR_NONE; e = lx->entries[e].next)
        for (uint32_t f = lx->entries[e].next; f != HR_NONE; f = lx->entries[f].next) {
            const hr_entry *a = &lx->entries[e], *b = &lx->entries[f];
            if ((a->file == b->file && a->line == b->line) || !terms_overlap(lx, a, b))
                continue;
            ht_fail(__FILE__, __LINE__, "\"%s\" listed twice: %s:%u and %s:%u", phrase,
                    hr_lexicon_str(lx, a->file), a->line, hr_lexicon_str(lx, b->file), b->line);
        }
}

void test_actor_names_listed_once(void)
{
    herald_error err;
    herald_ctx *ctx = herald_ctx_new(NULL, &err);
    CHECK(ctx != NULL);
    if (!ctx) return;
    const hr_lexicon *lx = &ctx->dicts.lex[HERALD_DICT_ACTORS];
    uint32_t *words, *parent = node_parents(lx, &words);
    CHECK(parent != NULL);
    int phrases = 0;
    for (uint32_t node = 0; parent && node < lx->node_count; node++) {
        if (hr_lexicon_entries(lx, node) == HR_NONE) continue;
        char phrase[256];
        spell_phrase(lx, parent, words, node, phrase, sizeof phrase);
        report_duplicates(lx, node, phrase);
        phrases++;
    }
    CHECK(phrases > 1000);   /* the built-in files were read */
    free(parent);
    free(words);
    herald_ctx_free(ctx);
}

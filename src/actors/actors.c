/* actors.c - actor recognition.
 *
 * Longest match of dictionary phrases over normalised tokens, then
 * composition, in the manner of CAMEO's agents:
 *   country [ 's ] role          "Turkish troops", "Turkey's army"  -> TURMIL
 *   role of [the] country {and country}   "the leaders of Ethiopia and Eritrea"
 *   title person                 "President Putin", "Mr. Lavrov"    -> the person's code
 *   role alone                   "officials said"                   -> ---GOV
 * The code of a dated entry is the one in force on the article's date. */
#include "actors.h"
#include "../dict/lexicon.h"
#include "../segment/toks.h"

#include <stdio.h>
#include <string.h>

typedef struct match {
    size_t len;             /* tokens matched; 0 for none */
    uint32_t entry;
} match;

typedef struct scan {
    herald_doc *doc;
    const hr_lexicon *actors, *agents;
    uint32_t *actor_ids, *agent_ids;    /* word ids per token */
    size_t end;                          /* end of the sentence's tokens */
} scan;

/* Whether tokens [i, i+n) are free of lower-case letters (for acronyms). */
static int tokens_capitalised(const herald_doc *doc, size_t i, size_t n)
{
    for (size_t k = i; k < i + n; k++) {
        const herald_token *t = &doc->tokens[k];
        for (uint32_t b = t->start; b < t->end; b++) {
            char c = doc->article.text[b];
            if (c >= 'a' && c <= 'z') return 0;
        }
    }
    return 1;
}

/* The longest phrase of `lx` starting at token i. */
static match longest(const scan *sc, const hr_lexicon *lx, const uint32_t *ids, size_t i)
{
    match best = { 0, HR_NONE };
    uint32_t node = 0;
    for (size_t k = i; k < sc->end; k++) {
        node = hr_lexicon_step(lx, node, ids[k]);
        if (node == HR_NONE) break;
        for (uint32_t e = hr_lexicon_entries(lx, node); e != HR_NONE; e = lx->entries[e].next) {
            if ((lx->entries[e].flags & HR_ENTRY_CASED) &&
                !tokens_capitalised(sc->doc, i, k + 1 - i))
                continue;
            best = (match){ k + 1 - i, e };
            break;
        }
    }
    return best;
}

static const char *entry_code(const scan *sc, const hr_lexicon *lx, match m)
{
    return hr_entry_code(lx, &lx->entries[m.entry], sc->doc->date);
}

/* "FILE:LINE" of an entry, with its note. */
static int describe(hr_buf *b, const hr_lexicon *lx, match m)
{
    const hr_entry *e = &lx->entries[m.entry];
    int rc = hr_buf_printf(b, "%s:%u", hr_lexicon_str(lx, e->file), e->line);
    if (!rc && e->note != HR_NONE) rc = hr_buf_printf(b, " (%s)", hr_lexicon_str(lx, e->note));
    return rc;
}

/* A country or organisation without a role: "TUR", "IGO" + org alone is
 * already an actor with a role of its own, so only bare 3-letter codes
 * take a role from an agent. */
static int is_bare_country(const char *code)
{
    return strlen(code) == 3 && strcmp(code, "---") != 0;
}

static int is_possessive(const herald_token *t)
{
    return hr_tok_is(t, "'s") || hr_tok_is(t, "'");
}

static int emit(scan *sc, uint32_t sentence, size_t first, size_t last, const char *code,
                hr_buf *how)
{
    herald_doc *doc = sc->doc;
    if (doc->actor_count == doc->actor_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->actors, &doc->actor_cap,
                      doc->actor_count + 1, sizeof *doc->actors))
        return HERALD_ENOMEM;
    herald_actor *a = &doc->actors[doc->actor_count];
    a->sentence = sentence;
    a->first_token = (uint32_t)first;
    a->token_count = (uint32_t)(last - first);
    a->start = doc->tokens[first].start;
    a->end = doc->tokens[last - 1].end;
    a->code = hr_arena_strndup(&doc->arena, code, strlen(code));
    a->how = hr_arena_strndup(&doc->arena, how->data ? how->data : "", how->len);
    if (!a->code || !a->how) return HERALD_ENOMEM;
    doc->actor_count++;
    return 0;
}

/* Country code + role code, in the order the agent asks for. */
static void compose(char *out, size_t cap, const char *country, const scan *sc, match role)
{
    const hr_entry *e = &sc->agents->entries[role.entry];
    const char *r = entry_code(sc, sc->agents, role);
    if (e->flags & HR_ENTRY_PREFIX) snprintf(out, cap, "%s%s", r, country);
    else snprintf(out, cap, "%s%s", country, r);
}

/* Words that may stand between a country's possessive and its role:
 * "Dagolath's first deputy prime minister". */
static int is_role_modifier(const herald_token *t)
{
    static const char *const words[] = { "first", "deputy", "vice", "acting", "interim",
                                         "chief", "senior", "top", "new", "then" };
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (hr_tok_is(t, words[i])) return 1;
    return 0;
}

/* The role after a country: right after it, after "'s", or after a few
 * modifiers ("Turkey's new foreign minister").  *end receives the index
 * after the role. */
static match role_after(const scan *sc, size_t k, size_t *end)
{
    const herald_token *tok = sc->doc->tokens;
    if (k < sc->end && is_possessive(&tok[k])) k++;
    for (size_t skipped = 0; k < sc->end; k++, skipped++) {
        match role = longest(sc, sc->agents, sc->agent_ids, k);
        if (role.len) {
            *end = k + role.len;
            return role;
        }
        if (skipped == 2 || !is_role_modifier(&tok[k])) break;
    }
    return (match){ 0, HR_NONE };
}

/* Emits one mention per code of a group entry ([ELR/GAL]). */
static int emit_group(scan *sc, uint32_t sentence, size_t first, size_t last, match m, hr_buf *how);

static int is_title(const herald_token *t)
{
    static const char *const titles[] = { "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms",
                                          "dr", "sir", "dame", "sheikh", "prof." };
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        if (hr_tok_is(t, titles[i])) return 1;
    return 0;
}

/* Codes the mention starting at token i; returns the tokens consumed. */
static size_t actor_at(scan *sc, uint32_t sentence, size_t i, hr_buf *how, int *rc)
{
    herald_doc *doc = sc->doc;
    const herald_token *tok = doc->tokens;
    char code[64];
    size_t start = i;
    if (is_title(&tok[i]) && i + 1 < sc->end) i++;      /* "Mr. Lavrov" */
    match am = longest(sc, sc->actors, sc->actor_ids, i);
    match gm = longest(sc, sc->agents, sc->agent_ids, i);
    hr_buf_clear(how);
    if (am.len && am.len >= gm.len) {
        const char *c = entry_code(sc, sc->actors, am);
        size_t j = i + am.len;
        if (sc->actors->entries[am.entry].flags & HR_ENTRY_GROUP) {
            *rc = emit_group(sc, sentence, start, j, am, how);
            return j - start;
        }
        size_t role_end = j;
        match role = is_bare_country(c) ? role_after(sc, j, &role_end) : (match){ 0, HR_NONE };
        *rc = describe(how, sc->actors, am);
        if (role.len) {
            compose(code, sizeof code, c, sc, role);
            if (!*rc) *rc = hr_buf_append(how, " + ", 3);
            if (!*rc) *rc = describe(how, sc->agents, role);
            j = role_end;
        } else {
            snprintf(code, sizeof code, "%s", c);
        }
        if (!*rc) *rc = emit(sc, sentence, start, j, code, how);
        return j - start;
    }
    if (!gm.len) return 0;
    size_t j = i + gm.len;
    /* A title before a named person: the person's own code wins. */
    match person = j < sc->end ? longest(sc, sc->actors, sc->actor_ids, j) : (match){ 0, HR_NONE };
    if (person.len && !is_bare_country(entry_code(sc, sc->actors, person))) {
        *rc = describe(how, sc->actors, person);
        if (!*rc) *rc = emit(sc, sentence, start, j + person.len,
                             entry_code(sc, sc->actors, person), how);
        return j + person.len - start;
    }
    /* "the leaders of Ethiopia and Eritrea", "soldiers from Gondor",
     * "lawmakers in Fornost and Gondor": the role goes to each country. */
    if (j + 1 < sc->end &&
        (hr_tok_is(&tok[j], "of") || hr_tok_is(&tok[j], "from") || hr_tok_is(&tok[j], "in"))) {
        size_t k = j + 1;
        if (k < sc->end && hr_tok_is(&tok[k], "the")) k++;
        match country = k < sc->end ? longest(sc, sc->actors, sc->actor_ids, k) : (match){ 0, HR_NONE };
        if (country.len && is_bare_country(entry_code(sc, sc->actors, country))) {
            size_t first = start, last = k + country.len;
            for (;;) {
                compose(code, sizeof code, entry_code(sc, sc->actors, country), sc, gm);
                hr_buf_clear(how);
                *rc = describe(how, sc->agents, gm);
                if (!*rc) *rc = hr_buf_append(how, " of ", 4);
                if (!*rc) *rc = describe(how, sc->actors, country);
                if (!*rc) *rc = emit(sc, sentence, first, last, code, how);
                if (*rc) return last - start;
                size_t n = last;
                if (n + 1 < sc->end && (hr_tok_is(&tok[n], "and") || hr_tok_is(&tok[n], ","))) {
                    size_t m = n + 1;
                    if (m < sc->end && hr_tok_is(&tok[m], "the")) m++;
                    country = longest(sc, sc->actors, sc->actor_ids, m);
                    if (country.len && is_bare_country(entry_code(sc, sc->actors, country))) {
                        first = m;
                        last = m + country.len;
                        continue;
                    }
                }
                return last - start;
            }
        }
    }
    compose(code, sizeof code, "---", sc, gm);
    *rc = hr_buf_append(how, "role without a country: ", 24);
    if (!*rc) *rc = describe(how, sc->agents, gm);
    if (!*rc) *rc = emit(sc, sentence, start, j, code, how);
    return j - start;
}

static int emit_group(scan *sc, uint32_t sentence, size_t first, size_t last, match m, hr_buf *how)
{
    const hr_lexicon *lx = sc->actors;
    const hr_entry *e = &lx->entries[m.entry];
    int rc = describe(how, lx, m);
    if (!rc) rc = hr_buf_append(how, " (group)", 8);
    for (uint32_t i = 0; i < e->code_count && !rc; i++)
        rc = emit(sc, sentence, first, last, hr_lexicon_str(lx, lx->codes[e->first_code + i].code), how);
    return rc;
}

static void word_ids(const hr_lexicon *lx, const herald_doc *doc, size_t first, size_t end,
                     uint32_t *ids)
{
    for (size_t k = first; k < end; k++) {
        const herald_token *t = &doc->tokens[k];
        ids[k] = hr_lexicon_word(lx, t->norm, t->norm_len);
    }
}

static int32_t date_number(const char *d)
{
    if (!d || strlen(d) != 10) return 0;
    int32_t v = 0;
    for (int i = 0; i < 10; i++)
        if (d[i] != '-') v = v * 10 + (d[i] - '0');
    return v;
}

int hr_find_actors(herald_doc *doc)
{
    const hr_dicts *d = &doc->ctx->dicts;
    scan sc = { doc, &d->lex[HERALD_DICT_ACTORS], &d->lex[HERALD_DICT_AGENTS], NULL, NULL, 0 };
    if (!doc->token_count || (!sc.actors->phrase_count && !sc.agents->phrase_count)) return 0;
    doc->date = date_number(doc->article.date);
    sc.actor_ids = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *sc.actor_ids);
    sc.agent_ids = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *sc.agent_ids);
    if (!sc.actor_ids || !sc.agent_ids) return HERALD_ENOMEM;
    hr_buf how;
    hr_buf_init(&how, &doc->ctx->alc, 4096);
    int rc = 0;
    for (size_t s = 0; s < doc->sentence_count && !rc; s++) {
        const herald_sentence *sen = &doc->sentences[s];
        if (sen->kind != HERALD_SENTENCE) continue;
        size_t i = sen->first_token;
        sc.end = i + sen->token_count;
        word_ids(sc.actors, doc, i, sc.end, sc.actor_ids);
        word_ids(sc.agents, doc, i, sc.end, sc.agent_ids);
        while (i < sc.end && !rc) {
            size_t used = actor_at(&sc, (uint32_t)s, i, &how, &rc);
            i += used ? used : 1;
        }
    }
    hr_buf_free(&how);
    return rc;
}

size_t herald_doc_actor_count(const herald_doc *doc)
{
    return doc ? doc->actor_count : 0;
}

const herald_actor *herald_doc_actor(const herald_doc *doc, size_t i)
{
    return doc && i < doc->actor_count ? &doc->actors[i] : NULL;
}

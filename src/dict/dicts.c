#include "dicts.h"
#include "builtin.h"
#include "../core/doc.h"
#include "../core/error.h"
#include "../core/utf8.h"
#include "../read/lines.h"
#include "../read/source.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static const char *const KIND_NAMES[HR_DICT_KINDS] = { "actors", "agents", "conflicts",
                                                       "discards", "issues", "verbs" };

int hr_dicts_init(hr_dicts *d, herald_ctx *ctx)
{
    memset(d, 0, sizeof *d);
    hr_strings_init(&d->strings, &ctx->alc);
    for (int k = 0; k < HR_DICT_KINDS; k++)
        if (hr_lexicon_init(&d->lex[k], &d->strings)) return HERALD_ENOMEM;
    hr_verbs_init(&d->verbs, &ctx->alc);
    return hr_phraser_init(&d->phraser, ctx);
}

void hr_dicts_free(hr_dicts *d)
{
    for (int k = 0; k < HR_DICT_KINDS; k++) hr_lexicon_free(&d->lex[k]);
    hr_strings_free(&d->strings);
    hr_verbs_free(&d->verbs);
    hr_phraser_free(&d->phraser);
}

void hr_load_warn(hr_load *ld, uint64_t line, const char *fmt, ...)
{
    ld->warnings++;
    if (!ld->ctx->diag) return;
    herald_error e = { .code = HERALD_EPARSE, .severity = HERALD_WARNING, .line = line };
    snprintf(e.file, sizeof e.file, "%s", ld->name);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e.message, sizeof e.message, fmt, ap);
    va_end(ap);
    ld->ctx->diag(ld->ctx->diag_user, &e);
}

int hr_load_words(hr_load *ld, const char *phrase, size_t n, const uint32_t **ids, size_t *count)
{
    return hr_phrase_words(&ld->dicts->phraser, &ld->dicts->lex[ld->kind], phrase, n, ids, count);
}

/* Whether entry e is a NONE entry, which keeps other entries off its
 * words.  Codes may be HR_NONE (a verb form of no code), no string. */
static int blocks_words(const hr_lexicon *lx, const hr_entry *e)
{
    for (uint32_t i = 0; i < e->code_count; i++) {
        uint32_t code = lx->codes[e->first_code + i].code;
        if (code != HR_NONE && strcmp(hr_lexicon_str(lx, code), "NONE") == 0) return 1;
    }
    return 0;
}

int hr_load_phrase(hr_load *ld, const char *phrase, size_t n, const hr_dated_code *codes,
                   size_t ncodes, uint32_t note, uint64_t line, uint32_t flags)
{
    hr_lexicon *lx = &ld->dicts->lex[ld->kind];
    const uint32_t *ids;
    size_t count;
    int rc = hr_load_words(ld, phrase, n, &ids, &count);
    if (rc) return rc;
    if (count == 0) {
        hr_load_warn(ld, line, "empty phrase ignored");
        return 0;
    }
    uint32_t cased = flags & HR_ENTRY_CASED ? hr_phrase_acronyms(&ld->dicts->phraser) : 0;
    if ((flags & HR_ENTRY_CASED) && hr_phrase_needs_capital(&ld->dicts->phraser))
        flags |= HR_ENTRY_CAPITAL;
    if (!cased) flags &= ~(uint32_t)HR_ENTRY_CASED;
    rc = hr_lexicon_add(lx, ids, count, codes, ncodes, note, ld->file, (uint32_t)line, flags,
                        ld->first);
    if (!rc) {
        hr_entry *e = hr_lexicon_last(lx);
        e->cased = cased;
        /* A NONE entry ("Treasury bills") blocks its words however written. */
        if ((e->flags & HR_ENTRY_CAPITAL) && blocks_words(lx, e))
            e->flags &= ~(uint32_t)HR_ENTRY_CAPITAL;
        ld->entries++;
    }
    return rc;
}

int hr_next_line(const char *text, size_t n, size_t *pos, const char **line, size_t *len)
{
    if (*pos >= n) return 0;
    const char *start = text + *pos;
    const char *nl = memchr(start, '\n', n - *pos);
    size_t l = nl ? (size_t)(nl - start) : n - *pos;
    *pos += l + (nl != NULL);
    if (l && start[l - 1] == '\r') l--;
    *line = start;
    *len = l;
    return 1;
}

/* The kind a Herald file declares on its first meaningful line, -1 when
 * it is not a Herald file, -2 when the declaration names no kind. */
static int herald_declared_kind(const char *text, size_t n)
{
    size_t pos = 0;
    const char *line;
    size_t len;
    while (hr_next_line(text, n, &pos, &line, &len)) {
        size_t i = 0;
        while (i < len && (line[i] == ' ' || line[i] == '\t')) i++;
        if (i == len || line[i] == '#') continue;
        if (len - i < 7 || strncmp(line + i, "%herald", 7) != 0) return -1;
        for (int k = 0; k < HR_DICT_KINDS; k++) {
            size_t kl = strlen(KIND_NAMES[k]);
            const char *w = line + i + 7;
            size_t rest = len - i - 7;
            while (rest && (*w == ' ' || *w == '\t')) { w++; rest--; }
            while (rest && (w[rest - 1] == ' ' || w[rest - 1] == '\t')) rest--;
            if (rest == kl && strncmp(w, KIND_NAMES[k], kl) == 0) return k;
        }
        return -2;
    }
    return -1;
}

int hr_dicts_load_text(herald_ctx *ctx, int kind, const char *name, const char *text,
                       size_t n, int user, herald_error *err)
{
    if (memchr(text, '\0', n))
        return hr_error_set(err, HERALD_EBINARY, name, 0, 0,
                            "binary data (NUL bytes), not a dictionary");
    size_t bad = hr_utf8_check(text, n);
    if (bad < n) {
        uint64_t line = 1;
        for (size_t i = 0; i < bad; i++) line += text[i] == '\n';
        return hr_error_set(err, HERALD_EUTF8, name, line, 0,
                            "invalid UTF-8: dictionaries must be UTF-8 text");
    }
    int declared = herald_declared_kind(text, n);
    if (declared == -2)
        return hr_error_set(err, HERALD_EFORMAT, name, 0, 0,
                            "unknown dictionary kind after %%herald (actors, agents, conflicts, "
                            "discards, issues, verbs)");
    if (declared >= 0 && kind >= 0 && declared != kind)
        return hr_error_set(err, HERALD_EFORMAT, name, 0, 0,
                            "this is a Herald %s dictionary, not %s", KIND_NAMES[declared],
                            KIND_NAMES[kind]);
    if (declared < 0 && kind < 0)
        return hr_error_set(err, HERALD_EFORMAT, name, 0, 0, "not a Herald dictionary");
    hr_dicts *d = &ctx->dicts;
    hr_load ld = { .ctx = ctx, .dicts = d, .kind = declared >= 0 ? declared : kind,
                   .name = name, .first = user };
    ld.file = hr_lexicon_store(&d->lex[ld.kind], name, strlen(name));
    if (ld.file == HR_NONE) return hr_error_set(err, HERALD_ENOMEM, name, 0, 0, "out of memory");
    int rc;
    if (declared == HERALD_DICT_VERBS) rc = hr_load_herald_verbs(&ld, text, n);
    else if (declared >= 0) rc = hr_load_herald(&ld, text, n, err);
    else if (ld.kind == HERALD_DICT_ACTORS) rc = hr_load_petrarch_actors(&ld, text, n);
    else if (ld.kind == HERALD_DICT_AGENTS) rc = hr_load_petrarch_agents(&ld, text, n);
    else if (ld.kind == HERALD_DICT_DISCARDS) rc = hr_load_petrarch_discards(&ld, text, n);
    else if (ld.kind == HERALD_DICT_ISSUES) rc = hr_load_petrarch_issues(&ld, text, n);
    else if (ld.kind == HERALD_DICT_VERBS) rc = hr_load_petrarch_verbs(&ld, text, n);
    else return hr_error_set(err, HERALD_EFORMAT, name, 0, 0,
                             "conflict dictionaries exist only in Herald's format");
    if (rc) return rc == HERALD_ENOMEM ? hr_error_set(err, rc, name, 0, 0, "out of memory") : rc;
    if (ld.entries == 0)
        return hr_error_set(err, HERALD_EEMPTY, name, 0, 0, "no %s entry could be read%s",
                            KIND_NAMES[ld.kind], ld.warnings ? " (see the warnings above)" : "");
    return 0;
}

int herald_ctx_load_dict(herald_ctx *ctx, int kind, const char *path, herald_error *err)
{
    if (!ctx || !path || kind < 0 || kind >= HR_DICT_KINDS)
        return hr_error_set(err, HERALD_EINVAL, path ? path : "", 0, 0, "bad arguments");
    hr_source src;
    int rc = hr_source_open(&src, path, path, &ctx->alc, err);
    if (rc) return rc;
    hr_lines lines;
    if ((rc = hr_lines_init(&lines, &src, (size_t)256 << 20, &ctx->alc))) {
        hr_source_close(&src);
        return hr_error_set(err, rc, path, 0, 0, "out of memory");
    }
    const char *text;
    size_t n;
    rc = hr_lines_rest(&lines, &text, &n, err);
    if (rc >= 0) rc = hr_dicts_load_text(ctx, kind, path, text, n, 1, err);
    hr_lines_free(&lines);
    hr_source_close(&src);
    return rc < 0 ? rc : 0;
}

size_t herald_ctx_dict_size(const herald_ctx *ctx, int kind)
{
    if (!ctx || kind < 0 || kind >= HR_DICT_KINDS) return 0;
    return ctx->dicts.lex[kind].phrase_count;
}

const hr_builtin *hr_builtin_file(const char *name)
{
    for (size_t i = 0; i < hr_builtin_count; i++)
        if (strcmp(hr_builtin_dicts[i].name, name) == 0) return &hr_builtin_dicts[i];
    return NULL;
}

int hr_dicts_load_builtin(herald_ctx *ctx, herald_error *err)
{
    for (size_t i = 0; i < hr_builtin_count; i++) {
        const hr_builtin *b = &hr_builtin_dicts[i];
        size_t n = strlen(b->name);
        if (n < 4 || strcmp(b->name + n - 4, ".txt") != 0) continue;   /* tables, not dictionaries */
        int rc = hr_dicts_load_text(ctx, -1, b->name, b->text, b->len, 0, err);
        if (rc) return rc;
    }
    return 0;
}

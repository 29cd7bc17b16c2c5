/* petrarch_verbs.c - verb dictionaries of PETRARCH-2 (CAMEO.2.0.txt:
 * noun- and prepositional-phrase patterns, transformations) and of
 * TABARI / PETRARCH-1 (linear patterns with $ source, + target, %
 * compound, ^ skip).  Both share the block layout:
 *
 *     &SYNSET            synonym set, then +MEMBER lines
 *     --- NAME [CODE] ---
 *     VERB {IRREGULAR FORMS} [CODE]     a verb of the block ('+' marks the
 *     +MULTI_+WORD                       verb word of a multi-word verb)
 *     - PATTERN [CODE] or [CODE:CODE]    '_' ties words with none between
 *     ~ a (a b VERB) VERB2 = a b CODE    transformation (PETRARCH-2)
 */
#include "dicts.h"
#include "ptext.h"
#include "english.h"
#include "verbs_load.h"

#include <string.h>

/* Appends to array `arr` of the verb set, counted by `one`_count. */
#define PUSH(vl, arr, one) hr_verbs_push((vl)->v, (void **)&(vl)->v->arr, &(vl)->v->one##_count, \
                                         &(vl)->v->one##_cap, sizeof *(vl)->v->arr)

/* One event code: CAMEO digits (2 to 4, "042"), "---" for none, or a
 * code of letters and digits as the validation suite uses. */
static int event_code(hr_vload *vl, hr_span c, uint32_t *out)
{
    char buf[8];
    if (c.n < 2 || c.n > sizeof buf) return -1;
    for (size_t i = 0; i < c.n; i++) {
        char ch = c.s[i];
        if (ch >= 'a' && ch <= 'z') ch = (char)(ch - 32);
        if (!((ch >= '0' && ch <= '9') || (ch >= 'A' && ch <= 'Z') || ch == '-')) return -1;
        buf[i] = ch;
    }
    *out = hr_lexicon_intern(vl->lx, buf, c.n);
    return *out == HR_NONE ? -2 : 0;
}

/* "[042:043]", "[:173]", "[---]" into pool offsets.  A pair codes two
 * events, the second with source and target exchanged; an empty side
 * codes none (HR_NONE). */
static int parse_code(hr_vload *vl, hr_span in, uint32_t *code, uint32_t *code2)
{
    *code = *code2 = HR_NONE;
    const char *colon = memchr(in.s, ':', in.n);
    hr_span a = hr_trim(in.s, colon ? (size_t)(colon - in.s) : in.n);
    if ((a.n || !colon) && event_code(vl, a, code)) return -1;
    if (colon) {
        hr_span b = hr_trim(colon + 1, in.n - (size_t)(colon + 1 - in.s));
        if (b.n && event_code(vl, b, code2)) return -1;
        if (!a.n && !b.n) return -1;
    }
    return 0;
}

/* Splits "TEXT [CODE]" at the last bracket pair. */
int hr_vl_split_code(hr_span line, hr_span *body, hr_span *code)
{
    const char *open = NULL;
    for (size_t i = line.n; i-- > 0;)
        if (line.s[i] == '[') { open = line.s + i; break; }
    if (!open) { *body = line; code->n = 0; return 0; }
    const char *close = memchr(open, ']', line.n - (size_t)(open - line.s));
    if (!close) return -1;
    *body = hr_trim(line.s, (size_t)(open - line.s));
    *code = hr_trim(open + 1, (size_t)(close - open - 1));
    return 1;
}

static int add_elem(hr_vload *vl, uint32_t type, uint32_t value)
{
    long i = PUSH(vl, elems, elem);
    if (i < 0) return HERALD_ENOMEM;
    uint32_t len = type == HR_EL_WORD ? (uint32_t)strlen(hr_lexicon_str(vl->lx, value)) : 0;
    vl->v->elems[i] = (hr_elem){ type, value, len, 0, 0 };
    return 0;
}

/* add_words' answer for a piece it warned about and did not add: the
 * pattern or member holding it is skipped. */
#define WORDS_SKIPPED 1

/* Herald's exact marker: "press!" is one word of four letters or more
 * that matches itself and its regular inflections, not as a stem
 * ("pressure").  Checks the piece and strips the marker: 1 for an exact
 * word, 0 for none, -1 (warned) for a marker used wrongly. */
static int exact_marker(hr_vload *vl, hr_span *piece, uint64_t lineno)
{
    const char *bang = vl->exact_marker ? memchr(piece->s, '!', piece->n) : NULL;
    if (!bang) return 0;
    size_t n = (size_t)(bang - piece->s);
    if (n + 1 != piece->n || piece->s[0] == '&' || n < 4) {
        hr_load_warn(vl->ld, lineno,
                     "bad exact marker in \"%.*s\": '!' goes right after one word of four "
                     "letters or more (\"press!\"); skipped",
                     (int)piece->n, piece->s);
        return -1;
    }
    piece->n = n;
    return 1;
}

/* Marks the element added at `elem` for the exact word `piece` (as
 * written, without its marker).  Returns 0, an error, or WORDS_SKIPPED
 * (warned) when the piece is more than one word to the tokeniser. */
static int exact_word(hr_vload *vl, size_t elem, uint64_t lineno, hr_span piece)
{
    if (vl->v->elem_count != elem + 1) {
        hr_load_warn(vl->ld, lineno, "bad exact marker in \"%.*s!\": not one word; skipped",
                     (int)piece.n, piece.s);
        return WORDS_SKIPPED;
    }
    vl->v->elems[elem].exact = 1;
    return hr_verbs_mark_exact(vl->v, vl->v->elems[elem].value) ? HERALD_ENOMEM : 0;
}

/* A word of a pattern or member: '_' joins words (TABARI's closed
 * connector: "NEW_RELATIONS" matches "new relations", not "new trade
 * relations"), "&NAME" inside names a synonym set (resolved once the file
 * is read), "+" and "$" the target and the source ("SUGGESTED_+"), and
 * in Herald's format "word!" an exact word (exact_marker).  Returns 0,
 * an error, or WORDS_SKIPPED. */
static int add_words(hr_vload *vl, hr_span w, uint64_t lineno)
{
    int joined = 0;
    while (w.n) {
        const char *us = memchr(w.s, '_', w.n);
        hr_span piece = { w.s, us ? (size_t)(us - w.s) : w.n };
        size_t first = vl->v->elem_count;
        int exact = exact_marker(vl, &piece, lineno), rc = 0;
        if (exact < 0) return WORDS_SKIPPED;
        if (piece.n == 1 && (piece.s[0] == '+' || piece.s[0] == '$')) {
            rc = add_elem(vl, piece.s[0] == '+' ? HR_EL_TARGET : HR_EL_SOURCE, 0);
        } else if (piece.n && piece.s[0] == '&') {
            uint32_t name = hr_lexicon_intern(vl->lx, piece.s, piece.n);
            rc = name == HR_NONE ? HERALD_ENOMEM : add_elem(vl, HR_EL_SYNSET, name);
        } else if (piece.n) {
            const uint32_t *ids;
            size_t count;
            rc = hr_load_words(vl->ld, piece.s, piece.n, &ids, &count);
            for (size_t k = 0; k < count && !rc; k++) rc = add_elem(vl, HR_EL_WORD, ids[k]);
            if (!rc && exact) rc = exact_word(vl, first, lineno, piece);
        }
        if (rc) return rc;
        /* The words of one piece are in a row; the first is tied to the
         * element before when a '_' stood between them. */
        for (size_t e = first; e < vl->v->elem_count; e++)
            vl->v->elems[e].joined = e > first || joined;
        if (!us) break;
        joined = 1;
        w = (hr_span){ us + 1, w.n - (size_t)(us + 1 - w.s) };
    }
    return 0;
}

/* Sets a pattern's verb and anchor elements (hr_pattern). */
static void place_verb(hr_pattern *p, const hr_elem *e)
{
    while (p->verb < p->elem_count && e[p->verb].type != HR_EL_VERB) p->verb++;
    p->anchor = p->verb + 1;
    while (p->anchor < p->elem_count && e[p->anchor].type != HR_EL_WORD &&
           e[p->anchor].type != HR_EL_SYNSET)
        p->anchor++;
}

/* "163/131": the act's code, and after the slash the threat (13x) it
 * makes when threatened instead of done; without a slash *threat is
 * HR_NONE. */
static int split_threat(hr_vload *vl, hr_span *code, uint32_t *threat)
{
    *threat = HR_NONE;
    const char *slash = memchr(code->s, '/', code->n);
    if (!slash) return 0;
    hr_span t = hr_trim(slash + 1, code->n - (size_t)(slash + 1 - code->s));
    *code = hr_trim(code->s, (size_t)(slash - code->s));
    return event_code(vl, t, threat) || strncmp(t.s, "13", 2) != 0 ? -1 : 0;
}

int hr_vl_pattern(hr_vload *vl, hr_span body, hr_span code, uint64_t lineno)
{
    hr_load *ld = vl->ld;
    if (vl->block < 0) {
        hr_load_warn(ld, lineno, "pattern outside a verb block; skipped");
        return 0;
    }
    uint32_t c1, c2, threat;
    hr_span act = code;
    if (split_threat(vl, &act, &threat) || parse_code(vl, act, &c1, &c2)) {
        hr_load_warn(ld, lineno, "bad code [%.*s]; pattern skipped", (int)code.n, code.s);
        return 0;
    }
    size_t first = vl->v->elem_count;
    int depth_np = 0, depth_pp = 0, verbs = 0;
    for (size_t i = 0; i < body.n;) {
        char c = body.s[i];
        int rc = 0;
        if (c == ' ' || c == '\t') { i++; continue; }
        /* "RECENTLY_*": a '_' before ties this element to the one before. */
        size_t from = vl->v->elem_count;
        int tied = i > 0 && body.s[i - 1] == '_';
        switch (c) {
        case '*': rc = add_elem(vl, HR_EL_VERB, 0); verbs++; i++; break;
        case '$': rc = add_elem(vl, HR_EL_SOURCE, 0); i++; break;
        case '%': rc = add_elem(vl, HR_EL_COMPOUND, 0); i++; break;
        case '^': rc = add_elem(vl, HR_EL_SKIP, 0); i++; break;
        case '{': rc = add_elem(vl, HR_EL_NP_OPEN, 0); depth_np++; i++; break;
        case '}': rc = add_elem(vl, HR_EL_NP_CLOSE, 0); depth_np--; i++; break;
        case '(': rc = add_elem(vl, HR_EL_PP_OPEN, 0); depth_pp++; i++; break;
        case ')': rc = add_elem(vl, HR_EL_PP_CLOSE, 0); depth_pp--; i++; break;
        case '+':
            if (i + 1 == body.n || body.s[i + 1] == ' ' || body.s[i + 1] == '\t') {
                rc = add_elem(vl, HR_EL_TARGET, 0);
                i++;
                break;
            }
            /* A word that starts with '+': read as any other word. */
            __attribute__((fallthrough));
        default: {
            size_t j = i;
            while (j < body.n && !strchr(" \t{}()*$%^", body.s[j])) j++;
            if (j == i) j++;
            rc = add_words(vl, (hr_span){ body.s + i, j - i }, lineno);
            i = j;
        }
        }
        if (rc == WORDS_SKIPPED) {
            vl->v->elem_count = first;
            return 0;
        }
        if (rc) return rc;
        if (tied && vl->v->elem_count > from) vl->v->elems[from].joined = 1;
        if (depth_np < 0 || depth_pp < 0) break;
    }
    if (depth_np || depth_pp || verbs != 1) {
        vl->v->elem_count = first;
        hr_load_warn(ld, lineno, "%s; pattern skipped",
                     verbs != 1 ? "a pattern needs exactly one '*' for the verb"
                                : "unbalanced { } or ( ) in pattern");
        return 0;
    }
    long p = PUSH(vl, patterns, pattern);
    if (p < 0) return HERALD_ENOMEM;
    hr_verb_block *b = &vl->v->blocks[vl->block];
    vl->v->patterns[p] = (hr_pattern){ (uint32_t)vl->block, (uint32_t)first,
                                       (uint32_t)(vl->v->elem_count - first), c1, c2,
                                       ld->file, (uint32_t)lineno, 0, 0, 0, threat };
    place_verb(&vl->v->patterns[p], vl->v->elems + first);
    if (!b->pattern_count) b->first_pattern = (uint32_t)p;
    b->pattern_count++;
    vl->ld->entries++;
    return 0;
}

int hr_vl_block(hr_vload *vl, hr_span name, hr_span code, uint64_t lineno)
{
    int has = code.n > 0;
    uint32_t c1 = HR_NONE, c2 = HR_NONE, threat = HR_NONE;
    if (!name.n || (has && (split_threat(vl, &code, &threat) || parse_code(vl, code, &c1, &c2)))) {
        hr_load_warn(vl->ld, lineno, "bad verb block header; block skipped");
        vl->block = -1;
        vl->state = HR_VS_NONE;
        return 0;
    }
    long b = PUSH(vl, blocks, block);
    if (b < 0) return HERALD_ENOMEM;
    uint32_t nm = hr_lexicon_store(vl->lx, name.s, name.n);
    if (nm == HR_NONE) return HERALD_ENOMEM;
    if (c1 == HR_NONE && (c1 = hr_lexicon_intern(vl->lx, "---", 3)) == HR_NONE) return HERALD_ENOMEM;
    vl->v->blocks[b] = (hr_verb_block){ nm, c1, has > 0 ? c2 : HR_NONE, 0, 0, 0, vl->ld->file,
                                        (uint32_t)lineno, threat };
    vl->block = b;
    vl->state = HR_VS_BLOCK;
    return 0;
}

/* Adds one form of a verb phrase: `before` + form + `after`, '_' as
 * spaces (hr_load_phrase reads '_' as a space). */
static int add_form(hr_vload *vl, hr_span before, hr_span form, hr_span after, uint32_t code,
                    uint64_t lineno, uint32_t flags)
{
    char buf[512];
    if (before.n + form.n + after.n + 2 > sizeof buf) return 0;
    size_t n = 0;
    memcpy(buf, before.s, before.n);
    n += before.n;
    memcpy(buf + n, form.s, form.n);
    n += form.n;
    memcpy(buf + n, after.s, after.n);
    n += after.n;
    hr_dated_code dc = { code, HR_DATE_MIN, HR_DATE_MAX };
    size_t before_count = vl->lx->entry_count;
    int rc = hr_load_phrase(vl->ld, buf, n, &dc, 1, HR_NONE, lineno, flags);
    /* A form of no words (only punctuation) adds no entry. */
    if (!rc && vl->lx->entry_count > before_count) hr_lexicon_last(vl->lx)->data = (uint32_t)vl->block;
    return rc;
}

/* The form with its '+' marks removed, in buf (empty when too long). */
static hr_span without_plus(hr_span f, char *buf, size_t cap)
{
    size_t n = 0;
    for (size_t i = 0; i < f.n && n < cap; i++)
        if (f.s[i] != '+') buf[n++] = f.s[i];
    return (hr_span){ buf, n < cap ? n : 0 };
}

/* "HURRY {HURRIES HURRYING HURRIED}", "+CLEAR_UP", "EXPRESS [0110]". */
int hr_vl_verb(hr_vload *vl, hr_span line, uint64_t lineno)
{
    hr_span body, code;
    int has = hr_vl_split_code(line, &body, &code);
    uint32_t c1 = vl->v->blocks[vl->block].code, c2;
    if (has < 0 || (has > 0 && parse_code(vl, code, &c1, &c2))) {
        hr_load_warn(vl->ld, lineno, "bad verb code; verb skipped");
        return 0;
    }
    const char *brace = memchr(body.s, '{', body.n);
    hr_span phrase = hr_trim(body.s, brace ? (size_t)(brace - body.s) : body.n);
    if (phrase.n && phrase.s[0] == '+') phrase = hr_trim(phrase.s + 1, phrase.n - 1);
    if (!phrase.n) { hr_load_warn(vl->ld, lineno, "empty verb; skipped"); return 0; }
    /* The verb word: after a '+' inside the phrase, else the first word. */
    const char *plus = memchr(phrase.s, '+', phrase.n);
    const char *vs = plus ? plus + 1 : phrase.s;
    const char *ve = memchr(vs, '_', phrase.n - (size_t)(vs - phrase.s));
    if (!ve) ve = phrase.s + phrase.n;
    hr_span before = { phrase.s, (size_t)((plus ? plus : vs) - phrase.s) };
    hr_span verb = { vs, (size_t)(ve - vs) };
    hr_span after = { ve, (size_t)(phrase.s + phrase.n - ve) };
    int rc = add_form(vl, before, verb, after, c1, lineno, 0);
    if (brace) {                         /* the irregular forms, or {} for none */
        const char *rb = memchr(brace, '}', body.n - (size_t)(brace - body.s));
        if (!rb) { hr_load_warn(vl->ld, lineno, "unterminated '{' in verb forms"); return rc; }
        hr_span forms = hr_trim(brace + 1, (size_t)(rb - brace - 1));
        while (forms.n && !rc) {
            const char *sp = memchr(forms.s, ' ', forms.n);
            hr_span f = hr_trim(forms.s, sp ? (size_t)(sp - forms.s) : forms.n);
            /* A form of a multi-word verb is written whole
             * ("+CORDON_OFF {+CORDONED_OFF}"): no parts are added. */
            int whole = memchr(f.s, '_', f.n) || memchr(f.s, '+', f.n);
            hr_span none = { f.s, 0 };
            char buf[256];
            if (whole) f = without_plus(f, buf, sizeof buf);
            if (f.n)
                rc = add_form(vl, whole ? none : before, f, whole ? none : after, c1, lineno, 0);
            if (!sp) break;
            forms = hr_trim(sp + 1, forms.n - (size_t)(sp + 1 - forms.s));
        }
        return rc;
    }
    char forms[4][HR_FORM_MAX];
    int nf = hr_verb_forms(verb.s, verb.n, forms);
    for (int i = 0; i < nf && !rc; i++)
        rc = add_form(vl, before, (hr_span){ forms[i], strlen(forms[i]) }, after, c1, lineno,
                      HR_ENTRY_GENERATED);
    return rc;
}

int hr_vl_synset(hr_vload *vl, hr_span line)
{
    long s = PUSH(vl, synsets, synset);
    if (s < 0) return HERALD_ENOMEM;
    hr_span name = line;
    for (size_t i = 0; i < line.n; i++)
        if (line.s[i] == ' ' || line.s[i] == '\t') { name.n = i; break; }
    while (name.n > 1 && name.s[name.n - 1] == '_') name.n--;   /* &NAME_ = &NAME */
    uint32_t nm = hr_lexicon_intern(vl->lx, name.s, name.n);
    if (nm == HR_NONE) return HERALD_ENOMEM;
    vl->v->synsets[s] = (hr_synset){ .name = nm, .first_member = (uint32_t)vl->v->member_count };
    vl->synset = s;
    vl->state = HR_VS_SYNSET;
    return 0;
}

int hr_vl_member(hr_vload *vl, hr_span line, uint64_t lineno)
{
    size_t first = vl->v->elem_count;
    hr_span w = hr_trim(line.s, line.n);
    while (w.n && w.s[w.n - 1] == '_') w.n--;
    /* Spaces and underscores both join the words of a member. */
    for (size_t i = 0; i < w.n;) {
        size_t j = i;
        while (j < w.n && w.s[j] != ' ' && w.s[j] != '\t') j++;
        int rc = add_words(vl, (hr_span){ w.s + i, j - i }, lineno);
        if (rc == WORDS_SKIPPED) {
            vl->v->elem_count = first;
            return 0;
        }
        if (rc) return rc;
        while (j < w.n && (w.s[j] == ' ' || w.s[j] == '\t')) j++;
        i = j;
    }
    long m = PUSH(vl, members, member);
    if (m < 0) return HERALD_ENOMEM;
    vl->v->members[m] = (hr_member){ (uint32_t)first, (uint32_t)(vl->v->elem_count - first) };
    vl->v->synsets[vl->synset].member_count++;
    vl->ld->entries++;
    return 0;
}

int hr_vl_transformation(hr_vload *vl, hr_span line, uint64_t lineno)
{
    if (!memchr(line.s, '=', line.n)) {
        hr_load_warn(vl->ld, lineno, "transformation without '='; skipped");
        return 0;
    }
    long t = PUSH(vl, transformations, transformation);
    if (t < 0) return HERALD_ENOMEM;
    uint32_t text = hr_lexicon_store(vl->lx, line.s, line.n);
    if (text == HR_NONE) return HERALD_ENOMEM;
    vl->v->transformations[t] = (hr_transformation){ text, vl->ld->file, (uint32_t)lineno };
    return 0;
}

/* Synonym sets are named before or after their use: resolve the names
 * to indices once the whole file is read, then index the sets' start
 * keys and the words (hr_verbs_index). */
static uint64_t line_of_elem(const hr_verbs *v, size_t e, uint64_t fallback)
{
    for (size_t p = v->pattern_count; p-- > 0;) {
        const hr_pattern *pt = &v->patterns[p];
        if (e >= pt->first_elem && e < pt->first_elem + pt->elem_count) return pt->line;
    }
    return fallback;
}

int hr_vl_resolve(hr_vload *vl, size_t first_elem, uint64_t lines)
{
    hr_verbs *v = vl->v;
    for (size_t e = first_elem; e < v->elem_count; e++) {
        if (v->elems[e].type != HR_EL_SYNSET) continue;
        uint32_t name = v->elems[e].value;
        size_t s = v->synset_count;
        while (s-- > 0) {
            const char *a = hr_lexicon_str(vl->lx, v->synsets[s].name);
            const char *b = hr_lexicon_str(vl->lx, name);
            size_t bl = strlen(b);
            while (bl > 1 && b[bl - 1] == '_') bl--;
            if (strlen(a) == bl && memcmp(a, b, bl) == 0) break;
        }
        if (s == (size_t)-1) {
            hr_load_warn(vl->ld, line_of_elem(v, e, lines),
                         "unknown synonym set %s: the pattern can never match",
                         hr_lexicon_str(vl->lx, name));
            v->elems[e] = (hr_elem){ HR_EL_WORD, HR_NONE, 0, v->elems[e].joined, 0 };
        } else {
            v->elems[e].value = (uint32_t)s;
        }
    }
    return hr_verbs_index(v, vl->lx->strings) < 0 ? HERALD_ENOMEM : 0;
}

/* "--- NAME [CODE] ---" */
static int block_line(hr_vload *vl, hr_span line, uint64_t lineno)
{
    hr_span inner = hr_trim(line.s + 3, line.n - 3);
    while (inner.n && inner.s[inner.n - 1] == '-') inner.n--;
    hr_span name, code = { "", 0 };
    if (hr_vl_split_code(hr_trim(inner.s, inner.n), &name, &code) < 0) {
        hr_load_warn(vl->ld, lineno, "bad verb block header; block skipped");
        vl->block = -1;
        vl->state = HR_VS_NONE;
        return 0;
    }
    return hr_vl_block(vl, name, code, lineno);
}

/* "- PATTERN [CODE]" */
static int pattern_in_brackets(hr_vload *vl, hr_span line, uint64_t lineno)
{
    hr_span body, code;
    if (hr_vl_split_code(hr_trim(line.s + 1, line.n - 1), &body, &code) <= 0) {
        hr_load_warn(vl->ld, lineno, "pattern without a [CODE]; skipped");
        return 0;
    }
    return hr_vl_pattern(vl, body, code, lineno);
}

int hr_load_petrarch_verbs(hr_load *ld, const char *text, size_t n)
{
    hr_vload vl = { ld, &ld->dicts->verbs, &ld->dicts->lex[HERALD_DICT_VERBS], HR_VS_NONE, -1, -1, 0 };
    size_t first_elem = vl.v->elem_count;
    hr_preader r = { text, n, 0, 0, 0, 0 };
    hr_span line;
    int indented, rc = 0;
    while (!rc && hr_pnext_line(&r, &line, &indented)) {
        if (line.n >= 3 && memcmp(line.s, "---", 3) == 0) rc = block_line(&vl, line, r.line);
        else if (line.s[0] == '&') rc = hr_vl_synset(&vl, line);
        else if (line.s[0] == '+' && vl.state == HR_VS_SYNSET)
            rc = hr_vl_member(&vl, hr_trim(line.s + 1, line.n - 1), r.line);
        else if (line.s[0] == '-' && line.n > 1 && (line.s[1] == ' ' || line.s[1] == '\t'))
            rc = pattern_in_brackets(&vl, line, r.line);
        else if (line.s[0] == '~') rc = hr_vl_transformation(&vl, line, r.line);
        else if (vl.block >= 0) {
            vl.state = HR_VS_BLOCK;
            rc = hr_vl_verb(&vl, line, r.line);
        } else {
            hr_load_warn(ld, r.line, "line outside a verb block or synonym set; skipped");
        }
        /* A synset ends at the first line that is not one of its members. */
        if (vl.state == HR_VS_SYNSET && line.s[0] != '&' && line.s[0] != '+')
            vl.state = vl.block >= 0 ? HR_VS_BLOCK : HR_VS_NONE;
    }
    if (!rc) rc = hr_vl_resolve(&vl, first_elem, r.line);
    hr_pcheck_closed(ld, &r);
    return rc;
}

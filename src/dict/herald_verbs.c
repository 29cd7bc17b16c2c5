/* herald_verbs.c - Herald's own verb dictionary format:
 *
 *     %herald verbs
 *     &weapon = rocket | missile | drone strike | &arms
 *     attack, shell {shells shelled shelling}, bomb => 190   # note
 *       - * with &weapon => 195
 *       - $ * + in retaliation => 195
 *
 * A block line lists verbs (the first word of each inflects; "{...}"
 * gives irregular forms) and their default code; the "-" lines under it
 * are its patterns, with the elements of TABARI's linear patterns: "*"
 * the verb, "$" source, "+" target, "%" compound, "^" skip, "&set", and
 * words (four letters or more match as stems; "press!" matches the word
 * and its regular inflections only, not "pressure").  Codes are CAMEO codes,
 * "c1:c2" for an event and its reverse, "---" for none.  A block line
 * starting "noun" lists nouns that name events ("noun talks => 040"):
 * they are not conjugated, and their sides come from their patterns or
 * a possessive ("Russia's shelling of Kharkiv"). */
#include "verbs_load.h"

#include <string.h>

static hr_span split_arrow(hr_span line, hr_span *rhs)
{
    for (size_t i = 0; i + 1 < line.n; i++)
        if (line.s[i] == '=' && line.s[i + 1] == '>') {
            *rhs = hr_trim(line.s + i + 2, line.n - i - 2);
            return hr_trim(line.s, i);
        }
    rhs->s = "";
    rhs->n = 0;
    return line;
}

/* One verb of a block line: spaces become '_' and letters capitals, the
 * spelling the shared verb builder reads. */
static int add_verb(hr_vload *vl, hr_span verb, uint64_t lineno)
{
    char buf[256];
    int nominal = vl->v->blocks[vl->block].nominal;
    if (verb.n >= sizeof buf) {
        hr_load_warn(vl->ld, lineno, "verb too long; skipped");
        return 0;
    }
    int in_braces = 0;
    for (size_t i = 0; i < verb.n; i++) {
        char c = verb.s[i];
        in_braces += c == '{';
        in_braces -= c == '}';
        if (c >= 'a' && c <= 'z') c = (char)(c - 32);
        if (c == ' ' && !in_braces) c = '_';
        buf[i] = c;
    }
    /* "CALL_OFF_{...}": the forms are not part of the words. */
    hr_span v = hr_trim(buf, verb.n);
    char *brace = memchr(buf, '{', v.n);
    if (brace && brace > buf && brace[-1] == '_') brace[-1] = ' ';
    /* A noun is not conjugated: "{}" keeps the word as written. */
    if (nominal && !brace && v.n + 3 < sizeof buf) {
        memcpy(buf + v.n, " {}", 4);
        v.n += 3;
    }
    return hr_vl_verb(vl, v, lineno);
}

/* A block line's first verb without its "{...}" forms: "shell". */
static hr_span verb_head(const char *s, size_t n)
{
    const char *brace = memchr(s, '{', n);
    return hr_trim(s, brace ? (size_t)(brace - s) : n);
}

/* The earlier block of the file (blocks [first_block, block_count - 1))
 * that the block just begun repeats: the same head verb, both verbs or
 * both nouns; -1 for none.  A verb then holds the patterns of whichever
 * block its forms were last read for, so the file is unclear. */
static long opened_before(const hr_vload *vl, size_t first_block)
{
    const hr_verbs *v = vl->v;
    const hr_verb_block *b = &v->blocks[v->block_count - 1];
    const char *name = hr_lexicon_str(vl->lx, b->name);
    hr_span head = verb_head(name, strlen(name));
    for (size_t k = first_block; k + 1 < v->block_count; k++) {
        const char *other = hr_lexicon_str(vl->lx, v->blocks[k].name);
        hr_span h = verb_head(other, strlen(other));
        if (v->blocks[k].nominal == b->nominal && h.n == head.n && memcmp(h.s, head.s, h.n) == 0)
            return (long)k;
    }
    return -1;
}

static int block(hr_vload *vl, hr_span verbs, hr_span code, uint64_t lineno, size_t first_block)
{
    /* "noun talks, negotiations => 040": words that name an event. */
    int nominal = verbs.n > 5 && memcmp(verbs.s, "noun ", 5) == 0;
    if (nominal) verbs = hr_trim(verbs.s + 5, verbs.n - 5);
    const char *comma = memchr(verbs.s, ',', verbs.n);
    hr_span name = hr_trim(verbs.s, comma ? (size_t)(comma - verbs.s) : verbs.n);
    int rc = hr_vl_block(vl, name, code, lineno);
    if (rc || vl->block < 0) return rc;
    vl->v->blocks[vl->block].nominal = (uint32_t)nominal;
    long earlier = opened_before(vl, first_block);
    if (earlier >= 0) {
        hr_span head = verb_head(name.s, name.n);
        hr_load_warn(vl->ld, lineno, "%.*s opens a second block in this file (the first at %s:%u): "
                     "fold the two into one", (int)head.n, head.s, vl->ld->name,
                     vl->v->blocks[earlier].line);
    }
    int depth = 0;
    size_t start = 0;
    for (size_t i = 0; i <= verbs.n && !rc; i++) {
        char c = i < verbs.n ? verbs.s[i] : ',';
        depth += c == '{';
        depth -= c == '}';
        if (c != ',' || depth) continue;
        hr_span v = hr_trim(verbs.s + start, i - start);
        if (v.n) rc = add_verb(vl, v, lineno);
        start = i + 1;
    }
    return rc;
}

/* Whether the set just begun is named like an earlier one of the file
 * (sets [first_set, count - 1) are the file's).  A later definition
 * replaces an earlier one from there on: a user's file may so redefine
 * a built-in set, but twice in one file is a slip. */
static int defined_before(const hr_vload *vl, size_t first_set)
{
    const hr_verbs *v = vl->v;
    const char *name = hr_lexicon_str(vl->lx, v->synsets[v->synset_count - 1].name);
    for (size_t k = first_set; k + 1 < v->synset_count; k++)
        if (strcmp(hr_lexicon_str(vl->lx, v->synsets[k].name), name) == 0) return 1;
    return 0;
}

static int synset(hr_vload *vl, hr_span line, uint64_t lineno, size_t first_set)
{
    const char *eq = memchr(line.s, '=', line.n);
    if (!eq) return -1;
    hr_span name = hr_trim(line.s, (size_t)(eq - line.s));
    hr_span members = hr_trim(eq + 1, line.n - (size_t)(eq + 1 - line.s));
    int rc = hr_vl_synset(vl, name);
    if (!rc && defined_before(vl, first_set))
        hr_load_warn(vl->ld, lineno, "synonym set %.*s defined again in this file: it replaces the "
                     "earlier one from here on", (int)name.n, name.s);
    while (!rc && members.n) {
        const char *bar = memchr(members.s, '|', members.n);
        hr_span m = hr_trim(members.s, bar ? (size_t)(bar - members.s) : members.n);
        if (memchr(m.s, '=', m.n))      /* "costs | incomes&taxes = tariffs": two lines run together */
            hr_load_warn(vl->ld, lineno, "set member \"%.*s\" holds '=': a second set line run "
                         "into this one? member skipped", (int)m.n, m.s);
        else if (m.n)
            rc = hr_vl_member(vl, m, lineno);
        if (!bar) break;
        members = hr_trim(bar + 1, members.n - (size_t)(bar + 1 - members.s));
    }
    vl->state = vl->block >= 0 ? HR_VS_BLOCK : HR_VS_NONE;
    return rc;
}

/* The file's next line with text, its note ('#' on) and blanks cut:
 * *lineno counts every line passed.  Returns 0 at the end. */
static int next_entry(const char *text, size_t n, size_t *pos, uint64_t *lineno, hr_span *out)
{
    const char *l;
    size_t len;
    while (hr_next_line(text, n, pos, &l, &len)) {
        ++*lineno;
        hr_span line = hr_trim(l, len);
        const char *hash = memchr(line.s, '#', line.n);
        if (hash) line = hr_trim(line.s, (size_t)(hash - line.s));
        if (line.n) { *out = line; return 1; }
    }
    return 0;
}

/* Pattern groups: "@name:" and the "-" lines under it, a list of patterns
 * several blocks share, written once.  "- @name" in a block (or in
 * another group) reads the group's lines there, as if written in its
 * place; they keep their own line numbers, so "herald explain" names the
 * line of the group.  A group belongs to its file and may be used before
 * or after its definition: a first pass over the file finds them all. */
#define MAX_GROUPS 256

typedef struct group {
    hr_span name;           /* "appeal-objects", without '@' and ':' */
    size_t pos;             /* text offset of the line after "@name:" */
    uint64_t line;          /* the "@name:" line */
    int state;              /* checking for loops: 0 unseen, 1 being read, 2 done */
} group;

typedef struct groups {
    const char *text;
    size_t n, count;
    group g[MAX_GROUPS];
} groups;

static group *find_group(groups *gs, hr_span name)
{
    for (size_t i = 0; i < gs->count; i++)
        if (gs->g[i].name.n == name.n && memcmp(gs->g[i].name.s, name.s, name.n) == 0)
            return &gs->g[i];
    return NULL;
}

/* "@name:" gives the name, or an empty span when the line is malformed. */
static hr_span group_heading(hr_span line)
{
    hr_span name = { line.s + 1, 0 };
    if (line.n < 3 || line.s[line.n - 1] != ':') return name;
    name.n = line.n - 2;
    for (size_t i = 0; i < name.n; i++) {
        char c = name.s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) name.n = 0;
    }
    return name;
}

/* "- @name": the group a pattern line uses, or an empty span. */
static hr_span group_use(hr_span pattern)
{
    hr_span body = hr_trim(pattern.s + 1, pattern.n - 1);
    if (!body.n || body.s[0] != '@') return (hr_span){ body.s, 0 };
    return hr_trim(body.s + 1, body.n - 1);
}

static void define_group(hr_vload *vl, groups *gs, hr_span line, uint64_t lineno, size_t pos)
{
    hr_span name = group_heading(line);
    const group *first = find_group(gs, name);
    if (!name.n)
        hr_load_warn(vl->ld, lineno, "expected @NAME: (lower-case letters, digits, '-'); group skipped");
    else if (first)
        hr_load_warn(vl->ld, lineno, "pattern group @%.*s defined again (the first at %s:%llu); "
                     "this one is skipped", (int)name.n, name.s, vl->ld->name,
                     (unsigned long long)first->line);
    else if (gs->count == MAX_GROUPS)
        hr_load_warn(vl->ld, lineno, "more than %d pattern groups in one file; group skipped",
                     MAX_GROUPS);
    else
        gs->g[gs->count++] = (group){ name, pos, lineno, 0 };
}

/* Reports each use of an unknown group and each loop of groups that use
 * one another at the line of the use, once, whether or not a block uses
 * the group; expanding then skips those uses without a word. */
static void check_group(hr_vload *vl, groups *gs, group *g)
{
    g->state = 1;
    size_t pos = g->pos;
    uint64_t lineno = g->line;
    hr_span line;
    while (next_entry(gs->text, gs->n, &pos, &lineno, &line) && line.s[0] == '-') {
        hr_span name = group_use(line);
        if (!name.n) continue;
        group *used = find_group(gs, name);
        if (!used)
            hr_load_warn(vl->ld, lineno, "unknown pattern group @%.*s; line skipped",
                         (int)name.n, name.s);
        else if (used->state == 1)
            hr_load_warn(vl->ld, lineno, "pattern group @%.*s used inside itself; line skipped",
                         (int)name.n, name.s);
        else if (used->state == 0)
            check_group(vl, gs, used);
    }
    g->state = 2;
}

/* The first pass: every group of the file, checked. */
static void find_groups(hr_vload *vl, groups *gs)
{
    size_t pos = 0;
    uint64_t lineno = 0;
    hr_span line;
    while (next_entry(gs->text, gs->n, &pos, &lineno, &line))
        if (line.s[0] == '@') define_group(vl, gs, line, lineno, pos);
    for (size_t i = 0; i < gs->count; i++)
        if (gs->g[i].state == 0) check_group(vl, gs, &gs->g[i]);
}

static int pattern_line(hr_vload *vl, groups *gs, hr_span line, uint64_t lineno, int depth);

/* The lines of a group read in place of "- @name".  A use inside a group
 * that check_group reported (unknown, or a loop: the group is still being
 * read) is skipped silently; one in a block is reported here. */
static int expand_group(hr_vload *vl, groups *gs, hr_span name, uint64_t lineno, int depth)
{
    group *g = find_group(gs, name);
    if (!g || g->state == 1) {
        if (!depth)
            hr_load_warn(vl->ld, lineno, "unknown pattern group @%.*s; line skipped",
                         (int)name.n, name.s);
        return 0;
    }
    if (vl->block < 0) {
        hr_load_warn(vl->ld, lineno, "pattern group used outside a verb block; skipped");
        return 0;
    }
    g->state = 1;
    size_t pos = g->pos;
    uint64_t at = g->line;
    hr_span line;
    int rc = 0;
    while (!rc && next_entry(gs->text, gs->n, &pos, &at, &line) && line.s[0] == '-')
        rc = pattern_line(vl, gs, line, at, depth + 1);
    g->state = 2;
    return rc;
}

/* "- * with &weapon => 195", or "- @name" for a group's lines. */
static int pattern_line(hr_vload *vl, groups *gs, hr_span line, uint64_t lineno, int depth)
{
    hr_span name = group_use(line);
    if (name.n) return expand_group(vl, gs, name, lineno, depth);
    hr_span rhs, body = split_arrow(hr_trim(line.s + 1, line.n - 1), &rhs);
    if (!rhs.n) {
        hr_load_warn(vl->ld, lineno, "pattern without \"=> CODE\"; skipped");
        return 0;
    }
    return hr_vl_pattern(vl, body, rhs, lineno);
}

int hr_load_herald_verbs(hr_load *ld, const char *text, size_t n)
{
    hr_vload vl = { ld, &ld->dicts->verbs, &ld->dicts->lex[HERALD_DICT_VERBS], HR_VS_NONE, -1, -1,
                    .exact_marker = 1 };
    size_t first_elem = vl.v->elem_count, first_set = vl.v->synset_count;
    size_t first_block = vl.v->block_count, pos = 0;
    groups gs = { .text = text, .n = n };
    find_groups(&vl, &gs);
    uint64_t lineno = 0;
    int seen_header = 0, in_group = 0, rc = 0;
    hr_span line;
    while (!rc && next_entry(text, n, &pos, &lineno, &line)) {
        if (!seen_header) { seen_header = 1; continue; }   /* "%herald verbs" */
        hr_span rhs;
        if (line.s[0] == '-') {
            /* A group's own lines are read where it is used. */
            if (!in_group) rc = pattern_line(&vl, &gs, line, lineno, 0);
            continue;
        }
        in_group = line.s[0] == '@';
        if (in_group) {
            vl.block = -1;      /* "-" lines after the group belong to no block */
        } else if (line.s[0] == '&') {
            rc = synset(&vl, line, lineno, first_set);
            if (rc < 0) { hr_load_warn(ld, lineno, "expected &NAME = A | B; line skipped"); rc = 0; }
        } else {
            hr_span verbs = split_arrow(line, &rhs);
            if (!rhs.n) hr_load_warn(ld, lineno, "expected VERB, VERB => CODE; line skipped");
            else rc = block(&vl, verbs, rhs, lineno, first_block);
        }
    }
    if (!rc) rc = hr_vl_resolve(&vl, first_elem, lineno);
    return rc;
}

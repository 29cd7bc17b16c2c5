/* verbs_load.h - building verb dictionaries, shared by the readers of
 * PETRARCH-2/TABARI verb files (petrarch_verbs.c) and of Herald's own
 * (herald_verbs.c): blocks, verb forms, patterns, synonym sets. */
#ifndef HR_VERBS_LOAD_H
#define HR_VERBS_LOAD_H

#include "dicts.h"
#include "ptext.h"

enum hr_vstate { HR_VS_NONE, HR_VS_SYNSET, HR_VS_BLOCK };

typedef struct hr_vload {
    hr_load *ld;
    hr_verbs *v;
    hr_lexicon *lx;
    enum hr_vstate state;
    long block;             /* current block, -1 before the first */
    long synset;
    int exact_marker;       /* 1: a '!' after a word marks it exact (Herald's format) */
} hr_vload;

/* A new verb block: `name` for messages, `code` its default code text
 * ("190", "042:043", "---"; empty for "---").  Returns 0 or an error. */
int hr_vl_block(hr_vload *vl, hr_span name, hr_span code, uint64_t line);
/* A verb of the current block: "HURRY {HURRIES HURRYING HURRIED}",
 * "CLEAR_+UP", with an optional [CODE] of its own. */
int hr_vl_verb(hr_vload *vl, hr_span line, uint64_t lineno);
/* A pattern of the current block: its elements and its code text. */
int hr_vl_pattern(hr_vload *vl, hr_span body, hr_span code, uint64_t lineno);
/* "&NAME ..." starts a synonym set; hr_vl_member adds a member to it
 * (words joined by spaces or '_', or another &SET), read on line
 * `lineno`. */
int hr_vl_synset(hr_vload *vl, hr_span line);
int hr_vl_member(hr_vload *vl, hr_span line, uint64_t lineno);
int hr_vl_transformation(hr_vload *vl, hr_span line, uint64_t lineno);
/* Resolves synonym-set names used since elem `first_elem` and indexes
 * the verbs (hr_verbs_index).  Returns 0 or HERALD_ENOMEM. */
int hr_vl_resolve(hr_vload *vl, size_t first_elem, uint64_t lines);
/* Splits "TEXT [CODE]" at its last brackets: 1 with a code, 0 without,
 * -1 for an unclosed bracket. */
int hr_vl_split_code(hr_span line, hr_span *body, hr_span *code);

#endif

/* dicts.h - the dictionaries a context holds, and their loaders. */
#ifndef HR_DICTS_H
#define HR_DICTS_H

#include "lexicon.h"
#include "phrase.h"
#include "verbs.h"

#define HR_DICT_KINDS 6

typedef struct hr_dicts {
    hr_strings strings;              /* shared by the lexicons */
    hr_lexicon lex[HR_DICT_KINDS];   /* indexed by enum herald_dict_kind */
    hr_verbs verbs;                  /* blocks, patterns, synsets of the verb lexicon */
    hr_phraser phraser;              /* for loading only */
} hr_dicts;

/* A loader's view of one file being read. */
typedef struct hr_load {
    herald_ctx *ctx;
    hr_dicts *dicts;
    int kind;
    const char *name;       /* file name for messages */
    uint32_t file;          /* the name in the lexicon's pool */
    int first;              /* user file: entries go first */
    size_t entries, warnings;
} hr_load;

int hr_dicts_init(hr_dicts *d, herald_ctx *ctx);
void hr_dicts_free(hr_dicts *d);

/* Loads text[0..n) named `name`.  `kind` is the kind the caller wants,
 * or -1 to take a Herald file's declared kind.  Returns 0 or an error
 * with `err` filled. */
int hr_dicts_load_text(herald_ctx *ctx, int kind, const char *name, const char *text,
                       size_t n, int user, herald_error *err);

/* Reports a malformed line as a warning and counts it. */
void hr_load_warn(hr_load *ld, uint64_t line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

/* Word ids of a phrase (through the text tokeniser), interned. */
int hr_load_words(hr_load *ld, const char *phrase, size_t n, const uint32_t **ids, size_t *count);

/* Adds an entry for a phrase to the lexicon of ld->kind.  With
 * HR_ENTRY_CASED in `flags`, the phrase's words written in capitals
 * ("US", "IS group") will only match words in capitals, and a phrase
 * starting with a capitalised common word ("Congress") only text with a
 * capitalised word. */
int hr_load_phrase(hr_load *ld, const char *phrase, size_t n, const hr_dated_code *codes,
                   size_t ncodes, uint32_t note, uint64_t line, uint32_t flags);

/* The format loaders: each returns 0, or an error for an unusable file. */
int hr_load_herald(hr_load *ld, const char *text, size_t n, herald_error *err);
int hr_load_petrarch_actors(hr_load *ld, const char *text, size_t n);
int hr_load_petrarch_agents(hr_load *ld, const char *text, size_t n);
int hr_load_petrarch_discards(hr_load *ld, const char *text, size_t n);
int hr_load_petrarch_issues(hr_load *ld, const char *text, size_t n);
int hr_load_petrarch_verbs(hr_load *ld, const char *text, size_t n);
int hr_load_herald_verbs(hr_load *ld, const char *text, size_t n);

/* Line iteration over a loaded text: sets *line and *len (without the
 * newline and any \r) and advances *pos.  Returns 0 at the end. */
int hr_next_line(const char *text, size_t n, size_t *pos, const char **line, size_t *len);

#endif

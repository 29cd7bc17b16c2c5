/* lexicon.h - phrases of normalised tokens mapped to coded entries.
 *
 * Words are interned to integer ids; a phrase is a path in a trie whose
 * edges are found by hashing (parent node, word id).  Each node may hold
 * entries: the codes a phrase gives, with their date ranges, and where
 * they came from (file and line) for `herald actors` to explain.  Built
 * once while a context is set up, read-only afterwards. */
#ifndef HR_LEXICON_H
#define HR_LEXICON_H

#include <stddef.h>
#include <stdint.h>
#include "herald.h"

#define HR_NONE UINT32_MAX
#define HR_DATE_MIN 0
#define HR_DATE_MAX 99991231

/* A code in force between two dates (yyyymmdd, both inclusive). */
typedef struct hr_dated_code {
    uint32_t code;          /* offset of the code string in the pool */
    int32_t from, to;
} hr_dated_code;

enum hr_entry_flags {
    HR_ENTRY_PREFIX = 1,    /* an agent code that goes before the country (PETRARCH "NGO~") */
    HR_ENTRY_CASED = 2,     /* has acronyms ("US", "IS group"): see hr_entry.cased */
    HR_ENTRY_GROUP = 4,     /* every code is an actor of its own (PETRARCH [ELR/GAL]) */
    HR_ENTRY_PERSON = 8,    /* names a person ("he", "she" may refer to it) */
    HR_ENTRY_GENERATED = 16, /* a verb form made by rule, which a listed one overrides */
    HR_ENTRY_OWNED = 32,    /* equipment: an agent only with its owner ("Israeli tanks") */
    HR_ENTRY_CAPITAL = 64   /* a name starting with a common word: a word of the text needs
                             * a capital ("Congress", "south Sudan", not "party congress") */
};

typedef struct hr_entry {
    uint32_t first_code, code_count;   /* in codes[] */
    uint32_t note;          /* pool offset, or HR_NONE */
    uint32_t file;          /* pool offset of the file name */
    uint32_t line;
    uint32_t next;          /* next entry of the same phrase, or HR_NONE */
    uint32_t flags;
    uint32_t data;          /* kind-specific: a verb form's block */
    uint32_t cased;         /* bit k: the phrase's word k is an acronym in capitals,
                             * which only a word in capitals matches ("IS", not "is") */
} hr_entry;

/* Strings shared by all the lexicons of a context: one pool, and the
 * interned words, so that a token's word id is looked up once and is
 * valid in every lexicon. */
typedef struct hr_strings {
    const herald_allocator *alc;
    char *pool;             /* words, codes, notes, file names (NUL-terminated) */
    size_t pool_len, pool_cap;
    uint32_t *words;        /* open addressing; value = pool offset = word id */
    size_t words_cap, word_count;
} hr_strings;

void hr_strings_init(hr_strings *st, const herald_allocator *alc);
void hr_strings_free(hr_strings *st);
/* The id of a word if any dictionary knows it, else HR_NONE.  Read-only. */
uint32_t hr_strings_word(const hr_strings *st, const char *s, size_t n);

/* The same, for a caller that looks up many prefixes of one word and
 * works out their hashes byte by byte: `hash` is HR_HASH_START stepped
 * by hr_hash_step over s[0..n). */
#define HR_HASH_START 1469598103934665603ull        /* FNV-1a */
static inline uint64_t hr_hash_step(uint64_t h, unsigned char c)
{
    return (h ^ c) * 1099511628211ull;
}
uint32_t hr_strings_word_hashed(const hr_strings *st, const char *s, size_t n, uint64_t hash);
static inline uint64_t hr_word_hash(const char *s, size_t n)
{
    uint64_t h = HR_HASH_START;
    for (size_t i = 0; i < n; i++) h = hr_hash_step(h, (unsigned char)s[i]);
    return h;
}

#define HR_FIRST_WORD_LOG2 16
#define HR_FIRST_WORD_BITS ((size_t)1 << HR_FIRST_WORD_LOG2)

typedef struct hr_lexicon {
    const herald_allocator *alc;
    hr_strings *strings;    /* shared, owned by the dictionaries */
    /* trie edges: open addressing on (parent << 32 | word) */
    uint64_t *edge_keys;
    uint32_t *edge_child;
    size_t edges_cap, edge_count;
    /* nodes: entry list heads (node 0 is the root) */
    uint32_t *node_head, *node_tail;
    size_t node_count, node_cap;
    hr_entry *entries;
    size_t entry_count, entry_cap;
    hr_dated_code *codes;
    size_t code_count, code_cap;
    size_t phrase_count;
    /* A bit per hash of each word a phrase begins with: most tokens begin
     * no phrase, and the bit says so before the trie's hash table is
     * asked (hr_lexicon_may_begin). */
    uint64_t first_words[HR_FIRST_WORD_BITS / 64];
} hr_lexicon;

static inline size_t hr_first_word_bit(uint32_t word)
{
    return (size_t)(word * 2654435761u) >> (32 - HR_FIRST_WORD_LOG2);
}

/* Whether some phrase may begin with `word`: 0 is sure, 1 may be wrong
 * (the trie then answers). */
static inline int hr_lexicon_may_begin(const hr_lexicon *lx, uint32_t word)
{
    size_t b = hr_first_word_bit(word);
    return word != HR_NONE && (lx->first_words[b / 64] >> (b % 64) & 1);
}

int hr_lexicon_init(hr_lexicon *lx, hr_strings *strings);
void hr_lexicon_free(hr_lexicon *lx);

/* Interns a string into the pool (deduplicated for words); returns its
 * offset, or HR_NONE when out of memory. */
uint32_t hr_lexicon_intern(hr_lexicon *lx, const char *s, size_t n);
/* Stores a string without deduplication (notes, file names). */
uint32_t hr_lexicon_store(hr_lexicon *lx, const char *s, size_t n);
static inline const char *hr_lexicon_str(const hr_lexicon *lx, uint32_t off)
{
    return lx->strings->pool + off;
}

/* Adds an entry for the phrase of word ids words[0..n): `codes` are
 * copied.  With `first`, the entry goes before the phrase's existing ones
 * (user files override built-ins).  Returns 0 or HERALD_ENOMEM. */
int hr_lexicon_add(hr_lexicon *lx, const uint32_t *words, size_t n,
                   const hr_dated_code *codes, size_t ncodes, uint32_t note,
                   uint32_t file, uint32_t line, uint32_t flags, int first);

/* The entry added last (to set its `data`). */
static inline hr_entry *hr_lexicon_last(hr_lexicon *lx)
{
    return &lx->entries[lx->entry_count - 1];
}

/* The child of `node` by word `word`, or HR_NONE.  Read-only. */
uint32_t hr_lexicon_step(const hr_lexicon *lx, uint32_t node, uint32_t word);

/* First entry of a node, or HR_NONE. */
static inline uint32_t hr_lexicon_entries(const hr_lexicon *lx, uint32_t node)
{
    return lx->node_head[node];
}

/* Of the entries of a phrase from `first` on, the first with a dated
 * code in force on `date` (yyyymmdd), else `first` itself: several
 * entries may share a phrase ("Assad" for father and son). */
uint32_t hr_entry_in_force(const hr_lexicon *lx, uint32_t first, int32_t date);

/* The code of entry `e` in force on `date` (yyyymmdd, 0 when unknown):
 * the first whose range holds the date; failing that an undated code,
 * else the one that ended last. */
const char *hr_entry_code(const hr_lexicon *lx, const hr_entry *e, int32_t date);

#endif

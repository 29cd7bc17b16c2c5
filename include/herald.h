/*
 * herald.h - the public interface of libherald, a political event coder.
 *
 * This header is the whole API: anything not declared here is internal.
 * Every public name starts with herald_ or HERALD_.
 *
 * Pipeline: read -> segment -> actors -> clauses -> events -> time/place
 * -> write/store.  A reader yields articles; a document holds one article
 * and everything derived from it; a context holds the read-only resources
 * (dictionaries, tables) that documents are coded with.
 *
 * Ownership, stated once: tokens, sentences, events and rendered output
 * belong to their document and stay valid until herald_doc_free().  An
 * article returned by a reader stays valid until the next call on that
 * reader.  Freeing NULL is always a harmless no-op.
 *
 * Threads: a herald_ctx is read-only once created, so any number of
 * threads may create and code documents with one context at the same
 * time.  A herald_doc or herald_reader must be used by one thread at a
 * time.  The library keeps no global mutable state, never prints and
 * never exits: every failure is returned as a negative HERALD_E* code,
 * with details in a herald_error when the call takes one.
 */
#ifndef HERALD_H
#define HERALD_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define HERALD_VERSION "0.1.0"

/* ---- Errors ----------------------------------------------------------- */

/* X(name, value, message): one list makes the enum and the messages, so
 * they cannot drift apart. */
#define HERALD_ERRNO_MAP(X)                                                  \
    X(OK,        0,  "success")                                              \
    X(ENOMEM,   -1,  "out of memory")                                        \
    X(EINVAL,   -2,  "invalid argument")                                     \
    X(EIO,      -3,  "input/output error")                                   \
    X(ENOENT,   -4,  "no such file or directory")                            \
    X(EPARSE,   -5,  "malformed input")                                      \
    X(ETOOBIG,  -6,  "input exceeds the configured size limit")              \
    X(EBINARY,  -7,  "binary data where text was expected")                  \
    X(ETRUNC,   -8,  "truncated compressed stream")                          \
    X(EFORMAT,  -9,  "unsupported input format")                             \
    X(EEMPTY,   -10, "empty input")                                          \
    X(EUTF8,    -11, "invalid UTF-8 (repaired)")                             \
    X(ELIMIT,   -12, "document exceeds an internal limit")                   \
    X(EDB,      -13, "database error")                                       \
    X(ENOTDB,   -14, "not a Herald database")                                \
    X(EFULL,    -15, "database or disk is full")                             \
    X(EBUSY,    -16, "database is locked")

enum herald_status {
#define HERALD_ENUM_(name, value, msg) HERALD_##name = value,
    HERALD_ERRNO_MAP(HERALD_ENUM_)
#undef HERALD_ENUM_
};

/* The message for a status code.  Never NULL; static storage, not freed. */
const char *herald_strerror(int code);

enum herald_severity { HERALD_WARNING = 1, HERALD_ERROR = 2 };

/* A diagnostic: what went wrong and where.  Plain caller-owned storage.
 * `file` is empty when the problem has no file; `line` is 1-based (0 when
 * unknown); `offset` is a byte offset within the line, or within the file
 * when line is 0.  Printed by the CLI as "FILE:LINE: message". */
typedef struct herald_error {
    int code;           /* a HERALD_E* value */
    int severity;       /* HERALD_WARNING or HERALD_ERROR */
    uint64_t line;
    uint64_t offset;
    char file[1024];
    char message[512];
} herald_error;

/* Receives warnings (repaired input, ignored fields) and recoverable
 * errors (a record that was skipped).  Called on the thread that made the
 * call; `e` is valid only during the call. */
typedef void (*herald_diag_fn)(void *user, const herald_error *e);

/* ---- Memory ----------------------------------------------------------- */

/* An allocator, like yyjson's: all memory of a context and of its
 * documents comes from it.  NULL members, or a NULL pointer where one is
 * taken, mean the C library's malloc/realloc/free. */
typedef struct herald_allocator {
    void *(*malloc)(void *ctx, size_t size);
    void *(*realloc)(void *ctx, void *ptr, size_t old_size, size_t size);
    void (*free)(void *ctx, void *ptr);
    void *ctx;
} herald_allocator;

/* ---- Context ---------------------------------------------------------- */

typedef struct herald_ctx herald_ctx;

typedef struct herald_options {
    const herald_allocator *allocator; /* NULL: the C library's */
    size_t max_article_bytes;          /* 0: HERALD_DEFAULT_MAX_ARTICLE */
    int no_builtin;                    /* 1: do not load the built-in dictionaries */
    int keep_uncertain;                /* 1: also emit negated and hypothetical events */
    int allow_partial;                 /* 1: also emit events with an unknown side (---) */
    int since_days;                    /* > 0: drop events dated more than this many days
                                        * before the article */
    herald_diag_fn diag;               /* warnings while loading; may be NULL */
    void *diag_user;
    int no_tags;                       /* 1: no part-of-speech tagging (tokens' tag 0);
                                        * the coder then takes every verb form as a verb */
    int no_places;                     /* 1: skip the place stage (events get no location) */
} herald_options;

/* Articles larger than this are refused unless configured otherwise. */
#define HERALD_DEFAULT_MAX_ARTICLE ((size_t)8 << 20)
/* The hard ceiling: offsets are 32-bit. */
#define HERALD_MAX_ARTICLE_CEILING ((size_t)1 << 31)

/* Creates a context.  `opts` may be NULL for defaults.  Returns NULL and
 * fills `err` (if not NULL) on failure.  Free with herald_ctx_free(). */
herald_ctx *herald_ctx_new(const herald_options *opts, herald_error *err);
void herald_ctx_free(herald_ctx *ctx);

/* ---- Dictionaries ----------------------------------------------------- */

enum herald_dict_kind {
    HERALD_DICT_ACTORS = 0,    /* named actors: countries, organisations, people */
    HERALD_DICT_AGENTS = 1,    /* role words that compose with a country */
    HERALD_DICT_CONFLICTS = 2, /* named conflicts and their parties (Herald format) */
    HERALD_DICT_DISCARDS = 3,  /* phrases that discard a sentence or story */
    HERALD_DICT_ISSUES = 4,    /* issue phrases (PETRARCH format) */
    HERALD_DICT_VERBS = 5      /* verb blocks and patterns (PETRARCH-2 and TABARI formats) */
};

/* Loads a dictionary file into the context, in Herald's own format or
 * PETRARCH-2's (detected from the content; a Herald file declares its
 * kind, which must then equal `kind`).  Entries of files loaded later
 * take precedence over earlier ones and over the built-ins.  Malformed
 * lines are reported to the context's diag callback as warnings
 * "FILE:LINE: ..." and skipped; every good entry is kept.  Returns
 * HERALD_OK, or a negative code with `err` filled when the file is
 * unusable (missing, binary, or no entry could be read).
 * Set-up only: not to be called while documents are being coded. */
int herald_ctx_load_dict(herald_ctx *ctx, int kind, const char *path, herald_error *err);

/* Counts of what the context has loaded: phrases of a kind. */
size_t herald_ctx_dict_size(const herald_ctx *ctx, int kind);

/* ---- Articles and readers --------------------------------------------- */

/* One article.  Strings are NUL-terminated UTF-8; optional ones are NULL
 * when absent.  `date` is normalised to YYYY-MM-DD.  `file` and `line`
 * tell where the article was read from (line 0 for a whole file). */
typedef struct herald_article {
    const char *id;
    const char *date;
    const char *title;
    const char *source;
    const char *url;
    const char *text;
    size_t text_len;
    const char *file;
    uint64_t line;
} herald_article;

typedef struct herald_reader herald_reader;

/* Normalises an article date as the input contract accepts it:
 * YYYY-MM-DD, YYYYMMDD, or an ISO 8601 timestamp starting with a date
 * (the calendar date as written; no time-zone shift).  Writes YYYY-MM-DD
 * and a NUL to out[11].  Returns 0, or -1 for text that is no valid
 * date (February 30 included). */
int herald_parse_date(const char *s, char out[11]);

typedef struct herald_reader_options {
    const char *default_date;   /* date for .txt articles (YYYY-MM-DD), or NULL */
    size_t max_article_bytes;   /* 0: HERALD_DEFAULT_MAX_ARTICLE */
    herald_diag_fn diag;        /* warnings and skipped records; may be NULL */
    void *diag_user;
} herald_reader_options;

/* Opens an input: a .jsonl/.ndjson file (one article per line), a .txt file
 * (one article), a directory (every such file below it, in sorted path
 * order), or "-" for standard input (JSON Lines).  Any of them may be
 * compressed with gzip or zstd; compression is detected from the content.
 * Memory stays bounded by the largest article, whatever the input's size.
 * Returns NULL and fills `err` when the input cannot be opened.  Free with
 * herald_reader_free().  `opts` may be NULL. */
herald_reader *herald_reader_open(const char *path,
                                  const herald_reader_options *opts,
                                  herald_error *err);

/* Reads the next article.  Returns 1 and fills *out, 0 at the end of the
 * input, or a negative HERALD_E* code for a record or file that could not
 * be read, with `err` filled (its severity is HERALD_ERROR).  After an
 * error, calling again continues with the next record; nothing that was
 * read correctly is lost.  *out stays valid until the next call. */
int herald_reader_next(herald_reader *r, herald_article *out, herald_error *err);

/* Bytes consumed so far from the input, before decompression. */
uint64_t herald_reader_bytes(const herald_reader *r);
void herald_reader_free(herald_reader *r);

/* ---- Documents -------------------------------------------------------- */

typedef struct herald_doc herald_doc;

/* Creates a document holding a copy of `a` in the document's own arena.
 * Returns NULL and fills `err` on failure (HERALD_ETOOBIG for text over
 * the context's limit).  Free with herald_doc_free(), which releases every
 * token, sentence and event of the document at once. */
herald_doc *herald_doc_new(const herald_ctx *ctx, const herald_article *a,
                           herald_error *err);
void herald_doc_free(herald_doc *doc);

/* The stages of the pipeline, in order. */
typedef enum herald_stage {
    HERALD_STAGE_SEGMENT = 1,  /* paragraphs, sentences, tokens */
    HERALD_STAGE_TAG,          /* + part-of-speech tags (none with no_tags) */
    HERALD_STAGE_ACTORS,       /* + actor mentions and references */
    HERALD_STAGE_CLAUSES,      /* + chunks: noun phrases, verb groups, prepositions */
    HERALD_STAGE_EVENTS        /* + dates, events, places; events' dates and places */
} herald_stage;

/* Runs the pipeline on the document up to and including stage `last`,
 * skipping stages already run, so a later call can continue it (`herald
 * actors` stops after HERALD_STAGE_ACTORS and pays for nothing more).
 * Returns HERALD_OK or a negative code with `err` filled. */
int herald_doc_run(herald_doc *doc, herald_stage last, herald_error *err);
/* herald_doc_run(doc, HERALD_STAGE_EVENTS, err): every stage. */
int herald_doc_code(herald_doc *doc, herald_error *err);

/* The document's article (its strings belong to the document). */
const herald_article *herald_doc_article(const herald_doc *doc);

/* ---- Segmentation results --------------------------------------------- */

enum herald_segment_kind {
    HERALD_SENTENCE = 0, /* ordinary text, to be coded */
    HERALD_DATELINE = 1, /* "GENEVA, Oct 30 (Reuters) -" */
    HERALD_BYLINE = 2,   /* "By Jane Doe, Associated Press" */
    HERALD_CREDIT = 3    /* "Editing by ...", "Photo: ... / AP", sign-offs */
};

/* Name of a segment kind: "sentence", "dateline", "byline", "credit". */
const char *herald_segment_kind_name(int kind);

enum herald_token_kind {
    HERALD_TOK_WORD = 0,
    HERALD_TOK_NUMBER = 1,
    HERALD_TOK_PUNCT = 2,
    HERALD_TOK_SYMBOL = 3, /* currency, %, &, @ and the like */
    HERALD_TOK_URL = 4     /* URLs, e-mail addresses */
};

/* A token: [start, end) are byte offsets into the article text, which
 * keeps the original spelling; `norm` is the form used for matching (NFC,
 * case-folded, typographic quotes and dashes made plain). */
typedef struct herald_token {
    uint32_t start, end;
    const char *norm;
    uint32_t norm_len;
    int kind;
    int tag;                /* part of speech, a Penn Treebank tag: see
                             * herald_tag_name(); 0 when not tagged */
} herald_token;

/* The name of a token's tag ("NN", "VBD", "PRP$", "," ...), or "" for 0
 * (the tagger was switched off, or the token was not tagged).  The tags
 * come from Herald's built-in tagger (WordNet-based, see README). */
const char *herald_tag_name(int tag);

/* A segment of the text: a sentence, or a dateline, byline or credit that
 * is not coded.  [start, end) are byte offsets into the article text. */
typedef struct herald_sentence {
    uint32_t start, end;
    uint32_t paragraph;     /* 0-based paragraph (line) index */
    uint32_t first_token;   /* index of its first token */
    uint32_t token_count;
    int kind;
} herald_sentence;

size_t herald_doc_sentence_count(const herald_doc *doc);
/* Returns NULL when i is out of range. */
const herald_sentence *herald_doc_sentence(const herald_doc *doc, size_t i);
size_t herald_doc_token_count(const herald_doc *doc);
const herald_token *herald_doc_token(const herald_doc *doc, size_t i);

/* ---- Actors ------------------------------------------------------------ */

/* An actor mention: who the text names, with its CAMEO actor code.
 * [start, end) are byte offsets into the article text; `how` says how
 * the code was found (a dictionary entry as FILE:LINE, a composition of
 * a country and a role, a role without a country). */
enum herald_actor_kind {
    HERALD_ACTOR_NAMED = 0,     /* a dictionary entry: "Turkey", "NATO", "Ankara" */
    HERALD_ACTOR_PERSON = 1,    /* a person with dated roles: "Sergei Lavrov" */
    HERALD_ACTOR_COMPOSED = 2,  /* country + role: "Turkish troops" */
    HERALD_ACTOR_ROLE = 3,      /* a role without a country: "officials" (---GOV) */
    HERALD_ACTOR_REFERENCE = 4  /* "she", "the minister", "both sides": an earlier actor */
};

typedef struct herald_actor {
    uint32_t sentence;      /* index of its segment */
    uint32_t start, end;
    uint32_t first_token, token_count;
    const char *code;
    const char *how;
    int kind;               /* enum herald_actor_kind */
} herald_actor;

/* Name of an actor kind: "named", "person", "composed", "role", "reference". */
const char *herald_actor_kind_name(int kind);

size_t herald_doc_actor_count(const herald_doc *doc);
/* Returns NULL when i is out of range. */
const herald_actor *herald_doc_actor(const herald_doc *doc, size_t i);

/* ---- Chunks (HERALD_STAGE_CLAUSES) ------------------------------------ */

/* A chunk: a run of a sentence's tokens that acts as one unit.  Tokens
 * outside every chunk (punctuation, conjunctions) belong to none. */
typedef enum herald_chunk_kind {
    HERALD_CHUNK_NP = 1,    /* noun phrase: "the Russian foreign ministry", "he" */
    HERALD_CHUNK_VG,        /* verb group: "did not attack", "was shelled", "to resume" */
    HERALD_CHUNK_PP,        /* a preposition: "in", "near" (its object is the next NP) */
    HERALD_CHUNK_ADJP,      /* adjectives without a noun: "ready", "responsible" */
    HERALD_CHUNK_ADVP,      /* adverbs outside a verb group: "also", "yesterday" */
    HERALD_CHUNK_SBAR       /* a clause opener: "that", "if", "because", "who" */
} herald_chunk_kind;

/* What a verb group says of its verb (flags). */
enum herald_vg_flag {
    HERALD_VG_PAST = 1,         /* "attacked", "had met", "was shelled" */
    HERALD_VG_FUTURE = 2,       /* "will meet", "is to visit" */
    HERALD_VG_NEGATED = 4,      /* "did not attack", "never met", "no longer supports" */
    HERALD_VG_MODAL = 8,        /* "could", "may", "would", "should": not a fact */
    HERALD_VG_PASSIVE = 16,     /* "was attacked", "were being shelled" */
    HERALD_VG_PERFECT = 32,     /* "has met" */
    HERALD_VG_PROGRESSIVE = 64, /* "are fighting" */
    HERALD_VG_INFINITIVE = 128, /* "to resume" (after "agreed", "urged X") */
    HERALD_VG_GERUND = 256      /* "attacking" with no auxiliary */
};

typedef struct herald_chunk {
    herald_chunk_kind kind;
    uint32_t sentence;
    uint32_t first_token, token_count;
    uint32_t head;          /* token index: a noun phrase's last word, a group's main verb */
    unsigned flags;         /* verb groups: herald_vg_flag */
} herald_chunk;

size_t herald_doc_chunk_count(const herald_doc *doc);
/* Returns NULL when i is out of range.  Chunks come in text order. */
const herald_chunk *herald_doc_chunk(const herald_doc *doc, size_t i);
/* "NP", "VG", "PP", "ADJP", "ADVP", "SBAR"; "" for an unknown kind. */
const char *herald_chunk_kind_name(herald_chunk_kind kind);
/* Writes sentence s as bracketed chunks, with each verb group's flags:
 * "[NP Russian forces] [VG did not attack | past negated] [NP positions] ."
 * into buf (NUL-terminated, cut to size).  Returns the length the whole
 * text needs, as snprintf does. */
size_t herald_doc_chunk_text(const herald_doc *doc, size_t s, char *buf, size_t size);

/* ---- Events ------------------------------------------------------------ */

typedef struct herald_cameo herald_cameo;

enum herald_date_precision {
    HERALD_PRECISION_NONE = 0, HERALD_PRECISION_DAY = 1, HERALD_PRECISION_MONTH = 2,
    HERALD_PRECISION_YEAR = 3
};
enum herald_date_basis {
    HERALD_BASIS_NONE = 0,        /* no date at all */
    HERALD_BASIS_EXPLICIT = 1,    /* the text gives the date ("on March 3, 2019") */
    HERALD_BASIS_RELATIVE = 2,    /* the text gives it against the article date ("on Monday") */
    HERALD_BASIS_PUBLICATION = 3  /* the article's own date */
};

/* "day", "month", "year" or "" ; "explicit", "relative", "publication", "none". */
const char *herald_precision_name(int precision);
const char *herald_basis_name(int basis);

/* A date expression of the text, normalised against the article date.
 * `value` is YYYY-MM-DD (the first day of a month or year for those
 * precisions); `end` is the last day of a range, or "". */
typedef struct herald_date {
    uint32_t sentence;
    uint32_t start, end_byte;      /* byte offsets of the expression */
    uint32_t first_token, token_count;
    char value[11], end[11];
    int precision, basis;
} herald_date;

size_t herald_doc_date_count(const herald_doc *doc);
const herald_date *herald_doc_date(const herald_doc *doc, size_t i);

/* ---- Places ------------------------------------------------------------ */

enum herald_place_precision {
    HERALD_PLACE_NONE = 0, HERALD_PLACE_CITY = 1, HERALD_PLACE_REGION = 2,
    HERALD_PLACE_COUNTRY = 3
};

/* "city", "region", "country" or "". */
const char *herald_place_precision_name(int precision);

/* A place of the gazetteer (GeoNames, CC BY 4.0, and Herald's own
 * regions).  Strings are static, valid while the library is loaded.
 * `name` is NULL when there is no place. */
typedef struct herald_location {
    const char *name;
    const char *country;    /* ISO 3166-1 alpha-3 ("XKX" Kosovo); "" for a
                             * region across countries (the Sahel) */
    const char *adm1;       /* first-level subdivision, "" when unknown */
    const char *kind;       /* "country", "adm1", "region", "city", "capital" */
    double lat, lon;
    uint32_t population;    /* 0 when unknown */
    int precision;          /* enum herald_place_precision */
} herald_location;

/* A place mention of the text and how it was resolved.  [start, end) are
 * byte offsets into the article text.  `loc` is the place chosen and
 * `score` its score; `lost` holds the other places of that name, best
 * first, with their scores in `lost_scores` (both arrays belong to the
 * document; NULL when lost_count is 0).  `cue` is the word that
 * introduced the mention ("in", "near", "of"), or "".  `as_actor` is 1
 * when the name is also an actor of the sentence ("Moscow condemned"). */
typedef struct herald_place {
    uint32_t sentence;
    uint32_t start, end;
    uint32_t first_token, token_count;
    herald_location loc;
    double score;
    const herald_location *lost;
    const double *lost_scores;
    uint32_t lost_count;
    const char *cue;
    int as_actor;
} herald_place;

size_t herald_doc_place_count(const herald_doc *doc);
/* Returns NULL when i is out of range. */
const herald_place *herald_doc_place(const herald_doc *doc, size_t i);

/* A coded event: who did what to whom, with the evidence.  Spans are
 * byte offsets [start, end) into the article text; a side that is
 * unknown has the code "---" and an empty span. */
typedef struct herald_event {
    uint32_t sentence;
    const char *source, *target;   /* CAMEO actor codes */
    const char *code;              /* CAMEO event code, "042" */
    const herald_cameo *cameo;     /* its table entry; NULL for codes outside CAMEO */
    uint32_t source_span[2], target_span[2], verb_span[2];
    int negated, hypothetical;     /* kept only with keep_uncertain */
    const char *reported_by;       /* the speaker's code, or NULL */
    const char *how;               /* the verb block and pattern (FILE:LINE) that coded it */
    char date[11], date_end[11];   /* YYYY-MM-DD, "" when none */
    int date_precision, date_basis;
    herald_location location;      /* where the action happened; name NULL when unknown */
} herald_event;

/* A verb that gave no event, and why (for `herald explain`): negated,
 * hypothetical, a side missing, a code of "---", a discard. */
typedef struct herald_dropped {
    uint32_t sentence;
    uint32_t verb_span[2];
    const char *reason;
    const char *how;
} herald_dropped;

size_t herald_doc_dropped_count(const herald_doc *doc);
const herald_dropped *herald_doc_dropped(const herald_doc *doc, size_t i);

size_t herald_doc_event_count(const herald_doc *doc);
/* Returns NULL when i is out of range. */
const herald_event *herald_doc_event(const herald_doc *doc, size_t i);

/* An event record as the output formats write it: from a coded document
 * (one mention) or from the store (an event with all its mentions).
 * Strings are NUL-terminated; "" or NULL means absent where noted. */
typedef struct herald_record {
    const char *id;                /* "DOC:SENTENCE:INDEX"; NULL: made from the three */
    const char *doc_id;            /* may be NULL */
    uint32_t sentence, index;
    const char *story_date;        /* the article's date, or NULL */
    const char *url;               /* the article's URL, or NULL */
    const char *date, *date_end;   /* YYYY-MM-DD, "" when none */
    int date_precision, date_basis;
    const char *source, *target, *code;
    int quad;                      /* 0 for a code outside the CAMEO table */
    double goldstein;
    const char *plover_type, *plover_mode;   /* "" when none */
    const char *location_name;     /* NULL: no location */
    const char *location_country, *location_adm1, *location_precision;
    double lat, lon;
    int negated, hypothetical;
    const char *reported_by;       /* NULL when none */
    const char *evidence;          /* the sentence, `evidence_len` bytes */
    size_t evidence_len;
    uint32_t source_span[2], target_span[2], verb_span[2];
    /* The store's figures for a de-duplicated event; 0/NULL otherwise. */
    int64_t event_id;
    int num_mentions, num_sources, num_articles;
    const char *first_seen, *last_seen;
} herald_record;

/* ---- CAMEO event codes ------------------------------------------------ */

/* One CAMEO event code with the values Herald attaches to its events
 * (data/cameo/events.tsv: names in Herald's words; Goldstein values,
 * quad classes and PLOVER types from the sources that file names). */
struct herald_cameo {
    const char *code;          /* "042" */
    const char *name;
    double goldstein;          /* -10 .. +10 */
    int quad;                  /* 1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict */
    const char *plover_type;   /* "" when PLOVER has none */
    const char *plover_mode;   /* "" when none */
};

/* The entry of a CAMEO code, or NULL for a code Herald does not know.
 * Static storage, valid while the context lives. */
const herald_cameo *herald_cameo_lookup(const herald_ctx *ctx, const char *code);

/* ---- Output ----------------------------------------------------------- */

enum herald_format {
    HERALD_FORMAT_JSONL = 0,   /* event records, the contract's default */
    HERALD_FORMAT_GDELT = 1,   /* GDELT 2.0 event-table columns, TSV */
    HERALD_FORMAT_PLOVER = 2,  /* POLECAT-style PLOVER JSON, one per line */
    HERALD_FORMAT_CSV = 3,     /* header row, then one row per event */
    HERALD_FORMAT_SEGMENTS = 4,/* sentences with tokens, JSON Lines */
    HERALD_FORMAT_SENTENCES = 5,/* one segment per line, "[kind] " prefixed */
    HERALD_FORMAT_ACTORS = 6,  /* actor mentions, JSON Lines */
    HERALD_FORMAT_PLACES = 7   /* place mentions and their resolution, JSON Lines */
};

/* Parses "jsonl", "gdelt", "plover" or "csv"; returns -1 if unknown. */
int herald_format_from_name(const char *name);

/* The header line a format needs once at the top of a stream (CSV), or ""
 * for formats without one.  Static storage. */
const char *herald_format_header(int format);

/* The last stage a format needs run (segments and sentences need only
 * segmentation, actors the actor stage, the event formats every stage). */
herald_stage herald_format_stage(int format);

/* Renders the document in `format` into memory owned by the document;
 * *out and *len receive it (possibly empty).  The document must have been
 * run up to herald_format_stage(format), else HERALD_EINVAL.  The bytes
 * depend only on the document, so output made on many threads is
 * identical to output made on one.  Returns HERALD_OK or a negative code. */
int herald_doc_render(herald_doc *doc, int format, const char **out,
                      size_t *len);

/* ---- Event store (SQLite) --------------------------------------------- */

/* One database of events that grows with every ingest: articles, events
 * de-duplicated across articles, and their mentions (docs/STORE.md).  A
 * store handle is used by one thread at a time; any number of processes
 * may read while one writes (WAL). */
typedef struct herald_store herald_store;

typedef struct herald_store_options {
    int create;              /* create the file if missing, and write to it */
    int dedup_days;          /* mentions up to this many days apart can be one event */
    int dedup_digits;        /* event-code digits that must agree (2, 3, 4); 0: no de-duplication */
    int batch;               /* articles per transaction */
    uint64_t max_bytes;      /* the database may not grow past this; 0: no limit */
} herald_store_options;

/* The defaults: read (migrating an old schema when the file is
 * writable), dedup_days 1, dedup_digits 3, batch 500, no size limit. */
herald_store_options herald_store_defaults(void);

/* Opens (or with `create`, creates) a store.  A file that is not a Herald
 * database gives HERALD_ENOTDB and is left untouched.  Returns HERALD_OK
 * or a negative code with `err` filled; *out is NULL on failure. */
int herald_store_open(const char *path, const herald_store_options *o, herald_store **out,
                      herald_error *err);
/* Commits what is pending and closes; NULL is a no-op.  Returns HERALD_OK
 * or the error of that last commit (then nothing of it is kept). */
int herald_store_close(herald_store *s, herald_error *err);

enum herald_store_outcome {
    HERALD_STORE_ADDED = 0,      /* a new article */
    HERALD_STORE_UNCHANGED = 1,  /* same id and text: nothing done */
    HERALD_STORE_REPLACED = 2    /* same id, new text: its events replaced */
};

/* 1 when the store holds this article (same id, same text), so coding it
 * again can be skipped; 0 when not; a negative code on error. */
int herald_store_has_article(herald_store *s, const herald_article *a, herald_error *err);

/* Stores a document coded up to HERALD_STAGE_EVENTS: the article, and
 * each certain event as a mention of a new or an existing event.  Each
 * article is stored whole or not at all; every `batch` articles are
 * committed together.  *outcome (may be NULL) gets a herald_store_outcome. */
int herald_store_add_doc(herald_store *s, const herald_doc *doc, int *outcome,
                         herald_error *err);

/* Stores event records that `herald code` wrote as JSON Lines (plain, .gz
 * or .zst; "-" for stdin).  Records are grouped into articles by doc_id;
 * the text hash of such an article is that of its records.  Lines that
 * are no record are reported to `diag` as FILE:LINE and skipped.  Counts
 * go to articles[3], indexed by herald_store_outcome (may be NULL). */
int herald_store_add_records(herald_store *s, const char *path, herald_diag_fn diag,
                             void *diag_user, uint64_t articles[3], herald_error *err);

/* Commits what is pending.  On failure nothing of the open batch is kept.
 * The reading calls below commit first, so they see every stored article. */
int herald_store_commit(herald_store *s, herald_error *err);

enum herald_sort {
    HERALD_SORT_DATE = 0, HERALD_SORT_DATE_DESC = 1, HERALD_SORT_MENTIONS = 2,
    HERALD_SORT_GOLDSTEIN = 3
};

/* Which events a query, an export or the statistics cover.  NULL or 0
 * members do not filter.  Codes match as prefixes ("IND" matches INDGOV,
 * "19" every assault). */
typedef struct herald_query {
    const char *actor;            /* either side */
    const char *source, *target;
    const char *dyad[2];          /* these two, in either direction */
    const char *code;             /* CAMEO event code or root */
    int quad;                     /* 1..4 */
    const char *plover;           /* PLOVER type, any case */
    const char *since, *until;    /* YYYY-MM-DD, inclusive */
    const char *country;          /* ISO alpha-3 of the event's place */
    const char *text;             /* SQLite FTS5 expression over the evidence */
    int min_mentions;
    int sort;                     /* enum herald_sort */
    int64_t limit;                /* 0: all */
    int mentions;                 /* 1: one record per mention, not per event */
} herald_query;

/* Receives one record; returning non-zero stops the query. */
typedef int (*herald_record_fn)(void *user, const herald_record *r);
/* Receives output bytes; returning non-zero stops the writer. */
typedef int (*herald_write_fn)(void *user, const char *data, size_t len);

/* Calls `fn` for each matching event (or mention).  The record and its
 * strings are valid only during the call.  Returns HERALD_OK, a negative
 * code (HERALD_EINVAL for a bad filter, e.g. a broken text expression),
 * or the non-zero value `fn` stopped with. */
int herald_store_query(herald_store *s, const herald_query *q, herald_record_fn fn, void *user,
                       herald_error *err);

/* The same records written in `format` (jsonl, gdelt, plover, csv with
 * its header) to `write`. */
int herald_store_export(herald_store *s, const herald_query *q, int format, herald_write_fn write,
                        void *user, herald_error *err);

enum herald_period { HERALD_PERIOD_DAY = 0, HERALD_PERIOD_WEEK = 1, HERALD_PERIOD_MONTH = 2 };
enum herald_stats_table {
    HERALD_STATS_ALL = 0,         /* JSON only: the three tables in one object */
    HERALD_STATS_SERIES = 1,      /* counts per period and quad class, Goldstein */
    HERALD_STATS_DYADS = 2,       /* top dyads with the escalation indicator */
    HERALD_STATS_ACTORS = 3       /* top actors */
};

typedef struct herald_stats_options {
    int period;                   /* enum herald_period */
    int table;                    /* enum herald_stats_table */
    int top;                      /* rows of the top tables; 0: 10 */
    int csv;                      /* CSV instead of JSON */
} herald_stats_options;

/* Writes statistics of the events a query selects (docs/STORE.md). */
int herald_store_stats(herald_store *s, const herald_query *q, const herald_stats_options *o,
                       herald_write_fn write, void *user, herald_error *err);

typedef struct herald_store_summary {
    int schema_version;
    int64_t articles, events, mentions;
    char first_date[11], last_date[11];   /* of the events; "" when none */
} herald_store_summary;

int herald_store_summarize(herald_store *s, herald_store_summary *out, herald_error *err);

/* Checks the database: SQLite's integrity check, then Herald's own
 * invariants (every article has all its mentions, every event's counts
 * match its mentions).  Returns 0 when sound, 1 with the first problem
 * described in `err` (severity HERALD_WARNING), or a negative code. */
int herald_store_check(herald_store *s, herald_error *err);

#ifdef __cplusplus
}
#endif
#endif /* HERALD_H */

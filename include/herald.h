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
    X(ELIMIT,   -12, "document exceeds an internal limit")

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
    HERALD_STAGE_ACTORS,       /* + actor mentions and references */
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
} herald_token;

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

#ifdef __cplusplus
}
#endif
#endif /* HERALD_H */

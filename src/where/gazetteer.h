/* gazetteer.h - the compiled gazetteer: places and a sorted index of
 * their names' keys (geokey.h).  tools/geoc writes it from data/geo/ as
 * const data compiled into the library (build/gen/gazetteer.c), so the
 * operating system maps it with the library: nothing to parse or load. */
#ifndef HR_GAZETTEER_H
#define HR_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

enum hr_geo_kind {
    HR_GEO_COUNTRY = 1, HR_GEO_ADM1 = 2, HR_GEO_REGION = 3, HR_GEO_CITY = 4, HR_GEO_CAPITAL = 5
};

typedef struct hr_geo_place {
    uint32_t name, adm1;    /* offsets of NUL-terminated strings in the pool,
                             * each string once (geoc interns them): one
                             * offset per name; 0 is the empty string */
    int32_t lat, lon;       /* 1e-5 degrees */
    uint32_t pop;           /* population, 0 when unknown */
    char country[4];        /* ISO 3166-1 alpha-3 (XKX for Kosovo), "" for none */
    uint8_t kind;           /* enum hr_geo_kind */
} hr_geo_place;

typedef struct hr_geo_name {
    uint32_t key;           /* offset of the key in the pool */
    uint32_t first, count;  /* its places in cands[], most populous first */
} hr_geo_name;

typedef struct hr_geo_data {
    const char *pool;
    size_t pool_size;
    const hr_geo_place *places;
    size_t place_count;
    const hr_geo_name *keys;     /* sorted by strcmp of their key strings */
    size_t key_count;
    const uint32_t *cands;
    size_t cand_count;
    const uint32_t *countries;  /* the country places, sorted by code */
    size_t country_count;
    const uint16_t *country_index;  /* [HR_GEO_CODES] (geokey.h): by a code's
                                     * letters, its number + 1 in countries[],
                                     * 0 for none */
    const uint32_t *prefixes;   /* [prefix_mask + 1]: the words each key begins
                                 * with, hashed (hr_geo_hash) to the number + 1
                                 * in keys[] of a key that begins with them, the
                                 * key that is them if any; 0 is a free slot */
    size_t prefix_mask;
} hr_geo_data;

/* The gazetteer compiled into the library. */
extern const hr_geo_data hr_geo_builtin;

/* The places named by key k[0..n) (a geokey), or NULL with *count 0:
 * a probe or two of the prefix index. */
const uint32_t *hr_geo_lookup(const hr_geo_data *g, const char *k, size_t n, size_t *count);

/* Whether some name's key is k[0..n) or starts with it and a space:
 * a probe or two of the prefix index, which rules out most capitalised
 * words. */
int hr_geo_has_prefix(const hr_geo_data *g, const char *k, size_t n);

/* The name whose key is the words k[0..n) or begins with them and a
 * space, or NULL: the one that is them when there is one (geoc puts it
 * first).  One probe tells a caller that grows a name word by word both
 * whether it may grow and, by hr_geo_named(), what it names. */
const hr_geo_name *hr_geo_key_beginning(const hr_geo_data *g, const char *k, size_t n);

/* The places named by the key of n bytes that hr_geo_key_beginning(g,
 * k, n) found (NULL there: none), or NULL with *count 0. */
const uint32_t *hr_geo_named(const hr_geo_data *g, const hr_geo_name *name, size_t n, size_t *count);

/* The country place of an alpha-3 code (the first three bytes of
 * `code`, so a CAMEO actor code like "SYRGOV" will do), or NULL. */
const hr_geo_place *hr_geo_country(const hr_geo_data *g, const char *code);

/* The same as an entry of `countries` (a candidate list of one). */
const uint32_t *hr_geo_country_slot(const hr_geo_data *g, const char *code);

/* The bytes the compiled gazetteer occupies. */
size_t hr_geo_bytes(const hr_geo_data *g);

/* "country", "adm1", "region", "city", "capital". */
const char *hr_geo_kind_name(int kind);

#endif

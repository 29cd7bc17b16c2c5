/* geoc - the gazetteer compiler: reads the gazetteer files of data/geo/
 * (format in data/geo/README.md; .gz files are read through zlib) and
 * writes them as a C source file of const data - places, a string pool,
 * and the sorted index of name keys (src/where/geokey.h) - that is
 * compiled into libherald.  Usage: geoc OUTPUT.c FILE...
 *
 * Malformed data stops the build: every problem is reported as
 * "FILE:LINE: message" on stderr, no output is written, exit status 1. */
#include "../src/where/geokey.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>
#include <zlib.h>

#define MAX_LINE 4096
#define MAX_ERRORS 20

typedef struct place {
    uint32_t name, adm1;
    int32_t lat, lon;
    uint32_t pop;
    char country[4];
    int kind;
    int has_coords;
} place;

typedef struct entry { uint32_t key, place; } entry;

static char *pool;
static size_t pool_len, pool_cap;
static place *places;
static size_t place_count, place_cap;
static entry *entries;
static size_t entry_count, entry_cap;
static int errors;

/* A string table with open addressing, so that equal strings share one
 * copy in the pool. */
static uint32_t *slots;
static size_t slot_cap;

static void *grow(void *p, size_t *cap, size_t need, size_t size)
{
    if (need <= *cap) return p;
    size_t n = *cap ? *cap : 1024;
    while (n < need) n *= 2;
    p = realloc(p, n * size);
    if (!p) { fputs("geoc: out of memory\n", stderr); exit(1); }
    *cap = n;
    return p;
}

static uint32_t intern(const char *s, size_t n)
{
    if (!slot_cap) {
        slot_cap = 1 << 20;
        slots = calloc(slot_cap, sizeof *slots);
        if (!slots) { fputs("geoc: out of memory\n", stderr); exit(1); }
        pool = grow(pool, &pool_cap, 1, 1);
        pool[pool_len++] = '\0';     /* offset 0 is the empty string */
    }
    if (n == 0) return 0;
    size_t i = hr_geo_hash(s, n) & (slot_cap - 1);
    for (; slots[i]; i = (i + 1) & (slot_cap - 1))
        if (strncmp(pool + slots[i], s, n) == 0 && pool[slots[i] + n] == '\0') return slots[i];
    pool = grow(pool, &pool_cap, pool_len + n + 1, 1);
    uint32_t off = (uint32_t)pool_len;
    memcpy(pool + pool_len, s, n);
    pool[pool_len + n] = '\0';
    pool_len += n + 1;
    slots[i] = off;
    if (pool_len > UINT32_MAX / 2) { fputs("geoc: string pool too large\n", stderr); exit(1); }
    return off;
}

static void problem(const char *file, long line, const char *fmt, const char *arg)
{
    fprintf(stderr, "%s:%ld: ", file, line);
    fprintf(stderr, fmt, arg);
    fputc('\n', stderr);
    if (++errors >= MAX_ERRORS) {
        fprintf(stderr, "geoc: too many errors, stopping\n");
        exit(1);
    }
}

static int kind_of(const char *s)
{
    static const char *const names[] = { "", "country", "adm1", "region", "city", "capital" };
    for (int k = 1; k <= 5; k++)
        if (strcmp(s, names[k]) == 0) return k;
    return 0;
}

/* A coordinate: a decimal number within [-limit, limit], in 1e-5 degrees. */
static int coordinate(const char *s, double limit, int32_t *out)
{
    if (!*s) return -1;
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (*end || errno || v < -limit || v > limit || v != v) return -1;
    *out = (int32_t)(v * 1e5 + (v < 0 ? -0.5 : 0.5));
    return 0;
}

/* Adds the keys of `name` for place p: its case-folded form and, when
 * different, the same without diacritics; a leading "the " is dropped. */
static void add_keys(const char *name, uint32_t p)
{
    static const int options[2] = {
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE,
        UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD | UTF8PROC_IGNORE |
            UTF8PROC_STRIPMARK,
    };
    for (int v = 0; v < 2; v++) {
        utf8proc_uint8_t *m = NULL;
        utf8proc_ssize_t n = utf8proc_map((const utf8proc_uint8_t *)name, 0, &m,
                                          options[v] | UTF8PROC_NULLTERM);
        if (n < 0) continue;
        char key[512];
        size_t k = hr_geo_key((const char *)m, (size_t)n, key, sizeof key);
        free(m);
        if (k == (size_t)-1 || k == 0) continue;
        size_t skip = k > 4 && memcmp(key, "the ", 4) == 0 ? 4 : 0;
        uint32_t off = intern(key + skip, k - skip);
        if (entry_count && entries[entry_count - 1].key == off &&
            entries[entry_count - 1].place == p)
            continue;
        entries = grow(entries, &entry_cap, entry_count + 1, sizeof *entries);
        entries[entry_count++] = (entry){ off, p };
    }
}

/* Splits line at tabs into at most `max` fields; returns the count. */
static int split(char *line, char **f, int max)
{
    int n = 0;
    f[n++] = line;
    for (char *p = line; *p; p++) {
        if (*p != '\t') continue;
        if (n == max) return max + 1;
        *p = '\0';
        f[n++] = p + 1;
    }
    return n;
}

static void read_file(const char *file)
{
    gzFile in = gzopen(file, "rb");
    if (!in) { fprintf(stderr, "%s: cannot open: %s\n", file, strerror(errno)); exit(1); }
    char line[MAX_LINE];
    long no = 0;
    while (gzgets(in, line, sizeof line)) {
        no++;
        size_t n = strlen(line);
        if (n == sizeof line - 1 && line[n - 1] != '\n') {
            problem(file, no, "line longer than %s bytes", "4094");
            int c;
            while ((c = gzgetc(in)) != -1 && c != '\n') {}
            continue;
        }
        while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) line[--n] = '\0';
        if (!n || line[0] == '#') continue;
        if (utf8proc_decompose((const utf8proc_uint8_t *)line, (utf8proc_ssize_t)n, NULL, 0, 0) < 0) {
            problem(file, no, "%s", "invalid UTF-8");
            continue;
        }
        char *f[9];
        int nf = split(line, f, 8);
        if (nf != 8) {
            char got[32];
            snprintf(got, sizeof got, "%s%d", nf > 8 ? "more than " : "", nf > 8 ? 8 : nf);
            problem(file, no, "expected 8 tab-separated fields "
                    "(kind, name, alternates, country, adm1, lat, lon, population), found %s", got);
            continue;
        }
        int kind = kind_of(f[0]);
        if (!kind) { problem(file, no, "unknown kind '%s' (country, adm1, region, city, capital)", f[0]); continue; }
        if (!f[1][0]) { problem(file, no, "%s", "empty name"); continue; }
        const char *cc = f[3];
        int cc_ok = strlen(cc) == 3 && cc[0] >= 'A' && cc[0] <= 'Z' && cc[1] >= 'A' &&
                    cc[1] <= 'Z' && cc[2] >= 'A' && cc[2] <= 'Z';
        if (!(cc_ok || (!cc[0] && kind == 3))) {
            problem(file, no, "country '%s' is no ISO 3166-1 alpha-3 code (only a region may leave it empty)", cc);
            continue;
        }
        int32_t lat = 0, lon = 0;
        int has = f[5][0] || f[6][0];
        if (has && (coordinate(f[5], 90, &lat) || coordinate(f[6], 180, &lon))) {
            problem(file, no, "bad coordinates '%s' (latitude -90..90, longitude -180..180)", f[5]);
            continue;
        }
        if (!has && kind != 1) { problem(file, no, "%s", "missing coordinates"); continue; }
        char *end;
        errno = 0;
        long long pop = strtoll(f[7], &end, 10);
        if (!f[7][0] || *end || errno || pop < 0 || pop > 4000000000LL) {
            problem(file, no, "bad population '%s' (a whole number, 0 when unknown)", f[7]);
            continue;
        }
        /* A country row repeats: names add up, coordinates replace. */
        uint32_t p = (uint32_t)place_count;
        int merged = 0;
        if (kind == 1)
            for (size_t i = 0; i < place_count; i++)
                if (places[i].kind == 1 && strcmp(places[i].country, cc) == 0) { p = (uint32_t)i; merged = 1; break; }
        if (!merged) {
            if (!has) { problem(file, no, "country %s: first row without coordinates", cc); continue; }
            places = grow(places, &place_cap, place_count + 1, sizeof *places);
            place *np = &places[place_count++];
            memset(np, 0, sizeof *np);
            np->name = intern(f[1], strlen(f[1]));
            np->adm1 = intern(f[4], strlen(f[4]));
            memcpy(np->country, cc, strlen(cc));
            np->kind = kind;
            np->pop = (uint32_t)pop;
        } else if (pop > 0) {
            places[p].pop = (uint32_t)pop;
        }
        if (has) { places[p].lat = lat; places[p].lon = lon; places[p].has_coords = 1; }
        if (merged)     /* a later row names the country as news English does */
            places[p].name = intern(f[1], strlen(f[1]));
        add_keys(f[1], p);
        for (char *a = f[2]; *a;) {
            char *bar = strchr(a, '|');
            if (bar) *bar = '\0';
            if (*a) add_keys(a, p);
            if (!bar) break;
            a = bar + 1;
        }
    }
    int err;
    const char *msg = gzerror(in, &err);
    if (err < 0) { fprintf(stderr, "%s:%ld: read error: %s\n", file, no, msg); exit(1); }
    gzclose(in);
}

static int by_key_then_size(const void *a, const void *b)
{
    const entry *x = a, *y = b;
    int c = strcmp(pool + x->key, pool + y->key);
    if (c) return c;
    const place *p = &places[x->place], *q = &places[y->place];
    if (p->pop != q->pop) return p->pop > q->pop ? -1 : 1;
    return x->place < y->place ? -1 : x->place > y->place;
}

/* Two rows for one place: same country, both towns (or the same other
 * kind), less than about 25 km apart. */
static int same_place(const place *a, const place *b)
{
    int town_a = a->kind == 4 || a->kind == 5, town_b = b->kind == 4 || b->kind == 5;
    if (strcmp(a->country, b->country) != 0 || (town_a != town_b) || (!town_a && a->kind != b->kind))
        return 0;
    return labs((long)a->lat - b->lat) < 25000 && labs((long)a->lon - b->lon) < 25000;
}

static void write_pool(FILE *out)
{
    fputs("static const char pool[] =\n\"", out);
    size_t col = 0;
    for (size_t i = 0; i < pool_len; i++) {
        unsigned char c = (unsigned char)pool[i];
        if (c >= 0x20 && c < 0x7F && c != '"' && c != '\\' && c != '?') { fputc(c, out); col++; }
        else { fprintf(out, "\\%03o", c); col += 4; }
        if (col >= 100) { fputs("\"\n\"", out); col = 0; }
    }
    fputs("\";\n\n", out);
}

/* Puts the words key[0..n) of key number `key` (of the offsets in
 * keys[]) in the prefix table, unless a key that begins with them is
 * there already; a key that is those words takes the slot, so a lookup
 * of a whole key ends at its slot. */
static void add_prefix(uint32_t *table, size_t mask, const uint32_t *keys, size_t key, size_t n)
{
    const char *k = pool + keys[key];
    size_t i = hr_geo_hash(k, n) & mask;
    for (; table[i]; i = (i + 1) & mask)
        if (hr_geo_key_begins(pool + keys[table[i] - 1], k, n)) break;
    if (!table[i] || k[n] == '\0') table[i] = (uint32_t)key + 1;
}

/* The prefix index (hr_geo_data.prefixes): the words a key begins with
 * ("new", "new york" and "new york city" of "new york city"), hashed
 * into a table of the numbers + 1 of keys that begin with them, at most
 * half full; 0 marks a free slot.  Returns the table's mask. */
static size_t write_prefixes(FILE *out, const uint32_t *keys, size_t nkeys)
{
    size_t words = 0;
    for (size_t i = 0; i < nkeys; i++)
        for (const char *c = pool + keys[i]; *c; c++) words += c[1] == ' ' || c[1] == '\0';
    size_t cap = 1;
    while (cap < 2 * words) cap *= 2;
    uint32_t *table = calloc(cap, sizeof *table);
    if (!table) { fputs("geoc: out of memory\n", stderr); exit(1); }
    for (size_t i = 0; i < nkeys; i++)
        for (size_t n = 1; pool[keys[i] + n - 1]; n++)
            if (pool[keys[i] + n] == ' ' || pool[keys[i] + n] == '\0')
                add_prefix(table, cap - 1, keys, i, n);
    fputs("};\n\nstatic const uint32_t prefixes[] = {\n", out);
    for (size_t i = 0; i < cap; i++) fprintf(out, "%u,%s", table[i], i % 16 == 15 ? "\n" : "");
    free(table);
    return cap - 1;
}

/* The country index (hr_geo_data.country_index): for each code of three
 * capital letters, its country's number + 1 in countries[], 0 for none. */
static void write_country_index(FILE *out, const uint32_t *cs, size_t ncs)
{
    static uint16_t index[HR_GEO_CODES];
    for (size_t i = 0; i < ncs; i++) {
        const char *cc = places[cs[i]].country;
        size_t code = hr_geo_code_number(cc);
        if (code == HR_GEO_CODES) {
            fprintf(stderr, "geoc: country code '%s' is not three capital letters\n", cc);
            exit(1);
        }
        index[code] = (uint16_t)(i + 1);
    }
    fputs("};\n\nstatic const uint16_t country_index[] = {\n", out);
    for (size_t i = 0; i < HR_GEO_CODES; i++) fprintf(out, "%u,%s", index[i], i % 32 == 31 ? "\n" : "");
}

int main(int argc, char **argv)
{
    if (argc < 3) { fputs("usage: geoc OUTPUT.c FILE...\n", stderr); return 2; }
    intern("", 0);
    for (int i = 2; i < argc; i++) read_file(argv[i]);
    if (errors) { fprintf(stderr, "geoc: %d error%s, no gazetteer written\n", errors, errors > 1 ? "s" : ""); return 1; }
    if (!place_count) { fputs("geoc: no places\n", stderr); return 1; }
    qsort(entries, entry_count, sizeof *entries, by_key_then_size);

    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", argv[1]);
    FILE *out = fopen(tmp, "w");
    if (!out) { perror(tmp); return 1; }
    fputs("/* Generated by tools/geoc from data/geo/: do not edit.\n"
          " * Place data: GeoNames (https://www.geonames.org), CC BY 4.0. */\n"
          "#include \"../../src/where/gazetteer.h\"\n\n", out);
    write_pool(out);
    fputs("static const hr_geo_place places[] = {\n", out);
    for (size_t i = 0; i < place_count; i++) {
        const place *p = &places[i];
        fprintf(out, "{%u,%u,%d,%d,%u,\"%s\",%d},\n", p->name, p->adm1, p->lat, p->lon, p->pop,
                p->country, p->kind);
    }
    /* The same place twice under one key (GeoNames' "‘Afrīn" and
     * extra.gaz's "Afrin"): the later file's row stays. */
    size_t kept = 0;
    for (size_t i = 0; i < entry_count; i++) {
        int dup = 0;
        for (size_t j = i + 1; j < entry_count && entries[j].key == entries[i].key && !dup; j++)
            dup = same_place(&places[entries[i].place], &places[entries[j].place]) &&
                  entries[j].place > entries[i].place;
        for (size_t j = i; j-- > 0 && entries[j].key == entries[i].key && !dup;)
            dup = same_place(&places[entries[i].place], &places[entries[j].place]) &&
                  entries[j].place > entries[i].place;
        if (!dup) entries[kept++] = entries[i];
        else if (places[entries[i].place].kind == 5) {
            /* the row that stays keeps the national capital's kind */
            for (size_t j = 0; j < entry_count; j++)
                if (j != i && entries[j].key == entries[i].key &&
                    same_place(&places[entries[i].place], &places[entries[j].place]) &&
                    places[entries[j].place].kind == 4)
                    places[entries[j].place].kind = 5;
        }
    }
    entry_count = kept;
    fputs("};\n\nstatic const uint32_t cands[] = {\n", out);
    for (size_t i = 0; i < entry_count; i++)
        fprintf(out, "%u,%s", entries[i].place, i % 16 == 15 ? "\n" : "");
    fputs("};\n\nstatic const hr_geo_name keys[] = {\n", out);
    size_t nkeys = 0;
    uint32_t *key_offs = malloc((entry_count + 1) * sizeof *key_offs);
    if (!key_offs) { fputs("geoc: out of memory\n", stderr); return 1; }
    for (size_t i = 0; i < entry_count;) {
        size_t j = i;
        while (j < entry_count && entries[j].key == entries[i].key) j++;
        fprintf(out, "{%u,%zu,%zu},\n", entries[i].key, i, j - i);
        key_offs[nkeys++] = entries[i].key;
        i = j;
    }
    /* Country places by code (places were read country rows in code
     * order, but extra.gaz may add one, so sort). */
    uint32_t *cs = malloc((place_count + 1) * sizeof *cs);
    size_t ncs = 0;
    if (!cs) { fputs("geoc: out of memory\n", stderr); return 1; }
    for (size_t i = 0; i < place_count; i++)
        if (places[i].kind == 1) cs[ncs++] = (uint32_t)i;
    for (size_t a = 1; a < ncs; a++)
        for (size_t b = a; b > 0 && strcmp(places[cs[b]].country, places[cs[b - 1]].country) < 0; b--) {
            uint32_t t = cs[b]; cs[b] = cs[b - 1]; cs[b - 1] = t;
        }
    fputs("};\n\nstatic const uint32_t countries[] = {\n", out);
    for (size_t i = 0; i < ncs; i++) fprintf(out, "%u,%s", cs[i], i % 16 == 15 ? "\n" : "");
    write_country_index(out, cs, ncs);
    size_t prefix_mask = write_prefixes(out, key_offs, nkeys);
    fprintf(out, "};\n\nconst hr_geo_data hr_geo_builtin = {\n"
                 "    pool, sizeof pool, places, %zu, keys, %zu, cands, %zu, countries, %zu, country_index,\n"
                 "    prefixes, %zu\n};\n",
            place_count, nkeys, entry_count, ncs, prefix_mask);
    free(cs);
    free(key_offs);
    if (fclose(out) != 0 || rename(tmp, argv[1]) != 0) { perror(argv[1]); return 1; }
    fprintf(stderr, "geoc: %zu places, %zu keys, %zu bytes of strings\n", place_count, nkeys, pool_len);
    return 0;
}

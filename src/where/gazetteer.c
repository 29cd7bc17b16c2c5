/* gazetteer.c - lookups in the compiled gazetteer (gazetteer.h). */
#include "gazetteer.h"
#include "geokey.h"

#include <string.h>

const hr_geo_name *hr_geo_key_beginning(const hr_geo_data *g, const char *k, size_t n)
{
    for (size_t i = hr_geo_hash(k, n) & g->prefix_mask; g->prefixes[i]; i = (i + 1) & g->prefix_mask) {
        const hr_geo_name *name = &g->keys[g->prefixes[i] - 1];
        if (hr_geo_key_begins(g->pool + name->key, k, n)) return name;
    }
    return NULL;
}

const uint32_t *hr_geo_named(const hr_geo_data *g, const hr_geo_name *name, size_t n, size_t *count)
{
    *count = 0;
    if (!name || g->pool[name->key + n] != '\0') return NULL;
    *count = name->count;
    return g->cands + name->first;
}

const uint32_t *hr_geo_lookup(const hr_geo_data *g, const char *k, size_t n, size_t *count)
{
    return hr_geo_named(g, hr_geo_key_beginning(g, k, n), n, count);
}

int hr_geo_has_prefix(const hr_geo_data *g, const char *k, size_t n)
{
    return hr_geo_key_beginning(g, k, n) != NULL;
}

const hr_geo_place *hr_geo_country(const hr_geo_data *g, const char *code)
{
    const uint32_t *slot = hr_geo_country_slot(g, code);
    return slot ? &g->places[*slot] : NULL;
}

const uint32_t *hr_geo_country_slot(const hr_geo_data *g, const char *code)
{
    if (!code || !code[0] || !code[1] || !code[2]) return NULL;
    /* CAMEO's codes are ISO alpha-3 but for Kosovo (no ISO code; the
     * gazetteer uses XKX, as the EU and the IMF do). */
    if (memcmp(code, "KSV", 3) == 0) code = "XKX";
    size_t number = hr_geo_code_number(code);
    if (number == HR_GEO_CODES || !g->country_index[number]) return NULL;
    return &g->countries[g->country_index[number] - 1];
}

size_t hr_geo_bytes(const hr_geo_data *g)
{
    return g->pool_size + g->place_count * sizeof *g->places + g->key_count * sizeof *g->keys +
           g->cand_count * sizeof *g->cands + g->country_count * sizeof *g->countries +
           HR_GEO_CODES * sizeof *g->country_index + (g->prefix_mask + 1) * sizeof *g->prefixes;
}

const char *hr_geo_kind_name(int kind)
{
    static const char *const names[] = { "", "country", "adm1", "region", "city", "capital" };
    return kind >= 1 && kind <= 5 ? names[kind] : "";
}

/* places.c - place mentions, their resolution, and each event's place.
 *
 * Mentions: the longest run of up to six tokens, from a capitalised word
 * to a word, whose key (geokey.h) names places in the gazetteer
 * ("Idlib", "Nagorno-Karabakh", "Line of Control", "Deir el-Zour"); or
 * a country's adjective before a place noun ("off the Iranian coast").
 * A match is no place when it is part of a longer name (a capitalised
 * word before or after it: "Prime Minister Benjamin", "Washington Post",
 * "Bank of Japan"), a person or an organisation the actor stage found
 * (NATO is also a town in the Philippines), an acronym that names only
 * towns ("GAO"), a generic word ("North", "We", "Nov"), or a town before
 * "said" (a surname).  Without a locative cue before it ("in", "near",
 * "outside", "of"... past "the", "northern", "rebel-held"...) only
 * countries, regions, subdivisions, capitals, cities of 100,000 people
 * and cities of 20,000 in a country of the context count.
 *
 * Resolution scores each place of the name:
 *   log10(population + 1)
 *   + kind: country 4, region 3 (its population taken as at least a
 *     million), capital 1, adm1 -1 (its population is the sum of its
 *     cities', so a city of the same name wins alone)
 *   + 2.5 when its country is in the article's context: the actors'
 *     countries, the mentions whose every reading lies in one country
 *     (the dateline's twice), and the first readings of the others
 *   + 3 when its subdivision is named in the article ("Atlanta" makes
 *     "Georgia" the state)
 *   + 6 when the mention beside it contains it ("Paris, Texas") or lies
 *     in it ("Savannah, Georgia" makes Georgia the state), or when a US
 *     state's news abbreviation follows it ("Charleston, W.Va.")
 *   + 4 for a subdivision or region before "province", "region"...,
 *   + 6 for a city before "city" or "town" ("Idlib city").
 * The best place wins; the others are kept, best first, as the
 * candidates that lost.
 *
 * Each event gets the place of its clause (hr_place_events). */
#include "places.h"
#include "gazetteer.h"
#include "geokey.h"
#include "../segment/toks.h"

#include <math.h>
#include <string.h>

#define MAX_WORDS 6
#define MAX_CANDS 24
#define MAX_CONTEXT 64
/* Worth a factor of about 300 in population: "Paris" in an article about
 * Texas (with its subdivision's bonus), not "London" in any US story. */
#define CONTEXT_BONUS 2.5

typedef struct mention {
    uint32_t sentence, first, count;     /* tokens */
    const uint32_t *cands;
    size_t ncands;
    const char *cue;
    int as_actor;
    int next_kind;          /* a kind word follows: HR_GEO_ADM1 (province...), HR_GEO_CITY */
    int the_noun;           /* "the Jenin refugee camp": "the" NAME noun */
    int adjective;          /* "the Iranian coast": a country's adjective */
    int speaks;             /* a speech verb follows ("Evans said") */
    const char *state;      /* "Waltham, Mass.": the US state named after it */
    int qualifier;          /* index+1 of the mention that qualifies this one ("Paris, Texas") */
    int qualifies;          /* index+1 of the mention this one qualifies */
} mention;

typedef struct context {
    char cc[MAX_CONTEXT][4];
    int count[MAX_CONTEXT];
    int n;
    const char *adm1[MAX_CONTEXT];
    int adm1_count[MAX_CONTEXT];
    int nadm1;
} context;

static const char *const CUES[] = {
    "in", "near", "at", "outside", "from", "to", "into", "across", "around", "inside", "within",
    "throughout", "toward", "towards", "through", "of", "on", "along", "via", "between", "over",
    "off", "beyond", "entered", "reached", "visited", "visit", "visiting", "left", "leaving", NULL
};

/* Words that may stand between a cue and the name ("in the northern
 * province of", "near the besieged town"). */
static const char *const BETWEEN[] = {
    "the", "a", "northern", "southern", "eastern", "western", "central", "north", "south", "east",
    "west", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
    "southeastern", "southwestern", "city", "town", "village", "province", "region", "district",
    "capital", "port", "border", "disputed", "occupied", "besieged", "rebel-held", "embattled",
    "breakaway", "separatist", "restive", "neighbouring", "neighboring", "nearby", "coastal",
    "key", "strategic", "area", "areas", "frontline", "front-line", "southern-most", "state",
    "governorate", "oblast", "and", "or", "downtown", "suburban", "rural", "greater", "outer",
    "inner", "old", NULL
};

static const char *const KIND_WORDS_REGION[] = {
    "province", "region", "governorate", "oblast", "state", "district", "county", "prefecture",
    "provinces", "regions", NULL
};

static const char *const KIND_WORDS_CITY[] = { "city", "town", "village", NULL };

/* Capitalised words that may follow a place without making it part of
 * another name: "Baghdad University", "Kabul Airport". */
static const char *const INSTITUTIONS[] = {
    "university", "airport", "square", "street", "stadium", NULL
};

static const char *const ARTICLES[] = { "the", "a", "an", NULL };

/* News abbreviations of US states (AP style), as qualifiers after a
 * comma only ("Waltham, Mass."): alone, most are words. */
static const char *const US_STATES[][2] = {
    { "ala", "Alabama" }, { "ariz", "Arizona" }, { "ark", "Arkansas" },
    { "calif", "California" }, { "colo", "Colorado" }, { "conn", "Connecticut" },
    { "del", "Delaware" }, { "fla", "Florida" }, { "ga", "Georgia" }, { "ill", "Illinois" },
    { "ind", "Indiana" }, { "kan", "Kansas" }, { "kans", "Kansas" }, { "ky", "Kentucky" },
    { "la", "Louisiana" }, { "md", "Maryland" }, { "mass", "Massachusetts" },
    { "mich", "Michigan" }, { "minn", "Minnesota" }, { "miss", "Mississippi" },
    { "mo", "Missouri" }, { "mont", "Montana" }, { "neb", "Nebraska" }, { "nev", "Nevada" },
    { "n.h", "New Hampshire" }, { "n.j", "New Jersey" }, { "n.m", "New Mexico" },
    { "n.y", "New York" }, { "n.c", "North Carolina" }, { "n.d", "North Dakota" },
    { "okla", "Oklahoma" }, { "ore", "Oregon" }, { "pa", "Pennsylvania" },
    { "r.i", "Rhode Island" }, { "s.c", "South Carolina" }, { "s.d", "South Dakota" },
    { "tenn", "Tennessee" }, { "tex", "Texas" }, { "vt", "Vermont" }, { "va", "Virginia" },
    { "wash", "Washington" }, { "w.va", "West Virginia" }, { "wis", "Wisconsin" },
    { "wyo", "Wyoming" }, { "d.c", "District of Columbia" }
};

/* The US state of an abbreviation at token k ("Mass" "." or "N.Y."),
 * or NULL. */
static const char *us_state_at(const herald_doc *doc, size_t k, size_t end)
{
    const herald_token *t = &doc->tokens[k];
    size_t n = t->norm_len;
    int dot = n && t->norm[n - 1] == '.';
    if (dot) n--;
    else if (!(k + 1 < end && hr_tok_is(&doc->tokens[k + 1], "."))) return NULL;
    for (size_t i = 0; i < sizeof US_STATES / sizeof *US_STATES; i++)
        if (strlen(US_STATES[i][0]) == n && memcmp(t->norm, US_STATES[i][0], n) == 0)
            return US_STATES[i][1];
    return NULL;
}

static const char *const ADVERBS[] = { "also", "later", "earlier", "then", "previously", NULL };

static const char *const SPEECH[] = {
    "said", "says", "told", "added", "announced", "stated", "reported", "declared", "noted",
    "argued", "wrote", NULL
};

/* Words before "of" that make a place part of a name only when they are
 * not the place's own kind ("Bank of Japan" is no place mention, "the
 * Province of Quebec" is). */
static const char *const OF_KINDS[] = {
    "province", "region", "city", "state", "republic", "kingdom", "county", "district",
    "governorate", "island", "islands", "gulf", "port", "town", "village", NULL
};

/* "off the Iranian coast", "a key Somali township": a country's
 * adjective (an actor of the sentence) before these nouns is a place. */
static const char *const COUNTRY_NOUNS[] = {
    "coast", "coastline", "capital", "town", "towns", "township", "city", "cities", "village",
    "villages", "island", "islands", "border", "soil", "territory", "waters", "port", "ports",
    "province", "provinces", "region", "mainland", "countryside", "airspace", NULL
};

/* "the Jenin refugee camp", "the Rafah crossing": a name before these
 * nouns is a place. */
static const char *const PLACE_NOUNS[] = {
    "refugee", "camp", "crossing", "border", "area", "region", "airport", "port", "valley",
    "district", "countryside", "outskirts", "suburb", "suburbs", "front", "frontline", "enclave",
    "pocket", "corridor", "highway", "road", "offensive", "battle", "siege", NULL
};

/* Names that are places somewhere but words everywhere. */
static const char *const GENERIC[] = {
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
    "capital", "federal", "national", "upper", "lower", "greater", "new", "saint", "st", "grand",
    "union", "independence", "republic", "unity", "liberty", "mobile", "nice", "reading", "split",
    "bath", "president", "police", "opposition", "media", "ministry", "army", "mission", "progress",
    "victoria", "hope", "peace", "justice", "freedom", "parliament", "congress", "senate",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "said", "reuters", "of", "the", "and", "at", "to", "in", "on", "as",
    "university", "airport", "church", "market", "court", "supreme", "general", "governor",
    "minister", "president", "commander", "china town", "aid", "best", "young", "young america",
    "golden", "lincoln", "jackson", "franklin", "mary", "charlotte", "florence", "santa", "san",
    "nation", "security", "council", "assembly", "democrat", "democrats", "republican",
    "republicans", "sun", "time", "times", "post", "star", "globe", "mirror", "guardian",
    "telegraph", "herald", "tribune", "observer", "chronicle", "bulletin", "monitor", "we", "most",
    "many", "more", "after", "before", "so", "no", "bar", "also", "even", "over", "under",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", NULL
};

static int in_list(const char *const *list, const herald_token *t)
{
    for (size_t i = 0; list[i]; i++)
        if (hr_tok_is(t, list[i])) return 1;
    return 0;
}

static int key_in_list(const char *const *list, const char *k, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && memcmp(list[i], k, n) == 0) return 1;
    return 0;
}

static int upper(const herald_doc *doc, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    return t->kind == HERALD_TOK_WORD && hr_tok_first(doc, t) == HR_C_UPPER;
}

static int month_or_day(const herald_token *t)
{
    static const char *const names[] = {
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", NULL
    };
    size_t n = t->norm_len;
    for (size_t i = 0; names[i]; i++)
        if (strlen(names[i]) == n && memcmp(t->norm, names[i], n) == 0) return 1;
    return n > 1 && t->norm[n - 1] == '.' && n - 1 <= 4 &&
           (memcmp(t->norm, "jan", 3) == 0 || memcmp(t->norm, "feb", 3) == 0 ||
            memcmp(t->norm, "aug", 3) == 0 || memcmp(t->norm, "sep", 3) == 0 ||
            memcmp(t->norm, "oct", 3) == 0 || memcmp(t->norm, "nov", 3) == 0 ||
            memcmp(t->norm, "dec", 3) == 0);
}

/* Whether token k is written in capitals and periods only ("ICO",
 * "U.S."), in a sentence that is not all capitals. */
static int acronym(const herald_doc *doc, const herald_sentence *sen, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    int lower = 0;
    for (uint32_t i = sen->start; i < sen->end && !lower; i++)
        lower = doc->article.text[i] >= 'a' && doc->article.text[i] <= 'z';
    if (!lower) return 0;           /* a headline in capitals */
    const char *s = doc->article.text + t->start;
    size_t n = t->end - t->start, letters = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] >= 'A' && s[i] <= 'Z') letters++;
        else if (s[i] != '.') return 0;
    }
    return letters >= 2 && letters <= 5;
}

/* The key of tokens [k, k+n), or 0 when they cannot be one name. */
static size_t span_key(const herald_doc *doc, size_t k, size_t n, char *key, size_t cap)
{
    char joined[512];
    size_t o = 0;
    for (size_t i = k; i < k + n; i++) {
        const herald_token *t = &doc->tokens[i];
        if (t->kind == HERALD_TOK_PUNCT) {
            /* only the glue of a name: hyphens, apostrophes, periods */
            if (t->norm_len != 1 || !strchr("-'.", t->norm[0])) return 0;
        } else if (t->kind != HERALD_TOK_WORD) {
            return 0;
        }
        if (o + t->norm_len + 1 >= sizeof joined) return 0;
        if (o) joined[o++] = ' ';
        memcpy(joined + o, t->norm, t->norm_len);
        o += t->norm_len;
    }
    size_t kn = hr_geo_key(joined, o, key, cap);
    return kn == (size_t)-1 ? 0 : kn;
}

/* Each token's actor mention (index + 1, 0 for none), built once per
 * document so that the questions below cost nothing per token. */
static uint32_t *actor_index(herald_doc *doc)
{
    uint32_t *idx = hr_arena_alloc(&doc->arena, (doc->token_count + 1) * sizeof *idx);
    if (!idx) return NULL;
    memset(idx, 0, (doc->token_count + 1) * sizeof *idx);
    for (size_t i = doc->actor_count; i-- > 0;) {    /* the first mention wins */
        const herald_actor *a = &doc->actors[i];
        for (uint32_t k = a->first_token; k < a->first_token + a->token_count && k < doc->token_count; k++)
            idx[k] = (uint32_t)i + 1;
    }
    return idx;
}

/* The actor mention covering token k, or NULL. */
static const herald_actor *actor_at(const herald_doc *doc, const uint32_t *idx, size_t k)
{
    return idx[k] ? &doc->actors[idx[k] - 1] : NULL;
}

/* Whether token k is part of a hyphenated modifier ("insurgency-hit",
 * "Serb-held", "war-torn"): a hyphen, a word glued to one, or a word
 * with one inside whose last part is lower-case. */
static int hyphenated(const herald_doc *doc, size_t k)
{
    const herald_token *t = &doc->tokens[k];
    if (t->kind == HERALD_TOK_PUNCT) return t->norm_len == 1 && t->norm[0] == '-';
    const char *dash = memchr(t->norm, '-', t->norm_len);
    if (dash) {
        const char *raw = doc->article.text + t->start + (dash - t->norm) + 1;
        return dash + 1 < t->norm + t->norm_len && *raw >= 'a' && *raw <= 'z';
    }
    int before = k > 0 && doc->tokens[k - 1].kind == HERALD_TOK_PUNCT &&
                 doc->tokens[k - 1].end == t->start && hr_tok_is(&doc->tokens[k - 1], "-");
    int after = k + 1 < doc->token_count && doc->tokens[k + 1].start == t->end &&
                hr_tok_is(&doc->tokens[k + 1], "-");
    return (before && hr_tok_first(doc, t) == HR_C_LOWER) || after;
}

/* The cue before token k (skipping BETWEEN words and hyphenated
 * modifiers), or NULL. */
static const char *cue_before(const herald_doc *doc, size_t begin, size_t k)
{
    for (size_t back = 0; back < 5 && k > begin; back++) {
        const herald_token *t = &doc->tokens[--k];
        for (size_t i = 0; CUES[i]; i++)
            if (hr_tok_is(t, CUES[i])) return CUES[i];
        if (!in_list(BETWEEN, t) && !hyphenated(doc, k)) return NULL;
    }
    return NULL;
}

static int add_mention(herald_doc *doc, mention **ms, size_t *n, size_t *cap, const mention *m)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        mention *grown = hr_arena_alloc(&doc->arena, nc * sizeof *grown);
        if (!grown) return HERALD_ENOMEM;
        if (*n) memcpy(grown, *ms, *n * sizeof *grown);
        *ms = grown;
        *cap = nc;
    }
    (*ms)[(*n)++] = *m;
    return 0;
}

/* Whether tokens [k, last) stand in "NAME and PERSON" or "PERSON and
 * NAME", a person the actor stage found. */
static int beside_person(const herald_doc *doc, const uint32_t *who, size_t begin, size_t end,
                         size_t k, size_t last)
{
    const herald_actor *a = NULL;
    if (last + 1 < end && hr_tok_is(&doc->tokens[last], "and")) a = actor_at(doc, who, last + 1);
    if (a && a->kind == HERALD_ACTOR_PERSON) return 1;
    a = NULL;
    if (k >= begin + 2 && hr_tok_is(&doc->tokens[k - 1], "and")) a = actor_at(doc, who, k - 2);
    return a && a->kind == HERALD_ACTOR_PERSON;
}

static int find_mentions(herald_doc *doc, const hr_geo_data *g, mention **ms, size_t *n,
                         size_t *cap)
{
    const uint32_t *who = actor_index(doc);
    if (!who) return HERALD_ENOMEM;
    for (size_t s = 0; s < doc->sentence_count; s++) {
        const herald_sentence *sen = &doc->sentences[s];
        if (sen->kind != HERALD_SENTENCE && sen->kind != HERALD_DATELINE) continue;
        size_t begin = sen->first_token, end = begin + sen->token_count;
        for (size_t k = begin; k < end;) {
            if (!upper(doc, k)) { k++; continue; }
            mention m = { 0 };
            char first[512];
            size_t fn = span_key(doc, k, 1, first, sizeof first);
            int maybe = fn && hr_geo_has_prefix(g, first, fn);
            for (size_t w = maybe ? (end - k < MAX_WORDS ? end - k : MAX_WORDS) : 0; w >= 1; w--) {
                /* "Deir el-Zour", "Line of Control": inner words may be
                 * lower-case, the last one only in a name of 2+ words */
                if (w == 1 ? !upper(doc, k) : doc->tokens[k + w - 1].kind != HERALD_TOK_WORD) continue;
                char key[512];
                size_t kn = span_key(doc, k, w, key, sizeof key);
                if (kn < 2) continue;
                size_t nc;
                const uint32_t *c = hr_geo_lookup(g, key, kn, &nc);
                if (!c || key_in_list(GENERIC, key, kn)) continue;
                m = (mention){ .sentence = (uint32_t)s, .first = (uint32_t)k, .count = (uint32_t)w,
                               .cands = c, .ncands = nc };
                break;
            }
            if (m.ncands && sen->kind == HERALD_SENTENCE && m.count == 1 && acronym(doc, sen, k)) {
                /* "ICO", "GAO": an acronym is a place only as a country or
                 * region ("UK", "DRC") */
                int wide = 0;
                for (size_t c = 0; c < m.ncands && !wide; c++)
                    wide = g->places[m.cands[c]].kind == HR_GEO_COUNTRY ||
                           g->places[m.cands[c]].kind == HR_GEO_REGION;
                if (!wide) { k++; continue; }
            }
            if (!m.ncands) {
                const herald_actor *a = actor_at(doc, who, k);
                const uint32_t *slot = a && k + 1 < end && in_list(COUNTRY_NOUNS, &doc->tokens[k + 1])
                                           ? hr_geo_country_slot(g, a->code) : NULL;
                if (slot) {
                    m = (mention){ .sentence = (uint32_t)s, .first = (uint32_t)k, .count = 1,
                                   .cands = slot, .ncands = 1, .adjective = 1 };
                    m.cue = cue_before(doc, begin, k);
                    if (add_mention(doc, ms, n, cap, &m)) return HERALD_ENOMEM;
                }
                k++;
                continue;
            }
            size_t last = k + m.count;          /* the token after */
            int keep = 1;
            /* Part of a longer proper name: capitalised words around it. */
            if (last < end && upper(doc, last) && !month_or_day(&doc->tokens[last]) &&
                !in_list(KIND_WORDS_REGION, &doc->tokens[last]) &&
                !in_list(KIND_WORDS_CITY, &doc->tokens[last]) &&
                !in_list(INSTITUTIONS, &doc->tokens[last]))
                keep = 0;
            int prev_name = k > begin && upper(doc, k - 1) && !hyphenated(doc, k - 1);
            if (prev_name && sen->kind == HERALD_SENTENCE && !cue_before(doc, begin, k) &&
                k - 1 != begin)
                keep = 0;
            if (prev_name && k - 1 == begin && !in_list(CUES, &doc->tokens[k - 1]) &&
                !in_list(ARTICLES, &doc->tokens[k - 1]))
                keep = 0;
            /* "Bank of America", "Bank of England": part of a name */
            if (k >= begin + 2 && hr_tok_is(&doc->tokens[k - 1], "of") && upper(doc, k - 2) &&
                k - 2 != begin && !in_list(OF_KINDS, &doc->tokens[k - 2]) &&
                !(last < end && in_list(KIND_WORDS_REGION, &doc->tokens[last])))
                keep = 0;
            /* Persons and organisations the actor stage found. */
            const herald_actor *a = actor_at(doc, who, k);
            if (!a && m.count > 1) a = actor_at(doc, who, last - 1);
            if (a) {
                int same = a->first_token == k && a->token_count == m.count;
                if (a->kind == HERALD_ACTOR_PERSON) keep = 0;
                else if (a->kind == HERALD_ACTOR_COMPOSED) {
                    /* a country or city with a role ("Kabul police",
                     * "demonstrators in Hong Kong") */
                    m.as_actor = a->first_token == k;
                } else {
                    /* "Moscow", "Georgia" as actors stay places, and so
                     * does a place that begins an actor of its own
                     * country ("a Santiago court", "Baghdad University");
                     * "NATO" (a town in the Philippines) is the alliance,
                     * and a place inside a longer name is none */
                    const hr_geo_place *c = hr_geo_country(g, a->code);
                    int ours = 0;
                    for (size_t i = 0; c && i < m.ncands && !ours; i++)
                        ours = strcmp(g->places[m.cands[i]].country, c->country) == 0;
                    int within = a->first_token >= k && a->first_token + a->token_count <= last;
                    if (ours && (same || a->first_token == k)) m.as_actor = 1;
                    else if (same || !within) keep = 0;   /* "Taiwan Strait" keeps "Taiwan" */
                }
            }
            if (keep) {
                m.cue = cue_before(doc, begin, k);
                if (last + 1 < end && hr_tok_is(&doc->tokens[last], ","))
                    m.state = us_state_at(doc, last + 1, end);
                /* "Evans said", "Avon also said"; "Reno and Clinton" (a
                 * person beside it): a bare town there is a name */
                size_t verb = last < end && in_list(ADVERBS, &doc->tokens[last]) ? last + 1 : last;
                m.speaks = (verb < end && in_list(SPEECH, &doc->tokens[verb])) ||
                           beside_person(doc, who, begin, end, k, last);
                if (last < end && in_list(KIND_WORDS_REGION, &doc->tokens[last])) m.next_kind = HR_GEO_ADM1;
                else if (last < end && in_list(KIND_WORDS_CITY, &doc->tokens[last])) m.next_kind = HR_GEO_CITY;
                else if (k > begin && in_list(KIND_WORDS_REGION, &doc->tokens[k - 1])) m.next_kind = HR_GEO_ADM1;
                m.the_noun = k > begin && hr_tok_is(&doc->tokens[k - 1], "the") && last < end &&
                             doc->tokens[last].kind == HERALD_TOK_WORD &&
                             hr_tok_first(doc, &doc->tokens[last]) == HR_C_LOWER &&
                             in_list(PLACE_NOUNS, &doc->tokens[last]);
                if (add_mention(doc, ms, n, cap, &m)) return HERALD_ENOMEM;
            }
            k = last;
        }
    }
    return 0;
}

static void context_add(context *cx, const char *cc, int weight)
{
    if (!cc[0]) return;
    for (int i = 0; i < cx->n; i++)
        if (strcmp(cx->cc[i], cc) == 0) { cx->count[i] += weight; return; }
    if (cx->n == MAX_CONTEXT) return;
    memcpy(cx->cc[cx->n], cc, 4);
    cx->count[cx->n++] = weight;
}

static int context_has(const context *cx, const char *cc)
{
    for (int i = 0; i < cx->n; i++)
        if (strcmp(cx->cc[i], cc) == 0) return cx->count[i] > 0 ? cx->count[i] : 0;
    return 0;
}

static void context_add_adm1(context *cx, const char *adm1, int weight)
{
    if (!adm1[0]) return;
    for (int i = 0; i < cx->nadm1; i++)
        if (strcmp(cx->adm1[i], adm1) == 0) { cx->adm1_count[i] += weight; return; }
    if (cx->nadm1 == MAX_CONTEXT) return;
    cx->adm1[cx->nadm1] = adm1;
    cx->adm1_count[cx->nadm1++] = weight;
}

static int context_has_adm1(const context *cx, const char *adm1)
{
    for (int i = 0; i < cx->nadm1; i++)
        if (strcmp(cx->adm1[i], adm1) == 0) return cx->adm1_count[i] > 0;
    return 0;
}

/* Adds (weight 1) or takes back (-1) what a first reading tells of the
 * article: its country, and its subdivision for a town. */
static void context_reading(context *cx, const hr_geo_data *g, const hr_geo_place *p, int weight)
{
    context_add(cx, p->country, weight);
    if (p->kind != HR_GEO_COUNTRY && p->kind != HR_GEO_REGION)
        context_add_adm1(cx, g->pool + p->adm1, weight);
}

/* Whether place q (a country or subdivision) contains place p. */
static int contains(const hr_geo_data *g, const hr_geo_place *q, const hr_geo_place *p)
{
    if (q == p || !q->country[0] || strcmp(q->country, p->country) != 0) return 0;
    if (q->kind == HR_GEO_COUNTRY) return p->kind != HR_GEO_COUNTRY;
    return q->kind == HR_GEO_ADM1 && p->kind != HR_GEO_ADM1 &&
           strcmp(g->pool + q->adm1, g->pool + p->adm1) == 0;
}

/* "Paris, Texas": whether a place of mention q contains p, or (when
 * `inside`) whether p contains a place of mention q. */
static int qualified(const hr_geo_data *g, const mention *q, const hr_geo_place *p, int inside)
{
    size_t n = q->ncands < MAX_CANDS ? q->ncands : MAX_CANDS;
    for (size_t c = 0; c < n; c++) {
        const hr_geo_place *o = &g->places[q->cands[c]];
        if (inside ? contains(g, p, o) : contains(g, o, p)) return 1;
    }
    return 0;
}

static double score(const hr_geo_data *g, const hr_geo_place *p, const mention *m,
                    const mention *all, const context *cx)
{
    double v = log10((double)p->pop + 1.0);
    switch (p->kind) {
    case HR_GEO_COUNTRY: v += 4; break;
    case HR_GEO_REGION: v = (v < 6 ? 6 : v) + 3; break;   /* hand-picked: well known */
    case HR_GEO_ADM1: v -= 1; break;     /* its population sums its cities' */
    case HR_GEO_CAPITAL: v += 1; break;
    default: break;
    }
    if (p->country[0] && context_has(cx, p->country)) v += CONTEXT_BONUS;
    const char *adm1 = g->pool + p->adm1;
    if (adm1[0] && p->kind != HR_GEO_REGION && context_has_adm1(cx, adm1)) v += 3;
    if (m->qualifier && qualified(g, &all[m->qualifier - 1], p, 0)) v += 6;
    if (m->qualifies && qualified(g, &all[m->qualifies - 1], p, 1)) v += 6;
    if (m->state && strcmp(p->country, "USA") == 0 && strcmp(adm1, m->state) == 0) v += 6;
    if (m->next_kind == HR_GEO_ADM1 && (p->kind == HR_GEO_ADM1 || p->kind == HR_GEO_REGION)) v += 4;
    if (m->next_kind == HR_GEO_CITY && (p->kind == HR_GEO_CITY || p->kind == HR_GEO_CAPITAL)) v += 6;
    return v;
}

static int precision_of(int kind)
{
    return kind == HR_GEO_COUNTRY ? HERALD_PLACE_COUNTRY
           : kind == HR_GEO_ADM1 || kind == HR_GEO_REGION ? HERALD_PLACE_REGION
           : HERALD_PLACE_CITY;
}

static void locate(const hr_geo_data *g, const hr_geo_place *p, herald_location *out)
{
    out->name = g->pool + p->name;
    out->country = p->country;
    out->adm1 = g->pool + p->adm1;
    out->kind = hr_geo_kind_name(p->kind);
    out->lat = p->lat / 1e5;
    out->lon = p->lon / 1e5;
    out->population = p->pop;
    out->precision = precision_of(p->kind);
}

/* Whether a resolved mention counts: after a cue, or a well-known
 * place, or a place of a country the article is about; but a bare town
 * before "said" is a surname ("Evans told reporters"). */
static int stands_alone(const hr_geo_place *p, const mention *m, const context *cx)
{
    if (!m->cue && m->speaks && p->kind == HR_GEO_CITY) return 0;
    return m->cue || m->the_noun || m->adjective || m->next_kind || m->qualifier || m->qualifies ||
           m->state ||
           p->kind == HR_GEO_COUNTRY || p->kind == HR_GEO_REGION || p->kind == HR_GEO_ADM1 ||
           p->kind == HR_GEO_CAPITAL || p->pop >= 100000 ||
           (p->country[0] && context_has(cx, p->country) && p->pop >= 20000);
}

/* Ranks the places of mention m, best first, into order[] with scores
 * sc[]; returns how many. */
static size_t rank(const hr_geo_data *g, const mention *m, const mention *all, const context *cx,
                   size_t order[MAX_CANDS], double sc[MAX_CANDS])
{
    size_t nc = m->ncands < MAX_CANDS ? m->ncands : MAX_CANDS;
    for (size_t c = 0; c < nc; c++) {
        sc[c] = score(g, &g->places[m->cands[c]], m, all, cx);
        order[c] = c;
    }
    for (size_t a = 1; a < nc; a++)         /* insertion sort, best first, stable */
        for (size_t b = a; b > 0 && sc[order[b]] > sc[order[b - 1]]; b--) {
            size_t t = order[b]; order[b] = order[b - 1]; order[b - 1] = t;
        }
    return nc;
}

int hr_find_places(herald_doc *doc)
{
    const hr_geo_data *g = &hr_geo_builtin;
    mention *ms = NULL;
    size_t n = 0, cap = 0;
    int rc = find_mentions(doc, g, &ms, &n, &cap);
    if (rc || !n) return rc;

    /* A country's adjective next to a named place only describes it
     * ("Minsk, the Belarusian capital", "the Russian city of Ryazan"). */
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        int near = 0;
        /* mentions are in text order: the neighbours are enough */
        for (size_t j = i > 2 ? i - 2 : 0; j < n && j <= i + 2 && ms[i].adjective && !near; j++)
            near = j != i && !ms[j].adjective && ms[j].sentence == ms[i].sentence &&
                   ms[j].first + ms[j].count + 4 > ms[i].first && ms[i].first + 5 > ms[j].first;
        if (!near) ms[kept++] = ms[i];
    }
    n = kept;
    if (!n) return 0;

    /* "Paris, Texas": a mention right after "X ," qualifies X. */
    for (size_t i = 0; i + 1 < n; i++) {
        const mention *a = &ms[i], *b = &ms[i + 1];
        if (a->sentence == b->sentence && b->first == a->first + a->count + 1 &&
            hr_tok_is(&doc->tokens[a->first + a->count], ",")) {
            ms[i].qualifier = (int)i + 2;
            ms[i + 1].qualifies = (int)i + 1;
        }
    }

    /* Context, first from the actors' countries and the mentions whose
     * places all lie in one country (twice for the dateline). */
    context base = { .n = 0 };
    unsigned char *in_mention = hr_arena_alloc(&doc->arena, doc->token_count + 1);
    if (!in_mention) return HERALD_ENOMEM;
    memset(in_mention, 0, doc->token_count + 1);
    for (size_t i = 0; i < n; i++)
        memset(in_mention + ms[i].first, 1, ms[i].count);
    for (size_t i = 0; i < doc->actor_count; i++) {
        const herald_actor *a = &doc->actors[i];
        const hr_geo_place *c = hr_geo_country(g, a->code);
        /* an actor that is itself a place mention ("Georgia") would
         * vouch for its own reading */
        for (uint32_t k = a->first_token; c && k < a->first_token + a->token_count &&
                                          k < doc->token_count; k++)
            if (in_mention[k]) c = NULL;
        if (c) context_add(&base, c->country, 1);
    }
    for (size_t i = 0; i < n; i++) {
        const mention *m = &ms[i];
        const hr_geo_place *p0 = &g->places[m->cands[0]];
        int same = 1;
        for (size_t c = 1; c < m->ncands && same; c++)
            same = strcmp(g->places[m->cands[c]].country, p0->country) == 0;
        if (same)
            context_add(&base, p0->country,
                        doc->sentences[m->sentence].kind == HERALD_DATELINE ? 2 : 1);
    }
    /* A first resolution of every mention; then each mention is resolved
     * again in the context of the others' first resolutions ("Atlanta"
     * makes "Georgia" the state). */
    const hr_geo_place **first = hr_arena_alloc(&doc->arena, n * sizeof *first);
    if (!first) return HERALD_ENOMEM;
    for (size_t i = 0; i < n; i++) {
        size_t order[MAX_CANDS];
        double sc[MAX_CANDS];
        rank(g, &ms[i], ms, &base, order, sc);
        first[i] = &g->places[ms[i].cands[order[0]]];
    }
    context all = base;
    for (size_t i = 0; i < n; i++) context_reading(&all, g, first[i], 1);
    for (size_t i = 0; i < n; i++) {
        const mention *m = &ms[i];
        context cx = all;                    /* the others' readings, not its own */
        context_reading(&cx, g, first[i], -1);
        size_t order[MAX_CANDS];
        double sc[MAX_CANDS];
        size_t nc = rank(g, m, ms, &cx, order, sc);
        const hr_geo_place *best = &g->places[m->cands[order[0]]];
        if (!stands_alone(best, m, &cx)) continue;
        if (hr_arena_grow(&doc->arena, (void **)&doc->places, &doc->place_cap,
                          doc->place_count + 1, sizeof *doc->places))
            return HERALD_ENOMEM;
        herald_place *pl = &doc->places[doc->place_count++];
        memset(pl, 0, sizeof *pl);
        pl->sentence = m->sentence;
        pl->first_token = m->first;
        pl->token_count = m->count;
        pl->start = doc->tokens[m->first].start;
        pl->end = doc->tokens[m->first + m->count - 1].end;
        pl->cue = m->cue ? m->cue : "";
        pl->as_actor = m->as_actor;
        pl->score = sc[order[0]];
        locate(g, best, &pl->loc);
        if (nc > 1) {
            herald_location *lost = hr_arena_alloc(&doc->arena, (nc - 1) * sizeof *lost);
            double *ls = hr_arena_alloc(&doc->arena, (nc - 1) * sizeof *ls);
            if (!lost || !ls) return HERALD_ENOMEM;
            for (size_t c = 1; c < nc; c++) {
                locate(g, &g->places[m->cands[order[c]]], &lost[c - 1]);
                ls[c - 1] = sc[order[c]];
            }
            pl->lost = lost;
            pl->lost_scores = ls;
            pl->lost_count = (uint32_t)(nc - 1);
        }
    }
    return 0;
}

/* Whether a cue says where for sure ("in Syria") rather than maybe to
 * whom ("aid to Pakistan", "sanctions on Iraq", "criticism of Germany"). */
static int strong_cue(const char *cue)
{
    static const char *const weak[] = { "to", "from", "of", "on", "over", "between", "visit",
                                        "visiting", "visited", NULL };
    if (!cue[0]) return 0;
    for (size_t i = 0; weak[i]; i++)
        if (strcmp(cue, weak[i]) == 0) return 0;
    return 1;
}

/* Whether the span [a, b) overlaps the event side span s. */
static int overlaps(uint32_t a, uint32_t b, const uint32_t s[2])
{
    return s[0] != s[1] && a < s[1] && s[0] < b;
}

/* The index of the first token starting at or after byte `at`. */
static size_t token_at(const herald_doc *doc, uint32_t at)
{
    size_t lo = 0, hi = doc->token_count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (doc->tokens[mid].start < at) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* Whether, among the events [lo, hi) of e's sentence, another actor's
 * event has its verb between e's verb and place p (see below). */
static int place_of_another(const herald_doc *doc, size_t lo, size_t hi, const herald_event *e,
                            const herald_place *p)
{
    for (size_t j = lo; j < hi; j++) {
        const herald_event *o = &doc->events[j];
        if (o->verb_span[0] <= e->verb_span[1] || o->verb_span[1] > p->start ||
            o->source[0] == '-')
            continue;       /* (an event without a known actor keeps no place) */
        /* a verb of the same actor (a coordinated "killed ... and
         * arrested ... in Afghanistan") shares the place */
        int theirs = 1;
        for (size_t q = lo; q < hi && theirs; q++)
            if (doc->events[q].verb_span[0] == o->verb_span[0] &&
                strcmp(doc->events[q].source, e->source) == 0)
                theirs = 0;
        if (theirs) return 1;
    }
    return 0;
}

int hr_place_events(herald_doc *doc)
{
    if (!doc->place_count || !doc->event_count) return 0;
    /* semis[k]: the ";" tokens before token k, to see a clause boundary
     * between a verb and a place at once */
    uint32_t *semis = hr_arena_alloc(&doc->arena, (doc->token_count + 1) * sizeof *semis);
    if (!semis) return HERALD_ENOMEM;
    semis[0] = 0;
    for (size_t k = 0; k < doc->token_count; k++)
        semis[k + 1] = semis[k] + hr_tok_is(&doc->tokens[k], ";");
    /* Events and places both come in sentence order. */
    size_t lo = 0, first_place = 0;
    for (size_t i = 0; i < doc->event_count; i++) {
        herald_event *e = &doc->events[i];
        while (lo < i && doc->events[lo].sentence != e->sentence) lo++;
        size_t hi = i;
        while (hi < doc->event_count && doc->events[hi].sentence == e->sentence) hi++;
        while (first_place < doc->place_count && doc->places[first_place].sentence < e->sentence)
            first_place++;
        size_t verb = token_at(doc, e->verb_span[0]);
        /* a visit's destination is where it happens (CAMEO 042 travel to
         * visit, 043 receive a visit) */
        int visit = strncmp(e->code, "042", 3) == 0 || strncmp(e->code, "043", 3) == 0;
        const herald_place *best = NULL;
        int best_rank = 99;
        uint32_t best_gap = UINT32_MAX;
        for (size_t k = first_place; k < doc->place_count && doc->places[k].sentence == e->sentence;
             k++) {
            const herald_place *p = &doc->places[k];
            /* A country or capital that is one of the event's actors
             * says who, not where ("Turkey attacked Syria", "Moscow
             * warned Kyiv"); a cue makes it a place ("in Moscow"), though
             * a weak one only for visits.  A town or region that is an
             * actor is where ("shelled Stepanakert"). */
            int who = p->loc.precision == HERALD_PLACE_COUNTRY ||
                      strcmp(p->loc.kind, "capital") == 0;
            int on_side = overlaps(p->start, p->end, e->source_span) ||
                          overlaps(p->start, p->end, e->target_span);
            if (who && on_side && !strong_cue(p->cue) && !(visit && p->cue[0])) continue;
            if (who && p->as_actor && !p->cue[0]) continue;
            int rank = p->start >= e->verb_span[1] ? 0 : 1;
            if (!p->loc.country[0]) rank += 2;  /* "the Horn of Africa": a named country first */
            /* After the verb of another actor's event, the place is that
             * event's ("after militants kidnapped a soldier, jets shelled
             * the power plant in Gaza"). */
            if (!rank && place_of_another(doc, lo, hi, e, p)) continue;
            /* never across a clause boundary ";" */
            size_t a = p->first_token < verb ? p->first_token : verb;
            size_t b = p->first_token < verb ? verb : p->first_token;
            if (semis[b] != semis[a]) continue;
            uint32_t gap = p->start >= e->verb_span[1] ? p->start - e->verb_span[1]
                                                       : e->verb_span[0] - p->end;
            if (rank < best_rank || (rank == best_rank && gap < best_gap)) {
                best = p;
                best_rank = rank;
                best_gap = gap;
            }
        }
        if (best) e->location = best->loc;
    }
    return 0;
}

const char *herald_place_precision_name(int p)
{
    static const char *const names[] = { "", "city", "region", "country" };
    return p >= 0 && p <= 3 ? names[p] : "";
}

size_t herald_doc_place_count(const herald_doc *doc)
{
    return doc ? doc->place_count : 0;
}

const herald_place *herald_doc_place(const herald_doc *doc, size_t i)
{
    return doc && i < doc->place_count ? &doc->places[i] : NULL;
}

/* mentions.c - place mentions of the text.
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
 */
#include "mentions.h"
#include "geokey.h"
#include "../actors/actors.h"
#include "../segment/toks.h"

#include <stdlib.h>
#include <string.h>

#define MAX_WORDS 6

/* Whether word w is the n (> 0) bytes at k: most words of a list differ
 * in their first byte, which is all this reads of them. */
static int word_is(const char *w, const char *k, size_t n)
{
    return w[0] == k[0] && strncmp(w, k, n) == 0 && w[n] == '\0';
}

static const char *const CUES[] = {
    "in", "near", "at", "outside", "from", "to", "into", "across", "around", "inside", "within",
    "throughout", "toward", "towards", "through", "of", "on", "along", "via", "between", "over",
    "off", "beyond", "entered", "reached", "visited", "visit", "visiting", "left", "leaving", NULL
};

/* Cues that put an act next to what follows, not inside it. */
static const char *const NEXT_TO[] = { "near", "outside", "at", "around", NULL };

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
        if (word_is(US_STATES[i][0], t->norm, n))
            return US_STATES[i][1];
    return NULL;
}

static const char *const ADVERBS[] = { "also", "later", "earlier", "then", "previously", NULL };

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

/* Names that are places somewhere but words everywhere; sorted (strcmp
 * order, checked by hr_generic_place_words_sorted) for binary search. */
static const char *const GENERIC[] = {
    "after", "aid", "airport", "also", "and", "apr", "april", "army", "as", "assembly", "at",
    "aug", "august", "bar", "bath", "before", "best", "bulletin", "capital", "central",
    "charlotte", "china town", "chronicle", "church", "commander", "congress", "council",
    "court", "dec", "december", "democrat", "democrats", "east", "eastern", "even", "feb",
    "february", "federal", "florence", "franklin", "freedom", "fri", "friday", "general",
    "globe", "golden", "governor", "grand", "greater", "guardian", "herald", "hope", "in",
    "independence", "jackson", "jan", "january", "jul", "july", "jun", "june", "justice",
    "liberty", "lincoln", "lower", "many", "mar", "march", "market", "mary", "may", "media",
    "minister", "ministry", "mirror", "mission", "mobile", "mon", "monday", "monitor", "more",
    "most", "nation", "national", "new", "nice", "no", "north", "northern", "nov", "november",
    "observer", "oct", "october", "of", "on", "opposition", "over", "parliament", "peace",
    "police", "post", "president", "progress", "reading", "republic", "republican",
    "republicans", "reuters", "said", "saint", "san", "santa", "sat", "saturday", "security",
    "senate", "sep", "sept", "september", "so", "south", "southern", "split", "st", "star",
    "sun", "sunday", "supreme", "telegraph", "the", "thu", "thurs", "thursday", "time", "times",
    "to", "tribune", "tue", "tues", "tuesday", "under", "union", "unity", "university", "upper",
    "victoria", "we", "wed", "wednesday", "west", "western", "young", "young america"
};
#define GENERIC_COUNT (sizeof GENERIC / sizeof *GENERIC)

/* A gazetteer key k[0..n) looked for in GENERIC. */
typedef struct span_text { const char *k; size_t n; } span_text;

static int by_key(const void *a, const void *b)
{
    const span_text *x = a;
    const char *w = *(const char *const *)b;
    int c = strncmp(x->k, w, x->n);
    return c ? c : -(w[x->n] != '\0');         /* k a prefix of w: before it */
}

static int generic(const char *k, size_t n)
{
    span_text x = { k, n };
    return bsearch(&x, GENERIC, GENERIC_COUNT, sizeof *GENERIC, by_key) != NULL;
}

int hr_generic_place_words_sorted(void)
{
    for (size_t i = 1; i < GENERIC_COUNT; i++)
        if (strcmp(GENERIC[i - 1], GENERIC[i]) >= 0) return 0;
    return 1;
}

static int key_in_list(const char *const *list, const char *k, size_t n)
{
    for (size_t i = 0; list[i]; i++)
        if (word_is(list[i], k, n)) return 1;
    return 0;
}

static int next_to(const char *cue)
{
    return cue && key_in_list(NEXT_TO, cue, strlen(cue));
}

static inline int upper(const herald_doc *doc, size_t k)
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
    if (key_in_list(names, t->norm, n)) return 1;
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

/* Puts token t's words on the key of a name (geokey.h): *o bytes of
 * key so far, *joined bytes of the words with their spaces.  The key of
 * more words only adds words to the key of fewer, since words are
 * joined by a space, a separator.  Returns 0 for a token that is no word
 * nor the glue of a name (a hyphen, apostrophe or period), or where the
 * words grow longer than the buffers. */
#define KEY_CAP 512
static int extend_key(const herald_token *t, char *key, size_t *o, size_t *joined)
{
    if (t->kind == HERALD_TOK_PUNCT) {
        if (t->norm_len != 1 || !strchr("-'.", t->norm[0])) return 0;
    } else if (t->kind != HERALD_TOK_WORD) {
        return 0;
    }
    if (*joined + t->norm_len + 1 >= KEY_CAP) return 0;
    *joined += (*joined > 0) + t->norm_len;
    size_t gap = *o > 0, piece = hr_geo_key(t->norm, t->norm_len, key + *o + gap, KEY_CAP - *o - gap);
    if (piece) {
        if (gap) key[*o] = ' ';
        *o += gap + piece;
    }
    return 1;
}

/* The most words a place name that starts at token k may have (up to
 * `most`): a name grows a word at a time, and none goes on once no key
 * of the gazetteer begins with the words so far.  The key of w words is
 * left in key[0..len[w - 1]), and the name found beginning with it in
 * names[w - 1] (hr_geo_named() tells what it names without a second
 * probe). */
static size_t name_words(const herald_doc *doc, const hr_geo_data *g, size_t k, size_t most,
                         char *key, size_t *len, const hr_geo_name **names)
{
    size_t w = 0, o = 0, joined = 0;
    while (w < most && extend_key(&doc->tokens[k + w], key, &o, &joined) &&
           (names[w] = hr_geo_key_beginning(g, key, o)) != NULL)
        len[w++] = o;
    return w;
}

/* Whether one of the mention's places lies in the actor's country. */
static int of_actors_country(const hr_geo_data *g, const hr_mention *m, const herald_actor *a)
{
    const hr_geo_place *c = hr_geo_country(g, a->code);
    for (size_t i = 0; c && i < m->ncands; i++)
        if (strcmp(g->places[m->cands[i]].country, c->country) == 0) return 1;
    return 0;
}

/* Whether the one-word mention m begins actor a of a country where none
 * of m's places lies: a nationality adjective ("Somali" of SOMREB) that
 * is also a region's name elsewhere (Ethiopia's Somali region). */
static int another_countrys_adjective(const hr_geo_data *g, const hr_mention *m,
                                      const herald_actor *a)
{
    return m->count == 1 && a->first_token == m->first && a->kind != HERALD_ACTOR_PERSON &&
           hr_geo_country(g, a->code) && !of_actors_country(g, m, a);
}

/* Whether one of the mention's places is a country. */
static int names_country(const hr_geo_data *g, const hr_mention *m)
{
    for (size_t i = 0; i < m->ncands; i++)
        if (g->places[m->cands[i]].kind == HR_GEO_COUNTRY) return 1;
    return 0;
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

/* Verbs of leaving whose "for" names a destination ("left for Delhi"). */
static const char *const DEPARTURES[] = { "left", "leave", "leaves", "leaving", "departed",
                                          "departs", "departing", NULL };

/* The cue before token k (skipping BETWEEN words and hyphenated
 * modifiers), or NULL.  "left for" is read as "to", a destination. */
static const char *cue_before(const herald_doc *doc, size_t begin, size_t k)
{
    for (size_t back = 0; back < 5 && k > begin; back++) {
        const herald_token *t = &doc->tokens[--k];
        if (hr_tok_is(t, "for") && k > begin && hr_tok_in(t - 1, DEPARTURES)) return "to";
        /* cues and the words between are words: a mark is neither */
        int word = t->kind == HERALD_TOK_WORD;
        const char *cue = word ? hr_tok_which(t, CUES) : NULL;
        if (cue) return cue;
        if (!(word && hr_tok_in(t, BETWEEN)) && !hyphenated(doc, k)) return NULL;
    }
    return NULL;
}

static int add_mention(herald_doc *doc, hr_mention **ms, size_t *n, size_t *cap, const hr_mention *m)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        hr_mention *grown = hr_arena_alloc(&doc->arena, nc * sizeof *grown);
        if (!grown) return HERALD_ENOMEM;
        if (*n) memcpy(grown, *ms, *n * sizeof *grown);
        *ms = grown;
        *cap = nc;
    }
    (*ms)[(*n)++] = *m;
    return 0;
}

/* Adds actor a's country as a place when token k, its adjective, stands
 * before a place noun ("off the Iranian coast", "a Somali township"). */
static int add_adjective(herald_doc *doc, const hr_geo_data *g, const herald_actor *a, size_t s,
                         size_t k, hr_mention **ms, size_t *n, size_t *cap)
{
    const herald_sentence *sen = &doc->sentences[s];
    size_t begin = sen->first_token, end = begin + sen->token_count;
    const uint32_t *slot = a && k + 1 < end && hr_tok_in(&doc->tokens[k + 1], COUNTRY_NOUNS)
                               ? hr_geo_country_slot(g, a->code) : NULL;
    if (!slot) return 0;
    hr_mention m = { .sentence = (uint32_t)s, .first = (uint32_t)k, .count = 1, .cands = slot,
                     .ncands = 1, .adjective = 1 };
    m.cue = cue_before(doc, begin, k);
    return add_mention(doc, ms, n, cap, &m);
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

int hr_find_mentions(herald_doc *doc, const hr_geo_data *g, hr_mention **ms, size_t *n,
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
            hr_mention m = { 0 };
            char key[KEY_CAP];
            size_t len[MAX_WORDS];
            const hr_geo_name *names[MAX_WORDS];
            size_t most = name_words(doc, g, k, end - k < MAX_WORDS ? end - k : MAX_WORDS, key, len,
                                     names);
            for (size_t w = most; w >= 1; w--) {
                /* "Deir el-Zour", "Line of Control": inner words may be
                 * lower-case, the last one only in a name of 2+ words */
                if (w == 1 ? !upper(doc, k) : doc->tokens[k + w - 1].kind != HERALD_TOK_WORD) continue;
                size_t kn = len[w - 1];
                if (kn < 2) continue;
                size_t nc;
                const uint32_t *c = hr_geo_named(g, names[w - 1], kn, &nc);
                if (!c || generic(key, kn)) continue;
                m = (hr_mention){ .sentence = (uint32_t)s, .first = (uint32_t)k, .count = (uint32_t)w,
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
                if (add_adjective(doc, g, actor_at(doc, who, k), s, k, ms, n, cap))
                    return HERALD_ENOMEM;
                k++;
                continue;
            }
            size_t last = k + m.count;          /* the token after */
            int keep = 1;
            /* Part of a longer proper name: capitalised words around it. */
            if (last < end && upper(doc, last) && !month_or_day(&doc->tokens[last]) &&
                !hr_tok_in(&doc->tokens[last], KIND_WORDS_REGION) &&
                !hr_tok_in(&doc->tokens[last], KIND_WORDS_CITY) &&
                !hr_tok_in(&doc->tokens[last], INSTITUTIONS))
                keep = 0;
            int prev_name = k > begin && upper(doc, k - 1) && !hyphenated(doc, k - 1);
            if (prev_name && sen->kind == HERALD_SENTENCE && !cue_before(doc, begin, k) &&
                k - 1 != begin)
                keep = 0;
            if (prev_name && k - 1 == begin && !hr_tok_in(&doc->tokens[k - 1], CUES) &&
                !hr_tok_in(&doc->tokens[k - 1], ARTICLES))
                keep = 0;
            /* "U.S. dollars", "Hong Kong dollars": a currency's name */
            if (last < end && hr_is_currency(&doc->tokens[last])) keep = 0;
            /* "Bank of America", "Bank of England": part of a name */
            if (k >= begin + 2 && hr_tok_is(&doc->tokens[k - 1], "of") && upper(doc, k - 2) &&
                k - 2 != begin && !hr_tok_in(&doc->tokens[k - 2], OF_KINDS) &&
                !(last < end && hr_tok_in(&doc->tokens[last], KIND_WORDS_REGION)))
                keep = 0;
            /* Persons and organisations the actor stage found. */
            const herald_actor *a = actor_at(doc, who, k);
            if (!a && m.count > 1) a = actor_at(doc, who, last - 1);
            int whose = 0;
            if (a && another_countrys_adjective(g, &m, a)) {
                /* "Somali rebels", "the Afar government": the word names
                 * the actor's country, not the region of that name
                 * elsewhere; before a place noun ("a Somali township")
                 * it is that country */
                if (add_adjective(doc, g, a, s, k, ms, n, cap)) return HERALD_ENOMEM;
                k = last;
                continue;
            }
            if (a) {
                int same = a->first_token == k && a->token_count == m.count;
                int ours = of_actors_country(g, &m, a);
                /* "Jordan's King Abdullah": a person's mention may begin
                 * with the person's own country, which stays a place. */
                int own_head = a->kind == HERALD_ACTOR_PERSON && ours && a->first_token == k && !same;
                if (a->kind == HERALD_ACTOR_PERSON && !own_head) keep = 0;
                else if (a->kind == HERALD_ACTOR_COMPOSED || own_head) {
                    /* a country or city with a role ("Kabul police",
                     * "demonstrators in Hong Kong") */
                    m.as_actor = a->first_token == k;
                    /* "near U.S. embassies", "outside Israel's embassy":
                     * a country before a role only says whose it is;
                     * a cue of nearness places the institution, which
                     * may stand abroad (but "in Kenya's parliament",
                     * "a visit to China's ministry" are in the country) */
                    whose = m.as_actor && a->kind == HERALD_ACTOR_COMPOSED &&
                            a->token_count > m.count && names_country(g, &m) &&
                            next_to(cue_before(doc, begin, k));
                } else {
                    /* "Moscow", "Georgia" as actors stay places, and so
                     * does a place that begins an actor of its own
                     * country ("a Santiago court", "Baghdad University");
                     * "NATO" (a town in the Philippines) is the alliance,
                     * and a place inside a longer name is none */
                    int within = a->first_token >= k && a->first_token + a->token_count <= last;
                    if (ours && (same || a->first_token == k)) m.as_actor = 1;
                    else if (same || !within) keep = 0;   /* "Taiwan Strait" keeps "Taiwan" */
                }
            }
            if (keep) {
                m.cue = whose ? NULL : cue_before(doc, begin, k);
                if (last + 1 < end && hr_tok_is(&doc->tokens[last], ","))
                    m.state = us_state_at(doc, last + 1, end);
                /* "Evans said", "Avon also said"; "Reno and Clinton" (a
                 * person beside it): a bare town there is a name */
                size_t verb = last < end && hr_tok_in(&doc->tokens[last], ADVERBS) ? last + 1 : last;
                m.speaks = (verb < end && hr_tok_says(&doc->tokens[verb])) ||
                           beside_person(doc, who, begin, end, k, last);
                if (last < end && hr_tok_in(&doc->tokens[last], KIND_WORDS_REGION)) m.next_kind = HR_GEO_ADM1;
                else if (last < end && hr_tok_in(&doc->tokens[last], KIND_WORDS_CITY)) m.next_kind = HR_GEO_CITY;
                else if (k > begin && hr_tok_in(&doc->tokens[k - 1], KIND_WORDS_REGION)) m.next_kind = HR_GEO_ADM1;
                m.the_noun = k > begin && hr_tok_is(&doc->tokens[k - 1], "the") && last < end &&
                             doc->tokens[last].kind == HERALD_TOK_WORD &&
                             hr_tok_first(doc, &doc->tokens[last]) == HR_C_LOWER &&
                             hr_tok_in(&doc->tokens[last], PLACE_NOUNS);
                if (add_mention(doc, ms, n, cap, &m)) return HERALD_ENOMEM;
            }
            k = last;
        }
    }
    return 0;
}

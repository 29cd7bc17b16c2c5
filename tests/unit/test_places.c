/* Unit tests of the place stage: the gazetteer and its keys, ambiguity
 * resolved by context, the clause's place of an event, disputed regions,
 * names that are no places, and the location in every output format. */
#include "harness.h"
#include "herald.h"
#include "../../src/where/gazetteer.h"
#include "../../src/where/geokey.h"
#include "../../src/where/mentions.h"

#include <stdio.h>
#include <string.h>

static herald_ctx *shared_ctx(void)
{
    herald_ctx *ctx = herald_ctx_new(NULL, NULL);
    CHECK(ctx != NULL);
    return ctx;
}

/* "TEXT=NAME/COUNTRY/precision;" for every place mention of `text`. */
static void mentions(herald_ctx *ctx, const char *text, char *out, size_t cap)
{
    herald_article a = { .id = "t", .text = text, .text_len = strlen(text), .date = "2023-06-01" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    out[0] = '\0';
    if (!doc || herald_doc_code(doc, NULL) != 0) { herald_doc_free(doc); return; }
    size_t o = 0;
    for (size_t i = 0; i < herald_doc_place_count(doc); i++) {
        const herald_place *p = herald_doc_place(doc, i);
        int n = snprintf(out + o, cap - o, "%.*s=%s/%s/%s;", (int)(p->end - p->start),
                         text + p->start, p->loc.name, p->loc.country,
                         herald_place_precision_name(p->loc.precision));
        if (n < 0 || (size_t)n >= cap - o) break;
        o += (size_t)n;
    }
    herald_doc_free(doc);
}

/* "CODE@NAME/COUNTRY;" (or "CODE@-;") for every event of `text`. */
static void event_places(herald_ctx *ctx, const char *text, char *out, size_t cap)
{
    herald_article a = { .id = "t", .text = text, .text_len = strlen(text), .date = "2023-06-01" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    out[0] = '\0';
    if (!doc || herald_doc_code(doc, NULL) != 0) { herald_doc_free(doc); return; }
    size_t o = 0;
    for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
        const herald_event *e = herald_doc_event(doc, i);
        int n = e->location.name
                    ? snprintf(out + o, cap - o, "%s@%s/%s;", e->code, e->location.name,
                               e->location.country)
                    : snprintf(out + o, cap - o, "%s@-;", e->code);
        if (n < 0 || (size_t)n >= cap - o) break;
        o += (size_t)n;
    }
    herald_doc_free(doc);
}

void test_gazetteer_keys_and_lookup(void)
{
    char k[64];
    size_t n = hr_geo_key("nagorno-karabakh", 16, k, sizeof k);
    CHECK(n == 16 && memcmp(k, "nagorno karabakh", 16) == 0);
    n = hr_geo_key("mek'ele", 7, k, sizeof k);
    CHECK(n == 6 && memcmp(k, "mekele", 6) == 0);
    n = hr_geo_key("ts\xE2\x80\x99khinvali", 13, k, sizeof k);     /* Ts’khinvali */
    CHECK(n == 10 && memcmp(k, "tskhinvali", 10) == 0);
    n = hr_geo_key("st . petersburg", 15, k, sizeof k);
    CHECK(n == 13 && memcmp(k, "st petersburg", 13) == 0);
    CHECK(hr_geo_key("a very long name", 16, k, 4) == (size_t)-1);
    /* leading punctuation, capitals (geoc's input) and a key that just fits */
    n = hr_geo_key("--Al-Qaeda", 10, k, 8);
    CHECK(n == 8 && memcmp(k, "al qaeda", 8) == 0);

    const hr_geo_data *g = &hr_geo_builtin;
    CHECK(g->place_count > 90000 && g->key_count > 90000);
    size_t count;
    const uint32_t *c = hr_geo_lookup(g, "paris", 5, &count);
    CHECK(c && count >= 5);
    /* most populous first: the French capital */
    CHECK(c && strcmp(g->places[c[0]].country, "FRA") == 0);
    c = hr_geo_lookup(g, "tartus", 6, &count);       /* from GeoNames' "Ţarţūs" */
    CHECK(c && count >= 1 && strcmp(g->places[c[0]].country, "SYR") == 0);
    CHECK(hr_geo_lookup(g, "no such place anywhere", 22, &count) == NULL && count == 0);
    /* a key that longer keys begin with ("new york city") is found too */
    CHECK(hr_geo_lookup(g, "new york", 8, &count) && count >= 1);
    CHECK(hr_geo_lookup(g, "new york city", 13, &count) && count >= 1);
    CHECK(hr_geo_lookup(g, "new yo", 6, &count) == NULL && count == 0);
    /* the name a prefix probe found tells what the words name, as a lookup does */
    size_t named_count;
    const uint32_t *named = hr_geo_named(g, hr_geo_key_beginning(g, "new york", 8), 8, &named_count);
    c = hr_geo_lookup(g, "new york", 8, &count);
    CHECK(named && named == c && named_count == count);
    CHECK(hr_geo_named(g, hr_geo_key_beginning(g, "new", 3), 3, &count) == hr_geo_lookup(g, "new", 3, &named_count));
    CHECK(hr_geo_named(g, NULL, 3, &count) == NULL && count == 0);
    /* The prefix index: a key's leading words, whole words only. */
    CHECK(hr_geo_has_prefix(g, "new", 3) && hr_geo_has_prefix(g, "new york", 8));
    CHECK(hr_geo_has_prefix(g, "nagorno karabakh", 16));
    CHECK(!hr_geo_has_prefix(g, "new yo", 6) && !hr_geo_has_prefix(g, "nagorno k", 9));
    CHECK(!hr_geo_has_prefix(g, "no such place", 13) && !hr_geo_has_prefix(g, "", 0));
    const hr_geo_place *syr = hr_geo_country(g, "SYRGOV");
    CHECK(syr && syr->kind == HR_GEO_COUNTRY && strcmp(g->pool + syr->name, "Syria") == 0);
    CHECK(hr_geo_country(g, "IGO") == NULL && hr_geo_country(g, "---") == NULL);
    CHECK(hr_geo_country(g, "syr") == NULL && hr_geo_country(g, "SY") == NULL);
    /* the country index finds every country by its code */
    size_t indexed = 0;
    for (size_t i = 0; i < g->country_count; i++)
        indexed += hr_geo_country_slot(g, g->places[g->countries[i]].country) == &g->countries[i];
    CHECK(indexed == g->country_count && indexed > 200);
    CHECK(hr_geo_country(g, "KSVGOV") && strcmp(hr_geo_country(g, "KSVGOV")->country, "XKX") == 0);
    CHECK(hr_geo_bytes(g) < (size_t)100 << 20);
}

void test_places_ambiguity(void)
{
    herald_ctx *ctx = shared_ctx();
    char got[1024];
    /* Population alone: Paris is the French capital. */
    mentions(ctx, "Police arrested three men in Paris.", got, sizeof got);
    CHECK_STR(got, "Paris=Paris/FRA/city;");
    /* An article about Texas: its Paris. */
    mentions(ctx, "Tornadoes struck Texas. Roads were closed in Paris.", got, sizeof got);
    CHECK_STR(got, "Texas=Texas/USA/region;Paris=Paris/USA/city;");
    /* Qualified in place. */
    mentions(ctx, "The rally was held in Paris, Texas.", got, sizeof got);
    CHECK_STR(got, "Paris=Paris/USA/city;Texas=Texas/USA/region;");
    /* Georgia: the country by default and next to Tbilisi ... */
    mentions(ctx, "Russia accused Georgia of provocations.", got, sizeof got);
    CHECK_STR(got, "Russia=Russia/RUS/country;Georgia=Georgia/GEO/country;");
    mentions(ctx, "Protesters marched in Tbilisi. Georgia's parliament met.", got, sizeof got);
    CHECK_STR(got, "Tbilisi=Tbilisi/GEO/city;Georgia=Georgia/GEO/country;");
    /* ... the US state next to Atlanta, or when qualified. */
    mentions(ctx, "Voters queued in Atlanta. Georgia certified the results.", got, sizeof got);
    CHECK_STR(got, "Atlanta=Atlanta/USA/city;Georgia=Georgia/USA/region;");
    mentions(ctx, "He spoke in Savannah, Georgia.", got, sizeof got);
    CHECK_STR(got, "Savannah=Savannah/USA/city;Georgia=Georgia/USA/region;");
    /* News abbreviations of US states qualify a town ("Charleston,
     * W.Va." is not the larger Charleston of South Carolina). */
    {
        const char *text = "Officials met in Charleston, W.Va., and in Paris, Tenn.";
        herald_article a = { .id = "t", .text = text, .text_len = strlen(text) };
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        CHECK(doc && herald_doc_code(doc, NULL) == 0);
        const herald_place *p0 = herald_doc_place(doc, 0), *p1 = herald_doc_place(doc, 1);
        CHECK(p0 && strcmp(p0->loc.adm1, "West Virginia") == 0);
        CHECK(p1 && strcmp(p1->loc.country, "USA") == 0 && strcmp(p1->loc.adm1, "Tennessee") == 0);
        herald_doc_free(doc);
    }
    /* Actors' countries: Libyan forces in Tripoli are in Libya, the
     * Lebanese army's Tripoli is in Lebanon. */
    mentions(ctx, "Libyan forces clashed in Tripoli.", got, sizeof got);
    CHECK_STR(got, "Tripoli=Tripoli/LBY/city;");
    mentions(ctx, "The Lebanese army deployed in Tripoli.", got, sizeof got);
    CHECK_STR(got, "Tripoli=Tripoli/LBN/city;");
    /* The dateline is context too. */
    mentions(ctx, "TRIPOLI, Lebanon (Reuters) - Gunmen opened fire in Tripoli on Friday.",
             got, sizeof got);
    CHECK(strstr(got, "Tripoli=Tripoli/LBN/city;") != NULL);
    CHECK(strstr(got, "LBY") == NULL);
    herald_ctx_free(ctx);
}

void test_places_clause(void)
{
    herald_ctx *ctx = shared_ctx();
    char got[1024];
    /* The action's place, not the speaker's. */
    event_places(ctx, "In Moscow, the Russian Foreign Ministry condemned the shelling of Tartus "
                      "by Israeli jets.", got, sizeof got);
    CHECK(strstr(got, "@Tartus/SYR;") != NULL);
    CHECK(strstr(got, "Moscow") == NULL);
    /* A place before the verb when none follows it. */
    event_places(ctx, "In Geneva, Iran met European Union envoys.", got, sizeof got);
    CHECK(strstr(got, "@Geneva/CHE;") != NULL);
    /* Names that are the event's actors say who, not where. */
    event_places(ctx, "Turkey attacked Syria.", got, sizeof got);
    CHECK_STR(got, "190@-;");
    /* ... unless a cue makes them places. */
    event_places(ctx, "Turkish jets attacked Kurdish fighters in Syria.", got, sizeof got);
    CHECK(strstr(got, "@Syria/SYR;") != NULL);
    /* Each event its own clause's place. */
    event_places(ctx, "Russia attacked Ukraine near Bakhmut; Israel attacked Hamas in Gaza.",
                 got, sizeof got);
    CHECK(strstr(got, "@Bakhmut/UKR;") != NULL && strstr(got, "@Gaza/PSE;") != NULL);
    /* No place in the sentence: no location, even with one elsewhere. */
    event_places(ctx, "Fighting raged in Aleppo. Turkey condemned Syria.", got, sizeof got);
    CHECK_STR(got, "111@-;");
    herald_ctx_free(ctx);
}

void test_places_disputed_regions(void)
{
    herald_ctx *ctx = shared_ctx();
    char got[1024];
    mentions(ctx, "Shelling continued in the Donbas and in Crimea.", got, sizeof got);
    CHECK_STR(got, "Donbas=Donbas/UKR/region;Crimea=Crimea/UKR/region;");
    mentions(ctx, "Troops exchanged fire on the Line of Control.", got, sizeof got);
    CHECK_STR(got, "Line of Control=Line of Control/IND/region;");
    mentions(ctx, "Fighting resumed in Nagorno-Karabakh.", got, sizeof got);
    CHECK_STR(got, "Nagorno-Karabakh=Nagorno-Karabakh/AZE/region;");
    /* A region across countries has no country. */
    mentions(ctx, "Militants have spread across the Sahel.", got, sizeof got);
    CHECK_STR(got, "Sahel=Sahel//region;");
    mentions(ctx, "Aid reached Gaza and the West Bank.", got, sizeof got);
    CHECK_STR(got, "Gaza=Gaza/PSE/region;West Bank=West Bank/PSE/region;");
    /* "the Idlib province" asks for the province, "Idlib city" the city. */
    mentions(ctx, "Jets struck the Idlib province.", got, sizeof got);
    CHECK(strstr(got, "/SYR/region;") != NULL);
    mentions(ctx, "Jets struck near Idlib city.", got, sizeof got);
    CHECK_STR(got, "Idlib=Idlib/SYR/city;");
    herald_ctx_free(ctx);
}

void test_places_non_places(void)
{
    herald_ctx *ctx = shared_ctx();
    char got[1024];
    static const char *const texts[] = {
        "Paris Hilton attended the ceremony.",
        "The Washington Post reported the talks had stalled.",
        "The Geneva Conventions protect prisoners of war.",
        "Israeli Prime Minister Benjamin Netanyahu spoke on Monday.",
        "Kenyan and Tanzanian officials met on Friday.",
        "Police said the suspects fled.",
        "March was the deadliest month.",
        "NATO troops arrived.",
        "Canadian police charged a driver.",
        "The Tribune said the Victoria Airport reopened.",
        "Young America marched on Wednesday.",
    };
    CHECK(hr_generic_place_words_sorted());
    for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
        mentions(ctx, texts[i], got, sizeof got);
        if (got[0]) ht_fail(__FILE__, __LINE__, "\"%s\" gave places %s", texts[i], got);
    }
    /* The losers are kept, best first. */
    const char *text = "Gunmen attacked a bus near Paris.";
    herald_article a = { .id = "t", .text = text, .text_len = strlen(text) };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc && herald_doc_code(doc, NULL) == 0);
    const herald_place *p = herald_doc_place(doc, 0);
    CHECK(p && p->lost_count >= 3 && p->lost_scores[0] <= p->score);
    CHECK(p && p->lost_count && p->lost_scores[p->lost_count - 1] <= p->lost_scores[0]);
    /* "Paris" is also an actor (FRAGOV) of the dictionaries */
    CHECK(p && strcmp(p->cue, "near") == 0 && p->as_actor);
    CHECK(herald_doc_place(doc, 1) == NULL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

void test_places_records(void)
{
    herald_ctx *ctx = shared_ctx();
    const char *text = "Turkish jets attacked Kurdish fighters near Afrin.";
    herald_article a = { .id = "d", .text = text, .text_len = strlen(text), .date = "2023-06-01" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc && herald_doc_code(doc, NULL) == 0);
    const char *out;
    size_t len;
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_JSONL, &out, &len), 0);
    CHECK(strstr(out, ",\"location\":{\"name\":\"Afrin\",\"country\":\"SYR\",\"adm1\":\"Aleppo\","
                      "\"lat\":36.510,\"lon\":36.870,\"precision\":\"city\"},\"negated\"") != NULL);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_CSV, &out, &len), 0);
    CHECK(strstr(out, ",Afrin,SYR,36.510,36.870,city,false,false,") != NULL);
    size_t commas = 0;
    for (const char *p = out; *p; p++) commas += *p == ',';
    CHECK_INT(commas, 28);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_GDELT, &out, &len), 0);
    size_t tabs = 0;
    for (const char *p = out; *p; p++) tabs += *p == '\t';
    CHECK_INT(tabs, 60);                             /* GDELT 2.0: 61 columns */
    CHECK(strstr(out, "\t4\tAfrin\tSYR\tAleppo\t\t36.5100\t36.8700\t\t\t") != NULL);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_PLOVER, &out, &len), 0);
    CHECK(strstr(out, "\"location\":{\"name\":\"Afrin\"") != NULL);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_PLACES, &out, &len), 0);
    CHECK(strstr(out, "\"text\":\"Afrin\",\"start\":44,\"end\":49,\"cue\":\"near\"") != NULL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

void test_places_can_be_skipped(void)
{
    herald_options o = { .no_places = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    const char *text = "Turkish jets attacked Kurdish fighters near Afrin.";
    herald_article a = { .id = "d", .text = text, .text_len = strlen(text) };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc && herald_doc_code(doc, NULL) == 0);
    CHECK_INT(herald_doc_place_count(doc), 0);
    CHECK(herald_doc_event_count(doc) == 1 && herald_doc_event(doc, 0)->location.name == NULL);
    const char *out;
    size_t len;
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_JSONL, &out, &len), 0);
    CHECK(strstr(out, "\"location\":null") != NULL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

/* The part-of-speech tagger: accuracy on hand-tagged news sentences
 * (tests/golden/tags/news.txt), the verb-or-noun decisions the event
 * coder relies on, and the switch that turns it off. */
#include "harness.h"
#include "herald.h"
#include "../../src/tag/grammar.h"
#include "../../src/tag/readings.h"

#include <stdlib.h>

/* Measured 97.0% on the first 335 tokens when they were written, 99.0%
 * on the 199 added later (scored once, after tuning), 97.8% on all 534;
 * 98.3% on those 534 and 98.4% on all 728 after the verb-or-noun fixes
 * that added the last 194.  The floor sits just under that and may only
 * rise. */
#define TAG_ACCURACY_FLOOR_PERMILLE 980

/* Whether a token is glued to the one before in running text. */
static int glued(const char *w)
{
    static const char *const g[] = { "'s", "n't", ",", ".", ";", ":", "?", "!", ")", NULL };
    for (const char *const *p = g; *p; p++)
        if (strcmp(w, *p) == 0) return 1;
    return 0;
}

/* Tags one "word/TAG word/TAG ..." line; adds to *right and *total.
 * Returns 0, or -1 when Herald's tokens differ from the line's. */
static int score_line(herald_ctx *ctx, char *line, int lineno, int *right, int *total)
{
    char *words[256], *tags[256], text[4096];
    int n = 0;
    size_t len = 0;
    for (char *p = line; *p && n < 256;) {
        while (*p == ' ' || *p == '\n') p++;
        if (!*p) break;
        char *w = p;
        while (*p && *p != ' ' && *p != '\n') p++;
        if (*p) *p++ = '\0';
        char *slash = strrchr(w, '/');
        if (!slash) { ht_fail(__FILE__, __LINE__, "news.txt:%d: no /TAG in %s", lineno, w); return -1; }
        *slash = '\0';
        words[n] = w;
        tags[n++] = slash + 1;
        size_t wl = strlen(w);
        if (len + wl + 2 >= sizeof text) return -1;
        if (len && !glued(w)) text[len++] = ' ';
        memcpy(text + len, w, wl);
        len += wl;
    }
    herald_article a = { .id = "t", .text = text, .text_len = len };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc != NULL);
    if (!doc || herald_doc_run(doc, HERALD_STAGE_TAG, NULL) != HERALD_OK) {
        herald_doc_free(doc);
        return -1;
    }
    int rc = 0;
    if (herald_doc_token_count(doc) != (size_t)n) {
        ht_fail(__FILE__, __LINE__, "news.txt:%d: %zu tokens, the line has %d", lineno,
                herald_doc_token_count(doc), n);
        rc = -1;
    }
    for (int i = 0; i < n && !rc; i++) {
        const herald_token *t = herald_doc_token(doc, (size_t)i);
        if (t->end - t->start != strlen(words[i]) || memcmp(text + t->start, words[i], t->end - t->start)) {
            ht_fail(__FILE__, __LINE__, "news.txt:%d: token %d is not %s", lineno, i, words[i]);
            rc = -1;
            break;
        }
        *right += strcmp(herald_tag_name(t->tag), tags[i]) == 0;
        (*total)++;
    }
    herald_doc_free(doc);
    return rc;
}

void test_tagger_accuracy(void)
{
    char path[1024], line[8192];
    snprintf(path, sizeof path, "%s/golden/tags/news.txt", ht_data_dir());
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    if (!f) return;
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    int right = 0, total = 0, lineno = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        if (line[0] == '#' || line[0] == '\n') continue;
        if (score_line(ctx, line, lineno, &right, &total)) break;
    }
    fclose(f);
    herald_ctx_free(ctx);
    CHECK(total >= 300);
    int permille = total ? right * 1000 / total : 0;
    printf("  tagger: %d of %d hand-tagged tokens right (%d.%d%%, floor %d.%d%%)\n", right, total,
           permille / 10, permille % 10, TAG_ACCURACY_FLOOR_PERMILLE / 10,
           TAG_ACCURACY_FLOOR_PERMILLE % 10);
    CHECK(permille >= TAG_ACCURACY_FLOOR_PERMILLE);
}

/* The tags of a text, as "word/TAG word/TAG". */
static void tags_of(herald_ctx *ctx, const char *text, char *out, size_t cap)
{
    herald_article a = { .id = "t", .text = text, .text_len = strlen(text) };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    size_t len = 0;
    out[0] = '\0';
    if (doc && herald_doc_run(doc, HERALD_STAGE_TAG, NULL) == HERALD_OK)
        for (size_t i = 0; i < herald_doc_token_count(doc); i++) {
            const herald_token *t = herald_doc_token(doc, i);
            int w = snprintf(out + len, cap - len, "%s%.*s/%s", i ? " " : "",
                             (int)(t->end - t->start), text + t->start, herald_tag_name(t->tag));
            if (w < 0 || (size_t)w >= cap - len) break;
            len += (size_t)w;
        }
    herald_doc_free(doc);
}

/* Checks the tags of `text` as "word/TAG ..." against `want`. */
#define CHECK_TAGS(ctx, text, want)                                                        \
    do {                                                                                   \
        char got_[1024];                                                                   \
        tags_of((ctx), (text), got_, sizeof got_);                                         \
        CHECK_STR(got_, (want));                                                           \
    } while (0)

void test_tagger_verb_or_noun(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_TAGS(ctx, "The attack on the convoy killed five soldiers.",
               "The/DT attack/NN on/IN the/DT convoy/NN killed/VBD five/CD soldiers/NNS ./.");
    /* "strikes" after a noun is a noun ("air strikes"); a plural name is
     * one body, whose verb agrees with it ("the United States attacks"). */
    CHECK_TAGS(ctx, "Israel will carry out air strikes against the cells.",
               "Israel/NNP will/MD carry/VB out/RP air/NN strikes/NNS against/IN the/DT "
                   "cells/NNS ./.");
    CHECK_TAGS(ctx, "The United States attacks Iraq.",
               "The/DT United/NNP States/NNPS attacks/VBZ Iraq/NNP ./.");
    CHECK_TAGS(ctx, "Rebels will attack the town and they attack at night.",
               "Rebels/NNS will/MD attack/VB the/DT town/NN and/CC they/PRP attack/VBP "
                   "at/IN night/NN ./.");
    CHECK_TAGS(ctx, "An appeal was rejected after the meeting.",
               "An/DT appeal/NN was/VBD rejected/VBN after/IN the/DT meeting/NN ./.");
    CHECK_TAGS(ctx, "Iran has not appealed and is meeting Iraq.",
               "Iran/NNP has/VBZ not/RB appealed/VBN and/CC is/VBZ meeting/VBG Iraq/NNP ./.");
    herald_ctx_free(ctx);
}

/* Past forms that are participles, which only the words on both sides
 * tell: a reduced relative before its clause's own verb, and a past
 * form between a determiner (and adverbs) and its noun.  And the past
 * tenses that look like them but are verbs. */
void test_tagger_participles(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_TAGS(ctx, "Tariffs imposed after the dispute will be lifted.",
               "Tariffs/NNS imposed/VBN after/IN the/DT dispute/NN will/MD be/VB lifted/VBN ./.");
    CHECK_TAGS(ctx, "Soldiers based in the north crossed the river.",
               "Soldiers/NNS based/VBN in/IN the/DT north/NN crossed/VBD the/DT river/NN ./.");
    CHECK_TAGS(ctx, "Ballots collected in the villages last week were counted.",
               "Ballots/NNS collected/VBN in/IN the/DT villages/NNS last/JJ week/NN were/VBD "
                   "counted/VBN ./.");
    CHECK_TAGS(ctx, "The widely admired judge resigned.",
               "The/DT widely/RB admired/VBN judge/NN resigned/VBD ./.");
    /* Verbs: a clause after "after", a clause after a verb of saying,
     * an infinitive's "to", a later past form that may be a participle. */
    CHECK_TAGS(ctx, "Soldiers withdrew after the villagers protested.",
               "Soldiers/NNS withdrew/VBD after/IN the/DT villagers/NNS protested/VBD ./.");
    CHECK_TAGS(ctx, "Officials said on Friday farmers blocked the road.",
               "Officials/NNS said/VBD on/IN Friday/NNP farmers/NNS blocked/VBD the/DT "
                   "road/NN ./.");
    CHECK_TAGS(ctx, "Guards fired on prisoners gathered in the yard.",
               "Guards/NNS fired/VBD on/IN prisoners/NNS gathered/VBD in/IN the/DT yard/NN ./.");
    /* An "-ing" word before the plural subject of a plural verb, or
     * before the object of a verb asking someone to act, describes it;
     * a gerund with its object before a modal, or after a verb taking
     * a gerund, stays a verb. */
    CHECK_TAGS(ctx, "Protesting miners occupied the mine.",
               "Protesting/JJ miners/NNS occupied/VBD the/DT mine/NN ./.");
    CHECK_TAGS(ctx, "Police and striking nurses scuffled.",
               "Police/NNS and/CC striking/JJ nurses/NNS scuffled/VBD ./.");
    CHECK_TAGS(ctx, "The mayor asked demonstrating youths to go home.",
               "The/DT mayor/NN asked/VBD demonstrating/JJ youths/NNS to/TO go/VB home/NN ./.");
    CHECK_TAGS(ctx, "Arming rebels would prolong the war.",
               "Arming/VBG rebels/NNS would/MD prolong/VB the/DT war/NN ./.");
    CHECK_TAGS(ctx, "The navy stopped escorting tankers to the port.",
               "The/DT navy/NN stopped/VBD escorting/VBG tankers/NNS to/TO the/DT port/NN ./.");
    /* After "or" that ends an infinitive's phrase, a word that may be
     * a verb before a determiner or adjective is the second infinitive;
     * a noun before a noun may be a compound and keeps its reading. */
    CHECK_TAGS(ctx, "They told the army to lift the siege or face new sanctions.",
               "They/PRP told/VBD the/DT army/NN to/TO lift/VB the/DT siege/NN or/CC face/VB "
                   "new/JJ sanctions/NNS ./.");
    CHECK_TAGS(ctx, "The donors promised to improve roads and water supplies.",
               "The/DT donors/NNS promised/VBD to/TO improve/VB roads/NNS and/CC water/NN "
                   "supplies/NNS ./.");
    /* A present tense right after a noun that a verb's object starts
     * with is the plural that ends it; after a verb of saying it may be
     * the verb of a clause. */
    CHECK_TAGS(ctx, "The militia made random mass arrests in the valley.",
               "The/DT militia/NN made/VBD random/JJ mass/NN arrests/NNS in/IN the/DT "
                   "valley/NN ./.");
    CHECK_TAGS(ctx, "Officials said army chief resigns today.",
               "Officials/NNS said/VBD army/NN chief/NN resigns/VBZ today/NN ./.");
    herald_ctx_free(ctx);
}

void test_tagger_off(void)
{
    herald_options o = { .no_builtin = 1, .no_tags = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_TAGS(ctx, "Troops attacked.", "Troops/ attacked/ ./");
    CHECK_STR(herald_tag_name(0), "");
    CHECK_STR(herald_tag_name(-3), "");
    CHECK_STR(herald_tag_name(100000), "");
    herald_ctx_free(ctx);
}

/* The coder's use of the tags: a verb form the tagger reads as a noun
 * codes no verbal event ("renewed attacks on", "a visit", "talks"),
 * unless its block is a noun of events. */
static void coded_events(int no_tags, const char *text, char *out, size_t cap)
{
    herald_options o = { .no_builtin = 1, .no_tags = no_tags };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ta.txt",
        "%herald actors\nTurkey => TUR\nSyria => SYR\nGreece => GRC\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("tv.txt",
        "--- ATTACK [190] ---\nATTACK\n--- CONDEMN [122] ---\nCONDEMN\n"
        "--- VISIT [042] ---\nVISIT\n--- IMPORT [061] ---\nIMPORT\n"), NULL), 0);
    herald_article a = { .id = "e", .text = text, .text_len = strlen(text), .date = "2020-01-02" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    size_t len = 0;
    out[0] = '\0';
    if (doc && herald_doc_code(doc, NULL) == HERALD_OK)
        for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
            const herald_event *e = herald_doc_event(doc, i);
            int w = snprintf(out + len, cap - len, "%s%s>%s:%s", i ? " " : "", e->source,
                             e->target, e->code);
            if (w < 0 || (size_t)w >= cap - len) break;
            len += (size_t)w;
        }
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

void test_tagger_in_events(void)
{
    char got[512];
    /* Without tags "attacks" is taken for a verb whose subject is Turkey. */
    coded_events(1, "Turkey condemned renewed attacks on Syria.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:122 TUR>SYR:190");
    coded_events(0, "Turkey condemned renewed attacks on Syria.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:122");
    /* The verb itself still codes. */
    coded_events(0, "Turkey attacks Syria. Greece visits Syria.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:190 GRC>SYR:042");
    coded_events(1, "Turkey hailed Greece after a brief visit to Syria.", got, sizeof got);
    CHECK_STR(got, "GRC>SYR:042");
    coded_events(0, "Turkey hailed Greece after a brief visit to Syria.", got, sizeof got);
    CHECK_STR(got, "");
    /* A participle before a noun, after a preposition or a main verb, is
     * an adjective; after an auxiliary it is the verb. */
    coded_events(1, "Turkey levied a tax on imported rubber from Syria.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:061");
    coded_events(0, "Turkey levied a tax on imported rubber from Syria.", got, sizeof got);
    CHECK_STR(got, "");
    coded_events(0, "Turkey has imported rubber from Syria.", got, sizeof got);
    CHECK_STR(got, "TUR>SYR:061");
}

/* Actors: a role word read as a verb after "to" or a modal names no one. */
static void mentions(const char *text, char *out, size_t cap)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ma.txt",
        "%herald actors\nTurkey => TUR\nTurkish => TUR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("mg.txt",
        "%herald agents\njudge => JUD\nspy => SPY\n"), NULL), 0);
    herald_article a = { .id = "m", .text = text, .text_len = strlen(text), .date = "2020-01-02" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    size_t len = 0;
    out[0] = '\0';
    if (doc && herald_doc_run(doc, HERALD_STAGE_ACTORS, NULL) == HERALD_OK)
        for (size_t i = 0; i < herald_doc_actor_count(doc); i++) {
            const herald_actor *m = herald_doc_actor(doc, i);
            int w = snprintf(out + len, cap - len, "%s%.*s=%s", i ? " " : "",
                             (int)(m->end - m->start), text + m->start, m->code);
            if (w < 0 || (size_t)w >= cap - len) break;
            len += (size_t)w;
        }
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

void test_tagger_in_actors(void)
{
    char got[512];
    mentions("History will judge Turkey harshly.", got, sizeof got);
    CHECK_STR(got, "Turkey=TUR");
    mentions("They used aid convoys to spy.", got, sizeof got);
    CHECK_STR(got, "");
    mentions("A Turkish judge met the spy.", got, sizeof got);
    CHECK_STR(got, "Turkish judge=TURJUD spy=---SPY");
}

/* The Viterbi search asks the second-order weights only for the tags
 * hr_second_order_tag() names: a weight for any other tag would never be
 * applied. */
void test_tagger_second_order_tags(void)
{
    int missed = 0;
    for (int pp = 0; pp < HR_TAG_COUNT; pp++)
        for (int p = 0; p < HR_TAG_COUNT; p++)
            for (int t = 0; t < HR_TAG_COUNT; t++)
                for (int that = 0; that < 2; that++)
                    missed += hr_second_order_weight(pp, p, t, that) != 0 && !hr_second_order_tag(t);
    CHECK_INT(missed, 0);
}

/* Whether ready readings (readings.h) are want[0..n), to the bit. */
static int same_readings(const hr_cand *got, int got_n, const hr_cand *want, int n)
{
    for (int k = 0; k < n && got_n == n; k++)
        if (got[k].tag != want[k].tag || memcmp(&got[k].logp, &want[k].logp, sizeof got[k].logp) != 0)
            return 0;
    return got_n == n;
}

/* Each lexicon word's readings, finished at build time (tools/mkplain),
 * plain and capitalised inside a sentence, are those worked out now, to
 * the bit: the shared lists of hr_taglex_cands hold no other word's. */
void test_tagger_plain_readings(void)
{
    unsigned differ = 0;
    for (unsigned i = 0; i < hr_taglex_count; i++) {
        const hr_lex_entry *e = &hr_taglex_entries[i];
        const char *s = hr_taglex_words + e->word;
        size_t n = strlen(s);
        hr_acc a = { 0 };
        int adverb;
        float known = hr_read_spelling(s, n, e, &a, &adverb);
        hr_cand want[HR_MAX_CANDS], got[HR_MAX_CANDS];
        differ += !same_readings(got, hr_lex_plain(e, got), want, hr_acc_finish(&a, want));
        differ += hr_lex_adverb(e) != adverb;
        int want_n = hr_name_readings(s, n, e, known, &a, 1, 0, 0, want);
        differ += !same_readings(got, hr_lex_inside(e, got), want, want_n);
    }
    CHECK_INT(differ, 0);
    CHECK(hr_taglex_count > 50000);           /* WordNet is there: the loop ran */
}

/* Each inflection of the table (tools/mkplain) has the readings worked
 * out now for a word the lexicon does not hold, to the bit, and is
 * found by its spelling: the tagger reads them in place of working them
 * out. */
void test_tagger_form_readings(void)
{
    unsigned differ = 0, forms = 0;
    for (unsigned h = 0; h <= hr_tagform_mask; h++) {
        unsigned slot = hr_tagform_slots[h];
        if (!slot) continue;
        forms++;
        const char *s = hr_tagform_words + hr_tagform_word[slot - 1];
        size_t n = strlen(s);
        unsigned ready = hr_tagform_ready[slot - 1];
        hr_acc a = { 0 };
        int adverb;
        differ += hr_read_spelling(s, n, NULL, &a, &adverb) <= 0;
        hr_cand want[HR_MAX_CANDS], got[HR_MAX_CANDS];
        differ += !same_readings(got, hr_lex_ready(ready, got), want, hr_acc_finish(&a, want));
        differ += hr_ready_adverb(ready) != adverb;
        differ += hr_taglex_find(s, n) != NULL;
        differ += hr_form_ready(s, n, hr_lex_hash(s, (unsigned)n)) != &hr_tagform_ready[slot - 1];
    }
    CHECK_INT(differ, 0);
    CHECK(forms > 20000);                     /* "attacks", "attacked", ... are there */
    const char *words[] = { "attacks", "attacked", "bombed", "arrests", "condemns", "tries", "gunmen" };
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        CHECK(hr_form_ready(words[i], strlen(words[i]),
                            hr_lex_hash(words[i], (unsigned)strlen(words[i]))) != NULL);
    CHECK(hr_form_ready("attackz", 7, hr_lex_hash("attackz", 7)) == NULL);
}

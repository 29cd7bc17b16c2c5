/* The event stage on small dictionaries written here: sources and
 * targets, patterns, code pairs, groups, passives, negation, modality,
 * discards, and the records written for each format. */
#include "harness.h"
#include "herald.h"
#include "../../src/events/sentence.h"

#include <stdlib.h>
#include <unistd.h>


static herald_ctx *context(int keep_uncertain, int allow_partial)
{
    herald_options o = { .no_builtin = 1, .keep_uncertain = keep_uncertain,
                         .allow_partial = allow_partial };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("a.txt",
        "%herald actors\nTurkey => TUR\nSyria => SYR\nGreece => GRC\nIran => IRN\n"
        "Israel => ISR\nGeneva => CHE\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("g.txt",
        "%herald agents\ntroops => MIL\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("v.txt",
        "--- ATTACK [190] ---\nATTACK\nSHELL {SHELLS SHELLED SHELLING}\n"
        "- * WITH ROCKETS [195]\n"
        "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n- * + IN [044:044]\n"
        "--- VISIT [042:043] ---\nVISIT\n"
        "--- SAY [---] ---\nSAY {SAYS SAID SAYING}\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_DISCARDS, ht_temp_file("d.txt",
        "FOOTBALL\n+HOROSCOPE\n"), NULL), 0);
    return ctx;
}

/* "SRC>TGT:CODE" per event, flags as "!" (negated) and "?" (hypothetical). */
static void events(herald_ctx *ctx, const char *text, char *out, size_t cap)
{
    herald_article a = { .id = "e", .text = text, .text_len = strlen(text), .date = "2020-01-02" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    out[0] = '\0';
    if (doc && herald_doc_code(doc, NULL) == 0) {
        size_t len = 0;
        for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
            const herald_event *e = herald_doc_event(doc, i);
            len += (size_t)snprintf(out + len, cap - len, "%s%s>%s:%s%s%s", i ? " " : "", e->source,
                                    e->target, e->code, e->negated ? "!" : "",
                                    e->hypothetical ? "?" : "");
        }
    }
    herald_doc_free(doc);
}

/* Codes `text` and checks its events, as events() writes them. */
#define CHECK_EVENTS(ctx, text, want) \
    do { \
        char got_[1024]; \
        events(ctx, text, got_, sizeof got_); \
        CHECK_STR(got_, want); \
    } while (0)

void test_events_basic(void)
{
    herald_ctx *ctx = context(0, 0);
    /* no "Turkish" entry: the role alone */
    CHECK_EVENTS(ctx, "Turkish troops attacked Syria.", "---MIL>SYR:190");
    CHECK_EVENTS(ctx, "Turkey attacked Syria on Monday.", "TUR>SYR:190");
    /* the pattern's code */
    CHECK_EVENTS(ctx, "Turkey shelled Syria with rockets.", "TUR>SYR:195");
    /* passive */
    CHECK_EVENTS(ctx, "Syria was attacked by Turkey.", "TUR>SYR:190");
    /* one event per pair */
    CHECK_EVENTS(ctx, "Turkey and Greece attacked Syria.", "TUR>SYR:190 GRC>SYR:190");
    /* a code pair: the second reversed */
    CHECK_EVENTS(ctx, "Turkey visited Greece.", "TUR>GRC:042 GRC>TUR:043");
    /* a group with no target: both ways */
    CHECK_EVENTS(ctx, "Iran and Israel met in Geneva.", "IRN>ISR:040 ISR>IRN:040");
    /* "an attack" is a noun */
    CHECK_EVENTS(ctx, "Turkey condemned an attack on Syria.", "");
    /* SAY codes nothing itself */
    CHECK_EVENTS(ctx, "Turkey said Syria attacked Greece.", "SYR>GRC:190");
    herald_article a = { .id = "r", .text = "Syria attacked Greece, Turkey said.", .text_len = 35 };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc && herald_doc_code(doc, NULL) == 0 && herald_doc_event_count(doc) == 1);
    if (doc && herald_doc_event_count(doc) == 1)
        CHECK_STR(herald_doc_event(doc, 0)->reported_by, "TUR");   /* reported speech */
    herald_doc_free(doc);
    /* negated and hypothetical: dropped */
    CHECK_EVENTS(ctx, "Turkey did not attack Syria. Iran could attack Israel.", "");
    /* an infinitive is wanted, not done */
    CHECK_EVENTS(ctx, "Turkey agreed to attack Syria.", "");
    /* ... unless its governor reports a fact */
    CHECK_EVENTS(ctx, "Turkey was seen to attack Syria.", "TUR>SYR:190");
    /* a sentence discard */
    CHECK_EVENTS(ctx, "The football fans of Turkey attacked Syria.", "");
    herald_ctx_free(ctx);
}

void test_events_uncertain_and_partial(void)
{
    herald_ctx *ctx = context(1, 1);
    CHECK_EVENTS(ctx, "Turkey did not attack Syria. Iran could attack Israel.",
                 "TUR>SYR:190! IRN>ISR:190?");
    /* A negation in another clause does not reach the verb. */
    CHECK_EVENTS(ctx, "After talks failed, Turkey attacked Syria.", "TUR>SYR:190");
    CHECK_EVENTS(ctx, "Turkey attacked.", "TUR>---:190");
    /* a story discard drops all */
    CHECK_EVENTS(ctx, "Turkey attacked Syria. Horoscope for Syria.", "");
    /* A passive of force with no agent: the subject is the victim. */
    CHECK_EVENTS(ctx, "Syria was attacked on Monday.", "--->SYR:190");
    herald_ctx_free(ctx);
}

void test_event_records(void)
{
    herald_ctx *ctx = context(0, 0);
    /* "on Monday" in an article of Thursday 2020-01-02: Monday 2019-12-30. */
    const char *text = "GENEVA (Herald) - Turkey attacked Syria on Monday.";
    herald_article a = { .id = "doc-1", .text = text, .text_len = strlen(text), .date = "2020-01-02" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc && herald_doc_code(doc, NULL) == 0);
    const char *out;
    size_t len;
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_JSONL, &out, &len), 0);
    CHECK_STR(out,
        "{\"id\":\"doc-1:1:0\",\"doc_id\":\"doc-1\",\"sentence\":1,\"date\":\"2019-12-30\","
        "\"date_precision\":\"day\",\"date_basis\":\"relative\",\"source\":\"TUR\","
        "\"target\":\"SYR\",\"code\":\"190\",\"root\":\"19\",\"quad\":4,\"goldstein\":-10.0,"
        "\"plover\":{\"type\":\"ASSAULT\",\"mode\":null},\"location\":null,\"negated\":false,"
        "\"hypothetical\":false,\"reported_by\":null,\"evidence\":{\"sentence\":"
        "\"Turkey attacked Syria on Monday.\",\"source\":[18,24],\"target\":[34,39],"
        "\"verb\":[25,33]}}\n");
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_CSV, &out, &len), 0);
    static const char csv_start[] =
        "doc-1:1:0,doc-1,1,2019-12-30,day,relative,TUR,SYR,190,19,4,-10.0,ASSAULT,";
    CHECK(strncmp(out, csv_start, sizeof csv_start - 1) == 0);
    size_t commas = 0;
    for (const char *p = out; *p; p++) commas += *p == ',';
    CHECK_INT(commas, 28);                           /* 29 columns, as the header */
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_GDELT, &out, &len), 0);
    size_t tabs = 0;
    for (const char *p = out; *p; p++) tabs += *p == '\t';
    CHECK_INT(tabs, 60);                             /* GDELT 2.0: 61 columns */
    CHECK(strncmp(out, "doc-1:1:0\t20191230\t201912\t2019\t2019.9945\tTUR\t", 45) == 0);
    CHECK(strstr(out, "\t190\t190\t19\t4\t-10.0\t1\t1\t1\t"));
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_PLOVER, &out, &len), 0);
    CHECK(strstr(out, "\"event_type\":\"ASSAULT\"") && strstr(out, "\"actor\":\"TUR\""));
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

void test_events_nominal(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("na.txt",
        "%herald actors\nTurkey => TUR\nSyria => SYR\nGreece => GRC\nRussia => RUS\nUkraine => UKR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("nv.txt",
        "%herald verbs\ncondemn => 111\nnoun talks, negotiations => 040\n  - * between + => 040\n"
        "  - * with + => 040\nnoun shelling => 194\n  - * of + by $ => 194\n  - * of + => 194\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Russia condemned the shelling of Ukraine by Turkey.",
                 "RUS>TUR:111 TUR>UKR:194");   /* condemned: the shelling's agent */
    CHECK_EVENTS(ctx, "Talks between Greece and Turkey resumed.", "GRC>TUR:040 TUR>GRC:040");
    /* the possessor */
    CHECK_EVENTS(ctx, "Russia's shelling of Ukraine continued.", "RUS>UKR:194");
    /* the object of a verb: its subject */
    CHECK_EVENTS(ctx, "Greece held talks with Syria.", "GRC>SYR:040");
    herald_ctx_free(ctx);
}

/* A role without a country takes the sentence's one state (country.c):
 * not with two states, not against that state itself, not from an
 * international organisation. */
void test_events_role_country(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ra.txt",
        "%herald actors\nGondor | Gondorian => GON\nMordor | Mordorian => MOR\n"
        "the Council => IGOCNC\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("rg.txt",
        "%herald agents\npolice => COP\nfarmers => CVL\nsoldiers => MIL\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("rv.txt",
        "%herald verbs\narrest => 173\nattack => 190\ncriticize => 111\n"), NULL), 0);
    /* the farmers are Gondor's */
    CHECK_EVENTS(ctx, "Gondorian police arrested the farmers.", "GONCOP>GONCVL:173");
    /* a place names the state too */
    CHECK_EVENTS(ctx, "The farmers were arrested by police in Gondor.", "GONCOP>GONCVL:173");
    /* two states: no guess */
    CHECK_EVENTS(ctx, "Mordorian soldiers attacked the farmers near Gondor.", "MORMIL>---CVL:190");
    /* not Gondor's soldiers against Gondor */
    CHECK_EVENTS(ctx, "Soldiers attacked Gondor.", "---MIL>GON:190");
    /* an organisation is no state */
    CHECK_EVENTS(ctx, "The Council criticized the police.", "IGOCNC>---COP:111");
    /* an organisation's own role words */
    CHECK_EVENTS(ctx, "The Council's police criticized Mordor.", "IGOCNC>MOR:111");
    herald_ctx_free(ctx);
    /* A seat of government before a role other than the government's
     * stands for its country ("Minas Tirith police"); before its own
     * role it stays the government. */
    ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ra2.txt",
        "%herald actors\nMinas Tirith => GONGOV\nMordor => MOR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("rg2.txt",
        "%herald agents\npolice => COP\nofficials => GOV\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("rv2.txt",
        "%herald verbs\ncriticize => 111\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Minas Tirith police criticized Mordor.", "GONCOP>MOR:111");
    CHECK_EVENTS(ctx, "Minas Tirith officials criticized Mordor.", "GONGOV>MOR:111");
    /* A former office holder is an elite (ELI), not the office. */
    CHECK_EVENTS(ctx, "Former Minas Tirith police criticized Mordor.", "GONELI>MOR:111");
    CHECK_EVENTS(ctx, "Former officials criticized Mordor.", "---ELI>MOR:111");
    herald_ctx_free(ctx);
}

/* A list of actors ends at a preposition or a verb: "in Osgiliath,
 * Gondor, between Rohan and Mordor" is a place, then two parties. */
void test_events_list_ends_at_preposition(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("la.txt",
        "%herald actors\nGondor => GON\nOsgiliath => GONGOV\nRohan => ROH\nMordor => MOR\n"),
        NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("lv.txt",
        "%herald verbs\nnoun talks => ---\n  - * between + => 046\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Talks opened in Osgiliath, Gondor, between Rohan and Mordor.",
                 "ROH>MOR:046 MOR>ROH:046");
    herald_ctx_free(ctx);
}

/* An acronym in brackets after a name is the same actor: "Gondor and the
 * Kingdom of Rohan (KR) signed" is the pair Gondor and Rohan. */
void test_events_bracketed_acronym(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ba.txt",
        "%herald actors\nGondor => GON\nKingdom of Rohan | KR => ROH\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("bv.txt",
        "%herald verbs\nsign => 057\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor and the Kingdom of Rohan (KR) signed a treaty on Friday.",
                 "GON>ROH:057 ROH>GON:057");
    herald_ctx_free(ctx);
}

/* Condemning "the bombing of X" condemns the unnamed bomber, not X;
 * with the agent named ("by Y") Y is condemned; attacks launched on X
 * still target X. */
void test_events_comment_on_victim(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ca.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\nMordor => MOR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("cv.txt",
        "%herald verbs\ncondemn => 111\naccuse => 112\nbomb => 195\nlaunch => ---\n"
        "  - * attacks => 190\n"),
        NULL), 0);
    CHECK_EVENTS(ctx, "Gondor condemned the bombings of Rohan's bridges.", "");
    CHECK_EVENTS(ctx, "Gondor condemned the bombing of Rohan by Mordor.", "GON>MOR:111");
    CHECK_EVENTS(ctx, "Gondor condemned Mordor for the bombing of Rohan.", "GON>MOR:111");
    CHECK_EVENTS(ctx, "Mordor launched attacks on Rohan.", "MOR>ROH:190");
    /* The charge of an accusation is not an event of its own. */
    CHECK_EVENTS(ctx, "Gondor accused Mordor of bombing Rohan.", "GON>MOR:112");
    /* A relative clause before the verb is skipped for its subject. */
    CHECK_EVENTS(ctx, "Gondor, which borders Rohan, condemned Mordor.", "GON>MOR:111");
    herald_ctx_free(ctx);
}

/* A verb of saying whose pattern reads the reported clause finds its
 * target after the words it matched; without one the clause's subject
 * is never its target. */
void test_events_reported_intent(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ia.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\nMordor => MOR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("iv.txt",
        "%herald verbs\nsay => ---\n  - * it would hold talks => 036\nattack => 190\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor said on Monday it would hold talks with Rohan.", "GON>ROH:036");
    CHECK_EVENTS(ctx, "Gondor said Rohan attacked Mordor.", "ROH>MOR:190");
    herald_ctx_free(ctx);
}

/* Talks announced for the future are an intent to meet (036); other
 * acts keep their code. */
void test_events_future_talks(void)
{
    herald_ctx *ctx = context(0, 0);
    CHECK_EVENTS(ctx, "Turkey will meet Greece on Friday.", "TUR>GRC:036");
    CHECK_EVENTS(ctx, "Turkey met Greece on Friday.", "TUR>GRC:040");
    CHECK_EVENTS(ctx, "Turkey will attack Syria.", "TUR>SYR:190");
    herald_ctx_free(ctx);
}

/* A plural word of a pattern matches its singular in the text. */
void test_events_pattern_plural(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("pa.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("pv.txt",
        "%herald verbs\nparticipate => ---\n  - * in exercises => 062\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor participated in the exercise with Rohan.", "GON>ROH:062");
    CHECK_EVENTS(ctx, "Gondor participated in the exercises with Rohan.", "GON>ROH:062");
    CHECK_EVENTS(ctx, "Gondor participated in the exercising of Rohan.", "");
    herald_ctx_free(ctx);
}

/* Gunmen shooting at people who are no armed force: unconventional
 * violence (180); at soldiers, or a state at anyone: fighting (190). */
void test_events_unconventional_violence(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ua.txt",
        "%herald actors\nGondor | Gondorian => GON\nMordor | Mordorian => MOR\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("ug.txt",
        "%herald agents\ngunmen => UAF\nfarmers => CVL\nsoldiers => MIL\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("uv.txt",
        "%herald verbs\nattack => 190\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gunmen attacked Gondorian farmers.", "---UAF>GONCVL:180");
    CHECK_EVENTS(ctx, "Gunmen attacked Gondorian soldiers.", "GONUAF>GONMIL:190");
    /* a weapon's model between country and role */
    CHECK_EVENTS(ctx, "Gondorian T-72 soldiers attacked Mordorian farmers.", "GONMIL>MORCVL:190");
    CHECK_EVENTS(ctx, "Gondorian soldiers attacked the farmers.", "GONMIL>GONCVL:190");
    herald_ctx_free(ctx);
}

/* A mention naming where a place lies ("the Rohan border") is no party. */
void test_events_place_nouns(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("la2.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("lv2.txt",
        "%herald verbs\ndeploy => 154\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor deployed troops on the Rohan border.", "");
    CHECK_EVENTS(ctx, "Gondor deployed troops against Rohan.", "GON>ROH:154");
    /* A dash ends the verb's phrase as a comma does. */
    CHECK_EVENTS(ctx, "Gondor deployed troops -- Rohan said -- on Friday.", "");
    /* With no party named, an active verb acts on the place it names;
     * a passive or a participle does not. */
    CHECK_EVENTS(ctx, "Gondor deployed troops in Rohan.", "GON>ROH:154");
    CHECK_EVENTS(ctx, "Gondor has deployed two brigades at Rohan.", "GON>ROH:154");
    CHECK_EVENTS(ctx, "Gondor deployed troops to guard farms in Rohan.", "");
    CHECK_EVENTS(ctx, "Gondor deployed troops in Rohan's valleys.", "");
    /* A comma between two adjectives ends no phrase. */
    CHECK_EVENTS(ctx, "Gondor deployed fresh, heavy brigades against Rohan.", "GON>ROH:154");
    CHECK_EVENTS(ctx, "Gondor deployed troops, Rohan said.", "");
    /* a group deploying troops does not deploy them against itself */
    CHECK_EVENTS(ctx, "Gondor and Rohan deployed troops in Rohan.", "");
    herald_ctx_free(ctx);
}

/* The built-in nouns of negotiation: "talks between A and B" is 046 both
 * ways; "talks" alone codes nothing.  Built-in "agreed to ...", and the
 * mutual codes (040, 046, 057). */
void test_events_builtin_talks(void)
{
    herald_options o = { 0 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    char got[1024];
    CHECK_EVENTS(ctx, "Negotiations between Chile and Peru resumed in Lima.",
                 "CHL>PER:046 PER>CHL:046");
    CHECK_EVENTS(ctx, "The talks resumed in Lima on Monday.", "");
    /* The parties after "between" act on each other; the subject of the
     * sentence is not a party ("Chile hosted talks between ..."). */
    events(ctx, "Chile hosted talks between Peru and Bolivia.", got, sizeof got);
    CHECK(strstr(got, "PER>BOL:046 BOL>PER:046") != NULL && strstr(got, "CHL>PER:046") == NULL);
    CHECK_EVENTS(ctx, "Armed clashes erupted between Peruvian troops and Bolivian police.",
                 "PERMIL>BOLCOP:190 BOLCOP>PERMIL:190");
    /* "agreed to" takes the patterns of "agree": what is agreed to
     * chooses the code (once shadowed by a block for "agree to"). */
    CHECK_EVENTS(ctx, "Chile agreed to provide economic aid to Peru.", "CHL>PER:0331");
    CHECK_EVENTS(ctx, "Chile agreed to hold talks with Peru.", "CHL>PER:036");
    CHECK_EVENTS(ctx, "Chile agreed to a ceasefire with Peru.", "CHL>PER:0871");
    /* Rejecting a demand to halt something turns down a policy change. */
    CHECK_EVENTS(ctx, "Chile rejected Peruvian demands that it halt mining near the border.",
                 "CHL>PER:1232");
    CHECK_EVENTS(ctx, "Chile rejected the Peruvian demands.", "CHL>PER:124");
    /* Informing another party of something shares information (064);
     * starting or opening talks is negotiating (046). */
    CHECK_EVENTS(ctx, "Chile informed Peru of the oil spill.", "CHL>PER:064");
    CHECK_EVENTS(ctx, "Chile opened talks with Peru.", "CHL>PER:046 PER>CHL:046");
    /* Blamed for an attack: an accusation (112); accused of attacking
     * a state: aggression (1123). */
    CHECK_EVENTS(ctx, "Chile blamed Peru for the attack on its embassy.", "CHL>PER:112");
    CHECK_EVENTS(ctx, "Chile accused Peru of attacking its border posts.", "CHL>PER:1123");
    /* "a corruption probe" is a probe of crime (091), and its last word
     * no verb of its own; summoned for questioning is investigated. */
    CHECK_EVENTS(ctx,
                 "Chilean prosecutors opened a corruption probe against the Peruvian army chief.",
                 "CHLJUD>PERMIL:091");
    CHECK_EVENTS(ctx, "Chilean prosecutors summoned two Peruvian ministers for questioning.",
                 "CHLJUD>PERGOV:091");
    CHECK_EVENTS(ctx, "The army attacks the Peruvian border posts.", "---MIL>PER:190");
    /* Meeting and signing take two: both directions. */
    CHECK_EVENTS(ctx, "The Chilean foreign minister met the Peruvian president.",
                 "CHLGOV>PERGOV:040 PERGOV>CHLGOV:040");
    CHECK_EVENTS(ctx, "Chile signed a trade agreement with Peru.", "CHL>PER:057 PER>CHL:057");
    herald_ctx_free(ctx);
}

/* herald_doc_run stops after the stage asked for, and a later call goes on
 * from there; rendering needs the stage its format needs. */
void test_events_staged_run(void)
{
    herald_ctx *ctx = context(0, 0);
    const char *text = "Turkey attacked Syria on Monday.";
    herald_article a = { .id = "s", .text = text, .text_len = strlen(text), .date = "2020-01-02" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    const char *out;
    size_t len;
    CHECK_INT(herald_doc_run(doc, HERALD_STAGE_ACTORS, NULL), 0);
    CHECK_INT((int)herald_doc_actor_count(doc), 2);
    CHECK_INT((int)herald_doc_event_count(doc), 0);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_ACTORS, &out, &len), 0);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_JSONL, &out, &len), HERALD_EINVAL);
    CHECK_INT(herald_doc_run(doc, HERALD_STAGE_EVENTS, NULL), 0);
    CHECK_INT((int)herald_doc_event_count(doc), 1);
    CHECK_INT(herald_doc_run(doc, HERALD_STAGE_ACTORS, NULL), 0);   /* already run */
    CHECK_INT((int)herald_doc_actor_count(doc), 2);
    CHECK_INT(herald_doc_render(doc, HERALD_FORMAT_JSONL, &out, &len), 0);
    herald_error err;
    CHECK_INT(herald_doc_run(doc, (herald_stage)9, &err), HERALD_EINVAL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

/* TABARI's closed connector: words tied by '_' in a pattern must stand
 * next to each other in the text, before or after the verb; a space
 * allows words between. */
void test_events_closed_connector(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ca.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("cv.txt",
        "--- RENEW [064] ---\nRENEW\n- * CLOSE_TIES [065]\n- * WARM LINKS [066]\n"
        "- QUIETLY_* [067]\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor renewed close ties with Rohan.", "GON>ROH:065");
    CHECK_EVENTS(ctx, "Gondor renewed close trade ties with Rohan.", "GON>ROH:064");
    CHECK_EVENTS(ctx, "Gondor renewed warm trade links with Rohan.", "GON>ROH:066");
    CHECK_EVENTS(ctx, "Gondor quietly renewed its pact with Rohan.", "GON>ROH:067");
    CHECK_EVENTS(ctx, "Gondor quietly and firmly renewed its pact with Rohan.", "GON>ROH:064");
    herald_ctx_free(ctx);
}

/* One actor entry that names a group ("[A/B]") is one party: with no
 * target its members do not act on each other, as "A and B" do. */
void test_events_group_entry(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ga.txt",
        "THE_TWIN_CITIES [TWA/TWB]\nGONDOR [GON]\nROHAN [ROH]\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("gv.txt",
        "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"), NULL), 0);
    CHECK_EVENTS(ctx, "The Twin Cities met yesterday.", "");
    CHECK_EVENTS(ctx, "Gondor and Rohan met yesterday.", "GON>ROH:040 ROH>GON:040");
    CHECK_EVENTS(ctx, "The Twin Cities met Rohan.", "TWA>ROH:040 TWB>ROH:040");
    herald_ctx_free(ctx);
}

/* A modal is no verb of its own, even where a dictionary lists it: it
 * only qualifies the verb after it. */
void test_events_modal_is_no_verb(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ma.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("mv.txt",
        "--- SHOULD [100] ---\nSHOULD\n--- AGREE [030] ---\nAGREE\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor agreed with Rohan that the dispute should be settled.",
                 "GON>ROH:030");
    herald_ctx_free(ctx);
}

/* A pattern's ^ skips one noun phrase, a mention or nouns with their
 * determiners and adjectives: "IN ^ WITH +". */
void test_events_skip_phrase(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("sa.txt",
        "%herald actors\nGondor => GON\nRohan => ROH\nBree => BRE\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("sv.txt",
        "--- FEAST [---] ---\nFEAST\n- * IN ^ WITH + [043]\n- * AT ^ + [044]\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor feasted in Bree with Rohan.", "GON>ROH:043");
    CHECK_EVENTS(ctx, "Gondor feasted in the old market hall with Rohan.", "GON>ROH:043");
    CHECK_EVENTS(ctx, "Gondor feasted at the palace Rohan built.", "GON>ROH:044");
    /* nothing left for the + */
    CHECK_EVENTS(ctx, "Gondor feasted at Rohan.", "");
    herald_ctx_free(ctx);
}

/* A gerund after a conjunction of time ("after leaving") shares the
 * main clause's subject: it is a circumstance, not coded from the
 * mention just before it. */
void test_events_time_gerund(void)
{
    herald_ctx *ctx = context(0, 0);
    char got[1024];
    CHECK_EVENTS(ctx, "Turkey visited Greece after attacking Syria.", "TUR>GRC:042 GRC>TUR:043");
    events(ctx, "Turkey visited Greece, attacking Syria.", got, sizeof got);
    CHECK(strstr(got, ">SYR:190") != NULL);          /* no conjunction of time */
    herald_ctx_free(ctx);
}

/* A role put before a country ("[NGO~]") and a role after it compose
 * into one actor: "an MSF Gondor diplomat" is NGO + GON + GOV. */
void test_events_roles_around_country(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ra.txt",
        "GONDOR [GON]\nROHAN [ROH]\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_AGENTS, ht_temp_file("rg.txt",
        "MSF {} [NGO~]\nDIPLOMAT [~GOV]\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("rv.txt",
        "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"), NULL), 0);
    CHECK_EVENTS(ctx, "An MSF Gondor diplomat met Rohan.", "NGOGONGOV>ROH:040");
    CHECK_EVENTS(ctx, "An MSF Gondor team met Rohan.", "NGOGON>ROH:040");
    herald_ctx_free(ctx);
}

/* "has begun to question whether he ...": the infinitive after a verb
 * and "to" is a verb even where the tagger reads a noun, and the subject
 * pronoun for the source starts a clause of its own: the target is the
 * next mention. */
void test_events_infinitive_and_own_pronoun(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ia.txt",
        "%herald actors\nRohan => ROH\n%people\nAragorn => GONGOV\n%end\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("iv.txt",
        "--- QUESTION [---] ---\nQUESTION\n- BEGUN * [112]\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Aragorn has begun to question whether he can trust Rohan.",
                 "GONGOV>ROH:112");
    herald_ctx_free(ctx);
}

/* A '_' glued between two words in the text joins them as it does in
 * the dictionaries' phrases; a free-standing one does not. */
void test_events_joined_name(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("ja.txt",
        "MINAS_TIRITH [GON]\nROHAN [ROH]\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("jv.txt",
        "--- MEET [040] ---\nMEET {MEETS MET MEETING}\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Minas_Tirith met Rohan.", "GON>ROH:040");
    CHECK_EVENTS(ctx, "Minas _ Tirith met Rohan.", "");
    herald_ctx_free(ctx);
}

/* A lower-case word the tagger reads as a noun right after the name
 * that opens the sentence, before a preposition, is the verb ("Gondor
 * act on ..."); after a demonym it stays a noun. */
void test_events_verb_after_opening_name(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("oa.txt",
        "GONDOR [GON]\nGONDORIAN [GON]\nROHAN [ROH]\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("ov.txt",
        "--- ACT [102] ---\nACT\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor act on a petition from Rohan.", "GON>ROH:102");
    CHECK_EVENTS(ctx, "The Gondorian act on trade with Rohan expired.", "");
    herald_ctx_free(ctx);
}

/* With partial events allowed, a verb with a side unknown in a clause
 * of time or cause after a coded event is that event's circumstance,
 * not an event of its own; a comma closes the clause. */
void test_events_partial_circumstance(void)
{
    herald_ctx *ctx = context(0, 1);
    CHECK_EVENTS(ctx, "Troops attacked the embassy.", "---MIL>---:190");
    CHECK_EVENTS(ctx, "Turkey visited Greece after troops attacked the embassy.",
                 "TUR>GRC:042 GRC>TUR:043");
    CHECK_EVENTS(ctx, "Turkey visited Greece after a pause, and troops attacked the embassy.",
                 "TUR>GRC:042 GRC>TUR:043 ---MIL>---:190");
    herald_ctx_free(ctx);
}

/* A pattern's $ or + before the verb is no place ("in Rohan"), as the
 * source found without a pattern is not. */
void test_events_pattern_side_not_place(void)
{
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_ACTORS, ht_temp_file("pa.txt",
        "GONDOR [GON]\nROHAN [ROH]\nBREE [BRE]\n"), NULL), 0);
    CHECK_INT(herald_ctx_load_dict(ctx, HERALD_DICT_VERBS, ht_temp_file("pv.txt",
        "--- CRITICIZE [120] ---\nCRITICIZE\n- $ * + [121]\n"), NULL), 0);
    CHECK_EVENTS(ctx, "Gondor's envoy in Rohan criticized Bree.", "GON>BRE:121");
    herald_ctx_free(ctx);
}

/* A verb with a code whose every event would be one with itself says
 * so among the dropped verbs, for `herald explain`, instead of vanishing. */
void test_events_self_event_noted(void)
{
    herald_ctx *ctx = context(0, 0);
    const char *text = "Turkey attacked Turkey.";
    herald_article a = { .id = "s", .text = text, .text_len = strlen(text), .date = "2020-01-02" };
    herald_doc *doc = herald_doc_new(ctx, &a, NULL);
    CHECK(doc != NULL);
    CHECK_INT(herald_doc_code(doc, NULL), 0);
    CHECK_INT((int)herald_doc_event_count(doc), 0);
    CHECK_INT((int)herald_doc_dropped_count(doc), 1);
    if (herald_doc_dropped_count(doc) == 1)
        CHECK(strstr(herald_doc_dropped(doc, 0)->reason, "one with itself") != NULL);
    herald_doc_free(doc);
    herald_ctx_free(ctx);
}

/* Which codes a group may act with on its own members
 * (hr_reciprocal_code): none of a root that goes one way, only some of
 * a root that does both, and every code of the other roots. */
void test_events_reciprocal_codes(void)
{
    static const char *const one_way[] = { "010", "0214", "033", "042", "0431", "045", "051",
                                           "056", "07", "093", "112", "1384", "145", "173",
                                           "18", "191", "195", "20", NULL };
    static const char *const both_ways[] = { "03", "036", "040", "046", "050", "054", "057",
                                             "06", "061", "08", "19", "190", "196", "0", "",
                                             "21", "X12", NULL };
    for (size_t i = 0; one_way[i]; i++) CHECK_INT(hr_reciprocal_code(one_way[i]), 0);
    for (size_t i = 0; both_ways[i]; i++) CHECK_INT(hr_reciprocal_code(both_ways[i]), 1);
    CHECK_INT(hr_reciprocal_code(NULL), 1);
}

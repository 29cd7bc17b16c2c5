/* sentence.h - what the files of the event stage share: the state of
 * the sentence being coded (events.c builds it), and the questions the
 * other files answer about it: modality.c (negation, hypotheticals,
 * threats), passive.c (passives and their agents) and emit.c (turning
 * a verb's sides into events).  Internal to src/events. */
#ifndef HR_EVENTS_SENTENCE_H
#define HR_EVENTS_SENTENCE_H

#include "country.h"
#include "events.h"
#include "word_index.h"
#include "../core/buf.h"
#include "../dict/lexicon.h"
#include "../dict/verbs.h"

#include <stddef.h>
#include <stdint.h>

/* sent.last_source before the sentence's first verb */
#define NO_VERB_YET (-2)

typedef struct sent {
    herald_doc *doc;
    const hr_dicts *d;
    const hr_lexicon *vx;
    uint32_t index;
    size_t begin, end;                  /* tokens */
    size_t first_actor, actor_end;      /* the sentence's mentions */
    int *owner;                         /* mention of each token, -1 for none */
    long *chunk_of;                     /* chunk of each token, -1 for none (src/clauses) */
    uint32_t *scope_start;              /* of each verb token: 1 + hr_pattern_scope_start,
                                           0 not yet asked (modality and patterns both ask) */
    int8_t *is_place;                   /* of each mention: hr_is_place, -1 not yet asked
                                           (every verb's sides ask it of the same mentions) */
    int32_t *group;                     /* of each mention m: hr_group_of as [2m] lo and
                                           [2m + 1] hi, lo -1 not yet asked (the same) */
    uint8_t *synset_memo;               /* [set * tokens + k - begin]: 0 not yet
                                           tried, 1 no match, else 1 + length */
    uint32_t *synset_memo_stamp;        /* [set]: the sentence whose memo row it holds */
    hr_word_index words;                /* the tokens each dictionary word matches */
    uint64_t *names;                    /* mask (as in words): tokens of names where no
                                           pattern word starts (hr_mark_name_words) */
    uint64_t *synset_starts;            /* [set * words.words]: see hr_fill_synset_starts() */
    uint32_t *synset_started;           /* [set]: the sentence its synset_starts are for */
    uint32_t stamp;                     /* the sentence's stamp: 1 + its number */
    long last_source;                   /* the source of the sentence's last verb, -1
                                           for none, NO_VERB_YET */
    int last_coercion;                  /* 1: the last verb coded coercion (17) */
    int last_charge;                    /* 1: the last verb was a charge (embedded_gerund) */
    int last_toll;                      /* 1: the last verb told a known attack's toll
                                           (known_attack_toll) */
    size_t coded_end;                   /* the token after the last verb that coded an
                                           event in the sentence, 0 for none */
    long coded_source, coded_target;    /* that verb's sides, -1 for none */
    size_t threat_end;                  /* the end of the complement of a verb that coded
                                           a specific threat itself ("warned it would
                                           attack": 1384), 0 for none */
    size_t threat_verb;                 /* that verb's first token */
    hr_country country;                 /* the country it lends its roles (country.c) */
    int sports;                         /* hr_sports_context: -1 not yet asked, else 0/1 */
    hr_buf how;
} sent;

/* Places that stand in for a missing side: "captured Kisangani" acts
 * on the place's country (object_place).  `taken`: the target is a
 * place taken or fired on, which no member of its own state's forces
 * acts on (hr_acts_on_places_state). */
typedef struct place_sides {
    const herald_actor *source, *target;
    int taken;
} place_sides;

/* A pattern's match around a verb (patterns.c). */
typedef struct hit {
    int score;              /* words matched; -1 when the pattern fails */
    int before;             /* of which before the verb */
    long source, target;    /* mentions a $ or + picked, -1 for none */
    size_t end;             /* the token after the last one matched after the verb */
    long thing;             /* the mention nearest the verb a word before it read
                               ("&suspect * to +": "the suspects were handed over"), -1 */
    size_t nearest_before;  /* the token of the word before the verb read nearest it
                               (when `before` > 0) */
} hit;

/* A pattern that does not match. */
#define HR_NO_HIT ((hit){ -1, 0, -1, -1, 0, -1, 0 })

/* events.c */
size_t hr_clause_end(const sent *s, size_t k);
long hr_mention_from(const sent *s, size_t k, size_t limit);
const hr_entry *hr_verb_at(const sent *s, size_t k, size_t *len, size_t *particle);
long hr_speaker_of(const sent *s, size_t k);

/* groups.c: actor groups ("A and B") and acts among their members. */
int hr_own_forces(const herald_actor *m, const herald_actor *src);
long hr_apposed_role(const sent *s, size_t k, size_t close);
int hr_appositive(const sent *s, const herald_actor *a, size_t close);
void hr_group_of(const sent *s, long m, long *lo, long *hi);
int hr_group_member(const sent *s, long lo, long i);
int hr_reciprocal_code(const char *code);
int hr_said_mutual(const sent *s, size_t vstart, size_t vend);

/* places.c: mentions that are places, a place named after a verb. */
int hr_placed_by_words(const sent *s, long m);
int hr_object_place_noun(const sent *s, size_t k, long m);
int hr_is_place(const sent *s, long m);
int hr_object_place(const sent *s, size_t k, herald_actor *place);
int hr_named_place(const sent *s, long m);

/* scope.c: a verb's clause and the scope of its patterns. */
long hr_chunk_before(const sent *s, long c);
size_t hr_pattern_scope_end(const sent *s, size_t vstart, size_t vend);
long hr_chunk_after(const sent *s, long c);
long hr_complement_infinitive(const sent *s, size_t vend, size_t scope);
long hr_chunk_mention(const sent *s, long c);
long hr_joined_infinitive(const sent *s, long c, size_t scope);
int hr_finite_group(const sent *s, long c);
int hr_qualifying_participle(const sent *s, size_t vstart, size_t vend);
size_t hr_pattern_scope_start(const sent *s, size_t vstart);
int hr_coordinated_verb(const sent *s, size_t k);
size_t hr_group_start(const sent *s, size_t k);
int hr_active_finite(const sent *s, size_t k);

/* subjects.c: a verb's subject and the subjects of clauses. */
int hr_says(const sent *s, size_t k);
int hr_relative_subject(const sent *s, size_t r, long *subject);
long hr_mention_before(const sent *s, size_t k);
int hr_clause_subject(const sent *s, size_t k, long *subject);
long hr_leader_of(const sent *s, long m);
int hr_speaker_after_saying(const sent *s, size_t k, long *speaker);
int hr_helps(const sent *s, long m);
int hr_previous_clause_subject(const sent *s, size_t vstart, int main_only, long *subject);
long hr_helper_in_clause(const sent *s, size_t from);
int hr_joined_clause_subject(const sent *s, size_t vstart, long *subject);
int hr_unnamed_persons(const sent *s, size_t k);
int hr_means_subject(const sent *s, size_t vstart, long *subject);
int hr_purpose_subject(const sent *s, size_t vstart, long *subject);
long hr_reported_group(const sent *s, size_t from, size_t to);
int hr_reported_subject(const sent *s, size_t from, size_t to, long *subject);
int hr_joined_participle(const sent *s, size_t vstart, int *passive, long *subject);

/* objects.c: the party after a verb. */
long hr_relative_object(const sent *s, long subject);
size_t hr_unnamed_apposition(const sent *s, size_t from, size_t comma);
long hr_named_examples(const sent *s, long m);
long hr_target_after(const sent *s, size_t k, int comment, int active);
long hr_holder_of(const sent *s, long m);
/* What a comment's topic is, for hr_deep_in_topic: a claim of an act
 * keeps the act's victim, a denial answers only its accuser. */
enum hr_topic { HR_TOPIC_PLAIN, HR_TOPIC_CLAIM, HR_TOPIC_DENIAL };
int hr_deep_in_topic(const sent *s, size_t from, long m, enum hr_topic topic);

/* patterns.c */
int hr_is_name(const herald_actor *a);
int hr_in_occasion_phrase(const sent *s, size_t k);
int hr_pattern_reads(const sent *s, const hr_pattern *p, size_t k);
/* Whether a negation the pattern does not read stands right after a word
 * it read after the verb ending at vend, before token `end`: "said it
 * would not retaliate", read by "* &fut &retal", promises no act. */
int hr_pattern_skips_negation(const sent *s, const hr_pattern *p, size_t vend, size_t end);
void hr_mark_name_words(sent *s);
void hr_fill_synset_starts(sent *s);
hit hr_match_pattern(const sent *s, const hr_pattern *p, size_t vstart, size_t vend,
                     size_t first, size_t scope);
const hr_pattern *hr_best_pattern(const sent *s, size_t vstart, size_t vend, size_t scope,
                                  const hr_entry *form, int threat, hit *best_hit);
uint32_t hr_verb_code(const sent *s, const hr_pattern *best, const hr_entry *form);

/* background.c */
int hr_embedded_gerund(const sent *s, size_t vstart);
int hr_time_gerund(const sent *s, size_t vstart);
int hr_while_gerund(const sent *s, size_t vstart);
int hr_while_gerund_uncertain(const sent *s, size_t vstart);
int hr_circumstance(const sent *s, size_t vstart);
int hr_defining_passive(const sent *s, size_t vstart);
int hr_indirect_question(const sent *s, size_t vstart);
int hr_charge_relative(const sent *s, size_t vstart);
int hr_noun_complement_gerund(const sent *s, size_t vstart);
int hr_years_long(const sent *s, size_t vstart, size_t vend, size_t scope);
int hr_habit(const sent *s, size_t vstart);
int hr_standing_relative(const sent *s, size_t vstart);
int hr_is_year(const herald_token *t);
int hr_sports_context(sent *s);
int hr_standing_recognition(const sent *s, size_t vstart, const char *code);
int hr_date_chunk(const sent *s, long c);
int hr_known_attack(const sent *s, size_t vstart);
int hr_known_attack_toll(const sent *s, size_t vstart);
int hr_participle_on_thing(const sent *s, size_t vstart);
int hr_generic_participle(const sent *s, size_t vstart);
int hr_participle_on_actor(const sent *s, size_t vstart);
long hr_document_addressee(const sent *s, size_t vstart);
int hr_unknown_attack_before(const sent *s, size_t vstart);
int hr_same_protest_before(const sent *s, size_t vstart, long src);
int hr_own_attack_toll(const sent *s, size_t vstart, long src, long tgt);
int hr_journey_coded(const sent *s, long g, const char *code);

/* pairs.c */
const hr_pattern *hr_between_pattern(const sent *s, const hr_verb_block *b);
int hr_pair_before(const sent *s, size_t vstart, herald_actor *a, herald_actor *b);
int hr_go_between_before(const sent *s, size_t vstart, herald_actor *go_between);

/* threats.c */
int hr_threat_sides(const sent *s, size_t vstart, int kind, const char *c1, long *src, long *tgt);
int hr_complement_threat(const sent *s, long c, size_t scope);
int hr_warns_of_other(const sent *s, long c, size_t end, long warner);
int hr_warns_of_fact(const sent *s, long c, size_t end);
const char *hr_threat_by_means(const sent *s, size_t from, size_t scope, long *tgt);
const char *hr_threat_by_condition(const sent *s, size_t from, size_t scope);
const char *hr_force_by_condition(const sent *s, size_t from, size_t scope);

/* modality.c */
size_t hr_condition_of(const sent *s, long c);
int hr_future(const sent *s, size_t vstart);
int hr_time_to_come(const sent *s, size_t vstart, size_t vend);
long hr_governing_group(const sent *s, long c);
long hr_readiness_of(const sent *s, long c);
long hr_journey_of_purpose(const sent *s, size_t vstart);
const char *hr_intent_code(const char *code);
int hr_is_comment_code(const char *code);
int hr_decided_intent(const sent *s, size_t vstart);
void hr_modality(const sent *s, size_t vstart, int noun, int *negated, int *hypothetical);
size_t hr_claim_that(const sent *s, size_t k, int *claim);
void hr_noun_modality(const sent *s, size_t vend, int *negated, int *hypothetical);
void hr_object_of_undoing(const sent *s, size_t vstart, int *negated, int *hypothetical);
const char *hr_threat_of(const char *code);
const char *hr_act_threat(const sent *s, const hr_pattern *p, const char *code);
/* How an act to come is threatened (hr_threatened_act). */
enum { HR_THREAT_NONE, HR_THREAT_SURE, HR_THREAT_GUESS, HR_THREAT_ANNOUNCED };
int hr_threatened_act(const sent *s, size_t vstart);
int hr_announced_apart(const sent *s, size_t vstart, size_t threat_verb);
size_t hr_object_negation(const sent *s, size_t vend);
int hr_warning(const sent *s, size_t k);
int hr_prospect_of(const sent *s, size_t vstart);

/* passive.c */
int hr_agentless_passive(const sent *s, size_t vstart);
/* Whether the root of CAMEO code `code` (its first two digits) lies in
 * [first, last]: the code families the rules ask about. */
static inline int hr_root_in(const char *code, int first, int last)
{
    if (!code || code[0] < '0' || code[0] > '9' || code[1] < '0' || code[1] > '9') return 0;
    int root = (code[0] - '0') * 10 + (code[1] - '0');
    return root >= first && root <= last;
}

int hr_is_force_code(const char *code);
int hr_is_violence_code(const char *code);
int hr_participle_after_finite(const sent *s, size_t vstart);
long hr_passive_agent(const sent *s, size_t vstart, size_t vend);
int hr_shares_passive(const sent *s, size_t vstart);
int hr_passive_subject_suffers(const char *code);
const char *hr_people_seized_code(const sent *s, size_t vstart, size_t vend, long subject,
                                  long agent);
int hr_purpose_after(const sent *s, size_t vend);
int hr_reduced_relative_noun(const sent *s, size_t vstart, long *noun);
long hr_harmed_before_clause(const sent *s, size_t vstart);
size_t hr_toll_after(const sent *s, size_t vend, int own_clause, int *aimed);

/* emit.c */
int hr_acts_on_places_state(const sent *s, long src, const herald_actor *place);
int hr_drop(sent *s, size_t vstart, size_t vend, const char *reason);
int hr_emit_groups(sent *s, long src, long tgt, const place_sides *places,
                       const char *code, size_t vstart, size_t vend, int negated,
                       int hypothetical, int mutual, int facing);

#endif

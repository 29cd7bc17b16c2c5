/* target.c - the target of a verb being coded: a pattern's +, else the
 * mention after the verb (or a place it names), past what is no target
 * of it: a protest's ground, forces the actor sends, the beneficiary of
 * an appeal, a party named inside a statement's topic; the party of a
 * reported clause after a verb of saying. */
#include "verb_coding.h"
#include "../dict/lexicon.h"
#include "../dict/verbs.h"
#include "../segment/toks.h"
#include "../tag/grammar.h"
#include "../tag/tagger.h"

#include <string.h>

/* "visited the factory with officials in tow": past the object right
 * after a visit, those "with" the visitor are its company, not its
 * hosts ("visited with officials", right after the verb, meets them;
 * "arrived for talks with X" names the talks' side). */
static int company_on_visit(const sent *s, size_t vend, const char *c1, long m)
{
    if (!c1 || strcmp(c1, "042") != 0 || !target_after_word(s, m, "with")) return 0;
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vend - 1];
    if (c < 0 || (size_t)c + 2 >= s->doc->chunk_count) return 0;
    const herald_chunk *object = &ch[c + 1], *with = &ch[c + 2];
    return object->kind == HERALD_CHUNK_NP && object->first_token == vend &&
           s->owner[vend] < 0 && with->kind == HERALD_CHUNK_PP &&
           with->first_token == object->first_token + object->token_count &&
           hr_tok_is(&s->doc->tokens[with->first_token], "with");
}

/* Whether a mention is of news media ("Reuters", "reporters", "state
 * television"): the role MED closes its code. */
static int news_medium(const herald_actor *a)
{
    size_t n = strlen(a->code);
    return n >= 6 && strcmp(a->code + n - 3, "MED") == 0;
}

/* Whether mention m is a state or a town named as the ground a protest
 * covers, which is no party it is aimed at: "marched through La Paz",
 * "rallied across Iran", "took to the streets of Seoul", "in the
 * capital of Russia", "along Havana's seaside boulevard", "converged
 * from all over Germany". */
static int protest_ground(const sent *s, long m)
{
    static const char *const spread[] = { "through", "across", "throughout", "around", "along",
                                          NULL };
    static const char *const grounds[] = { "streets", "street", "roads", "boulevard", "avenue",
                                           "square", "centre", "center", "heart", "parts",
                                           "outskirts", "suburbs", "cities", "towns", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    if (a->kind != HERALD_ACTOR_NAMED || strlen(a->code) != 3 || strcmp(a->code, "---") == 0)
        return 0;
    size_t k = a->first_token, after = k + a->token_count;
    if (after + 1 < s->end && t[after].tag == HR_TAG_POS) {   /* "Havana's seaside boulevard" */
        size_t n = after + 1;
        while (n + 1 < s->end && s->owner[n] < 0 && t[n].tag != HR_TAG_IN &&
               !hr_tok_in(&t[n], grounds) && (hr_tag_is_noun(t[n].tag) || t[n].tag == HR_TAG_JJ))
            n++;
        if (s->owner[n] < 0 && hr_tok_in(&t[n], grounds)) return 1;
    }
    while (k > s->begin && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ) && a->first_token - k < 2)
        k--;
    if (k < s->begin + 2 || s->owner[k - 1] >= 0) return 0;
    const herald_token *prep = &t[k - 1], *word = &t[k - 2];
    return hr_tok_in(prep, spread) || (hr_tok_is(prep, "over") && hr_tok_is(word, "all")) ||
           (hr_tok_is(prep, "of") && s->owner[k - 2] < 0 &&
            (hr_tok_in(word, grounds) || hr_tok_in(word, hr_settlement_nouns)));
}

/* Whether mention m stands for a state only by its symbol or its
 * premises, where a protest is staged: "burning Serbian flags", "rallied
 * outside the Dutch embassy".  The party the protest's purpose names, if
 * any, is its aim. */
static int protest_symbol(const sent *s, long m)
{
    static const char *const flags[] = { "flag", "flags", NULL };
    static const char *const premises[] = { "embassy", "consulate", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t after = a->first_token + a->token_count;
    if (after + 1 < s->end && s->owner[after] < 0 && t[after].tag == HR_TAG_JJ) after++;
    return hr_tok_in(&t[after - 1], premises) ||
           (after < s->end && s->owner[after] < 0 && hr_tok_in(&t[after], flags));
}

/* Whether mention m starts at token k, past determiners and adjectives
 * only ("pressing the Western-backed government"). */
static int object_right_after(const sent *s, size_t k, long m)
{
    size_t first = s->doc->actors[m].first_token;
    while (k < first && s->owner[k] < 0 &&
           (s->doc->tokens[k].tag == HR_TAG_DT || s->doc->tokens[k].tag == HR_TAG_JJ))
        k++;
    return k == first;
}

/* Whether verb group c is a lone participle of aim, which names a
 * purpose in the verb after it: "a rally aimed at pressing X", "a
 * march designed to force X". */
static int aim_participle(const sent *s, long c)
{
    static const char *const aims[] = { "aimed", "designed", "intended", "meant", NULL };
    const herald_chunk *g = &s->doc->chunks[c];
    return g->token_count == 1 && hr_tok_in(&s->doc->tokens[g->head], aims);
}

/* The party named by the purpose infinitive that follows token k in its
 * clause ("... to urge the Netherlands to", "... to protest against
 * Israel"), or by the verb after a participle of aim ("aimed at
 * pressing the government to resign"); -1 for none. */
static long purpose_party(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    int aimed = 0;
    for (size_t end = hr_clause_end(s, k); k < end; k++) {
        long c = s->chunk_of[k];
        if (c < 0 || ch[c].kind != HERALD_CHUNK_VG) continue;
        if (!aimed && aim_participle(s, c)) {
            aimed = 1;
            k = ch[c].first_token + ch[c].token_count - 1;
            continue;
        }
        if (!(ch[c].flags & HERALD_VG_INFINITIVE) && !(aimed && (ch[c].flags & HERALD_VG_GERUND)))
            return -1;
        size_t after = ch[c].first_token + ch[c].token_count;
        long m = hr_target_after(s, after, 0, 0);
        /* after a participle of aim, only the purpose verb's own object:
         * not "a campaign aimed at discrediting it during the visit of X" */
        return !aimed || (m >= 0 && object_right_after(s, after, m)) ? m : -1;
    }
    return -1;
}

/* Whether a code's object may be forces the actor sends, gives or
 * takes back, not whom the act is aimed at: promises of forces and of
 * their withdrawal (033x, 035x), peacekeeping and aid (07), easing of
 * military pressure (087x): "offered warships to escort Kuwaiti tankers",
 * "will withdraw 300 soldiers from Iraq". */
static int sends_forces_code(const char *code)
{
    return code && (hr_root_in(code, 7, 7) || strncmp(code, "033", 3) == 0 ||
                    strncmp(code, "035", 3) == 0 || strncmp(code, "087", 3) == 0);
}

/* Whether actor a has forces of its own to send: a state, its
 * government or forces, an armed group or an international body ("the
 * local population assisted the security forces" sends none). */
static int commands_forces(const herald_actor *a)
{
    static const char *const commanders[] = { "GOV", "MIL", "COP", "REB", "INS", "SEP", "UAF",
                                              NULL };
    if (strlen(a->code) == 3 || strncmp(a->code, "IGO", 3) == 0)
        return strncmp(a->code, "---", 3) != 0;
    return hr_role_in(a->code, commanders);
}

/* Whether mention m, the object of an act with code `code` by src, is
 * src's own forces, shown (15) or sent, offered or withdrawn. */
static int own_forces_moved(const char *code, const herald_actor *m, const herald_actor *src)
{
    if (!is_show_of_force(code) &&
        !(sends_forces_code(code) && is_forces(m) && src && commands_forces(src)))
        return 0;
    return hr_own_forces(m, src);
}

/* Whether mention m names the giver of the aid a cut (162x) cuts: it
 * stands right before the aid's noun ("cut U.S. aid to Panama", "slash
 * British funding of the project"), so the one cut off is named after
 * it, if at all. */
static int aid_giver(const sent *s, const char *code, long m)
{
    static const char *const aid[] = { "aid", "assistance", "funding", "funds", "loans",
                                       "credits", "grants", NULL };
    if (!code || strncmp(code, "162", 3) != 0) return 0;
    size_t after = s->doc->actors[m].first_token + s->doc->actors[m].token_count;
    return after < s->end && s->owner[after] < 0 && hr_tok_in(&s->doc->tokens[after], aid);
}

/* "denied the Ethiopian forces planned to take Mogadishu": a clause
 * with no "that" right after the verb ending at vend, a noun phrase and
 * its finite verb. */
static int bare_clause_object(const sent *s, size_t vend)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = vend < s->end ? s->chunk_of[vend] : -1;
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP || ch[c].first_token != vend ||
        hr_chunk_after(s, c) < 0)
        return 0;           /* "denied the charges and said": a verb of its own */
    return hr_finite_group(s, c + 1);
}

/* "launched an appeal for money to help North Korea", "called on the
 * world to respond to the needs of Somalis": an appeal's object, then
 * an infinitive of what it asks for, before mention m: m is who is to
 * gain, not who is appealed to, whom the words left unnamed. */
static int beneficiary_of_appeal(const sent *s, size_t vend, long m)
{
    const herald_token *t = s->doc->tokens;
    int object = 0;
    for (size_t k = vend; k + 1 < s->doc->actors[m].first_token; k++) {
        if (s->owner[k] >= 0) return 0;
        if (object && t[k].tag == HR_TAG_TO && t[k + 1].tag == HR_TAG_VB) return 1;
        object |= hr_tag_is_noun(t[k].tag);
    }
    return 0;
}

/* "appealed for aid for refugees", "fighting for a homeland for
 * Tamils": a mention after "for" that follows the verb's own object
 * names who is to gain from the aid asked for (023) or the aim fought
 * for, not whom the act is aimed at (an appeal goes to its addressee, a
 * fight against or with the enemy).  For fighting, "fought for the
 * Kurds" right after the verb names the side fought for, no enemy
 * either.  Other codes keep it: aid "for Haiti" goes to Haiti, "sought
 * sentences for X" is aimed at X, "backed a role for X" backs X. */
static int beneficiary_after_for(const sent *s, size_t vend, long m, const char *c1)
{
    const herald_token *t = s->doc->tokens;
    size_t k = s->doc->actors[m].first_token;
    while (k > vend && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD))
        k--;                                                /* "for ethnic", "for the" */
    if (k <= vend || s->owner[k - 1] >= 0 || !hr_tok_is(&t[k - 1], "for")) return 0;
    size_t f = k - 1;
    int violence = hr_is_violence_code(c1);
    if (f > vend && s->owner[f - 1] < 0 && hr_tag_is_noun(t[f - 1].tag))
        return violence || (c1 && strncmp(c1, "023", 3) == 0);
    while (f > vend && s->owner[f - 1] < 0 && t[f - 1].tag == HR_TAG_RB) f--;
    return violence && f == vend;
}

/* "opened an investigation into complaints filed by 20 nationals",
 * "examined a report by the comptroller": the mention m after "by" on a
 * document an inquiry (09) looks into is the document's author, not the
 * one looked into.  ("allegations of dumping by Japanese firms": "by"
 * on the act alleged names its doers, who are.) */
static int author_of_inquired_document(const sent *s, size_t vend, long m)
{
    static const char *const documents[] = { "report", "reports", "complaint", "complaints",
                                              "allegation", "allegations", "claim", "claims",
                                              "accusation", "accusations", "petition",
                                              "petitions", "testimony", "findings", NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = s->doc->actors[m].first_token;
    while (k > vend && s->owner[k - 1] < 0 &&
           (t[k - 1].tag == HR_TAG_DT || t[k - 1].tag == HR_TAG_JJ || t[k - 1].tag == HR_TAG_CD))
        k--;                                                /* "by 20", "by the" */
    if (k <= vend + 1 || s->owner[k - 1] >= 0 || !hr_tok_is(&t[k - 1], "by")) return 0;
    size_t d = k - 1;
    if (d > vend && s->owner[d - 1] < 0 && t[d - 1].tag == HR_TAG_VBN) d--;  /* "filed by" */
    return d > vend && s->owner[d - 1] < 0 && hr_tok_in(&t[d - 1], documents);
}

/* Whether token t is a form of a verb of giving, which takes the
 * receiver as a first object before the thing given ("offer India
 * help", "gave the rebels arms"); other verbs' first noun is a modifier
 * of their object ("sought U.S. approval"). */
static int verb_of_giving(const herald_token *t)
{
    static const char *const forms[] = {
        "give", "gives", "gave", "given", "giving", "offer", "offers", "offered", "offering",
        "grant", "grants", "granted", "granting", "lend", "lends", "lent", "lending",
        "promise", "promises", "promised", "promising", "send", "sends", "sent", "sending",
        "extend", "extends", "extended", "extending", "deny", "denies", "denied", "denying",
        "sell", "sells", "sold", "selling", "pay", "pays", "paid", "paying", NULL };
    return hr_tok_in(t, forms);
}

/* The party named between the verb of the clause a verb of saying
 * reports (chunk g) and token `end`, where a pattern's words go on: the
 * object of "with" right after the verb ("would cooperate with X in
 * ..."), or the first of the two objects of a verb of giving ("would
 * offer India help"); -1 for none ("would send a delegation to X": the
 * one object is what is sent). */
static long clause_party(const sent *s, long g, size_t end)
{
    const herald_chunk *ch = &s->doc->chunks[g];
    const herald_token *t = s->doc->tokens;
    size_t k = ch->first_token + ch->token_count;
    while (k < end && s->owner[k] < 0 && t[k].tag == HR_TAG_RB) k++;      /* "together" */
    if (k + 1 < end && s->owner[k] < 0 && hr_tok_is(&t[k], "with") && s->owner[k + 1] >= 0)
        return s->owner[k + 1];
    long m = hr_mention_from(s, k, end);
    if (m < 0 || !verb_of_giving(&t[ch->head]) || !hr_direct_object(s, k, m)) return -1;
    size_t after = s->doc->actors[m].first_token + s->doc->actors[m].token_count;
    int tag = after < end && s->owner[after] < 0 ? t[after].tag : -1;
    return tag == HR_TAG_DT || tag == HR_TAG_JJ || tag == HR_TAG_CD || hr_tag_is_noun(tag) ? m
                                                                                          : -1;
}

/* The target of the act a pattern read in the clause a verb of saying
 * reports: a party named between the clause's verb and the pattern's
 * last word (clause_party), else the first mention after that word
 * ("said it would hold talks with Y"); -1 when no pattern read the
 * clause. */
static long reported_target(const verb_coding *v, int to_place)
{
    const sent *s = v->s;
    const hit *h = &v->hit;
    if (!v->best || h->end <= v->vend) return -1;
    long g = hr_reported_group(s, v->vend, h->end);
    long m = g >= 0 ? clause_party(s, g, h->end) : -1;
    return m >= 0 ? m : hr_target_after(s, h->end, hr_is_comment_code(v->c1), to_place);
}

/* "asked for an extension, which the UN is due to consider": the party
 * that a relative clause on a request's object says will judge it
 * (consider, review, grant or reject it) is whom the request is made
 * to; -1 for none. */
static long request_judge(const sent *s, size_t vend)
{
    static const char *const judging[] = {
        "consider", "considers", "considered", "considering", "review", "reviews", "reviewed",
        "reviewing", "examine", "examines", "examined", "examining", "decide", "decides",
        "decided", "deciding", "approve", "approves", "approved", "approving", "grant", "grants",
        "granted", "granting", "reject", "rejects", "rejected", "rejecting", "weigh", "weighs",
        "weighed", "weighing", "study", "studies", "studied", "studying", NULL
    };
    const herald_token *t = s->doc->tokens;
    size_t k = hr_clause_end(s, vend);
    if (k + 3 >= s->end || !hr_tok_is(&t[k], ",") || s->owner[k + 1] >= 0 ||
        t[k + 1].tag != HR_TAG_WDT)
        return -1;
    for (k += 2; k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT; k++) {}
    if (k >= s->end || s->owner[k] < 0) return -1;
    long judge = s->owner[k];
    size_t end = hr_clause_end(s, k);
    for (k += s->doc->actors[judge].token_count; k < end; k++)
        if (hr_tag_is_verb(t[k].tag) && hr_tok_in(&t[k], judging)) return judge;
    return -1;
}

/* Whether the verb at k says a state, not an act ("are on alert in
 * Chisinau", "remained on standby in Moldova"): it acts on no place. */
static int states_at(const sent *s, size_t k)
{
    static const char *const staying[] = { "remain", "remains", "remained", "stay", "stays",
                                           "stayed", NULL };
    const herald_token *t = &s->doc->tokens[k];
    return hr_tok_is_be(t, HR_BE_BEING) || hr_tok_in(t, staying);
}

/* Statements (01) other than symbolic acts (017), which are done to
 * someone rather than said. */
static int is_statement_code(const char *code)
{
    return hr_root_in(code, 1, 1) && strncmp(code, "017", 3) != 0;
}

/* Claims (015) and denials (016) of responsibility for an act: topics
 * read their own way by hr_deep_in_topic. */
static enum hr_topic topic_kind(const char *code)
{
    return strncmp(code, "015", 3) == 0   ? HR_TOPIC_CLAIM
           : strncmp(code, "016", 3) == 0 ? HR_TOPIC_DENIAL
                                          : HR_TOPIC_PLAIN;
}

/* "a Mauritian delegation to China signed two agreements", "Israel's
 * envoy to Egypt held talks": the one a subject is sent to, named after
 * "to" right behind it, is its partner in an act done together when
 * nothing after the verb names one; -1 for none. */
static long partner_sent_to(const sent *s, long src, size_t vstart)
{
    const herald_actor *a = &s->doc->actors[src];
    size_t k = a->first_token + a->token_count;
    if (k >= vstart || s->owner[k] >= 0 || !hr_tok_is(&s->doc->tokens[k], "to")) return -1;
    k++;
    if (k < vstart && s->owner[k] < 0 && s->doc->tokens[k].tag == HR_TAG_DT) k++;  /* "to the" */
    return k < vstart && s->owner[k] >= 0 && s->owner[k] != src ? s->owner[k] : -1;
}

/* The body an act is done to join, named in a purpose phrase after it
 * ("signed papers of accession ... to become members of NATO", "signed
 * the treaty to join the EU"): the act's partner is the body joined, not
 * a co-signer; -1 for none. */
static long body_joined(const sent *s, size_t vend)
{
    static const char *const joining[] = { "join", "become", NULL };
    static const char *const member[] = { "member", "members", NULL };
    const herald_token *t = s->doc->tokens;
    for (size_t k = vend; k + 2 < s->end; k++) {
        /* a finite verb or ", and" opens another clause, whose purpose
         * is its own */
        if (t[k].tag == HR_TAG_VBD || t[k].tag == HR_TAG_VBZ || t[k].tag == HR_TAG_VBP ||
            (hr_tok_is(&t[k], ",") && t[k + 1].tag == HR_TAG_CC))
            return -1;
        if (!hr_tok_is(&t[k], "to") || !hr_tok_in(&t[k + 1], joining)) continue;
        size_t j = k + 2;
        if (hr_tok_is(&t[k + 1], "become")) {   /* "to become (full) members of" */
            while (j < s->end && s->owner[j] < 0 && !hr_tok_in(&t[j], member) && j < k + 5) j++;
            if (j + 1 >= s->end || !hr_tok_in(&t[j], member) || !hr_tok_is(&t[j + 1], "of"))
                return -1;
            j += 2;
        }
        if (j < s->end && s->owner[j] < 0 && t[j].tag == HR_TAG_DT) j++;
        return j < s->end ? s->owner[j] : -1;
    }
    return -1;
}

/* Whether the verb group before the one at token k is the verb that
 * coded the sentence's last event ("arrested ... and confiscated", not
 * "chanted ..., smashed cars and ransacked": a verb between them). */
static int follows_coded_verb(const sent *s, size_t k)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    if (c < 0) return 0;
    uint32_t sentence = ch[c].sentence;
    while (c-- > 0 && ch[c].sentence == sentence)
        if (ch[c].kind == HERALD_CHUNK_VG)
            return ch[c].first_token < s->coded_end &&
                   s->coded_end <= ch[c].first_token + ch[c].token_count;
    return 0;
}

/* "police arrested five men and confiscated their weapons", "killed one
 * gunman and arrested two": a verb of coercion joined by "and" to the
 * verb that coded an event of the same subject, with no party of its own
 * after it, acts on that verb's target: people, not a bare state, which
 * may be a place it took ("seized the city of Kabul and arrested ...").
 * A cut in relations does too, a state included ("will postpone visits
 * with Denmark and stop further dialogue"): a state is its usual party. */
static int shares_act_on_target(const verb_coding *v)
{
    const sent *s = v->s;
    size_t group = hr_group_start(s, v->vstart);
    if (!v->joined || v->b->nominal || v->src < 0 || v->src != s->coded_source ||
        s->coded_target < 0 || group == s->begin ||
        !hr_tok_is(&s->doc->tokens[group - 1], "and") || !follows_coded_verb(s, v->vstart))
        return 0;
    return hr_root_in(v->c1, 16, 16) ||
           (hr_root_in(v->c1, 17, 17) && strlen(s->doc->actors[s->coded_target].code) > 3);
}

/* The party "accusing" or "blaming" names when its first word is token
 * k: its object ("accusing Israel of ...") or, when that names no actor
 * ("blaming it on Hamas", "blaming the attack on"), the one after "on".
 * A pronoun object is the act itself, never the party. */
static long party_blamed(const sent *s, size_t k)
{
    static const char *const the_act[] = { "it", "this", "them", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[k];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP) return -1;
    long m = hr_tok_in(&s->doc->tokens[k], the_act) ? -1 : hr_chunk_mention(s, c);
    if (m >= 0) return m;
    long on = hr_chunk_after(s, c), object = on >= 0 ? hr_chunk_after(s, on) : -1;
    if (object < 0 || ch[on].kind != HERALD_CHUNK_PP || ch[object].kind != HERALD_CHUNK_NP ||
        !hr_tok_is(&s->doc->tokens[ch[on].first_token], "on"))
        return -1;
    return hr_chunk_mention(s, object);
}

/* The party a description names as the doer of what was described,
 * from token k, after "describing" or "calling" ("describing it to AFP
 * as a crime of an Israeli escalation", "calling it part of a Syrian
 * design", "calling it a violation by Israel"): the first mention past
 * an addressee ("to AFP"), unless it is what the act was aimed at or
 * about ("a crime against the Palestinian people", "an attack on
 * Iraq's sovereignty"); up to a clause end or a verb other than "be". */
static long described_party(const sent *s, size_t k)
{
    static const char *const aims[] = { "against", "on", "to", "for", "with", NULL };
    const herald_token *t = s->doc->tokens;
    for (; k < s->end; k++) {
        long m = s->owner[k];
        if (m < 0) {
            if (hr_tok_is(&t[k], ",") || hr_tok_is(&t[k], ";") ||
                (hr_tag_is_verb(t[k].tag) && !hr_tok_is_be(&t[k], HR_BE_ANY)))
                return -1;
            continue;
        }
        /* the word before the mention's noun phrase ("against the Iraqi people") */
        long c = s->chunk_of[k];
        const herald_token *before = &t[(c >= 0 ? s->doc->chunks[c].first_token : k) - 1];
        size_t after = s->doc->actors[m].first_token + s->doc->actors[m].token_count;
        int addressee = hr_tok_is(before, "to") && after < s->end && hr_tok_is(&t[after], "as");
        if (!addressee) return hr_tok_in(before, aims) ? -1 : m;
        k = after - 1;
    }
    return -1;
}

/* "protested the advance, saying the Islamists were seeking to provoke
 * unrest", "condemned the raid, accusing Israel of ...", "criticised the
 * decision, blaming it on Washington", "condemned the raid, calling it
 * an Israeli crime": a disapproval whose object names no actor is aimed
 * at the party the participle after it names, the subject of the clause
 * "saying" adds (its content), the one blamed or the doer described.
 * Only over an object without actors, up to the comma; -1 for none. */
static long content_clause_party(const sent *s, size_t vend)
{
    static const char *const blaming[] = { "accusing", "blaming", NULL };
    static const char *const describing[] = { "describing", "calling", "terming", "branding", NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = vend;
    for (; k < s->end && s->owner[k] < 0 && !hr_tok_is(&t[k], ","); k++)
        if (s->chunk_of[k] >= 0 && s->doc->chunks[s->chunk_of[k]].kind == HERALD_CHUNK_VG)
            return -1;
    if (k + 2 >= s->end || s->owner[k] >= 0) return -1;
    if (hr_tok_in(&t[k + 1], blaming)) return party_blamed(s, k + 2);
    if (hr_tok_in(&t[k + 1], describing)) return described_party(s, k + 2);
    long subject;
    if (!hr_tok_is(&t[k + 1], "saying") || !hr_reported_subject(s, k + 2, s->end, &subject))
        return -1;
    return subject;
}

/* Whether the verb's act is one done with a partner: a meeting, talks,
 * an accord, cooperation or a promise of them (036), or an act said to
 * go both ways. */
static int joint_act(const verb_coding *v)
{
    if (!v->c1 || !hr_two_way_act(v)) return 0;
    return hr_root_in(v->c1, 4, 6) || strcmp(v->c1, "036") == 0 ||
           hr_said_mutual(v->s, v->vstart, v->vend);
}

/* "China and Russia held talks on Iran", "made breakthroughs in
 * cooperation in the oil industry", "traded fire over the crossing": the
 * co-subjects of a meeting, accord, cooperation or exchange are each
 * other's partners, so mention m after it, neither the verb's object nor
 * named after "with", "against" or "between", is what the act is about.
 * (What a group agrees or yields to is aimed elsewhere: "agreed to buy
 * NATO equipment".) */
static int topic_of_joint_act(const verb_coding *v, long m)
{
    const sent *s = v->s;
    long lo = -1, hi = -1;
    if (m < 0 || v->src < 0 || !joint_act(v)) return 0;
    hr_group_of(s, v->src, &lo, &hi);
    return lo != hi && !hr_direct_object(s, v->vend, m) && !target_after_word(s, m, "with") &&
           !target_after_word(s, m, "against") && !between_target(s, m);
}

/* Whether mention m is the person whose hand-over is sought: named
 * right after "custody of", "the extradition of" ("demanded custody of
 * a US marine"), who is no party to the demand. */
static int person_sought(const sent *s, long m)
{
    static const char *const hand_overs[] = { "custody", "extradition", "handover", "hand-over",
                                              NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_DT) k--;
    return k >= s->begin + 2 && hr_tok_is(&t[k - 1], "of") && hr_tok_in(&t[k - 2], hand_overs);
}

/* The state a demand or request for someone's hand-over (1013, 0213)
 * that names no party is made of: the one state other than the
 * asker's that the sentence names, which holds the person ("was
 * arrested in New York ..., and Israel demanded his extradition": the
 * United States); -1 when it names none, or two. */
static long holding_state(const sent *s, long src)
{
    const herald_actor *ac = s->doc->actors;
    long found = -1;
    for (size_t m = s->first_actor; m < s->actor_end; m++) {
        if (ac[m].kind != HERALD_ACTOR_NAMED || strlen(ac[m].code) != 3 ||
            strcmp(ac[m].code, "---") == 0 || hr_same_state(s, src, (long)m))
            continue;
        if (found >= 0 && strcmp(ac[found].code, ac[m].code) != 0) return -1;
        found = (long)m;
    }
    return found;
}

/* The target: a pattern's +, else the mention after the verb (or a
 * place it names), past what is no target of it. */
#define VICTIM_REACH 5    /* from the toll's verb to its victims: "at least 11" */

/* The first mention in tokens [k, k + reach) before a comma, or -1. */
static long mention_within(const sent *s, size_t k, size_t reach)
{
    for (size_t i = k; i < s->end && i < k + reach; i++) {
        if (s->owner[i] >= 0) return s->owner[i];
        if (hr_tok_is(&s->doc->tokens[i], ",")) return -1;
    }
    return -1;
}

/* "opened fire on a car in Baghdad, killing two policemen", "fired at a
 * minibus and wounded three pilgrims": an attack aimed "at" or "on" a
 * thing that names no party is aimed at the people its toll, right
 * after it, says were harmed (with `aimed` 0, a place said only to be
 * where it was: "in Kabul").  The victims' mention, else -1: also for a
 * list ("a militant and nine others"), whose mixed sides leave the
 * place's country; past a party named first (another clause's subject);
 * and for a town struck ("shelled the town, killing three"), which is
 * its country's. */
static long toll_victims(const sent *s, size_t vend, int aimed)
{
    size_t harm = hr_toll_after(s, vend, 1, &aimed);
    if (harm == SIZE_MAX || !aimed) return -1;
    long victims = mention_within(s, harm + 1, VICTIM_REACH);
    if (victims < 0 || hr_is_place(s, victims)) return -1;
    const herald_token *tk = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[victims];
    size_t after = a->first_token + a->token_count;
    int listed = after < s->end && hr_tok_in(&tk[after], (const char *const[]){ "and", ",", NULL }) &&
                 mention_within(s, after + 1, 4) >= 0;
    return listed ? -1 : victims;
}

/* Whether place mention m only says where the act was ("in Baghdad",
 * "near Kabul"), not what it struck ("shelled Gaza"). */
static int located_place(const sent *s, long m)
{
    size_t k = s->doc->actors[m].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && s->doc->tokens[k - 1].tag == HR_TAG_DT) k--;
    return k > s->begin && hr_tok_in(&s->doc->tokens[k - 1], (const char *const[]){ "in", "near", NULL });
}

/* Whether chunk c is a preposition among `words`. */
static int preposition_in(const sent *s, long c, const char *const *words)
{
    const herald_chunk *ch = s->doc->chunks;
    return c >= 0 && ch[c].kind == HERALD_CHUNK_PP && hr_tok_in(&s->doc->tokens[ch[c].first_token], words);
}

/* "A bomb blast at a police station (in Manila) killed three people",
 * "an explosion at the US embassy killed 200": a blast or attack that
 * names no doer struck the party whose post the subject names; that
 * party, not those killed, is the target of the verb (the post's
 * mention, else -1). */
static long struck_post(const sent *s, size_t vstart)
{
    static const char *const at[] = { "at", "on", "outside", "inside", NULL };
    static const char *const where[] = { "in", "near", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    long np = c >= 0 ? hr_chunk_before(s, c) : -1;
    long pp = np >= 0 ? hr_chunk_before(s, np) : -1;
    if (preposition_in(s, pp, where)) {         /* past "in Manila" */
        np = hr_chunk_before(s, pp);
        pp = np >= 0 ? hr_chunk_before(s, np) : -1;
    }
    long post = np >= 0 && ch[np].kind == HERALD_CHUNK_NP ? hr_chunk_mention(s, np) : -1;
    long blast = preposition_in(s, pp, at) ? hr_chunk_before(s, pp) : -1;
    if (post < 0 || hr_is_place(s, post) || blast < 0 || ch[blast].kind != HERALD_CHUNK_NP ||
        hr_chunk_mention(s, blast) >= 0)
        return -1;
    return post;
}

/* "will never release those (with blood on their hands), referring to
 * Palestinians who ...": an object that is a bare demonstrative or
 * pronoun naming no one, at k, is the party a later ", referring to X"
 * names; X's mention, else -1.  Asked only when no target was found. */
static long referent_named_after(const sent *s, size_t k)
{
    static const char *const bare[] = { "those", "them", "these", NULL };
    const herald_token *t = s->doc->tokens;
    if (k >= s->end || s->owner[k] >= 0 || !hr_tok_in(&t[k], bare)) return -1;
    for (size_t i = k + 1; i + 2 < s->end && !hr_tok_is(&t[i], ";"); i++) {
        if (!hr_tok_is(&t[i], "referring") || !hr_tok_is(&t[i + 1], "to") ||
            !(hr_tok_is(&t[i - 1], ",") || t[i - 1].tag == HR_TAG_RQUOTE))
            continue;
        size_t m = i + 2;
        if (m < s->end && t[m].tag == HR_TAG_DT) m++;
        return m < s->end ? s->owner[m] : -1;
    }
    return -1;
}

int hr_find_target(verb_coding *v)
{
    sent *s = v->s;
    size_t vstart = v->vstart, vend = v->vend;
    const hit *h = &v->hit;
    const char *c1 = v->c1;
    /* A place may be the target of one actor's act ("Iran and Israel met
     * in Geneva" is a meeting of the two, not with Switzerland), or of
     * several using force one way together ("Syria and Russia bombed
     * Idlib"). */
    long slo = -1, shi = -1;
    v->to_place = h->target < 0 && hr_active_finite(s, vstart) && !states_at(s, vstart) &&
                  !is_protest_code(c1);
    if (v->to_place && v->src >= 0) hr_group_of(s, v->src, &slo, &shi);
    /* A meeting, talks, an accord or cooperation has a partner, which a
     * place never is: "met in Belgium" says where, not with whom. */
    v->to_place = v->to_place && !joint_act(v) &&
                  (slo == shi || (hr_is_force_code(c1) && !hr_two_way_act(v)));
    int to_place = v->to_place;
    v->tgt = h->target >= 0 ? h->target
                            : hr_target_after(s, vend, hr_is_comment_code(c1), to_place);
    /* "bombed Mogadishu airport held by the Islamists": the holder, who
     * takes the held place's country as the roles of a town shelled do */
    long holder = h->target < 0 && v->tgt >= 0 && hr_is_force_code(c1) ? hr_holder_of(s, v->tgt)
                                                                        : -1;
    if (holder >= 0) {
        const herald_actor *held = &s->doc->actors[v->tgt];
        if (held->kind == HERALD_ACTOR_NAMED && strlen(held->code) == 3 &&
            strcmp(held->code, "---") != 0)
            v->held = held;     /* "Mogadishu airport": SOM's */
        v->tgt = holder;
    }
    /* "struck a U.S. base in Jordan" read by "* in +": a place is the
     * target only when the verb has no object of its own ("drone
     * strikes in Yemen", "fired rockets from Gaza at southern Israel").
     * The object of a show of force is the forces shown, no target:
     * "deployed troops near Ukraine" is aimed at the place named after
     * them, unless it is the actor's own state; forces sent are aimed
     * at the place too ("sending German troops to Afghanistan"). */
    if (h->target >= 0 && hr_is_place(s, h->target)) {
        long object = hr_target_after(s, vend, hr_is_comment_code(c1), 0);
        size_t k = object >= 0 ? s->doc->actors[object].first_token : vend;
        while (k > vend && s->owner[k - 1] < 0 &&
               (s->doc->tokens[k - 1].tag == HR_TAG_DT || s->doc->tokens[k - 1].tag == HR_TAG_JJ))
            k--;
        int object_first = object >= 0 && k == vend &&
                           s->doc->actors[object].first_token < s->doc->actors[v->tgt].first_token;
        const herald_actor *mover = v->src >= 0 ? &s->doc->actors[v->src] : NULL;
        if (object_first && is_show_of_force(c1)) {
            if (v->src >= 0 && hr_same_state(s, v->src, v->tgt)) v->tgt = -1;
        } else if (object_first && !own_forces_moved(c1, &s->doc->actors[object], mover)) {
            v->tgt = object;
        }
    }
    if (h->target < 0 && topic_of_joint_act(v, v->tgt)) v->tgt = -1;
    /* "denied that its troops had ...", "refuted reports claiming that
     * ...": a statement (01) whose object is a clause has no target in
     * it.  ("demanded that Hamas renounce": a demand is made of the
     * clause's subject.) */
    int claim;
    if (h->target < 0 && c1 && strncmp(c1, "01", 2) == 0 &&
        (hr_claim_that(s, vend, &claim) != SIZE_MAX || bare_clause_object(s, vend)))
        v->tgt = -1;
    /* "X said Y accepted ...": after a verb of saying comes the reported
     * clause, whose subject is no target ("told Y" has one), but the
     * target of the act a pattern read in it may be (reported_target). */
    /* "told Reuters", "told reporters": news media only carry the
     * statement, so the clause's party is the target, as after "said". */
    int says = hr_says(s, vstart);
    int told = says && hr_tok_in(&s->doc->tokens[vstart],
                                 (const char *const[]){ "told", "tells", "tell", NULL });
    long audience = told && v->tgt >= 0 && news_medium(&s->doc->actors[v->tgt]) ? v->tgt : -1;
    if (h->target < 0 && says && (!told || audience >= 0))
        v->tgt = reported_target(v, to_place);
    /* "X said Y would withdraw its troops": a pattern that read the
     * reported clause codes the act of that clause, whose doer is its
     * subject ("said it would ...": the speaker; "said the plan would
     * ...": no actor).  A subject the pattern reads as its target is
     * the one the speaker blames ("said Ukraine was behind the attack"):
     * the statement is the act, and the speaker stays its source.  So
     * for a claim or denial by a party: "an official said the United
     * States had no part in the attack" is the official's denial ("said
     * the region's security had nothing to do with X": no party's).
     * A threat is the statement too: "Meles said Ethiopia would not
     * hesitate to attack" is the prime minister's when the state he
     * names is his own, by its name alone (a speaker of no state of his
     * own, "a spokesman", leaves it to the party he speaks for). */
    long reporter;
    if (v->best && h->end > vend && h->source < 0 && says &&
        hr_reported_subject(s, vend, h->end, &reporter) &&
        (reporter < 0 || (reporter != h->target && topic_kind(c1) == HR_TOPIC_PLAIN)) &&
        !(reporter >= 0 && v->src >= 0 && hr_root_in(c1, 13, 13) &&
          strlen(s->doc->actors[reporter].code) == 3 &&
          strncmp(s->doc->actors[v->src].code, "---", 3) != 0 &&
          hr_same_state(s, v->src, reporter)))
        v->src = reporter == audience ? -1 : reporter;
    if (h->target < 0 && v->tgt >= 0 && hr_root_in(c1, 2, 2) &&
        beneficiary_of_appeal(s, vend, v->tgt))
        v->tgt = -1;
    /* past the one gaining, the target may still be named: "fought for
     * the Kurds against Turkish troops" (no place: "for Tamils in Sri
     * Lanka" tells where they live, not what is fought) */
    if (h->target < 0 && v->tgt >= 0 && beneficiary_after_for(s, vend, v->tgt, c1))
        v->tgt = hr_target_after(s, s->doc->actors[v->tgt].first_token +
                                        s->doc->actors[v->tgt].token_count,
                                 hr_is_comment_code(c1), 0);
    if (v->tgt >= 0 && hr_root_in(c1, 9, 9) && author_of_inquired_document(s, vend, v->tgt))
        v->tgt = hr_target_after(s, s->doc->actors[v->tgt].first_token +
                                        s->doc->actors[v->tgt].token_count,
                                 0, 0);
    if (h->target < 0 && h->source < 0 && v->src >= 0 && hr_relative_object(s, v->src) >= 0)
        v->tgt = hr_relative_object(s, v->src);
    /* "began to question whether he ... with the Orcs": a subject pronoun
     * for the source itself starts a clause of its own and is no target;
     * "recalled its ambassador": the source's own people are none either.
     * The next mention may be.  ("called on him" keeps its object.) */
    static const char *const subjects[] = { "he", "she", "they", NULL };
    const herald_actor *ac = s->doc->actors;
    long src = v->src, tgt = v->tgt;
    if (h->target < 0 && tgt >= 0 && src >= 0 && ac[tgt].kind == HERALD_ACTOR_REFERENCE &&
        ((hr_tok_in(&s->doc->tokens[ac[tgt].first_token], subjects) &&
          strcmp(ac[tgt].code, ac[src].code) == 0) ||
         (ac[tgt].first_token > s->begin &&
          hr_tok_is(&s->doc->tokens[ac[tgt].first_token - 1], "its") &&
          strncmp(ac[tgt].code, ac[src].code, 3) == 0)))
        tgt = hr_target_after(s, ac[tgt].first_token + ac[tgt].token_count, hr_is_comment_code(c1),
                              to_place);
    /* "deployed 4,000 troops (to the border)", "offered Navy warships
     * to escort Kuwaiti tankers": the forces shown, sent or withdrawn
     * are the actor's own, not its target, which is whoever they face or
     * serve, named after them if at all. */
    const herald_actor *mover = src >= 0 ? &ac[src] : NULL;
    if (h->target < 0 && tgt >= 0 && own_forces_moved(c1, &ac[tgt], mover))
        do      /* over a list of them: "offered Navy warships" */
            tgt = hr_target_after(s, ac[tgt].first_token + ac[tgt].token_count,
                                  hr_is_comment_code(c1), to_place);
        while (tgt >= 0 && is_forces(&ac[tgt]) && own_forces_moved(c1, &ac[tgt], mover));
    if (h->target < 0 && tgt >= 0 && aid_giver(s, c1, tgt))
        tgt = hr_target_after(s, ac[tgt].first_token + ac[tgt].token_count,
                              hr_is_comment_code(c1), to_place);
    /* a protest is held in a place, not against it: the next mention */
    if (h->target < 0 && is_protest_code(c1))
        while (tgt >= 0 && protest_ground(s, tgt))
            tgt = hr_target_after(s, ac[tgt].first_token + ac[tgt].token_count,
                                  hr_is_comment_code(c1), to_place);
    long aim = h->target < 0 && tgt >= 0 && is_protest_code(c1) && protest_symbol(s, tgt)
                   ? purpose_party(s, ac[tgt].first_token + ac[tgt].token_count)
                   : -1;
    if (aim >= 0) tgt = aim;
    /* "staged a rally aimed at pressing the government to resign": the
     * party the protest's purpose names, past its object */
    if (h->target < 0 && tgt < 0 && is_protest_code(c1)) tgt = purpose_party(s, vend);
    if (h->target < 0 && tgt < 0 && c1 && (hr_root_in(c1, 2, 2) || hr_root_in(c1, 10, 10)))
        tgt = request_judge(s, vend);
    if (h->target < 0 && tgt >= 0 && company_on_visit(s, vend, c1, tgt)) tgt = -1;
    if (tgt >= 0 && hr_helps(s, tgt)) tgt = -1;      /* a helper shares the act */
    /* "... and several others wounded": the victims stand between "and"
     * and the participle; the doer is unknown. */
    if (v->elided_passive) {
        tgt = -1;
        for (size_t k = vstart; k-- > s->begin && tgt < 0 &&
                                (s->owner[k] >= 0 || !hr_tok_is(&s->doc->tokens[k], "and"));)
            tgt = s->owner[k];
    }
    long examples = tgt >= 0 ? hr_named_examples(s, tgt) : -1;
    if (examples >= 0) tgt = examples;
    /* A statement's target is whom it addresses or is about as a whole,
     * not a party named inside its topic ("voiced fears of a civil war in
     * X"); a symbolic act (017) acts where it is done.  A pattern's + is
     * checked from the verb: "fears he would be arrested by X" is read by
     * "* by +". */
    size_t said = h->target < 0 && v->best && h->end > vend ? h->end : vend;
    if (tgt >= 0 && is_statement_code(c1) && ac[tgt].first_token >= said &&
        hr_deep_in_topic(s, said, tgt, topic_kind(c1)))
        tgt = -1;
    /* "Hu met visiting President X": the visitor is the one named after
     * the participle, and the one it stands beside is the host. */
    if (h->source < 0 && h->target < 0 && tgt >= 0 && !v->b->nominal && c1 &&
        strncmp(c1, "042", 3) == 0 && hr_qualifying_participle(s, vstart, vend) &&
        tgt == s->owner[vend]) {
        tgt = v->src;
        v->src = s->owner[vend];
    }
    if (tgt < 0 && h->target < 0 && v->src >= 0 && c1 && hr_reciprocal_code(c1))
        tgt = partner_sent_to(s, v->src, vstart);
    /* "sent a letter to Fujimori expressing support": what the letter
     * says with no party of its own is said to its addressee */
    if (tgt < 0 && h->target < 0) tgt = hr_document_addressee(s, vstart);
    if (tgt < 0 && h->target < 0) tgt = referent_named_after(s, said);
    /* the body joined does not sign with its new members: one way */
    long joined = h->target < 0 && v->src >= 0 && hr_root_in(c1, 3, 6) ? body_joined(s, vend) : -1;
    if (joined >= 0 && (tgt < 0 || tgt == joined)) {
        tgt = joined;
        v->c2 = NULL;
    }
    if (tgt < 0 && h->target < 0 && hr_root_in(c1, 11, 11)) tgt = content_clause_party(s, vend);
    /* "a judge was killed when gunmen opened fire at his car": violence
     * whose object names no party (a car, a home, a place) is aimed at
     * the one the clause before says was harmed by it. */
    long harmed;
    if (h->target < 0 && (tgt < 0 || hr_is_place(s, tgt)) && hr_is_violence_code(c1) &&
        (harmed = hr_harmed_before_clause(s, vstart)) >= 0)
        tgt = harmed;
    long post = h->target < 0 && !v->b->nominal && hr_is_violence_code(c1) ? struck_post(s, vstart) : -1;
    if (post >= 0) tgt = post;
    long victims;
    int located = tgt >= 0 && hr_is_place(s, tgt) && located_place(s, tgt);
    /* (Past a place, only victims of no country of their own: those of
     * a party of their own are coded by the toll: "struck a warehouse in
     * Gaza, killing two Hamas commanders".) */
    if ((tgt < 0 || located) && (h->target < 0 || located) && hr_is_violence_code(c1) &&
        (victims = toll_victims(s, vend, located)) >= 0 &&
        (!located || strncmp(ac[victims].code, "---", 3) == 0))
        tgt = victims;
    /* With no holding state named, the person sought stays the target
     * ("demanded the extradition of an Egyptian cleric"). */
    if (h->target < 0 && v->src >= 0 && c1 &&
        (strncmp(c1, "1013", 4) == 0 || strncmp(c1, "0213", 4) == 0) &&
        (tgt < 0 || person_sought(s, tgt))) {
        long state = holding_state(s, v->src);
        if (state >= 0) tgt = state;
    }
    v->tgt = tgt;
    if (h->target < 0 && tgt < 0 && shares_act_on_target(v)) {
        v->tgt = s->coded_target;
        return hr_buf_puts(&s->how, "; the target of the verb it is joined to");
    }
    return 0;
}

/* background.c - whether a verb tells the background or a circumstance
 * of the news rather than an event of its own: a charge ("accused of
 * shelling"), a gerund of time, a clause of circumstance, a standing
 * state ("have fought since 1996"), an attack the reader already knows
 * of and its toll, a participle on a thing or on a generic noun; and
 * what the sentence coded before it (the toll of an attack by an
 * unknown doer, the manner of one protest, the purpose of a sending). */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether a word of punishment stands in the clause before token k
 * ("a marine sentenced to 40 years in jail for ..."), which makes what
 * follows "for" a charge, whether or not the punishment coded an event. */
static int punished(const sent *s, size_t k)
{
    static const char *const words[] = { "sentenced", "convicted", "jailed", "imprisoned",
                                         "executed", "fined", "punished", "indicted",
                                         "prosecuted", NULL };
    for (size_t i = k; i-- > s->begin && k - i < 12;) {
        if (s->owner[i] < 0 && (hr_tok_is(&s->doc->tokens[i], ",") ||
                                hr_tok_is(&s->doc->tokens[i], ";")))
            return 0;
        if (s->owner[i] < 0 && hr_tok_in(&s->doc->tokens[i], words)) return 1;
    }
    return 0;
}

/* Whether the gerund at vstart, after "of", is a charge: "of" follows an
 * actor or a charge's word. */
static int charged_of(const sent *s, size_t vstart)
{
    /* "accused each other of shelling", "accused them of ...". */
    static const char *const objects[] = { "other", "them", "him", "her", "it", "us", NULL };
    /* "two men suspected of blowing up a jet", "convicted of killing":
     * the charge, whoever bears it. */
    static const char *const charged[] = { "accused", "suspected", "charged", "convicted",
                                           "guilty", "acquitted", "innocent", NULL };
    const herald_token *t = s->doc->tokens;
    return s->owner[vstart - 2] >= 0 || hr_tok_in(&t[vstart - 2], objects) ||
           hr_tok_in(&t[vstart - 2], charged);
}

/* "accused Ethiopian forces of massacring civilians", "suspected Iran of
 * hiding weapons": a gerund after "ACTOR of" is the charge laid on the
 * actor, not an event of its own; so is one after "for" that follows an
 * arrest ("arrested 24 students for calling for a boycott"), and one
 * joined to a charge by "and" ("... and demanding a new president").
 * (After "for" it may be an event: "praised Spain for donating" codes
 * the donation.) */
int hr_embedded_gerund(const sent *s, size_t vstart)
{
    const herald_token *t = s->doc->tokens;
    if (t[vstart].tag != HR_TAG_VBG || vstart < s->begin + 2 || s->owner[vstart - 1] >= 0)
        return 0;
    if (hr_tok_is(&t[vstart - 1], "of")) return charged_of(s, vstart);
    return (hr_tok_is(&t[vstart - 1], "for") && (s->last_coercion || punished(s, vstart - 1))) ||
           (s->last_charge && hr_tok_is(&t[vstart - 1], "and"));
}

/* Whether the gerund at vstart follows one of the words `before`. */
static int gerund_after(const sent *s, size_t vstart, const char *const *before)
{
    return s->doc->tokens[vstart].tag == HR_TAG_VBG && vstart > s->begin &&
           s->owner[vstart - 1] < 0 && hr_tok_in(&s->doc->tokens[vstart - 1], before);
}

/* "celebrated Iftar with Gondor after leaving Eriador": a gerund after
 * a conjunction of time is a circumstance of the main event, whose
 * subject it shares; the mention just before it ("Gondor") is no source,
 * so it is not coded, as PETRARCH-2 leaves such clauses.  (Not "while":
 * hr_while_gerund.) */
int hr_time_gerund(const sent *s, size_t vstart)
{
    static const char *const when[] = { "after", "before", "since", "when", NULL };
    return gerund_after(s, vstart, when);
}

/* "pledged to cooperate while maintaining its innocence", "criticised
 * the law while warning Beijing": a gerund after "while" is a second act
 * its subject does at the same time, news of its own. */
int hr_while_gerund(const sent *s, size_t vstart)
{
    return gerund_after(s, vstart, (const char *const[]){ "while", NULL });
}

/* "will recommend more trainers while withdrawing troops": whether the
 * clause a gerund after "while" hangs on (its nearest finite verb group)
 * tells an act to come or a possible one, which the gerund's act is too. */
int hr_while_gerund_uncertain(const sent *s, size_t vstart)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || !hr_while_gerund(s, vstart)) return 0;
    for (long i = c - 1; i >= 0 && ch[i].sentence == ch[c].sentence; i--)
        if (hr_finite_group(s, i))
            return (ch[i].flags & (HERALD_VG_FUTURE | HERALD_VG_MODAL)) != 0;
    return 0;
}

/* "restored ties with Gondor, almost five years after crowds burned
 * its embassy": a verb in a clause opened by a conjunction of time or
 * cause after a verb that coded an event tells that event's
 * circumstance.  With a side unknown it is no event of its own (the
 * upper event absorbs it, as PETRARCH-2 combines nested verbs).  A
 * gerund after "while" is a second act of the subject, news of its own
 * ("pledged to cooperate while maintaining its innocence"). */
int hr_circumstance(const sent *s, size_t vstart)
{
    static const char *const subordinators[] = { "after", "before", "since", "when", "while",
                                                 "until", "because", NULL };
    if (!s->coded_end || hr_while_gerund(s, vstart)) return 0;
    int inside = 0;                     /* a comma closes the clause: ", X said" */
    for (size_t k = s->coded_end; k < vstart; k++)
        if (s->owner[k] < 0 && hr_tok_in(&s->doc->tokens[k], subordinators)) inside = 1;
        else if (s->owner[k] < 0 && hr_tok_is(&s->doc->tokens[k], ",")) inside = 0;
    return inside;
}

/* "expelled five men who were questioned by the police", "talks that
 * were interrupted by the bombing": a passive relative clause right on
 * its noun (no comma) tells what that noun underwent, which picks it out
 * for the reader; the news is the sentence's own verb.  (An active one,
 * "a man who had threatened the pope", and one set off by a comma,
 * "the envoy, who was detained by police on Monday, ...", add news of
 * their own and are coded.) */
static const char *const any_relative[] = { "who", "which", "that", NULL };

/* The chunk before the relative pronoun (one of `relatives`) that opens
 * the clause of chunk c, the clause's antecedent; -1 when c opens no
 * such clause. */
static long relative_antecedent(const sent *s, long c, const char *const *relatives)
{
    const herald_chunk *ch = s->doc->chunks;
    long rel = c >= 0 ? hr_chunk_before(s, c) : -1;
    if (rel < 0 || ch[rel].kind != HERALD_CHUNK_SBAR ||
        !hr_tok_in(&s->doc->tokens[ch[rel].first_token], relatives))
        return -1;
    return hr_chunk_before(s, rel);
}

int hr_defining_passive(const sent *s, size_t vstart)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_VG || !(ch[c].flags & HERALD_VG_PASSIVE)) return 0;
    long np = relative_antecedent(s, c, any_relative);
    return np >= 0 && ch[np].kind == HERALD_CHUNK_NP;
}

/* Whether a date expression of the sentence starts within tokens
 * [lo, hi). */
static int date_within(const sent *s, size_t lo, size_t hi)
{
    for (size_t i = 0; i < s->doc->date_count; i++) {
        const herald_date *d = &s->doc->dates[i];
        if (d->sentence == s->index && d->first_token >= lo && d->first_token < hi) return 1;
    }
    return 0;
}

/* The token that ends the relative clause whose verb group is chunk c:
 * the next finite verb group, the main clause's ("rebels who attack
 * posts signed a truce"), or the end of the clause. */
static size_t relative_clause_end(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    size_t end = hr_clause_end(s, ch[c].first_token);
    for (long i = c + 1; (size_t)i < s->doc->chunk_count && ch[i].first_token < end; i++)
        if (hr_finite_group(s, i)) return ch[i].first_token;
    return end;
}

/* "Erbakan, who opposes close ties with Israel", "militias which
 * attack army posts": a relative clause in the simple present tells
 * what its noun stands for or habitually does, the setting of the news,
 * not an act of it.  (One with a date tells a scheduled act: "Bangemann,
 * who flies to Washington this weekend".) */
int hr_standing_relative(const sent *s, size_t vstart)
{
    const unsigned tensed = HERALD_VG_PAST | HERALD_VG_FUTURE | HERALD_VG_MODAL |
                            HERALD_VG_PASSIVE | HERALD_VG_PERFECT | HERALD_VG_PROGRESSIVE |
                            HERALD_VG_INFINITIVE | HERALD_VG_GERUND;
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_VG || (ch[c].flags & tensed)) return 0;
    long rel = hr_chunk_before(s, c);
    if (rel < 0 || ch[rel].kind != HERALD_CHUNK_SBAR ||
        !hr_tok_in(&s->doc->tokens[ch[rel].first_token], any_relative))
        return 0;
    /* restrictive ("militants who attack") or set off by a comma */
    size_t k = ch[rel].first_token;
    if (k > s->begin + 1 && hr_tok_is(&s->doc->tokens[k - 1], ",")) k--;
    long np = k > s->begin ? s->chunk_of[k - 1] : -1;
    return np >= 0 && ch[np].kind == HERALD_CHUNK_NP &&
           !date_within(s, vstart, relative_clause_end(s, c));
}

/* "set up a panel to investigate who shot down the plane", "asked who
 * was behind the attack", "the question of who killed him": a clause
 * opened by "who" after a verb or a preposition is a question, not a
 * relative on a noun; its act is known but its doer is what is asked,
 * so no side of the sentence did it. */
int hr_indirect_question(const sent *s, size_t vstart)
{
    static const char *const who[] = { "who", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long up = relative_antecedent(s, s->chunk_of[vstart], who);
    return up >= 0 && (ch[up].kind == HERALD_CHUNK_VG || ch[up].kind == HERALD_CHUNK_PP);
}

/* "accused Gondor of arming militias that have been attacking its
 * villages": a relative clause on the object of a charge (a gerund
 * after "X of", charged_of) tells what the charge says those men do,
 * which the accuser asserts, not the sentence. */
int hr_charge_relative(const sent *s, size_t vstart)
{
    const herald_chunk *ch = s->doc->chunks;
    long np = relative_antecedent(s, s->chunk_of[vstart], any_relative);
    long gerund = np >= 0 && ch[np].kind == HERALD_CHUNK_NP ? hr_chunk_before(s, np) : -1;
    if (gerund < 0 || ch[gerund].kind != HERALD_CHUNK_VG) return 0;
    size_t g = ch[gerund].first_token;
    return g >= s->begin + 2 && s->doc->tokens[g].tag == HR_TAG_VBG && s->owner[g - 1] < 0 &&
           hr_tok_is(&s->doc->tokens[g - 1], "of") && charged_of(s, g);
}

/* "praised his tenacity in resisting pressure from Syria", "backed the
 * use of force in freeing the hostages", "the aim of destroying the
 * rebels": a gerund after "in" or "of" on a common noun completes that
 * noun, a quality, a role or an aim, not an act the sentence reports.
 * (After a verb it is one: "succeeded in freeing the hostages".) */
int hr_noun_complement_gerund(const sent *s, size_t vstart)
{
    static const char *const links[] = { "in", "of", NULL };
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart < s->begin + 2 || s->owner[vstart - 1] >= 0 ||
        !hr_tok_in(&tk[vstart - 1], links) || s->owner[vstart - 2] >= 0)
        return 0;
    int tag = tk[vstart - 2].tag;
    return tag == HR_TAG_NN || tag == HR_TAG_NNS;
}

/* Whether token t is a year of news: four digits, 1900 to 2099. */
int hr_is_year(const herald_token *t)
{
    if (t->norm_len != 4) return 0;
    for (uint32_t i = 0; i < 4; i++)
        if (t->norm[i] < '0' || t->norm[i] > '9') return 0;
    return (t->norm[0] == '1' && t->norm[1] == '9') || (t->norm[0] == '2' && t->norm[1] == '0');
}

/* Whether the verb at vstart is an active perfect: "have fought", "has
 * been fighting", "had long opposed" (not "has been jailed for 20
 * years", a passive). */
static int active_perfect(const sent *s, size_t vstart)
{
    static const char *const have[] = { "has", "have", "had", NULL };
    const herald_token *tk = s->doc->tokens;
    size_t k = vstart;
    while (k > s->begin && tk[k - 1].tag == HR_TAG_RB) k--;
    if (k > s->begin && hr_tok_is(&tk[k - 1], "been")) {
        if (tk[vstart].tag != HR_TAG_VBG) return 0;
        k--;
    }
    while (k > s->begin && tk[k - 1].tag == HR_TAG_RB) k--;
    return k > s->begin && s->owner[k - 1] < 0 && hr_tok_in(&tk[k - 1], have);
}

/* Whether the adverb "long" stands in the verb group before vstart:
 * "have long expressed", "has long been seeking". */
static int long_before(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    for (size_t k = vstart; k > s->begin && s->owner[k - 1] < 0; k--) {
        if (hr_tok_is(&tk[k - 1], "long")) return 1;
        if (tk[k - 1].tag != HR_TAG_RB && !hr_tok_is(&tk[k - 1], "been")) return 0;
    }
    return 0;
}

/* "rebels, who have been fighting the government since 1996", "which
 * have fought a civil war for 20 years", "have long expressed concern":
 * a perfect that spans years tells a standing state, the background of
 * the news, not one of its events ("have shelled the town since Sunday"
 * is still coded). */
int hr_years_long(const sent *s, size_t vstart, size_t vend, size_t scope)
{
    static const char *const spans[] = { "years", "decades", NULL };
    const herald_token *tk = s->doc->tokens;
    if (!active_perfect(s, vstart)) return 0;
    if (long_before(s, vstart)) return 1;
    for (size_t k = vend; k + 1 < scope; k++) {
        if (s->owner[k] >= 0) continue;
        size_t last = k + 4 < scope ? k + 4 : scope;
        for (size_t i = k + 1; i < last; i++) {
            if (hr_tok_is(&tk[k], "since") && hr_is_year(&tk[i])) return 1;
            if (hr_tok_is(&tk[k], "for") && hr_tok_in(&tk[i], spans)) return 1;
        }
    }
    return 0;
}

/* Whether the word at k is an adverb of frequency. */
static int frequency_adverb(const sent *s, size_t k)
{
    static const char *const often[] = { "often", "frequently", "routinely", "regularly",
                                         "usually", "sometimes", "occasionally", "habitually",
                                         "typically", NULL };
    return s->owner[k] < 0 && s->doc->tokens[k].tag == HR_TAG_RB &&
           hr_tok_in(&s->doc->tokens[k], often);
}

/* "insurgents often kidnap foreigners", "rebels have frequently targeted
 * the police", "militants, who attack government targets frequently": an
 * adverb of frequency in the verb group or closing its clause tells a
 * habit, the background of the news, not one act.  ("Repeatedly" counts
 * the acts of one campaign, which are news: "have repeatedly demanded".) */
int hr_habit(const sent *s, size_t vstart)
{
    static const char *const aux[] = { "has", "have", "had", "been", NULL };
    const herald_token *tk = s->doc->tokens;
    for (size_t k = vstart; k > s->begin && s->owner[k - 1] < 0 &&
                            (tk[k - 1].tag == HR_TAG_RB || hr_tok_in(&tk[k - 1], aux));
         k--)
        if (frequency_adverb(s, k - 1)) return 1;
    size_t end = hr_clause_end(s, vstart);
    while (end > vstart + 1 && tk[end - 1].kind != HERALD_TOK_WORD) end--;
    return end > vstart + 1 && frequency_adverb(s, end - 1);
}

/* Whether chunk c is a noun phrase wholly inside a date expression
 * ("Friday", "last week"). */
int hr_date_chunk(const sent *s, long c)
{
    const herald_chunk *ch = &s->doc->chunks[c];
    if (ch->kind != HERALD_CHUNK_NP) return 0;
    for (size_t i = 0; i < s->doc->date_count; i++) {
        const herald_date *d = &s->doc->dates[i];
        if (d->sentence == s->index && d->first_token <= ch->first_token &&
            ch->first_token + ch->token_count <= d->first_token + d->token_count)
            return 1;
    }
    return 0;
}

/* "condemned the bombing of the embassies", "suspects in the Kenya
 * bombing", "interrupted by the car bombing": an act of force named by a
 * noun with "the" after a verb or a preposition is one the reader
 * already knows of, coded where it was reported; the news here is what
 * is said or done about it.  (Coded are a subject, "the bombing of X
 * killed ...", an attack whose doer the phrase names, "condemned the
 * shelling of X by Y", "clashes between A and B", and "a bombing".) */
int hr_known_attack(const sent *s, size_t vstart)
{
    static const char *const definite[] = { "the", "this", "that", "these", "those", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP ||
        !hr_tok_in(&s->doc->tokens[ch[c].first_token], definite))
        return 0;
    long p = hr_chunk_before(s, c);
    if (p >= 0 && hr_date_chunk(s, p)) p = hr_chunk_before(s, p);    /* "condemned Friday the" */
    return p >= 0 && (ch[p].kind == HERALD_CHUNK_VG || ch[p].kind == HERALD_CHUNK_PP);
}

/* "condemned the bomb blasts which killed 200 people (and injured
 * ...)": a relative clause on an attack the reader already knows of
 * (known_attack) tells that attack's toll, news reported where the
 * attack was. */
int hr_known_attack_toll(const sent *s, size_t vstart)
{
    static const char *const relatives[] = { "which", "that", NULL };
    long np = relative_antecedent(s, s->chunk_of[vstart], relatives);
    return np >= 0 && hr_known_attack(s, s->doc->chunks[np].first_token);
}

/* Whether the noun phrase at chunk c is a document its author issues,
 * right after the verb of issuing: "Egypt issued a statement condemning
 * the raid", "the Council adopted a resolution calling on ...": what the
 * document says, its author says (while "vetoed a resolution condemning
 * Syria" is no condemnation by the one who vetoed). */
static int issued_document(const sent *s, long c)
{
    static const char *const documents[] = { "statement", "statements", "letter", "message",
                                              "communique", "declaration", "resolution", NULL };
    static const char *const issuing[] = { "issued", "issues", "released", "releases",
                                           "adopted", "adopts", "passed", "passes", "approved",
                                           "approves", "sent", "sends", "published", "signed",
                                           "delivered", NULL };
    const herald_chunk *np = &s->doc->chunks[c];
    const herald_token *tk = s->doc->tokens;
    long v = hr_chunk_before(s, c);
    return hr_tok_in(&tk[np->first_token + np->token_count - 1], documents) && v >= 0 &&
           s->doc->chunks[v].kind == HERALD_CHUNK_VG &&
           !(s->doc->chunks[v].flags & HERALD_VG_PASSIVE) &&
           hr_tok_in(&tk[s->doc->chunks[v].head], issuing);
}

/* "a demonstration backing the prime minister", "all countries
 * supporting the motion", "a mass killing": a participle right after a
 * common noun tells what that noun does; when the noun names no actor
 * the doer is unknown, not the subject of the sentence.  (A name or a
 * date may stand between the participle and its noun: "a resolution in
 * October calling on Syria"; "both sides agreeing" refers to parties
 * named before.) */
int hr_participle_on_thing(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart == s->begin || s->owner[vstart - 1] >= 0) return 0;
    int tag = tk[vstart - 1].tag;
    if (!hr_tag_is_noun(tag) || tag == HR_TAG_NNP || tag == HR_TAG_NNPS) return 0;
    long c = s->chunk_of[vstart - 1];
    if (c < 0) return 1;
    if (issued_document(s, c)) return 0;
    const herald_chunk *np = &s->doc->chunks[c];
    for (size_t k = np->first_token; k < vstart - 1; k++)
        if (hr_tok_is(&tk[k], "both") || tk[k].tag == HR_TAG_CD) return 0;
    return 1;
}

/* "sent a letter to Fujimori expressing support", "issued a message to
 * the rebels urging them to ...": the mention right before the gerund at
 * vstart when it is the addressee of a document sent right before it;
 * the gerund says what the document says.  -1 for none. */
long hr_document_addressee(const sent *s, size_t vstart)
{
    const herald_chunk *ch = s->doc->chunks;
    if (vstart == s->begin || s->owner[vstart - 1] < 0) return -1;
    long np = s->chunk_of[vstart - 1];
    long p = np >= 0 ? hr_chunk_before(s, np) : -1;
    if (p < 0 || ch[p].kind != HERALD_CHUNK_PP ||
        !hr_tok_is(&s->doc->tokens[ch[p].first_token], "to"))
        return -1;
    long doc = hr_chunk_before(s, p);
    return doc >= 0 && ch[doc].kind == HERALD_CHUNK_NP && issued_document(s, doc)
               ? s->owner[vstart - 1]
               : -1;
}

/* "Ethiopian troops backing Somali government forces were ...",
 * "rebels fighting the regime in Khartoum": a bare gerund right after
 * an actor tells what that actor is, the way an adjective would; it is
 * no act the sentence reports.  (After "with" it is a clause of its own,
 * "with the German government blocking a deal"; after "by" the actor is
 * the author of a document the gerund speaks for, "a resolution adopted
 * by the Assembly deploring ...", and after "to" the addressee of one
 * sent, "sent a letter to Fujimori expressing support"
 * (hr_document_addressee).  A pronoun takes no such description: "saw
 * him meeting Mugabe" is a clause.) */
int hr_participle_on_actor(const sent *s, size_t vstart)
{
    static const char *const clausal[] = { "with", "by", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long g = s->chunk_of[vstart];
    if (g < 0 || ch[g].kind != HERALD_CHUNK_VG || !(ch[g].flags & HERALD_VG_GERUND) ||
        vstart == s->begin || s->owner[vstart - 1] < 0 ||
        s->doc->tokens[vstart - 1].tag == HR_TAG_PRP || hr_is_place(s, s->owner[vstart - 1]))
        return 0;
    long np = s->chunk_of[vstart - 1];
    long p = np >= 0 ? hr_chunk_before(s, np) : -1;
    return np >= 0 && ch[np].kind == HERALD_CHUNK_NP &&
           !(p >= 0 && ch[p].kind == HERALD_CHUNK_PP &&
             hr_tok_in(&s->doc->tokens[ch[p].first_token], clausal)) &&
           hr_document_addressee(s, vstart) < 0;
}

/* "all countries supporting the motion would ...", "any state attacking
 * Iran": a participle on a noun that a quantifier makes generic tells
 * what any such one would do, no act of anyone named. */
int hr_generic_participle(const sent *s, size_t vstart)
{
    static const char *const generic[] = { "all", "any", "every", "each", NULL };
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart == s->begin || s->owner[vstart - 1] >= 0 ||
        !hr_tag_is_noun(tk[vstart - 1].tag))
        return 0;
    long c = s->chunk_of[vstart - 1];
    if (c < 0 || s->doc->chunks[c].kind != HERALD_CHUNK_NP) return 0;
    return hr_tok_in(&tk[s->doc->chunks[c].first_token], generic);
}

/* The last event the sentence coded before the verb at vstart, or NULL. */
static const herald_event *event_before(const sent *s, size_t vstart)
{
    uint32_t at = s->doc->tokens[vstart].start;
    for (size_t e = s->doc->event_count; e-- > 0 && s->doc->events[e].sentence == s->index;)
        if (s->doc->events[e].verb_span[0] < at) return &s->doc->events[e];
    return NULL;
}

/* Whether the last event the sentence coded before the verb at vstart
 * is force by an unknown doer ("a car bomb hit a patrol"): the people
 * the same subject kills or wounds next ("..., killing 20 people") are
 * that attack's toll, with no doer to tell it apart.  (Victims of a
 * party of their own, "... and wounded 30 soldiers", are coded.) */
int hr_unknown_attack_before(const sent *s, size_t vstart)
{
    const herald_event *ev = event_before(s, vstart);
    return ev && strcmp(ev->source, "---") == 0 && hr_is_force_code(ev->code);
}

/* The last event the sentence coded before the verb at vstart when the
 * mention src is its source, or NULL. */
static const herald_event *own_event_before(const sent *s, size_t vstart, long src)
{
    const herald_event *ev = event_before(s, vstart);
    const herald_actor *a = &s->doc->actors[src];
    return ev && ev->source_span[0] == a->start && ev->source_span[1] == a->end ? ev : NULL;
}

/* Whether the last event the sentence coded before the verb at vstart
 * is a protest (14) by the mention src: "launched a strike, protesting
 * against prices", "staged a rally and chanted slogans" tell the manner
 * of that one protest, no second one. */
int hr_same_protest_before(const sent *s, size_t vstart, long src)
{
    const herald_event *ev = own_event_before(s, vstart, src);
    return ev && strncmp(ev->code, "14", 2) == 0;
}

/* Whether the gerund at vstart, of harm to the mention tgt, follows
 * violence (18-20) that the mention src coded just before: "threw a
 * bomb at a jeep, wounding an officer", "fired at the troops, killing
 * one soldier" tell the toll of that one attack, no second one, when
 * the victims are its target or a side the sentence gives no country.
 * (Victims of a party of their own are coded: "struck a warehouse in
 * Gaza, killing two Hamas commanders"; so is "ambushed a convoy,
 * killing two soldiers" when the ambush coded nothing.) */
int hr_own_attack_toll(const sent *s, size_t vstart, long src, long tgt)
{
    static const char *const harm[] = { "killing", "wounding", "injuring", "maiming", NULL };
    if (tgt < 0 || !hr_tok_in(&s->doc->tokens[vstart], harm)) return 0;
    const herald_event *ev = own_event_before(s, vstart, src);
    const char *victims = s->doc->actors[tgt].code;
    /* (a violent crackdown, 175, is the one act of force short of
     * root 18 that kills) */
    return ev && (hr_is_violence_code(ev->code) || strcmp(ev->code, "175") == 0) &&
           (strncmp(victims, "---", 3) == 0 || strcmp(victims, ev->target) == 0);
}

/* Whether the journey or sending of verb group g coded an event of the
 * root of `code`: "sent inspectors to investigate" (090), "sent troops
 * to assist" (074) have coded the purpose with what was sent.  A visit
 * (042, 043) tells the journey alone, not what was done there ("flew to
 * Kyiv to meet"). */
int hr_journey_coded(const sent *s, long g, const char *code)
{
    const herald_chunk *ch = &s->doc->chunks[g];
    const herald_token *t = s->doc->tokens;
    uint32_t lo = t[ch->first_token].start, hi = t[ch->first_token + ch->token_count - 1].end;
    for (size_t e = s->doc->event_count; e-- > 0 && s->doc->events[e].sentence == s->index;) {
        const herald_event *ev = &s->doc->events[e];
        if (ev->verb_span[0] >= lo && ev->verb_span[0] < hi && strncmp(ev->code, code, 2) == 0 &&
            strcmp(ev->code, "042") != 0 && strcmp(ev->code, "043") != 0)
            return 1;
    }
    return 0;
}

/* Whether the sentence is about sport ("clashes will dominate the
 * finals", "beat Uruguay to reach the World Cup", "crushed Vietnam at
 * the volleyball tournament"): the force of one team on another is no
 * political event.  Only words that name sport alone count ("match",
 * "team", "final", "goal" and "coach" have other senses in the news).
 * Read once per sentence, and only when a verb of force stands in it. */
int hr_sports_context(sent *s)
{
    static const char *const words[] = {
        "tournament", "tournaments", "championship", "championships", "semifinal",
        "semifinals", "semi-final", "semi-finals", "quarterfinal", "quarterfinals",
        "quarter-final", "quarter-finals", "finals", "cup", "olympics", "innings",
        "wickets", "football", "soccer", "basketball", "volleyball", "tennis", "cricket",
        "rugby", "hockey", "baseball", "striker", "midfielder", "goalkeeper", NULL };
    /* "near the football stadium", "clashed with football fans": a
     * place or a crowd named by its sport, where anything may happen */
    static const char *const not_play[] = { "stadium", "stadiums", "ground", "grounds",
                                            "field", "pitch", "club", "clubs", "fans",
                                            "supporters", "hooligans", NULL };
    const herald_token *t = s->doc->tokens;
    if (s->sports >= 0) return s->sports;
    s->sports = 0;
    /* every word has three letters or more: a mark or a short word of
     * grammar ("a", "of", "to") is turned away by its length */
    for (size_t k = s->begin; k < s->end && !s->sports; k++)
        s->sports = s->owner[k] < 0 && t[k].norm_len >= 3 && hr_tok_in(&t[k], words) &&
                    !(k + 1 < s->end && hr_tok_in(&t[k + 1], not_play));
    return s->sports;
}

/* "the northern state is recognized only by Ankara", "Taiwan is
 * recognised by 13 countries": recognition in the present passive is a
 * status that stands, while 054 is the act of granting it ("was
 * recognized by", "has recognized", "recognizes" are coded). */
int hr_standing_recognition(const sent *s, size_t vstart, const char *code)
{
    const unsigned other = HERALD_VG_PAST | HERALD_VG_FUTURE | HERALD_VG_MODAL |
                           HERALD_VG_PERFECT | HERALD_VG_PROGRESSIVE | HERALD_VG_INFINITIVE |
                           HERALD_VG_GERUND;
    if (strcmp(code, "054") != 0) return 0;     /* the cheap test first: most verbs */
    long c = s->chunk_of[vstart];
    if (c < 0) return 0;
    const herald_chunk *g = &s->doc->chunks[c];
    return g->kind == HERALD_CHUNK_VG && (g->flags & HERALD_VG_PASSIVE) && !(g->flags & other);
}

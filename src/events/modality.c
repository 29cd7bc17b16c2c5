/* modality.c - whether a verb's act is done: negated ("did not
 * attack", "refused to"), hypothetical ("would", "plans to", "demanded
 * that Hamas renounce"), to come ("will meet": an intent), or threatened
 * ("warned it would attack unless ...": the threat codes). */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* The form of "be" that schedules the act after the "to" at token `to`
 * ("was due to", "is set to", "is to"), or SIZE_MAX. */
static size_t scheduling_be(const sent *s, size_t to)
{
    static const char *const timed[] = { "due", "scheduled", "set", "slated", "expected", NULL };
    const herald_token *tk = s->doc->tokens;
    if (to < s->begin + 2 || s->owner[to - 1] >= 0 || !hr_tok_is(&tk[to], "to")) return SIZE_MAX;
    size_t k = to - 1;
    if (hr_tok_in(&tk[k], timed)) k--;
    while (k > s->begin && tk[k].tag == HR_TAG_RB) k--;
    return s->owner[k] < 0 && hr_tok_is_be(&tk[k], 0) ? k : SIZE_MAX;
}

/* Whether the "to" at token `to` follows an act scheduled: "was due to
 * meet", "is set to visit", "are scheduled to hold talks", or "is to"
 * after an actor ("Ghana is to send troops"; not "the aim is to"). */
static int scheduled_to(const sent *s, size_t to)
{
    size_t k = scheduling_be(s, to);
    return k != SIZE_MAX && (k < to - 1 || (k > s->begin && s->owner[k - 1] >= 0));
}

/* "was to have traveled", "was due to have met": an act scheduled in a
 * perfect infinitive is a plan that was not carried out. */
static int plan_not_carried_out(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    return tk[vstart].tag == HR_TAG_VBN && vstart >= s->begin + 2 &&
           hr_tok_is(&tk[vstart - 1], "have") && scheduling_be(s, vstart - 2) != SIZE_MAX;
}

/* Whether the bare verb at vstart is joined by "and", "but" or "then"
 * to a verb group with one of `flags`: "will visit Japan and hold talks",
 * "would send observers and offer aid" share the first verb's future or
 * modal. */
static int joined_to_group(const sent *s, size_t vstart, unsigned flags)
{
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    if (c < 0 || s->doc->tokens[vstart].tag != HR_TAG_VB || vstart == s->begin ||
        s->owner[vstart - 1] >= 0 || !hr_coordinated_verb(s, vstart - 1))
        return 0;
    for (long i = c - 1; i >= 0 && ch[i].sentence == ch[c].sentence; i--)
        if (ch[i].kind == HERALD_CHUNK_VG) return (ch[i].flags & flags) != 0;
    return 0;
}

/* "will meet", "shall hold talks", "is due to meet": talks announced
 * for the future are an intent to meet (036).  The passive and the
 * progressive of the future put "be" between: "will be attended by",
 * "will be meeting".  (Other acts keep their code: "will contribute
 * aid" is coded as the aid, as PETRARCH-2 codes it.) */
int hr_future(const sent *s, size_t vstart)
{
    static const char *const markers[] = { "will", "'ll", "shall", NULL };
    const herald_token *tk = s->doc->tokens;
    size_t k = vstart;
    while (k > s->begin && (tk[k - 1].tag == HR_TAG_RB || hr_tok_is(&tk[k - 1], "be"))) k--;
    return (k > s->begin && s->owner[k - 1] < 0 &&
            (hr_tok_in(&tk[k - 1], markers) || scheduled_to(s, k - 1))) ||
           joined_to_group(s, vstart, HERALD_VG_FUTURE);
}

/* Whether token k ends the stretch of the verb's own clause that a
 * time phrase after it may belong to: a comma, a conjunction, another
 * verb or an infinitive ("met him, and will meet again next week",
 * "went to Paris to prepare next week's talks"). */
static int ends_own_clause(const herald_token *t)
{
    switch (t->tag) {
    case HR_TAG_COMMA: case HR_TAG_CC: case HR_TAG_VB: case HR_TAG_VBD: case HR_TAG_VBP:
    case HR_TAG_VBZ: case HR_TAG_MD:
        return 1;
    case HR_TAG_TO:             /* "to" of an infinitive, not "a visit to Japan" */
        return t[1].tag == HR_TAG_VB;
    default:
        return 0;
    }
}

/* Whether a time to come follows the verb or noun at vstart..vend in
 * its own clause: "his visit to Washington next week", "talks later this
 * month", "meets them tomorrow"; "this weekend" only after a verb in the
 * present ("flies to Washington this weekend": "his visit this week" or
 * "visited Tokyo this week" may be under way or done).  Only a noun, a
 * present or a gerund takes its time from such a phrase: a past is
 * done, and a bare verb has the time of the verb that governs it
 * ("will host X to celebrate with Y next week"). */
int hr_time_to_come(const sent *s, size_t vstart, size_t vend)
{
    static const char *const periods[] = {
        "week", "weekend", "month", "year", "spring", "summer", "autumn", "winter",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", NULL };
    const herald_token *tk = s->doc->tokens;
    enum hr_tag tag = (enum hr_tag)tk[vstart].tag;
    int present = tag == HR_TAG_VBZ || tag == HR_TAG_VBP;
    if (!present && tag != HR_TAG_VBG && tag != HR_TAG_NN && tag != HR_TAG_NNS) return 0;
    for (size_t k = vend; k + 1 < s->end && k < vend + 8 && !ends_own_clause(&tk[k]); k++) {
        if (hr_tok_is(&tk[k], "tomorrow")) return 1;
        /* "for next week's conference": the time of another event */
        if (!hr_tok_in(&tk[k + 1], periods) ||
            (k + 2 < s->end && tk[k + 2].tag == HR_TAG_POS))
            continue;
        int later = k > vend && hr_tok_is(&tk[k - 1], "later");
        if (hr_tok_is(&tk[k], "next") || hr_tok_is(&tk[k], "coming") ||
            (hr_tok_is(&tk[k], "this") && (present || later)))
            return 1;
    }
    return 0;
}

/* The intent that announces an act: talks (04) -> 036; NULL for other
 * codes, which keep theirs. */
const char *hr_intent_code(const char *code)
{
    return strncmp(code, "04", 2) == 0 ? "036" : NULL;
}

/* Codes of comment on what others did: statements (01), appeals (02),
 * support (05), demands (10), disapproval (11), rejection (12). */
int hr_is_comment_code(const char *code)
{
    static const char *const roots[] = { "01", "02", "05", "10", "11", "12", NULL };
    if (!code) return 0;
    /* two bytes compared in place: a call of strncmp per root cost more
     * than the rest of the question (a code's first byte is never NUL
     * where its second is read) */
    for (const char *const *r = roots; *r; r++)
        if (code[0] == (*r)[0] && code[1] == (*r)[1]) return 1;
    return 0;
}

/* ---- threats ----------------------------------------------------------- */


/* The threat (13) of an act: a protest (14) is a threat of dissent, a
 * cut in relations (16) a non-force threat, coercion (17) a threat of
 * repression or of administrative sanctions, force (18-20) a threat of
 * force; NULL for the acts that threaten nothing. */
const char *hr_threat_of(const char *code)
{
    static const char *const map[][2] = {
        { "1721", "1321" }, { "1722", "1322" }, { "1723", "1323" }, { "1724", "1324" },
        { "172", "132" },   { "17", "137" },    { "14", "133" },    { "161", "1313" },
        { "162", "1311" },  { "163", "1312" },  { "164", "134" },   { "165", "135" },
        { "166", "136" },   { "16", "131" },    { "18", "1383" },   { "191", "1381" },
        { "192", "1382" },  { "190", "138" },   { "19", "1384" },   { "204", "1385" },
        { "20", "1383" },
    };
    if (!code) return NULL;
    for (size_t i = 0; i < sizeof map / sizeof map[0]; i++)
        if (strncmp(code, map[i][0], strlen(map[i][0])) == 0) return map[i][1];
    return NULL;
}

/* The threat of an act coded `code` by pattern p (NULL for none): the
 * pattern's own ("163/131") while the act keeps the pattern's code, as
 * one code may stand for acts threatened in different ways; else that
 * of the code. */
const char *hr_act_threat(const sent *s, const hr_pattern *p, const char *code)
{
    if (p && p->threat != HR_NONE && p->code != HR_NONE && code &&
        strcmp(code, hr_lexicon_str(s->vx, p->code)) == 0)
        return hr_lexicon_str(s->vx, p->threat);
    return hr_threat_of(code);
}

/* The clause opener "if" or "unless" of a condition on the verb group
 * at chunk c: after it, before another finite verb ("would suspend
 * payments if the banks did not ..."), or before it with the
 * condition's one verb between ("if the UN tries ..., we will ...");
 * SIZE_MAX for none. */
size_t hr_condition_of(const sent *s, long c)
{
    static const char *const ifs[] = { "if", "unless", NULL };
    const herald_chunk *ch = s->doc->chunks;
    for (long i = c + 1; (size_t)i < s->doc->chunk_count && ch[i].first_token < s->end; i++) {
        if (ch[i].kind == HERALD_CHUNK_SBAR && hr_tok_in(&s->doc->tokens[ch[i].first_token], ifs))
            return ch[i].first_token;
        if (hr_finite_group(s, i)) break;
    }
    int verbs = 0;
    for (long i = c; i-- > 0 && ch[i].first_token >= s->begin;) {
        if (ch[i].kind == HERALD_CHUNK_SBAR)
            return hr_tok_in(&s->doc->tokens[ch[i].first_token], ifs) ? ch[i].first_token
                                                                      : SIZE_MAX;
        if (hr_finite_group(s, i) && ++verbs > 1) break;
    }
    return SIZE_MAX;
}

/* The verb group that governs the clause of the group at chunk c: the
 * one before it over noun phrases, prepositions and "that" ("warned
 * the US it may take ...", "threatened to cut ..."), up to ten chunks
 * back, past adverbials before "that" ("told X at a dinner in Y last
 * month that ..."); -1 for none. */
long hr_governing_group(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    for (long i = c; i-- > 0 && ch[i].first_token >= s->begin && c - i <= 10;) {
        if (ch[i].kind == HERALD_CHUNK_VG) return i;
        if (ch[i].kind == HERALD_CHUNK_SBAR &&
            !hr_tok_is(&s->doc->tokens[ch[i].first_token], "that"))
            return -1;
        size_t gap = ch[i].first_token + ch[i].token_count;     /* a comma between */
        if (gap < ch[i + 1].first_token && !hr_tok_is(&s->doc->tokens[gap], "\"")) return -1;
    }
    return -1;
}

/* Whether the chunk at c holds adjectives and adverbs only ("ready",
 * "fully prepared"), however it was chunked. */
static int adjectives_only(const sent *s, long c)
{
    const herald_chunk *ch = &s->doc->chunks[c];
    if (ch->kind != HERALD_CHUNK_ADJP && ch->kind != HERALD_CHUNK_NP) return 0;
    for (size_t k = ch->first_token; k < ch->first_token + ch->token_count; k++)
        if (s->doc->tokens[k].tag != HR_TAG_JJ && s->doc->tokens[k].tag != HR_TAG_RB) return 0;
    return 1;
}

/* The verb group an infinitive at chunk c completes with no object
 * between, over an adjective ("would be prepared to intervene", "will
 * be ready to send troops"; not "would require the president to act");
 * -1 for none. */
long hr_readiness_of(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    if (!(ch[c].flags & HERALD_VG_INFINITIVE)) return -1;
    long up = c - 1;
    while (up >= 0 && ch[up].first_token >= s->begin && adjectives_only(s, up)) up--;
    return up >= 0 && ch[up].first_token >= s->begin && ch[up].kind == HERALD_CHUNK_VG &&
                   ch[up].first_token + ch[up].token_count == ch[up + 1].first_token
               ? up : -1;
}

/* Whether the verb group at chunk c announces an act ("will", "would",
 * "shall"), rather than guessing at one ("could", "may", "might"); an
 * infinitive takes the word of the group it completes ("would be
 * prepared to intervene"). */
static int announced(const sent *s, long c)
{
    static const char *const wills[] = { "will", "would", "'ll", "'d", "shall", "wo", NULL };
    const herald_chunk *g = &s->doc->chunks[c];
    for (size_t k = g->first_token; k < g->first_token + g->token_count; k++)
        if (hr_tok_in(&s->doc->tokens[k], wills)) return 1;
    long up = hr_readiness_of(s, c);
    return up >= 0 && !hr_warning(s, s->doc->chunks[up].head) && announced(s, up);
}

/* Whether the word at k is a verb of warning or threatening. */
int hr_warning(const sent *s, size_t k)
{
    static const char *const warn[] = { "warn", "warns", "warned", "warning", "threaten",
                                        "threatens", "threatened", "threatening", NULL };
    return hr_tok_in(&s->doc->tokens[k], warn);
}

/* "said it would attack Y", "told reporters his country will strike
 * the rebels": an act the clause's subject, a noun phrase, is announced
 * to do ("will", "would") in the active voice, in the clause a verb of
 * saying governs (over a group of readiness: "said it would be ready to
 * strike").  A passive's subject suffers the act, no one announces it. */
static int announced_in_speech(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    long up = hr_readiness_of(s, c);
    long clause = up >= 0 ? up : c;
    long g = hr_governing_group(s, clause);
    long subject = hr_chunk_before(s, clause);
    return g >= 0 && hr_says(s, ch[g].head) && !(ch[c].flags & HERALD_VG_PASSIVE) &&
           subject >= 0 && ch[subject].kind == HERALD_CHUNK_NP && announced(s, c);
}

/* Whether the act announced in speech at vstart (HR_THREAT_ANNOUNCED) is
 * told by a statement of its own, not by the verb at `threat_verb` that
 * coded a threat: a finite verb of saying right after a subject that
 * names a side ("warned the US against interfering after Gingrich said
 * Washington would defend the island"), which is no part of a warning
 * before it, as "warned X, saying it would" and "warned ... and said it
 * would" are, nor the one that coded it ("said it would crush X": 138). */
int hr_announced_apart(const sent *s, size_t vstart, size_t threat_verb)
{
    long c = s->chunk_of[vstart];
    long up = c >= 0 ? hr_readiness_of(s, c) : -1;
    long g = c >= 0 ? hr_governing_group(s, up >= 0 ? up : c) : -1;
    if (g < 0 || s->doc->chunks[g].first_token <= threat_verb) return 0;
    long subject = hr_finite_group(s, g) ? hr_chunk_before(s, g) : -1;
    return subject >= 0 && s->owner[s->doc->chunks[subject].head] >= 0;
}

/* Whether the verb at vstart is an act threatened: one to come ("will",
 * a modal, an infinitive) that a verb of warning or threatening governs
 * ("warned they will crack down", "threatened to cut supplies"), or
 * that a condition qualifies ("would boycott parliament unless ...":
 * HR_THREAT_SURE).  One announced in reported speech with no condition
 * ("said it would attack Y") is HR_THREAT_ANNOUNCED: a threat only of
 * coercion or force on a side named, by the speaker's own side
 * (hr_threat_sides).  A guess under a condition ("supplies could be cut
 * if Kiev does not agree") is HR_THREAT_GUESS: a threat only when the
 * one who says so is the side that would act. */
int hr_threatened_act(const sent *s, size_t vstart)
{
    long c = s->chunk_of[vstart];
    if (c < 0 || s->doc->chunks[c].kind != HERALD_CHUNK_VG ||
        !(s->doc->chunks[c].flags &
          (HERALD_VG_FUTURE | HERALD_VG_MODAL | HERALD_VG_INFINITIVE)) ||
        (s->doc->chunks[c].flags & HERALD_VG_NEGATED))
        return HR_THREAT_NONE;
    long g = hr_governing_group(s, c);
    if (g >= 0 && hr_warning(s, s->doc->chunks[g].head)) return HR_THREAT_SURE;
    if (hr_condition_of(s, c) == SIZE_MAX)
        return announced_in_speech(s, c) ? HR_THREAT_ANNOUNCED : HR_THREAT_NONE;
    return announced(s, c) ? HR_THREAT_SURE : HR_THREAT_GUESS;
}

/* ---- modality ---------------------------------------------------------- */

/* Whether the word at d is a verb of saying that is negated: "has not
 * yet confirmed that he will meet", "did not say that": what follows is
 * not asserted. */
static int unsaid(const sent *s, size_t d)
{
    static const char *const saying[] = { "say", "said", "says", "confirm", "confirmed",
                                          "confirms", "announce", "announced", "announces",
                                          "claim", "claimed", "claims", "state", "stated",
                                          NULL };
    if (!hr_tok_in(&s->doc->tokens[d], saying)) return 0;
    for (size_t k = d; k-- > s->begin && d - k <= 3;)
        if (s->owner[k] < 0 && hr_tok_negates(&s->doc->tokens[k])) return 1;
    return 0;
}

/* The "that" opening the clause a statement at k-1 has for object:
 * right after it ("denied that ..."), or after a claim it names
 * ("denies reports that", "refuted news reports claiming that"), with
 * *claim set then; SIZE_MAX for none. */
size_t hr_claim_that(const sent *s, size_t k, int *claim)
{
    static const char *const claims[] = { "reports", "claims", "allegations", "accusations",
                                          "charges", "rumours", "rumors", "suggestions", NULL };
    static const char *const claiming[] = { "claiming", "saying", "alleging", "suggesting",
                                            "stating", NULL };
    const herald_token *t = s->doc->tokens;
    *claim = 0;
    if (k + 1 < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_NN &&      /* "news" */
        hr_tok_in(&t[k + 1], claims))
        k++;
    if (k < s->end && s->owner[k] < 0 && hr_tok_in(&t[k], claims)) {
        *claim = 1;
        k++;
        if (k < s->end && hr_tok_in(&t[k], claiming)) k++;
    }
    return k < s->end && s->owner[k] < 0 && hr_tok_is(&t[k], "that") && t[k].tag == HR_TAG_IN
               ? k : SIZE_MAX;
}

/* Whether the verb stands in a clause that is denied: "denied that its
 * troops had shelled", "denies reports that ...", "refuted news reports
 * claiming that ...", "dismissed claims that ...".  (Dismissing or
 * rejecting denies only a claim: "rejected the plan that ..." does not.) */
static int denied_clause(const sent *s, size_t vstart)
{
    static const char *const deny[] = { "denied", "denies", "deny", "denying", "refuted",
                                        "refutes", "refute", "refuting", NULL };
    static const char *const dismiss[] = { "dismissed", "dismisses", "dismiss", "rejected",
                                           "rejects", "reject", NULL };
    const herald_token *t = s->doc->tokens;
    /* The denying verb stands before the clause's "that": until one is
     * passed (most verbs never pass one), no word list is read. */
    int past_that = 0;
    for (size_t d = vstart; d-- > s->begin && vstart - d < 12;) {
        if (s->owner[d] >= 0) continue;
        if (hr_tok_is(&t[d], ",") || hr_tok_is(&t[d], ";")) return 0;
        if (!past_that) {
            past_that = hr_tok_is(&t[d], "that") && t[d].tag == HR_TAG_IN;
            continue;
        }
        int claim, denies = hr_tok_in(&t[d], deny) || unsaid(s, d);
        if (!denies && !hr_tok_in(&t[d], dismiss)) continue;
        size_t that = hr_claim_that(s, d + 1, &claim);
        if (that < vstart) return denies || claim;
    }
    return 0;
}

/* Whether the verb at vstart stands in the "that" clause of a claim
 * that the sentence does not make its own: "charges that British troops
 * raped ...", "rumours that the US had launched a strike", "the claims
 * that ... had been killed" (the claim is coded by its verb, "accused").
 * ("Reports that" and "news that" tell what happened, and are left.) */
static int claimed_clause(const sent *s, size_t vstart)
{
    static const char *const claims[] = { "claim", "claims", "allegation", "allegations",
                                          "accusation", "accusations", "charge", "charges",
                                          "rumour", "rumours", "rumor", "rumors", "speculation",
                                          "suggestion", "suggestions", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long own = s->chunk_of[vstart];
    for (long c = own; c-- > 0 && ch[c].first_token >= s->begin && own - c <= 12;) {
        if (ch[c].kind == HERALD_CHUNK_SBAR) {
            size_t that = ch[c].first_token;
            return hr_tok_is(&s->doc->tokens[that], "that") && that > s->begin &&
                   s->owner[that - 1] < 0 && hr_tok_in(&s->doc->tokens[that - 1], claims);
        }
        if (hr_finite_group(s, c)) return 0;
    }
    return 0;
}

/* The modality a gerund takes from the word before it: "prevent
 * militants from firing", "refrained from attacking", "stopped
 * shelling" name an act kept from happening or ended; "urged him to
 * stop arresting", "the prospect of meeting Brazil", "the threat of
 * attacking" one not (yet) done, and so does a purpose: "talks aimed
 * at curbing exports", "with the aim of ending", "in the name of
 * fighting terrorism"; so does an adverb of possibility ("possibly
 * delaying"). */
static void gerund_modality(const sent *s, size_t vstart, int *negated, int *hypothetical)
{
    static const char *const ending[] = { "stop", "stops", "stopped", "stopping", "halt",
                                          "halts", "halted", "cease", "ceases", "ceased",
                                          "quit", "quits", "from", NULL };
    static const char *const prospects[] = { "prospect", "prospects", "possibility", "chance",
                                             "chances", "likelihood", "idea", "threat",
                                             "threats", "risk", "fear", "fears", "hope",
                                             "hopes", "aim", "aims", "goal", "goals",
                                             "purpose", "objective", "intention", "pretext",
                                             "name", NULL };
    static const char *const aimed[] = { "aimed", "aiming", "aim", "aims", NULL };
    static const char *const possible[] = { "potentially", "possibly", "perhaps", "maybe",
                                            NULL };
    /* "set about dismantling": begun, not talked of */
    static const char *const begun[] = { "set", "sets", "setting", NULL };
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart == s->begin || s->owner[vstart - 1] >= 0) return;
    const herald_token *before = &tk[vstart - 1];
    if (hr_tok_in(before, ending)) *negated = 1;
    /* "..., potentially hitting supplies", "possibly, demanding": a
     * consequence that may come */
    size_t adverb = hr_tok_is(before, ",") && vstart > s->begin + 1 ? vstart - 2 : vstart - 1;
    if (s->owner[adverb] < 0 && hr_tok_in(&tk[adverb], possible)) *hypothetical = 1;
    if (vstart < s->begin + 2) return;
    if (before->tag == HR_TAG_VB && hr_tok_is(&tk[vstart - 2], "to")) *hypothetical = 1;
    /* "heard him talk about killing Rabin", "worried about losing": the
     * topic of talk or thought, not an act reported */
    if (hr_tok_is(before, "about") && !hr_tok_in(&tk[vstart - 2], begun)) *hypothetical = 1;
    if (hr_tok_is(before, "of") && hr_tok_in(&tk[vstart - 2], prospects)) *hypothetical = 1;
    if (hr_tok_is(before, "at") && hr_tok_in(&tk[vstart - 2], aimed)) *hypothetical = 1;
}

/* "could hit back at the sanctions by blocking inspections": a gerund
 * of means after "by" is done only if the act it serves is; it takes
 * the modality of the verb group that governs it, or of the one that
 * governs an infinitive between.  (Not the infinitive's own, which may
 * be a purpose carried out: "took steps to suppress protests by
 * prosecuting protesters"; "in" is left alone, as it often hangs on a
 * noun: "would not follow the US example in imposing sanctions".) */
static void means_modality(const sent *s, size_t vstart, int *negated, int *hypothetical)
{
    const herald_token *tk = s->doc->tokens;
    if (tk[vstart].tag != HR_TAG_VBG || vstart == s->begin || s->owner[vstart - 1] >= 0 ||
        !hr_tok_is(&tk[vstart - 1], "by"))
        return;
    long c = s->chunk_of[vstart];
    long g = c >= 0 ? hr_governing_group(s, c) : -1;
    /* "may have been trying to impress her by killing the prime
     * minister": an infinitive's act takes the modality of the verb
     * above it */
    if (g >= 0 && (s->doc->chunks[g].flags & HERALD_VG_INFINITIVE)) g = hr_governing_group(s, g);
    if (g < 0 || (s->doc->chunks[g].flags & HERALD_VG_INFINITIVE)) return;
    int n = 0, h = 0;
    hr_modality(s, s->doc->chunks[g].head, 0, &n, &h);
    *negated |= n;
    *hypothetical |= h;
}

/* The first word of the noun phrase that ends with the word at vstart,
 * over its modifiers, dates and names ("next week's peace talks",
 * "NATO air strikes"); events.c's noun_phrase_start stops at a name,
 * as a name before an event noun is its party there. */
static size_t noun_phrase_start_over_names(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    size_t k = vstart;
    while (k > s->begin && vstart - k < 6 &&
           (s->owner[k - 1] >= 0 || tk[k - 1].tag == HR_TAG_DT || tk[k - 1].tag == HR_TAG_JJ ||
            tk[k - 1].tag == HR_TAG_CD || tk[k - 1].tag == HR_TAG_NNP ||
            tk[k - 1].tag == HR_TAG_NN || tk[k - 1].tag == HR_TAG_POS ||
            tk[k - 1].tag == HR_TAG_PRPS))
        k--;
    return k;
}

/* Whether the noun phrase that ends with the word at vstart is the
 * object of "of" after one of the words `heads` ("ahead of talks"). */
static int after_of(const sent *s, size_t vstart, const char *const *heads)
{
    const herald_token *tk = s->doc->tokens;
    size_t k = noun_phrase_start_over_names(s, vstart);
    return k >= s->begin + 2 && s->owner[k - 1] < 0 && hr_tok_is(&tk[k - 1], "of") &&
           hr_tok_in(&tk[k - 2], heads);
}

/* Whether the noun of events or gerund at vstart comes after "ahead
 * of", over its modifiers, dates and names: "ahead of December 21 talks
 * between Iran and the EU", "ahead of next week's peace talks", "ahead
 * of meeting Putin" tell an act still to come. */
static int ahead_of(const sent *s, size_t vstart)
{
    return after_of(s, vstart, (const char *const[]){ "ahead", NULL });
}

/* "referring to the threat of NATO air strikes against Milosevic", "the
 * risk of Israeli attacks", "hopes of talks": an act named after "of" on
 * a noun of what may come is feared or hoped for, not done.  (Asked of
 * every verb form but a past, whatever its pattern read before it: "air
 * strikes".) */
int hr_prospect_of(const sent *s, size_t vstart)
{
    static const char *const prospects[] = { "threat", "threats", "prospect", "prospects",
                                             "possibility", "risk", "risks", "danger",
                                             "fear", "fears", "spectre", "specter",
                                             "likelihood", "chance", "chances", "hope",
                                             "hopes", NULL };
    return after_of(s, vstart, prospects);
}

/* "demanded that Hamas renounce violence", "insisted that Iraq expel
 * the rebels", "helping Beijing deal with": a verb in its base form
 * right after its subject, one named party, is wanted or helped, not
 * done (the verb that governs it codes the demand).  ("Israel and Hamas
 * agree" is a plural's present tense.) */
static int subjunctive(const sent *s, size_t vstart)
{
    const herald_token *tk = s->doc->tokens;
    if (vstart == s->begin || s->owner[vstart - 1] < 0) return 0;
    if (tk[vstart].tag == HR_TAG_VB) return 1;
    long lo, hi;
    hr_group_of(s, s->owner[vstart - 1], &lo, &hi);
    return tk[vstart].tag == HR_TAG_VBP && tk[vstart - 1].tag == HR_TAG_NNP && lo == hi;
}

/* The clause opener among `openers` ("if", "after") that the clause of
 * the verb at vstart opens with; SIZE_MAX for none. */
static size_t clause_opener(const sent *s, size_t vstart, const char *const *openers)
{
    size_t open = hr_pattern_scope_start(s, vstart);
    return s->chunk_of[open] >= 0 && s->doc->chunks[s->chunk_of[open]].kind == HERALD_CHUNK_SBAR &&
                   hr_tok_in(&s->doc->tokens[open], openers)
               ? open : SIZE_MAX;
}

/* Whether the verb group before the clause opener at token `open` is a
 * modal of the past's future ("would be lifted once Japan opened its
 * market": the reported "will be lifted once Japan opens").  Not "will
 * remain even after the court refused", whose past is past, nor "could
 * have used protection when the Soviets invaded". */
static int opener_after_future(const sent *s, size_t open)
{
    const herald_chunk *ch = s->doc->chunks;
    for (long c = s->chunk_of[open]; c-- > 0 && ch[c].first_token >= s->begin;)
        if (ch[c].kind == HERALD_CHUNK_VG)
            return (ch[c].flags & (HERALD_VG_MODAL | HERALD_VG_PERFECT)) == HERALD_VG_MODAL;
    return 0;
}

/* Whether the verb at vstart is a simple tense in a clause of time that
 * tells an act to come, or a habit, never a reported fact: a present
 * ("will withdraw after the soldiers hand over their base", "once the
 * rebels disarm"), or a past after a verb to come ("would be lifted
 * once Japan opened its market"). */
static int time_clause_to_come(const sent *s, size_t vstart)
{
    static const char *const openers[] = { "after", "before", "once", "until", "till", "when",
                                           "whenever", NULL };
    long c = s->chunk_of[vstart];
    int tag = s->doc->tokens[vstart].tag;
    if (c < 0 || s->doc->chunks[c].kind != HERALD_CHUNK_VG ||
        (s->doc->chunks[c].flags & ~HERALD_VG_PAST) ||
        (tag != HR_TAG_VBP && tag != HR_TAG_VBZ && tag != HR_TAG_VBD))
        return 0;
    size_t open = clause_opener(s, vstart, openers);
    return open != SIZE_MAX && (tag != HR_TAG_VBD || opener_after_future(s, open));
}

/* Whether the verb at vstart stands in a condition, however far from
 * its "if": "if Hamas were to soften its stance and agree to form a
 * unity government" states no agreement.  (The words just before a
 * verb are read by hr_modality; this asks only verbs of a clause.) */
static int conditional_clause(const sent *s, size_t vstart)
{
    static const char *const ifs[] = { "if", "unless", NULL };
    long c = s->chunk_of[vstart];
    return c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_VG &&
           clause_opener(s, vstart, ifs) != SIZE_MAX;
}

/* Whether verb group c is a bare present ("renounce", "cooperate"). */
static int bare_present(const sent *s, long c)
{
    const herald_chunk *g = &s->doc->chunks[c];
    int tag = s->doc->tokens[g->head].tag;
    return g->kind == HERALD_CHUNK_VG && g->flags == 0 && (tag == HR_TAG_VB || tag == HR_TAG_VBP);
}

/* Whether the chunk before chunk c, over a "that", is a verb of
 * demanding (one of `demand`). */
static int demanded(const sent *s, long c, const char *const *demand)
{
    const herald_chunk *ch = s->doc->chunks;
    long q = hr_chunk_before(s, c);
    if (q >= 0 && ch[q].kind == HERALD_CHUNK_SBAR &&
        hr_tok_is(&s->doc->tokens[ch[q].first_token], "that"))
        q = hr_chunk_before(s, q);
    return q >= 0 && ch[q].kind == HERALD_CHUNK_VG && hr_tok_in(&s->doc->tokens[ch[q].head], demand);
}

/* Whether verb group c is the bare verb of a clause that a demand
 * governs, which is wanted, not done: "demanded that Hamas renounce
 * violence, recognize Israel and ...", "demanding Syria cooperate". */
static int mandative(const sent *s, long c)
{
    static const char *const demand[] = { "demand", "demands", "demanded", "demanding",
                                          "insist", "insists", "insisted", "insisting", "urge",
                                          "urges", "urged", "urging", "propose", "proposed",
                                          "proposes", "request", "requested", "requests",
                                          "require", "required", "requires", "recommend",
                                          "recommended", "recommends", "asked", NULL };
    const herald_chunk *ch = s->doc->chunks;
    for (int joined = 0; c >= 0 && bare_present(s, c) && joined < 4; joined++) {
        long p = hr_chunk_before(s, c);
        if (p >= 0 && ch[p].kind != HERALD_CHUNK_NP) return 0;
        if (p >= 0) return demanded(s, p, demand);             /* p: its subject */
        /* After a comma or a conjunction: the verb it is joined to, over
         * that verb's objects (or the "that" of a first verb the tagger
         * missed: "that Israel free(JJ) the prisoners and recognize"). */
        for (c--; c >= 0 && ch[c].first_token >= s->begin && ch[c].kind != HERALD_CHUNK_VG &&
                  ch[c].kind != HERALD_CHUNK_SBAR;)
            c--;
        if (c < 0 || ch[c].first_token < s->begin) return 0;
        if (ch[c].kind == HERALD_CHUNK_SBAR) return demanded(s, c + 1, demand);
    }
    return 0;
}

/* The verb group a bare verb at chunk c is joined to by "and", "or" or
 * a comma, over that group's objects ("to attack Kabul and kidnap
 * officials": "to attack"); -1 for none, or when the bare verb has a
 * subject of its own. */
static long joined_group(const sent *s, long c)
{
    static const char *const joiners[] = { "and", "or", ",", NULL };
    const herald_chunk *ch = s->doc->chunks;
    size_t first = ch[c].first_token;
    if (!bare_present(s, c) || hr_chunk_before(s, c) >= 0 || first == s->begin ||
        !hr_tok_in(&s->doc->tokens[first - 1], joiners))
        return -1;
    for (c--; c >= 0 && ch[c].first_token >= s->begin && ch[c].kind != HERALD_CHUNK_VG; c--)
        if (ch[c].kind == HERALD_CHUNK_SBAR) return -1;
    return c >= 0 && ch[c].first_token >= s->begin ? c : -1;
}

/* "plan to attack Kabul and kidnap officials", "refused to free the
 * hostages or pay": a bare verb joined to an infinitive shares its "to"
 * and so whatever keeps the infinitive from being done. */
static void joined_infinitive_modality(const sent *s, size_t vstart, int *negated,
                                       int *hypothetical)
{
    long c = s->chunk_of[vstart];
    long g = c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_VG ? joined_group(s, c) : -1;
    if (g < 0 || !(s->doc->chunks[g].flags & HERALD_VG_INFINITIVE)) return;
    int n = 0, h = 0;
    hr_modality(s, s->doc->chunks[g].head, 0, &n, &h);
    *negated |= n;
    *hypothetical |= h;
}

/* The verb group that governs the clause of chunk c when its head is one
 * of `heads` and it is stated as done (no will, would, not or to); -1
 * otherwise. */
static long governed_by_done(const sent *s, long c, const char *const *heads)
{
    const herald_chunk *ch = s->doc->chunks;
    long g = hr_governing_group(s, c);
    if (g < 0 || (ch[g].flags & (HERALD_VG_FUTURE | HERALD_VG_MODAL | HERALD_VG_NEGATED |
                                 HERALD_VG_INFINITIVE)) ||
        !hr_tok_in(&s->doc->tokens[ch[g].head], heads))
        return -1;
    int negated = 0, hypothetical = 0;
    hr_modality(s, ch[g].head, 0, &negated, &hypothetical);
    return negated || hypothetical ? -1 : g;
}

/* The verb group of the journey, the sending or the rally that took
 * place whose purpose the infinitive at vstart tells: "flew to Brisbane
 * to probe ...", "has dispatched agents to Africa to investigate ...",
 * "led a medical team to help ...", "rallied outside the embassy to urge
 * X to ...".  The journey or the rally carries the act out, so it is no
 * plan (unlike "plans to send troops to help", "will fly to ... to
 * meet", where the journey is not done either).  -1 for none. */
long hr_journey_of_purpose(const sent *s, size_t vstart)
{
    static const char *const journeys[] = { "sent", "sends", "sending", "dispatched",
                                            "dispatches", "dispatching", "deployed", "deploys",
                                            "flew", "flown", "flies", "travelled", "traveled",
                                            "travels", "arrived", "arrives", "came", "comes",
                                            "gone", "led", "leads", "rushed", "headed", "heads",
                                            "returned", "brought", "rallied", "marched",
                                            "gathered", NULL };
    long c = s->chunk_of[vstart];
    if (c < 0 || !(s->doc->chunks[c].flags & HERALD_VG_INFINITIVE)) return -1;
    return governed_by_done(s, c, journeys);
}

/* Whether the verb at vstart is what a side was helped to do, in a
 * help given ("helped Syria to attack", "helped the army capture",
 * "helped to free"): "helped" reports the act as done, unlike "would
 * help ... to" or "is helping X deal with", which tell an aim. */
static int helped_to_act(const sent *s, size_t vstart)
{
    static const char *const helped[] = { "helped", NULL };
    long c = s->chunk_of[vstart];
    return c >= 0 && governed_by_done(s, c, helped) >= 0;
}

/* Whether the word at k is a verb that negates what follows it
 * ("refused to attend", "denied shelling") and reaches the verb at
 * vstart.  One with an object of its own is done with at "and" or
 * "but": "denied the charges and said it would help" says; only one
 * that governs an infinitive reaches past them ("refused to attend and
 * sign"). */
static int negating_verb_reaches(const sent *s, size_t k, size_t vstart)
{
    static const char *const negating[] = { "refused", "refuses", "refuse", "denied", "denies",
                                            "deny", "declined", "declines", "decline", "failed",
                                            "fails", "fail", NULL };
    static const char *const joins[] = { "and", "but", NULL };
    const herald_token *t = s->doc->tokens;
    /* every word starts with "r", "d" or "f" (keep this with the list):
     * asked of the words before each verb, most fail at the first byte */
    char first = t[k].norm[0];
    if ((first != 'r' && first != 'd' && first != 'f') || !hr_tok_in(&t[k], negating)) return 0;
    /* "a failed attack", "the failed talks": a participle describing
     * its noun tells an attempt made, which is still the act */
    if (k > s->begin && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_DT &&
        (t[k].tag == HR_TAG_VBN || t[k].tag == HR_TAG_JJ))
        return 0;
    if (hr_tok_is(&t[k + 1], "to")) return 1;
    for (size_t j = k + 1; j < vstart; j++)
        if (s->owner[j] < 0 && hr_tok_in(&t[j], joins)) return 0;
    return 1;
}

/* Whether the "to" at token `to` follows a vow or threat that was
 * carried out ("made good on its threat to cut", "carried out a vow to
 * strike", "followed through on a pledge to", "kept its promise to"):
 * the act it names was done. */
static int fulfilled_intent(const sent *s, size_t to)
{
    static const char *const intents[] = { "threat", "threats", "vow", "vows", "pledge",
                                           "pledges", "promise", "promises", NULL };
    static const char *const kept[] = { "kept", "keeps", "keeping", "fulfilled", "fulfils",
                                        "fulfills", "honoured", "honored", NULL };
    static const char *const on[] = { "good", "through", "delivered", "delivers", NULL };
    static const char *const carry[] = { "carried", "carries", "carry", "carrying", NULL };
    const herald_token *tk = s->doc->tokens;
    if (to < s->begin + 2 || !hr_tok_in(&tk[to - 1], intents)) return 0;
    size_t k = to - 1;           /* over "its", "a", "earlier" (three words at most) */
    for (int words = 0; words < 3 && k > s->begin &&
                        (tk[k - 1].tag == HR_TAG_DT || tk[k - 1].tag == HR_TAG_PRPS ||
                         tk[k - 1].tag == HR_TAG_JJ);
         words++)
        k--;
    if (k == s->begin) return 0;
    if (hr_tok_in(&tk[k - 1], kept)) return 1;
    return k >= s->begin + 2 && ((hr_tok_is(&tk[k - 1], "on") && hr_tok_in(&tk[k - 2], on)) ||
                                 (hr_tok_is(&tk[k - 1], "out") && hr_tok_in(&tk[k - 2], carry)));
}

/* Whether the infinitive at vstart follows a decision taken ("decided
 * at a summit to invite Serbia", "voted to offer aid"): for an intent
 * (03x) the decision states it, and a cut in relations (16x) is made by
 * it, though other acts it names are still to come (a decision "to send
 * troops" sends none yet). */
int hr_decided_intent(const sent *s, size_t vstart)
{
    static const char *const decided[] = { "decided", "decides", "voted", "votes", "opted",
                                           "opts", NULL };
    const herald_chunk *ch = s->doc->chunks;
    long c = s->chunk_of[vstart];
    return c >= 0 && ch[c].kind == HERALD_CHUNK_VG && (ch[c].flags & HERALD_VG_INFINITIVE) &&
           governed_by_done(s, c, decided) >= 0;
}

/* Negation or a hypothetical among the few words before the verb (a
 * noun of events when `noun`). */
void hr_modality(const sent *s, size_t vstart, int noun, int *negated, int *hypothetical)
{
    static const char *const negations[] = { "not", "n't", "never", "no", "neither", "nor",
                                             "cannot", NULL };
    static const char *const modals[] = { "could", "can", "may", "might", "would", "should", "if",
                                          "threatened", "threatens", "threaten", "plans",
                                          "planned", "plan", "wants", "want", "hopes", "intends",
                                          "considering", "considers",
                                          /* "presumed killed": a death supposed, not known */
                                          "presumed", NULL };
    /* "his upcoming visit", "a possible meeting": an act of a noun yet to come */
    static const char *const to_come[] = { "upcoming", "forthcoming", "possible", "prospective",
                                           "future", NULL };
    *negated = *hypothetical = 0;
    size_t from = vstart > s->begin + 4 ? vstart - 4 : s->begin;
    /* Backwards from the verb; a comma before the verb's own subject ends
     * its clause: "after talks failed, Turkey attacked Syria" is no
     * failed attack (while "did not, however, attack" is negated). */
    /* "left no doubt during a visit": a negation before a phrase of
     * occasion does not reach the event it names. */
    size_t occasion = hr_in_occasion_phrase(s, vstart)
                          ? s->doc->chunks[s->chunk_of[vstart] - 1].first_token : s->begin;
    int subject = 0;
    for (size_t k = vstart; k-- > from;) {
        if (s->owner[k] >= 0) { subject = 1; continue; }
        const herald_token *t = &s->doc->tokens[k];
        if (subject && (hr_tok_is(t, ",") || hr_tok_is(t, ";") || hr_tok_is(t, ":"))) break;
        if (t->kind != HERALD_TOK_WORD) continue;   /* every word below is a word, no mark */
        if (k >= occasion && (hr_tok_in(t, negations) || negating_verb_reaches(s, k, vstart)))
            *negated = 1;
        /* "the Indian plan was criticized": a plan named is no plan to
         * act, though "hopes of talks" are no talks. */
        if ((noun || !hr_tag_is_noun(t->tag)) && hr_tok_in(t, modals)) *hypothetical = 1;
        if (noun && hr_tok_in(t, to_come)) *hypothetical = 1;
    }
    if (!noun && joined_to_group(s, vstart, HERALD_VG_MODAL)) *hypothetical = 1;
    if (denied_clause(s, vstart)) *negated = 1;
    if (s->chunk_of[vstart] >= 0 && claimed_clause(s, vstart)) *hypothetical = 1;
    gerund_modality(s, vstart, negated, hypothetical);
    means_modality(s, vstart, negated, hypothetical);
    /* "If talks fail, Israel will attack": a sentence that opens with a
     * condition states no fact. */
    size_t first = s->begin;
    while (first < vstart && hr_tok_is(&s->doc->tokens[first], "\"")) first++;
    if (hr_tok_in(&s->doc->tokens[first], (const char *const[]){ "if", "unless", NULL }))
        *hypothetical = 1;
    if (!noun && (time_clause_to_come(s, vstart) || conditional_clause(s, vstart)))
        *hypothetical = 1;
    if ((noun || s->doc->tokens[vstart].tag == HR_TAG_VBG) && ahead_of(s, vstart))
        *hypothetical = 1;
    if (!noun && s->chunk_of[vstart] >= 0 && mandative(s, s->chunk_of[vstart])) *hypothetical = 1;
    /* "urged Iran to exercise restraint", "agreed to resume talks": an
     * infinitive is wanted, not done (the verb that governs it codes the
     * urging or the agreement).  Some governing words report a fact
     * instead: "was seen to", "managed to", "began to", "is about to";
     * an act scheduled ("is due to meet") is one to come, as "will". */
    static const char *const factual[] = { "about", "seen", "known", "reported", "said", "found",
                                           "forced", "managed", "began", "begun", "started",
                                           "continued", "continues", "used", "had", "able",
                                           "went", "moved", NULL };
    const herald_token *tk = s->doc->tokens;
    size_t before = vstart;         /* 'trying to "burn" Turks': over a quote */
    while (before > s->begin && hr_tok_is(&tk[before - 1], "\"")) before--;
    if (before > s->begin && hr_tok_is(&tk[before - 1], "to") &&
        !(before >= s->begin + 2 && hr_tok_in(&tk[before - 2], factual)) &&
        !scheduled_to(s, before - 1) && hr_journey_of_purpose(s, vstart) < 0 &&
        !fulfilled_intent(s, before - 1) && !helped_to_act(s, vstart))
        *hypothetical = 1;
    if (before == vstart && ((subjunctive(s, vstart) && !helped_to_act(s, vstart)) ||
                             plan_not_carried_out(s, vstart)))
        *hypothetical = 1;
    if (!noun) joined_infinitive_modality(s, vstart, negated, hypothetical);
}

/* The "no" that opens the object of the verb ending at vend ("held no
 * talks", "gave no ground": no act was done), or SIZE_MAX. */
size_t hr_object_negation(const sent *s, size_t vend)
{
    long c = s->chunk_of[vend - 1];
    if (c < 0 || s->doc->chunks[c].kind != HERALD_CHUNK_VG || (size_t)c + 1 >= s->doc->chunk_count)
        return SIZE_MAX;
    const herald_chunk *obj = &s->doc->chunks[c + 1];
    return obj->kind == HERALD_CHUNK_NP && obj->first_token == vend && vend < s->end &&
                   hr_tok_is(&s->doc->tokens[vend], "no")
               ? vend : SIZE_MAX;
}

/* Whether the main verb at k undoes an act named by a noun (negated:
 * "cancelled", "called off") or moves it to a later date (hypothetical:
 * "postponed", "put off"). */
static void undoing_verb(const sent *s, size_t k, int *negated, int *hypothetical)
{
    static const char *const undone[] = { "cancelled", "canceled", "cancel", "cancels",
                                          "cancelling", "canceling", "scrapped", "scrap",
                                          "scraps", "scrapping", NULL };
    static const char *const later[] = { "postponed", "postpone", "postpones", "postponing",
                                         "delayed", "delaying", "rescheduled", NULL };
    static const char *const call[] = { "called", "call", "calls", "calling", NULL };
    static const char *const put[] = { "put", "puts", "putting", NULL };
    const herald_token *t = s->doc->tokens;
    int off = k + 1 < s->end && hr_tok_is(&t[k + 1], "off");
    if (hr_tok_in(&t[k], undone) || (off && hr_tok_in(&t[k], call))) *negated = 1;
    if (hr_tok_in(&t[k], later) || (off && hr_tok_in(&t[k], put))) *hypothetical = 1;
}

/* A noun of events in the object of a verb that undoes or delays it:
 * "cancelled the minister's visit", "called off the planned talks" name
 * no act done. */
void hr_object_of_undoing(const sent *s, size_t vstart, int *negated, int *hypothetical)
{
    long c = s->chunk_of[vstart];
    if (c < 1 || s->doc->chunks[c].kind != HERALD_CHUNK_NP ||
        s->doc->chunks[c - 1].kind != HERALD_CHUNK_VG)
        return;
    const herald_chunk *vg = &s->doc->chunks[c - 1];
    size_t last = vg->first_token + vg->token_count - 1;
    /* "called off": the particle is the group's last word */
    if (last > vg->first_token && hr_tok_is(&s->doc->tokens[last], "off")) last--;
    undoing_verb(s, last, negated, hypothetical);
}

/* A noun of events takes the modality of the verb it is the subject of:
 * "talks between Iran and Saudi Arabia could resume", "the meeting of A
 * with B did not take place", "... was cancelled", "... was postponed".
 * A verb past a clause opener has a subject of its own: "told him
 * during a visit to China that the US would intervene" is a visit made. */
void hr_noun_modality(const sent *s, size_t vend, int *negated, int *hypothetical)
{
    static const char *const modals[] = { "could", "may", "might", "would", "should", NULL };
    static const char *const have_do[] = { "has", "have", "had", "did", "does", "do", NULL };
    const herald_token *t = s->doc->tokens;
    for (size_t k = vend; k < s->end && k < vend + 16; k++) {
        if (s->owner[k] >= 0) continue;
        if (hr_tok_is(&t[k], ",") || hr_tok_is(&t[k], ";")) return;
        long c = s->chunk_of[k];
        if (c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_SBAR) return;
        if (t[k].tag != HR_TAG_MD && !hr_tag_is_verb(t[k].tag)) continue;
        if (hr_tok_in(&t[k], modals)) *hypothetical = 1;
        if (k + 1 < s->end && hr_tok_negates(&t[k + 1])) *negated = 1;
        if (t[k].tag == HR_TAG_MD || hr_tok_is_be(&t[k], 0) || hr_tok_in(&t[k], have_do))
            continue;                                                  /* to the main verb */
        undoing_verb(s, k, negated, hypothetical);
        return;
    }
}

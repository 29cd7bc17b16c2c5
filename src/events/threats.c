/* threats.c - an act to come as a threat: who threatens whom (the
 * act's doer, or the one who warns of it; the one a condition asks to
 * act), and whether the complement of a verb of warning holds the act
 * threatened, which then codes the threat. */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/tagger.h"

#include <string.h>

/* Whether the word is a form of "strike", which names a strike of
 * workers as well as an attack. */
static int strike_word(const herald_token *t)
{
    static const char *const forms[] = { "strike", "strikes", "striking", "struck", NULL };
    return hr_tok_in(t, forms);
}

/* Whether two mentions stand for one side: the same code, or the same
 * state ("Israeli officials said Israel could strike ..."). */
static int same_side(const herald_actor *a, const herald_actor *b)
{
    static const char *const bodies[] = { "---", "IGO", "NGO", "IMG", "MNC", NULL };
    if (strcmp(a->code, b->code) == 0) return 1;
    if (strlen(a->code) < 3 || strncmp(a->code, b->code, 3) != 0) return 0;
    for (const char *const *p = bodies; *p; p++)
        if (strncmp(a->code, *p, 3) == 0) return 0;
    return 1;
}

/* The one who says or warns of the act at chunk c: the speaker or
 * subject of the verb group g that governs it, else the speaker named
 * after it ("... if Damascus does not act, Turkish officials said");
 * -1 for none.  *said tells whether that one says or warns of the act
 * (not "is adequate to carry out a blockade if necessary"). */
static long threat_warner(const sent *s, long g, size_t vstart, int *said)
{
    const herald_token *t = s->doc->tokens;
    if (g >= 0) {
        size_t head = s->doc->chunks[g].head;
        *said = hr_says(s, head) || hr_warning(s, head);
        long speaker = hr_says(s, head) ? hr_speaker_of(s, head) : -1;   /* else its subject */
        return speaker >= 0 ? speaker : hr_mention_before(s, head);
    }
    *said = 1;
    for (size_t k = vstart + 1; k < s->end; k++) {
        long speaker = s->owner[k] < 0 && hr_tok_says(&t[k]) ? hr_speaker_of(s, k) : -1;
        if (speaker < 0) continue;
        size_t first = s->doc->actors[speaker].first_token;
        if (first > k) first = k;                           /* "..., said X" */
        while (first > vstart + 1 && t[first - 1].tag == HR_TAG_DT) first--;
        if (hr_tok_is(&t[first - 1], ",") || t[first - 1].tag == HR_TAG_RQUOTE) return speaker;
    }
    return -1;
}

/* The sides of the threat of the act at vstart, whose own are *src and
 * *tgt: the act's doer threatens, or, when no actor is named as one
 * ("supplies could be cut") or only a pronoun ("warned they will"), the
 * one who warns or says so; its target is the one the condition asks
 * to act ("unless the LDP changes its mind"), else the act's, else the
 * one warned; an act announced in reported speech (HR_THREAT_ANNOUNCED)
 * is a threat only of coercion or force with a target of its own.  0 when the doer is another than the one who warns, with
 * no condition: "NATO warned that Russia could invade" is no threat by
 * either; and, for a guess (`kind` HR_THREAT_GUESS), when it is another
 * or no one says so: "Russia could invade if ..., analysts said". */
int hr_threat_sides(const sent *s, size_t vstart, int kind, const char *c1, long *src,
                    long *tgt)
{
    long doer = *src, target = *tgt;        /* *src, *tgt untouched when no threat */
    long c = s->chunk_of[vstart];
    long g = hr_governing_group(s, c);
    /* "said it may be forced to reduce imports if ...": the one who
     * says so governs the group of readiness. */
    if (g >= 0 && g == hr_readiness_of(s, c)) g = hr_governing_group(s, g);
    size_t cond = hr_condition_of(s, c);
    size_t head = g >= 0 ? s->doc->chunks[g].head : vstart;
    int said;
    long warner = threat_warner(s, g, vstart, &said);
    const herald_actor *ac = s->doc->actors;
    /* "Iran will face sanctions if ...": a subject that the act's
     * pattern names as its target suffers it; the one who says so
     * threatens. */
    if (doer >= 0 && doer == target) doer = -1;
    /* "if the UN tries ..., we will": no mention of the condition acts. */
    if (doer >= 0 && cond < vstart && ac[doer].first_token > cond) doer = -1;
    long subject = hr_chunk_before(s, c);
    int pronoun = subject >= 0 && s->doc->chunks[subject].token_count == 1 &&
                  s->doc->tokens[s->doc->chunks[subject].first_token].tag == HR_TAG_PRP;
    /* "said it would attack Y": announcing force or coercion (17-20)
     * against a side it names is threatening it (CAMEO 13); another act
     * announced ("said it would impose sanctions", "would take control
     * of the firm"), one aimed at no one, or one whose subject names no
     * actor ("said the strikes would hit Y") is a plan, left
     * hypothetical. */
    if (kind == HR_THREAT_ANNOUNCED &&
        (!hr_root_in(c1, 17, 20) || target < 0 || warner < 0 || (doer < 0 && !pronoun)))
        return 0;
    /* The threat is a statement: one who speaks of its own state's act
     * is its source ("the speaker told Jiang the United States would
     * intervene": USALEG, not USA). */
    if (doer < 0 || ((pronoun || ac[doer].kind == HERALD_ACTOR_REFERENCE) && warner >= 0) ||
        (said && warner >= 0 && same_side(&ac[doer], &ac[warner])))
        doer = warner;
    /* a firm announcing it "will take over" a rival threatens no force */
    if (kind == HR_THREAT_ANNOUNCED &&
        (strncmp(ac[doer].code, "MNC", 3) == 0 ||
         hr_role_in(ac[doer].code, (const char *const[]){ "BUS", NULL })))
        return 0;
    else if ((cond == SIZE_MAX || kind == HR_THREAT_GUESS) && warner >= 0 &&
             !same_side(&ac[doer], &ac[warner]))
        return 0;
    if (kind == HR_THREAT_GUESS && (warner < 0 || !said)) return 0;
    long asked = cond == SIZE_MAX ? -1 : hr_mention_from(s, cond + 1, hr_clause_end(s, cond + 1));
    /* Force is used on someone.  With no object, only another side
     * that the condition names as its subject makes it a threat ("will
     * retaliate if Hezbollah fires rockets", "would take military action
     * unless the rebels disarm"; not "would take control of the firm if
     * it obtained approval"); and "strike" with no object is a strike of
     * workers, no threat of an air strike. */
    long object = target >= 0 && cond > vstart && cond != SIZE_MAX &&
                          ac[target].first_token > cond ? -1 : target;
    int asked_other = asked >= 0 && s->chunk_of[ac[asked].first_token] == s->chunk_of[cond] + 1 &&
                      !(doer >= 0 && same_side(&ac[doer], &ac[asked]));
    if (object < 0 && hr_is_violence_code(c1) &&
        (strike_word(&s->doc->tokens[vstart]) || !asked_other))
        return 0;
    if (asked >= 0) target = asked;
    if (target < 0 && g >= 0 && head + 1 < s->end) target = s->owner[head + 1];
    *src = doer;
    *tgt = target;
    return 1;
}

/* Whether the warning of the verb group at chunk c by `warner` is a
 * forecast of another's act: the first finite verb of its complement
 * before `end` ("warned that Syria could attack", "warned Syria could
 * stir up tension") is a modal or future act of another side, with no
 * condition it would answer ("would pay if it attacked" threatens).  A
 * pronoun ("warned Syria it would") and a passive ("supplies could be
 * cut": the doer unnamed) leave the act to the one who warns. */
int hr_warns_of_other(const sent *s, long c, size_t end, long warner)
{
    const herald_chunk *ch = s->doc->chunks;
    if (warner < 0) return 0;
    for (long i = c + 1; (size_t)i < s->doc->chunk_count && ch[i].first_token < end; i++) {
        if (ch[i].kind == HERALD_CHUNK_SBAR && !hr_tok_is(&s->doc->tokens[ch[i].first_token], "that"))
            return 0;
        if (!hr_finite_group(s, i)) continue;
        if (!(ch[i].flags & (HERALD_VG_MODAL | HERALD_VG_FUTURE)) ||
            (ch[i].flags & HERALD_VG_PASSIVE) || hr_condition_of(s, i) != SIZE_MAX)
            return 0;
        long subject = hr_chunk_before(s, i);
        if (subject < 0 || s->doc->tokens[ch[subject].head].tag == HR_TAG_PRP) return 0;
        long doer = hr_mention_before(s, ch[i].first_token);
        const herald_actor *ac = s->doc->actors;
        /* a body of no named state ("parliament") may be the warner's own */
        return doer >= 0 && ac[doer].first_token > ch[c].head &&
               ac[doer].kind != HERALD_ACTOR_REFERENCE && strncmp(ac[doer].code, "---", 3) != 0 &&
               !same_side(&ac[doer], &ac[warner]);
    }
    return 0;
}

/* Whether the group at chunk i says its subject is ready for an act
 * ("are ready to strike", "is prepared to intervene"). */
static int ready_for_act(const sent *s, long i)
{
    for (long j = i + 1; j <= i + 2 && (size_t)j < s->doc->chunk_count; j++)
        if (hr_readiness_of(s, j) == i) return 1;
    return 0;
}

/* Whether the warning of the verb group at chunk c tells a fact: the
 * first finite verb of its complement before `end` is neither future
 * nor modal nor one of readiness, and no condition qualifies it
 * ("warned that 2,000 children are drawn into sex rings", "warned
 * urbanization poses risks"); an infinitive or gerund first asks for
 * or names an act, as a preposition of its topic does ("against").  A threat is of an act to come; a warning
 * of what is or was is a statement. */
int hr_warns_of_fact(const sent *s, long c, size_t end)
{
    static const char *const topics[] = { "against", "of", "about", "over", NULL };
    const herald_chunk *ch = s->doc->chunks;
    for (long i = c + 1; (size_t)i < s->doc->chunk_count && ch[i].first_token < end; i++) {
        if (ch[i].kind == HERALD_CHUNK_SBAR && !hr_tok_is(&s->doc->tokens[ch[i].first_token], "that"))
            return 0;
        if (ch[i].kind == HERALD_CHUNK_VG && (ch[i].flags & (HERALD_VG_INFINITIVE | HERALD_VG_GERUND)))
            return 0;   /* "warned people not to vote": an act demanded */
        if (ch[i].kind == HERALD_CHUNK_PP && hr_tok_in(&s->doc->tokens[ch[i].first_token], topics))
            return 0;   /* "warned Japan against ... after X said": what is warned of */
        if (!hr_finite_group(s, i)) continue;
        return !(ch[i].flags & (HERALD_VG_MODAL | HERALD_VG_FUTURE)) &&
               hr_condition_of(s, i) == SIZE_MAX && !ready_for_act(s, i);
    }
    return 0;
}

/* The code of the act of the verb form `form` of `len` tokens at token
 * k, NULL when it codes nothing; its pattern into *p, the sides that
 * names into *h. */
static const char *act_code(const sent *s, size_t k, const hr_entry *form, size_t len,
                            const hr_pattern **p, hit *h)
{
    *p = hr_best_pattern(s, k, k + len, hr_pattern_scope_end(s, k, k + len), form, 1, h);
    uint32_t code = hr_verb_code(s, *p, form);
    return code != HR_NONE ? hr_lexicon_str(s->vx, code) : NULL;
}

/* Whether the complement of the verb group at chunk c ("warned that
 * ...", "said it would ... unless") holds an act threatened, which codes
 * the threat itself (more exactly than the verb of warning). */
int hr_complement_threat(const sent *s, long c, size_t scope)
{
    const herald_chunk *g = &s->doc->chunks[c];
    for (size_t k = g->first_token + g->token_count; k < scope; k++) {
        size_t len = 0, particle;
        const hr_entry *form = s->owner[k] < 0 ? hr_verb_at(s, k, &len, &particle) : NULL;
        int kind = form ? hr_threatened_act(s, k) : HR_THREAT_NONE;
        if (kind == HR_THREAT_NONE) continue;
        long own = s->chunk_of[k];
        if (hr_governing_group(s, own) != c && hr_condition_of(s, own) == SIZE_MAX) continue;
        hit h;
        const hr_pattern *p;
        const char *code = act_code(s, k, form, len, &p, &h);
        int negated = 0, hypothetical = 0;
        hr_modality(s, k, 0, &negated, &hypothetical);
        long src = h.source >= 0 ? h.source : hr_mention_before(s, k);
        long tgt = h.target >= 0 ? h.target : hr_target_after(s, k + len, 0, 0);
        if (!negated && code && hr_act_threat(s, p, code) && hr_threat_sides(s, k, kind, code, &src, &tgt))
            return 1;
    }
    return 0;
}

/* The threat of a means coded `code` by pattern p: that of its act
 * (hr_act_threat), and for a refusal (12), which is no force, a threat
 * to halt international involvement when it keeps others out (1245),
 * else a non-force threat. */
static const char *threat_of_means(const sent *s, const hr_pattern *p, const char *code)
{
    const char *threat = hr_act_threat(s, p, code);
    if (threat || strncmp(code, "12", 2) != 0) return threat;
    return strcmp(code, "1245") == 0 ? "136" : "131";
}

/* The threat that the means of a threat codes, NULL for none: the act
 * after "by" in the threat's scope, from `from` on ("threatens to
 * retaliate by refusing transit": 131, "could hit back by blocking
 * inspections": 136); its target, when it names one, into *tgt. */
const char *hr_threat_by_means(const sent *s, size_t from, size_t scope, long *tgt)
{
    const herald_token *t = s->doc->tokens;
    for (size_t k = from; k + 1 < scope; k++) {
        if (s->owner[k] >= 0 || !hr_tok_is(&t[k], "by") || t[k + 1].tag != HR_TAG_VBG) continue;
        size_t len = 0, particle;
        const hr_entry *form = s->owner[k + 1] < 0 ? hr_verb_at(s, k + 1, &len, &particle) : NULL;
        if (!form) return NULL;
        hit h;
        const hr_pattern *p;
        const char *code = act_code(s, k + 1, form, len, &p, &h);
        const char *threat = code ? threat_of_means(s, p, code) : NULL;
        long means_tgt = h.target >= 0 ? h.target : hr_target_after(s, k + 1 + len, 0, 0);
        if (threat && means_tgt >= 0) *tgt = means_tgt;
        return threat;
    }
    return NULL;
}

/* The code of the act that the first condition ("if", "unless") from
 * `from` on, before `scope`, names with its first finite verb; the
 * side named after the condition's opener that does it into *doer (-1
 * for none), whether it is negated into *negated; NULL when no
 * condition names an act. */
static const char *condition_act(const sent *s, size_t from, size_t scope, long *doer,
                                 int *negated)
{
    static const char *const ifs[] = { "if", "unless", NULL };
    const herald_chunk *ch = s->doc->chunks;
    *doer = -1;
    *negated = 0;
    for (size_t k = from; k < scope; k++) {
        if (s->owner[k] >= 0 || !hr_tok_in(&s->doc->tokens[k], ifs)) continue;
        if (s->chunk_of[k] < 0) return NULL;
        size_t end = hr_clause_end(s, k + 1);
        for (long c = s->chunk_of[k] + 1; (size_t)c < s->doc->chunk_count && ch[c].first_token < end; c++) {
            if (!hr_finite_group(s, c)) continue;
            size_t len = 0, particle;
            const hr_entry *form = hr_verb_at(s, ch[c].head, &len, &particle);
            hit h;
            const hr_pattern *p;
            const char *code = form ? act_code(s, ch[c].head, form, len, &p, &h) : NULL;
            long who = h.source >= 0 ? h.source : hr_mention_before(s, ch[c].head);
            if (code && who >= 0 && s->doc->actors[who].first_token > k) *doer = who;
            int hypothetical = 0;
            hr_modality(s, ch[c].head, 0, negated, &hypothetical);
            return code;
        }
        return NULL;
    }
    return NULL;
}

/* The threat that a condition in the threat's scope, from `from` on,
 * tells of a threat of unnamed measures (130): measures that answer a
 * cut in relations, sanctions or an embargo ("will take retaliatory
 * measures if the US imposes sanctions") are of the same non-force kind,
 * 131; NULL when no condition names such an act. */
const char *hr_threat_by_condition(const sent *s, size_t from, size_t scope)
{
    long doer;
    int negated;
    const char *code = condition_act(s, from, scope, &doer, &negated);
    return code && strncmp(code, "16", 2) == 0 ? "131" : NULL;
}

/* The force that a condition from `from` on, before `scope`, names as
 * done by a side it names: the act an intervention promised on it
 * answers ("would intervene if China invaded Taiwan": a threat of force
 * against China; not "would step in if the yen fell", nor "... if
 * Venezuela did not attack"); NULL for none. */
const char *hr_force_by_condition(const sent *s, size_t from, size_t scope)
{
    long doer;
    int negated;
    const char *code = condition_act(s, from, scope, &doer, &negated);
    return code && doer >= 0 && !negated && hr_root_in(code, 18, 20) ? code : NULL;
}

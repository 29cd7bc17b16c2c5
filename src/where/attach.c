/* attach.c - each event's place: the place of its clause (see
 * hr_place_events in places.h). */
#include "places.h"
#include "../segment/toks.h"

#include <string.h>

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

/* Whether a cue makes an actor's name a place: a strong cue, a visit's
 * destination ("visiting Kyiv"; "travelled to Moscow" when the event is
 * the visit), but not "talks between Israel and Hamas", "aid to
 * Pakistan". */
static int place_cue(const char *cue, int visit)
{
    return strong_cue(cue) || strncmp(cue, "visit", 5) == 0 || (visit && strcmp(cue, "to") == 0);
}

/* Whether the span [a, b) overlaps the event side span s. */
static int overlaps(uint32_t a, uint32_t b, const uint32_t s[2])
{
    return s[0] != s[1] && a < s[1] && s[0] < b;
}

/* Whether place p is the whole of an event side ("Moscow" warned), not
 * a part of a longer one ("a Santiago court", "Moscow police"). */
static int is_side(const herald_place *p, const uint32_t s[2])
{
    return overlaps(p->start, p->end, s) && p->start <= s[0] && p->end >= s[1];
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
        /* a nominal event before e's target is e's object ("facilitating
         * the talks between Colombo and the Tigers in Sri Lanka"): the
         * two happen in one place */
        if (o->verb_span[1] <= e->target_span[0]) continue;
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

/* Whether a place at token p lies in the charge of an accusation: a
 * gerund after "of", "for" or "over" right after the event's target
 * ("accused Azerbaijan of shelling Stepanakert", "blamed rebels for
 * bombing Aden").  There the place is the alleged act's, not the
 * accusation's. */
static int in_charge(const herald_doc *doc, const herald_event *e, size_t p)
{
    if (e->target_span[0] == e->target_span[1]) return 0;
    size_t k = hr_token_at(doc, e->target_span[1]);
    const herald_token *t = doc->tokens;
    if (k + 1 >= doc->token_count || p <= k + 1) return 0;
    return (hr_tok_is(&t[k], "of") || hr_tok_is(&t[k], "for") || hr_tok_is(&t[k], "over")) &&
           strcmp(herald_tag_name(t[k + 1].tag), "VBG") == 0;
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
        size_t verb = hr_token_at(doc, e->verb_span[0]);
        /* a visit's destination is where it happens (CAMEO 042 travel to
         * visit, 043 receive a visit) */
        int visit = strncmp(e->code, "042", 3) == 0 || strncmp(e->code, "043", 3) == 0;
        /* an occupation's target is the territory taken (CAMEO 192:
         * "Iraq invaded Kuwait" happens in Kuwait) */
        int occupation = strncmp(e->code, "192", 3) == 0;
        const herald_place *best = NULL;
        int best_rank = 99;
        uint32_t best_gap = UINT32_MAX;
        for (size_t k = first_place; k < doc->place_count && doc->places[k].sentence == e->sentence;
             k++) {
            const herald_place *p = &doc->places[k];
            /* A country or capital that is an actor, of this event or
             * another, says who, not where ("Turkey attacked Syria",
             * "Moscow warned Kyiv", "mediated between Israel and
             * Hamas"); a place cue makes it a place ("in Moscow",
             * "travelled to Kyiv"); so does a role after it ("a
             * Santiago court").  A town or region that is an actor is
             * where ("shelled Stepanakert"). */
            int who = p->loc.precision == HERALD_PLACE_COUNTRY ||
                      strcmp(p->loc.kind, "capital") == 0;
            int touches = overlaps(p->start, p->end, e->source_span) ||
                          overlaps(p->start, p->end, e->target_span);
            int on_side = is_side(p, e->source_span) || is_side(p, e->target_span);
            /* a capital inside a longer actor ("a Santiago court") is
             * where that institution sits; a country inside one
             * ("Brazil's police") only says whose it is */
            int in_side = touches && !on_side && strcmp(p->loc.kind, "capital") == 0;
            int territory = occupation && is_side(p, e->target_span);
            if (territory) {
                best = p;
                break;
            }
            if (who && (touches || p->as_actor) && !in_side && !place_cue(p->cue, visit)) continue;
            int rank = p->start >= e->verb_span[1] ? 0 : 1;
            if (!p->loc.country[0]) rank += 2;  /* "the Horn of Africa": a named country first */
            /* After the verb of another actor's event, the place is that
             * event's ("after militants kidnapped a soldier, jets shelled
             * the power plant in Gaza"). */
            if (!rank && place_of_another(doc, lo, hi, e, p)) continue;
            if (!rank && in_charge(doc, e, p->first_token)) continue;
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

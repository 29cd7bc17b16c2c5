/* objects.c - the party after a verb (hr_target_after): its search
 * ends at a clause's end, an adverbial clause or a phrase of time on
 * another act, and passes an aside that only names an operation; also
 * a relative clause's object, the holder of a held place, the examples
 * that name a class, and whether a mention stands deep in a comment's
 * topic. */
#include "sentence.h"
#include "../segment/toks.h"
#include "../tag/grammar.h"
#include "../tag/tagger.h"

/* Whether token k is such a pronoun standing as the object of a verb
 * ("arrest all those"), a noun phrase of its own: not "those
 * countries", nor "those of the rebels who ...", whose people are named
 * after "of". */
static int persons_object(const sent *s, size_t k)
{
    long c = s->chunk_of[k];
    const herald_chunk *ch = s->doc->chunks;
    /* the chunk checks first: they are cheap and most tokens fail them */
    if (c < 0 || ch[c].kind != HERALD_CHUNK_NP ||
        k + 1 != ch[c].first_token + ch[c].token_count || !hr_unnamed_persons(s, k) ||
        (k + 1 < s->end && hr_tok_is(&s->doc->tokens[k + 1], "of")))
        return 0;
    long verb = hr_chunk_before(s, c);
    while (verb >= 0 && ch[verb].kind == HERALD_CHUNK_ADVP) verb = hr_chunk_before(s, verb);
    return verb >= 0 && ch[verb].kind == HERALD_CHUNK_VG;
}

/* Whether the verb group right after mention m is one of saying:
 * "Qatar, which industry sources said was selling ...": the pronoun is
 * the subject of the clause reported, not the object of the saying. */
static int says_after(const sent *s, long m)
{
    const herald_actor *a = &s->doc->actors[m];
    long c = s->chunk_of[a->first_token + a->token_count - 1];   /* "industry sources" */
    if (c < 0 || (size_t)c + 1 >= s->doc->chunk_count) return 0;
    const herald_chunk *g = &s->doc->chunks[c + 1];
    if (g->kind != HERALD_CHUNK_VG || g->first_token >= s->end) return 0;
    for (size_t i = g->first_token; i < g->first_token + g->token_count; i++)
        if (hr_says(s, i)) return 1;
    return 0;
}

/* Whether the relative pronoun `rel` after a comma may be about mention
 * a.  "which" is never about a person ("talks with Lavrov, which ...
 * described as useful" are about the talks), and after the object of a
 * preposition it is as often about the noun the phrase hangs on ("the
 * commitments to withdraw from Georgia and Moldova, which Moscow agreed
 * to"); "who" and "whom" are about persons, which the mention names. */
static int comma_relative_about(const sent *s, long a, const herald_token *rel)
{
    if (!hr_tok_is(rel, "which")) return 1;
    if (s->doc->actors[a].kind == HERALD_ACTOR_PERSON) return 0;
    long lo, hi;
    hr_group_of(s, a, &lo, &hi);
    size_t before = s->doc->actors[lo].first_token;
    while (before > s->begin && s->owner[before - 1] < 0 && s->doc->tokens[before - 1].tag == HR_TAG_DT)
        before--;
    const herald_token *t = &s->doc->tokens[before - 1];
    return !(before > s->begin && (t->tag == HR_TAG_IN || t->tag == HR_TAG_TO));
}

/* "the fighters that Israeli troops attacked", "Mobutu, who the rebels
 * called on to resign": the mention a relative clause is about, when
 * `subject` (the verb's source) opens it, or -1.  Without a comma the
 * mention must be no verb's object ("warned Iran that Israel ..."
 * reports what Israel did; "asked Iran who the rebels were" is a
 * question); after a comma only a relative pronoun opens such a clause. */
long hr_relative_object(const sent *s, long subject)
{
    const herald_token *t = s->doc->tokens;
    static const char *const rel[] = { "that", "whom", "which", "who", NULL };
    static const char *const after_comma[] = { "whom", "which", "who", NULL };
    size_t k = s->doc->actors[subject].first_token;
    while (k > s->begin && s->owner[k - 1] < 0 && t[k - 1].tag == HR_TAG_DT) k--;
    if (k < s->begin + 2 || s->owner[k - 1] >= 0 || !hr_tok_in(&t[k - 1], rel)) return -1;
    size_t end = k - 1;     /* the token after the mention */
    int comma = s->owner[end - 1] < 0 && hr_tok_is(&t[end - 1], ",");
    if (comma && (end - 1 == s->begin || !hr_tok_in(&t[k - 1], after_comma))) return -1;
    long a = s->owner[end - 1 - (size_t)comma];
    if (a < 0 || hr_is_place(s, a) || says_after(s, subject)) return -1;
    if (comma) return comma_relative_about(s, a, &t[k - 1]) ? a : -1;
    size_t before = s->doc->actors[a].first_token;
    while (before > s->begin && s->owner[before - 1] < 0 && t[before - 1].tag == HR_TAG_DT)
        before--;
    if (before > s->begin && (hr_tag_is_verb(t[before - 1].tag) || t[before - 1].tag == HR_TAG_IN))
        return -1;
    return a;
}

/* Whether the verb dictionary lists the word (a one-word form). */
static int listed(const sent *s, uint32_t word)
{
    uint32_t node = word == HR_NONE ? HR_NONE : hr_lexicon_step(s->vx, 0, word);
    return node != HR_NONE && hr_lexicon_entries(s->vx, node) != HR_NONE;
}

/* Whether token k is a noun the verb dictionary lists, read as a noun:
 * "the bombing", "attacks", "the killings" (a plural the dictionary
 * lists in the singular). */
static int is_event_noun(const sent *s, size_t k)
{
    const herald_token *t = &s->doc->tokens[k];
    if (!hr_tag_is_noun(t->tag)) return 0;
    if (listed(s, s->doc->word_ids[k])) return 1;
    return t->norm_len > 4 && t->norm[t->norm_len - 1] == 's' &&
           listed(s, hr_strings_word(&s->d->strings, t->norm, t->norm_len - 1));
}

/* Whether token k is a hyphen the text spaced off a prefix of stance
 * ("anti- Syrian minister", as actors.c reads it): the prefix and the
 * word after it are one adjective. */
static int spaced_stance_hyphen(const sent *s, size_t floor, size_t k)
{
    static const char *const prefixes[] = { "anti", "pro", "non", NULL };
    const herald_token *t = s->doc->tokens;
    return k > floor && hr_tok_is(&t[k], "-") && s->owner[k - 1] < 0 &&
           hr_tok_in(&t[k - 1], prefixes);
}

/* The first of the words of no actor that modify the noun at token i,
 * back to token `floor`: determiners, numbers, adjectives, possessives
 * ("the", "two young", "their", "anti- Syrian"). */
static size_t determiners_start(const sent *s, size_t floor, size_t i)
{
    const herald_token *t = s->doc->tokens;
    while (i > floor && s->owner[i - 1] < 0 &&
           (t[i - 1].tag == HR_TAG_DT || t[i - 1].tag == HR_TAG_CD || t[i - 1].tag == HR_TAG_JJ ||
            t[i - 1].tag == HR_TAG_PRPS || spaced_stance_hyphen(s, floor, i - 1)))
        i--;
    return i;
}

/* Whether the mention at token i is the one an event noun acts on: "the
 * bombing of X", "the killings of the X", "the killing of two young X".
 * ("Attacks on X" is left alone: "condemned attacks on X" is read as
 * aimed at X.) */
static int event_victim(const sent *s, size_t i)
{
    i = determiners_start(s, s->begin, i);                        /* "of the", "of two young" */
    return i >= s->begin + 2 && hr_tok_is(&s->doc->tokens[i - 1], "of") && is_event_noun(s, i - 2);
}

/* Whether the comma at k stands between two adjectives of one noun
 * ("complete, full ties"), which ends no phrase.  An adjective right
 * after a noun or a name qualifies no noun after the comma: "shelled
 * Kharkiv overnight, regional governor X said" ends the phrase. */
static int between_adjectives(const sent *s, size_t k)
{
    const herald_token *tk = s->doc->tokens;
    if (k < s->begin + 1 || k + 1 >= s->end || tk[k - 1].tag != HR_TAG_JJ ||
        tk[k + 1].tag != HR_TAG_JJ || !hr_tok_is(&tk[k], ","))
        return 0;
    return k < s->begin + 2 || (s->owner[k - 2] < 0 && !hr_tag_is_noun(tk[k - 2].tag));
}

/* Whether token k starts a second clause with a subject of its own:
 * "condemned the attack and France expelled ...": "and" or "but", a
 * mention, a finite verb. */
static int coordinated_clause(const sent *s, size_t k)
{
    const herald_token *t = &s->doc->tokens[k];
    if (k + 1 >= s->end || s->owner[k + 1] < 0 || !(hr_tok_is(t, "and") || hr_tok_is(t, "but")))
        return 0;
    const herald_actor *m = &s->doc->actors[s->owner[k + 1]];
    size_t after = m->first_token + m->token_count;
    if (after >= s->end || s->owner[after] >= 0) return 0;
    int tag = s->doc->tokens[after].tag;
    return tag == HR_TAG_VBD || tag == HR_TAG_VBZ || tag == HR_TAG_VBP || tag == HR_TAG_MD;
}

/* "unleashed a military offensive into X", "paid an official visit to
 * X": a role word that modifies a noun of an act tells who does the
 * act, not whom it is aimed at.  (For a verb of comment the doer is the
 * one criticised: "condemned the military crackdown"; a unit or a place
 * of the role, "raided a police station", "hit a police patrol", is
 * the target.) */
static int act_modifier(const sent *s, long m)
{
    static const char *const acts[] = { "visit", "visits", "trip", "tour", "offensive",
                                        "operation", "operations", "attack", "attacks",
                                        "action", "campaign", "crackdown", "intervention",
                                        "revolt", "coup", "exercise", "exercises", "drills",
                                        NULL };
    const herald_actor *a = &s->doc->actors[m];
    size_t after = a->first_token + a->token_count;
    return a->kind == HERALD_ACTOR_ROLE && after < s->end && s->owner[after] < 0 &&
           hr_tok_in(&s->doc->tokens[after], acts);
}

/* The mention that names examples of mention m ("other ASEAN member
 * countries such as Malaysia and Thailand", "Gulf states, such as
 * Qatar"): the first after "such as", over the nouns that end m's
 * phrase; else -1.  The parties named are more exact than the class. */
long hr_named_examples(const sent *s, long m)
{
    const herald_token *tk = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count;
    for (int n = 0; n < 2 && k < s->end && s->owner[k] < 0 && hr_tag_is_noun(tk[k].tag); n++) k++;
    if (k < s->end && s->owner[k] < 0 && hr_tok_is(&tk[k], ",")) k++;
    if (k + 2 >= s->end || s->owner[k] >= 0 || !hr_tok_is(&tk[k], "such") ||
        !hr_tok_is(&tk[k + 1], "as"))
        return -1;
    return s->owner[k + 2];
}

/* "met Mohamed Ismail, deputy chief of staff of the Sudanese army": a
 * name no dictionary knows, from token `from` to the comma at `comma`,
 * then a role that describes the person (not a name, nor a speaker:
 * "met Ismail, officials said").  The comma ends no phrase there: the
 * role is who the name is.  Token of that role's mention, or 0. */
size_t hr_unnamed_apposition(const sent *s, size_t from, size_t comma)
{
    const herald_token *t = s->doc->tokens;
    if (comma <= from || comma + 1 >= s->end || from == s->begin) return 0;
    /* '"...?" asked Luigi Manconi, spokesman of ...': after a verb put
     * behind a quote or a clause the name is its subject, not its object */
    long verb = s->chunk_of[from - 1];
    if (verb >= 0 && s->doc->chunks[verb].kind == HERALD_CHUNK_VG) {
        size_t v = s->doc->chunks[verb].first_token;
        if (v == s->begin || hr_tok_in(&t[v - 1], (const char *const[]){ ",", "''", "\"", NULL }))
            return 0;
    }
    for (size_t k = from; k < comma; k++)
        if (s->owner[k] >= 0 || t[k].tag != HR_TAG_NNP) return 0;
    size_t k = comma + 1;
    for (int n = 0; n < 3 && k < s->end && s->owner[k] < 0 &&
                    (t[k].tag == HR_TAG_DT || t[k].tag == HR_TAG_JJ || t[k].tag == HR_TAG_NN);
         n++)
        k++;
    if (k >= s->end || s->owner[k] < 0 || hr_is_name(&s->doc->actors[s->owner[k]]) ||
        says_after(s, s->owner[k]))
        return 0;
    return k;
}

/* Whether a preposition at k opens a clause of a gerund: "praising his
 * tenacity in resisting pressure from X", "accused X of leading attacks
 * on Y": the clause's mentions are its own, no target of the verb
 * before.  A gerund right before a mention qualifies it ("talks with
 * visiting Foreign Minister X"). */
static int gerund_clause(const sent *s, size_t k)
{
    return s->doc->tokens[k].tag == HR_TAG_IN && k + 2 < s->end && s->owner[k + 1] < 0 &&
           s->doc->tokens[k + 1].tag == HR_TAG_VBG && s->owner[k + 2] < 0;
}

/* Whether token k opens an adverbial clause ("arrested Mohamed at the
 * airport as he was about to be deported", "seized the ship after Iran
 * had warned"): its subject acts in a clause of its own, no target of
 * the verb before.  ("demanded that Hamas renounce" is the verb's own
 * clause, and is left out; so are clauses of time, "after", "before",
 * which PETRARCH-2 reads for the party the act answers: "postponed their
 * meeting after a hafling was reported".) */
static int adverbial_clause(const sent *s, size_t k)
{
    static const char *const openers[] = { "as", "when", "while", "because", "although",
                                           "though", "whereas", NULL };
    long c = s->chunk_of[k];
    return c >= 0 && s->doc->chunks[c].kind == HERALD_CHUNK_SBAR &&
           s->doc->chunks[c].first_token == k && hr_tok_in(&s->doc->tokens[k], openers);
}

/* Whether the noun phrases from chunk c on are the subject of a finite
 * verb right after them: "since this south China port opened", a clause
 * however the chunker read its opener.  (Past a dash or a comma the verb
 * is another phrase's: "since the offensive -- dubbed Grapes of Wrath".) */
static int subject_of_clause(const sent *s, long c)
{
    const herald_chunk *ch = s->doc->chunks;
    long n = c;
    while ((size_t)n < s->doc->chunk_count && ch[n].sentence == ch[c].sentence &&
           ch[n].kind == HERALD_CHUNK_NP)
        n++;
    return n > c && (size_t)n < s->doc->chunk_count && ch[n].sentence == ch[c].sentence &&
           ch[n].first_token == ch[n - 1].first_token + ch[n - 1].token_count &&
           hr_finite_group(s, n);
}

/* Whether token k opens a phrase of time on a noun, not a clause nor a
 * date: "launched 383 attacks on the strip since last April's Israeli
 * offensive", "fought three wars since independence from British rule",
 * "following the transfer of the city to Palestinian rule".  It names
 * another act, whose sides are none of this one's.  ("talks during a
 * visit to China" tells where the act was, and so may "before Congress";
 * "since March between the leaders" goes on with the verb's phrase; a
 * clause of time is adverbial_clause's.) */
static int time_phrase(const sent *s, size_t k)
{
    static const char *const times[] = { "after", "since", "following", NULL };
    long c = s->chunk_of[k];
    long next = k + 1 < s->end ? s->chunk_of[k + 1] : -1;
    return c >= 0 && next > c && s->doc->chunks[c].kind != HERALD_CHUNK_SBAR &&
           s->doc->chunks[c].first_token == k && hr_tok_in(&s->doc->tokens[k], times) &&
           !hr_date_chunk(s, next) && !subject_of_clause(s, next);
}

/* Whether token k opens the phrase of a go-between: "brokered by",
 * "mediated by", "chaired by", "facilitated by", "under the auspices". */
static int go_between(const sent *s, size_t k)
{
    static const char *const mediated[] = { "brokered", "mediated", "chaired", "facilitated",
                                            NULL };
    const herald_token *t = &s->doc->tokens[k];
    if (hr_tok_is(t, "auspices")) return 1;
    /* "by" first: one comparison turns most words away before the list */
    return k + 1 < s->end && hr_tok_is(&t[1], "by") && hr_tok_in(t, mediated);
}

/* Whether the mention at token i, over the words that modify it back to
 * token k ("the killings of ethnic Albanians", "the arrest of two
 * journalists"), is the object of "of". */
static int object_of_of(const sent *s, size_t k, size_t i)
{
    i = determiners_start(s, k, i);
    return i > k && hr_tok_is(&s->doc->tokens[i - 1], "of");
}

#define ASIDE_REACH 8        /* tokens of the name an aside gives */

/* ", codenamed Karbala-7,", ", dubbed Operation X,": an aside at the
 * comma at token k that only names the operation before it.  The token
 * of its closing comma, or 0 when there is no such aside (or a mention
 * stands in it). */
static size_t naming_aside(const sent *s, size_t k)
{
    static const char *const naming[] = { "codenamed", "code-named", "dubbed", NULL };
    const herald_token *t = s->doc->tokens;
    size_t j = k + 1;
    if (j + 1 < s->end && hr_tok_is(&t[j], "code") && hr_tok_is(&t[j + 1], "named")) j++;
    else if (j >= s->end || !hr_tok_in(&t[j], naming)) return 0;
    for (size_t end = j + 1; end < s->end && end <= j + ASIDE_REACH; end++) {
        if (s->owner[end] >= 0) return 0;
        if (hr_tok_is(&t[end], ",")) return end;
    }
    return 0;
}

/* The party said to hold the thing that mention m modifies or names
 * ("bombed Mogadishu airport and other airfields held by the Islamists",
 * "shelled a town controlled by the rebels"): force on a held place is
 * aimed at its holder, not at the state it lies in; -1 for none. */
long hr_holder_of(const sent *s, long m)
{
    static const char *const holding[] = { "held", "controlled", "occupied", NULL };
    static const char *const joints[] = { "and", "other", NULL };
    const herald_token *t = s->doc->tokens;
    const herald_actor *a = &s->doc->actors[m];
    size_t k = a->first_token + a->token_count;
    /* past the nouns of the held thing: "airport and other airfields" */
    while (k < s->end && s->owner[k] < 0 &&
           (hr_tag_is_noun(t[k].tag) || t[k].tag == HR_TAG_JJ || t[k].tag == HR_TAG_DT ||
            hr_tok_in(&t[k], joints)) &&
           !hr_tok_in(&t[k], holding))
        k++;
    if (k + 1 >= s->end || !hr_tok_in(&t[k], holding) || !hr_tok_is(&t[k + 1], "by")) return -1;
    k += 2;
    if (k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT) k++;
    return k < s->end ? s->owner[k] : -1;
}

/* Whether token k opens a phrase of the subject's own movement: "on his
 * return to Italy", "upon arrival in Kenya", "on the way to Paris", "en
 * route to Cairo".  Its place is where the subject goes, not whom the
 * act is aimed at. */
static int own_movement(const sent *s, size_t k)
{
    static const char *const on[] = { "on", "upon", NULL };
    static const char *const owners[] = { "his", "her", "its", "their", "the", NULL };
    static const char *const moves[] = { "return", "arrival", "way", NULL };
    const herald_token *t = &s->doc->tokens[k];
    if (k + 1 >= s->end) return 0;
    if (hr_tok_is(t, "en")) return hr_tok_is(&t[1], "route");
    if (!hr_tok_in(t, on)) return 0;
    size_t m = k + 1;
    if (m + 1 < s->end && s->owner[m] < 0 && hr_tok_in(&t[1], owners)) m++;
    return s->owner[m] < 0 && hr_tok_in(&s->doc->tokens[m], moves);
}

/* "received support from nine fellow EU members, the United States,
 * Norway and Iceland": a comma after a plural noun of parties no actor
 * names, before a list of actors that ends the sentence, goes on with
 * the list, which the unnamed parties head.  (Another noun before such a
 * list is what the list is apposed to: "opposing the tax, West Germany,
 * Britain and Denmark".) */
static int unnamed_list_head(const sent *s, size_t comma)
{
    static const char *const parties[] = { "members", "countries", "nations", "states",
                                           "governments", "partners", "allies", NULL };
    const herald_token *t = s->doc->tokens;
    size_t k = comma + 1;
    if (comma == s->begin || s->owner[comma - 1] >= 0 || t[comma - 1].tag != HR_TAG_NNS ||
        !hr_tok_in(&t[comma - 1], parties))
        return 0;
    while (k < s->end && s->owner[k] < 0 && t[k].tag == HR_TAG_DT) k++;
    if (k >= s->end || s->owner[k] < 0) return 0;
    long lo, hi;
    hr_group_of(s, s->owner[k], &lo, &hi);
    if (hi == s->owner[k]) return 0;
    size_t end = s->doc->actors[hi].first_token + s->doc->actors[hi].token_count;
    return end >= s->end || (end + 1 == s->end && t[end].kind == HERALD_TOK_PUNCT);
}

/* Whether the mention at token i, right after "by", is the doer of an
 * act that a time or cause phrase opened between k and i names ("wounded
 * 40 during rehearsals for a visit by President X", "fled after an attack
 * by rebels"): that act's party, not the target of the verb before. */
static int doer_of_later_act(const sent *s, size_t k, size_t i, const char *const *later_acts)
{
    i = determiners_start(s, k, i);     /* "by the French minister" */
    if (i <= k || !hr_tok_is(&s->doc->tokens[i - 1], "by")) return 0;
    for (size_t j = i - 1; j-- > k;)
        if (s->owner[j] < 0 && hr_tok_in(&s->doc->tokens[j], later_acts)) return 1;
    return 0;
}

/* The target after the verb: the first mention that is no place (else,
 * for an active verb, the first named place), before a comma or
 * semicolon ends the verb's phrase.  "condemned the shelling of X by
 * Y": the agent after "by" is the one condemned, not X.  For a
 * verb of comment (`comment`: praise, criticism, demands), "condemned
 * the bombing of X" with no agent named condemns someone unnamed, not
 * the victim X: the target is unknown. */
long hr_target_after(const sent *s, size_t k, int comment, int active)
{
    /* A comma, a semicolon or a dash ends the verb's phrase ("signed the
     * accession papers -- broadcast live on Polish television --"). */
    static const char *const clause_ends[] = { ",", ";", "--", NULL };
    /* "warned it would respond to any action amid signs that the
     * Council ...": what follows tells the circumstances, not whom the
     * act is aimed at. */
    static const char *const circumstances[] = { "amid", "amidst", "despite", NULL };
    /* "signed agreements pertaining to Hong Kong": past the verb's
     * object, what it is about is no party to it. */
    static const char *const topics[] = { "pertaining", "relating", "concerning", "regarding",
                                          NULL };
    /* Words that open the time or cause of the act, after which a "by"
     * names the doer of another act. */
    static const char *const later_acts[] = { "after", "before", "during", "since", "following",
                                              "when", "while", "because", NULL };
    long first = -1, place = -1;
    int victim = 0, act_named = 0, object_noun = 0, allies = 0, verb_passed = 0;
    for (size_t i = k; i < s->end; i++) {
        const herald_token *t = &s->doc->tokens[i];
        size_t aside = s->owner[i] < 0 && hr_tok_is(t, ",") ? naming_aside(s, i) : 0;
        if (aside) {            /* the operation's name is passed */
            i = aside;
            continue;
        }
        if (s->owner[i] < 0 && t->kind == HERALD_TOK_PUNCT && hr_tok_in(t, clause_ends) &&
            !between_adjectives(s, i) &&
            !(first < 0 && (hr_unnamed_apposition(s, k, i) || unnamed_list_head(s, i))))
            break;
        if (s->owner[i] < 0 && t->tag == HR_TAG_IN && hr_tok_in(t, circumstances)) break;
        /* (A passive's agent may follow: "was received on arrival by X".) */
        if (active && s->owner[i] < 0 && own_movement(s, i)) break;
        /* "arrest all those behind the kidnappings", "punish anyone
         * responsible": the object is persons no actor names, and what
         * is said of them names no target */
        if (first < 0 && persons_object(s, i)) break;
        /* "agreed to a truce brokered by Egypt", "held talks under the
         * auspices of the UN": the go-between is no party to the act
         * (its mediation codes apart). */
        if (s->owner[i] < 0 && go_between(s, i)) break;
        /* "shelling in response to Hezbollah attacks": the cause of the
         * act, not whom it hit */
        if (s->owner[i] < 0 && hr_tok_is(t, "in") && i + 1 < s->end &&
            hr_tok_in(&t[1], (const char *const[]){ "response", "retaliation", "reprisal", NULL }))
            break;
        /* "condemned the launch and urged X": X is the second verb's.
         * ("shelled and bombed X" shares X; after "and said" the search
         * goes on, as what is said often names whom the first verb was
         * aimed at: "denounced the scenes and said the police had ...".) */
        if ((i > k || (i > s->begin && s->owner[i - 1] >= 0)) && s->owner[i] < 0 &&
            hr_coordinated_verb(s, i) && !hr_tok_says(&s->doc->tokens[i + 1]))
            break;
        if (s->owner[i] < 0 && coordinated_clause(s, i)) break;
        /* "deplored the blasts which killed dozens of people": a relative
         * clause on a thing tells what the thing did; its mentions are
         * no target of the verb. */
        long antecedent;
        if (s->owner[i] < 0 && (t->tag == HR_TAG_WDT || t->tag == HR_TAG_WP) && i > k &&
            hr_relative_subject(s, i, &antecedent) && antecedent < 0)
            break;
        if (s->owner[i] < 0 && object_noun &&
            (gerund_clause(s, i) || adverbial_clause(s, i) ||
             (t->tag == HR_TAG_VBG && hr_tok_in(t, topics))))
            break;
        /* "analyse the performance of the Brazilian economy after the
         * plan launched by the minister": the "by" of another act */
        if (s->owner[i] < 0 && first >= 0 && hr_tok_in(t, later_acts)) break;
        if (s->owner[i] < 0 && object_noun && !verb_passed && time_phrase(s, i)) break;
        if (s->owner[i] < 0) {
            /* "fought alongside Ugandan troops against the rebels": allies
             * are no target, nor is a place where they act together
             * ("alongside the army in Congo"). */
            if (hr_tok_is(t, "alongside")) allies = 1, active = 0;
            /* "alongside the army against the rebels": the foe */
            if (hr_tok_is(t, "against")) allies = 0;
            if (hr_tag_is_verb(t->tag)) active = 0, verb_passed = 1;    /* "accused of staying in Russia" */
            act_named = act_named || (comment && is_event_noun(s, i));
            object_noun |= hr_tag_is_noun(t->tag);     /* the verb's object, passed */
            continue;
        }
        if (allies) {           /* the list after "alongside" is passed */
            long lo, hi;
            hr_group_of(s, s->owner[i], &lo, &hi);
            size_t after = s->doc->actors[hi].first_token + s->doc->actors[hi].token_count;
            i = after - 1;
            /* "the Lord's Resistance Army rebels": a mention right after
             * names the same allies; "alongside Congolese troops in the
             * DRC": where they fight together is no foe either */
            allies = after < s->end &&
                     (s->owner[after] >= 0 ||
                      hr_tok_in(&s->doc->tokens[after], (const char *const[]){ "in", "at", "near", NULL }));
            continue;
        }
        if (hr_is_place(s, s->owner[i])) {
            if (place < 0 && active &&
                (hr_named_place(s, s->owner[i]) || hr_object_place_noun(s, k, s->owner[i])))
                place = s->owner[i];
            continue;
        }
        if (!comment && act_modifier(s, s->owner[i])) continue;
        if (first < 0 && !comment && doer_of_later_act(s, k, i, later_acts)) break;
        if (first < 0) {
            first = s->owner[i];
            victim = comment && event_victim(s, i);
            int of = object_of_of(s, k, i);
            if (!of && !victim) return first;
            i = s->doc->actors[first].first_token + s->doc->actors[first].token_count - 1;
        } else if (hr_tok_is(&s->doc->tokens[i - 1], "by")) {
            return s->owner[i];
        }
    }
    /* With no party named, the place an active verb names is the one
     * acted on: "fired shells at Seoul", "arrived in Gondor".  Not so
     * for comment on an act: "condemned the bombings in Kenya" blames
     * whoever set the bombs, not the place where they went off. */
    return victim ? -1 : first >= 0 ? first : act_named ? -1 : place;
}

/* Whether mention m, after the words of a comment that end at token
 * `from`, stands deep in what the comment is about rather than being
 * whom it addresses or is about as a whole: "expressed concern about
 * reports of Chinese citizens", "worried about civil war in Kosovo",
 * "feared an uprising of the people", "fears he could be abducted by
 * X", "hoped to win the vote and undermine support for the insurgency",
 * "feared for their safety after villagers protested".  "concerned
 * about X", "condolences to the families of X", "optimistic about UN
 * plans", "hopes to expand ties with X" keep X, and so does "confident
 * that X would ...": the codebook's optimism is about the clause's doer. */
int hr_deep_in_topic(const sent *s, size_t from, long m, enum hr_topic topic)
{
    static const char *const subordinators[] = { "if", "after", "before", "when", "because",
                                                 "since", "while", "until", NULL };
    static const char *const complements[] = { "that", "whether", NULL };
    /* "thousands of refugees": a number of people, not a topic they own */
    static const char *const amounts[] = { "dozens", "hundreds", "thousands", "millions",
                                           "number", "group", "lot", NULL };
    /* "condolences in a telephone call to X": the means names the addressee */
    static const char *const messages[] = { "call", "letter", "message", "telegram",
                                            "conversation", "meeting", NULL };
    const herald_token *t = s->doc->tokens;
    size_t first = s->doc->actors[m].first_token;
    /* a denial read by a pattern may end on its noun: "said it did not
     * carry out the attack | on X" */
    int prep = 0;
    int noun = topic == HR_TOPIC_DENIAL && from > s->begin && hr_tag_is_noun(t[from - 1].tag);
    for (size_t k = from; k < first && k < s->end; k++) {
        if (s->owner[k] >= 0) {
            const herald_actor *a = &s->doc->actors[s->owner[k]];
            size_t after = a->first_token + a->token_count;
            if (after < s->end && s->owner[after] < 0 && hr_is_finite_tag(t[after].tag))
                return 1;           /* the subject of a clause of its own */
            k = after - 1;
            noun = 1;
            continue;
        }
        /* "denied the charges and said it would act if India ...": a
         * statement of its own, read on by hr_target_after */
        if (t[k].tag == HR_TAG_CC && k + 1 < s->end && hr_tok_says(&t[k + 1])) return 0;
        if (hr_tok_in(&t[k], subordinators)) return 1;
        if (t[k].tag == HR_TAG_PRP && k + 1 < s->end && hr_is_finite_tag(t[k + 1].tag))
            return 1;               /* "fears he would be arrested by X" */
        /* "hopes to expand ties with X", "confident that talks with X
         * would succeed": the doer or partner of the act hoped for is
         * what the comment is about, read as after the verb itself */
        if (hr_tok_in(&t[k], complements) ||
            (t[k].tag == HR_TAG_TO && k + 1 < s->end && t[k + 1].tag == HR_TAG_VB)) {
            prep = noun = 0;
            k += t[k].tag == HR_TAG_TO;
            continue;
        }
        /* "claimed responsibility for the attack on X": the one the act
         * claimed was done to */
        if (topic == HR_TOPIC_CLAIM) continue;
        /* A denial answers its accuser ("denied India's charges", "charges
         * by X"); a party inside what is denied is none: "denies deploying
         * troops", "denied any role in the attack on X", "denied
         * differences between X and Y". */
        if (topic == HR_TOPIC_DENIAL &&
            ((k == from && t[k].tag == HR_TAG_VBG) ||
             (noun && (t[k].tag == HR_TAG_IN || t[k].tag == HR_TAG_TO) && !hr_tok_is(&t[k], "by"))))
            return 1;
        if (hr_tok_is(&t[k], "of") && hr_tok_in(&t[k - 1], amounts)) continue;
        if (t[k].tag == HR_TAG_IN || t[k].tag == HR_TAG_TO) {
            if (noun && (prep || hr_tok_is(&t[k], "of")) && !hr_tok_in(&t[k - 1], messages))
                return 1;           /* a phrase inside the topic's noun */
            prep = 1;
            noun = 0;
        } else if (hr_tag_is_noun(t[k].tag) || t[k].tag == HR_TAG_CD) {
            noun = 1;
        }
    }
    return 0;
}

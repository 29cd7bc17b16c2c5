/* actors.c - actor recognition.
 *
 * Longest match of dictionary phrases over normalised tokens, then
 * composition, in the manner of CAMEO's agents:
 *   country [ 's ] [modifiers] role    "Turkish troops", "Turkey's new army" -> TURMIL
 *   role of|from|in [the] country {and country}
 *                                      "the leaders of Ethiopia and Eritrea"
 *   [title] person                     "President Putin", "Mr. Lavrov"   -> the person's code
 *   role alone                         "officials said"                  -> ---GOV
 * The code of a dated entry is the one in force on the article's date.
 * References to earlier actors are resolved afterwards (references.c). */
#include "actors.h"
#include "scan.h"
#include "../segment/abbrev.h"
#include "../segment/toks.h"
#include "../tag/taglex.h"
#include "../tag/tagger.h"
#include "../tag/tagset.h"
#include "../where/gazetteer.h"
#include "../where/geokey.h"

#include <stdio.h>
#include <string.h>

const char *herald_actor_kind_name(int kind)
{
    static const char *const names[] = { "named", "person", "composed", "role", "reference" };
    return kind >= 0 && kind < 5 ? names[kind] : "unknown";
}

/* Whether the text words at i that the phrase writes as acronyms
 * (bits of `cased`) are free of lower-case letters. */
static int acronyms_match(const herald_doc *doc, size_t i, size_t n, uint32_t cased)
{
    for (size_t k = 0; k < n && k < 32; k++) {
        if (!(cased >> k & 1)) continue;
        const herald_token *t = &doc->tokens[i + k];
        for (uint32_t b = t->start; b < t->end; b++) {
            char c = doc->article.text[b];
            if (c >= 'a' && c <= 'z') return 0;
        }
    }
    return 1;
}

/* Whether a word of tokens [i, end) starts with a capital: a name made
 * of common words ("Congress", "Move Forward") is one only so written,
 * as in "south Sudan", not in "party congress". */
static int any_capitalised(const herald_doc *doc, size_t i, size_t end)
{
    for (size_t k = i; k < end; k++)
        if (hr_tok_first(doc, &doc->tokens[k]) == HR_C_UPPER) return 1;
    return 0;
}

/* Whether token k is a '_' glued to the words on both sides
 * ("Dol_Amroth"): the joiner of the dictionaries' phrases, written in the
 * text by pipelines that mark names so. */
static int joiner(const hr_scan *sc, size_t k)
{
    const herald_token *t = sc->doc->tokens;
    return k > sc->begin && k + 1 < sc->end && hr_tok_is(&t[k], "_") &&
           t[k - 1].end == t[k].start && t[k].end == t[k + 1].start;
}

hr_match hr_longest_from(const hr_scan *sc, const hr_lexicon *lx, size_t i)
{
    hr_match best = { 0, HR_NONE };
    uint32_t node = 0;
    for (size_t k = i; k < sc->end; k++) {
        if (k > i && joiner(sc, k)) continue;
        node = hr_lexicon_step(lx, node, sc->ids[k]);
        if (node == HR_NONE) break;
        for (uint32_t e = hr_lexicon_entries(lx, node); e != HR_NONE; e = lx->entries[e].next) {
            if ((lx->entries[e].flags & HR_ENTRY_CASED) &&
                !acronyms_match(sc->doc, i, k + 1 - i, lx->entries[e].cased))
                continue;
            if ((lx->entries[e].flags & HR_ENTRY_CAPITAL) && !any_capitalised(sc->doc, i, k + 1))
                continue;
            best = (hr_match){ k + 1 - i, hr_entry_in_force(lx, e, sc->doc->date) };
            break;
        }
    }
    return best;
}

static hr_match no_match(void) { return (hr_match){ 0, HR_NONE }; }

static const char *entry_code(const hr_scan *sc, const hr_lexicon *lx, hr_match m)
{
    return hr_entry_code(lx, &lx->entries[m.entry], sc->doc->date);
}

/* Appends "FILE:LINE (note)" of an entry to the mention's story. */
static int describe(hr_scan *sc, const hr_lexicon *lx, hr_match m)
{
    const hr_entry *e = &lx->entries[m.entry];
    int rc = hr_buf_put_place(&sc->how, hr_lexicon_str(lx, e->file), e->line);
    if (e->note == HR_NONE) return rc;
    if (!rc) rc = hr_buf_puts(&sc->how, " (");
    if (!rc) rc = hr_buf_puts(&sc->how, hr_lexicon_str(lx, e->note));
    return rc ? rc : hr_buf_putc(&sc->how, ')');
}

static int is_person_entry(const hr_lexicon *lx, hr_match m)
{
    return (lx->entries[m.entry].flags & HR_ENTRY_PERSON) != 0;
}

/* A country without a role ("TUR"), which takes one from an agent. */
static int is_bare_country(const char *code)
{
    return strlen(code) == 3 && strcmp(code, "---") != 0;
}

static int is_possessive(const herald_token *t)
{
    return hr_tok_is(t, "'s") || hr_tok_is(t, "'");
}

/* A one-word role the tagger reads as a finite verb between a noun, its
 * subject, and the start of an object: "Western powers press Iran",
 * "Russia forces a vote".  It names no one.  (The tag alone is not
 * trusted: "producer delegates said", "two suspects".) */
static int role_is_verb(const hr_scan *sc, size_t k, hr_match role)
{
    if (role.len != 1 || k == sc->begin) return 0;
    const herald_token *t = sc->doc->tokens;
    int tag = t[k].tag;
    if (tag == HR_TAG_VB) {         /* "to judge", "will also press Japan" */
        size_t b = k - 1;
        while (b > sc->begin && t[b].tag == HR_TAG_RB) b--;
        return t[b].tag == HR_TAG_TO || t[b].tag == HR_TAG_MD;
    }
    if (k + 1 >= sc->end) return 0;
    int before = t[k - 1].tag, after = t[k + 1].tag;
    return (tag == HR_TAG_VBP || tag == HR_TAG_VBZ || tag == HR_TAG_VBD) &&
           (hr_tag_is_noun(before) || before == HR_TAG_PRP) &&
           (after == HR_TAG_DT || after == HR_TAG_PRPS || after == HR_TAG_PRP ||
            after == HR_TAG_NNP || after == HR_TAG_NNPS);
}

/* "voiced its opposition to the plan", "West German opposition to the
 * reforms": "opposition to" is a stance taken, not the opposition as a
 * party ("the Syrian opposition", "demands by the opposition to drop the
 * tax", where "to" opens an infinitive). */
static int role_is_stance(const hr_scan *sc, size_t k, hr_match role)
{
    const herald_token *t = sc->doc->tokens;
    return role.len == 1 && k + 2 < sc->end && hr_tok_is(&t[k], "opposition") &&
           hr_tok_is(&t[k + 1], "to") && t[k + 2].tag != HR_TAG_VB;
}

/* Whether the role word at k names no one here: a verb, or a stance. */
static int role_names_no_one(const hr_scan *sc, size_t k, hr_match role)
{
    return role_is_verb(sc, k, role) || role_is_stance(sc, k, role);
}

/* The role word at k, unless a longer phrase that names no one starts
 * there: the "press" of "White House press conference". */
static hr_match role_word(const hr_scan *sc, size_t k)
{
    hr_match role = hr_longest(sc, sc->agents, k);
    if (!role.len) return role;
    hr_match other = hr_longest(sc, sc->actors, k);
    return other.len > role.len && strcmp(entry_code(sc, sc->actors, other), "NONE") == 0
               ? no_match()
               : role;
}

int hr_emit_actor(hr_scan *sc, size_t first, size_t last, const char *code, int kind)
{
    herald_doc *doc = sc->doc;
    if (doc->actor_count == doc->actor_cap &&
        hr_arena_grow(&doc->arena, (void **)&doc->actors, &doc->actor_cap,
                      doc->actor_count + 1, sizeof *doc->actors))
        return HERALD_ENOMEM;
    herald_actor *a = &doc->actors[doc->actor_count];
    a->sentence = sc->sentence;
    a->first_token = (uint32_t)first;
    a->token_count = (uint32_t)(last - first);
    a->start = doc->tokens[first].start;
    a->end = doc->tokens[last - 1].end;
    a->kind = kind;
    a->code = hr_arena_strndup(&doc->arena, code, strlen(code));
    a->how = hr_arena_strndup(&doc->arena, sc->how.data ? sc->how.data : "", sc->how.len);
    if (!a->code || !a->how) return HERALD_ENOMEM;
    doc->actor_count++;
    return 0;
}

/* a + b into out (cap > 0 bytes), cut as snprintf cuts: without its
 * format parsing, since most actor mentions compose a code. */
static void join_codes(char *out, size_t cap, const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n >= cap) n = cap - 1;
    if (m >= cap - n) m = cap - n - 1;
    memcpy(out, a, n);
    memcpy(out + n, b, m);
    out[n + m] = '\0';
}

/* Country code + role code, in the order the agent asks for. */
static void compose(char *out, size_t cap, const char *country, const hr_scan *sc, hr_match role)
{
    const hr_entry *e = &sc->agents->entries[role.entry];
    const char *r = entry_code(sc, sc->agents, role);
    if (e->flags & HR_ENTRY_PREFIX) join_codes(out, cap, r, country);
    else join_codes(out, cap, country, r);
}

static int is_former(const herald_token *t)
{
    return hr_tok_is(t, "former") || hr_tok_is(t, "ex") || hr_tok_is(t, "ex-");
}

int hr_names_institution(const herald_token *t)
{
    static const char *const words[] = {
        "army", "armies", "military", "government", "governments", "regime", "regimes",
        "forces", "force", "navy", "ministry", "ministries", "administration",
        "cabinet", "junta", "parliament", "court", NULL
    };
    return hr_tok_in(t, words);
}

/* "former defence secretary", "ex-ministers", "a former Tuvan general",
 * "Austria's former chancellor": a former holder of a state office is an
 * elite (ELI in CAMEO), not the office.  "former" stands right before
 * the mention at `start` or among the words before its role at
 * `role_first`; the role ends at token `role_last`.  Rewrites the role of
 * a composed code in place. */
static void formerly(const hr_scan *sc, size_t start, size_t role_first, size_t role_last,
                     char *code)
{
    static const char *const offices[] = { "GOV", "MIL", "LEG", "JUD", "COP", "SPY" };
    if (strlen(code) != 6 || hr_names_institution(&sc->doc->tokens[role_last])) return;
    int former = start > sc->begin && is_former(&sc->doc->tokens[start - 1]);
    for (size_t k = start; k < role_first && !former; k++) former = is_former(&sc->doc->tokens[k]);
    if (!former) return;
    for (size_t i = 0; i < sizeof offices / sizeof *offices; i++)
        if (strcmp(code + 3, offices[i]) == 0) { memcpy(code + 3, "ELI", 4); return; }
}

/* Words that may stand between a country's possessive and its role:
 * "Dagolath's first deputy prime minister", "Pakistani Federal
 * Minister" (capitalised in a title, so no plain modifier). */
static int is_role_modifier(const herald_token *t)
{
    static const char *const words[] = { "first", "deputy", "vice", "acting", "interim",
                                         "chief", "senior", "top", "new", "then", "former",
                                         "federal", NULL };
    return hr_tok_in(t, words);
}

/* A faith between a country and its role: "Iranian Shiite pilgrims",
 * "Egyptian Coptic Christians" (capitalised, so no plain modifier). */
static int is_faith_word(const herald_token *t)
{
    static const char *const words[] = {
        "shiite", "shia", "shi'ite", "sunni", "muslim", "moslem", "christian", "catholic",
        "orthodox", "protestant", "evangelical", "coptic", "jewish", "hindu", "buddhist",
        "sikh", "druze", NULL
    };
    return hr_tok_in(t, words);
}

/* A model of weapon between a country and its role: "Israeli F-16
 * warplanes", "Russian T-72 tanks" (a noun or adjective with a digit in
 * it, that names no actor). */
static int is_weapon_word(const hr_scan *sc, size_t k)
{
    const herald_token *t = &sc->doc->tokens[k];
    if (hr_longest(sc, sc->actors, k).len) return 0;
    int digit = 0;
    for (uint32_t i = 0; i < t->norm_len; i++) digit |= t->norm[i] >= '0' && t->norm[i] <= '9';
    return digit && (t->tag == HR_TAG_NNP || t->tag == HR_TAG_NN || t->tag == HR_TAG_JJ);
}

/* A lower-case common noun or adjective that names no actor, between a
 * country and its role: "Philippine transport worker groups", "Iranian
 * nuclear negotiator". */
static int is_plain_modifier(const hr_scan *sc, size_t k)
{
    const herald_token *t = &sc->doc->tokens[k];
    return (t->tag == HR_TAG_NN || t->tag == HR_TAG_JJ) &&
           hr_tok_first(sc->doc, t) != HR_C_UPPER && !hr_longest(sc, sc->actors, k).len;
}

/* "U.S. car assembly plant": a role word that is itself followed by a
 * lower-case common noun that is no role qualifies that noun. */
static int role_modifies_noun(const hr_scan *sc, size_t end)
{
    if (end >= sc->end) return 0;
    const herald_token *t = &sc->doc->tokens[end];
    return (t->tag == HR_TAG_NN || t->tag == HR_TAG_NNS) &&
           hr_tok_first(sc->doc, t) != HR_C_UPPER && !role_word(sc, end).len;
}

/* A noun for an organised group of people: "worker groups", "farmer
 * associations" are groups of the role before it. */
static int is_group_noun(const herald_token *t)
{
    static const char *const words[] = {
        "group", "groups", "association", "associations", "federation", "federations",
        "organisation", "organisations", "organization", "organizations", "movement",
        "movements", "network", "networks", "coalition", "coalitions", NULL
    };
    return hr_tok_in(t, words);
}

/* "tourist bus", "expert talks", "engineer team": a singular noun for
 * civilians (CVL) before another noun that is no role qualifies that
 * noun, as "civilian areas" does; the head's own role ("engineer
 * groups") and bodies of state or armed groups before a noun, the agents
 * of what it names ("government crackdown", "rebel attack"), stay. */
static int civilian_noun_modifies(const hr_scan *sc, size_t k, hr_match role)
{
    const herald_token *tok = sc->doc->tokens;
    size_t end = k + role.len;
    return role.len == 1 && tok[k].tag == HR_TAG_NN && role_modifies_noun(sc, end) &&
           !is_group_noun(&tok[end]) && strcmp(entry_code(sc, sc->agents, role), "CVL") == 0;
}

/* The role after a country: right after it, after "'s", or after up to
 * two modifiers ("Turkey's new foreign minister", "Philippine transport
 * worker groups").  *end receives the index after the role. */
static hr_match role_after(const hr_scan *sc, size_t k, size_t *end)
{
    const herald_token *tok = sc->doc->tokens;
    if (k < sc->end && is_possessive(&tok[k])) k++;
    for (size_t skipped = 0, plain = 0; k < sc->end; k++, skipped++) {
        hr_match role = role_word(sc, k);
        if (role.len && role_names_no_one(sc, k, role)) break;
        if (role.len) {
            *end = k + role.len;
            if (*end < sc->end && is_group_noun(&tok[*end])) {
                (*end)++;   /* "transport worker groups": the role's groups */
                return role;
            }
            if ((plain && role_modifies_noun(sc, *end)) || civilian_noun_modifies(sc, k, role)) break;
            return role;
        }
        if (skipped == 2) break;
        if (is_role_modifier(&tok[k]) || is_weapon_word(sc, k) || is_faith_word(&tok[k])) continue;
        /* "Lebanese political and religious leaders": two modifiers
         * joined by "and" or "or" count as one.  The second starts the
         * role itself when no role follows it: "South African gold and
         * coal mines" (but "the Danish foreign and agriculture ministers"
         * are ministers). */
        if (plain && k + 1 < sc->end &&
            hr_tok_in(&tok[k], (const char *const[]){ "and", "or", NULL }) &&
            is_plain_modifier(sc, k + 1)) {
            int starts_role = role_word(sc, k + 1).len && !(k + 2 < sc->end && role_word(sc, k + 2).len);
            if (!starts_role) k++;
            continue;
        }
        if (!is_plain_modifier(sc, k)) break;
        plain = 1;
    }
    return no_match();
}

/* Honorifics and abbreviated ranks before a name: "Mr.", "Sheikh",
 * "Gen.", "Lt. Col." (the abbreviation table's titles). */
static int is_title(const hr_scan *sc, const herald_token *t)
{
    static const char *const titles[] = { "mr", "mrs", "ms", "dr", "sir", "dame", "sheikh",
                                          "sheik", "lord", "lady", "madame", "monsieur" };
    /* Asked at most words: none of the titles, nor an abbreviation with
     * its period (abbrev.c), is longer than eight bytes. */
    if (t->norm_len > 8 || t->kind != HERALD_TOK_WORD) return 0;
    size_t n = t->end - t->start;
    if (t->norm[t->norm_len - 1] == '.')
        return n > 1 && hr_abbrev_class(hr_tok_text(sc->doc, t), n - 1) == HR_ABBR_TITLE;
    /* Every title begins with d, l, m or s: one test on the first byte
     * rules out most words before the list is read (a switch: a call of
     * memchr cost more than the list). */
    switch (t->norm[0]) {
    case 'd': case 'l': case 'm': case 's': break;
    default: return 0;
    }
    for (size_t i = 0; i < sizeof titles / sizeof *titles; i++)
        if (hr_tok_is(t, titles[i])) return 1;
    return 0;
}

static int given_name_of_someone_else(const hr_scan *sc, size_t i, hr_match am);

/* A named actor that is no bare country, after any titles and role
 * words at k: "Sheikh Tamim", "Prime Minister Abiy Ahmed", "Emir Sheikh
 * Tamim".  *end receives the index after it. */
static hr_match person_after(const hr_scan *sc, size_t k, size_t *end)
{
    const herald_token *tok = sc->doc->tokens;
    for (int hops = 0; k < sc->end && hops < 4; hops++) {
        hr_match m = hr_longest(sc, sc->actors, k);
        if (m.len && is_title(sc, &tok[k])) {
            /* "Sheikh Tamim" is a phrase, but "Tamim bin Hamad Al Thani"
             * after the title may reach further: take the longer. */
            size_t alt_end;
            hr_match alt = person_after(sc, k + 1, &alt_end);
            if (alt.len && alt_end > k + m.len) {
                *end = alt_end;
                return alt;
            }
        }
        if (m.len) {
            const char *c = entry_code(sc, sc->actors, m);
            if (is_bare_country(c) || strcmp(c, "NONE") == 0 ||
                given_name_of_someone_else(sc, k, m))
                return no_match();
            *end = k + m.len;
            return m;
        }
        hr_match role = hr_longest(sc, sc->agents, k);
        if (role.len) k += role.len;
        else if (is_title(sc, &tok[k]) || is_role_modifier(&tok[k])) k++;   /* "party chief Do Muoi" */
        else break;
    }
    return no_match();
}

/* Capitalised words that follow a role without being a name:
 * "Israeli troops Sunday", "Kenyan police Tuesday". */
static int is_calendar_word(const herald_token *t)
{
    static const char *const words[] = {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
        "oct.", "nov.", "dec.", NULL
    };
    return hr_tok_in(t, words);
}

/* Ranks and honorifics written before a name that are no role word of
 * the agents ("Chairman Mao", "Cardinal Parolin", "Field Marshal ..."). */
static int is_honorific(const herald_token *t)
{
    static const char *const words[] = {
        "chairman", "chairwoman", "speaker", "general", "marshal", "field", "major", "brigadier",
        "colonel", "captain", "lieutenant", "admiral", "commander", "sergeant", "comrade",
        "pope", "cardinal", "archbishop", "bishop", "father", "monsignor", "patriarch", "imam",
        "mullah", "rabbi", "ayatollah", "ayatullah", "hojatoleslam", "grand", "mufti", "haji",
        "hajji", "maulana", "mawlana", "sayyed", "sayed", "sayyid", "shaikh", "crown", "prince",
        "princess", "justice", "judge", "senator", "representative", "congressman",
        "congresswoman", "governor", "mayor", "herr", "frau", "senor", "señor", "signor",
        "begum", "sheikha", "honourable", "honorable", "excellency", "baron", "baroness",
        "count", "duke", "tsar", "czar", "ustad", "mawlawi", "maulvi", NULL
    };
    return hr_tok_in(t, words);
}

/* "Mirza Abbas", "Laura Bush": a person's one-word name right after a
 * capitalised given name (that the dictionary's full names do not
 * include, or it would have matched whole) is someone else's surname. */
static int someone_else(const hr_scan *sc, size_t i, hr_match am)
{
    if (am.len != 1 || i == sc->begin || !is_person_entry(sc->actors, am)) return 0;
    const herald_token *given = &sc->doc->tokens[i - 1];
    return given->kind == HERALD_TOK_WORD && given->tag == HR_TAG_NNP &&
           hr_tok_first(sc->doc, given) == HR_C_UPPER && given->norm_len > 1 &&
           given->norm[given->norm_len - 1] != '.' && !is_title(sc, given) &&
           !is_honorific(given) && !is_role_modifier(given) && !is_calendar_word(given) &&
           !hr_longest(sc, sc->agents, i - 1).len && !hr_longest(sc, sc->actors, i - 1).len;
}

#define NAME_MAX_WORDS 3

/* A lower-case particle inside a name: "al-Dabbagh", "el-Sisi" (the
 * article glued to a capitalised name), or "bin", "van", "de" before
 * one ("Mohammed bin Nayef", "Dries van Agt").  Returns the tokens it
 * takes with the name it joins, 0 if token k is none. */
static size_t name_particle(const hr_scan *sc, size_t k)
{
    static const char *const glued[] = { "al-", "el-", "ad-", "as-", "ash-", "at-", "an-", "ar-" };
    static const char *const apart[] = { "bin", "ibn", "bint", "van", "von", "de", "da", "di",
                                         "del", "der", "dos", "du", "la", "le" };
    const herald_token *t = &sc->doc->tokens[k];
    const char *text = hr_tok_text(sc->doc, t);
    if (t->kind != HERALD_TOK_WORD) return 0;
    for (size_t i = 0; i < sizeof glued / sizeof *glued; i++) {
        size_t n = strlen(glued[i]);
        if (t->end - t->start > n && strncmp(text, glued[i], n) == 0)
            return text[n] >= 'A' && text[n] <= 'Z';
    }
    for (size_t i = 0; i < sizeof apart / sizeof *apart; i++) {
        const herald_token *next = &sc->doc->tokens[k + 1];
        if (hr_tok_is(t, apart[i]) && text[0] >= 'a' && k + 1 < sc->end &&
            next->kind == HERALD_TOK_WORD && hr_tok_first(sc->doc, next) == HR_C_UPPER)
            return 2;
    }
    return 0;
}

/* "Anwar Sadat", "Anwar el-Sadat" with only "Anwar" known: a person's
 * one-word name right before a capitalised proper noun (that is no
 * role, actor, title or day) or a name particle is the given name of
 * someone whose full name the dictionaries do not know. */
static int given_name_of_someone_else(const hr_scan *sc, size_t i, hr_match am)
{
    size_t k = i + 1;
    if (am.len != 1 || k >= sc->end || !is_person_entry(sc->actors, am)) return 0;
    if (name_particle(sc, k)) return 1;
    const herald_token *next = &sc->doc->tokens[k];
    return next->kind == HERALD_TOK_WORD && next->tag == HR_TAG_NNP &&
           hr_tok_first(sc->doc, next) == HR_C_UPPER && next->norm_len > 1 &&
           !is_title(sc, next) && !is_honorific(next) && !is_calendar_word(next) &&
           !hr_longest(sc, sc->agents, k).len && !hr_longest(sc, sc->actors, k).len;
}

/* The end of a name the dictionaries do not know, written after a
 * singular role: "Ambassador Prudence Bushnell", "Kenyan Trade Minister
 * Nicholas Biwott" (one to three capitalised proper nouns that start no
 * role, nor an actor other than someone else's surname).  Returns k when there is none. */
static size_t unknown_name_end(const hr_scan *sc, size_t role_last, size_t k)
{
    const herald_token *tok = sc->doc->tokens;
    const herald_token *r = &tok[role_last];
    if ((r->norm_len && r->norm[r->norm_len - 1] == 's') || hr_tok_is(r, "people"))
        return k;                                       /* plural: no one person */
    size_t n = 0;
    for (size_t particle; k + n < sc->end && n < NAME_MAX_WORDS; n++) {
        const herald_token *t = &tok[k + n];
        if (n && (particle = name_particle(sc, k + n))) {   /* "Ali al-Dabbagh" */
            n += particle - 1;
            continue;
        }
        if (t->kind != HERALD_TOK_WORD || (t->tag != HR_TAG_NNP && t->tag != HR_TAG_NNPS) ||
            hr_tok_first(sc->doc, t) != HR_C_UPPER || is_calendar_word(t) ||
            hr_longest(sc, sc->agents, k + n).len)
            break;
        /* "spokesman Nzanga Mobutu": a known surname after the given
         * name is still this person's. */
        hr_match m = hr_longest(sc, sc->actors, k + n);
        if (m.len && !(n && someone_else(sc, k + n, m)) &&
            !given_name_of_someone_else(sc, k + n, m))
            break;
    }
    return k + n;
}

#define PORTFOLIO_MAX_WORDS 6

/* "Australian Minister for Foreign Affairs", "Spanish Secretary of State
 * for International Cooperation Leire Pajin": the portfolio after "for"
 * at token k that a capitalised title names, with the holder's name,
 * which the run of capitalised words cannot tell from it, belongs to
 * the title's mention; a named actor ends it (a person the dictionary
 * knows is then the one the title introduces: "Minister for Foreign
 * Affairs Alexander Downer").  Returns k when none. */
static size_t portfolio_end(const hr_scan *sc, size_t k)
{
    const herald_token *tok = sc->doc->tokens;
    if (k + 1 >= sc->end || !hr_tok_is(&tok[k], "for") ||
        hr_tok_first(sc->doc, &tok[k - 1]) != HR_C_UPPER)
        return k;
    size_t n = 0;
    for (; k + 1 + n < sc->end && n < PORTFOLIO_MAX_WORDS; n++) {
        const herald_token *t = &tok[k + 1 + n];
        if (t->kind != HERALD_TOK_WORD || (t->tag != HR_TAG_NNP && t->tag != HR_TAG_NNPS) ||
            hr_tok_first(sc->doc, t) != HR_C_UPPER || is_calendar_word(t) ||
            hr_longest(sc, sc->actors, k + 1 + n).len)
            break;
    }
    return n ? k + 1 + n : k;
}

/* Whether a role word names a body rather than one person: "the human
 * rights group Memorial", "opposition party Likud".  A name after it is
 * the body's name, so no pronoun refers to it. */
static int names_a_body(const herald_token *role_last)
{
    static const char *const words[] = {
        "group", "organisation", "organization", "movement", "party", "company", "firm",
        "agency", "association", "union", "network", "committee", "council", "front",
        "coalition", "alliance", "faction", "newspaper", "daily", "channel", "station",
        "broadcaster", "foundation", "institute", "corporation", "militia", "court", NULL
    };
    return hr_tok_in(role_last, words);
}

/* "Health Minister X": a sector ministry's role (GOVHLH, GOVJUD) before a
 * person the dictionary codes as the same kind of state executive
 * (ZAFGOV) names the sector the person holds, as the role alone would:
 * *code receives ZAFGOVHLH and 1 is returned; 0 when the role adds no
 * sector. */
static int sector_of_person(const hr_scan *sc, hr_match role, const char *person, char *code,
                            size_t cap)
{
    if (!role.len) return 0;
    const char *r = entry_code(sc, sc->agents, role);
    if (strlen(r) != 6 || strncmp(r, "GOV", 3) != 0 || strlen(person) != 6 ||
        strcmp(person + 3, "GOV") != 0)
        return 0;
    join_codes(code, cap, person, r + 3);
    return 1;
}

/* "Prime Minister Etienne Tshisekedi" when the dictionary has him in
 * opposition, "opposition leader X" when it has X in government: the
 * sentence's office wins over the dated list, since government and
 * opposition exclude each other and the sentence speaks of its own date
 * (the list's dates may be coarse).  A bare "leader" names no office of
 * state ("democracy leader Martin Lee", "NDP Leader Jack Layton").  The
 * role's last word is token `last`.  *code receives the person's country
 * with the role's GOV or OPP, and 1 is returned; 0 when they agree. */
static int office_of_person(const hr_scan *sc, hr_match role, const herald_token *last,
                            const char *person, char *code, size_t cap)
{
    if (strlen(person) != 6) return 0;
    const char *r = entry_code(sc, sc->agents, role);
    int gov_for_opp = strcmp(r, "GOV") == 0 && strcmp(person + 3, "OPP") == 0 &&
                      !hr_tok_is(last, "leader") && !hr_tok_is(last, "leaders");
    int opp_for_gov = strcmp(r, "OPP") == 0 && strcmp(person + 3, "GOV") == 0;
    if (!gov_for_opp && !opp_for_gov) return 0;
    snprintf(code, cap, "%.3s%s", person, r);
    return 1;
}

/* The end of "'s [up to two adjectives or a number] kin word" after a
 * person's mention at j ("Haniyeh's 20-year-old sister", "the Iraqi
 * president's wife"), or 0.  Kin are private persons, not the person's
 * role: the agents' "sister of" (data/agents/agents.txt) for the
 * possessive, which the agents cannot list. */
static size_t kin_end(const hr_scan *sc, size_t j)
{
    static const char *const kin[] = {
        "wife", "husband", "widow", "son", "sons", "daughter", "daughters", "brother",
        "brothers", "sister", "sisters", "mother", "father", "parents", "cousin", "cousins",
        "nephew", "niece", "uncle", "aunt", "relatives", "family", NULL
    };
    const herald_token *tok = sc->doc->tokens;
    if (j + 1 >= sc->end || !is_possessive(&tok[j])) return 0;
    size_t k = j + 1;
    for (int n = 0; n < 2 && k < sc->end; n++, k++) {    /* "20-year-old", "eldest" */
        int tag = tok[k].tag;
        if (tag != HR_TAG_JJ && tag != HR_TAG_JJS && tag != HR_TAG_CD) break;
    }
    return k < sc->end && hr_tok_in(&tok[k], kin) ? k + 1 : 0;
}

/* Emits the mention [start, end) of the kin of the actor with `code`:
 * civilians of its country (---CVL for one of no state). */
static int emit_kin(hr_scan *sc, size_t start, size_t end, const char *code)
{
    char country[4] = "---", civilian[8];
    if (strlen(code) >= 3 && strncmp(code, "IGO", 3) != 0 && strncmp(code, "NGO", 3) != 0)
        memcpy(country, code, 3);
    join_codes(civilian, sizeof civilian, country, "CVL");
    int rc = hr_buf_append(&sc->how, " + CVL (a person's kin)", 23);
    return rc ? rc : hr_emit_actor(sc, start, end, civilian, HERALD_ACTOR_COMPOSED);
}

/* Emits the mention of a person [start, *end) with its code, or, when
 * the person's kin follow ("Saddam Hussein's wife"), the kin, with *end
 * moved past the kin word. */
static int emit_person(hr_scan *sc, size_t start, size_t *end, const char *code, int kind)
{
    size_t kin = kin_end(sc, *end);
    if (!kin) return hr_emit_actor(sc, start, *end, code, kind);
    *end = kin;
    return emit_kin(sc, start, kin, code);
}

/* Whether the role [i, j) names kin "of" someone ("the wife of"): the
 * civilian roles that end in "of" (data/agents/agents.txt). */
static int kin_of(const hr_scan *sc, size_t j, hr_match role)
{
    return hr_tok_is(&sc->doc->tokens[j - 1], "of") &&
           strcmp(entry_code(sc, sc->agents, role), "CVL") == 0;
}

/* Emits a person (or another named actor) introduced by titles or a
 * role: the person's own code wins over the role's, but for the sector
 * of a ministry `role` names and an office that contradicts the list. */
static size_t emit_introduced(hr_scan *sc, size_t start, hr_match role, hr_match person,
                              size_t end, int *rc)
{
    char given[64];
    const char *code = entry_code(sc, sc->actors, person);
    const char *why = NULL;
    if (sector_of_person(sc, role, code, given, sizeof given))
        why = " + sector of ";
    else if (role.len && office_of_person(sc, role, &sc->doc->tokens[end - person.len - 1], code,
                                          given, sizeof given))
        why = " + office of ";
    hr_buf_clear(&sc->how);
    *rc = describe(sc, sc->actors, person);
    if (!*rc && why) *rc = hr_buf_append(&sc->how, why, strlen(why));
    if (!*rc && why) *rc = describe(sc, sc->agents, role);
    int kind = is_person_entry(sc->actors, person) ? HERALD_ACTOR_PERSON : HERALD_ACTOR_NAMED;
    if (!*rc) *rc = emit_person(sc, start, &end, why ? given : code, kind);
    return end - start;
}

/* "Chinese and Russian warships", "Australian/US troops": the role after
 * the second country also belongs to the first.  A comma lists
 * adjectives ("Chinese, Russian warships"); after a name it ends a
 * phrase ("in Baghdad, Iraqi police said").  So does the role after
 * an organisation ("Egyptian and Hamas officials"), or the role word
 * that ends a name's own entry ("Afghan and US-led forces"). */
static hr_match shared_role(const hr_scan *sc, size_t j, size_t *at)
{
    const herald_token *tok = sc->doc->tokens;
    if (j + 1 >= sc->end) return no_match();
    int listed = hr_tok_is(&tok[j], "and") || hr_tok_is(&tok[j], "/") ||
                 (hr_tok_is(&tok[j], ",") && tok[j - 1].tag == HR_TAG_JJ);
    if (!listed) return no_match();
    hr_match next = hr_longest(sc, sc->actors, j + 1);
    if (!next.len || is_person_entry(sc->actors, next)) return no_match();
    size_t end, after = j + 1 + next.len;
    hr_match role = role_after(sc, after, &end);
    *at = end - role.len;
    if (role.len || is_bare_country(entry_code(sc, sc->actors, next)) || next.len < 2) return role;
    hr_match own = role_word(sc, after - 1);
    *at = after - 1;
    return own.len == 1 ? own : no_match();
}

/* "a force of government and Ethiopian troops": a singular role noun
 * with no article before it, before "and" and a country's role, cannot
 * stand alone; it modifies the shared role, and the pair is the role the
 * dictionary lists for the two words together ("government troops").
 * The role word at [start, j); no match when the pair is not listed. */
static hr_match modifier_of_shared_role(const hr_scan *sc, size_t start, size_t j)
{
    const herald_token *tok = sc->doc->tokens;
    if (tok[j - 1].tag != HR_TAG_NN ||
        (start > sc->begin && (tok[start - 1].tag == HR_TAG_DT || tok[start - 1].tag == HR_TAG_PRPS ||
                               tok[start - 1].tag == HR_TAG_POS || tok[start - 1].tag == HR_TAG_CD)))
        return no_match();
    size_t at = 0;
    hr_match role = shared_role(sc, j, &at);
    uint32_t node = 0;
    for (size_t k = start; role.len && node != HR_NONE && k < j; k++)
        node = hr_lexicon_step(sc->agents, node, sc->ids[k]);
    for (size_t k = at; role.len && node != HR_NONE && k < at + role.len; k++)
        node = hr_lexicon_step(sc->agents, node, sc->ids[k]);
    uint32_t e = role.len && node != HR_NONE ? hr_lexicon_entries(sc->agents, node) : HR_NONE;
    return e == HR_NONE ? no_match()
                        : (hr_match){ j - start, hr_entry_in_force(sc->agents, e, sc->doc->date) };
}

/* Emits one mention per code of a group entry ([ELR/GAL]). */
static int emit_group(hr_scan *sc, size_t first, size_t last, hr_match m)
{
    const hr_lexicon *lx = sc->actors;
    const hr_entry *e = &lx->entries[m.entry];
    int rc = describe(sc, lx, m);
    if (!rc) rc = hr_buf_append(&sc->how, " (group)", 8);
    for (uint32_t i = 0; i < e->code_count && !rc; i++)
        rc = hr_emit_actor(sc, first, last, hr_lexicon_str(lx, lx->codes[e->first_code + i].code),
                           HERALD_ACTOR_NAMED);
    return rc;
}

/* A seat of power ("the Kremlin", "the Elysee"): a country's code and
 * GOV ("RUSGOV").  Capitals are the bare country. */
static int is_seat_of_government(const char *code)
{
    return strlen(code) == 6 && strcmp(code + 3, "GOV") == 0 && strncmp(code, "---", 3) != 0 &&
           strncmp(code, "IGO", 3) != 0 && strncmp(code, "NGO", 3) != 0;
}

int hr_of_other_countries(const herald_doc *doc, const herald_actor *a)
{
    static const char *const other[] = { "other", "various", "different", "several", "many",
                                         NULL };
    static const char *const countries[] = { "nationalities", "countries", "nations", NULL };
    size_t k = a->first_token + a->token_count;
    if (k + 2 >= doc->token_count) return 0;
    const herald_token *t = &doc->tokens[k];
    return hr_tok_in(&t[0], (const char *const[]){ "of", "from", NULL }) &&
           hr_tok_in(&t[1], other) && hr_tok_in(&t[2], countries);
}

/* The role right after a seat of government, when it is not the
 * government itself ("Kremlin officials" stays RUSGOV). */
static hr_match seat_role(const hr_scan *sc, size_t j, size_t *end)
{
    if (j >= sc->end) return no_match();
    hr_match role = role_word(sc, j);
    if (!role.len || strcmp(entry_code(sc, sc->agents, role), "GOV") == 0) return no_match();
    *end = j + role.len;
    return role;
}

int hr_is_currency(const herald_token *t)
{
    static const char *const words[] = {
        "dollar", "dollars", "cent", "cents", "yuan", "renminbi", "yen", "won", "euro", "euros",
        "pound", "pounds", "sterling", "rupee", "rupees", "rupiah", "ringgit", "baht", "peso",
        "pesos", "ruble", "rubles", "rouble", "roubles", "franc", "francs", "dinar", "dinars",
        "dirham", "dirhams", "riyal", "riyals", "rial", "rials", "shekel", "shekels", "lira",
        "krona", "kronor", "krone", "kroner", "zloty", "zlotys", "forint", "rand", "naira",
        "shilling", "shillings", "hryvnia", "hryvnias", "currency", "currencies"
    };
    if (!hr_tag_is_noun(t->tag)) return 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (hr_tok_is(t, words[i])) return 1;
    return 0;
}

/* "U.S. dollars", "Chinese yuan": a country before the name of a
 * currency names the money, not an actor. */
static int names_currency(const hr_scan *sc, size_t j)
{
    return j < sc->end && hr_is_currency(&sc->doc->tokens[j]);
}

/* "Israeli shelling", "an Israeli air strike", "the Russian raids": a
 * country's adjective, or its name after a determiner, right before a
 * noun (after at most one plain modifier) naming an armed attack stands
 * for its military, the only body that carries one out.  What a state
 * proposes or decides ("a Russian proposal", "the US stand") names no
 * body and keeps the bare country, as "Russia proposed" does.  Returns
 * the role, or NULL.  ("Israel's offensive" keeps the country.) */
static const char *role_of_act(const hr_scan *sc, size_t i, size_t j)
{
    static const char *const attacks[] = {
        "shelling", "bombardment", "bombardments", "airstrike", "airstrikes", "raid", "raids",
        "incursion", "incursions", NULL
    };
    /* "strike" alone is also a walkout: only "air strike" and the like. */
    static const char *const strikes[] = { "strike", "strikes", NULL };
    static const char *const weapons[] = { "air", "missile", "drone", NULL };
    const herald_token *tok = sc->doc->tokens;
    int determined =
        i > sc->begin && (tok[i - 1].tag == HR_TAG_DT || tok[i - 1].tag == HR_TAG_PRPS);
    if (!(j == i + 1 && tok[i].tag == HR_TAG_JJ) && !determined) return NULL;
    for (size_t k = j; k < sc->end && k < j + 2; k++) {
        const herald_token *t = &tok[k];
        if (t->tag != HR_TAG_NN && t->tag != HR_TAG_NNS) break;
        int air_strike = k > j && hr_tok_in(t, strikes) && hr_tok_in(&tok[k - 1], weapons);
        if (hr_tok_in(t, attacks) || air_strike) return "MIL";
        if (!is_plain_modifier(sc, k)) break;
    }
    return NULL;
}

#define CITY_MIN_POPULATION 100000
#define CITY_MAX_WORDS 3

/* The gazetteer's places that tokens [i, i+n) name, most populous
 * first, with their number in *count (0 for none). */
static const uint32_t *places_named(const hr_scan *sc, size_t i, size_t n, size_t *count)
{
    char joined[256], key[256];
    size_t o = 0;
    *count = 0;
    for (size_t k = i; k < i + n; k++) {
        const herald_token *t = &sc->doc->tokens[k];
        if (o + t->norm_len + 1 >= sizeof joined) return NULL;
        if (o) joined[o++] = ' ';
        memcpy(joined + o, t->norm, t->norm_len);
        o += t->norm_len;
    }
    size_t kn = hr_geo_key(joined, o, key, sizeof key);
    if (kn == (size_t)-1) return NULL;
    return hr_geo_lookup(&hr_geo_builtin, key, kn, count);
}

/* The city or province that tokens [i, i+n) name: the gazetteer's most
 * populous place of that name, when it has CITY_MIN_POPULATION people. */
static const hr_geo_place *city_named(const hr_scan *sc, size_t i, size_t n)
{
    size_t count;
    const uint32_t *cands = places_named(sc, i, n, &count);
    if (!count) return NULL;
    const hr_geo_place *p = &hr_geo_builtin.places[cands[0]];
    int kind_ok = p->kind == HR_GEO_CITY || p->kind == HR_GEO_CAPITAL || p->kind == HR_GEO_ADM1;
    return kind_ok && p->pop >= CITY_MIN_POPULATION && p->country[0] ? p : NULL;
}

/* Whether the word names a pact or a document: "accords",
 * "round" (of trade talks), "process" (of peace talks), "Action Plan". */
static int is_document_word(const herald_token *t)
{
    static const char *const words[] = {
        "accord", "accords", "agreement", "agreements", "protocol", "convention", "conventions",
        "round", "declaration", "treaty", "pact", "communique", "process", "roadmap", "statute",
        "consensus", NULL
    };
    return hr_tok_in(t, words);     /* whatever its tag: "accords/VBZ", "round/JJ" */
}

/* "the Oslo accords", "the Doha round", "the Dayton peace agreement",
 * "the Hanoi Action Plan": a city before the name of a pact or a
 * document (after at most one word of its name) says where it was made,
 * not who is party to it.  A country's name keeps its actor ("the Iran
 * agreement" is one with Iran).  Asked only where such a word follows,
 * so the gazetteer is rarely looked up. */
static int names_document(const hr_scan *sc, size_t i, size_t j)
{
    const herald_token *tok = sc->doc->tokens;
    int document = j < sc->end && is_document_word(&tok[j]);
    if (!document && j + 1 < sc->end && hr_tag_is_noun(tok[j].tag))
        document = is_document_word(&tok[j + 1]) ||
                   (hr_tok_is(&tok[j], "action") && hr_tok_is(&tok[j + 1], "plan"));
    return document && j - i <= CITY_MAX_WORDS && city_named(sc, i, j - i);
}

/* Whether the demonym that ends before j is the head of its noun
 * phrase: no noun, adjective or quoted word follows ("a Libyan", not
 * "a Libyan plane", "a Russian 'hit squad'"). */
static int heads_its_phrase(const hr_scan *sc, size_t j)
{
    const herald_token *tok = sc->doc->tokens;
    return j >= sc->end || !(hr_tag_is_noun(tok[j].tag) || tok[j].tag == HR_TAG_JJ ||
                             tok[j].tag == HR_TAG_LQUOTE);
}

/* "Chinese and Japanese groups", "17 Japanese and U.S. insurers": a
 * country word joined at j to another shares the noun after the other. */
static int joined_to_country(const hr_scan *sc, size_t j)
{
    if (j + 1 >= sc->end || sc->doc->tokens[j].tag != HR_TAG_CC) return 0;
    hr_match next = hr_longest(sc, sc->actors, j + 1);
    return next.len && is_bare_country(entry_code(sc, sc->actors, next));
}

/* Whether demonym token t, which ends before j, is a plural: tagged so,
 * or one of the forms that are their own plural ("Nepalese", "Chinese",
 * "Swiss") standing as the head of its phrase. */
static int plural_demonym(const hr_scan *sc, const herald_token *t, size_t j)
{
    if (t->tag == HR_TAG_NNPS) return 1;
    int own_plural = hr_tok_is(t, "swiss") ||
                     (t->norm_len > 4 && memcmp(t->norm + t->norm_len - 3, "ese", 3) == 0);
    return own_plural && heads_its_phrase(sc, j) && !joined_to_country(sc, j);
}

/* "killings of Albanians", "attacks on Serbs", "hundreds of Georgians":
 * a preposition of an act's object or doer before a plural demonym with
 * no article makes it persons.  Not the ones that name partners ("talks
 * between Israelis and Palestinians", "relations with Georgians"), where
 * it stands for the people as a polity, nor subordinators tagged IN
 * ("after Eritreans protested"), which start a clause. */
static int takes_persons(const herald_token *t)
{
    static const char *const prepositions[] = { "of", "on", "against", "by", "from", "for",
                                                "among", "at", "upon", NULL };
    return hr_tok_in(t, prepositions);
}

/* "help Palestinians carry out their election", "aided Kurds": help is
 * given to a people as a whole, the polity, unless the words describe
 * the persons helped ("helped hungry Albanians", "aided 500 Kurds"), so a
 * verb of help before a plural demonym does not make it persons. */
static int helps_a_people(const herald_token *t)
{
    static const char *const verbs[] = { "help", "helps", "helped", "helping", "aid", "aids",
                                         "aided", "aiding", "assist", "assists", "assisted",
                                         "assisting", NULL };
    return hr_tok_in(t, verbs);
}

/* "three Palestinians, including a policeman": a part of the group that
 * the "including" after token j names by an armed role (police, soldiers,
 * militants, rebels) mixes armed and unarmed people, and such a group is
 * the people as a whole, the bare country, not its civilians. */
static int includes_armed(const hr_scan *sc, size_t j)
{
    static const char *const armed[] = { "MIL", "COP", "UAF", "REB", "INS", "SPY", NULL };
    const herald_token *tok = sc->doc->tokens;
    if (j < sc->end && hr_tok_is(&tok[j], ",")) j++;
    if (j >= sc->end || !hr_tok_is(&tok[j], "including")) return 0;
    for (size_t k = j + 1; k < sc->end && k <= j + 3; k++) {
        hr_match role = hr_longest(sc, sc->agents, k);
        if (role.len) {
            const char *code = entry_code(sc, sc->agents, role);
            for (const char *const *a = armed; *a; a++)
                if (strcmp(code, *a) == 0) return 1;
            return 0;
        }
        if (tok[k].tag != HR_TAG_DT && tok[k].tag != HR_TAG_CD && tok[k].tag != HR_TAG_JJ)
            return 0;                           /* "including a", "including two off-duty" */
    }
    return 0;
}

/* "two Palestinians", "13 Iraqis", "several hundred angry Palestinians",
 * "deported Georgians", "five Iraqis and a Libyan", "ethnic Nepalese",
 * "ethnic cleansing of Croats": a plural demonym after a number, a
 * quantifier, an adjective, a verb or a preposition, the head demonym
 * after "ethnic" (members of a people, not the state), or a demonym as
 * the noun after "a", names private persons of that nationality, the
 * country's civilians.  After "the" ("aid to the Palestinians") or as a
 * bare subject ("Palestinians rejected the plan") it may stand for the
 * people as a polity, and keeps the country's code, as does a group
 * that mixes armed and unarmed people (includes_armed). */
static int persons_by_nationality(const hr_scan *sc, size_t i, size_t j)
{
    static const char *const quantifiers[] = { "several", "many", "some", "few", "more",
                                               "other", "dozens", "hundreds", "thousands",
                                               NULL };
    static const char *const one[] = { "a", "an", NULL };
    const herald_token *tok = sc->doc->tokens;
    if (i == sc->begin) return 0;
    const herald_token *before = &tok[i - 1];
    int persons;
    if (hr_tok_in(before, one) || hr_tok_is(before, "ethnic"))
        persons = heads_its_phrase(sc, j);
    else
        persons = plural_demonym(sc, &tok[j - 1], j) &&
                  (before->tag == HR_TAG_CD || before->tag == HR_TAG_JJ ||
                   (hr_tag_is_verb(before->tag) && !helps_a_people(before)) ||
                   takes_persons(before) ||
                   hr_tok_in(before, quantifiers));
    /* "the pro-Israel United States", "visited Philippines": a place's name */
    size_t count;
    return persons && (places_named(sc, i, j - i, &count), count == 0) &&
           !includes_armed(sc, j);
}

/* The mention just coded that ends at token `end`, if any. */
static const herald_actor *mention_ending(const herald_doc *doc, size_t before, size_t end)
{
    if (doc->actor_count <= before) return NULL;
    const herald_actor *a = &doc->actors[doc->actor_count - 1];
    return a->first_token + a->token_count == end ? a : NULL;
}

#define COMPANY_MAX_WORDS 5

/* "China International Water & Electric Corp.", "American Motors Corp":
 * a country's name or adjective that starts a company's name (up to
 * COMPANY_MAX_WORDS capitalised words, or "&", ending in a corporate
 * word) names a business of that country.  Returns the index after the
 * name, or 0 if j starts none. */
static const char *const corporate_words[] = {
    "corp", "corp.", "corporation", "co", "co.", "company", "inc", "inc.", "ltd", "ltd.",
    "limited", "plc", "holdings", "airlines", "airways", "lines", NULL
};

static int is_capitalised_word(const hr_scan *sc, size_t k)
{
    const herald_token *t = &sc->doc->tokens[k];
    return t->kind == HERALD_TOK_WORD && hr_tok_first(sc->doc, t) == HR_C_UPPER;
}

/* "Air" as the word an airline's name ends in ("Korean Air pilots"):
 * the last capitalised word, since "Indian Air Force" and "Korean Air
 * Lines" go on. */
static int ends_airline_name(const hr_scan *sc, size_t k)
{
    return hr_tok_is(&sc->doc->tokens[k], "air") &&
           (k + 1 >= sc->end || !is_capitalised_word(sc, k + 1));
}

static size_t company_end(const hr_scan *sc, size_t j)
{
    const herald_token *tok = sc->doc->tokens;
    for (size_t k = j; k < sc->end && k < j + COMPANY_MAX_WORDS + 1; k++) {
        if (hr_tok_is(&tok[k], "&")) continue;
        if (!is_capitalised_word(sc, k)) return 0;
        if (hr_tok_in(&tok[k], corporate_words) || ends_airline_name(sc, k)) return k + 1;
    }
    return 0;
}

/* "Air France", "Air India": a country's name right after a capitalised
 * "Air" that no mention took is an airline's name.  The name's first
 * token, or i if the country at i starts none. */
static size_t airline_start(const hr_scan *sc, size_t i)
{
    if (i == sc->begin || !hr_tok_is(&sc->doc->tokens[i - 1], "air") ||
        !is_capitalised_word(sc, i - 1) || mention_ending(sc->doc, 0, i))
        return i;
    return i - 1;
}

/* A role word in a company's name or right after it: "Union Carbide
 * Corp" is a firm, not a union; "Sumitomo Corp president Tadashi Itoh"
 * and "Frost and Sullivan Inc President X" are the firm's officers, not
 * a state's.  Codes the mention (role at start..j) as a business of no
 * known country; returns the tokens used, 0 if neither. */
static size_t company_role(hr_scan *sc, size_t start, size_t j, int *rc)
{
    const herald_token *tok = sc->doc->tokens;
    size_t end = company_end(sc, start);
    int kind = HERALD_ACTOR_NAMED;
    if (!end && start > sc->begin && hr_tok_in(&tok[start - 1], corporate_words) &&
        hr_tok_first(sc->doc, &tok[start - 1]) == HR_C_UPPER) {
        size_t person_end;      /* the officer named after the role, whom "he" may name */
        end = person_after(sc, j, &person_end).len ? person_end : unknown_name_end(sc, j - 1, j);
        kind = end > j ? HERALD_ACTOR_PERSON : HERALD_ACTOR_ROLE;
    }
    if (!end) return 0;
    *rc = hr_buf_append(&sc->how, "a role word in or after a company's name: BUS", 45);
    if (!*rc) *rc = hr_emit_actor(sc, start, end, "---BUS", kind);
    return end - start;
}

/* Whether a mention's code is a business's ("---BUS", "JPNBUS", "MNC..."). */
static int is_business_code(const char *code)
{
    return strncmp(code, "MNC", 3) == 0 || (strlen(code) >= 6 && strncmp(code + 3, "BUS", 3) == 0);
}

/* Whether the token before `role` is a possessive ("'s", "'") that
 * follows an owner that is no state: a mention of a business ("the
 * company's") or a capitalised name the dictionaries do not know
 * ("Dynamic's", "Myers'"), which in news is mostly a firm. */
static int owner_is_no_state(const hr_scan *sc, size_t role)
{
    const herald_token *tok = sc->doc->tokens;
    if (role <= sc->begin + 1) return 0;   /* no room for an owner and its "'s" */
    size_t p = role - 1;
    if (!is_possessive(&tok[p])) return 0;
    const herald_actor *owner = mention_ending(sc->doc, 0, p);
    if (owner) return is_business_code(owner->code);
    return hr_tok_first(sc->doc, &tok[p - 1]) == HR_C_UPPER &&
           (tok[p - 1].tag == HR_TAG_NNP || tok[p - 1].tag == HR_TAG_NNPS);
}

/* Whether "of" at token k opens a company: "officers of the company",
 * "officers of Frigitemp Corp". */
static int of_a_company(const hr_scan *sc, size_t k)
{
    const herald_token *tok = sc->doc->tokens;
    if (k + 1 >= sc->end || !hr_tok_is(&tok[k], "of")) return 0;
    k += hr_tok_is(&tok[k + 1], "the");
    return k + 1 < sc->end && (hr_tok_in(&tok[k + 1], corporate_words) ||
                               hr_tok_is(&tok[k + 1], "firm") || company_end(sc, k + 1));
}

/* "two of Dynamic's officers", "resigned as officers of the company":
 * a firm's officers are its managers (BUS), not soldiers, whom the
 * bare "officers" of the agents list (MIL) names elsewhere.  Codes the
 * role mention start..j; returns the tokens used, 0 if not a firm's. */
static size_t firm_officers(hr_scan *sc, size_t start, size_t j, hr_match gm, int *rc)
{
    static const char *const officer[] = { "officer", "officers", NULL };
    const herald_token *tok = sc->doc->tokens;
    if (strcmp(entry_code(sc, sc->agents, gm), "MIL") != 0 || !hr_tok_in(&tok[j - 1], officer))
        return 0;
    if (!owner_is_no_state(sc, start) && !of_a_company(sc, j)) return 0;
    *rc = hr_buf_append(&sc->how, "officers of a firm or of an unknown name: BUS", 45);
    if (!*rc) *rc = hr_emit_actor(sc, start, j, "---BUS", HERALD_ACTOR_ROLE);
    return j - start;
}

/* "ethnic Albanian leaders": after "ethnic" a people's adjective names
 * members of a people, not its state (tests/gold/README.md), so an
 * office of government is none of that state's: its holders are the
 * people's elite, ELI.  1 when *code, the composed role, was changed. */
static int people_office(const hr_scan *sc, size_t i, const char *country, char *code,
                         size_t cap)
{
    if (i == sc->begin || !hr_tok_is(&sc->doc->tokens[i - 1], "ethnic") ||
        strlen(code) < 6 || strncmp(code + 3, "GOV", 3) != 0)
        return 0;
    join_codes(code, cap, country, "ELI");
    return 1;
}

/* A firm of a country, first..end ("Korean Air", "Kenya Airways"), with
 * its staff if a labour role word follows its name: "Korean Air pilots"
 * are the country's labour, KORLAB, as "Korean pilots" are.  Returns the
 * tokens used. */
static size_t emit_firm(hr_scan *sc, size_t first, size_t end, hr_match am,
                        const char *country, int *rc)
{
    char code[64];
    hr_match role = end < sc->end ? role_word(sc, end) : no_match();
    int staff = role.len && strcmp(entry_code(sc, sc->agents, role), "LAB") == 0;
    join_codes(code, sizeof code, country, staff ? "LAB" : "BUS");
    *rc = describe(sc, sc->actors, am);
    if (!*rc) *rc = hr_buf_append(&sc->how, " + BUS (a company's name)", 25);
    if (!*rc && staff) *rc = hr_buf_append(&sc->how, " + its staff: LAB", 17);
    if (staff) end += role.len;
    if (!*rc) *rc = hr_emit_actor(sc, first, end, code, HERALD_ACTOR_NAMED);
    return end - first;
}

/* A named actor at i (after an optional title at `start`). */
/* Whether the international body (code c) named at [start, j) only
 * qualifies members set apart from those named by "other" or "fellow"
 * ("the United States, Australia and some other APEC members", "nine
 * fellow EU members", "other ASEAN member countries"): those are member
 * states the sentence does not name, not the body, which acts by its
 * own organs. */
static int other_member_states(const hr_scan *sc, const char *c, size_t start, size_t j)
{
    static const char *const apart[] = { "other", "fellow", NULL };
    static const char *const member[] = { "member", "members", NULL };
    const herald_token *t = sc->doc->tokens;
    return strncmp(c, "IGO", 3) == 0 && start > sc->begin && j < sc->end &&
           hr_tok_in(&t[j], member) && hr_tok_in(&t[start - 1], apart);
}

static size_t named_actor(hr_scan *sc, size_t start, size_t i, hr_match am, int *rc)
{
    char code[64], country[4];
    const char *c = entry_code(sc, sc->actors, am), *act;
    size_t j = i + am.len;
    if (strcmp(c, "NONE") == 0) return j - start;   /* "South China Sea": no actor */
    if (other_member_states(sc, c, start, j)) return j + 1 - start;
    if (is_bare_country(c) && names_currency(sc, j)) return j + 1 - start;
    if (is_bare_country(c) && names_document(sc, i, j)) return j - start;
    if (is_bare_country(c)) {
        size_t air = start == i ? airline_start(sc, i) : i;
        size_t firm_end = air < i ? j : company_end(sc, j);
        if (firm_end) return emit_firm(sc, air < i ? air : start, firm_end, am, c, rc) - (i - air);
    }
    if (sc->actors->entries[am.entry].flags & HR_ENTRY_GROUP) {
        *rc = emit_group(sc, start, j, am);
        return j - start;
    }
    size_t role_end = j, person_end;
    int named_person = 0;
    hr_match role = is_bare_country(c) ? role_after(sc, j, &role_end) : no_match();
    if (role.len) {
        /* "Russian President Vladimir Putin": the person is the actor. */
        hr_match person = person_after(sc, role_end, &person_end);
        if (person.len) return emit_introduced(sc, start, role, person, person_end, rc);
        /* "foreign ministry officials": one role, the words all its own. */
        for (hr_match more; role_end < sc->end &&
                            (more = role_word(sc, role_end)).len;)
            role_end += more.len;
        size_t portfolio = portfolio_end(sc, role_end);
        if (portfolio > role_end && (person = person_after(sc, portfolio, &person_end)).len)
            return emit_introduced(sc, start, role, person, person_end, rc);
        role_end = portfolio;
        /* "Bree Prime Minister Romendacil", a holder the dictionary knows
         * by country only: the name belongs to the mention. */
        hr_match holder = role_end < sc->end ? hr_longest(sc, sc->actors, role_end) : no_match();
        if (holder.len && strcmp(entry_code(sc, sc->actors, holder), c) == 0)
            role_end += holder.len;
        size_t name_end = unknown_name_end(sc, role_end - 1, role_end);
        if (name_end > role_end) {      /* "Kenyan Trade Minister Nicholas Biwott" */
            named_person = !names_a_body(&sc->doc->tokens[role_end - 1]);
            role_end = name_end;
        }
    } else if (is_bare_country(c)) {
        size_t at;
        role = shared_role(sc, j, &at);
    } else if (is_seat_of_government(c) && (role = seat_role(sc, j, &role_end)).len) {
        /* "Kremlin police": the seat of power stands for the
         * country, whose role it names. */
        snprintf(country, sizeof country, "%.3s", c);
        c = country;
    } else if (!is_person_entry(sc->actors, am)) {
        /* "U.N. Secretary-General Antonio Guterres": the office holder. */
        hr_match person = person_after(sc, j, &person_end);
        if (person.len && is_person_entry(sc->actors, person))
            return emit_introduced(sc, start, no_match(), person, person_end, rc);
        /* "Kremlin officials", "the Commission's spokeswoman", "State
         * Department deputy spokesman Adam Ereli": the role words and the
         * holder's name belong to the actor, which keeps its own code. */
        size_t k = j < sc->end && is_possessive(&sc->doc->tokens[j]) ? j + 1 : j, roles = j;
        for (hr_match more; k < sc->end;) {
            size_t r = k;
            while (r < sc->end && is_role_modifier(&sc->doc->tokens[r])) r++;
            if (r >= sc->end || !(more = role_word(sc, r)).len) break;
            j = k = r + more.len;
        }
        /* ... and after a name that ends in a role word ("UN envoy") */
        int titled = j > roles || role_word(sc, j - 1).len == 1;
        size_t name_end = titled ? unknown_name_end(sc, j - 1, j) : j;
        if (name_end > j) {
            named_person = !names_a_body(&sc->doc->tokens[j - 1]);
            j = name_end;
        }
    }
    *rc = describe(sc, sc->actors, am);
    int kind = is_person_entry(sc->actors, am) || named_person ? HERALD_ACTOR_PERSON
                                                                : HERALD_ACTOR_NAMED;
    if (role.len) {
        compose(code, sizeof code, c, sc, role);
        formerly(sc, start, role_end, role_end - 1, code);
        if (!*rc) *rc = hr_buf_append(&sc->how, " + ", 3);
        if (!*rc) *rc = describe(sc, sc->agents, role);
        if (!*rc && people_office(sc, i, c, code, sizeof code))
            *rc = hr_buf_append(&sc->how, " (of a people after 'ethnic': ELI)", 34);
        j = role_end;
        kind = named_person ? HERALD_ACTOR_PERSON : HERALD_ACTOR_COMPOSED;
    } else if (is_bare_country(c) && (act = role_of_act(sc, i, j))) {
        join_codes(code, sizeof code, c, act);
        if (!*rc) *rc = hr_buf_printf(&sc->how, " + %s (an armed attack stands for its military)",
                                      act);
    } else if (is_bare_country(c) && persons_by_nationality(sc, i, j)) {
        join_codes(code, sizeof code, c, "CVL");
        if (!*rc) *rc = hr_buf_append(&sc->how, " + CVL (persons named by nationality)", 37);
    } else {
        join_codes(code, sizeof code, c, "");
    }
    /* a person, or a body's officer ("the Hamas leader's sister") */
    int person = kind == HERALD_ACTOR_PERSON || role.len || j > i + am.len;
    if (!*rc) *rc = person ? emit_person(sc, start, &j, code, kind)
                           : hr_emit_actor(sc, start, j, code, kind);
    return j - start;
}

/* "troops from Lebanese soil", "leaders of Kurdish parties": a country
 * word before a common noun that is no role word is an adjective of that
 * noun, and the role is not the country's. */
static int modifies_next_noun(const hr_scan *sc, size_t k)
{
    static const char *const times[] = { "today", "yesterday", "tonight", "tomorrow" };
    if (k >= sc->end) return 0;
    const herald_token *t = &sc->doc->tokens[k];
    if ((t->tag != HR_TAG_NN && t->tag != HR_TAG_NNS) || hr_longest(sc, sc->agents, k).len)
        return 0;
    for (size_t i = 0; i < sizeof times / sizeof *times; i++)
        if (hr_tok_is(t, times[i])) return 0;
    return 1;
}

/* Whether people in `role` belong to a body with role `body`: its
 * leaders, officials and commanders (GOV, MIL) or its own members. */
static int heads_or_joins(const hr_scan *sc, hr_match role, hr_match body)
{
    const char *r = entry_code(sc, sc->agents, role);
    return strcmp(r, "GOV") == 0 || strcmp(r, "MIL") == 0 ||
           strcmp(r, entry_code(sc, sc->agents, body)) == 0;
}

/* The role of a country's body at k ("the Israeli army": MIL), with the
 * country and the end of the body; none when k starts no such body. */
static hr_match body_at(const hr_scan *sc, size_t k, hr_match *country, size_t *end)
{
    *country = hr_longest(sc, sc->actors, k);
    if (!country->len || !is_bare_country(entry_code(sc, sc->actors, *country)))
        return no_match();
    return role_after(sc, k + country->len, end);
}

/* "the commander of the 35,000 US troops", "a spokesman for the Israeli
 * army": a role of, from, in or for a country's body that leads or
 * belongs to it is that body.  Returns the tokens consumed. */
static size_t role_of_body(hr_scan *sc, size_t start, hr_match role, hr_match country,
                           hr_match body, size_t end, int *rc)
{
    char code[64];
    compose(code, sizeof code, entry_code(sc, sc->actors, country), sc, body);
    hr_buf_clear(&sc->how);
    *rc = describe(sc, sc->agents, role);
    if (!*rc) *rc = hr_buf_append(&sc->how, " of the body ", 13);
    if (!*rc) *rc = describe(sc, sc->actors, country);
    if (!*rc) *rc = hr_buf_append(&sc->how, " + ", 3);
    if (!*rc) *rc = describe(sc, sc->agents, body);
    if (!*rc) *rc = hr_emit_actor(sc, start, end, code, HERALD_ACTOR_COMPOSED);
    return end - start;
}

/* Whether people in `role` lead, speak for or fight for a group they
 * are named "of" or "from": its leaders, officials, envoys (GOV), its
 * soldiers (MIL) or its fighters (REB, INS, UAF, SEP). */
static int serves_group(const hr_scan *sc, hr_match role)
{
    static const char *const roles[] = { "GOV", "MIL", "REB", "INS", "UAF", "SEP", NULL };
    const char *r = entry_code(sc, sc->agents, role);
    for (size_t i = 0; roles[i]; i++)
        if (strcmp(r, roles[i]) == 0) return 1;
    return 0;
}

/* "leaders of Hamas", "fighters of the Islamic State", "a delegation
 * from the African Union": a role that serves a named organisation (no
 * state, no person) is that organisation.  Returns the tokens consumed,
 * 0 when none follows. */
static size_t role_of_group(hr_scan *sc, size_t start, size_t j, hr_match role, int *rc)
{
    const herald_token *tok = sc->doc->tokens;
    if (j + 1 >= sc->end || !(hr_tok_is(&tok[j], "of") || hr_tok_is(&tok[j], "from")) ||
        !serves_group(sc, role))
        return 0;
    size_t k = j + 1;
    if (hr_tok_is(&tok[k], "the")) k++;
    hr_match group = k < sc->end ? hr_longest(sc, sc->actors, k) : no_match();
    if (!group.len || is_person_entry(sc->actors, group) ||
        hr_tok_first(sc->doc, &tok[k]) != HR_C_UPPER)
        return 0;
    const char *code = entry_code(sc, sc->actors, group);
    size_t end = k + group.len;
    /* a country, or a group's name that modifies a noun ("members of
     * the Hamas movement" is left to the words after it) */
    if (is_bare_country(code) || strncmp(code, "---", 3) == 0 || modifies_next_noun(sc, end))
        return 0;
    hr_buf_clear(&sc->how);
    *rc = describe(sc, sc->agents, role);
    if (!*rc) *rc = hr_buf_append(&sc->how, " of ", 4);
    if (!*rc) *rc = describe(sc, sc->actors, group);
    if (!*rc) *rc = hr_emit_actor(sc, start, end, code, HERALD_ACTOR_COMPOSED);
    return end - start;
}

/* Whether a role word names envoys, missions or peacekeepers a state
 * keeps in another: "Western diplomats in Baghdad", "its embassy in
 * Kenya", "peacekeeping troops in Liberia" are not Iraq's, Kenya's nor
 * Liberia's. */
static int posted_abroad(const herald_token *t)
{
    static const char *const words[] = { "diplomat", "diplomats", "ambassador", "ambassadors",
                                         "envoy", "envoys", "emissary", "emissaries", "embassy",
                                         "embassies", "consulate", "consulates", "consul",
                                         "consuls", "mission", "missions", "legation",
                                         "delegation", "delegations", "peacekeeper",
                                         "peacekeepers", "peacekeeping", NULL };
    return hr_tok_in(t, words);
}

/* Whether the role starting at `start` has a possessive before it, over
 * adjectives and numbers ("its troops", "their 2,000 soldiers"): the
 * role is the possessor's, and "from" after it names where the forces
 * move ("withdrew its troops from Lebanon"), not whose they are.  A
 * counterpart is always another side's ("his counterpart from Japan"). */
static int owned_role(const hr_scan *sc, size_t start)
{
    static const char *const relational[] = { "counterpart", "counterparts", NULL };
    const herald_token *tok = sc->doc->tokens;
    if (hr_tok_in(&tok[start], relational)) return 0;
    size_t p = start;
    while (p > sc->begin && (tok[p - 1].tag == HR_TAG_JJ || tok[p - 1].tag == HR_TAG_CD)) p--;
    return p > sc->begin && tok[p - 1].tag == HR_TAG_PRPS;
}

/* "the leaders of Ethiopia and Eritrea": the role goes to each country;
 * for a country's body after the role see role_of_body ("victims of
 * Israeli troops" are not the troops: nothing is consumed, and the two
 * are coded apart).  Returns the tokens consumed, 0 when no country
 * follows. */
static size_t role_of_countries(hr_scan *sc, size_t start, size_t j, hr_match role, int *rc)
{
    const herald_token *tok = sc->doc->tokens;
    if (j + 1 >= sc->end) return 0;
    int of = hr_tok_is(&tok[j], "of") ||
             (hr_tok_is(&tok[j], "from") && !owned_role(sc, start)) ||
             (hr_tok_is(&tok[j], "in") && !posted_abroad(&tok[start]) &&
              !posted_abroad(&tok[j - 1]));
    if (!of && !hr_tok_is(&tok[j], "for")) return 0;
    size_t k = j + 1, end;
    if (k < sc->end && hr_tok_is(&tok[k], "the")) k++;
    if (k + 1 < sc->end && tok[k].tag == HR_TAG_CD) k++;     /* "of the 35,000 US troops" */
    if (k >= sc->end) return 0;
    hr_match country, body = body_at(sc, k, &country, &end);
    if (body.len)
        return heads_or_joins(sc, role, body)
                   ? role_of_body(sc, start, role, country, body, end, rc)
                   : 0;
    if (!of || tok[k - 1].tag == HR_TAG_CD) return 0;
    /* "reporters in Moscow", "his Gulf counterparts in Ankara": a city,
     * the capital too, is where people are, often visitors; only a
     * country's own name after "in" gives the role its state. */
    if (!country.len || !is_bare_country(entry_code(sc, sc->actors, country)) ||
        (hr_tok_is(&tok[j], "in") && city_named(sc, k, country.len)) ||
        modifies_next_noun(sc, k + country.len))
        return 0;
    size_t first = start, last = k + country.len;
    char code[64];
    for (;;) {
        compose(code, sizeof code, entry_code(sc, sc->actors, country), sc, role);
        hr_buf_clear(&sc->how);
        *rc = describe(sc, sc->agents, role);
        if (!*rc) *rc = hr_buf_append(&sc->how, " of ", 4);
        if (!*rc) *rc = describe(sc, sc->actors, country);
        if (!*rc) *rc = hr_emit_actor(sc, first, last, code, HERALD_ACTOR_COMPOSED);
        if (*rc) return last - start;
        size_t n = last;
        if (n + 1 >= sc->end || !(hr_tok_is(&tok[n], "and") || hr_tok_is(&tok[n], ",")))
            return last - start;
        size_t m = n + 1;
        if (m < sc->end && hr_tok_is(&tok[m], "the")) m++;
        country = hr_longest(sc, sc->actors, m);
        if (!country.len || !is_bare_country(entry_code(sc, sc->actors, country)))
            return last - start;
        first = m;
        last = m + country.len;
    }
}

/* Whether the word at k is "official" after a determiner, an adjective
 * or a preposition and before the one noun that ends its phrase: "a
 * higher official price", "about official calls" (not "a Foreign
 * Ministry official", a person in office; a longer phrase, "the official
 * news agency", may be a body of its own). */
static int adjective_official(const hr_scan *sc, size_t k)
{
    const herald_token *tok = sc->doc->tokens;
    if (k == sc->begin || !hr_tok_is(&tok[k], "official")) return 0;
    if (k + 2 < sc->end && hr_tag_is_noun(tok[k + 2].tag)) return 0;
    int before = tok[k - 1].tag;
    return hr_is_det_tag(before) || before == HR_TAG_JJ || before == HR_TAG_JJS ||
           before == HR_TAG_JJR || before == HR_TAG_IN;
}

/* Whether "official" at k, right after a determiner, comes before a
 * capitalised name (one the dictionaries do not know: a known state or
 * person is composed before this is asked): "the official Bank of
 * Brazil", "an official Pravda commentary" are state-run bodies, not
 * officials (one in office is "the official, Li Wei," or "official Li"). */
static int official_before_name(const hr_scan *sc, size_t k)
{
    const herald_token *tok = sc->doc->tokens;
    return k > sc->begin && k + 1 < sc->end && hr_tok_is(&tok[k], "official") &&
           hr_is_det_tag(tok[k - 1].tag) && hr_tok_first(sc->doc, &tok[k + 1]) == HR_C_UPPER;
}

/* "his first official foreign visit": a role word between a determiner
 * (over adjectives) and an adjective with its noun is itself an
 * adjective, and names no one. */
static int modifies_noun(const hr_scan *sc, size_t start, size_t end)
{
    const herald_token *tok = sc->doc->tokens;
    if (end + 1 >= sc->end || tok[end].tag != HR_TAG_JJ || !hr_tag_is_noun(tok[end + 1].tag))
        return 0;
    /* "the junta delayed elections": a participle read as an adjective
     * may be the role's verb. */
    const herald_token *adj = &tok[end];
    if (adj->norm_len > 2 && memcmp(adj->norm + adj->norm_len - 2, "ed", 2) == 0) return 0;
    size_t p = start;
    while (p > sc->begin && tok[p - 1].tag == HR_TAG_JJ) p--;
    return p > sc->begin && (tok[p - 1].tag == HR_TAG_DT || tok[p - 1].tag == HR_TAG_PRPS);
}

/* Whether a longer phrase starts inside the match at i and ends after
 * it: "the Sudan People's Liberation Army" is the army, not "the Sudan"
 * followed by its people.  The match at i then gives way. */
static int overtaken(const hr_scan *sc, size_t i, hr_match m)
{
    for (size_t k = i + 1; k < i + m.len; k++)
        if (k + hr_longest(sc, sc->actors, k).len > i + m.len) return 1;
    return 0;
}

/* Whether the name at i, of m.len words, follows a prefix of stance whose
 * hyphen the text spaced off and comes before a role ("anti- Syrian
 * minister", "pro -Russian separatists"): the name is what the stance is
 * for or against, not whose the role is.  (Joined, as in "anti-Syrian",
 * it is one word that names no one; before a thing, "an anti- Gondor
 * parade", the name stays what the act is aimed at.) */
static int stance_before_role(const hr_scan *sc, size_t i, hr_match m)
{
    static const char *const prefixes[] = { "anti", "pro", "non", NULL };
    const herald_token *t = sc->doc->tokens;
    size_t end;
    return i >= sc->begin + 2 && hr_tok_is(&t[i - 1], "-") && hr_tok_in(&t[i - 2], prefixes) &&
           role_after(sc, i + m.len, &end).len;
}

/* Whether the country adjective at i, of m.len words, describes members
 * of a body named after "of" ("the two German members of the European
 * Commission", "Palestinian members of Hamas"): they are the body's, as
 * the head of a body is the body whatever the head's nationality, and
 * the adjective names no side of its own.  (Members of a role word keep
 * the country: "Iraqi members of parliament" is composed elsewhere.) */
static int members_of_body(const hr_scan *sc, size_t i, hr_match m)
{
    static const char *const members[] = { "members", "member", NULL };
    const herald_token *t = sc->doc->tokens;
    size_t k = i + m.len;
    if (k + 2 >= sc->end || !hr_tok_in(&t[k], members) || !hr_tok_is(&t[k + 1], "of") ||
        t[k - 1].tag != HR_TAG_JJ || !is_bare_country(entry_code(sc, sc->actors, m)))
        return 0;
    for (k += 2; k < sc->end && t[k].tag == HR_TAG_DT; k++) {}
    return k < sc->end && hr_longest(sc, sc->actors, k).len;
}

/* Whether the one word at i is first an English adjective ("Federal
 * prosecutors", "Central Bank"): capitalised in a title, it names no
 * city, though a city of that name exists. */
static int chiefly_adjective(const hr_scan *sc, size_t i)
{
    const herald_token *t = &sc->doc->tokens[i];
    const hr_lex_entry *e = t->norm_len < 64 ? hr_taglex_find(t->norm, t->norm_len) : NULL;
    return e && e->pos[HR_POS_ADJ] > e->pos[HR_POS_NOUN];
}

/* "Shanghai police", "Basra officials": a proper name of a city or
 * province right before a role word names that role of its country.
 * A city alone stays a place, not an actor.  Returns the tokens used. */
/* Whether token t may be a word of a city's name: a capitalised proper noun. */
static int city_word(const hr_scan *sc, const herald_token *t)
{
    return t->kind == HERALD_TOK_WORD && hr_tok_first(sc->doc, t) == HR_C_UPPER &&
           (t->tag == HR_TAG_NNP || t->tag == HR_TAG_NNPS);
}

static size_t city_role(hr_scan *sc, size_t i, int *rc)
{
    const herald_token *tok = sc->doc->tokens;
    for (size_t n = 1; n <= CITY_MAX_WORDS && i + n < sc->end; n++) {
        if (!city_word(sc, &tok[i + n - 1])) return 0;
        hr_match role = hr_longest(sc, sc->agents, i + n);
        const hr_geo_place *city =
            role.len && !(n == 1 && chiefly_adjective(sc, i)) ? city_named(sc, i, n) : NULL;
        if (!city) continue;
        char code[64];
        compose(code, sizeof code, city->country, sc, role);
        formerly(sc, i, i, i + n + role.len - 1, code);
        *rc = hr_buf_printf(&sc->how, "city of %s (gazetteer) + ", city->country);
        if (!*rc) *rc = describe(sc, sc->agents, role);
        if (!*rc) *rc = hr_emit_actor(sc, i, i + n + role.len, code, HERALD_ACTOR_COMPOSED);
        return n + role.len;
    }
    return 0;
}

/* "Palestinian West Bank security chief", "Iranian Revolutionary
 * Guards": a country's name or adjective right before a named actor of
 * the same country only qualifies it; the inner actor is the mention. */
static hr_match same_country_after(const hr_scan *sc, size_t j, hr_match country)
{
    const char *c = entry_code(sc, sc->actors, country);
    if (!is_bare_country(c) || j >= sc->end) return no_match();
    hr_match inner = hr_longest(sc, sc->actors, j);
    if (!inner.len || (sc->actors->entries[inner.entry].flags & HR_ENTRY_GROUP)) return no_match();
    const char *d = entry_code(sc, sc->actors, inner);
    return strncmp(c, d, 3) == 0 ? inner : no_match();
}

uint32_t hr_actor_word(const herald_doc *doc, const char *word, size_t n, uint32_t text_start)
{
    const hr_lexicon *actors = &doc->ctx->dicts.lex[HERALD_DICT_ACTORS];
    uint32_t id = hr_strings_word(&doc->ctx->dicts.strings, word, n);
    uint32_t node = id == HR_NONE ? HR_NONE : hr_lexicon_step(actors, 0, id);
    uint32_t e = node == HR_NONE ? HR_NONE : hr_lexicon_entries(actors, node);
    if (e == HR_NONE) return HR_NONE;
    /* "US-based" but not "us-based": an acronym keeps its capitals. */
    for (uint32_t k = text_start; (actors->entries[e].flags & HR_ENTRY_CASED) && k < text_start + n;
         k++)
        if (doc->article.text[k] >= 'a' && doc->article.text[k] <= 'z') return HR_NONE;
    /* "Congress-backed" but not "congress-backed": a common word names the actor only capitalised. */
    char first = doc->article.text[text_start];
    if ((actors->entries[e].flags & HR_ENTRY_CAPITAL) && first >= 'a' && first <= 'z') return HR_NONE;
    e = hr_entry_in_force(actors, e, doc->date);
    return strcmp(hr_entry_code(actors, &actors->entries[e], doc->date), "NONE") != 0 ? e : HR_NONE;
}

uint32_t hr_country_word(const herald_doc *doc, const char *word, size_t n, uint32_t text_start)
{
    const hr_lexicon *actors = &doc->ctx->dicts.lex[HERALD_DICT_ACTORS];
    uint32_t e = hr_actor_word(doc, word, n, text_start);
    return e != HR_NONE && is_bare_country(hr_entry_code(actors, &actors->entries[e], doc->date))
               ? e : HR_NONE;
}

/* The country a combining form stands for, met only as the first part
 * of a compound ("Sino-Russian", "Franco-German", "Anglo-Irish",
 * "Indo-Pakistani"), or NULL. */
static const char *combining_form(const char *w, size_t n)
{
    static const char *const forms[][2] = { { "sino", "china" },   { "franco", "france" },
                                            { "anglo", "britain" }, { "indo", "india" },
                                            { "russo", "russia" } };
    for (size_t i = 0; i < sizeof forms / sizeof *forms; i++)
        if (strlen(forms[i][0]) == n && memcmp(w, forms[i][0], n) == 0) return forms[i][1];
    return NULL;
}

/* The bare country `n` bytes of token t's word from byte `at` name, or a
 * combining form when `first`; HR_NONE if none. */
static uint32_t country_part(const herald_doc *doc, const herald_token *t, size_t at, size_t n,
                             int first)
{
    const char *form = first ? combining_form(t->norm + at, n) : NULL;
    return form ? hr_country_word(doc, form, strlen(form), t->start)
                : hr_country_word(doc, t->norm + at, n, t->start + (uint32_t)at);
}

int hr_country_pair(const herald_doc *doc, const herald_token *t, uint32_t pair[2])
{
    const char *sep = NULL;
    for (uint32_t i = 1; i + 1 < t->norm_len; i++) {
        if (t->norm[i] != '-' && t->norm[i] != '/') continue;
        if (sep) return 0;                     /* three parts or more: no pair */
        sep = t->norm + i;
    }
    if (!sep) return 0;
    size_t n = (size_t)(sep - t->norm);
    pair[0] = country_part(doc, t, 0, n, 1);
    pair[1] = pair[0] == HR_NONE ? HR_NONE : country_part(doc, t, n + 1, t->norm_len - n - 1, 0);
    return pair[1] != HR_NONE;
}

/* The length of the suffix "-based" or "-led" that token t ends with
 * after a word, 0 for none. */
static size_t country_suffix(const herald_token *t)
{
    size_t n = t->norm_len;
    return n > 6 && memcmp(t->norm + n - 6, "-based", 6) == 0 ? 6
           : n > 4 && memcmp(t->norm + n - 4, "-led", 4) == 0 ? 4 : 0;
}

/* The country a word like "Pakistan-based" or "US-led" names before its
 * suffix, as a one-word phrase of the actor dictionary; HR_NONE if none. */
static uint32_t country_before_suffix(const hr_scan *sc, const herald_token *t)
{
    size_t suffix = country_suffix(t);
    return suffix ? hr_country_word(sc->doc, t->norm, t->norm_len - suffix, t->start) : HR_NONE;
}

/* "a Pakistan-based militant group", "US-led forces": the group is the
 * country's, in the role the next words name.  Returns the tokens used. */
static size_t based_role(hr_scan *sc, size_t i, int *rc)
{
    hr_match country = { 1, country_before_suffix(sc, &sc->doc->tokens[i]) };
    size_t end;
    hr_match role = country.entry == HR_NONE ? no_match() : role_after(sc, i + 1, &end);
    if (!role.len) return 0;
    char code[64];
    compose(code, sizeof code, entry_code(sc, sc->actors, country), sc, role);
    *rc = describe(sc, sc->actors, country);
    if (!*rc) *rc = hr_buf_append(&sc->how, " (based or led there) + ", 24);
    if (!*rc) *rc = describe(sc, sc->agents, role);
    if (!*rc) *rc = hr_emit_actor(sc, i, end, code, HERALD_ACTOR_COMPOSED);
    return end - i;
}

/* "militant Kurds", "armed Muslims": a role read as an adjective
 * before a noun of persons with no role of their own (CVL: a people, a
 * faith, "villagers") says who they are; no mention of its own, but one
 * with the noun, of the role's code.  The end of that mention, or j. */
static size_t people_described(const hr_scan *sc, size_t start, size_t j, hr_match gm)
{
    if (gm.len != 1 || sc->doc->tokens[start].tag != HR_TAG_JJ || j >= sc->end) return j;
    hr_match noun = role_word(sc, j);
    return noun.len && strcmp(entry_code(sc, sc->agents, noun), "CVL") == 0 ? j + noun.len : j;
}

static size_t actor_at(hr_scan *sc, size_t i, int *rc);

/* "a gang of 50 gunmen", "a crowd of Iraqi students": a one-word role
 * at `start` (ending at j) that is a body of people, with "of" and the
 * mention of its people after it, is those people (the gunmen, the
 * students), their mention widened to take in the collective.  Returns
 * the tokens consumed, 0 when no mention follows over numbers and
 * adjectives. */
static size_t collective_of_people(hr_scan *sc, size_t start, size_t j, int *rc)
{
    static const char *const collectives[] = { "gang", "gangs", "crowd", "crowds", "mob", "mobs",
                                               NULL };
    const herald_token *tok = sc->doc->tokens;
    if (j != start + 1 || j + 1 >= sc->end || !hr_tok_is(&tok[j], "of") ||
        !hr_tok_in(&tok[start], collectives))
        return 0;
    for (size_t k = j + 1; k < sc->end; k++) {
        size_t first = sc->doc->actor_count;
        size_t used = actor_at(sc, k, rc);
        if (*rc) return 0;
        if (used) {
            herald_actor *a = &sc->doc->actors[first];
            a->token_count += (uint32_t)(a->first_token - start);
            a->first_token = (uint32_t)start;
            a->start = tok[start].start;
            return k + used - start;
        }
        if (tok[k].tag != HR_TAG_CD && tok[k].tag != HR_TAG_JJ && tok[k].tag != HR_TAG_DT) break;
    }
    return 0;
}

/* Codes the mention starting at token i; returns the tokens consumed. */
/* Whether any rule of actor_at may start at token i: a phrase of
 * either lexicon may begin there, or it is a title, an "X-based" or
 * "X-led" word or a proper noun (a city before a role).  Most tokens are
 * none of these and are turned away here, before the call of actor_at
 * and its rules' own tests (cheapest tests first). */
static int may_begin_mention(const hr_scan *sc, size_t i)
{
    const herald_token *t = &sc->doc->tokens[i];
    return hr_lexicon_may_begin(sc->actors, sc->ids[i]) ||
           hr_lexicon_may_begin(sc->agents, sc->ids[i]) || city_word(sc, t) ||
           country_suffix(t) || is_title(sc, t);
}

static size_t actor_at(hr_scan *sc, size_t i, int *rc)
{
    const herald_token *tok = sc->doc->tokens;
    size_t start = i, person_end;
    hr_buf_clear(&sc->how);
    if (is_title(sc, &tok[i])) {                       /* "Mr. Lavrov", "Gen. Muhoozi" */
        hr_match person = person_after(sc, i, &person_end);
        if (person.len) return emit_introduced(sc, start, no_match(), person, person_end, rc);
        return 0;
    }
    hr_match am = hr_longest(sc, sc->actors, i);
    hr_match gm = hr_longest(sc, sc->agents, i);
    /* "using aid workers to spy", "history will judge", "powers press
     * Iran": a role word read as a verb names no one, nor does
     * "opposition to".  (Elsewhere the tags are trusted less: "and judge
     * Timothy Workman".) */
    if (role_names_no_one(sc, i, gm)) gm = no_match();
    if (am.len && am.len >= gm.len) {
        if (overtaken(sc, i, am) || someone_else(sc, i, am) ||
            given_name_of_someone_else(sc, i, am))
            return 0;
        if (stance_before_role(sc, i, am) || members_of_body(sc, i, am)) return am.len;
        /* "Lagos police" after Lagos stopped being the capital (NONE):
         * still a city before a role. */
        if (strcmp(entry_code(sc, sc->actors, am), "NONE") == 0) {
            size_t used = city_role(sc, i, rc);
            if (used || *rc) return used;
        }
        hr_match inner = same_country_after(sc, i + am.len, am);
        if (inner.len) return named_actor(sc, start, i + am.len, inner, rc);
        return named_actor(sc, start, i, am, rc);
    }
    if (!gm.len) {
        if (am.len) return 0;
        /* most tokens get here and can begin neither: their first word
         * is asked before the calls */
        size_t used = country_suffix(&tok[i]) ? based_role(sc, i, rc) : 0;
        if (used || *rc) return used;
        return city_word(sc, &tok[i]) ? city_role(sc, i, rc) : 0;
    }
    size_t j = i + gm.len;
    size_t firm = company_role(sc, start, j, rc);
    if (!firm && !*rc) firm = firm_officers(sc, start, j, gm, rc);
    if (firm || *rc) return firm;
    size_t people = collective_of_people(sc, start, j, rc);
    if (people || *rc) return people;
    /* A role or title before a named person: the person's own code wins;
     * but "the wife of Saddam Hussein" is his kin. */
    hr_match person = person_after(sc, j, &person_end);
    if (person.len && kin_of(sc, j, gm)) {
        *rc = describe(sc, sc->actors, person);
        if (!*rc) *rc = emit_kin(sc, start, person_end, entry_code(sc, sc->actors, person));
        return person_end - start;
    }
    if (person.len) return emit_introduced(sc, start, gm, person, person_end, rc);
    size_t used = role_of_countries(sc, start, j, gm, rc);
    if (!used && !*rc) used = role_of_group(sc, start, j, gm, rc);
    if (used || *rc) return used;
    /* "President Romendacil", a person known by country only: the role
     * composes with that country. */
    hr_match holder = j < sc->end ? hr_longest(sc, sc->actors, j) : no_match();
    if (holder.len && is_bare_country(entry_code(sc, sc->actors, holder)) &&
        hr_tok_first(sc->doc, &tok[j]) == HR_C_UPPER &&
        !(sc->actors->entries[holder.entry].flags & HR_ENTRY_GROUP)) {
        char code[64], both[64];
        compose(code, sizeof code, entry_code(sc, sc->actors, holder), sc, gm);
        /* "an MSF Gondor diplomat": a role after the country adds its own;
         * the same role again ("official Gondor government") adds nothing. */
        size_t end = j + holder.len;
        hr_match role2 = end < sc->end ? hr_longest(sc, sc->agents, end) : no_match();
        if (role2.len) {
            if (strcmp(entry_code(sc, sc->agents, role2), entry_code(sc, sc->agents, gm)) != 0) {
                compose(both, sizeof both, code, sc, role2);
                memcpy(code, both, sizeof code);
            }
            end += role2.len;
        }
        formerly(sc, start, start, end - 1, code);
        *rc = describe(sc, sc->agents, gm);
        if (!*rc) *rc = hr_buf_append(&sc->how, " + ", 3);
        if (!*rc) *rc = describe(sc, sc->actors, holder);
        if (!*rc && role2.len) *rc = hr_buf_append(&sc->how, " + ", 3);
        if (!*rc && role2.len) *rc = describe(sc, sc->agents, role2);
        if (!*rc) *rc = hr_emit_actor(sc, start, end, code, HERALD_ACTOR_COMPOSED);
        return end - start;
    }
    /* "fired missiles at a car", "a water tank": equipment whose owner
     * the words do not give names no one. */
    if (sc->agents->entries[gm.entry].flags & HR_ENTRY_OWNED) return 0;
    if (modifies_noun(sc, start, j)) return 0;
    /* "took military action", "military aid": a role read as an
     * adjective before a common noun that is no role qualifies it.  So
     * does "official" after a determiner or an adjective, which the
     * tagger often takes for a noun ("the latest official figures"). */
    if (gm.len == 1 && (tok[start].tag == HR_TAG_JJ || adjective_official(sc, start)) &&
        role_modifies_noun(sc, j))
        return 0;
    if (gm.len == 1 && official_before_name(sc, start)) return 0;
    if (civilian_noun_modifies(sc, start, gm)) return 0;
    hr_match pair = modifier_of_shared_role(sc, start, j);
    if (pair.len) gm = pair;
    char code[64];
    compose(code, sizeof code, "---", sc, gm);
    formerly(sc, start, start, j - 1, code);
    *rc = hr_buf_append(&sc->how, "role without a country: ", 24);
    if (!*rc) *rc = describe(sc, sc->agents, gm);
    /* "Ambassador Prudence Bushnell": a person, whom "she" and a later
     * "Bushnell" may name, with the role's code.  A lone plural name
     * after it is a people the role describes, no person: "militant
     * Protestants" (not "spokesman Jacques Rummelhardt", which the tagger
     * may read as a plural first). */
    size_t people_end = people_described(sc, start, j, gm);
    size_t name_end = people_end > j ? people_end : unknown_name_end(sc, j - 1, j);
    int one_person = people_end == j && name_end > j && !names_a_body(&tok[j - 1]) &&
                     !(name_end == j + 1 && tok[j].tag == HR_TAG_NNPS);
    int kind = one_person ? HERALD_ACTOR_PERSON : HERALD_ACTOR_ROLE;
    if (!*rc) *rc = hr_emit_actor(sc, start, name_end, code, kind);
    return name_end - start;
}

/* Whether a token counts parties: "14-party", "seven-party", "multi-party". */
static int counts_parties(const herald_token *t)
{
    static const char party[] = "-party";
    static const char *const counts[] = {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
        "twelve", "multi", NULL
    };
    size_t n = sizeof party - 1;
    if (t->norm_len <= n || memcmp(t->norm + t->norm_len - n, party, n) != 0) return 0;
    size_t m = t->norm_len - n, digits = 0;
    while (digits < m && t->norm[digits] >= '0' && t->norm[digits] <= '9') digits++;
    if (digits == m) return 1;
    for (const char *const *c = counts; *c; c++)
        if (strlen(*c) == m && memcmp(t->norm, *c, m) == 0) return 1;
    return 0;
}

/* The word a token stands for in the dictionaries: its own, but for
 * "then-president", "then-police" (one token), the office word after
 * "then-": the holder of the office at the time, a role like any other;
 * and for a count of parties, the one word "n-party" ("the 14-party
 * combine", "a five-party coalition": an alliance of parties). */
static uint32_t word_id(const hr_strings *st, const herald_token *t)
{
    static const char then[] = "then-", parties[] = "n-party";
    size_t n = sizeof then - 1;
    if (t->norm_len > n && memcmp(t->norm, then, n) == 0)
        return hr_strings_word(st, t->norm + n, t->norm_len - n);
    if (counts_parties(t)) return hr_strings_word(st, parties, sizeof parties - 1);
    return hr_strings_word(st, t->norm, t->norm_len);
}

/* Each token's word id, looked up once per word the tagger numbered
 * (doc->word_of) and copied to the word's other tokens. */
static uint32_t *word_ids(herald_doc *doc, const hr_strings *st)
{
    uint32_t *ids = hr_arena_alloc(&doc->arena, doc->token_count * sizeof *ids);
    uint32_t *first = hr_arena_alloc(&doc->arena, (doc->word_count + 1) * sizeof *first);
    if (!ids || !first) return NULL;
    /* the token where each word was first seen, + 1; 0 not yet */
    memset(first, 0, doc->word_count * sizeof *first);
    for (size_t k = 0; k < doc->token_count; k++) {
        uint32_t word = doc->word_of ? doc->word_of[k] : HR_NONE;
        if (word == HR_NONE) {
            ids[k] = word_id(st, &doc->tokens[k]);
        } else {
            ids[k] = first[word] ? ids[first[word] - 1] : word_id(st, &doc->tokens[k]);
            if (!first[word]) first[word] = (uint32_t)k + 1;
        }
    }
    return ids;
}

static int32_t date_number(const char *d)
{
    if (!d || strlen(d) != 10) return 0;
    int32_t v = 0;
    for (int i = 0; i < 10; i++)
        if (d[i] != '-') v = v * 10 + (d[i] - '0');
    return v;
}

/* Whether token t is a short form: 2 to 8 capital letters ("SAF",
 * "CBI"; not "U.S.", "AP-1" or "A"). */
static int is_short_form(const herald_doc *doc, const herald_token *t)
{
    size_t n = t->end - t->start;
    if (n < 2 || n > 8) return 0;
    for (uint32_t b = t->start; b < t->end; b++) {
        char c = doc->article.text[b];
        if (c < 'A' || c > 'Z') return 0;
    }
    return 1;
}

static int lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c; }

/* Whether the short form's letters spell, in order, letters of the
 * mention, the first of them a word's capital: "Central Bureau of
 * Investigation (CBI)", but no dateline's agency, "ATHENS (AP)". */
static int abbreviates(const herald_doc *doc, const herald_token *form, const herald_actor *a)
{
    const char *text = doc->article.text, *f = text + form->start;
    size_t n = form->end - form->start, got = 0;
    for (uint32_t b = a->start; b < a->end && got < n; b++) {
        int initial = b == a->start || text[b - 1] == ' ' || text[b - 1] == '-';
        if (got == 0 && !(initial && text[b] == f[0])) continue;
        if (lower_ascii(text[b]) == lower_ascii(f[got])) got++;
    }
    return got == n;
}

/* After a mention ending at token k, "(SAF)" spelling the mention's
 * letters defines a short form of it for the rest of the article (and
 * only that one: elsewhere "SAF" may be another body).  The article's
 * own definition beats a different reading the dictionaries give the
 * short form: "Philippine News Agency (PNA)" is no Palestinian Authority.
 * Returns the tokens of the parenthesis, which name no one more. */
static size_t define_abbreviation(hr_scan *sc, const herald_actor *a, size_t k, int *rc)
{
    herald_doc *doc = sc->doc;
    const herald_token *t = doc->tokens;
    /* A person is not abbreviated; "Premier Basketball League (PBL)" read
     * as one is a misreading not to spread. */
    if (!a || a->kind == HERALD_ACTOR_PERSON) return 0;
    if (k + 2 >= sc->end || !hr_tok_is(&t[k], "(") || !hr_tok_is(&t[k + 2], ")")) return 0;
    if (!is_short_form(doc, &t[k + 1]) || !abbreviates(doc, &t[k + 1], a)) return 0;
    /* "European Union (EU)", "the delegation of the Republic of Korea
     * (ROK)": a reading of the same country or body stands. */
    hr_match known = hr_longest(sc, sc->actors, k + 1);
    if (known.len && strncmp(entry_code(sc, sc->actors, known), a->code, 3) == 0) return 0;
    if (hr_arena_grow(&doc->arena, (void **)&sc->abbreviations, &sc->abbreviation_cap,
                      sc->abbreviation_count + 1, sizeof *sc->abbreviations)) {
        *rc = HERALD_ENOMEM;
        return 0;
    }
    hr_abbreviation *ab = &sc->abbreviations[sc->abbreviation_count++];
    ab->word = doc->article.text + t[k + 1].start;
    ab->len = t[k + 1].end - t[k + 1].start;
    snprintf(ab->code, sizeof ab->code, "%s", a->code);
    ab->defined_at = a->start;
    return 3;
}

/* A short form the article defined before, at token i ("SAF"). */
static size_t abbreviation_at(hr_scan *sc, size_t i, int *rc)
{
    const herald_token *t = &sc->doc->tokens[i];
    if (!sc->abbreviation_count || !is_short_form(sc->doc, t)) return 0;
    for (size_t a = 0; a < sc->abbreviation_count; a++) {
        const hr_abbreviation *ab = &sc->abbreviations[a];
        if (ab->len != (size_t)(t->end - t->start) ||
            memcmp(ab->word, sc->doc->article.text + t->start, ab->len) != 0)
            continue;
        /* "SAF commanders": the roles after it are its own, as after
         * any name; a country's short form takes the role. */
        char code[64];
        size_t end = i + 1;
        hr_match role = end < sc->end ? role_word(sc, end) : no_match();
        if (role.len && is_bare_country(ab->code)) compose(code, sizeof code, ab->code, sc, role);
        else snprintf(code, sizeof code, "%s", ab->code);
        for (hr_match more = role; more.len; more = end < sc->end ? role_word(sc, end) : no_match())
            end += more.len;
        hr_buf_clear(&sc->how);
        *rc = hr_buf_printf(&sc->how, "abbreviation: %.*s defined at byte %u", (int)ab->len,
                            ab->word, ab->defined_at);
        if (!*rc) *rc = hr_emit_actor(sc, i, end, code, role.len ? HERALD_ACTOR_COMPOSED : HERALD_ACTOR_NAMED);
        return end - i;
    }
    return 0;
}

/* Codes what starts at token i: a short form defined before (first, as
 * the article's definition beats the dictionaries), or a mention,
 * perhaps with the short form it defines; returns the tokens used. */
static size_t mention_at(hr_scan *sc, size_t i, int *rc)
{
    size_t before = sc->doc->actor_count;
    size_t used = abbreviation_at(sc, i, rc);
    if (used || *rc) return used;
    used = may_begin_mention(sc, i) ? actor_at(sc, i, rc) : 0;
    if (*rc || !used) return used;
    const herald_actor *a = mention_ending(sc->doc, before, i + used);
    return used + define_abbreviation(sc, a, i + used, rc);
}

int hr_find_actors(herald_doc *doc)
{
    const hr_dicts *d = &doc->ctx->dicts;
    hr_scan sc = { .doc = doc, .actors = &d->lex[HERALD_DICT_ACTORS],
                   .agents = &d->lex[HERALD_DICT_AGENTS],
                   .conflicts = &d->lex[HERALD_DICT_CONFLICTS] };
    doc->date = date_number(doc->article.date);
    if (!doc->token_count) return 0;
    if (!(doc->word_ids = word_ids(doc, &d->strings))) return HERALD_ENOMEM;
    if (!sc.actors->phrase_count && !sc.agents->phrase_count) return 0;
    sc.ids = doc->word_ids;
    hr_buf_init(&sc.how, &doc->ctx->alc, 4096);
    int rc = 0;
    for (size_t s = 0; s < doc->sentence_count && !rc; s++) {
        const herald_sentence *sen = &doc->sentences[s];
        if (sen->kind != HERALD_SENTENCE) continue;
        sc.sentence = (uint32_t)s;
        sc.begin = sen->first_token;
        sc.end = sc.begin + sen->token_count;
        size_t first_mention = doc->actor_count;
        for (size_t i = sc.begin; i < sc.end && !rc;) {
            size_t used = mention_at(&sc, i, &rc);
            i += used ? used : 1;
        }
        if (!rc) rc = hr_resolve_references(&sc, first_mention);
    }
    hr_buf_free(&sc.how);
    return rc;
}

size_t herald_doc_actor_count(const herald_doc *doc)
{
    return doc ? doc->actor_count : 0;
}

const herald_actor *herald_doc_actor(const herald_doc *doc, size_t i)
{
    return doc && i < doc->actor_count ? &doc->actors[i] : NULL;
}

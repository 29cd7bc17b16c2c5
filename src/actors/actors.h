/* actors.h - the actor stage: who each sentence names, with CAMEO codes. */
#ifndef HR_ACTORS_H
#define HR_ACTORS_H

#include "../core/doc.h"

/* Finds actor mentions in every sentence of a segmented document.
 * Returns 0 or HERALD_ENOMEM. */
int hr_find_actors(herald_doc *doc);

/* Whether token t, read as a noun, names a currency ("dollars", "yuan"):
 * "U.S. dollars" names money, neither an actor nor a place.  ("won" is
 * a currency only as a noun: "Japan won the final".) */
int hr_is_currency(const herald_token *t);

/* Whether a role's last word names an institution, not its members or
 * holders ("army", "regime", "ministry", "government"): "the former army"
 * is no former office holder, and "the ministry" no person. */
int hr_names_institution(const herald_token *t);

/* Whether the words after role mention a give it other or several
 * countries ("victims of other nationalities", "workers from various
 * countries"): no list or place of the sentence lends it one. */
int hr_of_other_countries(const herald_doc *doc, const herald_actor *a);

/* The actor-dictionary entry of a bare country that the one word
 * `word` (n bytes, a token's normal form or a part of one, starting at
 * byte text_start of the article) names ("Israeli", "US"; not "us"), in
 * force at the document's date; HR_NONE if none.  For words the tokens
 * keep whole: "Israeli-Palestinian", "US-led". */
uint32_t hr_country_word(const herald_doc *doc, const char *word, size_t n, uint32_t text_start);
/* The same for any actor the one word names ("UN", "Egyptian"), of
 * whatever code but NONE: "UN-brokered". */
uint32_t hr_actor_word(const herald_doc *doc, const char *word, size_t n, uint32_t text_start);
/* Whether token t is one word of two countries joined by one hyphen or
 * slash ("Israeli-Palestinian", "India-Pakistan", "U.S.-Russian",
 * "Sino-Japanese"): their dictionary entries, in text order, into pair. */
int hr_country_pair(const herald_doc *doc, const herald_token *t, uint32_t pair[2]);

#endif

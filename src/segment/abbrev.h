/* abbrev.h - the word lists that sentence splitting depends on. */
#ifndef HR_ABBREV_H
#define HR_ABBREV_H

#include <stddef.h>

enum hr_abbrev {
    HR_ABBR_NONE = 0,
    HR_ABBR_TITLE,   /* Mr. Gen. Lt.: always followed by what it modifies */
    HR_ABBR_MONTH,   /* Jan. Sept.: ends a sentence only before an opener */
    HR_ABBR_NUMERO,  /* No. Nos. Art.: an abbreviation only before a number */
    HR_ABBR_INNER,   /* e.g. i.e. vs. cf.: never end a sentence */
    HR_ABBR_FINAL    /* Inc. Jr. etc. U.S.: may end one, before an opener */
};

/* Class of the word s[0..n) (without its period, any case). */
enum hr_abbrev hr_abbrev_class(const char *s, size_t n);

/* Whether s[0..n), capitalised, typically opens a sentence ("The", "He",
 * "But", "Police"): used after an abbreviation that may end a sentence. */
int hr_is_sentence_opener(const char *s, size_t n);

/* Whether the tables are in strictly ascending order, as the searches
 * need, the abbreviations short lower-case words, as their keys need,
 * and the index of their initials right (checked by the unit tests). */
int hr_abbrev_tables_sorted(void);

#endif

/* english.h - the inflected forms of an English verb, for verb
 * dictionaries that list only the base form. */
#ifndef HR_ENGLISH_H
#define HR_ENGLISH_H

#include <stddef.h>

#define HR_FORM_MAX 64

/* Writes the forms of the upper-case verb w[0..n) other than itself
 * (third person, past, past participle, -ing; irregular verbs from a
 * table, doubled final consonants where English doubles them) into
 * forms[]; returns how many (0..4), without duplicates. */
int hr_verb_forms(const char *w, size_t n, char forms[4][HR_FORM_MAX]);

#endif

/* calendar.h - pure proleptic-Gregorian date arithmetic (no libc time
 * functions, no global state). */
#ifndef HR_CALENDAR_H
#define HR_CALENDAR_H

int hr_is_leap_year(int year);
/* 0 for a month outside 1..12. */
int hr_days_in_month(int year, int month);
int hr_date_valid(int year, int month, int day);

/* Days since 1970-01-01 of a date, and back (H. Hinnant's algorithms:
 * exact for any Gregorian date). */
long hr_days_from_civil(int year, int month, int day);
void hr_civil_from_days(long days, int *year, int *month, int *day);
/* 0 Sunday .. 6 Saturday. */
int hr_weekday(long days);
/* Days since 1970-01-01 of "YYYY-MM-DD" (the form Herald writes dates
 * in); returns 0, or -1 for text that is no such valid date. */
int hr_iso_days(const char *s, long *days);
/* Writes YYYY-MM-DD and a NUL to out[11] (year 0..9999). */
void hr_format_date(char out[11], int year, int month, int day);

#endif

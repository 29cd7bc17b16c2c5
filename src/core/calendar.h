/* calendar.h - pure proleptic-Gregorian date arithmetic (no libc time
 * functions, no global state). */
#ifndef HR_CALENDAR_H
#define HR_CALENDAR_H

int hr_is_leap_year(int year);
/* 0 for a month outside 1..12. */
int hr_days_in_month(int year, int month);
int hr_date_valid(int year, int month, int day);

#endif

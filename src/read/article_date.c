#include "article_date.h"
#include "../core/calendar.h"

#include <string.h>

static int digits(const char *s, int n, int *value)
{
    int v = 0;
    for (int i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    *value = v;
    return 0;
}

/* What may follow the date in an ISO 8601 timestamp. */
static int timestamp_tail(const char *t)
{
    if (*t == '\0') return 0;
    if (*t != 'T' && *t != 't' && *t != ' ') return -1;
    int h, m;
    if (strlen(t + 1) < 5 || digits(t + 1, 2, &h) || t[3] != ':' || digits(t + 4, 2, &m))
        return -1;
    return h <= 24 && m <= 59 ? 0 : -1;
}

int herald_parse_date(const char *s, char out[11])
{
    int y, m, d;
    size_t len = strlen(s);
    if (len == 8) {
        if (digits(s, 4, &y) || digits(s + 4, 2, &m) || digits(s + 6, 2, &d)) return -1;
    } else if (len >= 10 && s[4] == '-' && s[7] == '-') {
        if (digits(s, 4, &y) || digits(s + 5, 2, &m) || digits(s + 8, 2, &d)) return -1;
        if (timestamp_tail(s + 10)) return -1;
    } else {
        return -1;
    }
    if (!hr_date_valid(y, m, d)) return -1;
    hr_format_date(out, y, m, d);
    return 0;
}

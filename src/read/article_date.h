/* article_date.h - herald_parse_date(), declared in herald.h. */
#ifndef HR_ARTICLE_DATE_H
#define HR_ARTICLE_DATE_H
#include "herald.h"
#endif

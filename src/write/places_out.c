/* places_out.c - place mentions as JSON Lines, for `herald places`. */
#include "places_out.h"
#include "json_out.h"

#include <string.h>

static int location(hr_buf *b, const herald_location *l, double score)
{
    int rc = hr_buf_append(b, "{\"name\":", 8);
    if (!rc) rc = hr_json_string(b, l->name, strlen(l->name));
    if (!rc) rc = hr_buf_append(b, ",\"country\":", 11);
    if (!rc) rc = hr_json_string_or_null(b, l->country[0] ? l->country : NULL);
    if (!rc) rc = hr_buf_append(b, ",\"adm1\":", 8);
    if (!rc) rc = hr_json_string_or_null(b, l->adm1[0] ? l->adm1 : NULL);
    if (!rc) rc = hr_buf_printf(b, ",\"kind\":\"%s\",\"lat\":%.3f,\"lon\":%.3f,\"precision\":\"%s\","
                                   "\"population\":%u,\"score\":%.2f}",
                                l->kind, l->lat, l->lon, herald_place_precision_name(l->precision),
                                l->population, score);
    return rc;
}

int hr_render_places(hr_buf *b, const herald_doc *doc)
{
    int rc = 0;
    for (size_t i = 0; i < doc->place_count && !rc; i++) {
        const herald_place *p = &doc->places[i];
        rc = hr_buf_append(b, "{\"doc_id\":", 10);
        if (!rc) rc = hr_json_string_or_null(b, doc->article.id);
        if (!rc) rc = hr_buf_printf(b, ",\"sentence\":%u,\"text\":", p->sentence);
        if (!rc) rc = hr_json_string(b, doc->article.text + p->start, p->end - p->start);
        if (!rc) rc = hr_buf_printf(b, ",\"start\":%u,\"end\":%u,\"cue\":", p->start, p->end);
        if (!rc) rc = hr_json_string_or_null(b, p->cue[0] ? p->cue : NULL);
        if (!rc) rc = hr_buf_printf(b, ",\"as_actor\":%s,\"place\":", p->as_actor ? "true" : "false");
        if (!rc) rc = location(b, &p->loc, p->score);
        if (!rc) rc = hr_buf_append(b, ",\"lost\":[", 9);
        for (uint32_t k = 0; k < p->lost_count && !rc; k++) {
            if (k) rc = hr_buf_putc(b, ',');
            if (!rc) rc = location(b, &p->lost[k], p->lost_scores[k]);
        }
        if (!rc) rc = hr_buf_append(b, "]}\n", 3);
    }
    return rc;
}

/* libFuzzer target: the place stage on arbitrary text (repaired to valid
 * UTF-8, as the readers do).  Checks its promises: every mention lies in
 * the text and in its sentence, mentions come in order, every resolution
 * and loser is a real gazetteer entry with coordinates on the globe, and
 * each event's place is one of its sentence's mentions. */
#include "herald.h"
#include "shared_context.h"
#include "../src/core/buf.h"
#include "../src/core/utf8.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_location(const herald_location *l)
{
    if (!l->name || !l->name[0] || !l->country || !l->adm1 || !l->kind) abort();
    if (l->lat < -90 || l->lat > 90 || l->lon < -180 || l->lon > 180) abort();
    if (l->precision < HERALD_PLACE_CITY || l->precision > HERALD_PLACE_COUNTRY) abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    hr_buf text;
    hr_buf_init(&text, NULL, 0);
    size_t replaced;
    if (hr_utf8_repair((const char *)data, size, &text, &replaced)) return 0;
    herald_article a = { .id = "fuzz", .text = text.data ? text.data : "", .text_len = text.len,
                         .date = "2020-01-01" };
    herald_doc *doc = herald_doc_new(shared_context(), &a, NULL);
    if (doc && herald_doc_code(doc, NULL) == 0) {
        uint32_t prev = 0;
        for (size_t i = 0; i < herald_doc_place_count(doc); i++) {
            const herald_place *p = herald_doc_place(doc, i);
            const herald_sentence *s = herald_doc_sentence(doc, p->sentence);
            if (!s || p->start < s->start || p->end > s->end || p->end <= p->start ||
                p->start < prev)
                abort();
            prev = p->start;
            check_location(&p->loc);
            for (uint32_t k = 0; k < p->lost_count; k++) {
                check_location(&p->lost[k]);
                if (p->lost_scores[k] > p->score) abort();
            }
        }
        for (size_t i = 0; i < herald_doc_event_count(doc); i++) {
            const herald_event *e = herald_doc_event(doc, i);
            if (!e->location.name) continue;
            check_location(&e->location);
            int found = 0;
            for (size_t k = 0; k < herald_doc_place_count(doc) && !found; k++) {
                const herald_place *p = herald_doc_place(doc, k);
                found = p->sentence == e->sentence && p->loc.name == e->location.name;
            }
            if (!found) abort();
        }
        const char *out;
        size_t len;
        herald_doc_render(doc, HERALD_FORMAT_PLACES, &out, &len);
        herald_doc_render(doc, HERALD_FORMAT_JSONL, &out, &len);
    }
    herald_doc_free(doc);
    hr_buf_free(&text);
    return 0;
}

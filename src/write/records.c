/* records.c - event records in the formats of the contract: JSON Lines
 * (the default), GDELT 2.0 event-table columns, POLECAT-style PLOVER JSON
 * and CSV.  Each event carries the date the time stage gave it and the
 * place the place stage gave it. */
#include "records.h"
#include "json_out.h"

#include <stdio.h>
#include <string.h>

static int root_of(const herald_event *e, char out[3])
{
    out[0] = e->code[0];
    out[1] = e->code[0] ? e->code[1] : '\0';
    out[2] = '\0';
    return 0;
}

static int json_span(hr_buf *b, const uint32_t span[2])
{
    if (span[0] == span[1]) return hr_buf_append(b, "null", 4);
    return hr_buf_printf(b, "[%u,%u]", span[0], span[1]);
}

static int record_id(hr_buf *b, const herald_doc *doc, const herald_event *e, size_t i)
{
    char id[64];
    snprintf(id, sizeof id, ":%u:%zu", e->sentence, i);
    const char *doc_id = doc->article.id ? doc->article.id : "";
    int rc = hr_buf_putc(b, '"');
    hr_buf tmp;
    hr_buf_init(&tmp, b->alc, 0);
    if (!rc) rc = hr_buf_append(&tmp, doc_id, strlen(doc_id));
    if (!rc) rc = hr_buf_append(&tmp, id, strlen(id));
    if (!rc) {
        b->len--;   /* drop the quote: hr_json_string adds both */
        rc = hr_json_string(b, tmp.data, tmp.len);
    }
    hr_buf_free(&tmp);
    return rc;
}

/* The location object of the contract, or null. */
static int json_location(hr_buf *b, const herald_location *l)
{
    if (!l->name) return hr_buf_append(b, "null", 4);
    int rc = hr_buf_append(b, "{\"name\":", 8);
    if (!rc) rc = hr_json_string(b, l->name, strlen(l->name));
    if (!rc) rc = hr_buf_append(b, ",\"country\":", 11);
    if (!rc) rc = hr_json_string_or_null(b, l->country[0] ? l->country : NULL);
    if (!rc && l->adm1[0]) {
        rc = hr_buf_append(b, ",\"adm1\":", 8);
        if (!rc) rc = hr_json_string(b, l->adm1, strlen(l->adm1));
    }
    if (!rc) rc = hr_buf_printf(b, ",\"lat\":%.3f,\"lon\":%.3f,\"precision\":\"%s\"}", l->lat,
                                l->lon, herald_place_precision_name(l->precision));
    return rc;
}

static int jsonl(hr_buf *b, const herald_doc *doc, const herald_event *e, size_t i)
{
    const herald_sentence *s = &doc->sentences[e->sentence];
    char root[3];
    root_of(e, root);
    int rc = hr_buf_append(b, "{\"id\":", 6);
    if (!rc) rc = record_id(b, doc, e, i);
    if (!rc) rc = hr_buf_append(b, ",\"doc_id\":", 10);
    if (!rc) rc = hr_json_string_or_null(b, doc->article.id);
    if (!rc) rc = hr_buf_printf(b, ",\"sentence\":%u,\"date\":", e->sentence);
    if (!rc) rc = hr_json_string_or_null(b, e->date[0] ? e->date : NULL);
    if (!rc && e->date_end[0]) rc = hr_buf_printf(b, ",\"date_end\":\"%s\"", e->date_end);
    if (!rc && e->date_precision)
        rc = hr_buf_printf(b, ",\"date_precision\":\"%s\"", herald_precision_name(e->date_precision));
    else if (!rc)
        rc = hr_buf_append(b, ",\"date_precision\":null", 22);
    if (!rc) rc = hr_buf_printf(b, ",\"date_basis\":\"%s\"", herald_basis_name(e->date_basis));
    if (!rc) rc = hr_buf_append(b, ",\"source\":", 10);
    if (!rc) rc = hr_json_string(b, e->source, strlen(e->source));
    if (!rc) rc = hr_buf_append(b, ",\"target\":", 10);
    if (!rc) rc = hr_json_string(b, e->target, strlen(e->target));
    if (!rc) rc = hr_buf_append(b, ",\"code\":", 8);
    if (!rc) rc = hr_json_string(b, e->code, strlen(e->code));
    if (!rc) rc = hr_buf_printf(b, ",\"root\":\"%s\"", root);
    if (!rc && e->cameo)
        rc = hr_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f", e->cameo->quad, e->cameo->goldstein);
    else if (!rc)
        rc = hr_buf_append(b, ",\"quad\":null,\"goldstein\":null", 31);
    if (!rc && e->cameo && e->cameo->plover_type[0]) {
        rc = hr_buf_append(b, ",\"plover\":{\"type\":", 18);
        if (!rc) rc = hr_json_string(b, e->cameo->plover_type, strlen(e->cameo->plover_type));
        if (!rc) rc = hr_buf_append(b, ",\"mode\":", 8);
        if (!rc) rc = e->cameo->plover_mode[0]
                          ? hr_json_string(b, e->cameo->plover_mode, strlen(e->cameo->plover_mode))
                          : hr_buf_append(b, "null", 4);
        if (!rc) rc = hr_buf_putc(b, '}');
    } else if (!rc) {
        rc = hr_buf_append(b, ",\"plover\":null", 14);
    }
    if (!rc) rc = hr_buf_append(b, ",\"location\":", 12);
    if (!rc) rc = json_location(b, &e->location);
    if (!rc) rc = hr_buf_printf(b, ",\"negated\":%s,\"hypothetical\":%s,"
                                   "\"reported_by\":", e->negated ? "true" : "false",
                                e->hypothetical ? "true" : "false");
    if (!rc) rc = hr_json_string_or_null(b, e->reported_by);
    if (!rc) rc = hr_buf_append(b, ",\"evidence\":{\"sentence\":", 24);
    if (!rc) rc = hr_json_string(b, doc->article.text + s->start, s->end - s->start);
    if (!rc) rc = hr_buf_append(b, ",\"source\":", 10);
    if (!rc) rc = json_span(b, e->source_span);
    if (!rc) rc = hr_buf_append(b, ",\"target\":", 10);
    if (!rc) rc = json_span(b, e->target_span);
    if (!rc) rc = hr_buf_append(b, ",\"verb\":", 8);
    if (!rc) rc = json_span(b, e->verb_span);
    if (!rc) rc = hr_buf_append(b, "}}\n", 3);
    return rc;
}

/* A field for TSV/CSV: tabs and newlines would break the row. */
static int plain_field(hr_buf *b, const char *s, size_t n, char sep)
{
    int rc = 0;
    int quote = sep == ',' && (memchr(s, ',', n) || memchr(s, '"', n));
    if (quote) rc = hr_buf_putc(b, '"');
    for (size_t i = 0; i < n && !rc; i++) {
        char c = s[i];
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
        if (quote && c == '"') rc = hr_buf_putc(b, '"');
        if (!rc) rc = hr_buf_putc(b, c);
    }
    if (!rc && quote) rc = hr_buf_putc(b, '"');
    return rc;
}

static int csv(hr_buf *b, const herald_doc *doc, const herald_event *e, size_t i)
{
    const herald_sentence *s = &doc->sentences[e->sentence];
    const char *date = e->date;
    const char *id = doc->article.id ? doc->article.id : "";
    char root[3];
    root_of(e, root);
    int rc = plain_field(b, id, strlen(id), ',');
    if (!rc) rc = hr_buf_printf(b, ":%u:%zu,", e->sentence, i);
    if (!rc) rc = plain_field(b, id, strlen(id), ',');
    if (!rc) rc = hr_buf_printf(b, ",%u,%s,%s,%s,%s,%s,%s,%s,", e->sentence, date,
                                herald_precision_name(e->date_precision),
                                herald_basis_name(e->date_basis), e->source, e->target, e->code,
                                root);
    if (!rc && e->cameo)
        rc = hr_buf_printf(b, "%d,%.1f,%s,%s,", e->cameo->quad, e->cameo->goldstein,
                           e->cameo->plover_type, e->cameo->plover_mode);
    else if (!rc)
        rc = hr_buf_append(b, ",,,,", 4);
    const herald_location *l = &e->location;
    if (!rc && l->name) {
        rc = plain_field(b, l->name, strlen(l->name), ',');
        if (!rc) rc = hr_buf_printf(b, ",%s,%.3f,%.3f,%s,", l->country, l->lat, l->lon,
                                    herald_place_precision_name(l->precision));
    } else if (!rc) {
        rc = hr_buf_append(b, ",,,,,", 5);
    }
    if (!rc) rc = hr_buf_printf(b, "%s,%s,%s,", e->negated ? "true" : "false",
                                e->hypothetical ? "true" : "false",
                                e->reported_by ? e->reported_by : "");
    if (!rc) rc = plain_field(b, doc->article.text + s->start, s->end - s->start, ',');
    if (!rc) rc = hr_buf_printf(b, ",%u,%u,%u,%u,%u,%u\n", e->source_span[0], e->source_span[1],
                                e->target_span[0], e->target_span[1], e->verb_span[0],
                                e->verb_span[1]);
    return rc;
}

/* GDELT 2.0 event table: the columns Herald has, others empty.  Columns
 * 1-2 id and day, 6/16 actor codes, 27-30 event code, base, root, quad,
 * 31 Goldstein, 58 source URL (the document id here when no URL). */
static int gdelt(hr_buf *b, const herald_doc *doc, const herald_event *e, size_t i)
{
    char day[9] = "";
    const char *d = e->date;
    if (d && strlen(d) == 10) snprintf(day, sizeof day, "%.4s%.2s%.2s", d, d + 5, d + 8);
    char base[4];
    snprintf(base, sizeof base, "%.3s", e->code);
    char root[3];
    root_of(e, root);
    const char *id = doc->article.id ? doc->article.id : "";
    int rc = plain_field(b, id, strlen(id), '\t');
    if (!rc) rc = hr_buf_printf(b, ":%u:%zu\t%s\t%.6s\t%.4s\t%.5s\t", e->sentence, i, day, day, day,
                                day);
    if (!rc) rc = hr_buf_printf(b, "%s\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\t\t", e->source, e->target);
    if (!rc) rc = hr_buf_printf(b, "1\t%s\t%s\t%s\t", e->code, base, root);
    if (!rc && e->cameo) rc = hr_buf_printf(b, "%d\t%.1f", e->cameo->quad, e->cameo->goldstein);
    else if (!rc) rc = hr_buf_append(b, "\t", 1);
    /* 32-49: mentions, sources, articles, tone, the actors' geographies */
    for (int col = 32; col <= 49 && !rc; col++) rc = hr_buf_putc(b, '\t');
    /* 50-56: the action's geography: type (1 country, 2 US state, 3 US
     * city, 4 world city, 5 world state), name, country (ISO alpha-3 here),
     * ADM1, lat, lon, feature id; 57: date added */
    const herald_location *l = &e->location;
    if (!rc && l->name) {
        int us = strcmp(l->country, "USA") == 0;
        int type = l->precision == HERALD_PLACE_COUNTRY ? 1
                   : l->precision == HERALD_PLACE_REGION ? (us ? 2 : 5) : (us ? 3 : 4);
        rc = hr_buf_printf(b, "%d\t", type);
        if (!rc) rc = plain_field(b, l->name, strlen(l->name), '\t');
        if (!rc) rc = hr_buf_printf(b, "\t%s\t", l->country);
        if (!rc) rc = plain_field(b, l->adm1, strlen(l->adm1), '\t');
        if (!rc) rc = hr_buf_printf(b, "\t%.4f\t%.4f\t\t", l->lat, l->lon);
    } else {
        for (int col = 50; col <= 56 && !rc; col++) rc = hr_buf_putc(b, '\t');
    }
    if (!rc) rc = hr_buf_putc(b, '\t');
    if (!rc) rc = hr_buf_putc(b, '\t');
    const char *url = doc->article.url ? doc->article.url : id;
    if (!rc) rc = plain_field(b, url, strlen(url), '\t');
    return rc ? rc : hr_buf_putc(b, '\n');
}

/* POLECAT-style PLOVER record: actors, event type and mode, the text. */
static int plover(hr_buf *b, const herald_doc *doc, const herald_event *e, size_t i)
{
    const herald_sentence *s = &doc->sentences[e->sentence];
    int rc = hr_buf_append(b, "{\"event_id\":", 12);
    if (!rc) rc = record_id(b, doc, e, i);
    if (!rc) rc = hr_buf_append(b, ",\"story_id\":", 12);
    if (!rc) rc = hr_json_string_or_null(b, doc->article.id);
    if (!rc) rc = hr_buf_append(b, ",\"story_date\":", 14);
    if (!rc) rc = hr_json_string_or_null(b, doc->article.date);
    if (!rc) rc = hr_buf_append(b, ",\"event_date\":", 14);
    if (!rc) rc = hr_json_string_or_null(b, e->date[0] ? e->date : NULL);
    if (!rc) rc = hr_buf_append(b, ",\"event_type\":", 14);
    if (!rc) rc = hr_json_string_or_null(b, e->cameo && e->cameo->plover_type[0] ? e->cameo->plover_type : NULL);
    if (!rc) rc = hr_buf_append(b, ",\"event_mode\":", 14);
    if (!rc) rc = hr_json_string_or_null(b, e->cameo && e->cameo->plover_mode[0] ? e->cameo->plover_mode : NULL);
    if (!rc) rc = hr_buf_append(b, ",\"actor\":", 9);
    if (!rc) rc = hr_json_string(b, e->source, strlen(e->source));
    if (!rc) rc = hr_buf_append(b, ",\"recipient\":", 13);
    if (!rc) rc = hr_json_string(b, e->target, strlen(e->target));
    if (!rc) rc = hr_buf_append(b, ",\"cameo_code\":", 14);
    if (!rc) rc = hr_json_string(b, e->code, strlen(e->code));
    if (!rc) rc = hr_buf_append(b, ",\"location\":", 12);
    if (!rc) rc = json_location(b, &e->location);
    if (!rc) rc = hr_buf_append(b, ",\"event_text\":", 14);
    if (!rc) rc = hr_json_string(b, doc->article.text + s->start, s->end - s->start);
    return rc ? rc : hr_buf_append(b, "}\n", 2);
}

int hr_render_events(hr_buf *b, const herald_doc *doc, int format)
{
    int (*one)(hr_buf *, const herald_doc *, const herald_event *, size_t) =
        format == HERALD_FORMAT_GDELT ? gdelt : format == HERALD_FORMAT_PLOVER ? plover
        : format == HERALD_FORMAT_CSV ? csv : jsonl;
    int rc = 0;
    for (size_t i = 0; i < doc->event_count && !rc; i++) {
        const herald_event *e = &doc->events[i];
        if ((e->negated || e->hypothetical) && !doc->ctx->keep_uncertain) continue;
        rc = one(b, doc, e, i);
    }
    return rc;
}

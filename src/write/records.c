/* records.c - event records in the formats of the contract: JSON Lines
 * (the default), GDELT 2.0 event-table columns, POLECAT-style PLOVER JSON
 * and CSV.  Every format writes a herald_record, so records coded just
 * now and records read back from the store look the same; each carries
 * the date the time stage gave it and the place the place stage gave it. */
#include "records.h"
#include "json_out.h"
#include "../core/calendar.h"

#include <stdio.h>
#include <string.h>

static void root_of(const herald_record *r, char out[3])
{
    out[0] = r->code[0];
    out[1] = r->code[0] ? r->code[1] : '\0';
    out[2] = '\0';
}

static int json_span(hr_buf *b, const uint32_t span[2])
{
    if (span[0] == span[1]) return hr_buf_append(b, "null", 4);
    return hr_buf_printf(b, "[%u,%u]", span[0], span[1]);
}

/* The record's id, or DOC:SENTENCE:INDEX made from its parts. */
static int id_text(hr_buf *b, const herald_record *r, int (*put)(hr_buf *, const char *, size_t))
{
    if (r->id) return put(b, r->id, strlen(r->id));
    char tail[32];
    snprintf(tail, sizeof tail, ":%u:%u", r->sentence, r->index);
    const char *doc_id = r->doc_id ? r->doc_id : "";
    hr_buf tmp;
    hr_buf_init(&tmp, b->alc, 0);
    int rc = hr_buf_append(&tmp, doc_id, strlen(doc_id));
    if (!rc) rc = hr_buf_append(&tmp, tail, strlen(tail));
    if (!rc) rc = put(b, tmp.data, tmp.len);
    hr_buf_free(&tmp);
    return rc;
}

static int json_string_put(hr_buf *b, const char *s, size_t n) { return hr_json_string(b, s, n); }

static int json_or_empty_null(hr_buf *b, const char *s)
{
    return hr_json_string_or_null(b, s && s[0] ? s : NULL);
}

static int json_location(hr_buf *b, const herald_record *r)
{
    if (!r->location_name) return hr_buf_append(b, "null", 4);
    int rc = hr_buf_append(b, "{\"name\":", 8);
    if (!rc) rc = hr_json_string(b, r->location_name, strlen(r->location_name));
    if (!rc) rc = hr_buf_append(b, ",\"country\":", 11);
    if (!rc) rc = json_or_empty_null(b, r->location_country);
    if (!rc && r->location_adm1 && r->location_adm1[0]) {
        rc = hr_buf_append(b, ",\"adm1\":", 8);
        if (!rc) rc = hr_json_string(b, r->location_adm1, strlen(r->location_adm1));
    }
    if (!rc) rc = hr_buf_printf(b, ",\"lat\":%.3f,\"lon\":%.3f,\"precision\":", r->lat, r->lon);
    if (!rc) rc = json_or_empty_null(b, r->location_precision);
    return rc ? rc : hr_buf_putc(b, '}');
}

static int jsonl(hr_buf *b, const herald_record *r)
{
    char root[3];
    root_of(r, root);
    int rc = hr_buf_append(b, "{\"id\":", 6);
    if (!rc) rc = id_text(b, r, json_string_put);
    if (!rc) rc = hr_buf_append(b, ",\"doc_id\":", 10);
    if (!rc) rc = hr_json_string_or_null(b, r->doc_id);
    if (!rc) rc = hr_buf_printf(b, ",\"sentence\":%u,\"date\":", r->sentence);
    if (!rc) rc = json_or_empty_null(b, r->date);
    if (!rc && r->date_end && r->date_end[0])
        rc = hr_buf_printf(b, ",\"date_end\":\"%s\"", r->date_end);
    if (!rc && r->date_precision)
        rc = hr_buf_printf(b, ",\"date_precision\":\"%s\"", herald_precision_name(r->date_precision));
    else if (!rc)
        rc = hr_buf_append(b, ",\"date_precision\":null", 22);
    if (!rc) rc = hr_buf_printf(b, ",\"date_basis\":\"%s\"", herald_basis_name(r->date_basis));
    if (!rc) rc = hr_buf_append(b, ",\"source\":", 10);
    if (!rc) rc = hr_json_string(b, r->source, strlen(r->source));
    if (!rc) rc = hr_buf_append(b, ",\"target\":", 10);
    if (!rc) rc = hr_json_string(b, r->target, strlen(r->target));
    if (!rc) rc = hr_buf_append(b, ",\"code\":", 8);
    if (!rc) rc = hr_json_string(b, r->code, strlen(r->code));
    if (!rc) rc = hr_buf_printf(b, ",\"root\":\"%s\"", root);
    if (!rc && r->quad)
        rc = hr_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f", r->quad, r->goldstein);
    else if (!rc)
        rc = hr_buf_append(b, ",\"quad\":null,\"goldstein\":null", 31);
    if (!rc && r->plover_type && r->plover_type[0]) {
        rc = hr_buf_append(b, ",\"plover\":{\"type\":", 18);
        if (!rc) rc = hr_json_string(b, r->plover_type, strlen(r->plover_type));
        if (!rc) rc = hr_buf_append(b, ",\"mode\":", 8);
        if (!rc) rc = json_or_empty_null(b, r->plover_mode);
        if (!rc) rc = hr_buf_putc(b, '}');
    } else if (!rc) {
        rc = hr_buf_append(b, ",\"plover\":null", 14);
    }
    if (!rc) rc = hr_buf_append(b, ",\"location\":", 12);
    if (!rc) rc = json_location(b, r);
    if (!rc) rc = hr_buf_printf(b, ",\"negated\":%s,\"hypothetical\":%s,\"reported_by\":",
                                r->negated ? "true" : "false", r->hypothetical ? "true" : "false");
    if (!rc) rc = hr_json_string_or_null(b, r->reported_by);
    if (!rc) rc = hr_buf_append(b, ",\"evidence\":{\"sentence\":", 24);
    if (!rc) rc = hr_json_string(b, r->evidence, r->evidence_len);
    if (!rc) rc = hr_buf_append(b, ",\"source\":", 10);
    if (!rc) rc = json_span(b, r->source_span);
    if (!rc) rc = hr_buf_append(b, ",\"target\":", 10);
    if (!rc) rc = json_span(b, r->target_span);
    if (!rc) rc = hr_buf_append(b, ",\"verb\":", 8);
    if (!rc) rc = json_span(b, r->verb_span);
    if (!rc) rc = hr_buf_putc(b, '}');
    if (!rc && r->num_mentions) {
        rc = hr_buf_printf(b, ",\"num_mentions\":%d,\"num_sources\":%d,\"num_articles\":%d,"
                              "\"first_seen\":", r->num_mentions, r->num_sources, r->num_articles);
        if (!rc) rc = hr_json_string_or_null(b, r->first_seen);
        if (!rc) rc = hr_buf_append(b, ",\"last_seen\":", 13);
        if (!rc) rc = hr_json_string_or_null(b, r->last_seen);
    }
    return rc ? rc : hr_buf_append(b, "}\n", 2);
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

static int csv_put(hr_buf *b, const char *s, size_t n) { return plain_field(b, s, n, ','); }
static int tsv_put(hr_buf *b, const char *s, size_t n) { return plain_field(b, s, n, '\t'); }

static int csv_text(hr_buf *b, const char *s)
{
    return s ? plain_field(b, s, strlen(s), ',') : 0;
}

static int csv(hr_buf *b, const herald_record *r)
{
    char root[3];
    root_of(r, root);
    int rc = id_text(b, r, csv_put);
    if (!rc) rc = hr_buf_putc(b, ',');
    if (!rc) rc = csv_text(b, r->doc_id);
    if (!rc) rc = hr_buf_printf(b, ",%u,%s,%s,%s,%s,%s,%s,%s,", r->sentence, r->date ? r->date : "",
                                herald_precision_name(r->date_precision),
                                herald_basis_name(r->date_basis), r->source, r->target, r->code,
                                root);
    if (!rc && r->quad)
        rc = hr_buf_printf(b, "%d,%.1f,%s,%s,", r->quad, r->goldstein,
                           r->plover_type ? r->plover_type : "", r->plover_mode ? r->plover_mode : "");
    else if (!rc)
        rc = hr_buf_append(b, ",,,,", 4);
    if (!rc) rc = csv_text(b, r->location_name);
    if (!rc) rc = hr_buf_putc(b, ',');
    if (!rc) rc = csv_text(b, r->location_country);
    if (!rc && r->location_name)
        rc = hr_buf_printf(b, ",%.3f,%.3f,", r->lat, r->lon);
    else if (!rc)
        rc = hr_buf_append(b, ",,,", 3);
    if (!rc) rc = csv_text(b, r->location_precision);
    if (!rc) rc = hr_buf_printf(b, ",%s,%s,%s,", r->negated ? "true" : "false",
                                r->hypothetical ? "true" : "false",
                                r->reported_by ? r->reported_by : "");
    if (!rc) rc = plain_field(b, r->evidence, r->evidence_len, ',');
    if (!rc) rc = hr_buf_printf(b, ",%u,%u,%u,%u,%u,%u\n", r->source_span[0], r->source_span[1],
                                r->target_span[0], r->target_span[1], r->verb_span[0],
                                r->verb_span[1]);
    return rc;
}

/* GDELT 2.0 event table, 61 tab-separated columns, the ones Herald has
 * filled: 1-5 id and dates, 6/16 actor codes, 26-31 root flag, codes,
 * quad, Goldstein, 32-34 mentions, sources, articles (1 each for a
 * single record), 52-58 the action's place (country as ISO alpha-3, not
 * GDELT's FIPS), 61 source URL (the record id when there is no URL). */
/* GDELT's geography types: 1 country, 2 US state, 3 US city, 4 world
 * city, 5 world first-level division. */
static int gdelt_geo_type(const herald_record *r)
{
    const char *p = r->location_precision ? r->location_precision : "";
    int us = r->location_country && strcmp(r->location_country, "USA") == 0;
    if (strcmp(p, "country") == 0) return 1;
    if (strcmp(p, "region") == 0) return us ? 2 : 5;
    return us ? 3 : 4;
}

static int gdelt(hr_buf *b, const herald_record *r)
{
    int rc = id_text(b, r, tsv_put);
    const char *d = r->date;
    long day;
    if (!rc && d && hr_iso_days(d, &day) == 0) {
        /* FractionDate: the share of the year gone by that day */
        int year, month, mday;
        hr_civil_from_days(day, &year, &month, &mday);
        long doy = day - hr_days_from_civil(year, 1, 1);
        long share = doy * 10000 / (hr_is_leap_year(year) ? 366 : 365);
        rc = hr_buf_printf(b, "\t%.4s%.2s%.2s\t%.4s%.2s\t%.4s\t%.4s.%04ld", d, d + 5, d + 8, d,
                           d + 5, d, d, share);
    } else if (!rc) {
        rc = hr_buf_append(b, "\t\t\t\t", 4);
    }
    if (!rc) rc = hr_buf_printf(b, "\t%s\t\t\t\t\t\t\t\t\t\t%s\t\t\t\t\t\t\t\t\t", r->source, r->target);
    char root[3];
    root_of(r, root);
    if (!rc) rc = hr_buf_printf(b, "\t1\t%s\t%.3s\t%s\t", r->code, r->code, root);
    if (!rc && r->quad) rc = hr_buf_printf(b, "%d\t%.1f", r->quad, r->goldstein);
    else if (!rc) rc = hr_buf_putc(b, '\t');
    if (!rc) rc = hr_buf_printf(b, "\t%d\t%d\t%d\t", r->num_mentions ? r->num_mentions : 1,
                                r->num_sources ? r->num_sources : 1,
                                r->num_articles ? r->num_articles : 1);
    /* 36-51: the two actors' geographies, which Herald does not give */
    for (int col = 36; col <= 51 && !rc; col++) rc = hr_buf_putc(b, '\t');
    if (!rc && r->location_name) {
        rc = hr_buf_printf(b, "\t%d\t", gdelt_geo_type(r));
        if (!rc) rc = tsv_put(b, r->location_name, strlen(r->location_name));
        if (!rc) rc = hr_buf_printf(b, "\t%s\t%s\t\t%.4f\t%.4f\t",
                                    r->location_country ? r->location_country : "",
                                    r->location_adm1 ? r->location_adm1 : "", r->lat, r->lon);
    } else if (!rc) {
        rc = hr_buf_append(b, "\t\t\t\t\t\t\t\t", 8);
    }
    if (!rc) rc = hr_buf_append(b, "\t\t", 2);   /* 59 feature id, 60 date added */
    if (!rc && r->url) rc = tsv_put(b, r->url, strlen(r->url));
    else if (!rc) rc = id_text(b, r, tsv_put);
    return rc ? rc : hr_buf_putc(b, '\n');
}

/* POLECAT-style PLOVER record: actors, event type and mode, the text. */
static int plover(hr_buf *b, const herald_record *r)
{
    int rc = hr_buf_append(b, "{\"event_id\":", 12);
    if (!rc) rc = id_text(b, r, json_string_put);
    if (!rc) rc = hr_buf_append(b, ",\"story_id\":", 12);
    if (!rc) rc = hr_json_string_or_null(b, r->doc_id);
    if (!rc) rc = hr_buf_append(b, ",\"story_date\":", 14);
    if (!rc) rc = hr_json_string_or_null(b, r->story_date);
    if (!rc) rc = hr_buf_append(b, ",\"event_date\":", 14);
    if (!rc) rc = json_or_empty_null(b, r->date);
    if (!rc) rc = hr_buf_append(b, ",\"event_type\":", 14);
    if (!rc) rc = json_or_empty_null(b, r->plover_type);
    if (!rc) rc = hr_buf_append(b, ",\"event_mode\":", 14);
    if (!rc) rc = json_or_empty_null(b, r->plover_mode);
    if (!rc) rc = hr_buf_append(b, ",\"actor\":", 9);
    if (!rc) rc = hr_json_string(b, r->source, strlen(r->source));
    if (!rc) rc = hr_buf_append(b, ",\"recipient\":", 13);
    if (!rc) rc = hr_json_string(b, r->target, strlen(r->target));
    if (!rc) rc = hr_buf_append(b, ",\"cameo_code\":", 14);
    if (!rc) rc = hr_json_string(b, r->code, strlen(r->code));
    if (!rc) rc = hr_buf_append(b, ",\"location\":", 12);
    if (!rc) rc = json_location(b, r);
    if (!rc) rc = hr_buf_append(b, ",\"event_text\":", 14);
    if (!rc) rc = hr_json_string(b, r->evidence, r->evidence_len);
    return rc ? rc : hr_buf_append(b, "}\n", 2);
}

int hr_render_record(hr_buf *b, const herald_record *r, int format)
{
    switch (format) {
    case HERALD_FORMAT_GDELT: return gdelt(b, r);
    case HERALD_FORMAT_PLOVER: return plover(b, r);
    case HERALD_FORMAT_CSV: return csv(b, r);
    default: return jsonl(b, r);
    }
}

void hr_record_from_event(herald_record *r, const herald_doc *doc, size_t i)
{
    const herald_event *e = &doc->events[i];
    const herald_sentence *s = &doc->sentences[e->sentence];
    const herald_cameo *c = e->cameo;
    *r = (herald_record){
        .doc_id = doc->article.id, .sentence = e->sentence, .index = (uint32_t)i,
        .story_date = doc->article.date, .url = doc->article.url,
        .date = e->date, .date_end = e->date_end,
        .date_precision = e->date_precision, .date_basis = e->date_basis,
        .source = e->source, .target = e->target, .code = e->code,
        .quad = c ? c->quad : 0, .goldstein = c ? c->goldstein : 0,
        .plover_type = c ? c->plover_type : "", .plover_mode = c ? c->plover_mode : "",
        .negated = e->negated, .hypothetical = e->hypothetical, .reported_by = e->reported_by,
        .evidence = doc->article.text + s->start, .evidence_len = s->end - s->start,
    };
    const herald_location *l = &e->location;
    if (l->name) {
        r->location_name = l->name;
        r->location_country = l->country;
        r->location_adm1 = l->adm1;
        r->location_precision = herald_place_precision_name(l->precision);
        r->lat = l->lat;
        r->lon = l->lon;
    }
    memcpy(r->source_span, e->source_span, sizeof r->source_span);
    memcpy(r->target_span, e->target_span, sizeof r->target_span);
    memcpy(r->verb_span, e->verb_span, sizeof r->verb_span);
}

int hr_render_events(hr_buf *b, const herald_doc *doc, int format)
{
    int rc = 0;
    for (size_t i = 0; i < doc->event_count && !rc; i++) {
        const herald_event *e = &doc->events[i];
        if ((e->negated || e->hypothetical) && !doc->ctx->keep_uncertain) continue;
        herald_record r;
        hr_record_from_event(&r, doc, i);
        rc = hr_render_record(b, &r, format);
    }
    return rc;
}

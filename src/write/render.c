/* render.c - herald_doc_render: a coded document in an output format.
 *
 * The event formats (jsonl, gdelt, plover, csv) write one line per event
 * (records.c); the segment and actor formats show what those stages
 * found, for `herald segment` and `herald actors`. */
#include "json_out.h"
#include "records.h"
#include "places_out.h"
#include "../core/doc.h"

#include <string.h>

static const char *const TOKEN_KINDS[] = { "word", "number", "punct", "symbol", "url" };

const char *herald_segment_kind_name(int kind)
{
    static const char *const names[] = { "sentence", "dateline", "byline", "credit" };
    return kind >= 0 && kind < 4 ? names[kind] : "unknown";
}

int herald_format_from_name(const char *name)
{
    static const char *const names[] = { "jsonl", "gdelt", "plover", "csv" };
    for (int i = 0; name && i < 4; i++)
        if (strcmp(name, names[i]) == 0) return i;
    return -1;
}

/* The columns of --format csv, in the order of the contract's record. */
static const char CSV_HEADER[] =
    "id,doc_id,sentence,date,date_precision,date_basis,source,target,code,root,quad,"
    "goldstein,plover_type,plover_mode,location_name,location_country,lat,lon,"
    "location_precision,negated,hypothetical,reported_by,sentence_text,source_start,"
    "source_end,target_start,target_end,verb_start,verb_end\n";

const char *herald_format_header(int format)
{
    return format == HERALD_FORMAT_CSV ? CSV_HEADER : "";
}

static int render_segments(hr_buf *b, const herald_doc *doc)
{
    const char *text = doc->article.text;
    int rc = 0;
    for (size_t i = 0; i < doc->sentence_count && !rc; i++) {
        const herald_sentence *s = &doc->sentences[i];
        rc = hr_buf_append(b, "{\"doc_id\":", 10);
        if (!rc) rc = hr_json_string_or_null(b, doc->article.id);
        if (!rc) rc = hr_buf_printf(b, ",\"sentence\":%zu,\"paragraph\":%u,\"kind\":\"%s\","
                                       "\"span\":[%u,%u],\"text\":", i, s->paragraph,
                                    herald_segment_kind_name(s->kind), s->start, s->end);
        if (!rc) rc = hr_json_string(b, text + s->start, s->end - s->start);
        if (!rc) rc = hr_buf_append(b, ",\"tokens\":[", 11);
        for (uint32_t k = 0; k < s->token_count && !rc; k++) {
            const herald_token *t = &doc->tokens[s->first_token + k];
            rc = hr_buf_printf(b, "%s{\"span\":[%u,%u],\"text\":", k ? "," : "", t->start,
                               t->end);
            if (!rc) rc = hr_json_string(b, text + t->start, t->end - t->start);
            if (!rc) rc = hr_buf_append(b, ",\"norm\":", 8);
            if (!rc) rc = hr_json_string(b, t->norm, t->norm_len);
            if (!rc) rc = hr_buf_printf(b, ",\"kind\":\"%s\"", TOKEN_KINDS[t->kind]);
            if (!rc && t->tag) rc = hr_buf_printf(b, ",\"tag\":\"%s\"", herald_tag_name(t->tag));
            if (!rc) rc = hr_buf_append(b, "}", 1);
        }
        if (!rc) rc = hr_buf_append(b, "]}\n", 3);
    }
    return rc;
}

static int render_sentences(hr_buf *b, const herald_doc *doc)
{
    int rc = 0;
    for (size_t i = 0; i < doc->sentence_count && !rc; i++) {
        const herald_sentence *s = &doc->sentences[i];
        if (s->kind != HERALD_SENTENCE)
            rc = hr_buf_printf(b, "[%s] ", herald_segment_kind_name(s->kind));
        if (!rc) rc = hr_buf_append(b, doc->article.text + s->start, s->end - s->start);
        if (!rc) rc = hr_buf_putc(b, '\n');
    }
    return rc;
}

static int render_actors(hr_buf *b, const herald_doc *doc)
{
    int rc = 0;
    for (size_t i = 0; i < doc->actor_count && !rc; i++) {
        const herald_actor *a = &doc->actors[i];
        rc = hr_buf_append(b, "{\"doc_id\":", 10);
        if (!rc) rc = hr_json_string_or_null(b, doc->article.id);
        if (!rc) rc = hr_buf_printf(b, ",\"sentence\":%u,\"text\":", a->sentence);
        if (!rc) rc = hr_json_string(b, doc->article.text + a->start, a->end - a->start);
        if (!rc) rc = hr_buf_append(b, ",\"code\":", 8);
        if (!rc) rc = hr_json_string_or_null(b, a->code);
        if (!rc) rc = hr_buf_printf(b, ",\"start\":%u,\"end\":%u,\"kind\":\"%s\",\"how\":",
                                    a->start, a->end, herald_actor_kind_name(a->kind));
        if (!rc) rc = hr_json_string_or_null(b, a->how);
        if (!rc) rc = hr_buf_append(b, "}\n", 2);
    }
    return rc;
}

herald_stage herald_format_stage(int format)
{
    switch (format) {
    case HERALD_FORMAT_SENTENCES: return HERALD_STAGE_SEGMENT;
    case HERALD_FORMAT_SEGMENTS: return HERALD_STAGE_TAG;   /* tokens show their tags */
    case HERALD_FORMAT_ACTORS: return HERALD_STAGE_ACTORS;
    default: return HERALD_STAGE_EVENTS;
    }
}

int herald_doc_render(herald_doc *doc, int format, const char **out, size_t *len)
{
    if (!doc || !out || !len) return HERALD_EINVAL;
    if (doc->stage_done < (int)herald_format_stage(format)) return HERALD_EINVAL;
    hr_buf_clear(&doc->out);
    int rc;
    switch (format) {
    case HERALD_FORMAT_SEGMENTS: rc = render_segments(&doc->out, doc); break;
    case HERALD_FORMAT_SENTENCES: rc = render_sentences(&doc->out, doc); break;
    case HERALD_FORMAT_ACTORS: rc = render_actors(&doc->out, doc); break;
    case HERALD_FORMAT_PLACES: rc = hr_render_places(&doc->out, doc); break;
    case HERALD_FORMAT_JSONL: case HERALD_FORMAT_GDELT:
    case HERALD_FORMAT_PLOVER: case HERALD_FORMAT_CSV:
        rc = hr_render_events(&doc->out, doc, format);
        break;
    default: return HERALD_EINVAL;
    }
    if (rc) return rc;
    *out = doc->out.data ? doc->out.data : "";
    *len = doc->out.len;
    return HERALD_OK;
}

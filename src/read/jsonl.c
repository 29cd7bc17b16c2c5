#include "jsonl.h"
#include "article_date.h"
#include "../core/error.h"

#include <stdio.h>
#include <string.h>

static const char *string_field(json_t *obj, const char *key)
{
    json_t *v = json_object_get(obj, key);
    return json_is_string(v) ? json_string_value(v) : NULL;
}

int hr_jsonl_article(hr_json_article *ja, const char *line, size_t len,
                     const char *file, uint64_t lineno, herald_article *out,
                     herald_diag_fn diag, void *diag_user, herald_error *err)
{
    hr_json_article_clear(ja);
    json_error_t je;
    ja->root = json_loadb(line, len, 0, &je);
    if (!ja->root)
        return hr_error_set(err, HERALD_EPARSE, file, lineno, (uint64_t)je.position,
                            "invalid JSON at column %d: %s", je.column, je.text);
    if (!json_is_object(ja->root))
        return hr_error_set(err, HERALD_EPARSE, file, lineno, 0,
                            "expected a JSON object (an article), found %s",
                            json_is_array(ja->root) ? "an array" : "a scalar value");

    json_t *text = json_object_get(ja->root, "text");
    if (!json_is_string(text)) text = json_object_get(ja->root, "body");
    if (!json_is_string(text))
        return hr_error_set(err, HERALD_EPARSE, file, lineno, 0,
                            "article has no \"text\" (or \"body\") string");

    memset(out, 0, sizeof *out);
    out->text = json_string_value(text);
    out->text_len = json_string_length(text);
    out->title = string_field(ja->root, "title");
    out->source = string_field(ja->root, "source");
    out->url = string_field(ja->root, "url");
    out->file = file;
    out->line = lineno;

    json_t *id = json_object_get(ja->root, "id");
    if (json_is_string(id) && json_string_length(id) > 0) {
        out->id = json_string_value(id);
    } else if (json_is_integer(id)) {
        snprintf(ja->default_id, sizeof ja->default_id, "%" JSON_INTEGER_FORMAT,
                 json_integer_value(id));
        out->id = ja->default_id;
    } else {
        snprintf(ja->default_id, sizeof ja->default_id, "%s:%llu", file,
                 (unsigned long long)lineno);
        out->id = ja->default_id;
    }

    const char *date = string_field(ja->root, "date");
    if (date) {
        if (herald_parse_date(date, ja->date) == 0)
            out->date = ja->date;
        else
            hr_warn(diag, diag_user, HERALD_EPARSE, file, lineno, 0,
                    "unrecognised date \"%.40s\" ignored (expected YYYY-MM-DD, "
                    "YYYYMMDD or an ISO 8601 timestamp)", date);
    }
    return HERALD_OK;
}

void hr_json_article_clear(hr_json_article *ja)
{
    if (ja->root) json_decref(ja->root);
    ja->root = NULL;
}

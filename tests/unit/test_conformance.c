/* Conformance with PETRARCH-2's own unit suite (../shared/eval): with
 * --no-builtin and the PETR.Validate dictionaries, the actors each case
 * expects as source or target must be found in its sentence.  Skips when
 * ../shared is absent. */
#include "harness.h"
#include "herald.h"

#include <jansson.h>
#include <stdlib.h>

/* The share found is recorded here; it may only rise. */
#define ACTOR_BASELINE_PERCENT 95

static int has_code(const herald_doc *doc, const char *code)
{
    for (size_t i = 0; i < herald_doc_actor_count(doc); i++)
        if (strcmp(herald_doc_actor(doc, i)->code, code) == 0) return 1;
    return 0;
}

void test_conformance_petrarch_actors(void)
{
    const char *shared = ht_shared_dir();
    if (!shared) { ht_skip("../shared is absent (set HERALD_SHARED_DIR)"); return; }
    char path[1024];
    herald_options o = { .no_builtin = 1 };
    herald_ctx *ctx = herald_ctx_new(&o, NULL);
    static const struct { int kind; const char *file; } dicts[] = {
        { HERALD_DICT_ACTORS, "PETR.Validate.actors.txt" },
        { HERALD_DICT_AGENTS, "PETR.Validate.agents.txt" },
    };
    for (size_t i = 0; i < 2; i++) {
        snprintf(path, sizeof path, "%s/dictionaries/petrarch2/%s", shared, dicts[i].file);
        CHECK_INT(herald_ctx_load_dict(ctx, dicts[i].kind, path, NULL), 0);
    }
    snprintf(path, sizeof path, "%s/eval/petrarch2_unit_dev.jsonl", shared);
    FILE *f = fopen(path, "r");
    CHECK(f != NULL);
    if (!f) { herald_ctx_free(ctx); return; }
    char line[65536];
    int wanted = 0, found = 0;
    while (fgets(line, sizeof line, f)) {
        json_t *c = json_loads(line, 0, NULL);
        const char *text = json_string_value(json_object_get(c, "text"));
        const char *date = json_string_value(json_object_get(c, "date"));
        json_t *expected = json_object_get(c, "expected");
        char d[11];
        herald_article a = { .id = "case", .text = text ? text : "",
                             .text_len = text ? strlen(text) : 0,
                             .date = date && herald_parse_date(date, d) == 0 ? d : NULL };
        herald_doc *doc = herald_doc_new(ctx, &a, NULL);
        if (doc && herald_doc_code(doc, NULL) == 0) {
            size_t k;
            json_t *ev;
            json_array_foreach(expected, k, ev) {
                const char *roles[] = { "source", "target" };
                for (int r = 0; r < 2; r++) {
                    const char *code = json_string_value(json_object_get(ev, roles[r]));
                    if (!code || strncmp(code, "---", 3) == 0) continue;
                    wanted++;
                    if (has_code(doc, code)) found++;
                    else if (getenv("HERALD_TEST_VERBOSE"))
                        printf("  missing %s in: %s\n", code, text);
                }
            }
        }
        herald_doc_free(doc);
        json_decref(c);
    }
    fclose(f);
    herald_ctx_free(ctx);
    int percent = wanted ? found * 100 / wanted : 0;
    printf("  petrarch2 unit suite: %d of %d expected actors found (%d%%)\n", found, wanted, percent);
    CHECK(wanted > 100);
    CHECK(percent >= ACTOR_BASELINE_PERCENT);
}

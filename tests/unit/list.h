/* Every unit test, in the order they run. */
#define HT_TESTS(X) \
    X(test_strerror) \
    X(test_arena) \
    X(test_buf_limit) \
    X(test_utf8_repair) \
    X(test_parse_date) \
    X(test_abbrev_tables) \
    X(test_cameo_table) \
    X(test_allocation_failures) \
    X(test_reader_jsonl) \
    X(test_reader_bad_json_lines) \
    X(test_reader_invalid_utf8) \
    X(test_reader_empty_and_binary) \
    X(test_reader_huge_line) \
    X(test_reader_compressed) \
    X(test_reader_directory) \
    X(test_tokens_words_and_clitics) \
    X(test_tokens_abbreviations) \
    X(test_tokens_numbers_and_urls) \
    X(test_tokens_unicode) \
    X(test_segments_offsets_and_kinds) \
    X(test_segment_empty_and_blank) \
    X(test_render_segments_json) \
    X(test_golden_segment) \
    X(test_golden_actors) \
    X(test_dict_herald_format) \
    X(test_dict_bad_files) \
    X(test_dict_petrarch_actors) \
    X(test_dict_petrarch_agents) \
    X(test_actor_rules) \
    X(test_actor_user_overrides_builtin) \
    X(test_actor_references) \
    X(test_actor_shared_phrase) \
    X(test_conformance_petrarch_actors) \
    X(test_verbs_petrarch)

# Herald - build, test, benchmark, fuzz.  `make help` lists the targets.

CC      ?= cc
PREFIX  ?= /usr/local
PKGS    := jansson libutf8proc zlib libzstd sqlite3
WARN    := -Wall -Wextra -Wpedantic -Wshadow -Wstrict-prototypes -Wmissing-prototypes \
           -Wformat=2 -Wvla -Wno-unused-parameter -Werror
CSTD    := -std=c17 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE
OPT     ?= -O2 -g
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS))
PKG_LIBS   := $(shell pkg-config --libs $(PKGS))
CFLAGS  += $(CSTD) $(OPT) $(WARN) -Iinclude $(PKG_CFLAGS) -fPIC
LDLIBS  += $(PKG_LIBS) -lpthread -lm

BUILD   ?= build
LIB_SRC := $(sort $(wildcard src/*/*.c))
CLI_SRC := $(sort $(wildcard cli/*.c))
DATA    := $(sort $(wildcard data/*/*.txt data/*/*.tsv))
GEN_SRC := $(BUILD)/gen/builtin_dicts.c
# The tagger's lexicon: WordNet (Debian's wordnet-base) and our own list.
WORDNET ?= /usr/share/wordnet
WORDNET_FILES := $(wildcard $(addprefix $(WORDNET)/,index.noun index.verb index.adj index.adv \
                   cntlist.rev data.noun data.adj verb.exc noun.exc adj.exc adv.exc))
TAGLEX_OWN := data/tagger/closed.tags
TAGLEX_SRC := $(BUILD)/gen/taglex.c
TAGPLAIN_SRC := $(BUILD)/gen/tagplain.c
# The gazetteer (data/geo/, format in its README), compiled by tools/geoc.
GEO_DATA := $(sort $(wildcard data/geo/*.gaz data/geo/*.gaz.gz))
GEO_SRC := $(BUILD)/gen/gazetteer.c
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/builtin_dicts.o $(BUILD)/gen/taglex.o \
           $(BUILD)/gen/tagplain.o \
           $(BUILD)/gen/gazetteer.o
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
LIB_A   := $(BUILD)/libherald.a
LIB_SO  := $(BUILD)/libherald.so
HERALD  := $(BUILD)/herald
TEST_SRC := $(sort $(wildcard tests/unit/*.c))
TEST_BIN := $(BUILD)/herald-tests
BENCH_BIN := $(BUILD)/herald-bench
STORE_BENCH_BIN := $(BUILD)/herald-store-bench
FUZZ_TARGETS := $(patsubst fuzz/%.c,%,$(wildcard fuzz/fuzz_*.c))
FUZZ_SECONDS ?= 20

.PHONY: all test sanitize eval bench fuzz install clean help check-style FORCE

all: $(HERALD) $(LIB_SO)

$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

# The built-in dictionaries are compiled into the library.
$(BUILD)/tools/embed: tools/embed.c
	@mkdir -p $(dir $@)
	@$(CC) -O1 -o $@ $<

# The list of data files, rewritten only when it changes, so that adding
# or removing a file (whatever its date) rebuilds the embedded data.
$(BUILD)/gen/data.list: FORCE
	@mkdir -p $(dir $@)
	@echo "$(DATA)" | cmp -s - $@ || echo "$(DATA)" > $@

$(GEN_SRC): $(BUILD)/tools/embed $(DATA) $(BUILD)/gen/data.list
	@mkdir -p $(dir $@)
	@echo "  EMBED   data/ ($(words $(DATA)) files)"
	@$(BUILD)/tools/embed $@ $(DATA)

$(BUILD)/gen/builtin_dicts.o: $(GEN_SRC)
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c $< -o $@

# The tagger's lexicon, compiled from WordNet and data/tagger/ (a missing
# or malformed file stops the build with FILE:LINE).
$(BUILD)/tools/mktaglex: tools/mktaglex.c src/tag/tagset.h src/tag/grammar.h
	@mkdir -p $(dir $@)
	@$(CC) -O1 -Iinclude -o $@ $<

$(TAGLEX_SRC): $(BUILD)/tools/mktaglex $(TAGLEX_OWN) $(WORDNET_FILES)
	@mkdir -p $(dir $@)
	@echo "  TAGLEX  $(WORDNET) + $(TAGLEX_OWN)"
	@$(BUILD)/tools/mktaglex $@.tmp $(WORDNET) $(TAGLEX_OWN) && mv $@.tmp $@

$(BUILD)/gen/taglex.o: $(TAGLEX_SRC) src/tag/taglex.h src/tag/tagset.h src/tag/grammar.h
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c $< -o $@

# Each lexicon word's plain readings, finished at build time by the
# library's own readings.o, so the tagger reads them ready.
$(BUILD)/tools/mkplain: tools/mkplain.c $(BUILD)/src/tag/readings.o $(BUILD)/gen/taglex.o
	@mkdir -p $(dir $@)
	@$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) -lm

$(TAGPLAIN_SRC): $(BUILD)/tools/mkplain
	@echo "  PLAIN   $@"
	@$(BUILD)/tools/mkplain $@.tmp && mv $@.tmp $@

$(BUILD)/gen/tagplain.o: $(TAGPLAIN_SRC) src/tag/readings.h src/tag/lexical.h src/tag/taglex.h
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -c $< -o $@

# The gazetteer is compiled into the library as const data; bad data
# stops the build with FILE:LINE: message.
$(BUILD)/tools/geoc: tools/geoc.c src/where/geokey.h
	@mkdir -p $(dir $@)
	@$(CC) $(CSTD) -O1 -o $@ tools/geoc.c $(shell pkg-config --cflags --libs libutf8proc zlib)

$(GEO_SRC): $(BUILD)/tools/geoc $(GEO_DATA)
	@mkdir -p $(dir $@)
	@echo "  GEOC    data/geo/ ($(words $(GEO_DATA)) files)"
	@$(BUILD)/tools/geoc $@ $(GEO_DATA)

$(BUILD)/gen/gazetteer.o: $(GEO_SRC) src/where/gazetteer.h
	@echo "  CC      $<"
	@$(CC) $(CFLAGS) -Wno-overlength-strings -c $< -o $@

$(LIB_A): $(LIB_OBJ)
	@rm -f $@
	@echo "  AR      $@"
	@ar rcs $@ $^

$(LIB_SO): $(LIB_OBJ)
	@echo "  LD      $@"
	@$(CC) -shared -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(HERALD): $(CLI_OBJ) $(LIB_A)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(TEST_BIN): $(TEST_SRC:%.c=$(BUILD)/%.o) $(LIB_A)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(BENCH_BIN): $(BUILD)/bench/bench.o $(LIB_A)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

$(STORE_BENCH_BIN): $(BUILD)/bench/store_bench.o $(LIB_A)
	@echo "  LD      $@"
	@$(CC) $(CFLAGS) -o $@ $^ $(LDFLAGS) $(LDLIBS)

## test: unit, golden and CLI tests; ends with "N passed, N failed"
test: $(HERALD) $(TEST_BIN)
	@HERALD=$(HERALD) TEST_BIN=$(TEST_BIN) sh tests/run.sh

## sanitize: the whole test suite under AddressSanitizer + UBSan
sanitize:
	HERALD_SANITIZED=1 ASAN_OPTIONS=detect_leaks=1 $(MAKE) BUILD=build-asan CC=clang \
	  OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" test

## eval: event precision, recall and F1 on the gold sets, per root
eval: $(HERALD)
	$(HERALD) eval --by-root tests/gold/real_news.jsonl
	@if [ -r ../shared/eval/petrarch2_unit_dev.jsonl ]; then \
	  $(HERALD) eval ../shared/eval/petrarch2_unit_dev.jsonl; \
	  echo "real_news with the PETRARCH-2 production dictionaries instead of the built-ins:"; \
	  D=../shared/dictionaries/petrarch2; $(HERALD) eval --no-builtin \
	    --actors $$D/Phoenix.Countries.actors.txt --actors $$D/Phoenix.International.actors.txt \
	    --actors $$D/Phoenix.MilNonState.actors.txt --agents $$D/Phoenix.agents.txt \
	    --verbs $$D/CAMEO.2.0.txt tests/gold/real_news.jsonl | grep TOTAL; \
	else echo "skipping the PETRARCH-2 unit suite and dictionaries: ../shared is absent"; fi

## bench: segmentation, actor, event and store figures on ../shared/corpora
bench: $(BENCH_BIN) $(STORE_BENCH_BIN) $(HERALD)
	@HERALD=$(HERALD) STORE_BENCH=$(STORE_BENCH_BIN) sh bench/run.sh $(BENCH_BIN)

## fuzz: each libFuzzer target for FUZZ_SECONDS seconds (clang)
fuzz:
	@mkdir -p build-fuzz
	@$(MAKE) -s BUILD=build-fuzz build-fuzz/gen/builtin_dicts.c build-fuzz/gen/taglex.c \
	  build-fuzz/gen/tagplain.c build-fuzz/gen/gazetteer.c
	@set -e; for t in $(FUZZ_TARGETS); do \
	  clang $(CSTD) -O1 -g -fsanitize=fuzzer,address,undefined -Iinclude $(PKG_CFLAGS) \
	    fuzz/$$t.c $(LIB_SRC) build-fuzz/gen/builtin_dicts.c build-fuzz/gen/taglex.c \
	    build-fuzz/gen/tagplain.c build-fuzz/gen/gazetteer.c -Wno-overlength-strings -o build-fuzz/$$t $(PKG_LIBS) -lpthread -lm; \
	  mkdir -p build-fuzz/corpus-$$t; \
	  echo "fuzz: $$t for $(FUZZ_SECONDS)s"; \
	  build-fuzz/$$t -artifact_prefix=build-fuzz/ -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -rss_limit_mb=2048 \
	    -print_final_stats=1 build-fuzz/corpus-$$t fuzz/seeds/$$t > build-fuzz/$$t.log 2>&1 \
	    || { tail -n 40 build-fuzz/$$t.log; exit 1; }; \
	  grep -E '^stat::(number_of_executed_units|peak_rss_mb)' build-fuzz/$$t.log; \
	done

## check-style: banned libc calls (see docs/ARCHITECTURE.md)
check-style:
	@sh tools/check-banned.sh

## install: herald, libherald, herald.h, herald.pc and the man page under PREFIX
install: all
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib/pkgconfig \
	  $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/share/man/man1
	install -m 755 $(HERALD) $(DESTDIR)$(PREFIX)/bin/herald
	install -m 644 $(LIB_A) $(DESTDIR)$(PREFIX)/lib/libherald.a
	install -m 755 $(LIB_SO) $(DESTDIR)$(PREFIX)/lib/libherald.so
	install -m 644 include/herald.h $(DESTDIR)$(PREFIX)/include/herald.h
	install -m 644 man/herald.1 $(DESTDIR)$(PREFIX)/share/man/man1/herald.1
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(shell sed -n 's/^#define HERALD_VERSION "\(.*\)"/\1/p' include/herald.h)|g' \
	  -e 's|@PKGS@|$(PKGS)|g' herald.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/herald.pc

clean:
	rm -rf build build-asan build-fuzz

help:
	@grep -E '^## ' Makefile | sed 's/^## /  make /'

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d) $(TEST_SRC:%.c=$(BUILD)/%.d) $(BUILD)/bench/bench.d \
         $(BUILD)/bench/store_bench.d

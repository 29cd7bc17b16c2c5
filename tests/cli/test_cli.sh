#!/bin/sh
# Command-line behaviour: every input form, options, exit statuses, and
# bad input reported as FILE:LINE with the good records still coded.
. tests/cli/lib.sh

# --- help, version, usage errors ----------------------------------------
"$HERALD" --help > "$T/out" 2>&1; check help-exit status_is $? 0
check help-lists-code has "$T/out" "code"
for cmd in code segment; do
    "$HERALD" $cmd --help > "$T/out" 2>&1; check "help-$cmd" status_is $? 0
    check "help-$cmd-usage" has "$T/out" "Usage: herald $cmd"
done
"$HERALD" --version > "$T/out"; check version has "$T/out" "^herald [0-9]"
"$HERALD" frobnicate > /dev/null 2> "$T/err"; check unknown-command status_is $? 2
check unknown-command-message has "$T/err" "unknown command 'frobnicate'"
"$HERALD" code --bogus > /dev/null 2> "$T/err"; check unknown-option status_is $? 2
"$HERALD" code --format xml examples/sample.jsonl > /dev/null 2> "$T/err"
check bad-format status_is $? 2
check bad-format-message has "$T/err" "unknown format 'xml'"
"$HERALD" code -j 0 examples/sample.jsonl > /dev/null 2>&1; check bad-jobs status_is $? 2
"$HERALD" code --date 2019-02-30 examples/sample.jsonl > /dev/null 2>&1
check bad-date status_is $? 2

# --- every input form runs end to end -----------------------------------
"$HERALD" segment --text examples/sample.jsonl > "$T/want" 2> "$T/err"
check segment-sample status_is $? 0
check segment-dateline has "$T/want" "^\[dateline\] GENEVA, March 4 (Herald) -$"
check segment-credit has "$T/want" "^\[credit\] (Reporting by Herald staff"
gzip -c examples/sample.jsonl > "$T/s.jsonl.gz"
zstd -q -c examples/sample.jsonl > "$T/s.jsonl.zst"
for f in "$T/s.jsonl.gz" "$T/s.jsonl.zst"; do
    "$HERALD" segment --text "$f" > "$T/got"; check "compressed-$(basename "$f")" cmp -s "$T/got" "$T/want"
done
"$HERALD" segment --text - < examples/sample.jsonl > "$T/got"; check stdin-dash cmp -s "$T/got" "$T/want"
"$HERALD" segment --text < examples/sample.jsonl > "$T/got"; check stdin-default cmp -s "$T/got" "$T/want"
mkdir -p "$T/dir/sub"
printf 'Kyiv said talks failed. Moscow denied it.\n' > "$T/dir/sub/b.txt"
printf 'Ankara urged restraint.\n' > "$T/dir/a.txt"
"$HERALD" segment "$T/dir" --date 2020-05-06 > "$T/got"; check directory status_is $? 0
check directory-order sh -c "head -1 '$T/got' | grep -q 'dir/a.txt'"
check directory-count sh -c "[ \$(wc -l < '$T/got') -eq 3 ]"
"$HERALD" code examples/sample.jsonl > "$T/got" 2> "$T/err"; check code-runs status_is $? 0
"$HERALD" code --format csv examples/ -o "$T/out.csv"; check code-output-file status_is $? 0
check csv-header has "$T/out.csv" "^id,doc_id,sentence,date"

# --- -j N is byte-identical to -j 1 -------------------------------------
big="$T/many.jsonl"
if [ -r ../shared/corpora/tempeval3_news.jsonl ]; then
    head -n 1500 ../shared/corpora/tempeval3_news.jsonl > "$big"
else
    for i in $(seq 1 300); do cat examples/sample.jsonl; done > "$big"
fi
"$HERALD" segment -j 1 "$big" > "$T/j1"
"$HERALD" segment -j 4 "$big" > "$T/j4"
"$HERALD" segment -j3 --text "$big" > "$T/j3t"
"$HERALD" segment --text "$big" > "$T/j1t"
check jobs-identical cmp -s "$T/j1" "$T/j4"
check jobs-identical-text cmp -s "$T/j1t" "$T/j3t"
check jobs-nonempty test -s "$T/j1"

# --- progress line -------------------------------------------------------
"$HERALD" segment --progress "$big" > /dev/null 2> "$T/err"
check progress-on has "$T/err" "articles, .* sentences, .* MB/s"
"$HERALD" segment --no-progress "$big" > /dev/null 2> "$T/err"
check progress-off sh -c "! test -s '$T/err'"

# --- bad input -----------------------------------------------------------
printf '{"id":"one","text":"First article."}\n{"id":"two","text":"broken\n{"id":"three","text":"Third article."}\n' > "$T/bad.jsonl"
"$HERALD" segment --text "$T/bad.jsonl" > "$T/got" 2> "$T/err"
check malformed-json-status status_is $? 1
check malformed-json-location has "$T/err" "bad.jsonl:2: error: invalid JSON"
check malformed-json-keeps-rest sh -c "grep -q 'First article.' '$T/got' && grep -q 'Third article.' '$T/got'"
printf '{"text":"Caf\351 au lait."}\n' > "$T/latin1.jsonl"
"$HERALD" segment --text "$T/latin1.jsonl" > "$T/got" 2> "$T/err"
check invalid-utf8-status status_is $? 0
check invalid-utf8-warning has "$T/err" "latin1.jsonl:1: warning: invalid UTF-8 repaired"
check invalid-utf8-repaired has "$T/got" "Caf� au lait."
: > "$T/empty.jsonl"
"$HERALD" code "$T/empty.jsonl" > /dev/null 2> "$T/err"
check empty-file-message has "$T/err" "empty.jsonl: warning: empty input"
head -c 4096 "$HERALD" > "$T/binary.txt"
"$HERALD" code "$T/binary.txt" > /dev/null 2> "$T/err"; check binary-status status_is $? 1
check binary-message has "$T/err" "binary.txt: error: binary data"
head -c 300 "$T/s.jsonl.gz" > "$T/cut.jsonl.gz"
"$HERALD" segment --text "$T/cut.jsonl.gz" > "$T/got" 2> "$T/err"; check truncated-gz-status status_is $? 1
check truncated-gz-message has "$T/err" "truncated gzip stream"
"$HERALD" code "$T/missing.jsonl" > /dev/null 2> "$T/err"; check missing-file-status status_is $? 1
check missing-file-message has "$T/err" "missing.jsonl: error: cannot open"

# A 200 MB single line: refused with a message, in bounded memory, and the
# article after it is still read.  The memory cap does not apply under
# the sanitizers, which reserve large shadow maps.
huge_line() {
    printf '{"id":"huge","text":"'
    head -c 200000000 /dev/zero | tr '\0' 'a'
    printf '"}\n{"id":"after","text":"After the huge line."}\n'
}
if [ -z "$HERALD_SANITIZED" ]; then
    huge_line | (ulimit -v 300000; "$HERALD" segment --text -) > "$T/got" 2> "$T/err"
else
    huge_line | "$HERALD" segment --text - > "$T/got" 2> "$T/err"
fi
check huge-line-status status_is $? 1
check huge-line-message has "$T/err" "<stdin>:1: error: line longer than the limit"
check huge-line-keeps-rest has "$T/got" "After the huge line."
printf '{"text":"Small enough. But not for this limit."}\n' > "$T/limit.jsonl"
"$HERALD" segment --max-article-size 10 "$T/limit.jsonl" > /dev/null 2> "$T/err"
check max-article-size has "$T/err" "exceeds the limit of 10"

# --- make install: binary, library, header, pkg-config file, man page -----
# (Not under the sanitizers: their library needs their runtime to link.)
if [ -n "$HERALD_SANITIZED" ]; then
    echo "SKIP cli/install: the sanitizer build is not installed"
elif make -s install PREFIX="$T/inst" BUILD="$(dirname "$HERALD")" > "$T/install.log" 2>&1; then
    check install-files sh -c "test -x '$T/inst/bin/herald' && test -f '$T/inst/lib/libherald.so' \
        && test -f '$T/inst/include/herald.h' && test -f '$T/inst/share/man/man1/herald.1'"
    printf '#include <herald.h>\n#include <stdio.h>\nint main(void){puts(herald_strerror(HERALD_ETRUNC));return 0;}\n' > "$T/use.c"
    PKG_CONFIG_PATH="$T/inst/lib/pkgconfig" cc "$T/use.c" -o "$T/use" \
        $(PKG_CONFIG_PATH="$T/inst/lib/pkgconfig" pkg-config --cflags --libs herald) 2> "$T/err"
    LD_LIBRARY_PATH="$T/inst/lib" "$T/use" > "$T/out" 2>&1
    check install-pkg-config has "$T/out" "truncated compressed stream"
else
    fail install "make install failed: $(tail -3 "$T/install.log")"
fi

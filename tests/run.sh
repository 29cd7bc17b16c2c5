#!/bin/sh
# Runs every test suite and ends with "N passed, N failed[, N skipped]".
# Each suite prints "PASS name", "FAIL name: why" or "SKIP name: why".
HERALD=${HERALD:-build/herald}
TEST_BIN=${TEST_BIN:-build/herald-tests}
export HERALD
TMPDIR=$(mktemp -d "${TMPDIR:-/tmp}/herald-tests.XXXXXX")
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT INT TERM
log="$TMPDIR/results.log"

"$TEST_BIN" > "$log" 2>&1
unit_status=$?
if sh tools/check-banned.sh > "$TMPDIR/banned" 2>&1; then
    echo "PASS style/banned-functions" >> "$log"
else
    { echo "FAIL style/banned-functions"; cat "$TMPDIR/banned"; } >> "$log"
fi
if sh tools/verb-coverage.sh > "$TMPDIR/coverage" 2>&1; then
    echo "PASS data/verb-coverage: $(tail -1 "$TMPDIR/coverage")" >> "$log"
else
    { echo "FAIL data/verb-coverage"; cat "$TMPDIR/coverage"; } >> "$log"
fi
for suite in tests/cli/test_*.sh; do
    sh "$suite" >> "$log" 2>&1
done

# Show what did not pass, with the lines that explain it.
grep -v '^PASS ' "$log"
passed=$(grep -c '^PASS ' "$log")
failed=$(grep -c '^FAIL ' "$log")
skipped=$(grep -c '^SKIP ' "$log")
if [ "$unit_status" -ne 0 ] && [ "$failed" -eq 0 ]; then
    echo "FAIL unit test driver exited with status $unit_status"
    failed=1
fi
if [ "$skipped" -gt 0 ]; then
    echo "$passed passed, $failed failed, $skipped skipped"
else
    echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]

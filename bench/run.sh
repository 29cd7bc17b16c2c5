#!/bin/sh
# make bench: segmentation figures on the shared news corpora.
BENCH=${1:-build/herald-bench}
CORPORA=${HERALD_CORPORA:-../shared/corpora}
DICTS=${HERALD_PETRARCH_DICTS:-../shared/dictionaries/petrarch2}
found=0
for f in "$CORPORA/tempeval3_news.jsonl" "$CORPORA/reuters21578.jsonl"; do
    if [ -r "$f" ]; then
        # Dictionary loading is measured once, with the first corpus.
        if [ "$found" -eq 0 ] && [ -d "$DICTS" ]; then
            "$BENCH" "$f" 5 "$DICTS" || exit 1
        else
            "$BENCH" "$f" 5 || exit 1
        fi
        found=1
    fi
done
[ "$found" -eq 1 ] || echo "bench: skipped, no corpora in $CORPORA (set HERALD_CORPORA)"

# Whole-program coding with the production PETRARCH-2 dictionaries, on one
# and on two threads (the output is the same bytes; the ratio is the gain).
HERALD=${HERALD:-build/herald}
F="$CORPORA/tempeval3_news.jsonl"
if [ -x "$HERALD" ] && [ -r "$F" ] && [ -d "$DICTS" ]; then
    set -- --no-builtin --actors "$DICTS/Phoenix.Countries.actors.txt" \
        --actors "$DICTS/Phoenix.International.actors.txt" \
        --actors "$DICTS/Phoenix.MilNonState.actors.txt" --agents "$DICTS/Phoenix.agents.txt" \
        --verbs "$DICTS/CAMEO.2.0.txt" --no-progress
    t0=$(date +%s.%N); "$HERALD" code "$@" -j 1 "$F" > /dev/null 2>&1; t1=$(date +%s.%N)
    "$HERALD" code "$@" -j 2 "$F" > /dev/null 2>&1; t2=$(date +%s.%N)
    awk -v a="$t0" -v b="$t1" -v c="$t2" 'BEGIN {
        printf "herald code (Phoenix + CAMEO.2.0, whole program): -j 1 %.2f s, -j 2 %.2f s, speed-up %.2fx\n",
               b - a, c - b, (b - a) / (c - b) }'
fi

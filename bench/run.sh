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

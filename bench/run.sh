#!/bin/sh
# make bench: segmentation figures on the shared news corpora.
BENCH=${1:-build/herald-bench}
CORPORA=${HERALD_CORPORA:-../shared/corpora}
found=0
for f in "$CORPORA/tempeval3_news.jsonl" "$CORPORA/reuters21578.jsonl"; do
    if [ -r "$f" ]; then
        "$BENCH" "$f" 5 || exit 1
        found=1
    fi
done
[ "$found" -eq 1 ] || echo "bench: skipped, no corpora in $CORPORA (set HERALD_CORPORA)"

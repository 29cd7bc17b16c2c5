#!/bin/sh
# production-sample.sh - Herald with the PETRARCH-2 production
# dictionaries (CAMEO.2.0 + Phoenix) on a news corpus: events per 100
# sentences, the distribution over CAMEO roots, and a fixed random
# sample of events (sentence and record, one per paragraph) to judge by
# hand.  Usage: tools/production-sample.sh [CORPUS.jsonl [N [SEED]]]
set -eu
HERALD=${HERALD:-build/herald}
DICTS=${HERALD_PETRARCH_DICTS:-../shared/dictionaries/petrarch2}
CORPUS=${1:-../shared/corpora/tempeval3_news.jsonl}
N=${2:-100}
SEED=${3:-2026}
for f in "$HERALD" "$CORPUS" "$DICTS/CAMEO.2.0.txt"; do
    [ -e "$f" ] || { echo "production-sample: $f not found" >&2; exit 1; }
done
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$HERALD" code --no-builtin --no-progress --verbs "$DICTS/CAMEO.2.0.txt" \
    --actors "$DICTS/Phoenix.Countries.actors.txt" \
    --actors "$DICTS/Phoenix.International.actors.txt" \
    --actors "$DICTS/Phoenix.MilNonState.actors.txt" \
    --agents "$DICTS/Phoenix.agents.txt" "$CORPUS" > "$out" 2> /dev/null
sentences=$("$HERALD" segment "$CORPUS" 2> /dev/null | grep -c '"kind":"sentence"')
python3 - "$out" "$sentences" "$N" "$SEED" <<'PY'
import collections, json, random, sys
path, sentences, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
events = [json.loads(line) for line in open(path, encoding="utf-8")]
print(f"{len(events)} events in {sentences} sentences: {100 * len(events) / sentences:.1f} per 100 sentences")
roots = collections.Counter(e["root"] for e in events)
print("root  events  share")
for root in sorted(roots):
    print(f"{root:>4}  {roots[root]:6d}  {100 * roots[root] / len(events):5.1f}%")
print(f"\nsample of {n} events (seed {seed}):")
for e in random.Random(seed).sample(events, min(n, len(events))):
    print(f"\n{e['id']}  {e['source']} {e['code']} {e['target']}")
    print("   ", e["evidence"]["sentence"])
PY

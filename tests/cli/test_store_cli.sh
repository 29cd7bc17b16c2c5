#!/bin/sh
# The event store on the command line: ingest, rerun, query, export,
# stats; a killed ingest resumed; readers during an ingest; bad --db.
. tests/cli/lib.sh

DB="$T/news.db"
summary() { "$HERALD" stats --db "$1" --summary; }

"$HERALD" ingest --help > "$T/out"; check ingest-help has "$T/out" "Usage: herald ingest"
"$HERALD" ingest examples/sample.jsonl > /dev/null 2>&1; check ingest-needs-db status_is $? 2
"$HERALD" ingest --db "$DB" examples/sample.jsonl 2> "$T/err"; check ingest-status status_is $? 0
check ingest-report has "$T/err" "2 articles added, 0 replaced, 0 unchanged"
summary "$DB" > "$T/first"
"$HERALD" ingest --db "$DB" examples/sample.jsonl 2> "$T/err"
check rerun-unchanged has "$T/err" "0 articles added, 0 replaced, 2 unchanged"
summary "$DB" > "$T/second"
check rerun-same-counts cmp -s "$T/first" "$T/second"

# Query: a table on a terminal is not testable here; the formats are.
"$HERALD" query --db "$DB" --dyad IND,PAK --code 11 --format jsonl > "$T/q"
check query-dyad sh -c "[ \$(wc -l < '$T/q') -eq 2 ] && grep -q '\"code\":\"1123\"' '$T/q'"
check query-counts has "$T/q" '"num_mentions":1,"num_sources":1,"num_articles":1'
"$HERALD" query --db "$DB" --format table --limit 2 > "$T/q"
check query-table sh -c "head -1 '$T/q' | grep -q '^DATE  *SOURCE  *TARGET' && grep -q '(2 events)' '$T/q'"
"$HERALD" query --db "$DB" --text '"exercise restraint"' --format csv > "$T/q"
check query-text-csv sh -c "[ \$(wc -l < '$T/q') -eq 5 ] && head -1 '$T/q' | grep -q '^id,doc_id'"
"$HERALD" query --db "$DB" --actor "x' OR 1=1; DROP TABLE events; --" --format jsonl > "$T/q"
check query-hostile-empty sh -c "[ ! -s '$T/q' ]"
summary "$DB" > "$T/third"
check query-hostile-harmless cmp -s "$T/first" "$T/third"
"$HERALD" query --db "$DB" --text 'India AND' > /dev/null 2> "$T/err"
check query-bad-text sh -c "[ $? -eq 1 ] && grep -q -- '--text' '$T/err'"
"$HERALD" query --db "$DB" --since 2019-02-30 > /dev/null 2>&1; check query-bad-date status_is $? 2

# Export and stats.
"$HERALD" export --db "$DB" > /dev/null 2>&1; check export-needs-format status_is $? 2
"$HERALD" export --db "$DB" --format gdelt -o "$T/g.tsv"; check export-status status_is $? 0
check export-gdelt-columns sh -c "awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }' '$T/g.tsv'"
"$HERALD" export --db "$DB" --format plover > "$T/p"
check export-plover has "$T/p" '"event_type":"ASSAULT"'
"$HERALD" stats --db "$DB" --by month > "$T/s"
check stats-series has "$T/s" '"period":"2019-03","events":6'
"$HERALD" stats --db "$DB" --table dyads --format csv --top 1 > "$T/s"
check stats-dyads-csv sh -c "[ \$(wc -l < '$T/s') -eq 2 ] && head -1 '$T/s' | grep -q escalation"
"$HERALD" stats --db "$DB" --format csv > /dev/null 2>&1; check stats-csv-needs-table status_is $? 2
"$HERALD" stats --db "$DB" --check > "$T/s"; check stats-check has "$T/s" "ok"

# Records written by `herald code` give the same store as direct ingest.
"$HERALD" code examples/sample.jsonl > "$T/records.jsonl"
"$HERALD" ingest --db "$T/from-records.db" --events "$T/records.jsonl" 2> /dev/null
summary "$T/from-records.db" > "$T/rec"
check ingest-events-same sh -c "sed 's/\"first_date.*//' '$T/rec' | cmp -s - \"\$(sed 's/\"first_date.*//' '$T/first' > '$T/f2'; echo '$T/f2')\""

# Bad databases: a text file is refused and left as it was; so is a
# place nobody can write.
printf 'my notes\n' > "$T/notes.db"; cp "$T/notes.db" "$T/notes.orig"
"$HERALD" query --db "$T/notes.db" > /dev/null 2> "$T/err"; check notdb-status status_is $? 1
check notdb-message has "$T/err" "not an SQLite database"
check notdb-untouched cmp -s "$T/notes.db" "$T/notes.orig"
"$HERALD" ingest --db /proc/herald-test.db examples/sample.jsonl > /dev/null 2> "$T/err"
check readonly-place-status status_is $? 1
check readonly-place-message has "$T/err" "/proc/herald-test.db"
"$HERALD" query --db "$T/missing.db" > /dev/null 2> "$T/err"
check missing-db has "$T/err" "no such database"

# A bigger input: the sample articles many times under new ids.
awk '{ for (i = 1; i <= 4000; i++) { line = $0; sub(/"id": *"[^"]*"/, "&", line);
        sub(/"id": *"/, "\"id\": \"n" i "-", line); print line } }' examples/sample.jsonl > "$T/many.jsonl"

# Killed mid-way (kill -9 once the first batches are committed), then
# rerun: the result equals an ingest that was never interrupted.
"$HERALD" ingest --db "$T/clean.db" "$T/many.jsonl" 2> /dev/null
summary "$T/clean.db" > "$T/clean"
"$HERALD" ingest --db "$T/killed.db" --batch 20 "$T/many.jsonl" 2> /dev/null &
pid=$!
tries=0
while [ $tries -lt 400 ]; do
    n=$(summary "$T/killed.db" 2> /dev/null | sed -n 's/.*"articles":\([0-9]*\).*/\1/p')
    [ -n "$n" ] && [ "$n" -gt 0 ] && break
    tries=$((tries + 1)); sleep 0.01
done
kill -9 $pid 2> /dev/null; { wait $pid; } 2> /dev/null; killed_status=$?
check kill-really-killed status_is $killed_status 137
summary "$T/killed.db" > "$T/partial"
check kill-partial sh -c "! cmp -s '$T/partial' '$T/clean'"
"$HERALD" stats --db "$T/killed.db" --check > /dev/null 2> "$T/err"; check kill-consistent status_is $? 0
"$HERALD" ingest --db "$T/killed.db" --batch 20 "$T/many.jsonl" 2> /dev/null
check kill-resumed-status status_is $? 0
summary "$T/killed.db" > "$T/resumed"
check kill-resumed-complete cmp -s "$T/resumed" "$T/clean"

# A Herald database cut in half (a broken copy): clear errors, no crash,
# the file left as it was.
size=$(wc -c < "$T/clean.db")
head -c $((size / 2)) "$T/clean.db" > "$T/half.db"; cp "$T/half.db" "$T/half.orig"
"$HERALD" stats --db "$T/half.db" --check > /dev/null 2> "$T/err"; check corrupt-check status_is $? 1
check corrupt-message has "$T/err" "malformed"
"$HERALD" query --db "$T/half.db" --format jsonl > /dev/null 2>&1; check corrupt-query status_is $? 1
check corrupt-untouched cmp -s "$T/half.db" "$T/half.orig"

# Readers during an ingest (WAL): once the first batch is in, every
# query succeeds.  (Before it, a reader is told the database is empty.)
"$HERALD" ingest --db "$T/busy.db" --batch 50 "$T/many.jsonl" 2> /dev/null &
pid=$!
bad=0; reads=0; started=0
while kill -0 $pid 2> /dev/null && [ $reads -lt 200 ]; do
    [ $started -eq 1 ] || { summary "$T/busy.db" > /dev/null 2>&1 && started=1; }
    if [ $started -eq 1 ]; then
        "$HERALD" query --db "$T/busy.db" --actor IND --limit 3 --format jsonl > /dev/null 2>> "$T/busy.err" || bad=$((bad + 1))
        "$HERALD" stats --db "$T/busy.db" --summary > /dev/null 2>> "$T/busy.err" || bad=$((bad + 1))
        reads=$((reads + 1))
    fi
done
wait $pid; writer=$?
[ -s "$T/busy.err" ] && sed 1q "$T/busy.err"
check readers-during-ingest sh -c "[ $bad -eq 0 ] && [ $reads -gt 0 ] && [ $writer -eq 0 ]"

# Option errors of the store commands.
"$HERALD" query --db "$DB" --mentions=yes > /dev/null 2>&1; check flag-takes-no-value status_is $? 2
"$HERALD" stats --db "$DB" --by > /dev/null 2>&1; check option-needs-value status_is $? 2
"$HERALD" stats --db "$DB" --summary > "$T/s"; check stats-summary-flag has "$T/s" '"articles":2'

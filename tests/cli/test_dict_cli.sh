#!/bin/sh
# herald actors and herald dict check on the command line.
. tests/cli/lib.sh

"$HERALD" actors --help > "$T/out"; check actors-help has "$T/out" "Usage: herald actors"
"$HERALD" dict check --help > "$T/out"; check dict-help has "$T/out" "Usage: herald dict check"
"$HERALD" segment --actors x.txt examples/sample.jsonl > /dev/null 2>&1
check segment-takes-no-dictionaries status_is $? 2

# Built-in dictionaries: one line per mention, with offsets into the text.
"$HERALD" actors examples/sample.jsonl > "$T/m" 2> "$T/err"; check actors-status status_is $? 0
check actors-country has "$T/m" '"text":"China","code":"CHN"'
check actors-fields has "$T/m" '"doc_id":"sample-1","sentence":1,'

# A user dictionary overrides a built-in entry; --no-builtin leaves only it.
printf '%%herald actors\nChina => CHNGOV  # the government, for this test\n' > "$T/mine.txt"
"$HERALD" actors --actors "$T/mine.txt" examples/sample.jsonl > "$T/m"
check user-overrides has "$T/m" '"text":"China","code":"CHNGOV"'
check user-how has "$T/m" "mine.txt:2 (the government, for this test)"
"$HERALD" actors --no-builtin --actors "$T/mine.txt" examples/sample.jsonl > "$T/m"
check no-builtin sh -c "[ \$(wc -l < '$T/m') -eq 1 ]"

# dict check: warnings exit 0, an unusable file exits 1.
printf 'ANKARA [TURGOV]\nBAD_DATE\n\t[TURGOV 2004017-20061201]\n\t[TUR]\nUNCLOSED [X\n' > "$T/p.txt"
"$HERALD" dict check "$T/p.txt" > "$T/out" 2> "$T/err"; check dict-warnings-status status_is $? 0
check dict-warning-line has "$T/err" "p.txt:3: warning: bad date"
check dict-warning-bracket has "$T/err" "p.txt:5: warning: unterminated"
check dict-summary has "$T/out" "p.txt: actors dictionary, 2 phrases, 2 warnings"
printf '%%herald verbs\nurge => 020\n  - * acc!ess => 0255\n' > "$T/v.txt"
"$HERALD" dict check "$T/v.txt" > "$T/out" 2> "$T/err"
check dict-exact-marker-line has "$T/err" "v.txt:3: warning: bad exact marker in \"acc!ess\""
head -c 2000 "$HERALD" > "$T/junk.txt"
"$HERALD" dict check "$T/junk.txt" > /dev/null 2> "$T/err"; check dict-binary-status status_is $? 1
check dict-binary-message has "$T/err" "junk.txt: error: binary data"
"$HERALD" actors --actors "$T/junk.txt" examples/sample.jsonl > /dev/null 2> "$T/err"
check actors-bad-dictionary status_is $? 1

# The PETRARCH-2 dictionaries users own all load (when ../shared is here).
D=../shared/dictionaries/petrarch2
if [ -d "$D" ]; then
    "$HERALD" dict check $D/Phoenix.Countries.actors.txt $D/Phoenix.International.actors.txt \
        $D/Phoenix.MilNonState.actors.txt $D/Phoenix.agents.txt $D/Phoenix.discards.txt \
        $D/Phoenix.IssueCoding.txt $D/PETR.Validate.actors.txt $D/PETR.Validate.agents.txt \
        $D/PETR.Validate.discards.txt $D/CAMEO.2.0.txt $D/CAMEO.2.0_unsorted.txt $D/newdict.txt \
        $D/CAMEO.verbpatterns.150430.txt $D/PETR.Validate.verbs.txt > "$T/out" 2> "$T/err"
    check petrarch-dictionaries-load status_is $? 0
    check petrarch-countries has "$T/out" "Phoenix.Countries.actors.txt: actors dictionary, 2[0-9][0-9][0-9][0-9] phrases"
    check petrarch-malformed-reported has "$T/err" "Phoenix.Countries.actors.txt:2039: warning: bad date"
    check petrarch-verbs has "$T/out" "CAMEO.2.0.txt: verbs dictionary, 7[0-9][0-9][0-9] phrases"
    check petrarch-tabari-verbs has "$T/out" "CAMEO.verbpatterns.150430.txt: verbs dictionary"
else
    echo "SKIP cli/petrarch-dictionaries-load: ../shared is absent"
fi

# herald explain: a readable trace, with the dictionary options.
"$HERALD" explain --date 2019-10-22 "Russian President Vladimir Putin met Turkish troops. He said both sides agreed." > "$T/out" 2>&1
check explain-status status_is $? 0
check explain-person has "$T/out" "Russian President Vladimir Putin *RUSGOV *person"
check explain-reference has "$T/out" "He *RUSGOV *reference"
"$HERALD" explain --no-builtin --actors "$T/mine.txt" "China spoke." > "$T/out" 2>&1
check explain-user-dictionary has "$T/out" "China *CHNGOV"
"$HERALD" explain > /dev/null 2>&1; check explain-needs-text status_is $? 2

# herald eval on PETRARCH-2's unit suite: the table, and a floor under the
# share of cases passed that may only rise (raise it as the coder improves).
EVAL_FLOOR=74
if [ -r ../shared/eval/petrarch2_unit_dev.jsonl ]; then
    "$HERALD" eval ../shared/eval/petrarch2_unit_dev.jsonl > "$T/eval" 2> "$T/err"
    check eval-status status_is $? 0
    check eval-table has "$T/eval" "^TOTAL "
    share=$(awk '$1 == "TOTAL" { sub("%", "", $4); print int($4) }' "$T/eval")
    check eval-floor test "${share:-0}" -ge "$EVAL_FLOOR"
    echo "  petrarch2 unit suite: ${share}% of cases pass (floor ${EVAL_FLOOR}%)"
else
    echo "SKIP cli/eval: ../shared is absent"
fi
"$HERALD" eval > /dev/null 2>&1; check eval-needs-gold status_is $? 2

# The verbs example of docs/DICTIONARIES.md, taken from the page itself:
# it overrides a built-in verb and adds one.
awk '/^### Adding or overriding a verb/ { on = 1 } on && /^```/ { if (inblock) exit; inblock = 1; next }
     inblock { print }' docs/DICTIONARIES.md > "$T/doc-verbs.txt"
"$HERALD" dict check "$T/doc-verbs.txt" > "$T/out" 2>&1
check doc-verbs-check has "$T/out" "0 warnings"
"$HERALD" explain --verbs "$T/doc-verbs.txt" "Turkey hectored Syria over human rights. China urged India to exercise restraint." > "$T/out" 2>&1
check doc-verbs-added has "$T/out" "TUR -> SYR  1122"
check doc-verbs-override has "$T/out" "CHN -> IND  100 "
"$HERALD" explain "China urged India to exercise restraint." > "$T/out" 2>&1
check doc-verbs-builtin has "$T/out" "CHN -> IND  0256"

# Herald's own gold set, coded with the built-ins: the exact event F1 may
# not fall more than 0.02 below tests/gold/BASELINE.
GOLD=tests/gold/real_news.jsonl
"$HERALD" eval "$GOLD" > "$T/gold" 2> "$T/err"
check gold-eval-status status_is $? 0
f1=$(awk '$1 == "TOTAL" { print $7 }' "$T/gold")
baseline=$(cat tests/gold/BASELINE)
check gold-f1-baseline awk -v f="${f1:-0}" -v b="$baseline" 'BEGIN { exit !(f >= b - 0.02) }'
echo "  real_news gold: event F1 ${f1:-?} (baseline $baseline)"
# The "events:" line gives the counts behind the total: its F1, computed
# again here from them, must agree with its own four places and with the
# rounded TOTAL figure.
counts=$(awk '$1 == "events:" { print $2, $4, $6; exit }' "$T/gold")
f4=$(awk '$1 == "events:" { for (i = 1; i < NF; i++) if ($i == "F1") { v = $(i + 1); sub(/;$/, "", v); print v; exit } }' "$T/gold")
check gold-counts-f1 awk -v c="$counts" -v f4="${f4:-x}" -v f="${f1:-x}" 'BEGIN {
    split(c, n, " "); want = n[1]; coded = n[2]; right = n[3]
    if (want + coded == 0) exit 1
    f1 = 2 * right / (want + coded)
    exit !(sprintf("%.4f", f1) == f4 && sprintf("%.2f", f1) == f) }'

# explain shows the events, the pattern that coded them, and dropped verbs.
printf -- '--- ATTACK [190] ---\nATTACK\n- * WITH ROCKETS [195]\n--- CONDEMN [111] ---\nCONDEMN\n' > "$T/verbs.txt"
"$HERALD" explain --verbs "$T/verbs.txt" "Turkey attacked Syria with rockets. Russia condemned it. Iran could attack Israel." > "$T/out" 2>&1
check explain-event has "$T/out" "TUR -> SYR  195"
check explain-pattern has "$T/out" "verbs.txt:3"
check explain-dropped-side has "$T/out" 'dropped: "condemned": no target'
check explain-dropped-modal has "$T/out" 'dropped: "attack": hypothetical'

# Event dates: the sentence's own date, and --since-days for background.
printf '%%herald actors\nTurkey => TUR\nSyria => SYR\n' > "$T/ts.txt"
echo '{"id":"x","date":"2020-01-02","text":"Turkey attacked Syria in 2008. Turkey attacked Syria on Monday."}' > "$T/d.jsonl"
"$HERALD" code --no-builtin --actors "$T/ts.txt" --verbs "$T/verbs.txt" "$T/d.jsonl" > "$T/out"
check event-date-year has "$T/out" '"date":"2008-01-01","date_precision":"year","date_basis":"explicit"'
check event-date-weekday has "$T/out" '"date":"2019-12-30","date_precision":"day","date_basis":"relative"'
"$HERALD" code --no-builtin --actors "$T/ts.txt" --verbs "$T/verbs.txt" --since-days 365 "$T/d.jsonl" > "$T/out"
check since-days sh -c "[ \$(wc -l < '$T/out') -eq 1 ] && grep -q 2019-12-30 '$T/out'"

# eval with the command line's dictionaries for cases that name none.
printf '%%herald actors\nArnor => ARN\nGondor => GON\n' > "$T/ev-actors.txt"
printf -- '--- ATTACK [190] ---\nATTACK {ATTACKS ATTACKED}\n' > "$T/ev-verbs.txt"
printf '{"id":"X-1","date":"20200101","text":"Arnor attacked Gondor.","expected":[{"source":"ARN","target":"GON","code":"190"}],"expect":"events","category":"own"}\n' > "$T/ev-gold.jsonl"
"$HERALD" eval --no-builtin --actors "$T/ev-actors.txt" --verbs "$T/ev-verbs.txt" "$T/ev-gold.jsonl" > "$T/out"
check eval-own-dictionaries has "$T/out" "TOTAL            1      1  100.0%"
"$HERALD" eval --no-builtin "$T/ev-gold.jsonl" > "$T/out"
check eval-no-builtin-alone has "$T/out" "TOTAL            1      0    0.0%"

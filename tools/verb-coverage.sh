#!/bin/sh
# Reports how many patterns of Herald's verb dictionary (data/verbs) give
# each CAMEO code of data/cameo/events.tsv, and lists the codes that no
# pattern gives.  Exit status 1 when some code is uncovered.
#   tools/verb-coverage.sh          summary and uncovered codes
#   tools/verb-coverage.sh -v       one line per code
verbose=${1:-}
awk -v verbose="$verbose" '
    FNR == 1 { file++ }
    file == 1 {                                  # events.tsv: the codes
        if ($0 ~ /^#/ || $1 == "code" || NF < 3) next
        split($0, f, "\t"); codes[f[1]] = f[3]; order[++n] = f[1]; next
    }
    /=>/ {                                       # a block or a pattern line
        line = $0; sub(/#.*/, "", line)
        rhs = line; sub(/.*=>[ \t]*/, "", rhs); gsub(/[ \t]/, "", rhs)
        m = split(rhs, parts, ":")
        for (i = 1; i <= m; i++) if (parts[i] != "" && parts[i] != "---") used[parts[i]]++
        patterns++
    }
    END {
        missing = 0
        for (i = 1; i <= n; i++) {
            c = order[i]
            if (verbose == "-v") printf "%-5s %5d  %s\n", c, used[c], codes[c]
            if (!used[c]) { printf "uncovered: %s %s\n", c, codes[c]; missing++ }
        }
        printf "%d patterns and blocks; %d of %d CAMEO codes covered, %d uncovered\n",
               patterns, n - missing, n, missing
        exit missing > 0
    }' data/cameo/events.tsv data/verbs/*.txt

# The tagger's lexicon compiler (tools/mktaglex.c, run by make): a missing
# or malformed resource stops it with FILE:LINE; its output is
# deterministic.
. tests/cli/lib.sh
MKTAGLEX=$(dirname "$HERALD")/tools/mktaglex
WORDNET=${WORDNET:-/usr/share/wordnet}
if [ ! -x "$MKTAGLEX" ] || [ ! -r "$WORDNET/index.noun" ]; then
    echo "SKIP cli/taglex: no $MKTAGLEX or no WordNet in $WORDNET"
    exit 0
fi

printf 'the DT:255\nfoo XX:3\n' > "$T/bad.tags"
"$MKTAGLEX" "$T/out.c" "$WORDNET" "$T/bad.tags" 2> "$T/err"
check taglex-bad-tag-status status_is $? 1
check taglex-bad-tag-message has "$T/err" "bad.tags:2: unknown Penn tag: XX"

printf 'the DT:255\nthe DT:1\n' > "$T/twice.tags"
"$MKTAGLEX" "$T/out.c" "$WORDNET" "$T/twice.tags" 2> "$T/err"
check taglex-twice has "$T/err" "twice.tags:2: word listed twice: the"

"$MKTAGLEX" "$T/out.c" "$T/no-such-dir" data/tagger/closed.tags 2> "$T/err"
check taglex-missing-status status_is $? 1
check taglex-missing-message has "$T/err" "no-such-dir/index.noun: cannot open"

mkdir "$T/wn"
printf 'attack n 9\n' > "$T/wn/index.noun"
"$MKTAGLEX" "$T/out.c" "$T/wn" data/tagger/closed.tags 2> "$T/err"
check taglex-malformed-wordnet has "$T/err" "wn/index.noun:1: malformed index line"

"$MKTAGLEX" "$T/a.c" "$WORDNET" data/tagger/closed.tags
check taglex-builds status_is $? 0
"$MKTAGLEX" "$T/b.c" "$WORDNET" data/tagger/closed.tags
check taglex-deterministic cmp -s "$T/a.c" "$T/b.c"

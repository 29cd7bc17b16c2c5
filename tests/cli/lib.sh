# Shared by the CLI test scripts: a scratch folder and the result lines
# ("PASS cli/NAME", "FAIL cli/NAME: why") that tests/run.sh counts.
HERALD=${HERALD:-build/herald}
T=$(mktemp -d "${TMPDIR:-/tmp}/herald-cli.XXXXXX")
trap 'rm -rf "$T"' EXIT

pass() { echo "PASS cli/$1"; }
fail() { echo "FAIL cli/$1: $2"; }
# check NAME CONDITION-COMMAND... : passes when the command succeeds
check() { name=$1; shift; if "$@"; then pass "$name"; else fail "$name" "$*"; fi; }
has() { grep -q -- "$2" "$1"; }
status_is() { [ "$1" -eq "$2" ]; }

#!/usr/bin/env bash
# Record linkage side by side with Splink, on the harness in ../shared/bench/linkage (issue 8).
#
#   Benchmarks/linkage.sh [persons ...]        default: 10000 100000
#
# For each size: generates the harness's data set (seed 20240601), runs
# `libertas link` and Splink 5's baseline (splink_baseline.py) on the same file one
# after the other, scores both with the harness's score.py, and prints a markdown
# table and each tool's score.py JSON. Wall time and peak RSS are /usr/bin/time's,
# for the whole process. Also runs the privacy-preserving mode (encode per agency,
# then match) on each size.
#
# Splink needs Python packages: set SPLINK_VENV to a venv that has
# splink==5.0.0 and duckdb==2.0.0 (it is created under $LINKAGE_DATA/.venv if absent).
# Set SKIP_SPLINK=1 to run Libertas alone. Data goes to $LINKAGE_DATA (default /tmp/libertas-linkage).
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
harness=${LINKAGE_HARNESS:-../shared/bench/linkage}
[ -f "$harness/generate.py" ] || { echo "skipped: the linkage harness is not at $harness" >&2; exit 0; }
data=${LINKAGE_DATA:-/tmp/libertas-linkage}
mkdir -p "$data/out"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000 100000)
build_release
venv=${SPLINK_VENV:-$data/.venv}
if [ -z "${SKIP_SPLINK:-}" ] && [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "splink==5.0.0" "duckdb==2.0.0"
fi
key="$data/key"
[ -f "$key" ] || head -c 32 /dev/urandom | base64 >"$key"

# timed LABEL COMMAND...: runs it under /usr/bin/time, keeping "seconds max-RSS-kB" in $data/out/LABEL.time.
timed() {
    local label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$data/out/$label.time" "$@"
}
score() { python3 "$harness/score.py" "$1" "$2"; }
field() { python3 -c "import json,sys; print(json.loads(sys.argv[1])[sys.argv[2]])" "$1" "$2"; }
line() {
    local tool=$1 persons=$2 scored=$3 time_file=$4
    printf '| %s | %s | %s | %s | %s | %s | %s | %.1f | %.0f |\n' "$tool" "$persons" \
        "$(field "$scored" pairwise_precision)" "$(field "$scored" pairwise_recall)" "$(field "$scored" pairwise_f1)" \
        "$(field "$scored" bcubed_f1)" "$(field "$scored" persons_exact_share)" \
        "$(cut -d' ' -f1 "$time_file")" "$(awk '{ print $2 / 1024 }' "$time_file")"
}

machine_line
results=()
for persons in "${sizes[@]}"; do
    input="$data/p$persons.csv"
    [ -f "$input" ] || python3 "$harness/generate.py" --persons "$persons" --out "$input" >/dev/null
    # The linkers must not see the ground truth.
    cut -d, -f1-9 "$input" >"$data/p$persons-blind.csv"

    timed "libertas-$persons" "$binary" link "$data/p$persons-blind.csv" --out "$data/out/libertas-$persons.csv" >"$data/out/libertas-$persons.json"
    results+=("$(line Libertas "$persons" "$(score "$input" "$data/out/libertas-$persons.csv")" "$data/out/libertas-$persons.time")")
    echo "Libertas $persons: $(score "$input" "$data/out/libertas-$persons.csv")"
    echo "Libertas $persons summary: $(cat "$data/out/libertas-$persons.json")"

    # Privacy-preserving: each agency encodes its own list; the centre matches the encodings.
    rm -f "$data/out/enc-$persons-"*.csv
    start=$(date +%s%N)
    for list in $(cut -d, -f2 "$data/p$persons-blind.csv" | tail -n +2 | sort -u); do
        awk -F, -v list="$list" 'NR == 1 || $2 == list' "$data/p$persons-blind.csv" >"$data/out/list-$persons-$list.csv"
        "$binary" link encode "$data/out/list-$persons-$list.csv" --key-file "$key" --out "$data/out/enc-$persons-$list.csv" 2>/dev/null
    done
    encoded=$(( ($(date +%s%N) - start) / 1000000000 ))
    timed "privacy-$persons" "$binary" link match "$data/out/enc-$persons-"*.csv --out "$data/out/privacy-$persons.csv" >"$data/out/privacy-$persons.json"
    results+=("$(line "Libertas, privacy-preserving (match only; encoding took ${encoded} s)" "$persons" "$(score "$input" "$data/out/privacy-$persons.csv")" "$data/out/privacy-$persons.time")")
    echo "Privacy $persons: $(score "$input" "$data/out/privacy-$persons.csv")"

    if [ -z "${SKIP_SPLINK:-}" ]; then
        (cd "$data" && timed "splink-$persons" "$venv/bin/python" "$OLDPWD/$harness/splink_baseline.py" "$input" --out "$data/out/splink-$persons.csv" --quiet --no-diagnostics \
            >"$data/out/splink-$persons.json")
        results+=("$(line "Splink 5.0.0" "$persons" "$(score "$input" "$data/out/splink-$persons.csv")" "$data/out/splink-$persons.time")")
        echo "Splink $persons: $(tail -n 1 "$data/out/splink-$persons.json")"
    fi
done
echo
echo "| Tool | Persons | Pairwise P | Pairwise R | Pairwise F1 | B³ F1 | Persons exact | Wall s | Peak RSS MB |"
echo "|---|---|---|---|---|---|---|---|---|"
printf '%s\n' "${results[@]}"

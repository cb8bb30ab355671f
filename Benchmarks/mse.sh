#!/usr/bin/env bash
# Multiple systems estimation (issue 7): `libertas estimate` end to end, process start included,
# on the UK 2013 data (6 lists, 2,744 cases) from ../shared/data/mse.
#
#   Benchmarks/mse.sh [runs]
#
# Measures, each as the median of `runs` runs (default 5), with peak memory:
#   - stepwise selection (SparseMSE 2.x default) + 1,000-replicate BCa bootstrap that re-selects the
#     model on every replicate: the goal is under 5 s;
#   - AIC over every main-effects-plus-two-list-terms model (2^15 = 32,768 for 6 lists);
#   - stepwise + wald-log, the default.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
runs=${1:-5}
data=../shared/data/mse
[ -f "$data/UKdat.csv" ] || { echo "skipped: $data/UKdat.csv is absent (the shared data folder is not here)"; exit 0; }
build_release
machine_line

measure() {
    local label=$1; shift
    local seconds=() memory=() output
    for _ in $(seq 1 "$runs"); do
        /usr/bin/time -f "%e %M" -o /tmp/libertas-mse-time "$binary" estimate "$@" --json >/tmp/libertas-mse-out
        seconds+=("$(cut -d' ' -f1 /tmp/libertas-mse-time)")
        memory+=("$(cut -d' ' -f2 /tmp/libertas-mse-time)")
    done
    output=$(cat /tmp/libertas-mse-out)
    printf '| %s | %s | %s MB | %s |\n' "$label" \
        "$(printf '%s\n' "${seconds[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.2f s (min %.2f, max %.2f)", a[int((NR + 1) / 2)], a[1], a[NR] }')" \
        "$(printf '%s\n' "${memory[@]}" | sort -n | tail -n 1 | awk '{ printf "%.0f", $1 / 1024 }')" \
        "$(python3 -c 'import json, sys; r = json.loads(sys.argv[1]); print("{:,.0f} ({:,.0f}–{:,.0f}), {} terms".format(r["estimate"], r["lower"], r["upper"], len(r["model"])))' "$output")"
}

echo "| UKdat, 6 lists | Median of $runs | Peak RSS | Result |"
echo "|---|---|---|---|"
measure "stepwise + 1,000-replicate BCa bootstrap (goal < 5 s)" "$data/UKdat.csv" --interval bootstrap --replicates 1000 --seed 1234
measure "AIC over all 32,768 two-list models + wald-log" "$data/UKdat.csv" --method aic
measure "stepwise + wald-log (default)" "$data/UKdat.csv"

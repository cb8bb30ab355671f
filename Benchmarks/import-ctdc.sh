#!/usr/bin/env bash
# Import throughput and peak memory: `libertas import ctdc` on N CTDC-like rows
# (default 100,000), drawn from the real CTDC Victim–Perpetrator file by
# make-ctdc-rows.py, into an empty database.
#
#   Benchmarks/import-ctdc.sh [sqlite|postgres] [rows]
#
# Goal (issue 4): at least 5,000 rows/s with peak RSS under 300 MB.
# Needs ../shared/data and, for postgres, a reachable database (see common.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
backend=${1:-sqlite}
rows=${2:-100000}
build_release
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
python3 Benchmarks/make-ctdc-rows.py "$rows" "$data/rows.csv" >/dev/null
url=$(fresh_database "$backend" "$data/db")
export DATABASE_URL=$url
"$binary" seed --demo --data-dir "$data/db" --log-level warning >/dev/null
/usr/bin/time -f "%e %M" -o "$data/time" "$binary" import ctdc "$data/rows.csv" --data-dir "$data/db" \
    --organisation "Safe Harbour Shelter" --json --log-level warning >"$data/summary"
read -r seconds rss_kb <"$data/time"
machine_line
echo "| Backend | Rows | Summary | Seconds | Rows/s | Peak RSS |"
echo "|---|---|---|---|---|---|"
printf '| %s | %s | `%s` | %s | %.0f | %.0f MB |\n' "$backend" "$rows" "$(cat "$data/summary")" "$seconds" "$(echo "$rows / $seconds" | bc -l)" "$(echo "$rss_kb / 1024" | bc -l)"

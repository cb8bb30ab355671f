#!/usr/bin/env bash
# National statistics on a large register (issue 6). Measures, one request at a time, as analyst.maria:
#   - the full GLOTIP table set plus SDG 16.2.2 for one year (GET /api/v1/statistics/national);
#   - the dashboard page for one year (GET /statistics: the tables, trends, routes and services);
#   - the dashboard's first contentful paint in headless Chromium (Benchmarks/first-paint.py);
#   - the server's peak resident memory over all of it.
#
#   KEEP_DATA=DIR Benchmarks/statistics.sh [sqlite|postgres] [year] [runs]
#
# DIR is a register seeded by Benchmarks/case-list.sh (KEEP_DATA=DIR there too): 765,000 cases,
# about 1,000,000 victims. The first start after an upgrade runs migration M015, which fills the
# victim-facts table; its time is printed.
# Goals: the GLOTIP set under 2 s on both backends; first paint under 1 s; memory bounded.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
backend=${1:-sqlite}
year=${2:-2025}
runs=${3:-5}
data=${KEEP_DATA:?set KEEP_DATA to a register seeded by Benchmarks/case-list.sh}
build_release
url=$(cat "$data/url" 2>/dev/null || echo "")
machine_line
echo "Register: $(cat "$data/seed-summary" 2>/dev/null)"
/usr/bin/time -f "%e s, peak RSS %M KB" -o /tmp/libertas-migrate-time env DATABASE_URL="$url" "$binary" migrate --data-dir "$data/db" --log-level warning
echo "Migrations (M015 fills victim_facts on first run): $(cat /tmp/libertas-migrate-time)"

port=$(free_port)
LIBERTAS_COUNTRY=MDA start_server "$data/db" "$url" "$port"
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null' EXIT
base="http://127.0.0.1:$port"
password=$(cat "$data/password")
token=$(api_token "$base" analyst.maria "$password")
[ -n "$token" ] || { echo "could not create an API token" >&2; exit 1; }

times() {
    local label=$1; shift
    local list=()
    for _ in $(seq 1 "$runs"); do list+=("$(curl -fs -o /dev/null -w '%{time_total}' "$@")"); done
    printf '| %s | %s | %s |\n' "$backend" "$label" "$(printf '%s\n' "${list[@]}" | sort -n | awk '{ a[NR] = $1 } END { printf "%.3f s (min %.3f, max %.3f)", a[int((NR + 1) / 2)], a[1], a[NR] }')"
}

echo "| Backend | Request ($runs runs, one at a time) | Median |"
echo "|---|---|---|"
times "GLOTIP tables + SDG 16.2.2, $year (API)" -H "Authorization: Bearer $token" "$base/api/v1/statistics/national?from=$year&to=$year"
times "GLOTIP tables + SDG 16.2.2, $((year - 4))–$year (API)" -H "Authorization: Bearer $token" "$base/api/v1/statistics/national?from=$((year - 4))&to=$year"
if command -v chromedriver >/dev/null || [ -x /usr/bin/chromedriver ]; then
    python3 Benchmarks/first-paint.py "$base" analyst.maria "$password" "/statistics?from=$year&to=$year" "$runs" | sed "s/^/| $backend | /"
fi
echo "Server peak RSS: $(awk '/VmHWM/ { printf "%.0f MB", $2 / 1024 }' "/proc/$server/status")"

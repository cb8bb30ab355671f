#!/usr/bin/env bash
# A large register: seeds synthetic cases (default 765,000 cases, about 1,000,000
# victims), then measures with wrk
#   - a filtered case list, 50 rows, through the API and as the HTML page, at 50 connections;
#   - search-before-create (POST /api/v1/persons/search) at 1 and 8 connections.
#
#   Benchmarks/case-list.sh [sqlite|postgres] [cases] [duration-seconds]
#
# Goals (issue 4): list p99 under 50 ms at 50 connections; search under 100 ms.
# Set KEEP_DATA=DIR to keep the seeded database in DIR for another run (then it is reused).
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
need_wrk
backend=${1:-sqlite}
cases=${2:-765000}
duration=${3:-30}
build_release
data=${KEEP_DATA:-$(mktemp -d)}
mkdir -p "$data"
if [ ! -f "$data/seeded-$backend-$cases" ]; then
    url=$(fresh_database "$backend" "$data/db")
    echo "$url" >"$data/url"
    DATABASE_URL=$url "$binary" seed --demo --data-dir "$data/db" --log-level warning | sed -n 's/.*password: //p' >"$data/password"
    DATABASE_URL=$url /usr/bin/time -f "%e %M" -o "$data/seed-time" "$binary" seed --synthetic "$cases" --json --data-dir "$data/db" --log-level warning \
        >"$data/seed-summary"
    touch "$data/seeded-$backend-$cases"
fi
url=$(cat "$data/url")
port=$(free_port)
start_server "$data/db" "$url" "$port"
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; [ -n "${KEEP_DATA:-}" ] || rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"

# inspector.amara is a case worker in the police, which holds 45% of the cases.
token=$(api_token "$base" inspector.amara "$(cat "$data/password")")
[ -n "$token" ] || { echo "could not create an API token" >&2; exit 1; }
export TOKEN=$token
jar=$(mktemp)
csrf=$(curl -fs -b "$jar" -c "$jar" "$base/login" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=inspector.amara" --data-urlencode "password=$(cat "$data/password")" --data-urlencode "_csrf=$csrf" "$base/login"
# curl writes HttpOnly cookies as comment-like "#HttpOnly_" lines; keep those.
cookie=$(awk '(!/^#/ || /^#HttpOnly_/) && NF >= 7 { printf "%s=%s; ", $6, $7 }' "$jar")
rm -f "$jar"
# wrk does not count redirects as failures: make sure the page is served, not the sign-in redirect.
[ "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $cookie" "$base/cases")" = 200 ] || { echo "the signed-in session does not reach /cases" >&2; exit 1; }

run() {
    local label=$1 connections=$2 path=$3
    shift 3
    local output
    output=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${duration}s" --latency "$@" "$base$path")
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$backend" "$label" "$connections" "$(awk '/Requests\/sec/ { print $2 }' <<<"$output")" \
        "$(awk '$1 == "50%" { print $2 }' <<<"$output")" "$(awk '$1 == "99%" { print $2 }' <<<"$output")" "$(awk '/Non-2xx/ { print $NF }' <<<"$output" | grep . || echo 0)"
}

filter="status=Active&exploitationType=ForcedLabour&citizenship=UKR"
machine_line
echo "Seeded: $(cat "$data/seed-summary" 2>/dev/null) in $(cut -d' ' -f1 "$data/seed-time" 2>/dev/null) s, peak RSS $(awk '{ printf "%.0f MB", $2/1024 }' "$data/seed-time" 2>/dev/null)"
echo "| Backend | Request | Connections | Requests/s | p50 | p99 | Non-2xx |"
echo "|---|---|---|---|---|---|---|"
run "API list, 50 rows, \`$filter\`" 50 "/api/v1/cases?$filter&limit=50" -H "Authorization: Bearer $token"
run "API list, 50 rows, newest first, no filter" 50 "/api/v1/cases?limit=50" -H "Authorization: Bearer $token"
run "HTML list page, \`$filter\`" 50 "/cases?$filter" -H "Cookie: $cookie"
run "Search before create" 1 "/api/v1/persons/search" -s Benchmarks/search-person.lua
run "Search before create" 8 "/api/v1/persons/search" -s Benchmarks/search-person.lua

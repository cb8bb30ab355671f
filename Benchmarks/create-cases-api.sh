#!/usr/bin/env bash
# API case creation under concurrent load: wrk POSTs a case with one victim
# (create-case.lua), as a case worker with a personal access token. Every
# creation writes its audit entry in the same transaction.
#
#   Benchmarks/create-cases-api.sh [sqlite|postgres] [duration-seconds] [connections]
#
# Goal (issue 4): at least 1,000 cases/s.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
need_wrk
backend=${1:-sqlite}
duration=${2:-20}
connections=${3:-16}
build_release
data=$(mktemp -d)
url=$(fresh_database "$backend" "$data/db")
export DATABASE_URL=$url
password=$("$binary" seed --demo --data-dir "$data/db" --log-level warning | sed -n 's/.*password: //p')
port=$(free_port)
start_server "$data/db" "$url" "$port"
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"
token=$(api_token "$base" inspector.amara "$password")
[ -n "$token" ] || { echo "could not create an API token" >&2; exit 1; }
output=$(TOKEN=$token wrk -t2 -c"$connections" -d"${duration}s" --latency -s Benchmarks/create-case.lua "$base/api/v1/cases")
machine_line
echo "| Backend | Connections | Cases/s | p50 | p99 | Non-2xx |"
echo "|---|---|---|---|---|---|"
printf '| %s | %s | %s | %s | %s | %s |\n' "$backend" "$connections" "$(awk '/Requests\/sec/ { print $2 }' <<<"$output")" \
    "$(awk '$1 == "50%" { print $2 }' <<<"$output")" "$(awk '$1 == "99%" { print $2 }' <<<"$output")" "$(awk '/Non-2xx/ { print $NF }' <<<"$output" | grep . || echo 0)"

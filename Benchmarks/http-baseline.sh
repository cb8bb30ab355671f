#!/usr/bin/env bash
# HTTP baseline: wrk against /healthz and authenticated JSON list endpoints,
# on a release build with the default embedded SQLite database.
#
#   Benchmarks/http-baseline.sh [duration-seconds] [connections]
#
# Needs wrk (Debian: apt-get install wrk) and curl. It builds `libertas` in
# release mode, makes a fresh data directory with demo data and a benchmark
# administrator, signs in through the web pages to create an API token the way a
# user would, then runs wrk. Results are printed as Markdown rows for
# docs/benchmarks.md. Everything runs on 127.0.0.1 and stops by itself.
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-15}
connections=${2:-16}

source Benchmarks/common.sh
need_wrk
build_release
data=$(mktemp -d)
port=$(free_port)
base="http://127.0.0.1:$port"
password="quiet river stone lantern"

printf '%s\n' "$password" | "$binary" create-admin --data-dir "$data" --username loadtest --password-stdin --log-level warning >/dev/null
"$binary" seed --demo --data-dir "$data" --log-level warning >/dev/null
# Log level info, as in production: one access-log line per request, to a file.
start_server "$data" "" "$port" info
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
api_token=$(api_token "$base" loadtest "$password")
[ -n "$api_token" ] || { echo "could not create an API token" >&2; exit 1; }

run() {
    local label=$1 path=$2
    shift 2
    local output
    output=$(wrk -t2 -c"$connections" -d"${duration}s" --latency "$@" "$base$path")
    local rps p99 non2xx
    rps=$(awk '/Requests\/sec/ { print $2 }' <<<"$output")
    p99=$(awk '$1 == "99%" { print $2 }' <<<"$output")
    non2xx=$(awk '/Non-2xx/ { print $NF }' <<<"$output")
    printf '| %s | `%s` | %s | %s | %s |\n' "$label" "$path" "$rps" "$p99" "${non2xx:-0}"
}

echo "$(machine_line); wrk -t2 -c$connections -d${duration}s; SQLite"
echo "| Endpoint | Path | Requests/s | p99 latency | Non-2xx |"
echo "|---|---|---|---|---|"
run "Liveness" /healthz
run "Organisations list (token, 9 rows)" "/api/v1/organisations?limit=50" -H "Authorization: Bearer $api_token"
run "Users list (token, audited read)" "/api/v1/users?limit=50" -H "Authorization: Bearer $api_token"

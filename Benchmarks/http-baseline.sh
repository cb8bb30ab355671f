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
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)" >&2; exit 1; }

swift build -c release --product libertas >/tmp/libertas-bench-build.log 2>&1 || { cat /tmp/libertas-bench-build.log >&2; exit 1; }
binary=.build/release/libertas
data=$(mktemp -d)
jar="$data/cookies.txt"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
password="quiet river stone lantern"

printf '%s\n' "$password" | "$binary" create-admin --data-dir "$data" --username loadtest --password-stdin --log-level warning >/dev/null
"$binary" seed --demo --data-dir "$data" --log-level warning >/dev/null
"$binary" serve --data-dir "$data" --port "$port" >"$data/serve.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -fs "$base/healthz" >/dev/null && break; sleep 0.5; done

csrf() { curl -fs -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
token=$(csrf /login)
curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=loadtest" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
token=$(csrf /account/tokens)
api_token=$(curl -fs -b "$jar" -c "$jar" --data-urlencode "name=benchmark" --data-urlencode "lifetimeDays=1" --data-urlencode "_csrf=$token" "$base/account/tokens" \
    | sed -n 's/.*id="new-token">\([^<]*\)<.*/\1/p')
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

echo "Machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo), $(uname -sr); wrk -t2 -c$connections -d${duration}s; SQLite; release build; $(date -u +%Y-%m-%d)"
echo "| Endpoint | Path | Requests/s | p99 latency | Non-2xx |"
echo "|---|---|---|---|---|"
run "Liveness" /healthz
run "Organisations list (token, 9 rows)" "/api/v1/organisations?limit=50" -H "Authorization: Bearer $api_token"
run "Users list (token, audited read)" "/api/v1/users?limit=50" -H "Authorization: Bearer $api_token"

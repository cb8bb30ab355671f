#!/usr/bin/env bash
# The public channel under load (issue 10): panic alerts and reports sent at a fixed
# rate by Benchmarks/public-load.py (open loop: latency counts from the moment each
# request was due), then a crash test: the server is killed with `kill -9` in the middle
# of the load, restarted, and every alert id and report code it had acknowledged must be
# in the database.
#
#   Benchmarks/public-reporting.sh [sqlite|postgres] [rate] [duration-seconds]
#
# Goal: 500 requests/s on SQLite with p99 under 100 ms, and nothing acknowledged lost.
#
# The per-address rate limit is raised for the run (all load comes from 127.0.0.1; the
# limiter still counts every request). Reports carry a proof of work of 8 bits instead of
# 16, so that the load generator keeps up: the server checks any proof with one hash, so
# its own cost does not depend on the number of bits.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
backend=${1:-sqlite}
rate=${2:-500}
duration=${3:-30}
build_release
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill -9 $server 2>/dev/null; rm -rf "$work"' EXIT
export LIBERTAS_PUBLIC_RATE_LIMIT=1000000 LIBERTAS_REPORT_PROOF_BITS=8

# stored_keys DATA_DIR URL alerts|reports: the alert ids or report codes in the database, one per line.
stored_keys() {
    local query
    if [ "$3" = alerts ]; then query="SELECT lower(id::text) FROM panic_alerts"; else query="SELECT code FROM public_reports"; fi
    if [ -z "$2" ]; then
        # Fluent keeps SQLite UUIDs as 16-byte blobs; write them the way the client sent them.
        if [ "$3" = alerts ]; then
            query="SELECT lower(substr(hex(id),1,8)||'-'||substr(hex(id),9,4)||'-'||substr(hex(id),13,4)||'-'||substr(hex(id),17,4)||'-'||substr(hex(id),21)) FROM panic_alerts WHERE typeof(id) = 'blob' UNION ALL SELECT lower(id) FROM panic_alerts WHERE typeof(id) = 'text'"
        fi
        sqlite3 "$1/libertas.sqlite" "$query"
    else
        psql "${2%%\?*}" -Atq -c "$query"
    fi
}

echo "## Load: $rate requests/s for $duration s, $backend"
machine_line
echo
echo "| Endpoint | Sent | Achieved/s | p50 | p95 | p99 | max | Answers |"
echo "|---|---|---|---|---|---|---|---|"
for kind in alerts reports; do
    url=$(fresh_database "$backend" "$work/$kind")
    port=$(free_port)
    start_server "$work/$kind" "$url" "$port"
    result=$(python3 Benchmarks/public-load.py --base "http://127.0.0.1:$port" --kind "$kind" --rate "$rate" --duration "$duration")
    kill $server; wait $server 2>/dev/null || true; server=""
    python3 - "$result" <<'PY'
import json, sys
r = json.loads(sys.argv[1])
path = "POST /api/v1/public/" + r["kind"]
answers = ", ".join(f"{k}: {v}" for k, v in sorted(r["statuses"].items()))
print(f"| `{path}` | {r['requests']} | {r['achieved_per_second']} | {r['p50_ms']} ms | {r['p95_ms']} ms | {r['p99_ms']} ms | {r['max_ms']} ms | {answers} |")
PY
done

echo
echo "## Crash: kill -9 during the load, restart, count what was acknowledged"
data="$work/crash"
url=$(fresh_database "$backend" "$data")
port=$(free_port)
start_server "$data" "$url" "$port"
base="http://127.0.0.1:$port"
# Reports first: their load fetches and solves its challenges before it sends anything.
python3 Benchmarks/public-load.py --base "$base" --kind reports --rate "$((rate / 5))" --duration "$duration" --acked "$work/acked-reports" >"$work/reports.json" &
reports_load=$!
for _ in $(seq 1 1200); do [ -s "$work/acked-reports" ] && break; sleep 0.1; done
python3 Benchmarks/public-load.py --base "$base" --kind alerts --rate "$rate" --duration "$duration" --acked "$work/acked-alerts" >"$work/alerts.json" &
alerts_load=$!
# Kill a third of the way into the alerts, whatever the machine's speed.
for _ in $(seq 1 1200); do
    [ "$(cat "$work/acked-alerts" 2>/dev/null | wc -l)" -ge $((rate * duration / 3)) ] && break
    sleep 0.1
done
kill -9 $server
wait $server 2>/dev/null || true
server=""
wait $alerts_load $reports_load || true
start_server "$data" "$url" "$port"
kill $server; wait $server 2>/dev/null || true; server=""
lost=0
echo
echo "| Kind | Acknowledged before the kill | In the database after restart | Acknowledged but missing |"
echo "|---|---|---|---|"
for kind in alerts reports; do
    stored_keys "$data" "$url" "$kind" | sort -u >"$work/stored-$kind"
    sort -u "$work/acked-$kind" >"$work/acked-$kind.sorted"
    missing=$(comm -23 "$work/acked-$kind.sorted" "$work/stored-$kind" | wc -l)
    lost=$((lost + missing))
    echo "| $kind | $(wc -l <"$work/acked-$kind.sorted") | $(wc -l <"$work/stored-$kind") | $missing |"
done
[ "$lost" -eq 0 ] || { echo "FAILED: $lost acknowledged items are not in the database" >&2; exit 1; }

#!/usr/bin/env bash
# The knowledge portal (issue 9): seeds synthetic published records (default
# 100,000; mostly court cases with 3–10 KB decisions, one in ten with a Chinese
# text) and times the index build, then measures the public search API with wrk
# on a rotating query mix (Benchmarks/knowledge-search.lua): words, phrases,
# field filters, year ranges, Chinese terms and empty-query browsing, each
# response with its facet counts.
#
#   Benchmarks/knowledge-search.sh [sqlite|postgres] [records] [duration-seconds]
#
# Goals (issue 9): search p95 under 50 ms with facet counts at 20 concurrent
# clients, on SQLite and PostgreSQL; index build at least 500 records/s.
#
# Three loads: the rotating mix with the result-page cache (as deployed), the
# same with 20% of requests never seen before (the cache cannot answer them),
# and the rotating mix with the cache off (the search engine alone).
# Set KEEP_DATA=DIR to keep the seeded database in DIR for another run (then it is reused).
# PostgreSQL uses BENCH_DATABASE_URL (default: the tests' database), whose public schema is emptied.
set -euo pipefail
cd "$(dirname "$0")/.."
source Benchmarks/common.sh
need_wrk
backend=${1:-sqlite}
records=${2:-100000}
duration=${3:-30}
build_release
data=${KEEP_DATA:-$(mktemp -d)}
mkdir -p "$data"
if [ ! -f "$data/seeded-$backend-$records" ]; then
    url=$(fresh_database "$backend" "$data/db")
    echo "$url" >"$data/url"
    DATABASE_URL=$url /usr/bin/time -f "%e %M" -o "$data/seed-time" "$binary" seed --knowledge "$records" --json --data-dir "$data/db" --log-level warning \
        >"$data/seed-summary"
    touch "$data/seeded-$backend-$records"
fi
url=$(cat "$data/url")
if [ "$backend" = postgres ]; then
    vector=$(psql "${url%%\?*}" -Atc "SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' AND indexname = 'knowledge_index_vector_idx'")
    [ "$vector" = 1 ] || { echo "the tsvector index is missing: searches would scan" >&2; exit 1; }
    size=$(psql "${url%%\?*}" -Atc "SELECT pg_size_pretty(pg_database_size(current_database()))")
else
    size=$(du -sh "$data/db" | cut -f1)
fi
port=$(free_port)
# Searches use the in-memory index once the server has built it (`KnowledgeEngineRefresh`,
# logged at notice level): wait for it, and report how long the build took.
start_search_server() {
    start_server "$data/db" "$url" "$port" notice
    for _ in $(seq 1 1200); do
        grep -q "Knowledge search index built" "$data/db/serve.log" && return 0
        sleep 0.5
    done
    echo "the in-memory search index was not built within 10 minutes:" >&2; tail "$data/db/serve.log" >&2; exit 1
}
start_search_server
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; [ -n "${KEEP_DATA:-}" ] || rm -rf "$data"' EXIT
base="http://127.0.0.1:$port"

# Every response must carry the facet counts; wrk would not notice if they were missing.
check=$(curl -fs "$base/api/v1/knowledge/search?q=labour" | python3 -c '
import json, sys
d = json.load(sys.stdin)
assert d["facets"].get("country") and d["facets"].get("year"), "no facet counts in the response"
print(d["total"], len(d["results"]), len(d["facets"]))')
machine_line
echo "Seeded: $(cat "$data/seed-summary" 2>/dev/null) in $(cut -d' ' -f1 "$data/seed-time" 2>/dev/null) s wall (with start-up and migrations), peak RSS $(awk '{ printf "%.0f MB", $2/1024 }' "$data/seed-time" 2>/dev/null); database $size"
echo "Check: q=labour gives total, results, facet fields = $check"
echo "In-memory index: $(grep -o 'Knowledge search index built.*' "$data/db/serve.log" | head -n 1)"

# Each query of the mix one at a time: its matches, its first time (searched:
# a result-cache miss) and its time asked again (the cache answers).
echo
echo "| Query | Matches | First (ms) | Again (ms) |"
echo "|---|---|---|---|"
lua_queries=$(sed -n '/^local queries = {/,/^}/p' Benchmarks/knowledge-search.lua | grep -v '^ *--' | grep -o "\"[^\"]*\"\|'[^']*'" | sed -E "s/^'(.*)'$/\1/; t; s/^\"(.*)\"$/\1/")
while IFS= read -r query; do
    encoded=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$query")
    first=$(curl -fs -o /dev/null -w '%{time_total}' "$base/api/v1/knowledge/search?limit=20&q=$encoded")
    line=$(curl -fs -w ' %{time_total}' "$base/api/v1/knowledge/search?limit=20&q=$encoded")
    total=$(python3 -c 'import json, sys; print(json.loads(sys.stdin.read().rsplit(" ", 1)[0])["total"])' <<<"$line")
    printf '| `%s` | %s | %.0f | %.1f |\n' "${query:-(empty)}" "$total" "$(awk '{ print $1 * 1000 }' <<<"$first")" "$(awk '{ print $NF * 1000 }' <<<"$line")"
done <<<"$lua_queries"

run() {
    local load=$1 connections=$2 tail=${3:-0} output
    output=$(wrk -t"$(( connections < 2 ? 1 : 2 ))" -c"$connections" -d"${duration}s" --timeout 10s --latency -s Benchmarks/knowledge-search.lua "$base" -- "tail=$tail")
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$backend" "$records" "$load" "$connections" "$(awk '/Requests\/sec/ { print $2 }' <<<"$output")" \
        "$(awk '$1 == "percentiles-ms" { printf "%s | %s | %s | %s | %s", $2, $3, $4, $5, $6 }' <<<"$output")" \
        "$(awk '/Non-2xx/ { print $NF }' <<<"$output" | grep . || echo 0)"
}

echo
echo "| Backend | Records | Load | Connections | Requests/s | p50 ms | p90 ms | p95 ms | p99 ms | max ms | Non-2xx |"
echo "|---|---|---|---|---|---|---|---|---|---|---|"
run "mix, cache on" 1
run "mix, cache on" 20
run "mix + 20% new queries" 20 0.2
# The search engine alone: the same mix with the result-page cache off.
kill $server; wait $server 2>/dev/null || true
LIBERTAS_KNOWLEDGE_SEARCH_CACHE=0 start_search_server
run "mix, cache off" 1
run "mix, cache off" 20

# Shared by the benchmark scripts: build, fresh databases, servers, API tokens.
# Source it from a script in Benchmarks/ after `cd` to the repository root.

binary=${LIBERTAS_BINARY:-.build/release/libertas}

# need_wrk: stops before any seeding when the load generator is missing.
need_wrk() {
    command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
}

build_release() {
    swift build -c release --product libertas >/tmp/libertas-bench-build.log 2>&1 || { cat /tmp/libertas-bench-build.log >&2; exit 1; }
}

machine_line() {
    echo "Machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2/1048576 }' /proc/meminfo), $(uname -sr); release build; $(date -u +%Y-%m-%d)"
}

# fresh_database sqlite|postgres DATA_DIR: an empty database; prints the --database-url to use ("" for SQLite).
# PostgreSQL needs BENCH_DATABASE_URL (default: the tests' database) and empties its public schema.
fresh_database() {
    local backend=$1 data=$2
    rm -rf "$data" && mkdir -p "$data"
    if [ "$backend" = postgres ]; then
        local url=${BENCH_DATABASE_URL:-${LIBERTAS_TEST_DATABASE_URL:-postgres://libertas:libertas@127.0.0.1:5432/libertas_test?sslmode=disable}}
        psql "${url%%\?*}" -q -c "SET client_min_messages = warning; DROP SCHEMA public CASCADE; CREATE SCHEMA public;" >/dev/null
        echo "$url"
    else
        echo ""
    fi
}

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# start_server DATA_DIR DATABASE_URL PORT [LOG_LEVEL]: runs `libertas serve` in the background (pid in $server),
# without the background duplicate check, which would compete with the load.
start_server() {
    local data=$1 url=$2 port=$3 level=${4:-warning}
    LIBERTAS_DUPLICATE_CHECK_INTERVAL=0 DATABASE_URL="$url" "$binary" serve --data-dir "$data" --port "$port" --log-level "$level" >"$data/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 1 120); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null && return 0; sleep 0.5; done
    echo "the server did not start:" >&2; cat "$data/serve.log" >&2; exit 1
}

# api_token BASE USERNAME PASSWORD: signs in through the pages and creates a personal access token.
api_token() {
    local base=$1 username=$2 password=$3 jar
    jar=$(mktemp)
    csrf() { curl -fs -b "$jar" -c "$jar" "$base$1" | sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' | head -n 1; }
    local token
    token=$(csrf /login)
    curl -fs -b "$jar" -c "$jar" -o /dev/null --data-urlencode "username=$username" --data-urlencode "password=$password" --data-urlencode "_csrf=$token" "$base/login"
    token=$(csrf /account/tokens)
    curl -fs -b "$jar" -c "$jar" --data-urlencode "name=benchmark" --data-urlencode "lifetimeDays=1" --data-urlencode "_csrf=$token" "$base/account/tokens" \
        | sed -n 's/.*id="new-token">\([^<]*\)<.*/\1/p'
    rm -f "$jar"
}

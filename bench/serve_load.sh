#!/usr/bin/env bash
# bench/serve_load.sh — load benchmark of `entente serve` over a synthetic store.
#
# Builds nothing: expects build/ built (build/tools/entente, build/bench/make_store; e.g.
# `scripts/build build -DCMAKE_BUILD_TYPE=Release` on a fresh build folder). Makes a store of
# EVENTS synthetic events (bench/make_store) in a temporary folder unless it is there already,
# starts `entente serve --db DB --port 0` on 127.0.0.1, warms up, runs wrk against three
# endpoints at each connection count, prints requests/s, p99 latency and errors per run, the
# machine and build, and the server's peak RSS; the server is stopped on exit.
#
# Settings (environment):
#   BUILD=build          build folder
#   ENTENTE=$BUILD/tools/entente   MAKE_STORE=$BUILD/bench/make_store
#   DB=...               store to use (default: $TMPDIR/entente-load/store-$EVENTS-$SEED.db,
#                        made if missing)
#   EVENTS=100000 SEED=1 size and seed of the generated store
#   DURATION=20          seconds per wrk run      THREADS=2      wrk threads
#   CONNECTIONS="32 64"  connection counts        WARMUP=5       seconds of warm-up per endpoint
#   SERVE_ARGS=          more arguments for `entente serve`, split on spaces ("--threads 8");
#                        the server's stdout and stderr (its access log: ~350 MB in a default
#                        run) go to a temporary folder, deleted at the end
#   KEEP_LOGS=           non-empty: keep the server's output and wrk's reports, print where
set -euo pipefail
cd "$(dirname "$0")/.."

BUILD=${BUILD:-build}
ENTENTE=${ENTENTE:-$BUILD/tools/entente}
MAKE_STORE=${MAKE_STORE:-$BUILD/bench/make_store}
EVENTS=${EVENTS:-100000}
SEED=${SEED:-1}
DURATION=${DURATION:-20}
THREADS=${THREADS:-2}
CONNECTIONS=${CONNECTIONS:-32 64}
WARMUP=${WARMUP:-5}
SERVE_ARGS=${SERVE_ARGS:-}
KEEP_LOGS=${KEEP_LOGS:-}
WORK=${TMPDIR:-/tmp}/entente-load
DB=${DB:-$WORK/store-$EVENTS-$SEED.db}

ENDPOINTS=(
  "/api/graph"
  "/api/graph?type=ASSAULT&from=2023-01"
  "/api/events?actor=RUS&limit=50"
)

log=
server_pid=
die() {
  echo "serve_load: $*" >&2
  if [ -n "$server_pid" ] && ! kill -0 "$server_pid" 2>/dev/null; then
    wait "$server_pid" 2>/dev/null && status=0 || status=$?
    echo "serve_load: the server (pid $server_pid) is gone, exit status $status" >&2
    server_pid=
  fi
  if [ -n "$log" ] && [ -s "$log/server.err" ]; then
    echo "serve_load: the server's stderr ends with (access-log lines left out):" >&2
    grep -v '" [0-9][0-9][0-9] [0-9-]*$' "$log/server.err" | tail -n 20 >&2 || true
  fi
  exit 2
}

for n in "$DURATION" "$THREADS" "$WARMUP" "$EVENTS" $CONNECTIONS; do
  [[ "$n" =~ ^[0-9]+$ && "$n" -gt 0 ]] || die "expected positive integers, got '$n'"
done
[ -x "$ENTENTE" ] || die "$ENTENTE not found: build it first (scripts/build $BUILD)"
"$ENTENTE" serve --help 2>/dev/null | grep -q -- --port ||
  die "$ENTENTE has no 'serve' command (serve --help does not list --port)"
if ! command -v wrk >/dev/null; then
  echo "serve_load: installing wrk" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y wrk >/dev/null || die "cannot install wrk (apt-get install -y wrk)"
  else
    die "wrk is missing: apt-get install -y wrk"
  fi
fi

# The store.
mkdir -p "$WORK"
if [ ! -f "$DB" ]; then
  [ -x "$MAKE_STORE" ] || die "$MAKE_STORE not found: build it first (scripts/build $BUILD)"
  mkdir -p "$(dirname "$DB")"
  rm -f "$DB.part" "$DB.part-wal" "$DB.part-shm"
  "$MAKE_STORE" "$DB.part" --events "$EVENTS" --seed "$SEED"
  [ ! -e "$DB.part-wal" ] || die "make_store left a WAL file behind ($DB.part-wal)"
  mv "$DB.part" "$DB"
else
  echo "store: $DB (exists, reused)"
fi

# The server, on 127.0.0.1 and a free port; stopped whatever happens next.
log=$(mktemp -d "$WORK/run.XXXXXX")
stop_server() {
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid" 2>/dev/null || true
    for _ in $(seq 50); do
      kill -0 "$server_pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -9 "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  server_pid=
}
cleanup() {
  stop_server
  if [ -n "$KEEP_LOGS" ]; then
    echo "logs (server stdout/stderr, wrk output): $log"
  else
    rm -rf "$log"
  fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# shellcheck disable=SC2086  # SERVE_ARGS is a list of words
"$ENTENTE" serve --db "$DB" --port 0 $SERVE_ARGS >"$log/server.out" 2>"$log/server.err" &
server_pid=$!
base=
for _ in $(seq 600); do  # at most 60 s
  if line=$(head -n 1 "$log/server.out" 2>/dev/null) && [ -n "$line" ]; then
    [[ "$line" =~ ^listening\ on\ (http://127\.0\.0\.1:[0-9]+)/?$ ]] ||
      die "unexpected first line from the server: '$line' (expected 'listening on http://127.0.0.1:PORT')"
    base=${BASH_REMATCH[1]}
    break
  fi
  kill -0 "$server_pid" 2>/dev/null || { cat "$log/server.err" >&2; die "the server exited early"; }
  sleep 0.1
done
[ -n "$base" ] || { cat "$log/server.err" >&2; die "the server did not say where it listens in 60 s"; }
echo "server: $base (pid $server_pid)"

# Warm-up: every endpoint answers 200, then a short run each to fill the caches.
for ep in "${ENDPOINTS[@]}"; do
  code=$(curl -s -o "$log/warm.body" -w '%{http_code}' --max-time 60 "$base$ep" || true)
  [ "$code" = 200 ] || die "GET $ep answered '$code': $(head -c 300 "$log/warm.body" 2>/dev/null)"
  printf 'warm-up: GET %-40s 200, %s bytes\n' "$ep" "$(wc -c <"$log/warm.body")"
  timeout $((WARMUP + 30)) wrk -t "$THREADS" -c "$THREADS" -d "${WARMUP}s" "$base$ep" >/dev/null
done

# The measured runs.
results=()
for ep in "${ENDPOINTS[@]}"; do
  for c in $CONNECTIONS; do
    out="$log/wrk-$c-${#results[@]}.txt"
    timeout $((DURATION + 60)) wrk -t "$THREADS" -c "$c" -d "${DURATION}s" --timeout 10s --latency \
      "$base$ep" >"$out" || die "wrk failed on $ep: $(cat "$out")"
    kill -0 "$server_pid" 2>/dev/null || die "the server died during the run on $ep ($c connections)"
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p50=$(awk '$1 == "50%" {print $2}' "$out")
    p99=$(awk '$1 == "99%" {print $2}' "$out")
    reqs=$(awk '/ requests in / {print $1}' "$out")
    non2xx=$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$out")
    sock=$(awk '/Socket errors:/ {gsub(/,/, ""); print $4 + $6 + $8 + $10}' "$out")
    results+=("$(printf '%-40s %5s %10s %10s %10s %10s %8s %8s' "$ep" "$c" "$reqs" "$rps" \
      "$p50" "$p99" "${non2xx:-0}" "${sock:-0}")")
    echo "done: $ep, $c connections: $rps req/s, p99 $p99" >&2
  done
done

# Peak memory of the server, then stop it.
hwm=$(awk '/^VmHWM:/ {print $2, $3}' "/proc/$server_pid/status" 2>/dev/null || echo "?")
rss=$(awk '/^VmRSS:/ {print $2, $3}' "/proc/$server_pid/status" 2>/dev/null || echo "?")
stop_server

cache="$BUILD/CMakeCache.txt"
cache_value() { sed -n "s/^$1:[A-Z]*=//p" "$cache" 2>/dev/null | head -n 1; }
compiler=$(cache_value CMAKE_CXX_COMPILER)
echo
echo "== entente serve under wrk ($THREADS threads, ${DURATION} s per run, 127.0.0.1) =="
echo "store:     $DB ($(sqlite3 "$DB" 'select count(*) from events' 2>/dev/null || echo '?') events," \
  "$(du -h "$DB" | cut -f1))"
echo "cpu:       $(lscpu | sed -n 's/^Model name: *//p' | head -n 1), $(nproc) CPUs online"
echo "compiler:  ${compiler:-?} ($("${compiler:-c++}" --version 2>/dev/null | head -n 1))"
echo "build:     CMAKE_BUILD_TYPE=$(cache_value CMAKE_BUILD_TYPE)" \
  "CMAKE_CXX_FLAGS_RELEASE='$(cache_value CMAKE_CXX_FLAGS_RELEASE)'" \
  "CMAKE_CXX_FLAGS_RELWITHDEBINFO='$(cache_value CMAKE_CXX_FLAGS_RELWITHDEBINFO)'"
echo "server:    peak RSS (VmHWM) $hwm, RSS at the end $rss"
echo
printf '%-40s %5s %10s %10s %10s %10s %8s %8s\n' endpoint conns requests req/s p50 p99 non2xx sockerr
for r in "${results[@]}"; do echo "$r"; done

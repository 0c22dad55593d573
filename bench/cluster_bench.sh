#!/usr/bin/env bash
# bench/cluster_bench.sh [BUILD_DIR] [WORKERS...] — distributed ingestion throughput on a local
# cluster (scripts/cluster-up: two ClickHouse shards + JetStream, its own folder and ports).
#
# For each worker count (default: 1 2), a fresh ClickHouse database and stream: the corpus of
# tests/cluster/make_corpus.py is submitted, then that many `entente worker --jobs 1` drain it;
# documents/s = documents / wall time from the workers' start to the last one's exit. Also:
# submit's documents/s, one worker into SQLite for comparison, and the ClickHouse store's insert
# rate (`make_store` writing 100 k synthetic events through Store::Write: records/s).
# Prints a Markdown table. Needs ../shared for the BSNLP texts.
set -euo pipefail
HERE="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${1:-$HERE/build}"
shift || true
COUNTS=("$@")
[ ${#COUNTS[@]} -gt 0 ] || COUNTS=(1 2)
E="$BUILD/tools/entente"
WORK="$(mktemp -d)"
export ENTENTE_CLUSTER_DIR="$WORK/cluster" ENTENTE_CLUSTER_PORT_BASE="${ENTENTE_CLUSTER_PORT_BASE:-18400}"
trap '"$HERE/scripts/cluster-down" >/dev/null 2>&1; rm -rf "$WORK"' EXIT
urls="$("$HERE/scripts/cluster-up")"
NATS="$(echo "$urls" | tail -n 2 | head -n 1)"
STORE="$(echo "$urls" | tail -n 1)"
python3 "$HERE/tests/cluster/make_corpus.py" "$HERE" "$HERE/../shared" > "$WORK/corpus.jsonl" 2>/dev/null
N=$(wc -l < "$WORK/corpus.jsonl")
MB=$(du -m "$WORK/corpus.jsonl" | cut -f1)
now() { date +%s.%N; }
rate() { python3 -c "import sys; print(f'{float(sys.argv[1]) / (float(sys.argv[3]) - float(sys.argv[2])):.0f}')" "$@"; }

echo "corpus: $N documents, $MB MB; $(nproc) cores: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo
echo "| run | documents/s |"
echo "|---|---|"
t0=$(now); "$E" submit --nats "$NATS" --stream submit_only --quiet "$WORK/corpus.jsonl" 2>/dev/null; t1=$(now)
echo "| submit (one process) | $(rate "$N" "$t0" "$t1") |"

drain() {  # $1 stream, $2 store, $3 workers
  local pids=() t0 t1
  "$E" submit --nats "$NATS" --stream "$1" --quiet "$WORK/corpus.jsonl" 2>/dev/null
  t0=$(now)
  for _ in $(seq 1 "$3"); do
    "$E" worker --nats "$NATS" --stream "$1" --store "$2" --no-site-memory --jobs 1 \
      --exit-when-empty --quiet 2>/dev/null &
    pids+=($!)
  done
  wait "${pids[@]}"
  t1=$(now)
  rate "$N" "$t0" "$t1"
}
for w in "${COUNTS[@]}"; do
  echo "| $w worker(s) --jobs 1 → ClickHouse (2 shards) | $(drain "w$w" "${STORE/\/entente\?//bench_w$w?}" "$w") |"
done
echo "| 1 worker --jobs 1 → SQLite | $(drain sqlite1 "sqlite://$WORK/one.db" 1) |"
echo
"$BUILD/bench/make_store" "${STORE/\/entente\?//bench_insert?}" --events 100000 \
  --cameo "$HERE/data/kb/cameo.tsv"
"$BUILD/bench/make_store" "$WORK/insert.db" --events 100000 --cameo "$HERE/data/kb/cameo.tsv"

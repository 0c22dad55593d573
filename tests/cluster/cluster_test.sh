#!/usr/bin/env bash
# tests/cluster/cluster_test.sh ENTENTE REPO SHARED [LIMIT] — the scale-out test (CTest
# cluster_test): scripts/cluster-up (two ClickHouse shards + JetStream); the corpus of
# make_corpus.py (first LIMIT documents when given) submitted to a stream; two workers pull it
# into the ClickHouse store, one killed with SIGKILL mid-run and restarted; then the stored
# documents, events (mentions with their real-world event ids) and GDELT rows must equal those of
# a single-process `entente ingest` of the same corpus into SQLite, with no duplicates; and
# ingesting the corpus again into the ClickHouse store must change nothing. cluster-down at exit.
# Exit 77 (CTest: skipped) when the servers or the shared data are not installed.
set -euo pipefail
ENTENTE="$1" REPO="$2" SHARED="$3" LIMIT="${4:-0}"
for b in clickhouse-server nats-server; do
  command -v "$b" >/dev/null || [ -x "/usr/sbin/$b" ] || { echo "SKIP: $b not installed"; exit 77; }
done
[ -d "$SHARED/data/bsnlp" ] || { echo "SKIP: $SHARED/data/bsnlp missing"; exit 77; }

WORK="$(mktemp -d)"
export ENTENTE_CLUSTER_DIR="$WORK/cluster" ENTENTE_CLUSTER_PORT_BASE="${ENTENTE_CLUSTER_PORT_BASE:-18200}"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -9 "$p" 2>/dev/null || true; done
  "$REPO/scripts/cluster-down" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
step() { echo "== $(date +%T) $*"; }

step "cluster-up"
urls="$("$REPO/scripts/cluster-up")"
NATS="$(echo "$urls" | tail -n 2 | head -n 1)"
STORE="$(echo "$urls" | tail -n 1)"
echo "nats $NATS, store $STORE"

step "corpus"
python3 "$REPO/tests/cluster/make_corpus.py" "$REPO" "$SHARED" > "$WORK/all.jsonl"
if [ "$LIMIT" -gt 0 ]; then head -n "$LIMIT" "$WORK/all.jsonl" > "$WORK/corpus.jsonl"; else mv "$WORK/all.jsonl" "$WORK/corpus.jsonl"; fi
N=$(wc -l < "$WORK/corpus.jsonl")
echo "$N documents"

# Both runs judge each document alone (--no-site-memory), so processing order cannot matter.
step "reference: one process into SQLite"
"$ENTENTE" ingest --db "$WORK/ref.db" --no-site-memory --jobs 2 --quiet "$WORK/corpus.jsonl" || [ $? = 1 ]

step "submit"
"$ENTENTE" submit --nats "$NATS" --stream scale --quiet "$WORK/corpus.jsonl" || [ $? = 1 ]
"$ENTENTE" status --nats "$NATS" --stream scale

worker() {
  "$ENTENTE" worker --nats "$NATS" --stream scale --store "$STORE" --no-site-memory --jobs 1 \
    --batch 16 --ack-wait 5 --exit-when-empty --quiet &
  pids+=($!)
}
step "two workers"
worker; victim=$!
worker; survivor=$!
# Kill one once about a third of the corpus is out of the stream.
for i in $(seq 1 1200); do
  left=$("$ENTENTE" status --nats "$NATS" --stream scale --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["messages"])')
  [ "$left" -le $((N * 2 / 3)) ] && break
  sleep 0.5
done
step "SIGKILL worker $victim with $left documents left"
kill -9 "$victim"
wait "$victim" 2>/dev/null || true
step "restart it"
worker; restarted=$!
wait "$survivor"
wait "$restarted"
"$ENTENTE" status --nats "$NATS" --stream scale

step "compare with the reference"
dump() {  # $1 = --db PATH or --store URL, $2 = the location, $3 = output prefix
  "$ENTENTE" events "$1" "$2" --format jsonl | LC_ALL=C sort > "$3.events"
  "$ENTENTE" export "$1" "$2" --format mentions | LC_ALL=C sort > "$3.mentions"
  "$ENTENTE" export "$1" "$2" --format gdelt | LC_ALL=C sort > "$3.gdelt"
  "$ENTENTE" export "$1" "$2" --format jsonl \
    | python3 -c 'import json,sys
for l in sys.stdin:
    d = json.loads(l); print(d["id"], len(d.get("events", [])), len(d.get("entities", [])), len(d.get("errors", [])))' \
    | LC_ALL=C sort > "$3.docs"
}
dump --db "$WORK/ref.db" "$WORK/ref"
dump --store "$STORE" "$WORK/ch"
fail=0
for part in docs events mentions gdelt; do
  a=$(wc -l < "$WORK/ref.$part") b=$(wc -l < "$WORK/ch.$part")
  if cmp -s "$WORK/ref.$part" "$WORK/ch.$part"; then
    echo "same $part: $a rows"
  else
    echo "FAIL: $part differ (reference $a rows, cluster $b rows)"; diff "$WORK/ref.$part" "$WORK/ch.$part" | head -n 10
    fail=1
  fi
done
docs=$(wc -l < "$WORK/ch.docs")
[ "$docs" = "$N" ] || { echo "FAIL: $docs documents stored, expected $N"; fail=1; }
dups=$(python3 -c 'import json,sys
ids=[json.loads(l)["id"] for l in open(sys.argv[1])]; print(len(ids)-len(set(ids)))' "$WORK/ch.events")
[ "$dups" = 0 ] || { echo "FAIL: $dups duplicate event ids"; fail=1; }

step "ingest the same corpus again into the cluster store"
before=$(wc -l < "$WORK/ch.events")
"$ENTENTE" ingest --store "$STORE" --no-site-memory --jobs 2 --quiet "$WORK/corpus.jsonl" || [ $? = 1 ]
after=$("$ENTENTE" events --store "$STORE" --format jsonl | wc -l)
if [ "$before" = "$after" ]; then echo "same events after a second ingest: $after"; else echo "FAIL: $before events before, $after after"; fail=1; fi
exit $fail

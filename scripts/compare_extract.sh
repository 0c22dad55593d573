#!/usr/bin/env bash
# scripts/compare_extract.sh OLD_ENTENTE NEW_ENTENTE [SHARED_DIR]
# Runs `entente extract` of two builds over examples/pages (with examples/meta.jsonl) and over
# every BSNLP raw folder (SHARED_DIR/data/bsnlp/<topic>/raw/<lang>, default ../shared) and
# compares the JSONL byte for byte. Prints one line per input and exits non-zero on a difference.
set -euo pipefail
cd "$(dirname "$0")/.."
old="$1" new="$2" shared="${3:-../shared}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
status=0
compare() {  # name, inputs and options...
  local name="$1"
  shift
  "$old" extract "$@" >"$tmp/old.jsonl" 2>/dev/null
  "$new" extract "$@" >"$tmp/new.jsonl" 2>/dev/null
  if cmp -s "$tmp/old.jsonl" "$tmp/new.jsonl"; then
    echo "same  $name ($(wc -l <"$tmp/new.jsonl") lines, $(wc -c <"$tmp/new.jsonl") bytes)"
  else
    echo "DIFF  $name"
    status=1
  fi
}
compare examples/pages examples/pages --meta examples/meta.jsonl
for dir in "$shared"/data/bsnlp/*/raw/*/; do
  compare "${dir#"$shared"/}" "$dir"
done
exit "$status"

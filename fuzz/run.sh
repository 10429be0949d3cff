#!/usr/bin/env bash
# Runs one harness for a while, seeded from the golden files and fuzz/seeds, keeping what it
# finds in a corpus folder beside the binary.
#   fuzz/run.sh HARNESS SECONDS [OUT_DIR]     e.g. fuzz/run.sh fuzz_import 600
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
harness=$1
seconds=$2
out=${3:-$root/build/fuzz}
corpus=$out/corpus-$harness
mkdir -p "$corpus"
seeds=$root/fuzz/seeds/$harness
exec "$out/$harness" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=4096 -max_len=65536 \
  -print_final_stats=1 "$corpus" "$seeds"

#!/usr/bin/env bash
# `mlplanner import` of the app's own JSON export at 1,000 to 100,000 ideas, as processes.
# Usage: bench/startup/measure-import.sh [BUILD_DIR] [RUNS] [SIZES...]
#        (defaults: build/ci, 5, 1000 10000 30000 100000)
# For each size: a generated portfolio (bench_generate), its export (`mlplanner export`), then
# RUNS imports of that export into a copy of a small portfolio, each timed with
# `/usr/bin/time -f '%e %M %U %S'`: the minimum and median wall time, the median CPU time
# (user + system, which another program's load changes less), the largest peak resident
# memory, and what it adds to the constant (the peak of a 10-idea import) as a multiple of the
# export's size.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
runs=${2:-5}
shift $(($# > 2 ? 2 : $#))
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 30000 100000)
mlplanner=$build/app/mlplanner
generate=$build/bench/bench_generate
for program in "$mlplanner" "$generate"; do
  [[ -x $program ]] || { echo "measure-import: $program is missing; build it first" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$generate" 10 "$work/small.mlplan" >/dev/null
# The constant: the peak of importing the export of the 10 ideas (the program and its libraries).
"$mlplanner" export "$work/small.mlplan" "$work/small.json" >/dev/null
cp "$work/small.mlplan" "$work/target.mlplan"
base=$({ /usr/bin/time -f '%M' "$mlplanner" import "$work/target.mlplan" "$work/small.json" \
  >/dev/null; } 2>&1 | tail -1)
echo "the constant: $((base / 1024)) MB peak importing 10 ideas"
for size in "${sizes[@]}"; do
  rm -f "$work/source.mlplan"
  "$generate" "$size" "$work/source.mlplan" >/dev/null
  "$mlplanner" export "$work/source.mlplan" "$work/export.json" >/dev/null
  bytes=$(stat -c %s "$work/export.json")
  : >"$work/times"
  for ((i = 0; i < runs; i++)); do
    rm -f "$work/target.mlplan" "$work/target.mlplan-wal"
    cp "$work/small.mlplan" "$work/target.mlplan"
    { /usr/bin/time -f '%e %M %U %S' "$mlplanner" import "$work/target.mlplan" "$work/export.json" \
        >/dev/null; } 2>>"$work/times"
  done
  cpu=$(awk '{ print $3 + $4 }' "$work/times" | sort -n | awk '{ c[NR] = $1 } END { print c[int((NR + 1) / 2)] }')
  sort -n "$work/times" | awk -v cpu="$cpu" -v size="$size" -v bytes="$bytes" -v base="$base" '{ t[NR] = $1; if ($2 > kb) kb = $2 }
    END {
      printf "%7d ideas (%6.1f MB of JSON): min %6.2f s  median %6.2f s  (CPU median %6.2f s)  " \
        "peak %6.0f MB (the constant + %.2fx the file)\n", size, bytes / 1048576, t[1],
        t[int((NR + 1) / 2)], cpu, kb / 1024, (kb - base) * 1024 / bytes }'
done

#!/usr/bin/env bash
# One-row edits of the command line at 1,000 to 100,000 ideas, as processes.
# Usage: bench/startup/measure-edits.sh [BUILD_DIR] [RUNS]   (defaults: build/ci, 7)
# For each size: a generated portfolio (bench_generate) and one idea added to it, then RUNS
# times each of `mlplanner move` (forth and back), `outcome`, `idea describe` and `settings`, and the minimum and median
# wall time per command (/usr/bin/time), with the peak resident memory of the last run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
runs=${2:-7}
mlplanner=$build/app/mlplanner
generate=$build/bench/bench_generate
for program in "$mlplanner" "$generate"; do
  [[ -x $program ]] || { echo "measure-edits: $program is missing; build it first" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Runs a command, appending its wall time in ms (the shell's microsecond clock) to a file.
timed() { # file, command...
  local out=$1; shift
  local start=$EPOCHREALTIME
  "$@" >/dev/null
  local end=$EPOCHREALTIME
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }' >>"$out"
}

stats() { # name, file of times in ms, command for the memory...
  local name=$1 times=$2; shift 2
  local kb
  kb=$( { /usr/bin/time -f '%M' "$@" >/dev/null; } 2>&1 | tail -1)
  sort -n "$times" | awk -v name="$name" -v kb="$kb" '{ t[NR] = $1 } END {
    printf "  %-16s min %6.1f ms  median %6.1f ms  (%d runs, %d MB resident)\n",
      name, t[1], t[int((NR + 1) / 2)], NR, kb / 1024 }'
}

for size in 1000 10000 30000 100000; do
  file=$work/p$size.mlplan
  "$generate" "$size" "$file"
  echo "$size ideas ($(($(stat -c %s "$file") / 1024)) KB):"
  # A new idea in planning, found by its name: moved to data and back in each run.
  idea="Measured idea"
  "$mlplanner" idea add "$file" "$idea" >/dev/null
  : >"$work/move" >"$work/outcome" >"$work/describe" >"$work/settings"
  for ((i = 0; i < runs; i++)); do
    timed "$work/move" "$mlplanner" move "$file" "$idea" data --override-checklist "measured"
    timed "$work/move" "$mlplanner" move "$file" "$idea" planning --reason "measured"
    timed "$work/outcome" "$mlplanner" outcome "$file" "$idea" active
    timed "$work/describe" "$mlplanner" idea describe "$file" "$idea" "run $i"
    timed "$work/settings" "$mlplanner" settings "$file" cost-base=2
  done
  stats "move" "$work/move" "$mlplanner" outcome "$file" "$idea" active
  stats "outcome" "$work/outcome" "$mlplanner" outcome "$file" "$idea" active
  stats "idea describe" "$work/describe" "$mlplanner" idea describe "$file" "$idea" "last"
  stats "settings" "$work/settings" "$mlplanner" settings "$file" cost-base=2
done

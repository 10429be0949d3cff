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

stats() { # name, file of "seconds kilobytes" lines
  sort -n "$2" | awk -v name="$1" '{ t[NR] = $1; kb = $2 } END {
    printf "  %-24s min %.3f s  median %.3f s  (%d runs, %d MB resident)\n",
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
    for stage in data planning; do
      /usr/bin/time -f '%e %M' -a -o "$work/move" "$mlplanner" move "$file" "$idea" "$stage" \
        --reason "measured" --override-checklist "measured" >/dev/null
    done
    /usr/bin/time -f '%e %M' -a -o "$work/outcome" "$mlplanner" outcome "$file" "$idea" active >/dev/null
    /usr/bin/time -f '%e %M' -a -o "$work/describe" "$mlplanner" idea describe "$file" "$idea" "run $i" >/dev/null
    /usr/bin/time -f '%e %M' -a -o "$work/settings" "$mlplanner" settings "$file" cost-base=2 >/dev/null
  done
  stats "move" "$work/move"
  stats "outcome" "$work/outcome"
  stats "idea describe" "$work/describe"
  stats "settings" "$work/settings"
done

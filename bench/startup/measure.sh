#!/usr/bin/env bash
# Start-up of the command line beside a Qt-Core-only hello world built the same way.
# Usage: bench/startup/measure.sh [BUILD_DIR] [RUNS]   (defaults: build/ci, 11)
# Prints, for each program, the minimum and the median wall time of RUNS runs (the shell's
# clock around each run; /usr/bin/time -v gives the memory, see docs/performance.md), the
# median as a multiple of the hello world's, and the number of shared libraries the dynamic
# loader initialised (LD_DEBUG=libs).
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
runs=${2:-11}
mlplanner=$build/app/mlplanner
hello=$build/bench/bench_startup_hello
for program in "$mlplanner" "$hello"; do
  [[ -x $program ]] || { echo "measure: $program is missing; build it first" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sample=$work/sample.mlplan
"$mlplanner" new "$sample" --sample >/dev/null

# The three programs run in turn, RUNS rounds of one run each, so that a change in the machine's
# load during the measurement falls on all of them alike; then each one's minimum and median,
# and its median as a multiple of the hello world's.
names=("hello (Qt Core only)" "mlplanner --version" "mlplanner rank SAMPLE")
# Runs program k with its arguments, each quoted (a build folder may have spaces in its path).
run() {
  case $1 in
    0) "$hello" ;;
    1) "$mlplanner" --version ;;
    2) "$mlplanner" rank "$sample" ;;
  esac
}
declare -a times
for ((i = 0; i < runs; i++)); do
  for k in 0 1 2; do
    # Wall time in microseconds ($EPOCHREALTIME): /usr/bin/time -f %e counts in 10 ms steps.
    start=$EPOCHREALTIME
    run "$k" >/dev/null 2>&1
    end=$EPOCHREALTIME
    times[k]+="$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.6f", b - a }') "
  done
done
floor=
for k in 0 1 2; do
  # The number of shared libraries the dynamic loader initialised (LD_DEBUG=libs).
  libs=$( (export LD_DEBUG=libs; run "$k" 2>&1 >/dev/null) | grep -c 'calling init:' || true)
  median=$(printf '%s\n' ${times[k]} | sort -n | awk '{ t[NR] = $1 * 1000 } END { printf "%.3f", t[int((NR + 1) / 2)] }')
  [[ -n $floor ]] || floor=$median
  printf '%s\n' ${times[k]} | sort -n | awk -v name="${names[k]}" -v libs="$libs" -v floor="$floor" \
    '{ t[NR] = $1 * 1000 } END { m = t[int((NR + 1) / 2)];
       printf "%-24s min %.2f ms  median %.2f ms  %.2fx the hello world  (%d runs, %d libraries)\n",
       name, t[1], m, m / floor, NR, libs }'
done

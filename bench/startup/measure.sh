#!/usr/bin/env bash
# Start-up of the command line beside a Qt-Core-only hello world built the same way.
# Usage: bench/startup/measure.sh [BUILD_DIR] [RUNS]   (defaults: build/ci, 11)
# Prints, for each program, the minimum and the median wall time of RUNS runs (the shell's
# clock around each run; /usr/bin/time -v gives the memory, see docs/performance.md),
# and the number of shared libraries the dynamic loader initialised (LD_DEBUG=libs).
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

measure() { # name, command...
  local name=$1; shift
  local times=()
  for ((i = 0; i < runs; i++)); do
    # Wall time in microseconds ($EPOCHREALTIME): /usr/bin/time -f %e counts in 10 ms steps.
    local start=$EPOCHREALTIME
    "$@" >/dev/null 2>&1
    local end=$EPOCHREALTIME
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { printf "%.4f", b - a }')")
  done
  local libs
  libs=$(LD_DEBUG=libs "$@" 2>&1 >/dev/null | grep -c 'calling init:' || true)
  printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v libs="$libs" \
    '{ t[NR] = $1 * 1000 } END { printf "%-28s min %.1f ms  median %.1f ms  (%d runs, %d libraries)\n",
       name, t[1], t[int((NR + 1) / 2)], NR, libs }'
}

measure "hello (Qt Core only)" "$hello"
measure "mlplanner --version" "$mlplanner" --version
measure "mlplanner rank SAMPLE" "$mlplanner" rank "$sample"

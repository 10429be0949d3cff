#!/usr/bin/env bash
# The window at 1,000 / 10,000 / 30,000 / 100,000 ideas (docs/performance.md, "Window at
# scale"): for each size, a generated portfolio written by bench_generate, the bench_ui figures
# as the minimum ("best") and the median of five repetitions, and the peak resident memory of
# one window opened on the file and painted (/usr/bin/time -v).
# Usage: bench/ui/measure-window.sh [BUILD_DIR] [SIZES...]   (defaults: build/ci, the four)
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
shift || true
sizes=("$@")
[[ ${#sizes[@]} -gt 0 ]] || sizes=(1000 10000 30000 100000)
for program in "$build/bench/bench_ui" "$build/bench/bench_generate"; do
  [[ -x $program ]] || { echo "measure-window: $program is missing; build it first" >&2; exit 2; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
benchmarks='BM_WindowOpenToFirstPaint|BM_ChartOpenToFirstPaint|BM_ChartBuildAndPaint|BM_ChartHover$|BM_ChartDragFrame|BM_ChartFilterKeystroke|BM_WindowFilterKeystroke'
for n in "${sizes[@]}"; do
  file=$work/portfolio-$n.mlplan
  "$build/bench/bench_generate" "$n" "$file"
  echo "== $n ideas"
  MLP_BENCH_FILE=$file "$build/bench/bench_ui" --benchmark_filter="$benchmarks" \
    --benchmark_repetitions=5 --benchmark_report_aggregates_only=true 2>/dev/null |
    grep -E '_(median|best) '
  MLP_BENCH_FILE=$file /usr/bin/time -v "$build/bench/bench_ui" \
    --benchmark_filter='BM_WindowOpenToFirstPaint' 2>&1 >/dev/null |
    sed -n 's/^[[:space:]]*Maximum resident set size (kbytes): /peak RSS, window opened and painted (kB): /p'
done

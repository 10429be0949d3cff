#!/usr/bin/env bash
# Reading commands of the command line at 1,000 to 100,000 ideas, as processes, beside the
# floor: the sqlite3 shell reading every row of every table of the same file.
# Usage: bench/startup/measure-reads.sh [BUILD_DIR] [RUNS] [SIZES...]
#        (defaults: build/ci, 7, 1000 10000 30000 100000)
# Needs the sqlite3 shell (Debian package sqlite3) for the floor; it is a measuring tool only.
# For each size: a generated portfolio (bench_generate), then RUNS times each of the floor,
# `mlplanner rank`, `rank --json`, `history`, `history --json`, `export FILE -` (JSON) and
# `export FILE -  --format csv`, output to /dev/null; the minimum and median wall time, the
# median's ratio to the floor's median, and the peak resident memory of one more run.
set -euo pipefail
cd "$(dirname "$0")/../.."
build=${1:-build/ci}
runs=${2:-7}
shift $(($# > 2 ? 2 : $#))
sizes=("$@")
((${#sizes[@]})) || sizes=(1000 10000 30000 100000)
mlplanner=$build/app/mlplanner
generate=$build/bench/bench_generate
for program in "$mlplanner" "$generate"; do
  [[ -x $program ]] || { echo "measure-reads: $program is missing; build it first" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "measure-reads: the sqlite3 shell is missing" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Every row of every table, as the floor: what a reader of the whole file must at least do.
# One sqlite3 process with one SELECT * per table (the tables are listed once per size).
floor() { # file
  sqlite3 "$1" "$floorSql"
}

# Wall time in ms of one run (the shell's microsecond clock), appended to a file.
timed() { # file, command...
  local out=$1; shift
  local start=$EPOCHREALTIME
  "$@" >/dev/null
  local end=$EPOCHREALTIME
  awk -v a="$start" -v b="$end" 'BEGIN { printf "%.1f\n", (b - a) * 1000 }' >>"$out"
}

median() { sort -n "$1" | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

stats() { # name, file of times, floor's median, command for the memory...
  local name=$1 times=$2 base=$3; shift 3
  local kb
  kb=$( { /usr/bin/time -f '%M' "$@" >/dev/null; } 2>&1 | tail -1)
  sort -n "$times" | awk -v name="$name" -v kb="$kb" -v base="$base" '{ t[NR] = $1 } END {
    m = t[int((NR + 1) / 2)]
    printf "  %-16s min %7.1f ms  median %7.1f ms  %5.2fx floor  (%d runs, %d MB resident)\n",
      name, t[1], m, m / base, NR, kb / 1024 }'
}

commands=(floor rank rank-json history history-json export-json export-csv)
run() { # name, file
  case $1 in
  floor) floor "$2" ;;
  rank) "$mlplanner" rank "$2" ;;
  rank-json) "$mlplanner" rank "$2" --json ;;
  history) "$mlplanner" history "$2" ;;
  history-json) "$mlplanner" history "$2" --json ;;
  export-json) "$mlplanner" export "$2" - ;;
  export-csv) "$mlplanner" export "$2" - --format csv ;;
  esac
}

for size in "${sizes[@]}"; do
  file=$work/p$size.mlplan
  "$generate" "$size" "$file"
  echo "$size ideas ($(($(stat -c %s "$file") / 1024)) KB):"
  floorSql=$(sqlite3 "$file" "SELECT group_concat('SELECT * FROM \"' || name || '\";', ' ')
                               FROM sqlite_schema WHERE type = 'table'")
  for name in "${commands[@]}"; do : >"$work/$name"; done
  # Interleaved, so that a change of the machine's load touches every command alike.
  for ((i = 0; i < runs; i++)); do
    for name in "${commands[@]}"; do timed "$work/$name" run "$name" "$file"; done
  done
  base=$(median "$work/floor")
  for name in "${commands[@]}"; do
    stats "$name" "$work/$name" "$base" bash -c "$(declare -f floor run); mlplanner=$mlplanner; floorSql='$floorSql'; run $name $file"
  done
done

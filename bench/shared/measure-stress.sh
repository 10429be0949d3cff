#!/usr/bin/env bash
# The shared portfolio under load (docs/reliability.md; figures in docs/performance.md, "Shared
# portfolio"):
#
#   bench/shared/measure-stress.sh [WRITERS [SECONDS [IDEAS]]] [--crash-at S [--down S]] [--logs DIR]
#
# WRITERS writer processes (default 20) edit one published portfolio of IDEAS generated ideas
# (default 10000) for SECONDS (default 60) through the real store — answers, stage moves and
# renames, each saved as the window and the command line save it (upsertIdea from the idea as
# read) — while a listener process follows it (watchChanges). Then the final state is checked
# against every writer's log: 0 lost updates, 0 corrupt rows, nothing refused kept. With
# --crash-at S, the server's postmaster is killed (kill -9) S seconds in and started again after
# --down seconds (default 2). Prints the figures and PASS or FAIL (the exit status).
# A throw-away server is started and stopped (scripts/pg-test-server.sh) unless
# MLP_BENCH_PG_STATE names the state folder of one already started.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${MLP_BUILD_DIR:-$root/build/ci}/bench/bench_shared_stress
if [[ ! -x $bin ]]; then
  echo "measure-stress: $bin is not built; build the target bench_shared_stress first" >&2
  exit 1
fi
counts=()
while (($# > 0)) && [[ $1 != --* ]] && ((${#counts[@]} < 3)); do
  counts+=("$1")
  shift
done
args=(run --writers "${counts[0]:-20}" --seconds "${counts[1]:-60}" --ideas "${counts[2]:-10000}")
if [[ -n ${MLP_BENCH_PG_STATE:-} ]]; then
  args+=(--state "$MLP_BENCH_PG_STATE")
fi
echo "machine: $(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -n 1)"
exec "$bin" "${args[@]}" "$@"

#!/usr/bin/env bash
# Checks the formatting, then builds ML Planner with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
# Formatting first: it takes a second, and a difference fails the run before the long build.
status=0
scripts/check-format.sh || status=$?
if ((status == 1)); then
  echo "test: the files above are not formatted as .clang-format says; run" \
       "scripts/check-format.sh --fix, review and commit the changes, then run scripts/test.sh again" >&2
  exit 1
elif ((status != 0)); then
  echo "test: the formatting could not be checked (reason above); fix that, then run" \
       "scripts/test.sh again" >&2
  exit "$status"
fi
cmake --preset ci
cmake --build --preset ci
ctest --preset ci --timeout 600

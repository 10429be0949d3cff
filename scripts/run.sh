#!/usr/bin/env bash
# Builds ML Planner and starts it. On first run the window opens a sample portfolio.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh --desktop
cmake --preset release >/dev/null
cmake --build --preset release --target mlplanner
exec build/release/app/mlplanner "$@"

#!/usr/bin/env bash
# Installs the Debian 12 packages ML Planner needs to build and test, when missing.
# With --desktop it also installs fonts for Hangul and other CJK text in the window.
set -euo pipefail
packages=(
  build-essential cmake pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite qt6-l10n-tools libgl-dev
  libmuparser-dev
  googletest libgtest-dev libgmock-dev libbenchmark-dev
)
if [[ ${1:-} == --desktop ]]; then
  packages+=(fonts-noto-cjk)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

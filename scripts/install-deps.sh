#!/usr/bin/env bash
# Installs the Debian 12 packages ML Planner needs to build and test, when missing.
# The PDF summary's fonts (DejaVu Sans, with Noto Sans CJK for Hangul) are in the base list: the
# command line writes the summary too. With --desktop nothing more is needed today.
#
# Every package is named here, even where another would pull it in today: Debian 12's
# qt6-charts-dev, for one, needs Qt6OpenGL's CMake files but does not depend on
# libqt6opengl6-dev. scripts/check-fresh.sh proves this list on a brand-new Debian 12 root.
set -euo pipefail
packages=(
  # compiler and build tools (CMakeLists.txt, CMakePresets.json)
  build-essential cmake pkg-config
  # Qt 6.4: Core, Sql + the SQLite driver, Gui, Widgets, Charts (+ its OpenGL dependency), Test,
  # lrelease for the built-in translations, and Qt's own catalogues (Korean OK/Cancel, the
  # command line's "Options:")
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libqt6sql6-sqlite
  qt6-l10n-tools qt6-translations-l10n
  # metric formulas
  libmuparser-dev
  # SQLite's header and static library: storage/ reads through SQLite's API, and each program
  # links SQLite in and exports it for Qt's SQLite driver to bind to (storage/CMakeLists.txt)
  libsqlite3-dev
  # the fonts the PDF summary names (report/pageflow.cpp): a Latin family first, then a CJK one
  fonts-dejavu-core fonts-noto-cjk
  # tests and benchmarks; poppler-utils and qpdf read the PDF summary back (tests/report)
  googletest libgtest-dev libgmock-dev libbenchmark-dev poppler-utils qpdf
  # the team store (storage/pg*): Qt's PostgreSQL driver, and the PostgreSQL server whose
  # initdb/postgres the tests run as a throw-away server of their own (scripts/pg-test-server.sh);
  # the package also creates the `postgres` account the server runs as when the tests run as root
  libqt6sql6-psql postgresql
  # formatting check (scripts/check-format.sh): Debian 12's clang-format is version 14, the one
  # the check accepts; git lists the files it checks
  clang-format git
)
if [[ ${1:-} == --desktop ]]; then
  : # the window's fonts for Hangul (fonts-noto-cjk) are already in the base list
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; else SUDO=; fi
  log=$(mktemp)
  if ! { $SUDO apt-get update -qq -o Acquire::Retries=3 &&
         DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq -o Acquire::Retries=3 --no-install-recommends \
           "${missing[@]}"; } >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "install-deps: installing the packages above failed (see apt's messages); check the" \
         "network and the apt sources, then run this again" >&2
    exit 1
  fi
  rm -f "$log"
  echo "Installed ${#missing[@]} package(s)."
fi

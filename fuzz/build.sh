#!/usr/bin/env bash
# Builds the libFuzzer harnesses with AddressSanitizer and UndefinedBehaviorSanitizer, outside
# the project build (they are not part of the test run). Needs clang and libFuzzer (Debian 12:
# clang, libclang-rt-14-dev) besides the project's own build dependencies.
#   fuzz/build.sh [OUT_DIR]        default OUT_DIR: build/fuzz
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/build/fuzz}
mkdir -p "$out/obj"
cxx=${CXX:-clang++}
flags=(-std=c++20 -g -O1 -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
       -fPIC -I"$root"
       -DQT_NO_CAST_FROM_ASCII -DQT_NO_CAST_TO_ASCII -DQT_USE_QSTRINGBUILDER
       -DQT_NO_CAST_FROM_BYTEARRAY -DQT_DISABLE_DEPRECATED_BEFORE=0x060400
       $(pkg-config --cflags Qt6Core Qt6Sql))
# muparser is loaded at run time by its major version (core/domain/formulaengine.h).
muparser=$(readlink -f "$(pkg-config --variable=libdir muparser)/libmuparser.so")
flags+=(-DMLP_MUPARSER_SOVERSION="$(sed -E 's/.*\.so\.([0-9]+).*/\1/' <<<"$muparser")")
libs=($(pkg-config --libs Qt6Core Qt6Sql sqlite3))

objects=()
for src in "$root"/core/*/*.cpp "$root"/storage/*.cpp; do
  obj=$out/obj/$(basename "$(dirname "$src")")_$(basename "${src%.cpp}").o
  if [[ ! -f $obj || $src -nt $obj ]]; then
    echo "fuzz: compiling ${src#$root/}" >&2
    "$cxx" "${flags[@]}" -c "$src" -o "$obj"
  fi
  objects+=("$obj")
done
for harness in fuzz_import fuzz_file fuzz_formula; do
  echo "fuzz: linking $harness" >&2
  "$cxx" "${flags[@]}" -fsanitize=fuzzer "$root/fuzz/$harness.cpp" "${objects[@]}" "${libs[@]}" \
    -o "$out/$harness"
done
echo "fuzz: harnesses in $out" >&2

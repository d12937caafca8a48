#!/usr/bin/env bash
# Installs the build tree into a scratch prefix, then builds
# examples/minimal.cpp against it twice: with find_package(attache) and
# with pkg-config. Each program must run and find its event.
set -euo pipefail
build=$1
src=$2
work="$build/install-test"
rm -rf "$work"
cmake --install "$build" --prefix "$work/prefix" >/dev/null
test -f "$work/prefix/include/attache/attache.hpp"
! grep -rlE '#include <(unicode|re2|fmt)/' "$work/prefix/include/attache" || { echo "a public header includes ICU, RE2 or fmt"; exit 1; }

cmake -S "$src/tests/install" -B "$work/consumer" -DCMAKE_PREFIX_PATH="$work/prefix" \
      -DATTACHE_EXAMPLE="$src/examples/minimal.cpp" >/dev/null
cmake --build "$work/consumer" >/dev/null
"$work/consumer/minimal" > "$work/find_package.json"
grep -q '"EMBASSY_CLOSURE"' "$work/find_package.json"
echo "find_package consumer: ok"

pcdir=$(dirname "$(find "$work/prefix" -name attache.pc | head -n 1)")
export PKG_CONFIG_PATH="$pcdir"
c++ -std=c++17 "$src/examples/minimal.cpp" -o "$work/minimal-pkgconfig" $(pkg-config --cflags --libs attache)
"$work/minimal-pkgconfig" > "$work/pkg-config.json"
grep -q '"EMBASSY_CLOSURE"' "$work/pkg-config.json"
echo "pkg-config consumer: ok"

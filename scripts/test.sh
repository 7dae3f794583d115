#!/usr/bin/env bash
# Builds Tideline with its tests and runs the whole suite (C++ and QML, offscreen); then the same
# suite built with AddressSanitizer and UBSan (scripts/test-sanitizers.sh), then every fuzz harness
# for a bounded time (scripts/fuzz.sh). Any failure, sanitizer report or fuzzer finding fails.
# Times on a 2-core machine are in docs/TESTING.md.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
build="$root/build/test"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTIDELINE_QML_CACHEGEN=OFF >/dev/null
cmake --build "$build"
export QT_QPA_PLATFORM=offscreen
(cd "$build" && ctest --output-on-failure --no-tests=error -j "$(nproc)")
"$root/scripts/test-sanitizers.sh"
"$root/scripts/fuzz.sh"

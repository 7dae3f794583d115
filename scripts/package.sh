#!/usr/bin/env bash
# Builds tideline_<version>_amd64.deb from a Release build (build/package) with CPack, then
# checks it with scripts/check-package.sh. The .deb is left in build/package/.
#   ./scripts/package.sh            build and check
#   ./scripts/package.sh --no-check build only
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
build="${TIDELINE_PACKAGE_BUILD_DIR:-$root/build/package}"

# Release, as shipped: no tests, no benchmarks (CPack builds every target before packaging).
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
      -DTIDELINE_BUILD_TESTS=OFF -DTIDELINE_BUILD_BENCH=OFF >/dev/null
cmake --build "$build"
rm -f "$build"/tideline_*.deb
(cd "$build" && cpack -G DEB >/dev/null)
deb=$(ls "$build"/tideline_*_amd64.deb)
echo "Built $deb"

if [ "${1:-}" != "--no-check" ]; then
    "$root/scripts/check-package.sh" "$deb"
fi

#!/usr/bin/env bash
# Builds Tideline (Release) and starts it on the default data directory.
# Extra arguments go to the app, e.g. ./scripts/run.sh --data-dir /path/to/folder
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
build="$root/build/release"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDELINE_BUILD_TESTS=OFF >/dev/null
cmake --build "$build" --target tideline tideline-cli
exec "$build/app/tideline" "$@"

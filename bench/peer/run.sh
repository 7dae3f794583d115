#!/usr/bin/env bash
# bench_peer (docs/BENCHMARKS.md): Tideline side by side with RedNoteBook. Installs what the bench
# needs and is missing (RedNoteBook from Debian, the virtual X server), builds bench_peer and the
# app in Release, and runs it under xvfb-run. Opt-in: none of this is in scripts/debian-packages.txt.
# Arguments go to bench_peer, e.g. bench/peer/run.sh --runs 10. TIDELINE_BUILD_DIR picks the build
# folder (default build/release; an existing one keeps its configuration).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# Only what is missing, with apt-get (scripts/setup-debian.sh). xauth is what xvfb-run needs beside
# Xvfb (only a Recommends of xvfb).
"$root/scripts/setup-debian.sh" rednotebook xvfb xauth

build="${TIDELINE_BUILD_DIR:-$root/build/release}"
if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTIDELINE_BUILD_TESTS=OFF >/dev/null
fi
cmake --build "$build" --target bench_peer tideline

# The bench keeps the journal text in a temporary folder it removes itself; this one holds that
# folder and goes too, even if the bench is killed half-way.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
TMPDIR="$work" xvfb-run -a -s "-screen 0 1280x1024x24" "$build/bench/bench_peer" "$@"

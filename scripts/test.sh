#!/usr/bin/env bash
# Builds Tideline with its tests and AddressSanitizer + UBSan, and runs the whole suite (C++ and
# QML, offscreen) in that build (scripts/test-sanitizers.sh), then every fuzz harness for a bounded
# time (scripts/fuzz.sh). Any failure, sanitizer report or fuzzer finding fails.
# The suite runs once, sanitized, the stricter of the two ways: a second, unsanitized run of the
# same tests cost CI about a fifth of its 90 minutes (docs/TESTING.md "Times"). The unsanitized,
# optimised programs as shipped are built and run by scripts/package.sh, which CI runs next.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
"$root/scripts/setup-debian.sh"
"$root/scripts/test-sanitizers.sh"
"$root/scripts/fuzz.sh"

#!/usr/bin/env bash
# Runs one tst_*.qml with tideline_qml_tests and fails when it passed without testing anything:
# no test function ran (a file without one, a TestCase that never started), or a test was
# skipped (a test that cannot run is made to run or fails; it never passes quietly).
# Usage: run-qml-test.sh TIDELINE_QML_TESTS FILE.qml
set -uo pipefail
binary="$1"
file="$2"
# Under ASan (scripts/test-sanitizers.sh), full allocation stacks: Qt is built without frame
# pointers, so the fast unwinder stops inside Qt, and tests/lsan.supp's entries for Qt Quick's own
# leaks name frames further down.
if [[ -n "${ASAN_OPTIONS:-}" ]]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:fast_unwind_on_malloc=0"
fi
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

"$binary" -platform offscreen -input "$file" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [[ $status -ne 0 ]]; then
    exit "$status"
fi
if grep -qE '^SKIP +:' "$log"; then
    echo "$(basename "$file"): a test was skipped; make it run, or let it fail with the reason" >&2
    exit 1
fi
ran="$(grep -E '^PASS +:' "$log" | grep -cvE '::(initTestCase|cleanupTestCase)\(\)')"
if [[ "$ran" -eq 0 ]]; then
    echo "$(basename "$file"): no test function ran, so nothing was tested" >&2
    exit 1
fi
echo "$(basename "$file"): $ran test functions passed"

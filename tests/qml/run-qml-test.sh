#!/usr/bin/env bash
# Runs one tst_*.qml with tideline_qml_tests and fails when it passed without testing anything:
# no test function ran (a file without one, a TestCase that never started), or a test was
# skipped (a test that cannot run is made to run or fails; it never passes quietly).
# Usage: run-qml-test.sh TIDELINE_QML_TESTS FILE.qml
set -uo pipefail
binary="$1"
file="$2"
# Under ASan (scripts/test-sanitizers.sh) the QML files run without the leak check at exit; every
# other ASan and UBSan check stays on. Why: at exit Qt Quick's software scene graph keeps the
# texture it made for an Image item (the Controls style's ComboBox indicator), a cycle of
# QSGTexture, QPixmap and QImage that only Qt allocates and holds (15 of the 21 files showed it;
# with full stacks no Tideline frame is on them). Qt has no frame pointers, so naming those frames
# in a suppression needs fast_unwind_on_malloc=0, which made the QML files four times slower and
# tst_JournalEditor's 5 MB paste take over ten minutes. The C++ these pages drive (app/, core/) is
# leak-checked by the app, core and integration tests.
if [[ -n "${ASAN_OPTIONS:-}" ]]; then
    export ASAN_OPTIONS="$ASAN_OPTIONS:detect_leaks=0"
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

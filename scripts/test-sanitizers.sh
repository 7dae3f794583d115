#!/usr/bin/env bash
# Builds the whole test suite (and the benchmarks, which are not run, so they keep compiling) with
# AddressSanitizer and UBSan in build/asan and runs it; any test failure or sanitizer report fails,
# in a test or in a process a test starts (the CLI, the typing helper). gcc, as Debian builds Qt
# with gcc; Debug (warnings are errors, Q_ASSERT is on) at -O1, which keeps the run quick.
# scripts/test.sh calls this.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/asan"
flags="-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTIDELINE_QML_CACHEGEN=OFF \
      -DCMAKE_C_FLAGS="$flags" -DCMAKE_CXX_FLAGS="$flags" \
      -DCMAKE_C_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$build"

# Every report also goes to a file, so one from a child process counts even when the test that
# started it looked only at its exit code; exitcode=86 keeps ASan's exit apart from the CLI's own codes.
reports="$build/sanitizer-reports"
rm -rf "$reports"
mkdir -p "$reports"
chmod 1777 "$reports" # the CLI run as nobody (tst_CliInit) must be able to report too
export ASAN_OPTIONS="exitcode=86:detect_leaks=1:check_initialization_order=1:strict_init_order=1:detect_stack_use_after_return=0:log_path=$reports/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:log_path=$reports/ubsan"
# Leaks that are Qt's (or its libraries'), not ours: each entry in tests/lsan.supp says why.
export LSAN_OPTIONS="suppressions=$root/tests/lsan.supp:print_suppressions=0"
export QT_QPA_PLATFORM=offscreen
status=0
(cd "$build" && ctest --output-on-failure --no-tests=error -j "$(nproc)") || status=$?
if compgen -G "$reports/*" >/dev/null; then
    echo "Sanitizer reports (each is a failure):" >&2
    for report in "$reports"/*; do
        echo "== $report" >&2
        head -n 60 "$report" >&2
    done
    status=1
fi
exit "$status"

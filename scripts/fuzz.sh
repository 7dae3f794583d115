#!/usr/bin/env bash
# Builds the libFuzzer harnesses in fuzz/ with clang, AddressSanitizer and UBSan (build/fuzz), and
# runs each one for a bounded time over its seed corpus (fuzz/corpus/NAME, which holds every input
# that ever broke something, as a regression case) plus what it finds. A crash, a sanitizer report
# or a broken promise (FUZZ_CHECK) fails, and the input is kept in build/fuzz/crashes/.
#
#   TIDELINE_FUZZ_SECONDS  seconds per harness (default 15; 13 harnesses: about 3¼ minutes in all)
#   TIDELINE_FUZZ_ONLY     run only the harnesses whose names contain this
# New inputs go to build/fuzz/corpus/NAME, so a later run on the same machine starts from them.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="$root/build/fuzz"
seconds="${TIDELINE_FUZZ_SECONDS:-15}"
only="${TIDELINE_FUZZ_ONLY:-}"

# Debug (so warnings are errors and Q_ASSERT is on) at -O1, which is what libFuzzer advises.
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DTIDELINE_FUZZ=ON \
      -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
      -DCMAKE_C_FLAGS_DEBUG="-g -O1" -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" >/dev/null
cmake --build "$build" --target tideline_fuzzers

# Qt's own leaks at exit are not ours; see fuzz/lsan.supp for each one and why.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:allocator_may_return_null=1"
export LSAN_OPTIONS="suppressions=$root/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_QPA_PLATFORM=offscreen TZ=UTC

failed=()
for seeds in "$root"/fuzz/corpus/*/; do
    name="$(basename "$seeds")"
    [[ -n "$only" && "$name" != *"$only"* ]] && continue
    work="$build/corpus/$name"
    log="$build/logs/$name.log"
    mkdir -p "$work" "$build/crashes" "$build/logs"
    args=(-max_total_time="$seconds" -timeout=30 -rss_limit_mb=3072 -max_len=16384 -print_final_stats=1
          -artifact_prefix="$build/crashes/$name-")
    [[ -f "$root/fuzz/dict/$name.dict" ]] && args+=(-dict="$root/fuzz/dict/$name.dict")
    if "$build/fuzz/$name" "${args[@]}" "$work" "$seeds" >"$log" 2>&1; then
        runs="$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")"
        corpus="$(find "$work" "$seeds" -type f | wc -l)"
        echo "fuzz: $name: ${seconds} s, ${runs:-?} runs, ${corpus} inputs in its corpus: ok"
    else
        echo "fuzz: $name FAILED; the input is in $build/crashes/, the report in $log:" >&2
        grep -E 'ERROR|FUZZ_CHECK|runtime error|SUMMARY' "$log" | head -n 20 >&2 || tail -n 40 "$log" >&2
        failed+=("$name")
    fi
done
if [[ ${#failed[@]} -gt 0 ]]; then
    echo "fuzz: ${#failed[@]} harness(es) failed: ${failed[*]}" >&2
    exit 1
fi

# -DTIDELINE_FUZZ=ON: everything (our code, SQLCipher) with AddressSanitizer and UBSan, for the
# libFuzzer harnesses in fuzz/. libFuzzer comes with clang only; gcc has no equivalent.
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang" OR NOT CMAKE_C_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "TIDELINE_FUZZ needs clang (CC=clang CXX=clang++): libFuzzer is part of clang. "
                        "scripts/fuzz.sh configures build/fuzz that way.")
endif()
# fuzzer-no-link: coverage for libFuzzer in every object; the harnesses add -fsanitize=fuzzer,
# which brings libFuzzer's main(). Any UBSan report is an error (an abort libFuzzer records).
set(_tideline_fuzz_flags
    "-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer -g")
string(APPEND CMAKE_C_FLAGS " ${_tideline_fuzz_flags}")
string(APPEND CMAKE_CXX_FLAGS " ${_tideline_fuzz_flags}")
string(APPEND CMAKE_EXE_LINKER_FLAGS " -fsanitize=address,undefined")
set(TIDELINE_BUILD_TESTS OFF CACHE BOOL "" FORCE)
set(TIDELINE_BUILD_BENCH OFF CACHE BOOL "" FORCE)

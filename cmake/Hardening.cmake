# Warnings and hardening flags for every Tideline target (not for the bundled SQLCipher).
add_library(tideline_compile_options INTERFACE)
target_compile_options(tideline_compile_options INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> # clang (the fuzz build) has no -Wshadow=local
    -fstack-protector-strong
    $<$<NOT:$<CONFIG:Debug>>:-D_FORTIFY_SOURCE=2>
    $<$<BOOL:${TIDELINE_WERROR}>:-Werror>
    $<$<CONFIG:Debug>:-Werror>)
target_compile_definitions(tideline_compile_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_STRICT_ITERATORS)
target_link_options(tideline_compile_options INTERFACE -Wl,-z,relro -Wl,-z,now)

# SQLCipher 4.x for Tideline.
#
# Debian 12 ships SQLCipher 3.4 (SQLite 3.15, no FTS5), so by default we build the
# SQLCipher 4.14.0 amalgamation that the npm package @journeyapps/sqlcipher@6.0.0 carries.
# The tarball is fetched with `npm pack` into the build tree at configure time, checked
# against a pinned SHA-512 and refused on any mismatch. No dependency source is committed.

set(TIDELINE_SQLCIPHER_NPM_SPEC "@journeyapps/sqlcipher@6.0.0")
set(TIDELINE_SQLCIPHER_TARBALL "journeyapps-sqlcipher-6.0.0.tgz")
# npm's dist.integrity, base64 of the tarball's SHA-512, converted to hex here.
set(TIDELINE_SQLCIPHER_SHA512
    "626592408478727bfee4bdfc9582684bf74817ff9b11905a0020136de4f2ab85ca8cc1dcc5d22516712504b888a9af6bc2c78e222988623b9d80e382a2fb9ddd")

find_package(OpenSSL REQUIRED COMPONENTS Crypto)
find_package(Threads REQUIRED)

if(TIDELINE_SYSTEM_SQLCIPHER)
    find_package(PkgConfig REQUIRED)
    pkg_check_modules(SYSTEM_SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher>=4.5)
    add_library(tideline_sqlcipher INTERFACE)
    target_link_libraries(tideline_sqlcipher INTERFACE PkgConfig::SYSTEM_SQLCIPHER)
    # The system headers live in include/sqlcipher/sqlite3.h.
    target_compile_definitions(tideline_sqlcipher INTERFACE TIDELINE_SQLCIPHER_SYSTEM_HEADER=1)
    return()
endif()

set(_sqlc_dir "${CMAKE_BINARY_DIR}/_deps/sqlcipher")
set(_sqlc_tarball "${_sqlc_dir}/${TIDELINE_SQLCIPHER_TARBALL}")
set(_sqlc_src "${_sqlc_dir}/package/deps/sqlcipher-amalgamation")

function(_tideline_sqlcipher_verify result)
    if(EXISTS "${_sqlc_tarball}")
        file(SHA512 "${_sqlc_tarball}" _hash)
        if(_hash STREQUAL TIDELINE_SQLCIPHER_SHA512)
            set(${result} TRUE PARENT_SCOPE)
            return()
        endif()
        message(WARNING "SQLCipher tarball checksum mismatch: got ${_hash}; removing it.")
        file(REMOVE "${_sqlc_tarball}")
    endif()
    set(${result} FALSE PARENT_SCOPE)
endfunction()

_tideline_sqlcipher_verify(_sqlc_ok)
if(NOT _sqlc_ok)
    find_program(NPM_EXECUTABLE npm REQUIRED)
    file(MAKE_DIRECTORY "${_sqlc_dir}")
    message(STATUS "Fetching ${TIDELINE_SQLCIPHER_NPM_SPEC} with npm pack")
    # Node trusts only its own CA bundle; behind a TLS-inspecting proxy the machine's store
    # (the one apt trusts) holds the proxy's CA. Add it unless the environment already chose.
    set(_npm_env "")
    if(NOT DEFINED ENV{NODE_EXTRA_CA_CERTS} AND EXISTS "/etc/ssl/certs/ca-certificates.crt")
        set(_npm_env "NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt")
    endif()
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${_npm_env}
                            "${NPM_EXECUTABLE}" pack "${TIDELINE_SQLCIPHER_NPM_SPEC}" --loglevel=error
                    WORKING_DIRECTORY "${_sqlc_dir}"
                    RESULT_VARIABLE _npm_rc OUTPUT_QUIET ERROR_VARIABLE _npm_err)
    if(NOT _npm_rc EQUAL 0)
        message(FATAL_ERROR "npm pack ${TIDELINE_SQLCIPHER_NPM_SPEC} failed: ${_npm_err}")
    endif()
    _tideline_sqlcipher_verify(_sqlc_ok)
    if(NOT _sqlc_ok)
        message(FATAL_ERROR "The downloaded SQLCipher tarball does not match the pinned SHA-512; refusing to build with it.")
    endif()
    file(REMOVE_RECURSE "${_sqlc_dir}/package")
endif()
if(NOT EXISTS "${_sqlc_src}/sqlite3.c")
    file(ARCHIVE_EXTRACT INPUT "${_sqlc_tarball}" DESTINATION "${_sqlc_dir}"
         PATTERNS "package/deps/sqlcipher-amalgamation/*")
endif()

add_library(tideline_sqlcipher STATIC "${_sqlc_src}/sqlite3.c")
set_target_properties(tideline_sqlcipher PROPERTIES C_STANDARD 11 POSITION_INDEPENDENT_CODE ON)
target_include_directories(tideline_sqlcipher SYSTEM PUBLIC "${_sqlc_src}")
target_compile_definitions(tideline_sqlcipher
    PUBLIC SQLITE_HAS_CODEC
    PRIVATE
        SQLCIPHER_CRYPTO_OPENSSL
        SQLITE_TEMP_STORE=3            # temporary tables and indices in memory only
        SQLITE_ENABLE_FTS5
        SQLITE_SECURE_DELETE           # deleted content is overwritten, not left in free pages
        SQLITE_OMIT_LOAD_EXTENSION
        SQLITE_DQS=0
        SQLITE_THREADSAFE=1
        SQLITE_DEFAULT_FOREIGN_KEYS=1
        SQLITE_DEFAULT_FILE_PERMISSIONS=0600  # databases SQLite creates are owner-only (-wal, -shm follow)
        SQLITE_EXTRA_INIT=sqlcipher_extra_init
        SQLITE_EXTRA_SHUTDOWN=sqlcipher_extra_shutdown
        # SQLCipher's private heap (keys, page buffers; about 5 KiB a connection) at 128 KiB rather
        # than 48: room for ~25 connections before it overflows into blocks it munlock()s when freed,
        # which would unlock their neighbours in Tideline's locked areas (core/storage/SqliteMemory.h).
        SQLCIPHER_PRIVATE_HEAP_SIZE_DEFAULT=131072
        _GNU_SOURCE
        NDEBUG)
# SQLCipher 4.14.0 with gcc 12 needs stdint.h before its own headers.
target_compile_options(tideline_sqlcipher PRIVATE -include stdint.h -w -O2)
target_link_libraries(tideline_sqlcipher PUBLIC OpenSSL::Crypto Threads::Threads ${CMAKE_DL_LIBS} m)

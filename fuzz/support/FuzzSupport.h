#pragma once

#include "core/common/SecureBuffer.h"
#include "core/storage/Database.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <memory>

// Shared by the libFuzzer harnesses in fuzz/ (docs/TESTING.md). Each harness feeds one parser
// through its public API and checks what the parser promises, not only that it does not crash:
// a broken promise aborts through FUZZ_CHECK, which libFuzzer records as a crash with its input.

namespace tideline::fuzz {

// Aborts with the condition and the place, so libFuzzer keeps the input that broke a promise.
[[noreturn]] void failedCheck(const char* condition, const char* file, int line);
#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            ::tideline::fuzz::failedCheck(#condition, __FILE__, __LINE__);                                             \
        }                                                                                                              \
    } while (false)

// Once per process: Qt's warnings (the parsers log why they refuse a file) would flood the
// fuzzer's output and slow it down; fatal messages still abort.
void quietQt();

// A folder for the harness's scratch files, removed at exit. In /dev/shm when there is one:
// the importers' commits fsync, and a disk would make that most of the time spent.
QString scratchDir();

// Writes bytes to a file in the scratch folder (replacing it) and returns its path.
QString writeScratchFile(const QString& name, const QByteArray& bytes);

inline QByteArray bytesOf(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

// The vault's database as Vault::create leaves it (the embedded migrations applied), fresh for
// every input: the file is made once per process and copied back before each open, so no input
// sees what an earlier one imported. No Argon2id is needed: the importers take an open Database,
// and a vault's key slots play no part in them.
class FreshDatabase
{
public:
    FreshDatabase();
    ~FreshDatabase();
    FreshDatabase(const FreshDatabase&) = delete;
    FreshDatabase& operator=(const FreshDatabase&) = delete;

    // The pristine database, open and configured as a vault's is.
    Database& reopen();

private:
    QString m_path;
    QByteArray m_pristine;
    SecureBuffer m_key;
    std::unique_ptr<Database> m_db;
};

} // namespace tideline::fuzz

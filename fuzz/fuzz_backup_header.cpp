// The encrypted backup's header (core/exchange/BackupFile.h), read before any passphrase is asked.
// Two ways in, by the input's first byte:
//  - even: the rest is the start of a file, as found on a disk (mutations of real headers);
//  - odd: the rest gives the header's fields, which are written with a right checksum, so the
//    fuzzer reaches the range checks that a checksum keeps from plain mutation.
// Promises checked: a refusal is "not a backup" (InvalidInput), NewerVersion or DamagedDatabase;
// an accepted header asks for acceptable Argon2id work, and writes back to the bytes it came from.
#include "FuzzSupport.h"

#include "core/exchange/BackupFile.h"

#include <QtEndian>

#include <sodium.h>

using namespace tideline;
using namespace tideline::exchange;

namespace {

template<typename T>
T take(const QByteArray& bytes, qsizetype& at)
{
    T value{};
    if (at + static_cast<qsizetype>(sizeof(T)) <= bytes.size()) {
        value = qFromBigEndian<T>(bytes.constData() + at);
    }
    at += static_cast<qsizetype>(sizeof(T));
    return value;
}

void checkParsed(const QByteArray& head)
{
    const Result<BackupHeader> parsed = BackupHeader::parse(head);
    if (!parsed) {
        const ErrorCode code = parsed.code();
        FUZZ_CHECK(
            code == ErrorCode::InvalidInput || code == ErrorCode::NewerVersion || code == ErrorCode::DamagedDatabase);
        FUZZ_CHECK(!parsed.error().message.isEmpty());
        return;
    }
    const BackupHeader& header = parsed.value();
    FUZZ_CHECK(header.formatVersion == BackupHeader::kFormatVersion);
    FUZZ_CHECK(header.kdf.isAcceptable());
    FUZZ_CHECK(header.schemaVersion >= 1);
    FUZZ_CHECK(header.bodyBytes >= 0 && header.fileBytes() > header.bodyBytes);
    FUZZ_CHECK(header.salt.size() == 16 && header.keyCheck.size() == 32);
    FUZZ_CHECK(header.serialize() == head.left(BackupHeader::kHeaderBytes));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return sodium_init() < 0 ? -1 : 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    if ((data[0] & 1) == 0) {
        checkParsed(rest);
        return 0;
    }
    qsizetype at = 0;
    BackupHeader header;
    header.formatVersion = static_cast<int>(take<quint32>(rest, at));
    header.kdf.opsLimit = take<quint64>(rest, at);
    header.kdf.memLimitBytes = static_cast<std::size_t>(take<quint64>(rest, at));
    header.salt = rest.mid(at, 16).leftJustified(16, '\0');
    at += 16;
    header.schemaVersion = static_cast<int>(take<quint32>(rest, at));
    header.bodyBytes = static_cast<qint64>(take<quint64>(rest, at));
    header.keyCheck = rest.mid(at, 32).leftJustified(32, '\0');
    const QByteArray written = header.serialize();
    FUZZ_CHECK(written.size() == BackupHeader::kHeaderBytes);
    checkParsed(written);
    return 0;
}

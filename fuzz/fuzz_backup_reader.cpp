// Opening an encrypted backup (core/exchange/Restore.h: openBackup), the whole file: header,
// passphrase check, size and the MAC over every byte.
// Two ways in, by the input's first byte:
//  - bit 0 set: the rest is written as the file, unchanged (mutations of real backups);
//  - bit 0 clear: the rest is the body of a backup made here with a known passphrase, and the
//    first byte's other bits spoil one thing each (the key check, the MAC, the length, the schema
//    version), so the fuzzer reaches every check behind the header's checksum.
// Promises checked: the verdict is exactly the one the spoiled part calls for (a wrong passphrase
// is never called damage, damage never a wrong passphrase), and an intact backup opens.
// Every structured input costs one Argon2id at libsodium's INTERACTIVE floor (~0.1 s).
#include "FuzzSupport.h"

#include "core/crypto/KdfParams.h"
#include "core/exchange/BackupFile.h"
#include "core/exchange/BackupStream.h"
#include "core/exchange/Restore.h"
#include "core/storage/Migrator.h"

#include <sodium.h>

#include <memory>

using namespace tideline;
using namespace tideline::exchange;

namespace {

const char kPassphrase[] = "fuzzing the backup reader";

enum Spoil : std::uint8_t {
    Raw = 1,
    KeyCheck = 2,
    Mac = 4,
    Truncated = 8,
    LongerBody = 16,
    NewerSchema = 32,
};

struct Known
{
    QByteArray salt;
    BackupKeys keys;
};

const Known& known()
{
    static const std::unique_ptr<Known> k = [] {
        auto made = std::make_unique<Known>();
        made->salt = QByteArray(16, '\x5a');
        auto keys = deriveBackupKeys(SecureBuffer::fromString(kPassphrase), made->salt, KdfParams::interactive());
        FUZZ_CHECK(keys.ok());
        made->keys = std::move(keys).value();
        return made;
    }();
    return *k;
}

QByteArray craft(std::uint8_t spoil, const QByteArray& body)
{
    BackupHeader header;
    header.kdf = KdfParams::interactive();
    header.salt = known().salt;
    header.schemaVersion = (spoil & NewerSchema) ? Migrator::latestVersion() + 1 : Migrator::latestVersion();
    header.bodyBytes = body.size() + ((spoil & LongerBody) ? 1 : 0);
    header.keyCheck = known().keys.keyCheck(header);
    if (spoil & KeyCheck) {
        header.keyCheck[0] = static_cast<char>(header.keyCheck[0] ^ 1);
    }
    QByteArray file = header.serialize() + body;
    MacStream mac(known().keys.fileMacKey);
    mac.add(file);
    QByteArray tag = mac.finish();
    if (spoil & Mac) {
        tag[31] = static_cast<char>(tag[31] ^ 0x80);
    }
    file += tag;
    if (spoil & Truncated) {
        file.chop(1);
    }
    return file;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    if (sodium_init() < 0) {
        return -1;
    }
    (void)known();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size == 0) {
        return 0;
    }
    const std::uint8_t spoil = data[0];
    const QByteArray rest = fuzz::bytesOf(data + 1, size - 1);
    const QByteArray file = (spoil & Raw) ? rest : craft(spoil, rest);
    const QString path = fuzz::writeScratchFile(QStringLiteral("backup.tidelinebackup"), file);
    const Result<OpenedBackup> opened = openBackup(path, SecureBuffer::fromString(kPassphrase));
    if (spoil & Raw) {
        if (!opened) {
            const ErrorCode code = opened.code();
            FUZZ_CHECK(code == ErrorCode::InvalidInput || code == ErrorCode::NewerVersion
                || code == ErrorCode::DamagedDatabase || code == ErrorCode::WrongSecret);
            FUZZ_CHECK(!opened.error().message.isEmpty());
        } else {
            FUZZ_CHECK(opened.value().header.fileBytes() == file.size());
        }
        return 0;
    }
    // The order openBackup promises: a newer schema before anything; a length that cannot be
    // right before the slow key; the passphrase before the MAC.
    if (spoil & NewerSchema) {
        FUZZ_CHECK(!opened && opened.code() == ErrorCode::NewerVersion);
    } else if (spoil & (Truncated | LongerBody)) {
        FUZZ_CHECK(!opened && opened.code() == ErrorCode::DamagedDatabase);
    } else if (spoil & KeyCheck) {
        FUZZ_CHECK(!opened && opened.code() == ErrorCode::WrongSecret);
    } else if (spoil & Mac) {
        FUZZ_CHECK(!opened && opened.code() == ErrorCode::DamagedDatabase);
    } else {
        FUZZ_CHECK(opened.ok());
        FUZZ_CHECK(opened.value().header.bodyBytes == rest.size());
    }
    return 0;
}

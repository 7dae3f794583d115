// The `keyslots` file reader (core/vault/KeySlotFile.h): read before any secret is asked, from a
// folder someone else may have changed.
// Each input is read twice: as it is, and with its checksum made right (as someone who edits the
// file on purpose would), so the fuzzer also reaches the checks behind the checksum.
// Promises checked: a refusal is DamagedKeyslots or NewerVersion, never anything that could be
// taken for a wrong PIN; an accepted file has a secret slot, a 16-byte vault id and acceptable
// Argon2id costs, and written out again it reads back the same.
#include "FuzzSupport.h"

#include "core/vault/KeySlotFile.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

using namespace tideline;

namespace {

// The file's checksum as KeySlotFile writes it: BLAKE2b-256 of the compact body, keyed with the
// format's context, in hex. Repeated here (rather than exposed) so the harness can forge it.
QJsonDocument withRightChecksum(const QByteArray& bytes)
{
    QJsonObject file = QJsonDocument::fromJson(bytes).object();
    const QByteArray body = QJsonDocument(file.value(QStringLiteral("body")).toObject()).toJson(QJsonDocument::Compact);
    unsigned char digest[crypto_generichash_BYTES];
    static constexpr unsigned char kContext[] = "tideline-keyslots-v1";
    crypto_generichash(digest, sizeof digest, reinterpret_cast<const unsigned char*>(body.constData()),
        static_cast<size_t>(body.size()), kContext, sizeof kContext - 1);
    file.insert(QStringLiteral("blake2b"),
        QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex()));
    return QJsonDocument(file);
}

void check(const QByteArray& bytes)
{
    const Result<KeySlotFile> read = KeySlotFile::parse(bytes);
    if (!read) {
        FUZZ_CHECK(read.code() == ErrorCode::DamagedKeyslots || read.code() == ErrorCode::NewerVersion);
        return;
    }
    const KeySlotFile& file = read.value();
    FUZZ_CHECK(file.vaultId.size() == 16);
    FUZZ_CHECK(file.find(KeySlot::Kind::Secret) != nullptr);
    for (const KeySlot& slot : file.keySlots) {
        FUZZ_CHECK(slot.kdf.isAcceptable());
        FUZZ_CHECK(slot.salt.size() == 16);
        (void)slot.associatedData(file.vaultId);
    }
    const Result<KeySlotFile> again = KeySlotFile::parse(file.serialize());
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().vaultId == file.vaultId);
    FUZZ_CHECK(again.value().keySlots.size() == file.keySlots.size());
    for (qsizetype i = 0; i < file.keySlots.size(); ++i) {
        const KeySlot& a = file.keySlots[i];
        const KeySlot& b = again.value().keySlots[i];
        FUZZ_CHECK(a.kind == b.kind && a.secretKind == b.secretKind && a.kdf == b.kdf && a.salt == b.salt);
        FUZZ_CHECK(a.sealedKey.nonce == b.sealedKey.nonce && a.sealedKey.ciphertext == b.sealedKey.ciphertext);
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    return sodium_init() < 0 ? -1 : 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes = fuzz::bytesOf(data, size);
    check(bytes);
    const QJsonDocument forged = withRightChecksum(bytes);
    if (!forged.isNull()) {
        check(forged.toJson(QJsonDocument::Compact));
    }
    return 0;
}

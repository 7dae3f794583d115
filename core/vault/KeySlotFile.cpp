#include "core/vault/KeySlotFile.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/vault/AtomicFile.h"
#include "core/vault/FormatVersion.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace tideline {

namespace {

const QString kFormatName = QStringLiteral("tideline-keyslots");
const QString kKdfName = QStringLiteral("argon2id13");
const QString kAeadName = QStringLiteral("xchacha20poly1305-ietf");
// A keyslots file is a few hundred bytes; anything far larger is not ours.
constexpr qint64 kMaxFileBytes = 64 * 1024;
constexpr qsizetype kDatabaseSaltBytes = 16; // SQLCipher's per-database salt, the file's first bytes

// `detail` is for the log (it names the check, never the file's content); the person gets one
// clear sentence.
Error damaged(const char* detail)
{
    qCWarning(lcVault) << "keyslots file refused:" << detail;
    return Error::make(ErrorCode::DamagedKeyslots,
        QCoreApplication::translate("Vault",
            "This vault's key file (keyslots) is damaged or was changed, so the vault "
            "cannot be opened with it. Your PIN was not the problem. If you have a "
            "backup copy of the folder, restore the keyslots file from it."));
}

QString kindName(KeySlot::Kind kind)
{
    return kind == KeySlot::Kind::Secret ? QStringLiteral("secret") : QStringLiteral("recovery");
}

QString secretKindName(SecretKind kind)
{
    return kind == SecretKind::Pin ? QStringLiteral("pin") : QStringLiteral("passphrase");
}

QByteArray checksum(const QByteArray& body)
{
    QByteArray digest(crypto_generichash_BYTES, Qt::Uninitialized);
    static constexpr unsigned char kContext[] = "tideline-keyslots-v1";
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<size_t>(digest.size()),
        reinterpret_cast<const unsigned char*>(body.constData()), static_cast<size_t>(body.size()), kContext,
        sizeof kContext - 1);
    return digest.toHex();
}

QJsonObject slotToJson(const KeySlot& slot)
{
    QJsonObject o;
    o.insert(QStringLiteral("kind"), kindName(slot.kind));
    if (slot.kind == KeySlot::Kind::Secret) {
        o.insert(QStringLiteral("secret_kind"), secretKindName(slot.secretKind));
    }
    o.insert(QStringLiteral("kdf"), kKdfName);
    o.insert(QStringLiteral("ops_limit"), static_cast<qint64>(slot.kdf.opsLimit));
    o.insert(QStringLiteral("mem_limit"), static_cast<qint64>(slot.kdf.memLimitBytes));
    o.insert(QStringLiteral("salt"), QString::fromLatin1(slot.salt.toBase64()));
    o.insert(QStringLiteral("aead"), kAeadName);
    o.insert(QStringLiteral("nonce"), QString::fromLatin1(slot.sealedKey.nonce.toBase64()));
    o.insert(QStringLiteral("sealed_key"), QString::fromLatin1(slot.sealedKey.ciphertext.toBase64()));
    return o;
}

std::optional<QByteArray> base64Field(const QJsonObject& o, const QString& name, qsizetype expectedSize)
{
    const auto value = o.value(name);
    if (!value.isString()) {
        return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedSize) {
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<KeySlot> slotFromJson(const QJsonObject& o)
{
    KeySlot slot;
    const QString kind = o.value(QStringLiteral("kind")).toString();
    if (kind == QStringLiteral("secret")) {
        slot.kind = KeySlot::Kind::Secret;
        const QString secretKind = o.value(QStringLiteral("secret_kind")).toString();
        if (secretKind == QStringLiteral("pin")) {
            slot.secretKind = SecretKind::Pin;
        } else if (secretKind == QStringLiteral("passphrase")) {
            slot.secretKind = SecretKind::Passphrase;
        } else {
            return std::nullopt;
        }
    } else if (kind == QStringLiteral("recovery")) {
        slot.kind = KeySlot::Kind::Recovery;
    } else {
        return std::nullopt;
    }
    if (o.value(QStringLiteral("kdf")).toString() != kKdfName
        || o.value(QStringLiteral("aead")).toString() != kAeadName) {
        return std::nullopt;
    }
    const auto ops = o.value(QStringLiteral("ops_limit"));
    const auto mem = o.value(QStringLiteral("mem_limit"));
    if (!ops.isDouble() || !mem.isDouble() || ops.toInteger(-1) < 0 || mem.toInteger(-1) < 0) {
        return std::nullopt;
    }
    slot.kdf.opsLimit = static_cast<std::uint64_t>(ops.toInteger());
    slot.kdf.memLimitBytes = static_cast<std::size_t>(mem.toInteger());
    if (!slot.kdf.isAcceptable()) {
        return std::nullopt; // lowered (or absurd) costs: refuse before spending any effort
    }
    auto salt = base64Field(o, QStringLiteral("salt"), kSaltBytes);
    auto nonce = base64Field(o, QStringLiteral("nonce"), kAeadNonceBytes);
    auto sealed = base64Field(o, QStringLiteral("sealed_key"), kKeyBytes + kAeadTagBytes);
    if (!salt || !nonce || !sealed) {
        return std::nullopt;
    }
    slot.salt = *salt;
    slot.sealedKey = {*nonce, *sealed};
    return slot;
}

} // namespace

QByteArray KeySlot::associatedData(const QByteArray& vaultId) const
{
    QByteArray ad = "tideline-keyslot-v1|";
    ad += vaultId.toHex();
    ad += '|' + kindName(kind).toLatin1();
    ad += '|' + (kind == Kind::Secret ? secretKindName(secretKind).toLatin1() : QByteArray("-"));
    ad += '|' + kKdfName.toLatin1() + '|' + QByteArray::number(static_cast<qulonglong>(kdf.opsLimit));
    ad += '|' + QByteArray::number(static_cast<qulonglong>(kdf.memLimitBytes));
    ad += '|' + salt.toHex();
    return ad;
}

const KeySlot* KeySlotFile::find(KeySlot::Kind kind) const
{
    for (const auto& slot : keySlots) {
        if (slot.kind == kind) {
            return &slot;
        }
    }
    return nullptr;
}

void KeySlotFile::replace(const KeySlot& slot)
{
    for (auto& existing : keySlots) {
        if (existing.kind == slot.kind) {
            existing = slot;
            return;
        }
    }
    keySlots.append(slot);
}

QByteArray KeySlotFile::serialize() const
{
    QJsonObject body;
    body.insert(QStringLiteral("format"), kFormatName);
    body.insert(QStringLiteral("version"), kFormatVersion);
    body.insert(QStringLiteral("vault_id"), QString::fromLatin1(vaultId.toHex()));
    QJsonArray slotArray;
    for (const auto& slot : keySlots) {
        slotArray.append(slotToJson(slot));
    }
    body.insert(QStringLiteral("slots"), slotArray);
    if (!databaseSalt.isEmpty()) {
        body.insert(QStringLiteral("database_salt"), QString::fromLatin1(databaseSalt.toHex()));
    }

    const QByteArray compactBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    QJsonObject file;
    file.insert(QStringLiteral("body"), body);
    file.insert(QStringLiteral("blake2b"), QString::fromLatin1(checksum(compactBody)));
    return QJsonDocument(file).toJson(QJsonDocument::Indented);
}

Result<KeySlotFile> KeySlotFile::parse(const QByteArray& bytes)
{
    QJsonParseError parseError;
    const auto doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return damaged("not JSON");
    }
    const QJsonObject file = doc.object();
    const QJsonObject body = file.value(QStringLiteral("body")).toObject();
    if (body.value(QStringLiteral("format")).toString() != kFormatName) {
        return damaged("not a keyslots file");
    }
    // The checksum first, the version after (docs/VAULT-FORMAT.md, "Versions"): every format keeps
    // this envelope, a BLAKE2b of the body as compact JSON beside it, so a version is believed only
    // when the bytes around it are intact. One flipped bit in "version" is damage, not a newer
    // Tideline; so is a version far beyond any next one.
    const QByteArray expected = checksum(QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (file.value(QStringLiteral("blake2b")).toString().toLatin1() != expected) {
        return damaged("checksum");
    }
    const int version = body.value(QStringLiteral("version")).toInt(-1);
    if (isNewerFormat(version, kFormatVersion)) {
        return Error::make(ErrorCode::NewerVersion,
            QCoreApplication::translate("Vault",
                "This vault was made by a newer %1. Please update %1 to "
                "open it; nothing has been changed.")
                .arg(appName()));
    }
    if (version != kFormatVersion) {
        return damaged("version");
    }
    KeySlotFile out;
    out.vaultId = QByteArray::fromHex(body.value(QStringLiteral("vault_id")).toString().toLatin1());
    if (out.vaultId.size() != 16) {
        return damaged("vault id");
    }
    if (body.contains(QStringLiteral("database_salt"))) {
        out.databaseSalt = QByteArray::fromHex(body.value(QStringLiteral("database_salt")).toString().toLatin1());
        if (out.databaseSalt.size() != kDatabaseSaltBytes) {
            return damaged("database salt");
        }
    }
    for (const auto& value : body.value(QStringLiteral("slots")).toArray()) {
        auto slot = slotFromJson(value.toObject());
        if (!slot || out.find(slot->kind)) {
            return damaged("slot");
        }
        out.keySlots.append(*slot);
    }
    if (!out.find(KeySlot::Kind::Secret)) {
        return damaged("no secret slot");
    }
    return out;
}

Result<KeySlotFile> KeySlotFile::load(const QString& path)
{
    QFile file(path);
    if (!file.exists()) {
        return Error::make(ErrorCode::NoVault,
            QCoreApplication::translate("Vault", "There is no %1 vault in this folder yet.").arg(appName()));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Vault",
                "%1 is not allowed to read this vault's key file. Check the "
                "folder's permissions.")
                .arg(appName()));
    }
    if (file.size() > kMaxFileBytes) {
        return damaged("too large");
    }
    return parse(file.readAll());
}

Status KeySlotFile::save(const QString& path) const
{
    return writeFileAtomically(path, serialize(), SavedFile::KeySlots);
}

} // namespace tideline

#include "core/exchange/BackupFile.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/vault/FormatVersion.h"
#include "core/vault/SecretKind.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

#include <climits>
#include <cstring>

namespace tideline::exchange {

namespace {

constexpr char kMagic[] = "TIDELINE BACKUP\n"; // 16 bytes without the NUL
constexpr qsizetype kMagicBytes = 16;
static_assert(sizeof kMagic - 1 == kMagicBytes);
// crypto_kdf contexts are exactly 8 bytes; subkey ids name the key's one use.
constexpr char kSubkeyContext[] = "TLbackup";
constexpr std::uint64_t kDatabaseKeyId = 1;
constexpr std::uint64_t kKeyCheckKeyId = 2;
constexpr std::uint64_t kFileMacKeyId = 3;
// Domain of the unkeyed checksum, so it is never mistaken for any other BLAKE2b in Tideline.
constexpr unsigned char kChecksumContext[] = "tideline-backup-header-v1";

constexpr qsizetype kOffsetVersion = 16;
constexpr qsizetype kOffsetOps = 20;
constexpr qsizetype kOffsetMem = 28;
constexpr qsizetype kOffsetSalt = 36;
constexpr qsizetype kOffsetSchema = 52;
constexpr qsizetype kOffsetBody = 56;
constexpr qsizetype kOffsetKeyCheck = 64;
constexpr qsizetype kOffsetChecksum = 96;

template<typename T>
void put(QByteArray& out, qsizetype offset, T value)
{
    qToBigEndian<T>(value, out.data() + offset);
}

template<typename T>
T get(const QByteArray& in, qsizetype offset)
{
    return qFromBigEndian<T>(in.constData() + offset);
}

QByteArray blake2b(const QByteArray& message, const unsigned char* key, std::size_t keyBytes)
{
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<size_t>(digest.size()),
        reinterpret_cast<const unsigned char*>(message.constData()), static_cast<size_t>(message.size()), key,
        keyBytes);
    return digest;
}

QByteArray checksum(const QByteArray& firstBytes)
{
    return blake2b(firstBytes, kChecksumContext, sizeof kChecksumContext - 1);
}

SecureBuffer subkey(const SecureBuffer& master, std::uint64_t id)
{
    SecureBuffer key(32);
    crypto_kdf_derive_from_key(key.data(), key.size(), id, kSubkeyContext, master.data());
    return key;
}

} // namespace

Error notABackup()
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Exchange",
            "This file is not a %1 backup, so nothing was restored. Choose the file "
            "that %1's backup made.")
            .arg(appName()));
}

Error damagedBackup()
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Exchange",
            "This backup file is damaged or incomplete (it may have been cut short while it "
            "was copied), so it cannot be restored. Nothing was changed. If you have another "
            "copy of the backup, try that one."));
}

QByteArray BackupHeader::checkedPrefix() const
{
    QByteArray out(kOffsetKeyCheck, '\0');
    std::memcpy(out.data(), kMagic, kMagicBytes);
    put<quint32>(out, kOffsetVersion, static_cast<quint32>(formatVersion));
    put<quint64>(out, kOffsetOps, kdf.opsLimit);
    put<quint64>(out, kOffsetMem, static_cast<quint64>(kdf.memLimitBytes));
    std::memcpy(out.data() + kOffsetSalt, salt.constData(), static_cast<size_t>(qMin<qsizetype>(salt.size(), 16)));
    put<quint32>(out, kOffsetSchema, static_cast<quint32>(schemaVersion));
    put<quint64>(out, kOffsetBody, static_cast<quint64>(bodyBytes));
    return out;
}

QByteArray BackupHeader::serialize() const
{
    QByteArray out = checkedPrefix();
    out.append(keyCheck.left(32).leftJustified(32, '\0'));
    out.append(checksum(out));
    return out;
}

Result<BackupHeader> BackupHeader::parse(const QByteArray& head)
{
    if (head.size() < kVersionEnd || std::memcmp(head.constData(), kMagic, kMagicBytes) != 0) {
        return notABackup();
    }
    if (head.size() < kHeaderBytes) {
        qCWarning(lcVault) << "backup refused: header too short";
        return damagedBackup();
    }
    // The checksum before the version (core/vault/FormatVersion.h): every format keeps it at
    // offset 96 over bytes 0-95, so one flipped bit in the version reads as damage, never as a
    // backup from a newer Tideline.
    if (sodium_memcmp(checksum(head.left(kOffsetChecksum)).constData(), head.constData() + kOffsetChecksum, 32) != 0) {
        qCWarning(lcVault) << "backup refused: header checksum";
        return damagedBackup();
    }
    BackupHeader header;
    const quint32 version = get<quint32>(head, kOffsetVersion);
    if (version <= static_cast<quint32>(INT_MAX) && isNewerFormat(static_cast<int>(version), kFormatVersion)) {
        return Error::make(ErrorCode::NewerVersion,
            QCoreApplication::translate("Exchange",
                "This backup was made by a newer %1. Update %1, then restore it; "
                "nothing was changed.")
                .arg(appName()));
    }
    if (version != static_cast<quint32>(kFormatVersion)) {
        qCWarning(lcVault) << "backup refused: format version out of range";
        return damagedBackup();
    }
    header.formatVersion = kFormatVersion;
    header.kdf.opsLimit = get<quint64>(head, kOffsetOps);
    header.kdf.memLimitBytes = static_cast<std::size_t>(get<quint64>(head, kOffsetMem));
    header.salt = head.mid(kOffsetSalt, 16);
    header.schemaVersion = static_cast<int>(get<quint32>(head, kOffsetSchema));
    const quint64 body = get<quint64>(head, kOffsetBody);
    header.keyCheck = head.mid(kOffsetKeyCheck, 32);
    // Whatever a checksum says, a header asking for absurd work or size is not ours.
    if (!header.kdf.isAcceptable() || body > (quint64{1} << 40) || header.schemaVersion < 1) {
        qCWarning(lcVault) << "backup refused: parameters out of range";
        return damagedBackup();
    }
    header.bodyBytes = static_cast<qint64>(body);
    return header;
}

QByteArray BackupKeys::keyCheck(const BackupHeader& header) const
{
    return blake2b(header.checkedPrefix(), keyCheckKey.data(), keyCheckKey.size());
}

Result<BackupKeys> deriveBackupKeys(const SecureBuffer& passphrase, const QByteArray& salt, const KdfParams& kdf)
{
    if (salt.size() != static_cast<qsizetype>(kSaltBytes)) {
        return Error::make(ErrorCode::Internal,
            QCoreApplication::translate("Exchange", "%1 could not prepare the backup's key.").arg(appName()));
    }
    auto master = deriveKey(passphrase, reinterpret_cast<const std::uint8_t*>(salt.constData()), kdf);
    if (!master) {
        return master.error();
    }
    return BackupKeys{subkey(master.value(), kDatabaseKeyId), subkey(master.value(), kKeyCheckKeyId),
        subkey(master.value(), kFileMacKeyId)};
}

Result<SecureBuffer> normalizeBackupPassphrase(const SecureBuffer& passphrase)
{
    auto normalized = normalizeSecret(passphrase, SecretKind::Passphrase);
    if (!normalized) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Exchange",
                "A backup passphrase needs at least 8 characters. The backup file can be "
                "copied anywhere, and there only its passphrase protects it: a few words "
                "you will remember are best."));
    }
    return normalized;
}

} // namespace tideline::exchange

#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace tideline::exchange {

// The layout of an encrypted backup file (docs/BACKUP-FORMAT.md). All integers big-endian.
//
//   offset size
//   0      16   magic "TIDELINE BACKUP\n"
//   16     4    format version (1)
//   20     8    Argon2id ops limit
//   28     8    Argon2id memory limit in bytes
//   36     16   Argon2id salt
//   52     4    schema version (the vault's PRAGMA user_version)
//   56     8    body length in bytes
//   64     32   key check: BLAKE2b-256 of bytes 0-63, keyed with the key-check key
//   96     32   header checksum: BLAKE2b-256 of bytes 0-95 (unkeyed)
//   128    n    body: the vault's database, encrypted by SQLCipher under the database key
//   128+n  32   file MAC: BLAKE2b-256 of bytes 0-(127+n), keyed with the file-MAC key
//
// The three keys come from one Argon2id key of the backup passphrase (crypto_kdf subkeys), so
// the header's parameters are bound in twice: a changed parameter derives other keys.
// Telling failures apart: a broken checksum is damage; an intact header whose key check does
// not match means another passphrase; a wrong file MAC after a right key check is damage.
struct BackupHeader
{
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kHeaderBytes = 128;
    static constexpr qint64 kMacBytes = 32;
    static constexpr qint64 kVersionEnd = 20; // magic + version: readable by every format

    int formatVersion = kFormatVersion;
    KdfParams kdf;
    QByteArray salt; // 16 bytes
    int schemaVersion = 0;
    qint64 bodyBytes = 0;
    QByteArray keyCheck; // 32 bytes

    qint64 fileBytes() const { return kHeaderBytes + bodyBytes + kMacBytes; }

    // The 128 header bytes, with the key check and checksum filled in.
    QByteArray serialize() const;
    // From the file's first bytes (at least kVersionEnd of them): "not a backup", NewerVersion
    // or DamagedDatabase when the header is not one this build can trust.
    static Result<BackupHeader> parse(const QByteArray& head);
    // Bytes 0-63: what the key check covers.
    QByteArray checkedPrefix() const;
};

// The keys of one backup, all 32 bytes, from the passphrase and the header's salt and cost.
struct BackupKeys
{
    SecureBuffer databaseKey; // SQLCipher's raw key for the body
    SecureBuffer keyCheckKey; // proves the passphrase before anything else is read
    SecureBuffer fileMacKey; // the MAC over the whole file

    // The key check for a header under these keys.
    QByteArray keyCheck(const BackupHeader& header) const;
};

// Argon2id (slow, ~1 s by design) and the subkeys. Fails only for want of memory.
Result<BackupKeys> deriveBackupKeys(const SecureBuffer& passphrase, const QByteArray& salt, const KdfParams& kdf);

// The backup passphrase as UTF-8 NFC, or why it will not do (at least 8 characters, in words
// that say why: the file may travel anywhere, and only the passphrase protects it there).
Result<SecureBuffer> normalizeBackupPassphrase(const SecureBuffer& passphrase);

// Plain messages shared by backup and restore.
Error notABackup();
Error damagedBackup();

} // namespace tideline::exchange

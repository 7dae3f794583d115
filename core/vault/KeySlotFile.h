#pragma once

#include "core/common/Result.h"
#include "core/crypto/Aead.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/SecretKind.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace tideline {

// One way into the vault: the data key sealed under a key derived from a secret.
struct KeySlot
{
    enum class Kind { Secret, Recovery };

    Kind kind = Kind::Secret;
    SecretKind secretKind = SecretKind::Pin; // meaningful for Kind::Secret
    KdfParams kdf;
    QByteArray salt;
    Sealed sealedKey;

    // Everything about the slot that must not be edited: bound into the sealing, so a file
    // whose Argon2id parameters were lowered no longer opens.
    QByteArray associatedData(const QByteArray& vaultId) const;
};

// The small versioned `keyslots` file (DESIGN.md section 3). JSON, with a BLAKE2b checksum
// over its body so a damaged file is told apart from a wrong secret.
class KeySlotFile
{
public:
    static constexpr int kFormatVersion = 1;

    QByteArray vaultId; // 16 random bytes naming this vault
    QList<KeySlot> keySlots;
    // Only in keyslots.next, while keys are being renewed: the first 16 bytes (SQLCipher's salt) of
    // the database these slots open, so an interrupted renewal is finished or undone without any
    // secret (VaultRenewal). Empty in keyslots and its copy.
    QByteArray databaseSalt;

    const KeySlot* find(KeySlot::Kind kind) const;
    void replace(const KeySlot& slot);

    // DamagedKeyslots, NewerVersion or NoVault (when the file is missing).
    static Result<KeySlotFile> load(const QString& path);
    Status save(const QString& path) const;

    QByteArray serialize() const;
    static Result<KeySlotFile> parse(const QByteArray& bytes);
};

} // namespace tideline

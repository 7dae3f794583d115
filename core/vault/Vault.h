#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/crypto/KdfParams.h"
#include "core/vault/SecretKind.h"
#include "core/vault/VaultPaths.h"

#include <QDateTime>
#include <QList>

#include <functional>
#include <memory>
#include <optional>

class QLockFile;

namespace tideline {

class Database;
class KeySlotFile;
class UnlockThrottle;

// What a folder holds, found without any secret.
enum class VaultPresence {
    None, // nothing yet: onboarding
    Ready, // keyslots present: the lock screen
    KeyslotsMissing, // a database without its keyslots file: cannot be opened
};

// Shown once after an unlock: did someone try to get in while the person was away?
struct UnlockReport
{
    QList<QDateTime> failedAttemptsSinceLastVisit; // UTC
};

struct CreatedVault
{
    SecureBuffer recoveryCode; // e.g. "ABCD-EFGH-…": show once, never store
};

// The encrypted vault (DESIGN.md section 3): keyslots, the SQLCipher database, the lockout.
// One Vault per data directory per process; not thread-safe (the app drives it from one
// thread at a time).
class Vault
{
public:
    explicit Vault(VaultPaths paths, const Clock& clock = SystemClock::instance());
    ~Vault();
    Vault(const Vault&) = delete;
    Vault& operator=(const Vault&) = delete;

    const VaultPaths& paths() const { return m_paths; }
    VaultPresence presence() const;

    // Takes the per-vault lock file so no second Tideline opens the same vault.
    // InUse if another live process holds it. Held until this Vault is destroyed.
    Status claim();
    bool isClaimed() const;

    // Makes a new vault in an empty (or missing) directory. kdf defaults to calibrating
    // Argon2id on this machine. On success the vault is left unlocked.
    Result<CreatedVault> create(
        const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf = std::nullopt);

    // Puts a database keyed with dataKey (raw, 32 bytes) at databasePath, which does not exist
    // yet; removes whatever it made when it fails. Restoring a backup provides one.
    using DatabaseWriter = std::function<Status(const QString& databasePath, const SecureBuffer& dataKey)>;

    // Like create(), but the database comes from writeDatabase (a backup being restored) instead
    // of being empty: keyslots as create() makes them, then migrations and a full integrity
    // check before the keyslots file is written. The folder must be empty apart from files that
    // hold no content (the lock and the settings read before unlock); VaultExists or
    // InvalidInput otherwise. On failure the folder is left as it was.
    Result<CreatedVault> createFromBackup(
        const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter& writeDatabase);

    // The PIN/passphrase kind of the existing vault, read without any secret.
    Result<SecretKind> secretKind() const;

    // Seconds until the next try is allowed (0 = now).
    qint64 secondsUntilNextTry();
    int consecutiveFailures();

    Result<UnlockReport> unlock(const SecureBuffer& secret);
    // Opens with the recovery code and at once replaces the PIN/passphrase with newSecret.
    Result<UnlockReport> recover(const SecureBuffer& recoveryCode, const SecureBuffer& newSecret, SecretKind newKind);
    // Re-seals the PIN/passphrase slot; the database is not re-encrypted.
    Status changeSecret(const SecureBuffer& currentSecret, const SecureBuffer& newSecret, SecretKind newKind);

    // Checkpoints the WAL, closes the database and wipes the data key.
    void lock();
    bool isUnlocked() const;

    // The open database; only valid while unlocked.
    Database& database();

    // Full integrity checks: keyslots file, SQLCipher page HMACs, SQLite's integrity_check.
    // Needs the vault unlocked.
    Status verify();

private:
    friend struct VaultTestAccess;

    Result<CreatedVault> createWith(
        const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter* writer);
    Status openDatabase(bool creating);
    Result<UnlockReport> finishUnlock();
    Status checkThrottle();
    // The wrong-try message, with the wait or the tries left; recoveryCode: it was the recovery code.
    Error wrongSecretError(bool recoveryCode);
    void countFailedTry();

    VaultPaths m_paths;
    const Clock& m_clock;
    std::unique_ptr<QLockFile> m_lockFile;
    std::unique_ptr<UnlockThrottle> m_throttle;
    std::unique_ptr<Database> m_db;
    SecureBuffer m_dataKey; // 32 bytes, allocated for the Vault's life, zero while locked
    bool m_unlocked = false;
};

} // namespace tideline

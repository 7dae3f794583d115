#include "core/vault/Vault.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/crypto/Aead.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/RecoveryCode.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Transaction.h"
#include "core/vault/AccessEventRepository.h"
#include "core/vault/KeySlotFile.h"
#include "core/vault/UnlockThrottle.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <sodium.h>

namespace tideline {

namespace {

// How long a wait is, as the end of "You can try again in …": one word for one, %n (with a
// translation's plural forms) for the rest.
QString formatWait(qint64 seconds)
{
    if (seconds < 60) {
        return seconds == 1 ? QCoreApplication::translate("Vault", "1 second")
                            : QCoreApplication::translate("Vault", "%n seconds", nullptr, static_cast<int>(seconds));
    }
    const int minutes = static_cast<int>((seconds + 59) / 60);
    return minutes == 1 ? QCoreApplication::translate("Vault", "1 minute")
                        : QCoreApplication::translate("Vault", "%n minutes", nullptr, minutes);
}

Error lockedOut(qint64 seconds)
{
    return Error::make(ErrorCode::LockedOut,
        QCoreApplication::translate("Vault",
            "There have been several tries that didn't match, so %1 is pausing. "
            "You can try again in %2.")
            .arg(appName(), formatWait(seconds)),
        seconds);
}

Error notUnlocked()
{
    return Error::make(
        ErrorCode::NotUnlocked, QCoreApplication::translate("Vault", "The vault is locked. Unlock it first."));
}

KeySlot makeSlot(KeySlot::Kind kind, SecretKind secretKind, const KdfParams& kdf, const QByteArray& vaultId,
    const SecureBuffer& secret, const SecureBuffer& dataKey, Status& status)
{
    KeySlot slot;
    slot.kind = kind;
    slot.secretKind = secretKind;
    slot.kdf = kdf;
    slot.salt.resize(static_cast<qsizetype>(kSaltBytes));
    randombytes_buf(slot.salt.data(), kSaltBytes);
    auto wrappingKey = deriveKey(secret, reinterpret_cast<const std::uint8_t*>(slot.salt.constData()), kdf);
    if (!wrappingKey) {
        status = wrappingKey.error();
        return slot;
    }
    slot.sealedKey = seal(dataKey, wrappingKey.value(), slot.associatedData(vaultId));
    status = {};
    return slot;
}

std::optional<SecureBuffer> openSlot(
    const KeySlot& slot, const QByteArray& vaultId, const SecureBuffer& secret, Status& status)
{
    auto wrappingKey = deriveKey(secret, reinterpret_cast<const std::uint8_t*>(slot.salt.constData()), slot.kdf);
    if (!wrappingKey) {
        status = wrappingKey.error();
        return std::nullopt;
    }
    status = {};
    return open(slot.sealedKey, wrappingKey.value(), slot.associatedData(vaultId));
}

void removeDatabaseFiles(const VaultPaths& paths)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(paths.database() + QLatin1String(suffix));
    }
}

} // namespace

Vault::Vault(VaultPaths paths, const Clock& clock)
    : m_paths(std::move(paths))
    , m_clock(clock)
    , m_throttle(std::make_unique<UnlockThrottle>(m_paths.unlockState(), clock))
    , m_db(std::make_unique<Database>())
    , m_dataKey(kKeyBytes)
{}

Vault::~Vault()
{
    lock();
}

VaultPresence Vault::presence() const
{
    if (QFile::exists(m_paths.keyslots())) {
        return VaultPresence::Ready;
    }
    if (QFile::exists(m_paths.database())) {
        return VaultPresence::KeyslotsMissing;
    }
    return VaultPresence::None;
}

Status Vault::claim()
{
    if (isClaimed()) {
        return {};
    }
    QDir dir(m_paths.dir);
    if (!dir.exists()) {
        if (!QDir().mkpath(m_paths.dir)) {
            return Error::make(ErrorCode::CannotWrite,
                QCoreApplication::translate("Vault",
                    "%1 could not make its data folder at %2. Check that the place "
                    "exists and can be written to.")
                    .arg(appName(), QDir::toNativeSeparators(m_paths.dir)));
        }
        // Owner only: other accounts on this computer cannot even list the files.
        QFile::setPermissions(m_paths.dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    auto lockFile = std::make_unique<QLockFile>(m_paths.lockFile());
    lockFile->setStaleLockTime(0); // a lock whose process is gone is stale at once
    if (!lockFile->tryLock(0)) {
        if (lockFile->error() == QLockFile::LockFailedError) {
            return Error::make(ErrorCode::InUse,
                QCoreApplication::translate("Vault",
                    "%1 is already open with this vault in another window. Close "
                    "that one first.")
                    .arg(appName()));
        }
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Vault",
                "%1 could not write to its data folder at %2. Check that it can be "
                "written to.")
                .arg(appName(), QDir::toNativeSeparators(m_paths.dir)));
    }
    // QLockFile follows the umask (often 0644); it holds only a process id and a host name,
    // but every file Tideline writes is owner-only.
    QFile::setPermissions(m_paths.lockFile(), QFile::ReadOwner | QFile::WriteOwner);
    m_lockFile = std::move(lockFile);
    return {};
}

bool Vault::isClaimed() const
{
    return m_lockFile && m_lockFile->isLocked();
}

Result<CreatedVault> Vault::create(const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf)
{
    return createWith(secret, kind, kdf, nullptr);
}

Result<CreatedVault> Vault::createFromBackup(
    const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter& writeDatabase)
{
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (presence() != VaultPresence::None) {
        return Error::make(ErrorCode::VaultExists,
            QCoreApplication::translate("Vault",
                "There is already a %1 vault in this folder; it was left as it is. A backup "
                "is restored into an empty folder.")
                .arg(appName()));
    }
    // Files that hold no content and may precede a vault: this process's lock, and what the
    // app keeps before unlock (settings, the try counter).
    const QFileInfo lock(m_paths.lockFile()), settings(m_paths.settings()), tries(m_paths.unlockState());
    const QStringList allowed{lock.fileName(), settings.fileName(), tries.fileName()};
    const QStringList entries = QDir(m_paths.dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& name : entries) {
        if (!allowed.contains(name)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Vault",
                    "The folder %1 is not empty. A backup is restored into an empty folder, so that "
                    "nothing already there is changed or mixed in; nothing was changed.")
                    .arg(QDir::toNativeSeparators(m_paths.dir)));
        }
    }
    return createWith(secret, kind, kdf, &writeDatabase);
}

Result<CreatedVault> Vault::createWith(
    const SecureBuffer& secret, SecretKind kind, std::optional<KdfParams> kdf, const DatabaseWriter* writer)
{
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (presence() != VaultPresence::None) {
        return Error::make(ErrorCode::VaultExists,
            QCoreApplication::translate("Vault", "There is already a %1 vault in this folder; it was left as it is.")
                .arg(appName()));
    }
    auto normalized = normalizeSecret(secret, kind);
    if (!normalized) {
        return normalized.error();
    }
    // Not value_or: its argument would be evaluated (and calibration run) even when kdf is given.
    const KdfParams params = kdf ? *kdf : KdfParams::calibrate();
    if (!params.isAcceptable()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Vault", "Those key-stretching settings are too weak."));
    }

    lock();
    randombytes_buf(m_dataKey.data(), m_dataKey.size());
    KeySlotFile file;
    file.vaultId.resize(16);
    randombytes_buf(file.vaultId.data(), static_cast<size_t>(file.vaultId.size()));

    Status status;
    file.keySlots.append(
        makeSlot(KeySlot::Kind::Secret, kind, params, file.vaultId, normalized.value(), m_dataKey, status));
    if (!status) {
        m_dataKey.wipe();
        return status.error();
    }
    // 128 random bits cannot be guessed, so the recovery slot needs only the floor cost.
    auto recovery = RecoveryCode::generate();
    file.keySlots.append(makeSlot(
        KeySlot::Kind::Recovery, kind, KdfParams::interactive(), file.vaultId, recovery.secret, m_dataKey, status));
    if (!status) {
        m_dataKey.wipe();
        return status.error();
    }

    // The database first, the keyslots last: a vault exists once its keyslots file does.
    Status placed = writer ? (*writer)(m_paths.database(), m_dataKey) : Status();
    if (placed && writer) {
        QFile::setPermissions(m_paths.database(), QFile::ReadOwner | QFile::WriteOwner);
    }
    if (placed) {
        // A restored database is migrated to this build's schema and fully checked before it
        // becomes a vault: a backup that fails here leaves no half-made vault behind.
        placed = openDatabase(writer == nullptr);
    }
    if (placed && writer) {
        placed = m_db->integrityCheck();
    }
    if (!placed) {
        m_db->close();
        removeDatabaseFiles(m_paths);
        m_dataKey.wipe();
        return placed.error();
    }
    if (auto s = file.save(m_paths.keyslots()); !s) {
        m_db->close();
        removeDatabaseFiles(m_paths);
        m_dataKey.wipe();
        return s.error();
    }
    if (auto s = m_throttle->recordSuccess(); !s) {
        qCWarning(lcVault) << "could not reset the unlock-try counter";
    }
    m_unlocked = true;
    qCInfo(lcVault) << "vault created";
    return CreatedVault{std::move(recovery.text)};
}

Result<SecretKind> Vault::secretKind() const
{
    auto file = KeySlotFile::load(m_paths.keyslots());
    if (!file) {
        return file.error();
    }
    return file.value().find(KeySlot::Kind::Secret)->secretKind;
}

qint64 Vault::secondsUntilNextTry()
{
    return m_throttle->secondsLeft();
}

int Vault::consecutiveFailures()
{
    return m_throttle->consecutiveFailures();
}

Status Vault::checkThrottle()
{
    const qint64 seconds = m_throttle->secondsLeft();
    if (seconds > 0) {
        return lockedOut(seconds);
    }
    return {};
}

void Vault::countFailedTry()
{
    if (auto s = m_throttle->recordFailure(); !s) {
        qCWarning(lcVault) << "could not save the unlock-try counter";
    }
}

Error Vault::wrongSecretError(bool recoveryCode)
{
    const qint64 seconds = m_throttle->secondsLeft();
    const int left = UnlockThrottle::kFreeTries - m_throttle->consecutiveFailures();
    QString message;
    if (seconds > 0) {
        message = (recoveryCode
                ? QCoreApplication::translate(
                    "Vault", "That recovery code didn't open the vault. You can try again in %1.")
                : QCoreApplication::translate("Vault", "That didn't open the vault. You can try again in %1."))
                      .arg(formatWait(seconds));
    } else if (left == 1) {
        message = recoveryCode
            ? QCoreApplication::translate(
                "Vault", "That recovery code didn't open the vault. One more try before a short pause.")
            : QCoreApplication::translate("Vault", "That didn't open the vault. One more try before a short pause.");
    } else if (left == 2) {
        message = recoveryCode
            ? QCoreApplication::translate(
                "Vault", "That recovery code didn't open the vault. Two more tries before a short pause.")
            : QCoreApplication::translate("Vault", "That didn't open the vault. Two more tries before a short pause.");
    } else {
        message = recoveryCode ? QCoreApplication::translate("Vault", "That recovery code didn't open the vault.")
                               : QCoreApplication::translate("Vault", "That didn't open the vault.");
    }
    return Error::make(ErrorCode::WrongSecret, message, seconds);
}

Result<UnlockReport> Vault::unlock(const SecureBuffer& secret)
{
    if (m_unlocked) {
        return UnlockReport{};
    }
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (auto s = checkThrottle(); !s) {
        return s.error();
    }
    auto file = KeySlotFile::load(m_paths.keyslots());
    if (!file) {
        return file.error();
    }
    const KeySlot* slot = file.value().find(KeySlot::Kind::Secret);
    auto normalized = normalizeSecret(secret, slot->secretKind);
    if (!normalized) {
        return normalized.error(); // too short to be right: say so, without counting a try
    }
    Status status;
    auto dataKey = openSlot(*slot, file.value().vaultId, normalized.value(), status);
    if (!status) {
        return status.error();
    }
    if (!dataKey || dataKey->size() != kKeyBytes) {
        countFailedTry();
        return wrongSecretError(false);
    }
    std::copy(dataKey->data(), dataKey->data() + kKeyBytes, m_dataKey.data());
    if (auto s = openDatabase(false); !s) {
        m_dataKey.wipe();
        return s.error();
    }
    return finishUnlock();
}

Result<UnlockReport> Vault::recover(const SecureBuffer& recoveryCode, const SecureBuffer& newSecret, SecretKind newKind)
{
    if (m_unlocked) {
        lock();
    }
    if (auto s = claim(); !s) {
        return s.error();
    }
    if (auto s = checkThrottle(); !s) {
        return s.error();
    }
    auto code = RecoveryCode::parse(recoveryCode);
    if (!code) {
        return code.error();
    }
    auto normalizedNew = normalizeSecret(newSecret, newKind);
    if (!normalizedNew) {
        return normalizedNew.error();
    }
    auto file = KeySlotFile::load(m_paths.keyslots());
    if (!file) {
        return file.error();
    }
    const KeySlot* recoverySlot = file.value().find(KeySlot::Kind::Recovery);
    if (!recoverySlot) {
        return Error::make(ErrorCode::DamagedKeyslots,
            QCoreApplication::translate("Vault",
                "This vault's key file has no recovery code slot, so a recovery code "
                "cannot open it."));
    }
    Status status;
    auto dataKey = openSlot(*recoverySlot, file.value().vaultId, code.value(), status);
    if (!status) {
        return status.error();
    }
    if (!dataKey || dataKey->size() != kKeyBytes) {
        countFailedTry();
        return wrongSecretError(true);
    }
    std::copy(dataKey->data(), dataKey->data() + kKeyBytes, m_dataKey.data());
    if (auto s = openDatabase(false); !s) {
        m_dataKey.wipe();
        return s.error();
    }
    // The same cost as the slot it replaces: recovery must not weaken the vault.
    const KdfParams params = file.value().find(KeySlot::Kind::Secret)->kdf;
    KeySlot newSlot = makeSlot(
        KeySlot::Kind::Secret, newKind, params, file.value().vaultId, normalizedNew.value(), m_dataKey, status);
    if (status) {
        file.value().replace(newSlot);
        status = file.value().save(m_paths.keyslots());
    }
    if (!status) {
        lock();
        return status.error();
    }
    AccessEventRepository(*m_db).record(AccessEventRepository::Outcome::Recovered, m_clock.nowUtc()).ok();
    return finishUnlock();
}

Status Vault::changeSecret(const SecureBuffer& currentSecret, const SecureBuffer& newSecret, SecretKind newKind)
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    if (auto s = checkThrottle(); !s) {
        return s;
    }
    auto file = KeySlotFile::load(m_paths.keyslots());
    if (!file) {
        return file.error();
    }
    const KeySlot* slot = file.value().find(KeySlot::Kind::Secret);
    auto normalizedNew = normalizeSecret(newSecret, newKind);
    if (!normalizedNew) {
        return normalizedNew.error();
    }
    auto normalizedCurrent = normalizeSecret(currentSecret, slot->secretKind);
    Status status;
    std::optional<SecureBuffer> dataKey;
    if (normalizedCurrent) {
        dataKey = openSlot(*slot, file.value().vaultId, normalizedCurrent.value(), status);
        if (!status) {
            return status;
        }
    }
    if (!dataKey || !dataKey->constantTimeEquals(m_dataKey)) {
        countFailedTry();
        Error error = wrongSecretError(false);
        error.message = QCoreApplication::translate(
            "Vault", "The current PIN or passphrase didn't match, so nothing was changed.");
        return error;
    }
    KeySlot newSlot = makeSlot(
        KeySlot::Kind::Secret, newKind, slot->kdf, file.value().vaultId, normalizedNew.value(), m_dataKey, status);
    if (!status) {
        return status;
    }
    file.value().replace(newSlot);
    if (auto s = file.value().save(m_paths.keyslots()); !s) {
        return s;
    }
    qCInfo(lcVault) << "secret changed";
    return {};
}

Status Vault::openDatabase(bool creating)
{
    if (!creating && !QFile::exists(m_paths.database())) {
        return Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate("Vault",
                "This vault's data file (tideline.db) is missing. Your PIN was right. If "
                "you have a backup, you can restore it."));
    }
    // SQLite takes an empty file for a new database, and the migrations would then build an
    // empty vault on it: every entry would seem gone, without a word. A vault that has keyslots
    // always has a database of at least one page, so an empty one was cut or wiped.
    if (!creating && QFileInfo(m_paths.database()).size() == 0) {
        return Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate("Vault",
                "This vault's data file (tideline.db) is empty: it has been cut "
                "short or wiped. Your PIN was right. If you have a backup, you can "
                "restore it."));
    }
    if (auto s = m_db->open(m_paths.database(), m_dataKey, creating); !s) {
        m_db->close();
        return s;
    }
    if (creating) {
        // Owner only, whatever the umask; SQLite gives -wal and -shm the same permissions.
        QFile::setPermissions(m_paths.database(), QFile::ReadOwner | QFile::WriteOwner);
    }
    // Checked before any setting that could write, so a newer vault keeps every byte.
    Status status = Migrator::checkVersion(*m_db);
    if (status) {
        status = m_db->configure();
    }
    if (status) {
        status = Migrator::migrate(*m_db);
    }
    if (!status) {
        m_db->close();
    }
    return status;
}

Result<UnlockReport> Vault::finishUnlock()
{
    UnlockReport report;
    report.failedAttemptsSinceLastVisit = m_throttle->failedAttempts();
    AccessEventRepository events(*m_db);
    Status status;
    {
        Transaction tx(*m_db);
        status = tx.begin();
        for (const auto& at : std::as_const(report.failedAttemptsSinceLastVisit)) {
            if (status) {
                status = events.record(AccessEventRepository::Outcome::Failed, at);
            }
        }
        if (status) {
            status = events.record(AccessEventRepository::Outcome::Unlocked, m_clock.nowUtc());
        }
        if (status) {
            status = tx.commit();
        }
    } // rolled back here unless committed
    if (!status) {
        m_db->close();
        m_dataKey.wipe();
        return status.error();
    }
    if (auto s = m_throttle->recordSuccess(); !s) {
        qCWarning(lcVault) << "could not reset the unlock-try counter";
    }
    m_unlocked = true;
    return report;
}

void Vault::lock()
{
    if (m_db && m_db->isOpen()) {
        if (auto s = m_db->checkpointTruncate(); !s) {
            qCWarning(lcVault) << "checkpoint on lock failed";
        }
        m_db->close();
    }
    m_dataKey.wipe();
    m_unlocked = false;
}

bool Vault::isUnlocked() const
{
    return m_unlocked;
}

Database& Vault::database()
{
    return *m_db;
}

Status Vault::verify()
{
    if (!m_unlocked) {
        return notUnlocked();
    }
    if (auto file = KeySlotFile::load(m_paths.keyslots()); !file) {
        return file.error();
    }
    return m_db->integrityCheck();
}

} // namespace tideline

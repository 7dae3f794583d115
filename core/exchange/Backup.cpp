#include "core/exchange/Backup.h"

#include "core/common/AppName.h"
#include "core/common/DiskSpace.h"
#include "core/exchange/ExportFile.h"

#include "core/common/Log.h"
#include "core/crypto/Kdf.h"
#include "core/exchange/BackupStream.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/vault/VaultPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sodium.h>

namespace tideline::exchange {

namespace {

void removeWithJournal(const QString& path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal")); // the attached copy's rollback journal
}

} // namespace

QString backupPartPrefix()
{
    return VaultPaths::backupPartPrefix();
}

void sweepStaleBackupParts(const QString& vaultDir)
{
    const QStringList stale = QDir(vaultDir).entryList({backupPartPrefix() + QLatin1Char('*')}, QDir::Files);
    for (const QString& name : stale) {
        QFile::remove(QDir(vaultDir).filePath(name));
    }
}

BackupBody::~BackupBody()
{
    remove();
}

BackupBody::BackupBody(BackupBody&& other) noexcept
    : schemaVersion(other.schemaVersion), m_path(std::move(other.m_path))
{
    other.m_path.clear();
}

BackupBody& BackupBody::operator=(BackupBody&& other) noexcept
{
    if (this != &other) {
        remove();
        m_path = std::move(other.m_path);
        schemaVersion = other.schemaVersion;
        other.m_path.clear();
    }
    return *this;
}

void BackupBody::remove()
{
    if (!m_path.isEmpty()) {
        removeWithJournal(m_path);
        m_path.clear();
    }
}

Result<BackupSecret> prepareBackupSecret(const SecureBuffer& passphrase, std::optional<KdfParams> kdf)
{
    auto normalized = normalizeBackupPassphrase(passphrase);
    if (!normalized) {
        return normalized.error();
    }
    BackupSecret secret;
    // Not value_or: its argument would run the calibration even when kdf is given.
    secret.header.kdf = kdf ? *kdf : KdfParams::calibrate();
    secret.header.salt.resize(static_cast<qsizetype>(kSaltBytes));
    randombytes_buf(secret.header.salt.data(), kSaltBytes);
    auto keys = deriveBackupKeys(normalized.value(), secret.header.salt, secret.header.kdf);
    if (!keys) {
        return keys.error();
    }
    secret.keys = std::move(keys).value();
    return secret;
}

Status checkBackupTarget(const QString& target, bool overwrite)
{
    return checkTargetFile(target, overwrite, SavedFile::Backup);
}

Result<BackupBody> exportBackupBody(Database& db, const QString& vaultDir, const BackupSecret& secret)
{
    Progress quiet;
    return exportBackupBody(db, vaultDir, secret, quiet);
}

Result<BackupBody> exportBackupBody(
    Database& db, const QString& vaultDir, const BackupSecret& secret, Progress& progress)
{
    sweepStaleBackupParts(vaultDir);
    // A copy must not carry the words of an entry deleted a moment ago (migration 0006).
    if (auto s = journal::JournalRepository::removeDeletedWords(db); !s) {
        return s.error();
    }
    // A random name: a second export (in a test, or after a failure) never meets the first.
    QByteArray suffix(8, Qt::Uninitialized);
    randombytes_buf(suffix.data(), static_cast<size_t>(suffix.size()));
    const QString path
        = QDir(vaultDir).filePath(backupPartPrefix() + QString::fromLatin1(suffix.toHex()) + QStringLiteral(".db"));
    BackupBody body(path); // from here on the file is removed on every way out

    auto version = db.userVersion();
    if (!version) {
        return version.error();
    }
    body.schemaVersion = version.value();
    // Made here, empty and owner-only: ATTACH opens files with the vault connection's own
    // flags, which lack SQLITE_OPEN_CREATE once a vault exists; an empty file is a new database.
    {
        auto empty = StagedFile::create(path, SavedFile::Backup);
        if (!empty) {
            return empty.error();
        }
        if (auto s = empty.value().close(); !s) {
            return s.error();
        }
        empty.value().keep();
    }
    // How far along: the copy's size against the vault's pages (the copy is about as large).
    qint64 vaultBytes = 0;
    if (auto row = db.queryFirst("SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size();");
        row && row.value()) {
        vaultBytes = row.value()->columnInt(0);
    }
    progress.step(QCoreApplication::translate("Backup", "Copying your vault"), vaultBytes);
    db.setProgressHandler([&progress, &path] {
        progress.advance(QFileInfo(path).size());
        return !progress.stopRequested();
    });
    const Status exported = db.exportEncryptedCopy(path, secret.keys.databaseKey);
    db.setProgressHandler({});
    if (!exported) {
        if (exported.code() == ErrorCode::Cancelled) {
            return Progress::cancelled(QCoreApplication::translate("Backup", "No backup was made."));
        }
        qCWarning(lcVault) << "backup export failed";
        if (exported.code() == ErrorCode::CannotWrite && diskLooksFull(vaultDir)) {
            return Error::make(ErrorCode::CannotWrite,
                QCoreApplication::translate("Backup",
                    "The disk that holds %1's data folder is full. A backup first makes an encrypted copy "
                    "of the vault there, as large as the vault itself; free some space on that disk, then "
                    "try again. Nothing was written.")
                    .arg(appName()));
        }
        return exported.error();
    }
    return body;
}

Status writeBackupFile(const BackupBody& body, const BackupSecret& secret, const QString& target, bool overwrite)
{
    Progress quiet;
    return writeBackupFile(body, secret, target, overwrite, quiet);
}

Status writeBackupFile(
    const BackupBody& body, const BackupSecret& secret, const QString& target, bool overwrite, Progress& progress)
{
    if (auto s = checkBackupTarget(target, overwrite); !s) {
        return s;
    }
    QFile in(body.path());
    if (!in.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Exchange",
                "%1 could not read back the copy it had just made, so no backup was written. "
                "Please try again.")
                .arg(appName()));
    }
    BackupHeader header = secret.header;
    header.schemaVersion = body.schemaVersion;
    header.bodyBytes = in.size();
    header.keyCheck = secret.keys.keyCheck(header);
    const QByteArray head = header.serialize();

    auto staged = StagedFile::beside(target, SavedFile::Backup);
    if (!staged) {
        return staged.error();
    }
    MacStream mac(secret.keys.fileMacKey);
    mac.add(head);
    if (auto s = staged.value().write(head); !s) {
        return s;
    }
    const Error shortRead = Error::make(ErrorCode::CannotWrite,
        QCoreApplication::translate("Exchange",
            "The copy changed while %1 was writing the backup, so no backup was written. "
            "Please try again.")
            .arg(appName()));
    progress.step(QCoreApplication::translate("Backup", "Writing the backup file"), header.bodyBytes);
    const Error stopped = Progress::cancelled(QCoreApplication::translate("Backup", "No backup was made."));
    if (auto s = copyThrough(in, header.bodyBytes, &staged.value(), mac, shortRead, &progress, 0, stopped); !s) {
        return s;
    }
    if (auto s = staged.value().write(mac.finish()); !s) {
        return s;
    }
    return staged.value().commit(QFileInfo(target).absoluteFilePath());
}

Status backupVault(Database& db, const QString& vaultDir, const QString& target, const SecureBuffer& passphrase,
    bool overwrite, std::optional<KdfParams> kdf)
{
    Progress quiet;
    return backupVault(db, vaultDir, target, passphrase, overwrite, kdf, quiet);
}

Status backupVault(Database& db, const QString& vaultDir, const QString& target, const SecureBuffer& passphrase,
    bool overwrite, std::optional<KdfParams> kdf, Progress& progress)
{
    if (auto s = checkBackupTarget(target, overwrite); !s) {
        return s;
    }
    progress.step(QCoreApplication::translate("Backup", "Making the backup passphrase's key"), 0);
    auto secret = prepareBackupSecret(passphrase, kdf);
    if (!secret) {
        return secret.error();
    }
    auto body = exportBackupBody(db, vaultDir, secret.value(), progress);
    if (!body) {
        return body.error();
    }
    return writeBackupFile(body.value(), secret.value(), target, overwrite, progress);
}

} // namespace tideline::exchange

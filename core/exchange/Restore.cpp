#include "core/exchange/Restore.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/exchange/BackupStream.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/vault/SecretKind.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sodium.h>

namespace tideline::exchange {

namespace {

Error wrongPassphrase()
{
    return Error::make(ErrorCode::WrongSecret,
        QCoreApplication::translate("Exchange",
            "That backup passphrase does not open this backup. Check it and try again; "
            "nothing was changed."));
}

Error cannotRead(const QString& path)
{
    return Error::make(ErrorCode::CannotWrite,
        QCoreApplication::translate(
            "Exchange", "%1 could not read %2. Check that the file exists and that you may open it.")
            .arg(appName(), QDir::toNativeSeparators(path)));
}

Error restoreStopped()
{
    return Progress::cancelled(QCoreApplication::translate("Restore", "Nothing was restored or changed."));
}

// Reads the body (to `to`, when given) and compares the MAC over the whole file.
Status checkBody(QFile& file, const OpenedBackup& backup, StagedFile* to, Progress& progress)
{
    if (file.size() != backup.header.fileBytes()) {
        return damagedBackup(); // cut short, or something appended
    }
    if (!file.seek(0)) {
        return damagedBackup();
    }
    MacStream mac(backup.keys.fileMacKey);
    const QByteArray head = file.read(BackupHeader::kHeaderBytes);
    if (head.size() != BackupHeader::kHeaderBytes) {
        return damagedBackup();
    }
    mac.add(head);
    progress.step(to ? QCoreApplication::translate("Restore", "Copying your backup")
                     : QCoreApplication::translate("Restore", "Checking the backup file"),
        backup.header.bodyBytes);
    if (auto s = copyThrough(file, backup.header.bodyBytes, to, mac, damagedBackup(), &progress, 0, restoreStopped());
        !s) {
        return s;
    }
    const QByteArray expected = file.read(BackupHeader::kMacBytes);
    const QByteArray actual = mac.finish();
    if (expected.size() != actual.size() || sodium_memcmp(expected.constData(), actual.constData(), 32) != 0) {
        qCWarning(lcVault) << "backup refused: file MAC";
        return damagedBackup();
    }
    return {};
}

// Vault::DatabaseWriter for a restore: body → temporary file → rekey → tideline.db.
Status writeRestoredDatabase(const OpenedBackup& backup, const QString& workPath, const QString& databasePath,
    const SecureBuffer& dataKey, Progress& progress)
{
    struct RemoveJournal
    {
        QString path;
        ~RemoveJournal() { QFile::remove(path + QStringLiteral("-journal")); }
    } journal{workPath};

    QFile in(backup.path);
    if (!in.open(QIODevice::ReadOnly)) {
        return cannotRead(backup.path);
    }
    auto staged = StagedFile::create(workPath, SavedFile::RestoredVault);
    if (!staged) {
        return staged.error();
    }
    // Checked again while copying: the file may have changed since openBackup read it.
    if (auto s = checkBody(in, backup, &staged.value(), progress); !s) {
        return s;
    }
    if (auto s = staged.value().close(); !s) {
        return s;
    }
    {
        Database copy;
        Status status = copy.open(workPath, backup.keys.databaseKey, false);
        if (status) {
            // Rekey rewrites every page through a rollback journal (never WAL).
            status = copy.exec("PRAGMA journal_mode = DELETE;");
        }
        if (status) {
            progress.step(QCoreApplication::translate("Restore", "Locking the copy with its new key"), 0);
            copy.setProgressHandler([&progress] { return !progress.stopRequested(); });
            status = copy.rekey(dataKey);
            copy.setProgressHandler({});
        }
        copy.close();
        if (!status && (status.code() == ErrorCode::Cancelled || progress.stopRequested())) {
            return restoreStopped();
        }
        if (!status) {
            qCWarning(lcVault) << "restore: the backup's database did not open or re-key";
            return status.code() == ErrorCode::DamagedDatabase ? damagedBackup() : status.error();
        }
    }
    return staged.value().commit(databasePath);
}

} // namespace

QString restorePartName()
{
    return VaultPaths::restorePartName();
}

Result<OpenedBackup> openBackup(const QString& path, const SecureBuffer& passphrase)
{
    Progress quiet;
    return openBackup(path, passphrase, quiet);
}

Result<OpenedBackup> openBackup(const QString& path, const SecureBuffer& passphrase, Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return cannotRead(path);
    }
    auto header = BackupHeader::parse(file.read(BackupHeader::kHeaderBytes));
    if (!header) {
        return header.error();
    }
    if (header.value().schemaVersion > Migrator::latestVersion()) {
        return Error::make(ErrorCode::NewerVersion,
            QCoreApplication::translate("Exchange",
                "This backup was made by a newer %1. Update %1, then restore it; "
                "nothing was changed.")
                .arg(appName()));
    }
    if (file.size() != header.value().fileBytes()) {
        return damagedBackup(); // before the slow key: a cut-short file is known already
    }
    auto normalized = normalizeSecret(passphrase, SecretKind::Passphrase);
    if (!normalized) {
        return wrongPassphrase(); // too short to be any backup passphrase
    }
    progress.step(QCoreApplication::translate("Restore", "Checking the backup passphrase"), 0);
    auto keys = deriveBackupKeys(normalized.value(), header.value().salt, header.value().kdf);
    if (!keys) {
        return keys.error();
    }
    const QByteArray check = keys.value().keyCheck(header.value());
    if (sodium_memcmp(check.constData(), header.value().keyCheck.constData(), 32) != 0) {
        return wrongPassphrase();
    }
    OpenedBackup opened{path, std::move(header).value(), std::move(keys).value()};
    if (progress.stopRequested()) {
        return restoreStopped();
    }
    if (auto s = checkBody(file, opened, nullptr, progress); !s) {
        return s.error();
    }
    return opened;
}

Result<CreatedVault> restoreBackup(Vault& vault, const OpenedBackup& backup, const SecureBuffer& newSecret,
    SecretKind kind, std::optional<KdfParams> kdf)
{
    Progress quiet;
    return restoreBackup(vault, backup, newSecret, kind, kdf, quiet);
}

Result<CreatedVault> restoreBackup(Vault& vault, const OpenedBackup& backup, const SecureBuffer& newSecret,
    SecretKind kind, std::optional<KdfParams> kdf, Progress& progress)
{
    if (auto s = normalizeSecret(newSecret, kind); !s) {
        return s.error(); // before anything is written
    }
    if (auto s = vault.claim(); !s) {
        return s.error();
    }
    // Held under the claim, so no other Tideline is restoring here: a leftover is stale.
    const QString workPath = vault.paths().file(restorePartName());
    QFile::remove(workPath);
    QFile::remove(workPath + QStringLiteral("-journal"));

    auto created = vault.createFromBackup(newSecret, kind, kdf,
        [&backup, &workPath, &progress](const QString& databasePath, const SecureBuffer& dataKey) {
            Status written = writeRestoredDatabase(backup, workPath, databasePath, dataKey, progress);
            if (written) {
                progress.step(QCoreApplication::translate("Restore", "Checking the restored vault"), 0);
            }
            return written;
        });
    if (!created && created.code() == ErrorCode::Cancelled) {
        return restoreStopped();
    }
    if (!created && created.code() == ErrorCode::DamagedDatabase) {
        return damagedBackup(); // the vault's "your PIN was right" message would not fit here
    }
    return created;
}

} // namespace tideline::exchange

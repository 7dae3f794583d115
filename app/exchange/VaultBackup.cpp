#include "app/exchange/VaultBackup.h"

#include "app/VaultAccess.h"
#include "app/lock/SecretEntry.h"
#include "app/tasks/TaskProgress.h"

#include "app/files/ChosenPath.h"
#include "core/common/AppName.h"
#include "core/exchange/Backup.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <optional>

using namespace Qt::StringLiterals;

namespace tideline::app {

VaultBackup::VaultBackup(VaultAccess* vault, QObject* parent)
    : QObject(parent), VaultClient(this), m_progress(new TaskProgress(this))
{
    attachVault(vault);
}

VaultBackup::~VaultBackup() = default;

void VaultBackup::vaultAttached()
{
    // Nothing to follow: a backup reads the vault only when asked, and a lock midway stops it
    // (its TaskProgress follows the vault's closing()), so no file is written.
}

QString VaultBackup::passphraseProblem(SecretEntry* passphrase, SecretEntry* again) const
{
    if (passphrase == nullptr || passphrase->length() == 0) {
        return tr("Choose a backup passphrase first.");
    }
    if (auto normalized = exchange::normalizeBackupPassphrase(passphrase->bytes()); !normalized) {
        return normalized.error().message;
    }
    if (again == nullptr || !passphrase->matches(again)) {
        return tr("The two backup passphrases are not the same yet. Type it again in the second field.");
    }
    return {};
}

bool VaultBackup::backupTo(const QString& path, SecretEntry* passphrase, SecretEntry* again)
{
    if (m_busy) {
        return false;
    }
    if (!vaultOpen()) {
        setLastError(
            QCoreApplication::translate("VaultBackup", "%1 is locked. Open it again to make a backup.").arg(appName()));
        return false;
    }
    if (const QString problem = passphraseProblem(passphrase, again); !problem.isEmpty()) {
        setLastError(problem);
        return false;
    }
    const Result<QString> target = checkedSavePath(vault(), path, u".tidelinebackup"_s);
    if (!target) {
        setLastError(target.error().message);
        return false;
    }
    if (!takeLeaveGrant()) {
        setLastError(leaveUnconfirmedMessage());
        return false;
    }

    QString problem;
    std::shared_ptr<Database> db = vault()->openTaskConnection(&problem);
    if (!db) {
        setLastError(problem);
        return false;
    }
    auto secretBytes = std::make_shared<SecureBuffer>(passphrase->take());
    again->clear();
    auto status = std::make_shared<Status>();
    const QString file = target.value();
    const QString vaultDir = vault()->directory();
    const std::optional<KdfParams> kdf = vault()->kdf();
    setLastError({});
    setBusy(true);
    m_progress->start(
        [db, file, vaultDir, kdf, secretBytes, status](Progress& progress) {
            // The worker touches only what it was given, never this object; closing Settings
            // stops it (TaskProgress waits), and the temporary copy goes with `body` on every way out.
            progress.step(QCoreApplication::translate("VaultBackup", "Making the backup passphrase's key"), 0);
            Result<exchange::BackupSecret> secret = exchange::prepareBackupSecret(*secretBytes, kdf);
            secretBytes->clear();
            if (!secret) {
                *status = secret.error();
                return;
            }
            if (progress.stopRequested()) {
                *status = Progress::cancelled(QString());
                return;
            }
            Result<exchange::BackupBody> body = exchange::exportBackupBody(*db, vaultDir, secret.value(), progress);
            if (!body) {
                *status = body.error();
                return;
            }
            *status = exchange::writeBackupFile(body.value(), secret.value(), file, false, progress);
        },
        [this, file, status] { finish(file, *status); }, db, vault());
    return true;
}

void VaultBackup::finish(const QString& target, const Status& status)
{
    if (status.code() == ErrorCode::Cancelled && !vaultOpen()) {
        // Locked (by hand, by itself or by Quick exit) while the backup was being made.
        setLastError(QCoreApplication::translate("VaultBackup",
            "%1 locked before the backup was finished, so no file was made. Open it again to make a backup.")
                         .arg(appName()));
    } else {
        setLastError(status || status.code() == ErrorCode::Cancelled ? QString() : status.error().message);
    }
    if (status) {
        m_savedPath = target;
        emit savedPathChanged();
    }
    setBusy(false);
    emit finished(status.ok());
}

void VaultBackup::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

void VaultBackup::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

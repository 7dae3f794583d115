#include "app/exchange/VaultBackup.h"

#include "app/VaultAccess.h"
#include "app/lock/SecretEntry.h"

#include "app/files/ChosenPath.h"
#include "core/common/AppName.h"
#include "core/exchange/Backup.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

using namespace Qt::StringLiterals;

namespace tideline::app {

// What the worker and this thread share. The worker touches only this, never the
// VaultBackup, so closing Settings mid-backup is safe: the job finishes (or not) on its own
// and its temporary export is removed with it.
struct VaultBackup::Job
{
    QString target;
    QString vaultDir;
    SecureBuffer passphrase;
    std::optional<KdfParams> kdf;
    std::optional<Result<exchange::BackupSecret>> secret;
    std::optional<exchange::BackupBody> body;
    Status written;
};

VaultBackup::VaultBackup(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

VaultBackup::~VaultBackup() = default;

void VaultBackup::vaultAttached()
{
    // Nothing to follow: a backup reads the vault only when asked, and a lock midway is met by
    // exportAndWrite(), which then writes nothing.
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

    auto job = std::make_shared<Job>();
    job->target = target.value();
    job->vaultDir = vault()->directory();
    job->passphrase = passphrase->take();
    again->clear();
    job->kdf = vault()->kdf();
    m_job = job;
    setLastError({});
    setBusy(true);
    // 1. Argon2id on a worker.
    m_watcher.disconnect();
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, &VaultBackup::exportAndWrite);
    m_watcher.setFuture(QtConcurrent::run([job] {
        job->secret.emplace(exchange::prepareBackupSecret(job->passphrase, job->kdf));
        job->passphrase.clear();
    }));
    return true;
}

void VaultBackup::exportAndWrite()
{
    auto job = m_job;
    m_watcher.disconnect();
    if (!job->secret || !job->secret->ok()) {
        finish(job->secret ? job->secret->error().message : tr("The backup could not be prepared."));
        return;
    }
    // 2. The SQL export, here: the vault's connection belongs to this thread. The person may
    // have locked Tideline meanwhile; then there is nothing to export and nothing is written.
    if (!vaultOpen()) {
        finish(tr("%1 was locked before the backup was made, so nothing was written.").arg(appName()));
        return;
    }
    auto body = *runInVault(exchange::exportBackupBody, job->vaultDir, job->secret->value());
    if (!body) {
        finish(body.error().message);
        return;
    }
    job->body.emplace(std::move(body).value());
    // 3. The file, on a worker again.
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this, job] {
        m_watcher.disconnect();
        finish(job->written ? QString() : job->written.error().message);
    });
    m_watcher.setFuture(QtConcurrent::run([job] {
        job->written = exchange::writeBackupFile(*job->body, job->secret->value(), job->target, false);
        job->body.reset(); // the temporary export goes now, whatever happened
        job->secret.reset(); // and the keys with it
    }));
}

void VaultBackup::finish(const QString& error)
{
    const QString target = m_job ? m_job->target : QString();
    m_job.reset();
    setLastError(error);
    if (error.isEmpty()) {
        m_savedPath = target;
        emit savedPathChanged();
    }
    setBusy(false);
    emit finished(error.isEmpty());
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

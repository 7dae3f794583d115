#include "core/vault/InterruptedWork.h"

#include "core/common/AppName.h"
#include "core/common/Log.h"
#include "core/vault/AtomicFile.h"
#include "core/vault/KeySlotStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace tideline {

namespace {

QByteArray firstBytes(const QString& path, qint64 count)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.read(count) : QByteArray();
}

// keyslots.next names the database its slots open by SQLCipher's salt, the file's first 16 bytes:
// when tideline.db starts with it, the swap happened and the new slots are the right ones.
void finishRenewal(const VaultPaths& paths, QList<InterruptedWork>& found)
{
    const QString nextName = QFileInfo(paths.keyslotsNext()).fileName();
    if (QFile::exists(paths.keyslotsNext())) {
        Result<KeySlotFile> next = KeySlotFile::load(paths.keyslotsNext());
        const bool swapped = next && next.value().databaseSalt.size() == 16
            && firstBytes(paths.database(), 16) == next.value().databaseSalt;
        if (swapped) {
            KeySlotFile promoted = next.value();
            promoted.databaseSalt.clear();
            if (Status saved = KeySlotStore(paths).save(promoted); !saved) {
                qCWarning(lcVault) << "an interrupted key renewal could not be finished yet";
                return; // tried again at the next claim; the new database needs these slots
            }
            QFile::remove(paths.keyslotsNext());
            found.append({InterruptedWork::Kind::RenewalFinished, nextName});
            qCInfo(lcVault) << "an interrupted key renewal was finished";
        } else {
            QFile::remove(paths.keyslotsNext());
            removeDatabaseFiles(paths.renewedDatabase());
            found.append({InterruptedWork::Kind::RenewalUndone, nextName});
            qCInfo(lcVault) << "an interrupted key renewal was undone";
        }
        return;
    }
    if (QFile::exists(paths.renewedDatabase())) {
        removeDatabaseFiles(paths.renewedDatabase());
        found.append({InterruptedWork::Kind::RenewalUndone, QFileInfo(paths.renewedDatabase()).fileName()});
    }
}

// A new vault's database is written under its own name only after both keyslots copies exist.
void finishCreation(const VaultPaths& paths, QList<InterruptedWork>& found)
{
    if (!QFile::exists(paths.newDatabase())) {
        return;
    }
    const QString name = QFileInfo(paths.newDatabase()).fileName();
    if (KeySlotStore(paths).exists() && !QFile::exists(paths.database())) {
        if (Status moved = renameDurably(paths.newDatabase(), paths.database(), SavedFile::NewVault); !moved) {
            qCWarning(lcVault) << "an interrupted creation could not be finished yet";
            return;
        }
        found.append({InterruptedWork::Kind::CreationFinished, name});
        qCInfo(lcVault) << "an interrupted creation was finished";
        return;
    }
    removeDatabaseFiles(paths.newDatabase());
    found.append({InterruptedWork::Kind::CreationUndone, name});
}

void removeLeftovers(const VaultPaths& paths, QList<InterruptedWork>& found)
{
    const QDir dir(paths.dir);
    for (const QString& name : dir.entryList({VaultPaths::backupPartPrefix() + QLatin1Char('*')}, QDir::Files)) {
        if (QFile::remove(dir.filePath(name)) && !name.endsWith(QStringLiteral("-journal"))) {
            found.append({InterruptedWork::Kind::BackupLeftover, name});
        }
    }
    const QString restorePart = paths.file(VaultPaths::restorePartName());
    if (QFile::exists(restorePart)) {
        removeDatabaseFiles(restorePart);
        found.append({InterruptedWork::Kind::RestoreLeftover, VaultPaths::restorePartName()});
    }
}

} // namespace

void removeDatabaseFiles(const QString& databasePath)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        QFile::remove(databasePath + QLatin1String(suffix));
    }
}

QList<InterruptedWork> finishInterruptedWork(const VaultPaths& paths)
{
    QList<InterruptedWork> found;
    finishRenewal(paths, found);
    finishCreation(paths, found);
    removeLeftovers(paths, found);
    return found;
}

QString InterruptedWork::describe() const
{
    switch (kind) {
    case Kind::CreationFinished:
        return QCoreApplication::translate(
            "Vault", "Setting up this vault had been interrupted just before its end; it was finished (%1).")
            .arg(file);
    case Kind::CreationUndone:
        return QCoreApplication::translate("Vault",
            "A vault whose setting up had been interrupted before its key file was written was "
            "removed (%1); it held nothing yet.")
            .arg(file);
    case Kind::RenewalFinished:
        return QCoreApplication::translate("Vault",
            "Renewing the keys had been interrupted after the new database was in place; it was "
            "finished. The new recovery code was never shown, so please renew the keys again to get "
            "one (%1).")
            .arg(file);
    case Kind::RenewalUndone:
        return QCoreApplication::translate("Vault",
            "Renewing the keys had been interrupted before it was done; it was undone, and the keys "
            "from before still open the vault (%1).")
            .arg(file);
    case Kind::BackupLeftover:
        return QCoreApplication::translate(
            "Vault", "A backup had been stopped midway; its temporary copy (encrypted) was removed (%1).")
            .arg(file);
    case Kind::RestoreLeftover:
        return QCoreApplication::translate(
            "Vault", "A restore had been stopped midway; its temporary copy (encrypted) was removed (%1).")
            .arg(file);
    }
    return {};
}

} // namespace tideline

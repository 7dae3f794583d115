#pragma once

#include "core/vault/VaultPaths.h"

#include <QList>
#include <QString>

namespace tideline {

// Work a crash or a killed process cut short, found in the data folder and finished or undone
// under the vault's claim, before anything reads the vault. Each step of that work is ordered so
// that one of the two is always right (docs/VAULT-FORMAT.md, "Crash safety").
struct InterruptedWork
{
    enum class Kind {
        CreationFinished, // the database and its keyslots were both written; the database got its name
        CreationUndone, // a database that never got its keyslots was removed (no vault existed yet)
        RenewalFinished, // the renewed database was in place: the new keyslots replaced the old
        RenewalUndone, // the renewal stopped before the swap: its copy was removed, the old keys stay
        BackupLeftover, // a backup's temporary copy (encrypted) was removed
        RestoreLeftover, // a restore's temporary copy (encrypted) was removed
    };
    Kind kind;
    QString file; // the file's name in the data folder

    // One plain sentence for the person (tideline-cli verify prints it).
    QString describe() const;
};

// Finishes or undoes what it finds. Call only while holding the vault's claim.
QList<InterruptedWork> finishInterruptedWork(const VaultPaths& paths);

// Removes a database file with its rollback journal, WAL and shared-memory files.
void removeDatabaseFiles(const QString& databasePath);

} // namespace tideline

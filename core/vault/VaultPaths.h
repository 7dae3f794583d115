#pragma once

#include <QDir>
#include <QString>

namespace tideline {

// The files of one vault, all inside one data directory (DESIGN.md section 3).
struct VaultPaths
{
    QString dir;

    QString database() const { return file(QStringLiteral("tideline.db")); }
    QString keyslots() const { return file(QStringLiteral("keyslots")); }
    // The keyslots file's second copy, written the same atomic way just after the first: a
    // damaged or missing first copy falls back to it (KeySlotStore).
    QString keyslotsCopy() const { return file(QStringLiteral("keyslots.copy")); }
    // The keyslots of a key renewal under way, with the new database's salt; promoted to
    // keyslots once the new database is in place (VaultRenewal).
    QString keyslotsNext() const { return file(QStringLiteral("keyslots.next")); }
    // A new vault's database before its keyslots exist; renamed to tideline.db after them.
    QString newDatabase() const { return file(QStringLiteral("tideline-new.db")); }
    // The re-encrypted copy a key renewal builds before it takes tideline.db's place.
    QString renewedDatabase() const { return file(QStringLiteral("tideline-renewed.db")); }
    // Room kept free for the last save when the disk fills up (DiskReserve); holds no content.
    QString reserve() const { return file(QStringLiteral("reserve")); }
    // Failed-try counter and lockout wait: no user content, read before unlock.
    QString unlockState() const { return file(QStringLiteral("unlock-state")); }
    // Settings read before unlock (theme, auto-lock delay, neutral title): no user content.
    QString settings() const { return file(QStringLiteral("settings.ini")); }
    // Held by the one running Tideline that has this vault open.
    QString lockFile() const { return file(QStringLiteral("tideline.lock")); }

    QString file(const QString& name) const { return QDir(dir).filePath(name); }

    // The name every backup's temporary export starts with (core/exchange/Backup.h), so a
    // leftover is recognised; and the temporary file a restore works in.
    static QString backupPartPrefix() { return QStringLiteral("backup-part-"); }
    static QString restorePartName() { return QStringLiteral("restore-part.db"); }

    // Whether path is the data folder or anything inside it, judged on the real filesystem:
    // symlinks (of the folder or of any parent) and "../" are resolved first, so neither can
    // smuggle a path into the vault's folder. Parts of path that do not exist yet count as
    // written. Files that leave the vault (PDFs, exports) must never land here unencrypted.
    bool holds(const QString& path) const;

    // path with every symlink and "." or ".." resolved as the filesystem would, even when its
    // last parts do not exist yet (the longest existing part is resolved, the rest appended).
    static QString physicalPath(const QString& path);

    // The directory named by --data-dir, else TIDELINE_DATA_DIR, else the platform's
    // application data location.
    static VaultPaths resolve(const QString& commandLineDir);
};

} // namespace tideline

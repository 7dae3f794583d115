#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline {

// The files Tideline writes, as a person knows them: each has its own whole-sentence messages
// ("The disk is full, so the backup could not be saved. …"), so a translation can make each agree.
enum class SavedFile {
    KeySlots, // the vault's key file (keyslots)
    UnlockTries, // the count of unlock tries (unlock-state)
    Export, // a CSV or JSON export
    Backup, // an encrypted backup
    RestoredVault, // the vault a backup is restored into
    Summary, // the therapist summary (PDF)
    SafetyPlan, // the safety plan (PDF)
    DesktopEntry, // the menu entry for neutral mode (tideline.desktop)
    NewVault, // a vault being created (tideline.db before it is put in place)
    RenewedVault, // the vault's renewed copy while its keys are renewed (rekey)
    Settings, // settings.ini
    FileCopy, // a copy of a record's file (attachments save)
    FileFolder, // a folder of a record's files with their manifest (attachments export)
};

// Replaces a file so that a crash or power loss leaves either the old or the new content,
// never a mix: write a temporary file beside it, fsync it, rename it over, fsync the folder.
// what says which file it is, for the messages.
Status writeFileAtomically(const QString& path, const QByteArray& contents, SavedFile what);

// A file opened for writing with owner-only permissions, written fully or removed: the
// destructor deletes it unless commit() renamed it into place. commit() fsyncs the file,
// renames it over target and fsyncs the folder (the recipe of writeFileAtomically, which uses it, for
// files too large to hold in memory too).
class StagedFile
{
public:
    // A new temporary file beside target, named target + ".tmp-XXXXXX".
    static Result<StagedFile> beside(const QString& target, SavedFile what);
    // Exactly this new path (fails if it exists).
    static Result<StagedFile> create(const QString& path, SavedFile what);

    StagedFile(StagedFile&& other) noexcept;
    StagedFile& operator=(StagedFile&&) = delete;
    StagedFile(const StagedFile&) = delete;
    StagedFile& operator=(const StagedFile&) = delete;
    ~StagedFile();

    const QString& path() const { return m_path; }
    Status write(const char* data, qsizetype size);
    Status write(const QByteArray& bytes) { return write(bytes.constData(), bytes.size()); }
    // fsync and close, leaving the file where it is (the caller then owns its removal).
    Status close();
    // fsync, close, rename over target, fsync target's folder. The file is no longer removed.
    Status commit(const QString& target);
    // Leaves the file where it is when this object goes; its removal is someone else's now.
    void keep() { m_keep = true; }

private:
    StagedFile(int fd, QString path, SavedFile what) : m_fd(fd), m_path(std::move(path)), m_what(what) {}
    int m_fd = -1;
    QString m_path;
    SavedFile m_what;
    bool m_keep = false;
};

// A plain-language error for an errno from a failed write (disk full, no permission, …).
Error writeError(int errnoValue, SavedFile what);

// Flushes a closed file's bytes to the disk (open, fsync, close).
Status syncFile(const QString& path, SavedFile what);
// Renames from over to (same folder) and fsyncs the folder, so the new name survives power loss.
Status renameDurably(const QString& from, const QString& to, SavedFile what);

} // namespace tideline

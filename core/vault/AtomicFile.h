#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QString>

namespace tideline {

// Replaces a file so that a crash or power loss leaves either the old or the new content,
// never a mix: write a temporary file beside it, fsync it, rename it over, fsync the folder.
// `what` names the file for a person, e.g. "the vault's key file".
Status writeFileAtomically(const QString& path, const QByteArray& contents, const QString& what);

// A file opened for writing with owner-only permissions, written fully or removed: the
// destructor deletes it unless commit() renamed it into place. commit() fsyncs the file,
// renames it over target and fsyncs the folder (the recipe of writeFileAtomically, which uses it, for
// files too large to hold in memory too).
class StagedFile
{
public:
    // A new temporary file beside target, named target + ".tmp-XXXXXX".
    static Result<StagedFile> beside(const QString& target, const QString& what);
    // Exactly this new path (fails if it exists).
    static Result<StagedFile> create(const QString& path, const QString& what);

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
    StagedFile(int fd, QString path, QString what) : m_fd(fd), m_path(std::move(path)), m_what(std::move(what)) {}
    int m_fd = -1;
    QString m_path;
    QString m_what;
    bool m_keep = false;
};

// A plain-language error for an errno from a failed write (disk full, no permission, …).
Error writeError(int errnoValue, const QString& what);

// Flushes a closed file's bytes to the disk (open, fsync, close).
Status syncFile(const QString& path, const QString& what);
// Renames from over to (same folder) and fsyncs the folder, so the new name survives power loss.
Status renameDurably(const QString& from, const QString& to, const QString& what);

} // namespace tideline

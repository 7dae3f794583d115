#pragma once

#include "common/Result.h"
#include "common/SecureBuffer.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

class QFile;

namespace tideline::exchange {

// A keyed BLAKE2b-256 over bytes that arrive in pieces: the backup file's MAC.
class MacStream
{
public:
    explicit MacStream(const SecureBuffer& key);
    ~MacStream();
    MacStream(const MacStream&) = delete;
    MacStream& operator=(const MacStream&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    QByteArray finish();

private:
    crypto_generichash_state m_state;
};

// A file opened for writing with owner-only permissions, written fully or removed: the
// destructor deletes it unless commit() renamed it into place. commit() fsyncs the file,
// renames it over target and fsyncs the folder (the AtomicFile recipe, for files too large to
// hold in memory).
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

// Copies `bytes` bytes from `from` (at its position) to `to`, feeding each piece to `mac`
// too; a file shorter than that is damage (a cut-short backup).
Status copyThrough(QFile& from, qint64 bytes, StagedFile* to, MacStream& mac, const Error& whenShort);

} // namespace tideline::exchange

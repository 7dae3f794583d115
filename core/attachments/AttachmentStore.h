#pragma once

#include "core/attachments/Attachment.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QIODevice>
#include <QList>

#include <functional>
#include <memory>

namespace tideline {
class Database;
class Statement;
} // namespace tideline

namespace tideline::attachments {

// Called after each chunk is stored: bytes taken in so far and the total when known (-1 when
// not). Return false to stop; nothing of the file is then kept (Cancelled).
using AddProgress = std::function<bool(qint64 done, qint64 total)>;

struct AddOptions
{
    AttachmentOwner owner;
    AddProgress progress;
    // Runs inside the add's transaction once the file is stored, so that what goes with it (the
    // new version of a record's history) is kept together with it or not at all.
    std::function<Status(const Attachment&)> alongside;
};

// Files sealed inside the encrypted database (DESIGN.md sections 3 and 5.9): stored in chunks
// as they are read, hashed (SHA-256) on the way in, never written anywhere else. One transaction
// per file: after a full disk, a crash or a kill -9, a file is either whole, with the hash of what
// came in, or not there at all. Holds no state: make one wherever a database is at hand.
class AttachmentStore
{
public:
    AttachmentStore(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // Adds the file at path. Refused with a plain message: a missing or unreadable file, a
    // folder, an empty file, one over kMaxFileBytes (before a byte is read), one that changes size
    // while it is read. The file itself is left where it is, untouched.
    Result<Attachment> addFile(const QString& path, const AddOptions& options);
    // Adds what source gives until its end, named name (cleaned, see FileName.h). declaredSize:
    // the size the source says it has, checked at the end; -1 when it cannot say (a pipe).
    Result<Attachment> add(QIODevice& source, const QString& name, qint64 declaredSize, const AddOptions& options);

    Result<Attachment> get(qint64 id);
    // By the uid an export carries; nullopt when there is none.
    Result<std::optional<Attachment>> findByUid(const QString& uid);
    // Gives a file the uid it had in an export, so that a second import recognises it.
    Status setUid(qint64 id, const QString& uid);
    // What belongs to a record or an entry, in the order they were added.
    Result<QList<Attachment>> of(const AttachmentOwner& owner);
    // Every attachment that has an owner, oldest first, a page at a time (keyset on id).
    Result<QList<Attachment>> page(qint64 afterId, int limit);
    // How many files a record or entry has.
    Result<int> countOf(const AttachmentOwner& owner);

    // The bytes, one chunk in memory at a time (see ChunkReader).
    std::unique_ptr<QIODevice> open(const Attachment& attachment);
    // The whole file in memory, for pictures that are decoded at once; InvalidInput when it is
    // larger than maxBytes.
    Result<QByteArray> readAll(const Attachment& attachment, qint64 maxBytes);
    // Reads every chunk again and compares the SHA-256 with the one recorded when it came in.
    Result<bool> hashStillMatches(const Attachment& attachment);

    // Deletes one file for good (secure delete, then the WAL is checkpointed).
    Status remove(qint64 id);
    // Gives files back to an owner (undo of a journal delete).
    Status relink(const QList<qint64>& ids, const AttachmentOwner& owner);
    // Deletes for good every file whose owner was deleted for good; returns how many.
    Result<int> purgeUnowned();

    // The bytes of every file in the vault.
    Result<qint64> totalBytes();
    // A plain sentence when the vault's files pass kVaultWarningBytes; empty otherwise.
    static QString sizeWarning(qint64 totalBytes);

private:
    Status checkOwner(const AttachmentOwner& owner);
    Result<QList<Attachment>> query(const char* sql, const std::function<void(Statement&)>& bind);

    Database& m_db;
    const Clock& m_clock;
};

// "2.4 MB", "812 KB", "15 bytes": sizes as people read them (decimal units, as file managers).
QString sizeText(qint64 bytes);

} // namespace tideline::attachments

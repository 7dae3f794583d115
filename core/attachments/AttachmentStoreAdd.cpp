// AttachmentStore's adding of a file: its checks (size, owner, kind of file), then the bytes
// streamed in chunks into the database with their hash and metadata found on the way
// (docs/RECORDS-FORMAT.md). Reading, listing and removing are in AttachmentStore.cpp.
#include "core/attachments/AttachmentStore.h"
#include "core/common/AppName.h"

#include "core/attachments/FileName.h"
#include "core/attachments/MetadataScanner.h"
#include "core/attachments/Sha256.h"
#include "core/common/Log.h"
#include "core/crypto/RandomUid.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

namespace tideline::attachments {

namespace {

QString timeText(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

Error tooLarge(const QString& name)
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Attachments",
            "“%1” is larger than %2, the most %3 keeps for one file. Nothing was added. A shorter recording or a "
            "smaller copy of it would fit.")
            .arg(name, sizeText(kMaxFileBytes))
            .arg(appName()));
}

Error emptyFile(const QString& name)
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Attachments", "“%1” is empty (0 bytes), so there is nothing in it to keep.")
            .arg(name));
}

// Reads until buffer is full or the source ends: a pipe may hand over less than asked.
qint64 fill(QIODevice& source, char* buffer, qint64 size)
{
    qint64 got = 0;
    while (got < size) {
        const qint64 n = source.read(buffer + got, size - got);
        if (n < 0) {
            return got > 0 ? got : -1;
        }
        if (n == 0) {
            if (source.isSequential() && !source.atEnd() && source.waitForReadyRead(30000)) {
                continue;
            }
            break;
        }
        got += n;
    }
    return got;
}

// What is read and written at once: a quarter of a chunk.
constexpr qint64 kPieceBytes = 64 * 1024;
static_assert(kChunkBytes % kPieceBytes == 0, "a piece never straddles two chunks");

} // namespace

Status AttachmentStore::checkOwner(const AttachmentOwner& owner)
{
    const char* sql = owner.kind == AttachmentOwner::Kind::Record
        ? "SELECT 1 FROM record WHERE id = ?1 AND deleted_at IS NULL;"
        : "SELECT 1 FROM entry WHERE id = ?1;";
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, owner.id);
    Result<Statement::Step> step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return Error::make(ErrorCode::NotFound,
            owner.kind == AttachmentOwner::Kind::Record
                ? QCoreApplication::translate(
                    "Attachments", "There is no record %1 (it may have been deleted). Nothing was added.")
                      .arg(owner.id)
                : QCoreApplication::translate(
                    "Attachments", "There is no journal entry %1 (it may have been deleted). Nothing was added.")
                      .arg(owner.id));
    }
    return {};
}

Result<Attachment> AttachmentStore::addFile(const QString& path, const AddOptions& options)
{
    const QFileInfo info(path);
    const QString name = cleanFileName(info.fileName());
    if (!info.exists()) {
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("Attachments", "There is no file at %1.").arg(path));
    }
    if (info.isDir()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Attachments", "%1 is a folder. Choose the files inside it one by one.")
                .arg(cleanFileName(path)));
    }
    if (!info.isFile()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Attachments", "“%1” is not an ordinary file, so it cannot be kept.")
                .arg(name));
    }
    // Checked before a byte is read: a 5 GB file is refused at once.
    if (info.size() > kMaxFileBytes) {
        return tooLarge(name);
    }
    if (info.size() == 0) {
        return emptyFile(name);
    }
    // Unbuffered: the chunk buffer is the only copy of the bytes in this process.
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Attachments", "“%1” could not be opened (%2). Check that you are allowed to read it.")
                .arg(name, file.errorString()));
    }
    return add(file, info.fileName(), info.size(), options);
}

Result<Attachment> AttachmentStore::add(
    QIODevice& source, const QString& givenName, qint64 declaredSize, const AddOptions& options)
{
    const QString name = cleanFileName(givenName);
    if (declaredSize > kMaxFileBytes) {
        return tooLarge(name);
    }
    if (declaredSize == 0) {
        return emptyFile(name);
    }
    if (Status owned = checkOwner(options.owner); !owned) {
        return owned.error();
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    const bool forRecord = options.owner.kind == AttachmentOwner::Kind::Record;
    Result<Statement> insert = m_db.prepare(
        "INSERT INTO attachment (uid, record_id, entry_id, name, media_type, size, sha256, added_at, chunk_size) "
        "VALUES (?1, ?2, ?3, ?4, 'application/octet-stream', 1, ?5, ?6, ?7);");
    if (!insert) {
        return insert.error();
    }
    insert.value().bind(1, randomUid());
    if (forRecord) {
        insert.value().bind(2, options.owner.id).bindNull(3);
    } else {
        insert.value().bindNull(2).bind(3, options.owner.id);
    }
    insert.value()
        .bind(4, name)
        .bind(5, QString(64, u'0')) // until the last byte is in
        .bind(6, timeText(m_clock.nowUtc()))
        .bind(7, kChunkBytes);
    if (Status s = insert.value().run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();

    // Each chunk's row is made with a blob of zeros of the right length, then its bytes are
    // written in place (incremental blob I/O): SQLite never builds a second copy of the chunk.
    Result<Statement> chunk
        = m_db.prepare("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?1, ?2, zeroblob(?3));");
    if (!chunk) {
        return chunk.error();
    }
    // One buffer of a quarter chunk for the whole file, wiped when done: each chunk's row is made
    // at its final length (the size declared; a file that turns out longer or shorter is refused
    // below and nothing of it is kept) and filled a piece at a time, so adding a file of any size
    // holds only this piece and the pages SQLite is writing (docs/BENCHMARKS.md).
    QByteArray buffer(kPieceBytes, Qt::Uninitialized);
    struct Wipe
    {
        QByteArray& bytes;
        ~Wipe() { bytes.fill('\0'); }
    } wipe{buffer};
    const auto unreadable = [&] {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Attachments", "“%1” could not be read to the end (%2). Nothing of it was kept.")
                .arg(name, source.errorString()));
    };
    Sha256 hash;
    std::optional<MetadataScanner> scanner;
    MediaType type;
    qint64 total = 0;
    qint64 chunkRow = 0;
    for (;;) {
        const qint64 got = fill(source, buffer.data(), kPieceBytes);
        if (got < 0) {
            return unreadable();
        }
        if (got == 0) {
            break;
        }
        if (total + got > declaredSize) {
            // Longer than it said: counted to the end (for the message), nothing of it kept.
            total += got;
            for (qint64 more = fill(source, buffer.data(), kPieceBytes); more != 0 && total <= kMaxFileBytes;
                 more = fill(source, buffer.data(), kPieceBytes)) {
                if (more < 0) {
                    return unreadable();
                }
                total += more;
            }
            if (total > kMaxFileBytes) {
                return tooLarge(name); // a source that grows while read, or one that cannot say its size
            }
            break;
        }
        if (total == 0) {
            type = sniffMediaType(QByteArray::fromRawData(buffer.constData(), qMin<qint64>(got, kSniffBytes)));
            scanner.emplace(type.mime);
        }
        hash.add(buffer.constData(), got);
        scanner->feed(buffer.constData(), got);
        const qint64 within = total % kChunkBytes;
        Status s;
        if (within == 0) {
            chunk.value().reset();
            chunk.value().bind(1, id).bind(2, total / kChunkBytes).bind(3, qMin(kChunkBytes, declaredSize - total));
            s = chunk.value().run();
            chunkRow = m_db.lastInsertRowId();
        }
        if (s) {
            s = m_db.writeBlob("attachment_chunk", "data", chunkRow, within, buffer.constData(), got);
        }
        if (!s) {
            if (s.code() == ErrorCode::CannotWrite) {
                return Error::make(ErrorCode::CannotWrite,
                    QCoreApplication::translate("Attachments",
                        "The disk filled up while “%1” was being added. Nothing of it was kept, and everything else is "
                        "as it was. Free some space and try again.")
                        .arg(name));
            }
            return s.error();
        }
        total += got;
        const bool chunkDone = total % kChunkBytes == 0 || total == declaredSize;
        if (chunkDone && options.progress && !options.progress(total, declaredSize)) {
            return Error::make(ErrorCode::Cancelled,
                QCoreApplication::translate("Attachments", "Adding “%1” was stopped. Nothing of it was kept.")
                    .arg(name));
        }
        if (got < kPieceBytes) {
            break;
        }
    }
    if (total == 0) {
        return emptyFile(name);
    }
    if (declaredSize > 0 && total != declaredSize) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Attachments",
                "“%1” changed while it was being read (it should have %2, it had %3). Nothing of it was kept; try "
                "again once it is complete.")
                .arg(name, sizeText(declaredSize), sizeText(total)));
    }
    const PictureDetails details = scanner ? scanner->finish() : PictureDetails{};
    Result<Statement> finish
        = m_db.prepare("UPDATE attachment SET media_type = ?1, size = ?2, sha256 = ?3, metadata = ?4 WHERE id = ?5;");
    if (!finish) {
        return finish.error();
    }
    finish.value()
        .bind(1, type.mime)
        .bind(2, total)
        .bind(3, hash.finishHex())
        .bind(4, QString::fromUtf8(QJsonDocument(details.toJson()).toJson(QJsonDocument::Compact)))
        .bind(5, id);
    if (Status s = finish.value().run(); !s) {
        return s.error();
    }
    Result<Attachment> stored = get(id);
    if (!stored) {
        return stored.error();
    }
    if (options.alongside) {
        if (Status s = options.alongside(stored.value()); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        if (s.code() == ErrorCode::CannotWrite) {
            return Error::make(ErrorCode::CannotWrite,
                QCoreApplication::translate("Attachments",
                    "The disk filled up while “%1” was being added. Nothing of it was kept, and everything else is as "
                    "it was. Free some space and try again.")
                    .arg(name));
        }
        return s.error();
    }
    qCInfo(lcStorage) << "attachment stored:" << total << "bytes in" << (total + kChunkBytes - 1) / kChunkBytes
                      << "chunks";
    return stored;
}

} // namespace tideline::attachments

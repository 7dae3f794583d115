#include "core/attachments/AttachmentStore.h"
#include "core/common/AppName.h"

#include "core/attachments/ChunkReader.h"
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
#include <QLocale>

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

Error notFound()
{
    return Error::make(
        ErrorCode::NotFound, QCoreApplication::translate("Attachments", "That file is no longer in the vault."));
}

// Columns 0-10 of every query that reads attachments.
constexpr const char* kColumns
    = "id, uid, record_id, entry_id, name, media_type, size, sha256, added_at, chunk_size, metadata";

FileKind kindOfMime(const QString& mime)
{
    if (mime.startsWith(QLatin1String("image/"))) {
        return FileKind::Picture;
    }
    if (mime == QLatin1String("application/pdf")) {
        return FileKind::Pdf;
    }
    if (mime.startsWith(QLatin1String("audio/"))) {
        return FileKind::Audio;
    }
    if (mime.startsWith(QLatin1String("video/"))) {
        return FileKind::Video;
    }
    if (mime.startsWith(QLatin1String("text/"))) {
        return FileKind::Text;
    }
    return FileKind::Other;
}

Attachment readRow(const Statement& row)
{
    Attachment a;
    a.id = row.columnInt(0);
    a.uid = row.columnText(1);
    if (!row.isNull(2)) {
        a.recordId = row.columnInt(2);
    }
    if (!row.isNull(3)) {
        a.entryId = row.columnInt(3);
    }
    a.name = row.columnText(4);
    a.type.mime = row.columnText(5);
    a.type.kind = kindOfMime(a.type.mime);
    a.size = row.columnInt(6);
    a.sha256 = row.columnText(7);
    a.addedAt = QDateTime::fromString(row.columnText(8), Qt::ISODateWithMs);
    a.chunkBytes = row.columnInt(9);
    a.details = PictureDetails::fromJson(QJsonDocument::fromJson(row.columnText(10).toUtf8()).object());
    return a;
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

} // namespace

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1000) {
        return bytes == 1 ? QCoreApplication::translate("Attachments", "1 byte")
                          : QCoreApplication::translate("Attachments", "%1 bytes").arg(bytes);
    }
    if (bytes < 1000 * 1000) {
        return QCoreApplication::translate("Attachments", "%1 KB").arg(locale.toString(bytes / 1000.0, 'f', 0));
    }
    if (bytes < 1000LL * 1000 * 1000) {
        return QCoreApplication::translate("Attachments", "%1 MB")
            .arg(locale.toString(bytes / 1e6, 'f', bytes < 10'000'000 ? 1 : 0));
    }
    return QCoreApplication::translate("Attachments", "%1 GB").arg(locale.toString(bytes / 1e9, 'f', 1));
}

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
    // One buffer for the whole file, wiped when done.
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    struct Wipe
    {
        QByteArray& bytes;
        ~Wipe() { bytes.fill('\0'); }
    } wipe{buffer};
    Sha256 hash;
    std::optional<MetadataScanner> scanner;
    MediaType type;
    qint64 total = 0;
    for (qint64 seq = 0;; ++seq) {
        const qint64 got = fill(source, buffer.data(), kChunkBytes);
        if (got < 0) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "Attachments", "“%1” could not be read to the end (%2). Nothing of it was kept.")
                    .arg(name, source.errorString()));
        }
        if (got == 0) {
            break;
        }
        total += got;
        if (total > kMaxFileBytes) {
            return tooLarge(name); // a source that grows while read, or one that cannot say its size
        }
        if (seq == 0) {
            type = sniffMediaType(QByteArray::fromRawData(buffer.constData(), qMin<qint64>(got, kSniffBytes)));
            scanner.emplace(type.mime);
        }
        hash.add(buffer.constData(), got);
        scanner->feed(buffer.constData(), got);
        chunk.value().reset();
        chunk.value().bind(1, id).bind(2, seq).bind(3, got);
        Status s = chunk.value().run();
        if (s) {
            s = m_db.writeBlob("attachment_chunk", "data", m_db.lastInsertRowId(), buffer.constData(), got);
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
        if (options.progress && !options.progress(total, declaredSize)) {
            return Error::make(ErrorCode::Cancelled,
                QCoreApplication::translate("Attachments", "Adding “%1” was stopped. Nothing of it was kept.")
                    .arg(name));
        }
        if (got < kChunkBytes) {
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

Result<QList<Attachment>> AttachmentStore::query(const char* sql, const std::function<void(Statement&)>& bind)
{
    Result<Statement> stmt = m_db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    bind(stmt.value());
    QList<Attachment> rows;
    Status status = stmt.value().forEachRow([&](const Statement& row) { rows.append(readRow(row)); });
    if (!status) {
        return status.error();
    }
    return rows;
}

Result<Attachment> AttachmentStore::get(qint64 id)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM attachment WHERE id = ?1;";
    Result<QList<Attachment>> rows = query(sql.constData(), [id](Statement& s) { s.bind(1, id); });
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return notFound();
    }
    return rows.value().first();
}

Result<std::optional<Attachment>> AttachmentStore::findByUid(const QString& uid)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns + " FROM attachment WHERE uid = ?1;";
    Result<QList<Attachment>> rows = query(sql.constData(), [&uid](Statement& s) { s.bind(1, uid); });
    if (!rows) {
        return rows.error();
    }
    return rows.value().isEmpty() ? std::optional<Attachment>() : std::optional<Attachment>(rows.value().first());
}

Result<QList<Attachment>> AttachmentStore::of(const AttachmentOwner& owner)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns
        + (owner.kind == AttachmentOwner::Kind::Record ? " FROM attachment WHERE record_id = ?1 ORDER BY id;"
                                                       : " FROM attachment WHERE entry_id = ?1 ORDER BY id;");
    return query(sql.constData(), [&owner](Statement& s) { s.bind(1, owner.id); });
}

Result<QList<Attachment>> AttachmentStore::page(qint64 afterId, int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kColumns
        + " FROM attachment WHERE id > ?1 AND (record_id IS NOT NULL OR entry_id IS NOT NULL) ORDER BY id LIMIT ?2;";
    return query(sql.constData(), [&](Statement& s) { s.bind(1, afterId).bind(2, qBound(1, limit, 1000)); });
}

Result<int> AttachmentStore::countOf(const AttachmentOwner& owner)
{
    Result<Statement> stmt = m_db.prepare(owner.kind == AttachmentOwner::Kind::Record
            ? "SELECT count(*) FROM attachment WHERE record_id = ?1;"
            : "SELECT count(*) FROM attachment WHERE entry_id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, owner.id);
    Result<Statement::Step> step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    return static_cast<int>(stmt.value().columnInt(0));
}

std::unique_ptr<QIODevice> AttachmentStore::open(const Attachment& attachment)
{
    return std::make_unique<ChunkReader>(m_db, attachment.id, attachment.size, attachment.chunkBytes);
}

Result<QByteArray> AttachmentStore::readAll(const Attachment& attachment, qint64 maxBytes)
{
    if (attachment.size > maxBytes) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Attachments", "“%1” is too large to open here.").arg(attachment.name));
    }
    ChunkReader reader(m_db, attachment.id, attachment.size, attachment.chunkBytes);
    QByteArray bytes(attachment.size, Qt::Uninitialized);
    const qint64 got = reader.read(bytes.data(), attachment.size);
    if (got != attachment.size || reader.damaged()) {
        return Error::make(ErrorCode::DamagedDatabase,
            QCoreApplication::translate(
                "Attachments", "“%1” could not be read from the vault: part of it is missing or damaged.")
                .arg(attachment.name));
    }
    return bytes;
}

Result<bool> AttachmentStore::hashStillMatches(const Attachment& attachment)
{
    ChunkReader reader(m_db, attachment.id, attachment.size, attachment.chunkBytes);
    Sha256 hash;
    QByteArray buffer(kChunkBytes, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        const qint64 got = reader.read(buffer.data(), buffer.size());
        if (got < 0 || reader.damaged()) {
            return false;
        }
        if (got == 0) {
            break;
        }
        hash.add(buffer.constData(), got);
        total += got;
    }
    buffer.fill('\0');
    return total == attachment.size && hash.finishHex() == attachment.sha256;
}

Status AttachmentStore::remove(qint64 id)
{
    {
        Transaction tx(m_db);
        if (Status s = tx.begin(); !s) {
            return s;
        }
        Result<Statement> stmt = m_db.prepare("DELETE FROM attachment WHERE id = ?1;");
        if (!stmt) {
            return stmt.error();
        }
        stmt.value().bind(1, id);
        if (Status s = stmt.value().run(); !s) {
            return s;
        }
        if (m_db.changes() == 0) {
            return notFound();
        }
        if (Status s = tx.commit(); !s) {
            return s;
        }
    }
    if (Status s = m_db.checkpointTruncate(); !s) {
        qCWarning(lcStorage) << "checkpoint after removing an attachment did not run; it runs again on lock";
    }
    return {};
}

Status AttachmentStore::relink(const QList<qint64>& ids, const AttachmentOwner& owner)
{
    if (ids.isEmpty()) {
        return {};
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    Result<Statement> stmt = m_db.prepare(owner.kind == AttachmentOwner::Kind::Record
            ? "UPDATE attachment SET record_id = ?1, entry_id = NULL WHERE id = ?2;"
            : "UPDATE attachment SET entry_id = ?1, record_id = NULL WHERE id = ?2;");
    if (!stmt) {
        return stmt.error();
    }
    for (const qint64 id : ids) {
        stmt.value().reset();
        stmt.value().bind(1, owner.id).bind(2, id);
        if (Status s = stmt.value().run(); !s) {
            return s;
        }
    }
    return tx.commit();
}

Result<int> AttachmentStore::purgeUnowned()
{
    Result<std::optional<Statement>> any
        = m_db.queryFirst("SELECT 1 FROM attachment WHERE record_id IS NULL AND entry_id IS NULL;");
    if (!any) {
        return any.error();
    }
    if (!any.value()) {
        return 0; // the usual case: nothing is written
    }
    any.value().reset();
    int removed = 0;
    {
        Transaction tx(m_db);
        if (Status s = tx.begin(); !s) {
            return s.error();
        }
        if (Status s = m_db.exec("DELETE FROM attachment WHERE record_id IS NULL AND entry_id IS NULL;"); !s) {
            return s.error();
        }
        removed = m_db.changes();
        if (Status s = tx.commit(); !s) {
            return s.error();
        }
    }
    if (removed > 0) {
        if (Status s = m_db.checkpointTruncate(); !s) {
            qCWarning(lcStorage) << "checkpoint after removing attachments did not run";
        }
    }
    return removed;
}

Result<qint64> AttachmentStore::totalBytes()
{
    Result<std::optional<Statement>> row = m_db.queryFirst("SELECT ifnull(sum(size), 0) FROM attachment;");
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->columnInt(0) : 0;
}

QString AttachmentStore::sizeWarning(qint64 totalBytes)
{
    if (totalBytes < kVaultWarningBytes) {
        return {};
    }
    return QCoreApplication::translate("Attachments",
        "Your files in %2 now take %1. Everything still works; a backup simply takes longer and needs as "
        "much free space again while it is made. Some USB sticks cannot hold a file over 4 GB.")
        .arg(sizeText(totalBytes))
        .arg(appName());
}

Status AttachmentStore::setUid(qint64 id, const QString& uid)
{
    Result<Statement> keepUid = m_db.prepare("UPDATE attachment SET uid = ?1 WHERE id = ?2;");
    if (!keepUid) {
        return keepUid.error();
    }
    keepUid.value().bind(1, uid).bind(2, id);
    return keepUid.value().run();
}

} // namespace tideline::attachments

// AttachmentStore: reading, listing, checking and removing the files kept in the vault. Adding a
// file is in AttachmentStoreAdd.cpp.
#include "core/attachments/AttachmentStore.h"
#include "core/common/AppName.h"

#include "core/attachments/ChunkReader.h"
#include "core/attachments/Sha256.h"
#include "core/common/Log.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

#include <optional>

namespace tideline::attachments {

namespace {

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

} // namespace

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes < 1000) {
        const int count = static_cast<int>(bytes); // a plain int for %n, which lupdate needs
        return count == 1 ? QCoreApplication::translate("Attachments", "1 byte")
                          : QCoreApplication::translate("Attachments", "%n bytes", nullptr, count);
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

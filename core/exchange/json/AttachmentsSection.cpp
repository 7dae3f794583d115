// The "attachments" list: every file of a record or journal entry, its details and its bytes
// as base64 (docs/RECORDS-FORMAT.md). Written a piece of a file at a time and flushed, so a
// vault of many files is never in memory whole; a file's bytes are split over records of at
// most kAttachmentPartBytes (AttachmentParts.h), so the import, which reads one record at a
// time (core/exchange/JsonStream.h), never holds more than one part of a file.
#include "core/exchange/json/AttachmentParts.h"
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"
#include "core/exchange/json/RecordsReader.h"

#include "core/attachments/AttachmentStore.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tideline::exchange {

namespace {

// Base64 of this many bytes has no padding in the middle of a file; a part is a whole number of them.
constexpr qint64 kBase64Block = 3 * 64 * 1024;
static_assert(kAttachmentPartBytes % kBase64Block == 0);

qint64 partsOf(qint64 size)
{
    return qMax<qint64>(1, (size + kAttachmentPartBytes - 1) / kAttachmentPartBytes);
}

Error unreadable(const attachments::Attachment& a)
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Exchange", "“%1” could not be read from the vault, so the export was stopped.")
            .arg(a.name));
}

// The file's bytes: the head record's "data" is open when this starts; each full part closes its
// record and opens the next part's.
Status writeBytes(attachments::AttachmentStore& store, const attachments::Attachment& a, JsonSectionWriter& out)
{
    std::unique_ptr<QIODevice> in = store.open(a);
    QByteArray block(kBase64Block, Qt::Uninitialized);
    qint64 total = 0;
    qint64 part = 1;
    Status status;
    for (;;) {
        const qint64 got = in->read(block.data(), kBase64Block);
        if (got < 0) {
            status = unreadable(a);
            break;
        }
        if (got == 0) {
            break;
        }
        if (total > 0 && total % kAttachmentPartBytes == 0) {
            ++part;
            out.append("\"}");
            out.startRecord();
            out.append(
                "{\"part_of\":\"" + a.uid.toLatin1() + "\",\"part\":" + QByteArray::number(part) + ",\"data\":\"");
        }
        total += got;
        out.append(QByteArray::fromRawData(block.constData(), got).toBase64());
        if (status = out.flush(); !status) {
            break;
        }
    }
    block.fill('\0');
    if (status && (total != a.size || part != partsOf(a.size))) {
        return unreadable(a);
    }
    return status;
}

Status write(Database& db, JsonSectionWriter& out)
{
    attachments::AttachmentStore store(db, SystemClock::instance());
    qint64 after = 0;
    for (;;) {
        Result<QList<attachments::Attachment>> page = store.page(after, 50);
        if (!page) {
            return page.error();
        }
        if (page.value().isEmpty()) {
            break;
        }
        for (const attachments::Attachment& a : std::as_const(page.value())) {
            after = a.id;
            QJsonObject meta{{QStringLiteral("uid"), a.uid}, {QStringLiteral("name"), a.name},
                {QStringLiteral("media_type"), a.type.mime}, {QStringLiteral("size"), a.size},
                {QStringLiteral("sha256"), a.sha256},
                {QStringLiteral("added_at"), a.addedAt.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("metadata"), a.details.toJson()}, {QStringLiteral("record"), QJsonValue::Null},
                {QStringLiteral("entry"), QJsonValue::Null}, {QStringLiteral("parts"), partsOf(a.size)}};
            if (a.recordId) {
                Result<Statement> uid = db.prepare("SELECT uid FROM record WHERE id = ?1 AND deleted_at IS NULL;");
                if (!uid) {
                    return uid.error();
                }
                uid.value().bind(1, *a.recordId);
                if (Result<Statement::Step> step = uid.value().step(); step && step.value() == Statement::Step::Row) {
                    meta.insert(QStringLiteral("record"), uid.value().columnText(0));
                }
            } else if (a.entryId) {
                Result<Statement> entry = db.prepare("SELECT created_at, day FROM entry WHERE id = ?1;");
                if (!entry) {
                    return entry.error();
                }
                entry.value().bind(1, *a.entryId);
                if (Result<Statement::Step> step = entry.value().step(); step && step.value() == Statement::Step::Row) {
                    meta.insert(QStringLiteral("entry"),
                        QJsonObject{{QStringLiteral("created_at"), entry.value().columnText(0)},
                            {QStringLiteral("day"), entry.value().columnText(1)}});
                }
            }
            if (meta.value(QLatin1String("record")).isNull() && meta.value(QLatin1String("entry")).isNull()) {
                continue; // its record is marked deleted: it leaves with it
            }
            out.startRecord();
            QByteArray line = QJsonDocument(meta).toJson(QJsonDocument::Compact);
            line.chop(1); // the closing brace: the bytes follow
            out.append(line);
            out.append(",\"data\":\"");
            if (Status s = writeBytes(store, a, out); !s) {
                return s;
            }
            out.append("\"}");
        }
    }
    return out.flush();
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    Database& db = context.db;
    while (const auto record = context.next(records)) {
        const qsizetype index = record->index;
        const QString where = recordPath("attachments", index);
        RecordsReader r(record->value, where);
        if (r.ok() && !r.raw("part_of").isUndefined()) {
            return recordsInvalid(QCoreApplication::translate(
                "Exchange", "%1: is a part of a file whose first part is not right before it. Nothing was imported.")
                                      .arg(where));
        }
        const QString uid = r.hex("uid", 32);
        const QString name = r.text("name", 1000, true);
        const qint64 size = r.integer("size", 1, attachments::kMaxFileBytes);
        const QString sha256 = r.hex("sha256", 64);
        const QString addedAt = r.utc("added_at");
        const QJsonValue recordUid = r.raw("record");
        const QJsonValue entry = r.raw("entry");
        // Files of export versions 1 and 2 are in one part.
        const qint64 parts = r.raw("parts").isUndefined() ? 1 : r.integer("parts", 1, kMaxAttachmentParts);
        if (r.ok() && recordUid.isString() == entry.isObject()) {
            r.fail(QCoreApplication::translate("Exchange",
                "%1: should belong to one record (\"record\") or one journal entry (\"entry\"). "
                "Nothing was imported.")
                       .arg(where));
        }
        if (!r.ok()) {
            return r.error();
        }
        // The file's bytes, one part in memory at a time.
        AttachmentPartsDevice device(context, records, {where, uid, size, parts, r.raw("data")});
        ManualClock addedClock(QDateTime::fromString(addedAt, Qt::ISODateWithMs));
        attachments::AttachmentStore store(db, addedClock);
        Result<std::optional<attachments::Attachment>> existing = store.findByUid(uid);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            if (Status s = device.readToEnd(); !s) { // its parts are passed over, checked
                return s.error();
            }
            continue;
        }
        attachments::AttachmentOwner owner;
        if (recordUid.isString()) {
            Result<std::optional<qint64>> id
                = records::RecordRepository(db, SystemClock::instance()).findByUid(recordUid.toString());
            if (!id) {
                return id.error();
            }
            if (!id.value()) {
                return recordsInvalid(QCoreApplication::translate("Exchange",
                    "%1: names a record that is neither in the file nor in the vault. Nothing was imported.")
                                          .arg(where + QStringLiteral(".record")));
            }
            owner = attachments::AttachmentOwner::record(*id.value());
        } else {
            RecordsReader e(entry, where + QStringLiteral(".entry"));
            const QString createdAt = e.utc("created_at");
            const QDate day = e.day("day");
            if (!e.ok()) {
                return e.error();
            }
            Result<Statement> find
                = db.prepare("SELECT id FROM entry WHERE created_at = ?1 AND day = ?2 ORDER BY id LIMIT 1;");
            if (!find) {
                return find.error();
            }
            find.value().bind(1, createdAt).bind(2, day.toString(Qt::ISODate));
            Result<Statement::Step> step = find.value().step();
            if (!step) {
                return step.error();
            }
            if (step.value() != Statement::Step::Row) {
                return recordsInvalid(QCoreApplication::translate("Exchange",
                    "%1: names a journal entry that is neither in the file nor in the vault. Nothing was imported.")
                                          .arg(where + QStringLiteral(".entry")));
            }
            owner = attachments::AttachmentOwner::entry(find.value().columnInt(0));
        }
        // No new version of the record: its history came with the file and already names its files.
        const attachments::AddOptions options{owner, {}, {}};
        Result<attachments::Attachment> added = store.add(device, name, size, options);
        if (!added) {
            if (device.failure()) {
                return *device.failure();
            }
            if (device.atEnd()) { // fewer bytes than its size: said by the parts' own check
                if (Status s = device.readToEnd(); !s) {
                    return s.error();
                }
            }
            return recordsFailedAt(where, added.error());
        }
        if (Status s = device.readToEnd(); !s) {
            return s.error();
        }
        if (added.value().sha256 != sha256) {
            return recordsInvalid(QCoreApplication::translate("Exchange",
                "%1: its bytes do not match its sha256, so the file may be damaged or changed. Nothing was imported.")
                                      .arg(where));
        }
        // The uid travels with the file, so a second import recognises it.
        if (Status s = store.setUid(added.value().id, uid); !s) {
            return recordsFailedAt(where, s.error());
        }
        ++context.summary.attachments;
    }
    return {};
}

} // namespace

const JsonSection kAttachmentsSection{"attachments", write, read};

} // namespace tideline::exchange

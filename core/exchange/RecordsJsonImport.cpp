// The records sections of a JSON import: kinds, records with their history, attachments. Runs
// inside importJson's one transaction, so a mistake anywhere keeps nothing of the file.
#include "core/exchange/RecordsJson.h"
#include "core/common/AppName.h"

#include "core/attachments/AttachmentStore.h"
#include "core/attachments/Sha256.h"
#include "core/common/Day.h"
#include "core/records/RecordKindRepository.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordText.h"
#include "core/storage/Database.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>

namespace tideline::exchange {

namespace {

Error invalid(const QString& where, const QString& what)
{
    return Error::make(ErrorCode::InvalidInput, QStringLiteral("%1: %2 Nothing was imported.").arg(where, what));
}

// Reads the fields of one record; the first problem is kept with its path.
class Reader
{
public:
    Reader(const QJsonValue& value, QString path) : m_path(std::move(path))
    {
        if (!value.isObject()) {
            fail(m_path, QStringLiteral("should be an object { … }."));
        }
        m_object = value.toObject();
    }
    bool ok() const { return !m_error.has_value(); }
    const Error& error() const { return *m_error; }
    QJsonValue raw(const char* name) const { return m_object.value(QLatin1String(name)); }

    QString text(const char* name, qsizetype maxChars, bool required = false)
    {
        const QJsonValue v = raw(name);
        if (v.isUndefined() && !required) {
            return {};
        }
        if (!v.isString()) {
            fail(where(name), QStringLiteral("should be text."));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty()) {
            fail(where(name), QStringLiteral("should not be empty."));
        }
        if (v.toString().size() > maxChars) {
            fail(where(name), QStringLiteral("is longer than the %1 characters %2 keeps.").arg(maxChars).arg(appName()));
        }
        return v.toString();
    }
    std::optional<bool> yesNo(const char* name)
    {
        const QJsonValue v = raw(name);
        if (v.isNull() || v.isUndefined()) {
            return std::nullopt;
        }
        if (!v.isBool()) {
            fail(where(name), QStringLiteral("should be true, false or null."));
        }
        return v.toBool();
    }
    bool flag(const char* name) { return yesNo(name).value_or(false); }
    qint64 integer(const char* name, qint64 min, qint64 max)
    {
        const QJsonValue v = raw(name);
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::floor(d) || d < double(min) || d > double(max)) {
            fail(where(name), QStringLiteral("should be a whole number from %1 to %2.").arg(min).arg(max));
            return 0;
        }
        return static_cast<qint64>(d);
    }
    QDate day(const char* name)
    {
        const QString value = text(name, 10, true);
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (ok() && !day.isValid()) {
            fail(where(name), QStringLiteral("“%1” is not a day written as YYYY-MM-DD.").arg(value.left(20)));
        }
        return day;
    }
    QTime clock(const char* name)
    {
        const QJsonValue v = raw(name);
        if (v.isNull() || v.isUndefined()) {
            return {};
        }
        const QTime time = QTime::fromString(v.toString(), QStringLiteral("HH:mm"));
        if (!v.isString() || !time.isValid()) {
            fail(where(name), QStringLiteral("should be a time of day written as HH:MM, or null."));
        }
        return time;
    }
    QString utc(const char* name)
    {
        const QString value = text(name, 24, true);
        const QDateTime parsed = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (ok() && (!parsed.isValid() || parsed.toUTC().toString(Qt::ISODateWithMs) != value)) {
            fail(where(name),
                QStringLiteral("“%1” is not a time written as YYYY-MM-DDTHH:MM:SS.SSSZ (UTC).").arg(value.left(30)));
        }
        return value;
    }
    QString hex(const char* name, qsizetype length)
    {
        const QString value = text(name, length, true);
        const bool good = value.size() == length && std::all_of(value.cbegin(), value.cend(), [](QChar c) {
            return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
        });
        if (ok() && !good) {
            fail(where(name), QStringLiteral("should be %1 lower-case hexadecimal digits.").arg(length));
        }
        return value;
    }
    QJsonArray list(const char* name)
    {
        const QJsonValue v = raw(name);
        if (v.isUndefined()) {
            return {};
        }
        if (!v.isArray()) {
            fail(where(name), QStringLiteral("should be a list [ … ]."));
        }
        return v.toArray();
    }
    void fail(const QString& at, const QString& what)
    {
        if (!m_error) {
            m_error = invalid(at, what);
        }
    }
    QString where(const char* name) const { return m_path + QLatin1Char('.') + QLatin1String(name); }

private:
    QString m_path;
    QJsonObject m_object;
    std::optional<Error> m_error;
};

QString indexed(const char* section, qsizetype i)
{
    return QStringLiteral("%1[%2]").arg(QLatin1String(section)).arg(i);
}

Error at(const QString& where, const Error& error)
{
    return Error::make(error.code, QStringLiteral("%1: %2 Nothing was imported.").arg(where, error.message));
}

class Importer
{
public:
    Importer(Database& db, const AttachmentBytes& bytes) : m_db(db), m_bytes(bytes) {}

    Status kinds(const QJsonArray& list, qsizetype& index);
    Status records(const QJsonArray& list, qsizetype& index, RecordsImportSummary& summary);
    Status attachments(const QJsonArray& list, qsizetype& index, RecordsImportSummary& summary);

private:
    Result<QList<qint64>> kindIds(const QJsonArray& labels, const QString& where);

    Database& m_db;
    const AttachmentBytes& m_bytes;
    records::RecordKindRepository m_kinds{m_db, SystemClock::instance()};
};

Status Importer::kinds(const QJsonArray& list, qsizetype& index)
{
    for (index = 0; index < list.size(); ++index) {
        Reader r(list.at(index), indexed("record_kinds", index));
        const QString label = r.text("label", 200, true);
        const QString key = r.raw("key").isString() ? r.text("key", 64) : QString();
        const bool hidden = r.flag("hidden");
        if (!r.ok()) {
            return r.error();
        }
        Result<Statement> builtin = m_db.prepare("UPDATE record_kind SET label = ?1, hidden = ?2 WHERE key = ?3;");
        if (!builtin) {
            return builtin.error();
        }
        if (!key.isEmpty()) {
            // A built-in takes the file's name for it and whether it is hidden.
            builtin.value().bind(1, label.trimmed()).bind(2, hidden ? 1 : 0).bind(3, key);
            if (Status s = builtin.value().run(); !s) {
                return at(indexed("record_kinds", index), s.error());
            }
            if (m_db.changes() > 0) {
                continue;
            }
        }
        Result<qint64> id = m_kinds.ensure(label);
        if (!id) {
            return at(indexed("record_kinds", index), id.error());
        }
        if (hidden) {
            if (Status s = m_kinds.setHidden(id.value(), true); !s) {
                return at(indexed("record_kinds", index), s.error());
            }
        }
    }
    return {};
}

Result<QList<qint64>> Importer::kindIds(const QJsonArray& labels, const QString& where)
{
    QList<qint64> ids;
    for (const QJsonValue& label : labels) {
        if (!label.isString()) {
            return invalid(where, QStringLiteral("kinds should be names (text)."));
        }
        Result<qint64> id = m_kinds.ensure(label.toString());
        if (!id) {
            return at(where, id.error());
        }
        ids.append(id.value());
    }
    return ids;
}

Status Importer::records(const QJsonArray& list, qsizetype& index, RecordsImportSummary& summary)
{
    using records::RecordText::kMaxAccountChars;
    using records::RecordText::kMaxFieldChars;
    const QDate today = Day::today(SystemClock::instance());
    for (index = 0; index < list.size(); ++index) {
        const QString where = indexed("records", index);
        Reader r(list.at(index), where);
        const QString uid = r.hex("uid", 32);
        const QString createdAt = r.utc("created_at");
        const QString updatedAt = r.utc("updated_at");
        records::RecordFields f;
        f.day = r.day("day");
        f.time = r.clock("time");
        f.approximate = r.flag("approximate");
        f.place = r.text("place", kMaxFieldChars);
        f.whatHappened = r.text("what_happened", kMaxAccountChars);
        f.injuries = r.text("injuries", kMaxFieldChars);
        f.witnesses = r.text("witnesses", kMaxFieldChars);
        f.told = r.text("told", kMaxFieldChars);
        f.sawDoctor = r.yesNo("saw_doctor");
        f.reported = r.yesNo("reported");
        f.sensitive = r.flag("sensitive");
        const QJsonArray kinds = r.list("kinds");
        const QJsonArray history = r.list("history");
        if (!r.ok()) {
            return r.error();
        }
        if (Status valid = records::RecordText::validate(f, today); !valid) {
            return at(where, valid.error());
        }
        records::RecordRepository repo(m_db, SystemClock::instance());
        Result<std::optional<qint64>> existing = repo.findByUid(uid);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            continue; // already in the vault: importing a file twice changes nothing
        }
        Result<QList<qint64>> ids = kindIds(kinds, where + QStringLiteral(".kinds"));
        if (!ids) {
            return ids.error();
        }
        // The record with its own times: when it was written is part of what it says.
        Result<Statement> insert = m_db.prepare(
            "INSERT INTO record (uid, created_at, updated_at, occurred_day, occurred_time, approximate, place, "
            "what_happened, injuries, witnesses, told, saw_doctor, reported, is_sensitive) "
            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14);");
        if (!insert) {
            return insert.error();
        }
        Statement& st = insert.value();
        st.bind(1, uid).bind(2, createdAt).bind(3, updatedAt).bind(4, f.day.toString(Qt::ISODate));
        f.time.isValid() ? st.bind(5, f.time.toString(QStringLiteral("HH:mm"))) : st.bindNull(5);
        st.bind(6, f.approximate ? 1 : 0).bind(7, f.place).bind(8, f.whatHappened).bind(9, f.injuries);
        st.bind(10, f.witnesses).bind(11, f.told);
        f.sawDoctor ? st.bind(12, *f.sawDoctor ? 1 : 0) : st.bindNull(12);
        f.reported ? st.bind(13, *f.reported ? 1 : 0) : st.bindNull(13);
        st.bind(14, f.sensitive ? 1 : 0);
        if (Status s = st.run(); !s) {
            return at(where, s.error());
        }
        const qint64 id = m_db.lastInsertRowId();
        Result<Statement> link
            = m_db.prepare("INSERT OR IGNORE INTO record_kind_link (record_id, kind_id) VALUES (?1, ?2);");
        if (!link) {
            return link.error();
        }
        for (const qint64 kind : std::as_const(ids.value())) {
            link.value().reset();
            link.value().bind(1, id).bind(2, kind);
            if (Status s = link.value().run(); !s) {
                return at(where, s.error());
            }
        }
        // The history exactly as it was kept; a file without one starts it with this version.
        Result<Statement> version
            = m_db.prepare("INSERT INTO record_version (record_id, saved_at, fields) VALUES (?1, ?2, ?3);");
        if (!version) {
            return version.error();
        }
        for (qsizetype v = 0; v < history.size(); ++v) {
            Reader h(history.at(v), where + QStringLiteral(".history[%1]").arg(v));
            const QString savedAt = h.utc("saved_at");
            const QJsonValue fields = h.raw("fields");
            if (!fields.isObject() || !fields.toObject().value(QLatin1String("day")).isString()) {
                h.fail(h.where("fields"), QStringLiteral("should be the record's fields as saved { … }."));
            }
            if (!h.ok()) {
                return h.error();
            }
            version.value().reset();
            version.value()
                .bind(1, id)
                .bind(2, savedAt)
                .bind(3, QString::fromUtf8(QJsonDocument(fields.toObject()).toJson(QJsonDocument::Compact)));
            if (Status s = version.value().run(); !s) {
                return at(where, s.error());
            }
        }
        if (history.isEmpty()) {
            const ManualClock savedAt(QDateTime::fromString(updatedAt, Qt::ISODateWithMs));
            if (Status s = records::RecordRepository(m_db, savedAt).keepVersion(id); !s) {
                return at(where, s.error());
            }
        }
        ++summary.records;
    }
    return {};
}

Status Importer::attachments(const QJsonArray& list, qsizetype& index, RecordsImportSummary& summary)
{
    for (index = 0; index < list.size(); ++index) {
        const QString where = indexed("attachments", index);
        Reader r(list.at(index), where);
        const QString uid = r.hex("uid", 32);
        const QString name = r.text("name", 1000, true);
        const qint64 size = r.integer("size", 1, attachments::kMaxFileBytes);
        const QString sha256 = r.hex("sha256", 64);
        const QString addedAt = r.utc("added_at");
        const QJsonValue recordUid = r.raw("record");
        const QJsonValue entry = r.raw("entry");
        if (r.ok() && recordUid.isString() == entry.isObject()) {
            r.fail(where, QStringLiteral("should belong to one record (\"record\") or one journal entry (\"entry\")."));
        }
        if (!r.ok()) {
            return r.error();
        }
        ManualClock addedClock(QDateTime::fromString(addedAt, Qt::ISODateWithMs));
        attachments::AttachmentStore store(m_db, addedClock);
        Result<std::optional<attachments::Attachment>> existing = store.findByUid(uid);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            continue;
        }
        attachments::AttachmentOwner owner;
        if (recordUid.isString()) {
            Result<std::optional<qint64>> id
                = records::RecordRepository(m_db, SystemClock::instance()).findByUid(recordUid.toString());
            if (!id) {
                return id.error();
            }
            if (!id.value()) {
                return invalid(where + QStringLiteral(".record"),
                    QStringLiteral("names a record that is neither in the file nor in the vault."));
            }
            owner = attachments::AttachmentOwner::record(*id.value());
        } else {
            Reader e(entry, where + QStringLiteral(".entry"));
            const QString createdAt = e.utc("created_at");
            const QDate day = e.day("day");
            if (!e.ok()) {
                return e.error();
            }
            Result<Statement> find
                = m_db.prepare("SELECT id FROM entry WHERE created_at = ?1 AND day = ?2 ORDER BY id LIMIT 1;");
            if (!find) {
                return find.error();
            }
            find.value().bind(1, createdAt).bind(2, day.toString(Qt::ISODate));
            Result<Statement::Step> step = find.value().step();
            if (!step) {
                return step.error();
            }
            if (step.value() != Statement::Step::Row) {
                return invalid(where + QStringLiteral(".entry"),
                    QStringLiteral("names a journal entry that is neither in the file nor in the vault."));
            }
            owner = attachments::AttachmentOwner::entry(find.value().columnInt(0));
        }
        std::unique_ptr<QIODevice> device;
        QByteArray inMemory;
        if (m_bytes) {
            device = m_bytes(index);
        } else if (r.raw("data").isString()) {
            const auto decoded = QByteArray::fromBase64Encoding(
                r.raw("data").toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded) {
                inMemory = *decoded;
                auto buffer = std::make_unique<QBuffer>(&inMemory);
                buffer->open(QIODevice::ReadOnly);
                device = std::move(buffer);
            } else {
                return invalid(where + QStringLiteral(".data"), QStringLiteral("is not base64."));
            }
        }
        if (!device || !device->isOpen()) {
            return invalid(
                where + QStringLiteral(".data"), QStringLiteral("is missing: the file's bytes are not there."));
        }
        // No new version of the record: its history came with the file and already names its files.
        const attachments::AddOptions options{owner, {}, {}};
        Result<attachments::Attachment> added = store.add(*device, name, size, options);
        if (!added) {
            return at(where, added.error());
        }
        if (added.value().sha256 != sha256) {
            return invalid(where,
                QStringLiteral("its bytes do not match its sha256, so the file may be damaged or "
                               "changed."));
        }
        // The uid travels with the file, so a second import recognises it.
        Result<Statement> keepUid = m_db.prepare("UPDATE attachment SET uid = ?1 WHERE id = ?2;");
        if (!keepUid) {
            return keepUid.error();
        }
        keepUid.value().bind(1, uid).bind(2, added.value().id);
        if (Status s = keepUid.value().run(); !s) {
            return at(where, s.error());
        }
        ++summary.attachments;
    }
    return {};
}

} // namespace

Status importRecordsSections(Database& db, const QJsonObject& root, const AttachmentBytes& bytes,
    RecordsImportSummary& summary, QString& section, qsizetype& recordIndex)
{
    Importer importer(db, bytes);
    for (const char* name : {"record_kinds", "records", "attachments"}) {
        const QJsonValue value = root.value(QLatin1String(name));
        if (value.isUndefined()) {
            continue;
        }
        section = QLatin1String(name);
        recordIndex = -1;
        if (!value.isArray()) {
            return invalid(section, QStringLiteral("should be a list [ … ]."));
        }
        const QJsonArray list = value.toArray();
        Status s = section == QLatin1String("record_kinds") ? importer.kinds(list, recordIndex)
            : section == QLatin1String("records")           ? importer.records(list, recordIndex, summary)
                                                            : importer.attachments(list, recordIndex, summary);
        if (!s) {
            return s;
        }
    }
    return {};
}

} // namespace tideline::exchange

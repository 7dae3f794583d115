// The records sections of the JSON export: kinds, records with their history, attachments with
// their bytes as base64, written a record (or a piece of a file) at a time.
#include "core/exchange/RecordsJson.h"

#include "core/attachments/AttachmentStore.h"
#include "core/exchange/Rows.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

// Base64 of this many bytes has no padding in the middle of a file.
constexpr qint64 kBase64Block = 3 * 64 * 1024;

Status flush(QByteArray& out, const ByteSink& sink)
{
    if (out.isEmpty()) {
        return {};
    }
    Status s = sink(out.constData(), out.size());
    out.clear();
    return s;
}

QJsonValue textOrNull(const Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.columnText(column));
}

QJsonValue boolOrNull(const Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.columnInt(column) != 0);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// `  "name": [` … `]` with one record a line, as JsonExport writes its sections.
class Section
{
public:
    Section(QByteArray& out, const char* name, bool last) : m_out(out), m_last(last)
    {
        m_out += "  \"";
        m_out += name;
        m_out += "\": [";
    }
    void next()
    {
        m_out += m_first ? "\n    " : ",\n    ";
        m_first = false;
    }
    void end()
    {
        m_out += m_first ? "]" : "\n  ]";
        m_out += m_last ? "\n" : ",\n";
    }

private:
    QByteArray& m_out;
    bool m_last;
    bool m_first = true;
};

Status writeKinds(Database& db, QByteArray& out)
{
    Section section(out, "record_kinds", false);
    Status s = forEachRow(db, "SELECT key, label, builtin, hidden, sort_order FROM record_kind ORDER BY sort_order, id",
        [&](const Statement& st) {
            section.next();
            out += compact(QJsonObject{{QStringLiteral("key"), textOrNull(st, 0)},
                {QStringLiteral("label"), st.columnText(1)}, {QStringLiteral("builtin"), st.columnInt(2) != 0},
                {QStringLiteral("hidden"), st.columnInt(3) != 0}, {QStringLiteral("sort_order"), st.columnInt(4)}});
        });
    section.end();
    return s;
}

Result<QJsonArray> labelsOf(Database& db, qint64 id)
{
    Result<Statement> st = db.prepare("SELECT k.label FROM record_kind_link AS l JOIN record_kind AS k ON k.id = "
                                      "l.kind_id WHERE l.record_id = ?1 ORDER BY k.sort_order, k.id;");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id);
    QJsonArray labels;
    Status s = st.value().forEachRow([&](const Statement& row) { labels.append(row.columnText(0)); });
    if (!s) {
        return s.error();
    }
    return labels;
}

Result<QJsonArray> historyOf(Database& db, qint64 id)
{
    Result<Statement> st = db.prepare("SELECT saved_at, fields FROM record_version WHERE record_id = ?1 ORDER BY id;");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id);
    QJsonArray history;
    Status s = st.value().forEachRow([&](const Statement& row) {
        history.append(QJsonObject{{QStringLiteral("saved_at"), row.columnText(0)},
            {QStringLiteral("fields"), QJsonDocument::fromJson(row.columnText(1).toUtf8()).object()}});
    });
    if (!s) {
        return s.error();
    }
    return history;
}

Status writeRecords(Database& db, QByteArray& out, const ByteSink& sink)
{
    Section section(out, "records", false);
    Status inner;
    Status outer = forEachRow(db,
        "SELECT id, uid, created_at, updated_at, occurred_day, occurred_time, approximate, place, what_happened, "
        "injuries, witnesses, told, saw_doctor, reported, is_sensitive FROM record WHERE deleted_at IS NULL ORDER BY "
        "id",
        [&](const Statement& st) {
            if (!inner) {
                return;
            }
            Result<QJsonArray> kinds = labelsOf(db, st.columnInt(0));
            Result<QJsonArray> history = kinds ? historyOf(db, st.columnInt(0)) : Result<QJsonArray>(kinds.error());
            if (!history) {
                inner = history.error();
                return;
            }
            section.next();
            out += compact(QJsonObject{{QStringLiteral("uid"), st.columnText(1)},
                {QStringLiteral("created_at"), st.columnText(2)}, {QStringLiteral("updated_at"), st.columnText(3)},
                {QStringLiteral("day"), st.columnText(4)}, {QStringLiteral("time"), textOrNull(st, 5)},
                {QStringLiteral("approximate"), st.columnInt(6) != 0}, {QStringLiteral("place"), st.columnText(7)},
                {QStringLiteral("what_happened"), st.columnText(8)}, {QStringLiteral("injuries"), st.columnText(9)},
                {QStringLiteral("witnesses"), st.columnText(10)}, {QStringLiteral("told"), st.columnText(11)},
                {QStringLiteral("saw_doctor"), boolOrNull(st, 12)}, {QStringLiteral("reported"), boolOrNull(st, 13)},
                {QStringLiteral("sensitive"), st.columnInt(14) != 0}, {QStringLiteral("kinds"), kinds.value()},
                {QStringLiteral("history"), history.value()}});
            inner = flush(out, sink);
        });
    section.end();
    return outer ? inner : outer;
}

Status writeAttachmentBytes(
    attachments::AttachmentStore& store, const attachments::Attachment& a, QByteArray& out, const ByteSink& sink)
{
    std::unique_ptr<QIODevice> in = store.open(a);
    QByteArray block(kBase64Block, Qt::Uninitialized);
    qint64 total = 0;
    Status status;
    for (;;) {
        const qint64 got = in->read(block.data(), kBase64Block);
        if (got < 0) {
            status = Error::make(ErrorCode::DamagedDatabase,
                QStringLiteral("“%1” could not be read from the vault, so the export was stopped.").arg(a.name));
            break;
        }
        if (got == 0) {
            break;
        }
        total += got;
        out += QByteArray::fromRawData(block.constData(), got).toBase64();
        if (status = flush(out, sink); !status) {
            break;
        }
    }
    block.fill('\0');
    if (status && total != a.size) {
        return Error::make(ErrorCode::DamagedDatabase,
            QStringLiteral("“%1” could not be read from the vault, so the export was stopped.").arg(a.name));
    }
    return status;
}

Status writeAttachments(Database& db, QByteArray& out, const ByteSink& sink, bool last)
{
    Section section(out, "attachments", last);
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
                {QStringLiteral("entry"), QJsonValue::Null}};
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
            section.next();
            QByteArray line = compact(meta);
            line.chop(1); // the closing brace: the bytes follow
            out += line;
            out += ",\"data\":\"";
            if (Status s = writeAttachmentBytes(store, a, out, sink); !s) {
                return s;
            }
            out += "\"}";
        }
    }
    section.end();
    return flush(out, sink);
}

} // namespace

bool isRecordsSection(const QString& key)
{
    return key == QLatin1String("record_kinds") || key == QLatin1String("records")
        || key == QLatin1String("attachments");
}

Status writeRecordsSections(Database& db, QByteArray& out, const ByteSink& sink, bool last)
{
    if (Status s = writeKinds(db, out); !s) {
        return s;
    }
    if (Status s = writeRecords(db, out, sink); !s) {
        return s;
    }
    return writeAttachments(db, out, sink, last);
}

} // namespace tideline::exchange

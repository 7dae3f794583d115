// The "records" list: every record not deleted, with its kinds by name and its whole history
// (docs/RECORDS-FORMAT.md). A record already in the vault (same uid) is left as it is.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"
#include "core/exchange/json/RecordsReader.h"

#include "core/common/Day.h"
#include "core/records/RecordKindRepository.h"
#include "core/records/RecordRepository.h"
#include "core/records/RecordText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace tideline::exchange {

namespace {

QJsonValue boolOrNull(const Statement& st, int column)
{
    return st.isNull(column) ? QJsonValue(QJsonValue::Null) : QJsonValue(st.columnInt(column) != 0);
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

Status write(Database& db, JsonSectionWriter& out)
{
    Status inner;
    Status outer = db.forEachRow(
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
            out.add(QJsonObject{{QStringLiteral("uid"), st.columnText(1)},
                {QStringLiteral("created_at"), st.columnText(2)}, {QStringLiteral("updated_at"), st.columnText(3)},
                {QStringLiteral("day"), st.columnText(4)}, {QStringLiteral("time"), textOrNull(st, 5)},
                {QStringLiteral("approximate"), st.columnInt(6) != 0}, {QStringLiteral("place"), st.columnText(7)},
                {QStringLiteral("what_happened"), st.columnText(8)}, {QStringLiteral("injuries"), st.columnText(9)},
                {QStringLiteral("witnesses"), st.columnText(10)}, {QStringLiteral("told"), st.columnText(11)},
                {QStringLiteral("saw_doctor"), boolOrNull(st, 12)}, {QStringLiteral("reported"), boolOrNull(st, 13)},
                {QStringLiteral("sensitive"), st.columnInt(14) != 0}, {QStringLiteral("kinds"), kinds.value()},
                {QStringLiteral("history"), history.value()}});
            inner = out.flush();
        });
    return outer ? inner : outer;
}

Result<QList<qint64>> kindIds(records::RecordKindRepository& kinds, const QJsonArray& labels, const QString& where)
{
    QList<qint64> ids;
    for (const QJsonValue& label : labels) {
        if (!label.isString()) {
            return recordsInvalid(
                QCoreApplication::translate("Exchange", "%1: kinds should be names (text). Nothing was imported.")
                    .arg(where));
        }
        Result<qint64> id = kinds.ensure(label.toString());
        if (!id) {
            return recordsFailedAt(where, id.error());
        }
        ids.append(id.value());
    }
    return ids;
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    using records::RecordText::kMaxAccountChars;
    using records::RecordText::kMaxFieldChars;
    const QDate today = Day::today(SystemClock::instance());
    records::RecordRepository repo(context.db, SystemClock::instance());
    records::RecordKindRepository kinds(context.db, SystemClock::instance());
    while (const auto line = context.next(records)) {
        const QString where = recordPath("records", line->index);
        RecordsReader r(line->value, where);
        records::RecordRepository::Imported record;
        record.uid = r.hex("uid", 32);
        record.createdAt = r.utc("created_at");
        record.updatedAt = r.utc("updated_at");
        records::RecordFields& f = record.fields;
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
        const QJsonArray labels = r.list("kinds");
        const QJsonArray history = r.list("history");
        if (!r.ok()) {
            return r.error();
        }
        if (Status valid = records::RecordText::validate(f, today); !valid) {
            return recordsFailedAt(where, valid.error());
        }
        Result<std::optional<qint64>> existing = repo.findByUid(record.uid);
        if (!existing) {
            return existing.error();
        }
        if (existing.value()) {
            continue; // already in the vault: importing a file twice changes nothing
        }
        Result<QList<qint64>> ids = kindIds(kinds, labels, where + QStringLiteral(".kinds"));
        if (!ids) {
            return ids.error();
        }
        record.kindIds = ids.value();
        // The history exactly as it was kept.
        for (qsizetype v = 0; v < history.size(); ++v) {
            RecordsReader h(history.at(v), where + QStringLiteral(".history[%1]").arg(v));
            const QString savedAt = h.utc("saved_at");
            const QJsonValue fields = h.raw("fields");
            if (!fields.isObject() || !fields.toObject().value(QLatin1String("day")).isString()) {
                h.fail(QCoreApplication::translate(
                    "Exchange", "%1: should be the record's fields as saved { … }. Nothing was imported.")
                           .arg(h.where("fields")));
            }
            if (!h.ok()) {
                return h.error();
            }
            record.history.append(
                {savedAt, QString::fromUtf8(QJsonDocument(fields.toObject()).toJson(QJsonDocument::Compact))});
        }
        if (Result<qint64> added = repo.addImported(record); !added) {
            return recordsFailedAt(where, added.error());
        }
        ++context.summary.records;
    }
    return {};
}

} // namespace

const JsonSection kRecordsSection{"records", write, read};

} // namespace tideline::exchange

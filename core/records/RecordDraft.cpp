#include "core/records/RecordDraft.h"

#include "core/records/RecordText.h"
#include "core/storage/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tideline::records {

namespace {

constexpr const char* kKey = "record_draft";

} // namespace

Status RecordDraftStore::save(const RecordDraft& draft)
{
    QJsonObject object = RecordText::toJson(draft.fields, {}, {});
    QJsonArray kinds;
    for (const qint64 id : draft.fields.kindIds) {
        kinds.append(id);
    }
    object.insert(QStringLiteral("kind_ids"), kinds);
    object.insert(QStringLiteral("record_id"), draft.recordId);
    if (!draft.fields.day.isValid()) {
        object.insert(QStringLiteral("day"), QJsonValue::Null);
    }
    Result<Statement> stmt = m_db.prepare(
        "INSERT INTO setting (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value()
        .bind(1, QString::fromLatin1(kKey))
        .bind(2, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
    return stmt.value().run();
}

Result<std::optional<RecordDraft>> RecordDraftStore::load()
{
    Result<Statement> stmt = m_db.prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, QString::fromLatin1(kKey));
    Result<Statement::Step> step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return std::optional<RecordDraft>();
    }
    const QJsonObject object = QJsonDocument::fromJson(stmt.value().columnText(0).toUtf8()).object();
    if (object.isEmpty()) {
        return std::optional<RecordDraft>();
    }
    RecordDraft draft;
    draft.fields = RecordText::fromJson(object).fields;
    for (const QJsonValue& id : object.value(QLatin1String("kind_ids")).toArray()) {
        draft.fields.kindIds.append(static_cast<qint64>(id.toDouble()));
    }
    draft.recordId = static_cast<qint64>(object.value(QLatin1String("record_id")).toDouble());
    return std::optional<RecordDraft>(draft);
}

Status RecordDraftStore::clear()
{
    Result<Statement> stmt = m_db.prepare("DELETE FROM setting WHERE key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, QString::fromLatin1(kKey));
    return stmt.value().run();
}

} // namespace tideline::records

#include "core/records/RecordDraft.h"

#include "core/records/RecordText.h"
#include "core/storage/SettingTable.h"

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
    return SettingTable(m_db).write(
        QString::fromLatin1(kKey), QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

Result<std::optional<RecordDraft>> RecordDraftStore::load()
{
    Result<QString> stored = SettingTable(m_db).read(QString::fromLatin1(kKey));
    if (!stored) {
        return stored.error();
    }
    const QJsonObject object = QJsonDocument::fromJson(stored.value().toUtf8()).object();
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
    return SettingTable(m_db).remove(QString::fromLatin1(kKey));
}

} // namespace tideline::records

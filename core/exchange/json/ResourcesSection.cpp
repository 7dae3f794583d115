// The "resources" list: support numbers the person added themselves (the shipped ones stay in
// assets/resources.json and never travel).
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/safety/OwnResourceRepository.h"
#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow("SELECT region, name, phone, url, note, sort_order FROM resource WHERE user_added = 1 "
                         "ORDER BY region, sort_order, id",
        [&](const Statement& st) {
            out.add(
                QJsonObject{{QStringLiteral("region"), st.columnText(0)}, {QStringLiteral("name"), st.columnText(1)},
                    {QStringLiteral("phone"), textOrNull(st, 2)}, {QStringLiteral("url"), textOrNull(st, 3)},
                    {QStringLiteral("note"), textOrNull(st, 4)}, {QStringLiteral("sort_order"), st.columnInt(5)}});
        });
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    OwnResourceRepository resources(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("resources", i));
        OwnResourceRepository::Resource resource;
        resource.region = f.text("region", 40);
        resource.name = f.text("name", kContactNameMaxLength);
        resource.phone = f.optionalText("phone", kPhoneMaxLength).value_or(QString());
        const QString url = f.optionalText("url", 2000).value_or(QString());
        resource.note = f.optionalText("note", kNoteMaxLength).value_or(QString());
        const qint64 sortOrder = f.integer("sort_order", 0);
        if (!f.ok()) {
            return f.error();
        }
        const Status added = addUnlessKept(
            f.path(), [&] { return resources.containsSame(resource.region, resource.name); },
            [&] { return resources.insertAsRecorded(resource, url, sortOrder); }, context.summary.safetyItems);
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace

const JsonSection kResourcesSection{"resources", write, read};

} // namespace tideline::exchange

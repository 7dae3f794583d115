// The "tags" list: every tag by name, also those no entry carries.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/journal/EntryText.h"
#include "core/journal/TagRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow(
        "SELECT name FROM tag ORDER BY name, id", [&](const Statement& st) { out.add(st.columnText(0)); });
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    journal::TagRepository tags(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        const QString where = recordPath("tags", i);
        const QString name = record->value.toString().trimmed();
        if (!record->value.isString() || name.isEmpty() || name.size() > journal::EntryText::kMaxTagChars) {
            return invalidInput(QCoreApplication::translate(
                "Exchange", "%1: a tag is text of 1 to %2 characters. Nothing was imported.")
                                    .arg(where)
                                    .arg(journal::EntryText::kMaxTagChars));
        }
        if (Result<qint64> id = tags.ensure(name); !id) {
            return failedAt(where, id.error());
        }
    }
    return {};
}

} // namespace

const JsonSection kTagsSection{"tags", write, read};

} // namespace tideline::exchange

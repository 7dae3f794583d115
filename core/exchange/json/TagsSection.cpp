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

Status read(JsonImportContext& context, const QJsonArray& records)
{
    journal::TagRepository tags(context.db);
    for (qsizetype i = 0; i < records.size(); ++i) {
        context.current = i;
        const QString where = recordPath("tags", i);
        const QString name = records[i].toString().trimmed();
        if (!records[i].isString() || name.isEmpty() || name.size() > journal::EntryText::kMaxTagChars) {
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

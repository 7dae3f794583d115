// The "safety_contacts" list: people, professionals and hotlines of the safety plan.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/safety/PlanText.h"
#include "core/safety/SafetyContactRepository.h"
#include "core/storage/Database.h"

#include <QJsonObject>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow(
        "SELECT name, phone, note, kind, sort_order, created_at FROM safety_contact ORDER BY sort_order, id",
        [&](const Statement& st) {
            out.add(
                QJsonObject{{QStringLiteral("name"), st.columnText(0)}, {QStringLiteral("phone"), textOrNull(st, 1)},
                    {QStringLiteral("note"), textOrNull(st, 2)}, {QStringLiteral("kind"), st.columnText(3)},
                    {QStringLiteral("sort_order"), st.columnInt(4)}, {QStringLiteral("created_at"), st.columnText(5)}});
        });
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    SafetyContactRepository contacts(context.db, SystemClock::instance());
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("safety_contacts", i));
        SafetyContactRepository::Contact contact;
        contact.name = f.text("name", kContactNameMaxLength);
        contact.phone = f.optionalText("phone", kPhoneMaxLength).value_or(QString());
        contact.note = f.optionalText("note", kNoteMaxLength).value_or(QString());
        const QString kind
            = f.oneOf("kind", {QStringLiteral("person"), QStringLiteral("professional"), QStringLiteral("hotline")});
        const qint64 sortOrder = f.integer("sort_order", 0);
        const QString createdAt = f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        contact.kind = *SafetyContactRepository::kindFromKey(kind);
        const Status added = addUnlessKept(
            f.path(), [&] { return contacts.containsSame(contact); },
            [&] { return contacts.insertAsRecorded(contact, sortOrder, createdAt); }, context.summary.safetyItems);
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace

const JsonSection kContactsSection{"safety_contacts", write, read};

} // namespace tideline::exchange

// The "safety_plan" list: the lines of every list of the plan, the checklists' ticks too, and
// for a built-in line the key it was seeded as (migrations/0003_seed_material.sql).
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/safety/PlanSeeds.h"
#include "core/safety/PlanText.h"
#include "core/safety/SafetyPlanRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow(
        "SELECT section, text, checked, builtin, sort_order, created_at, updated_at, seed_key FROM safety_plan_item "
        "ORDER BY section, sort_order, id",
        [&](const Statement& st) {
            QJsonObject item{{QStringLiteral("section"), st.columnText(0)}, {QStringLiteral("text"), st.columnText(1)},
                {QStringLiteral("checked"), st.columnInt(2) != 0}, {QStringLiteral("builtin"), st.columnInt(3) != 0},
                {QStringLiteral("sort_order"), st.columnInt(4)}, {QStringLiteral("updated_at"), st.columnText(6)}};
            if (st.columnInt(3) == 0) {
                item.insert(QStringLiteral("created_at"), st.columnText(5));
            }
            if (!st.isNull(7)) {
                item.insert(QStringLiteral("key"), st.columnText(7)); // the built-in line it was seeded as
            }
            out.add(item);
        });
}

QStringList sectionKeys()
{
    QStringList keys;
    for (SafetyPlanRepository::Section section : SafetyPlanRepository::allSections()) {
        keys.append(SafetyPlanRepository::sectionKey(section));
    }
    return keys;
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    SafetyPlanRepository plan(context.db, SystemClock::instance());
    const QStringList sections = sectionKeys();
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("safety_plan", i));
        SafetyPlanRepository::Item item;
        const QString section = f.oneOf("section", sections);
        item.text = f.text("text", kPlanTextMaxLength);
        item.checked = f.flag("checked");
        item.builtin = f.flag("builtin");
        const qint64 sortOrder = f.integer("sort_order", 0);
        const QString updatedAt = f.time("updated_at");
        const std::optional<QString> key = f.optionalText("key", 64);
        const auto parsedSection = SafetyPlanRepository::sectionFromKey(section);
        if (item.checked && f.ok() && !(parsedSection && SafetyPlanRepository::hasTicks(*parsedSection))) {
            f.fail(QCoreApplication::translate("Exchange",
                "%1: only the emergency bag's and the close-at-hand list's lines have ticks. Nothing was imported.")
                       .arg(f.where("checked")));
        }
        static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]{1,64}$"));
        if (key && f.ok() && (!item.builtin || !keyPattern.match(*key).hasMatch())) {
            f.fail(QCoreApplication::translate(
                "Exchange", "%1: only a built-in line has a key, of 1 to 64 of a-z, 0-9 and _. Nothing was imported.")
                       .arg(f.where("key")));
        }
        if (!f.ok()) {
            return f.error();
        }
        item.section = *parsedSection;
        // A built-in line from an export made before keys were kept is known by its words,
        // first or current ("Keys" is the line that now reads "Extra keys").
        item.seedKey = key ? *key : item.builtin ? seedKeyForWords(section, item.text) : QString();
        // The same line takes the file's tick and place: a built-in one found by its key, any
        // line by its section and words (this is how the built-in checklist lines keep their ticks).
        Result<std::optional<qint64>> found
            = item.seedKey.isEmpty() ? Result<std::optional<qint64>>(std::nullopt) : plan.findBySeedKey(item.seedKey);
        if (found && !found.value()) {
            found = plan.findByText(item.section, item.text);
        }
        if (!found) {
            return failedAt(f.path(), found.error());
        }
        if (found.value()) {
            if (Status s = plan.restoreTickAndPlace(*found.value(), item.checked, sortOrder, updatedAt); !s) {
                return failedAt(f.path(), s.error());
            }
            continue;
        }
        // A built-in item has no created_at in the file; its last change stands in.
        const QString createdAt = item.builtin && !f.has("created_at") ? updatedAt : f.time("created_at");
        if (!f.ok()) {
            return f.error();
        }
        if (Result<qint64> id = plan.insertAsRecorded(item, sortOrder, createdAt, updatedAt); !id) {
            return failedAt(f.path(), id.error());
        }
        ++context.summary.safetyItems;
    }
    return {};
}

} // namespace

const JsonSection kSafetyPlanSection{"safety_plan", write, read};

} // namespace tideline::exchange

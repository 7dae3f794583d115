// The "safety_plan" list: the lines of every list of the plan, the emergency bag's ticks too.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/safety/PlanText.h"
#include "core/safety/SafetyPlanRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow(
        "SELECT section, text, checked, builtin, sort_order, created_at, updated_at FROM safety_plan_item "
        "ORDER BY section, sort_order, id",
        [&](const Statement& st) {
            QJsonObject item{{QStringLiteral("section"), st.columnText(0)}, {QStringLiteral("text"), st.columnText(1)},
                {QStringLiteral("checked"), st.columnInt(2) != 0}, {QStringLiteral("builtin"), st.columnInt(3) != 0},
                {QStringLiteral("sort_order"), st.columnInt(4)}, {QStringLiteral("updated_at"), st.columnText(6)}};
            if (st.columnInt(3) == 0) {
                item.insert(QStringLiteral("created_at"), st.columnText(5));
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

Status read(JsonImportContext& context, const QJsonArray& records)
{
    SafetyPlanRepository plan(context.db, SystemClock::instance());
    const QStringList sections = sectionKeys();
    for (qsizetype i = 0; i < records.size(); ++i) {
        context.current = i;
        JsonFields f(records[i], recordPath("safety_plan", i));
        SafetyPlanRepository::Item item;
        const QString section = f.oneOf("section", sections);
        item.text = f.text("text", kPlanTextMaxLength);
        item.checked = f.flag("checked");
        item.builtin = f.flag("builtin");
        const qint64 sortOrder = f.integer("sort_order", 0);
        const QString updatedAt = f.time("updated_at");
        if (item.checked && section != QStringLiteral("emergency_bag")) {
            f.fail(QCoreApplication::translate(
                "Exchange", "%1: only the emergency bag's items have ticks. Nothing was imported.")
                       .arg(f.where("checked")));
        }
        if (!f.ok()) {
            return f.error();
        }
        item.section = *SafetyPlanRepository::sectionFromKey(section);
        // An item with the same section and words is the same item: it takes the file's tick
        // and place (this is how the built-in emergency-bag items keep their ticks).
        Result<std::optional<qint64>> found = plan.findByText(item.section, item.text);
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

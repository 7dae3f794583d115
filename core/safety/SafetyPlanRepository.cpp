#include "core/safety/SafetyPlanRepository.h"

#include "core/i18n/BuiltinText.h"
#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

// Columns text (1) and builtin (3) of a safety_plan_item row: a built-in item in the current
// language while it keeps its first wording.
QString shownText(const Statement& row)
{
    return row.columnInt(3) != 0 ? i18n::shownBuiltinText(row.columnText(1)) : row.columnText(1);
}

Error notFound()
{
    return Error::make(ErrorCode::NotFound, u"That line of your plan is no longer there."_s);
}

} // namespace

QString SafetyPlanRepository::sectionKey(Section section)
{
    switch (section) {
    case Section::WarningSign:
        return u"warning_sign"_s;
    case Section::CopingStep:
        return u"coping_step"_s;
    case Section::HelpfulPlace:
        return u"helpful_place"_s;
    case Section::EmergencyBag:
        return u"emergency_bag"_s;
    case Section::SafePlace:
        return u"safe_place"_s;
    }
    return {};
}

std::optional<SafetyPlanRepository::Section> SafetyPlanRepository::sectionFromKey(const QString& key)
{
    for (Section section : allSections()) {
        if (sectionKey(section) == key) {
            return section;
        }
    }
    return std::nullopt;
}

QList<SafetyPlanRepository::Section> SafetyPlanRepository::allSections()
{
    return {
        Section::WarningSign, Section::CopingStep, Section::HelpfulPlace, Section::EmergencyBag, Section::SafePlace};
}

Result<QList<SafetyPlanRepository::Item>> SafetyPlanRepository::items(Section section, int limit, int offset)
{
    auto stmt = m_db.prepare("SELECT id, text, checked, builtin FROM safety_plan_item WHERE section = ?1 "
                             "ORDER BY sort_order, id LIMIT ?2 OFFSET ?3;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(section)).bind(2, limit).bind(3, offset);
    QList<Item> items;
    const Status read = stmt.value().forEachRow([&](const Statement& row) {
        items.append({row.columnInt(0), section, shownText(row), row.columnInt(2) != 0, row.columnInt(3) != 0});
    });
    if (!read) {
        return read.error();
    }
    return items;
}

Result<int> SafetyPlanRepository::count(Section section)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM safety_plan_item WHERE section = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(section));
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    return static_cast<int>(stmt.value().columnInt(0));
}

Result<qint64> SafetyPlanRepository::add(Section section, const QString& text)
{
    auto cleaned = requiredPlanText(text, kPlanTextMaxLength, u"A line of your plan"_s);
    if (!cleaned) {
        return cleaned.error();
    }
    const QString now = m_clock.nowUtc().toString(Qt::ISODateWithMs);
    auto stmt = m_db.prepare(
        "INSERT INTO safety_plan_item (section, text, sort_order, created_at, updated_at) "
        "VALUES (?1, ?2, (SELECT coalesce(max(sort_order), 0) + 1 FROM safety_plan_item WHERE section = ?1), ?3, ?3);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(section)).bind(2, cleaned.value()).bind(3, now);
    if (auto status = stmt.value().run(); !status) {
        return status.error();
    }
    return m_db.lastInsertRowId();
}

Status SafetyPlanRepository::updateText(qint64 id, const QString& text)
{
    auto cleaned = requiredPlanText(text, kPlanTextMaxLength, u"A line of your plan"_s);
    if (!cleaned) {
        return cleaned.error();
    }
    auto stmt = m_db.prepare("UPDATE safety_plan_item SET text = ?2, updated_at = ?3 WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id).bind(2, cleaned.value()).bind(3, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (auto status = stmt.value().run(); !status) {
        return status;
    }
    return m_db.changes() == 1 ? Status() : Status(notFound());
}

Status SafetyPlanRepository::setChecked(qint64 id, bool checked)
{
    auto found = item(id);
    if (!found) {
        return found.error();
    }
    if (found.value().section != Section::EmergencyBag) {
        return Error::make(ErrorCode::InvalidInput, u"Only the emergency-bag list has ticks."_s);
    }
    auto stmt = m_db.prepare("UPDATE safety_plan_item SET checked = ?2, updated_at = ?3 WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id).bind(2, checked ? 1 : 0).bind(3, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    return stmt.value().run();
}

Status SafetyPlanRepository::remove(qint64 id)
{
    auto stmt = m_db.prepare("DELETE FROM safety_plan_item WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    if (auto status = stmt.value().run(); !status) {
        return status;
    }
    if (m_db.changes() != 1) {
        return notFound();
    }
    // Deleted text should not linger in the WAL (DESIGN.md section 3).
    return m_db.checkpointTruncate();
}

Status SafetyPlanRepository::move(qint64 id, int direction)
{
    if (direction != -1 && direction != 1) {
        return Error::make(ErrorCode::InvalidInput, u"A line moves one place at a time."_s);
    }
    auto found = item(id);
    if (!found) {
        return found.error();
    }
    // Within its section; renumbering it 1..n also mends equal sort_order values (the seeded
    // rows, or rows added by an import).
    return moveRow(id, direction, "SELECT id FROM safety_plan_item WHERE section = ?1 ORDER BY sort_order, id;",
        "UPDATE safety_plan_item SET sort_order = ?1 WHERE id = ?2;", notFound(), sectionKey(found.value().section));
}

Result<std::optional<qint64>> SafetyPlanRepository::findByText(Section section, const QString& text)
{
    auto stmt = m_db.prepare("SELECT id FROM safety_plan_item WHERE section = ?1 AND text = ?2 ORDER BY id LIMIT 1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(section)).bind(2, text);
    Result<bool> row = stmt.value().nextRow();
    if (!row) {
        return row.error();
    }
    return row.value() ? std::optional<qint64>(stmt.value().columnInt(0)) : std::nullopt;
}

Status SafetyPlanRepository::restoreTickAndPlace(qint64 id, bool checked, qint64 sortOrder, const QString& updatedAt)
{
    auto stmt
        = m_db.prepare("UPDATE safety_plan_item SET checked = ?1, sort_order = ?2, updated_at = ?3 WHERE id = ?4;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, checked ? 1 : 0).bind(2, sortOrder).bind(3, updatedAt).bind(4, id);
    return stmt.value().run();
}

Result<qint64> SafetyPlanRepository::insertAsRecorded(
    const Item& item, qint64 sortOrder, const QString& createdAt, const QString& updatedAt)
{
    auto stmt = m_db.prepare(
        "INSERT INTO safety_plan_item (section, text, checked, builtin, sort_order, created_at, updated_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(item.section)).bind(2, item.text).bind(3, item.checked ? 1 : 0);
    stmt.value().bind(4, item.builtin ? 1 : 0).bind(5, sortOrder).bind(6, createdAt).bind(7, updatedAt);
    if (auto status = stmt.value().run(); !status) {
        return status.error();
    }
    return m_db.lastInsertRowId();
}

Result<SafetyPlanRepository::Item> SafetyPlanRepository::item(qint64 id)
{
    auto stmt = m_db.prepare("SELECT section, text, checked, builtin FROM safety_plan_item WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return notFound();
    }
    const Statement& row = stmt.value();
    const auto section = sectionFromKey(row.columnText(0));
    return Item{
        id, section.value_or(Section::WarningSign), shownText(row), row.columnInt(2) != 0, row.columnInt(3) != 0};
}

} // namespace tideline

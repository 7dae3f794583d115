#include "core/safety/SafetyPlanRepository.h"

#include "core/i18n/BuiltinText.h"
#include "core/safety/PlanText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

// Columns text (1) and builtin (3) of a safety_plan_item row: a built-in item in the current
// language while it keeps its first wording.
QString shownText(const Statement& row)
{
    return row.columnInt(3) != 0 ? i18n::shownBuiltinText(row.columnText(1)) : row.columnText(1);
}

// The columns every read of a line takes, in the order shownText() and readItem() expect.
#define PLAN_ITEM_COLUMNS "id, text, checked, builtin, section, seed_key "

SafetyPlanRepository::Item readItem(const Statement& row)
{
    const auto section = SafetyPlanRepository::sectionFromKey(row.columnText(4));
    return {row.columnInt(0), section.value_or(SafetyPlanRepository::Section::WarningSign), shownText(row),
        row.columnInt(2) != 0, row.columnInt(3) != 0, row.columnText(5)};
}

Error notFound()
{
    return Error::make(
        ErrorCode::NotFound, QCoreApplication::translate("Safety", "That line of your plan is no longer there."));
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
    case Section::CloseAtHand:
        return u"close_at_hand"_s;
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
    return {Section::WarningSign, Section::CopingStep, Section::HelpfulPlace, Section::EmergencyBag,
        Section::CloseAtHand, Section::SafePlace};
}

bool SafetyPlanRepository::hasTicks(Section section)
{
    return section == Section::EmergencyBag || section == Section::CloseAtHand;
}

Result<QList<SafetyPlanRepository::Item>> SafetyPlanRepository::items(Section section, int limit, int offset)
{
    auto stmt = m_db.prepare("SELECT " PLAN_ITEM_COLUMNS "FROM safety_plan_item WHERE section = ?1 "
                             "ORDER BY sort_order, id LIMIT ?2 OFFSET ?3;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(section)).bind(2, limit).bind(3, offset);
    QList<Item> items;
    const Status read = stmt.value().forEachRow([&](const Statement& row) { items.append(readItem(row)); });
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
    auto cleaned = requiredPlanText(text, kPlanTextMaxLength, PlanField::PlanLine);
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
    auto cleaned = requiredPlanText(text, kPlanTextMaxLength, PlanField::PlanLine);
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
    if (!hasTicks(found.value().section)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Safety", "Only the emergency bag and the close-at-hand list have ticks."));
    }
    auto stmt = m_db.prepare("UPDATE safety_plan_item SET checked = ?2, updated_at = ?3 WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id).bind(2, checked ? 1 : 0).bind(3, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    return stmt.value().run();
}

Result<SafetyPlanRepository::RemovedLine> SafetyPlanRepository::remove(qint64 id)
{
    auto line = removedLine(id);
    if (!line) {
        return line.error();
    }
    auto remove = m_db.prepare("DELETE FROM safety_plan_item WHERE id = ?1;");
    if (!remove) {
        return remove.error();
    }
    remove.value().bind(1, id);
    if (auto status = remove.value().run(); !status) {
        return status.error();
    }
    if (m_db.changes() != 1) {
        return notFound();
    }
    remove.value().reset(); // a statement still open would hold the checkpoint back
    // Deleted text should not linger in the WAL (DESIGN.md section 3).
    if (auto status = m_db.checkpointTruncate(); !status) {
        return status.error();
    }
    return line;
}

Result<SafetyPlanRepository::RemovedLine> SafetyPlanRepository::removedLine(qint64 id)
{
    auto stmt
        = m_db.prepare("SELECT " PLAN_ITEM_COLUMNS ", sort_order, created_at FROM safety_plan_item WHERE id = ?1;");
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
    const Item item = readItem(row);
    return RemovedLine{id, item.section, row.columnText(1), item.text, item.checked, item.builtin, item.seedKey,
        row.columnInt(6), row.columnText(7)};
}

Status SafetyPlanRepository::restore(const RemovedLine& line)
{
    Transaction tx(m_db);
    if (auto status = tx.begin(); !status) {
        return status;
    }
    auto stmt = m_db.prepare(
        "INSERT INTO safety_plan_item (id, section, text, checked, builtin, seed_key, sort_order, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT DO NOTHING;");
    if (!stmt) {
        return stmt.error();
    }
    Statement& insert = stmt.value();
    insert.bind(1, line.id).bind(2, sectionKey(line.section)).bind(3, line.storedText);
    insert.bind(4, line.checked ? 1 : 0).bind(5, line.builtin ? 1 : 0);
    if (line.seedKey.isEmpty()) {
        insert.bindNull(6);
    } else {
        insert.bind(6, line.seedKey);
    }
    insert.bind(7, line.sortOrder).bind(8, line.createdAt).bind(9, m_clock.nowUtc().toString(Qt::ISODateWithMs));
    if (auto status = insert.run(); !status) {
        return status;
    }
    if (m_db.changes() != 1) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Safety", "That line cannot be put back any more; add it again instead."));
    }
    if (!line.seedKey.isEmpty()) {
        auto forget = m_db.prepare("DELETE FROM safety_plan_removed_seed WHERE seed_key = ?1;");
        if (!forget) {
            return forget.error();
        }
        forget.value().bind(1, line.seedKey);
        if (auto status = forget.value().run(); !status) {
            return status;
        }
    }
    return tx.commit();
}

Status SafetyPlanRepository::move(qint64 id, int direction)
{
    if (direction != -1 && direction != 1) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Safety", "A line moves one place at a time."));
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

Result<std::optional<qint64>> SafetyPlanRepository::findBySeedKey(const QString& seedKey)
{
    auto stmt = m_db.prepare("SELECT id FROM safety_plan_item WHERE seed_key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, seedKey);
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
    auto stmt = m_db.prepare("INSERT INTO safety_plan_item (section, text, checked, builtin, seed_key, sort_order, "
                             "created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, sectionKey(item.section)).bind(2, item.text).bind(3, item.checked ? 1 : 0);
    stmt.value().bind(4, item.builtin ? 1 : 0);
    if (item.seedKey.isEmpty()) {
        stmt.value().bindNull(5);
    } else {
        stmt.value().bind(5, item.seedKey);
    }
    stmt.value().bind(6, sortOrder).bind(7, createdAt).bind(8, updatedAt);
    if (auto status = stmt.value().run(); !status) {
        return status.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (!item.seedKey.isEmpty()) {
        auto forget = m_db.prepare("DELETE FROM safety_plan_removed_seed WHERE seed_key = ?1;");
        if (!forget) {
            return forget.error();
        }
        forget.value().bind(1, item.seedKey);
        if (auto status = forget.value().run(); !status) {
            return status.error();
        }
    }
    return id;
}

Result<SafetyPlanRepository::Item> SafetyPlanRepository::item(qint64 id)
{
    auto stmt = m_db.prepare("SELECT " PLAN_ITEM_COLUMNS "FROM safety_plan_item WHERE id = ?1;");
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
    return readItem(stmt.value());
}

} // namespace tideline

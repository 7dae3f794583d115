#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/OrderedRepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace tideline {

class Database;

// The lists of the safety plan (table safety_plan_item): warning signs, coping steps,
// places that help, the emergency-bag checklist (seeded by the first migration,
// the only list with ticks) and safe places. Ordered by sort_order within a section.
class SafetyPlanRepository : private OrderedRepository
{
public:
    enum class Section { WarningSign, CopingStep, HelpfulPlace, EmergencyBag, SafePlace };

    struct Item
    {
        qint64 id = 0;
        Section section = Section::WarningSign;
        QString text;
        bool checked = false;
        bool builtin = false;
    };

    SafetyPlanRepository(Database& db, const Clock& clock) : OrderedRepository(db), m_clock(clock) {}

    static QString sectionKey(Section section); // "warning_sign", as stored
    static std::optional<Section> sectionFromKey(const QString& key);
    static QList<Section> allSections();

    // One page of a section, in the person's order.
    Result<QList<Item>> items(Section section, int limit, int offset = 0);
    Result<int> count(Section section);

    // Adds at the end of the section; the text is trimmed and checked (PlanText.h).
    Result<qint64> add(Section section, const QString& text);
    Status updateText(qint64 id, const QString& text);
    // Only emergency-bag items have a tick.
    Status setChecked(qint64 id, bool checked);
    Status remove(qint64 id);
    // Moves an item one place up (-1) or down (+1) within its section; at an end, nothing
    // happens and that is not an error.
    Status move(qint64 id, int direction);

    // For imports, inside the importer's transaction: the first item of the section with
    // exactly this text, if any.
    Result<std::optional<qint64>> findByText(Section section, const QString& text);
    // An item as another vault kept it takes that vault's tick and place.
    Status restoreTickAndPlace(qint64 id, bool checked, qint64 sortOrder, const QString& updatedAt);
    // An item as another vault kept it, with its own order and times. Returns the new id.
    Result<qint64> insertAsRecorded(
        const Item& item, qint64 sortOrder, const QString& createdAt, const QString& updatedAt);

private:
    Result<Item> item(qint64 id);

    const Clock& m_clock;
};

} // namespace tideline

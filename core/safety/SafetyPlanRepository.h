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
// places that help, the two checklists with ticks (the emergency bag, and what to keep close
// at hand; both seeded by migrations, see seed_key in migrations/0003_seed_material.sql) and
// safe places. Ordered by sort_order within a section.
class SafetyPlanRepository : private OrderedRepository
{
public:
    enum class Section { WarningSign, CopingStep, HelpfulPlace, EmergencyBag, CloseAtHand, SafePlace };

    struct Item
    {
        qint64 id = 0;
        Section section = Section::WarningSign;
        QString text;
        bool checked = false;
        bool builtin = false;
        QString seedKey; // the built-in line it was seeded as ("keys"), even when reworded; else empty
    };

    // A removed line as it was stored, so undo can put back exactly that line: a built-in one
    // stays built-in (and in the current language), in its place, with its tick.
    struct RemovedLine
    {
        qint64 id = 0;
        Section section = Section::WarningSign;
        QString storedText; // as stored (a built-in line in English), not as shown
        QString shownText;
        bool checked = false;
        bool builtin = false;
        QString seedKey;
        qint64 sortOrder = 0;
        QString createdAt;
    };

    SafetyPlanRepository(Database& db, const Clock& clock) : OrderedRepository(db), m_clock(clock) {}

    static QString sectionKey(Section section); // "warning_sign", as stored
    static std::optional<Section> sectionFromKey(const QString& key);
    static QList<Section> allSections();
    // The emergency bag and the close-at-hand list have ticks; the other lists do not.
    static bool hasTicks(Section section);

    // One page of a section, in the person's order.
    Result<QList<Item>> items(Section section, int limit, int offset = 0);
    Result<int> count(Section section);

    // Adds at the end of the section; the text is trimmed and checked (PlanText.h).
    Result<qint64> add(Section section, const QString& text);
    Status updateText(qint64 id, const QString& text);
    // Only the checklists' lines have a tick (hasTicks).
    Status setChecked(qint64 id, bool checked);
    // Removes a line and returns it as it was; a seeded line leaves its key in the removal
    // trace (safety_plan_removed_seed), so an update never adds it back.
    Result<RemovedLine> remove(qint64 id);
    // Puts a removed line back as it was (its id, place, tick and seed), and takes its key out
    // of the removal trace. InvalidInput when its id has been used again since.
    Status restore(const RemovedLine& line);
    // Moves an item one place up (-1) or down (+1) within its section; at an end, nothing
    // happens and that is not an error.
    Status move(qint64 id, int direction);

    // For imports, inside the importer's transaction: the first item of the section with
    // exactly this text, if any.
    Result<std::optional<qint64>> findByText(Section section, const QString& text);
    // For imports: the line seeded as this built-in key ("keys"), if the vault has it.
    Result<std::optional<qint64>> findBySeedKey(const QString& seedKey);
    // An item as another vault kept it takes that vault's tick and place.
    Status restoreTickAndPlace(qint64 id, bool checked, qint64 sortOrder, const QString& updatedAt);
    // An item as another vault kept it, with its own order and times (and its seed key: a
    // built-in line the person had removed comes back and leaves the removal trace). Returns
    // the new id.
    Result<qint64> insertAsRecorded(
        const Item& item, qint64 sortOrder, const QString& createdAt, const QString& updatedAt);

private:
    Result<Item> item(qint64 id);
    Result<RemovedLine> removedLine(qint64 id);

    const Clock& m_clock;
};

} // namespace tideline

#include "core/safety/GroundingNotes.h"

#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

using namespace Qt::StringLiterals;

namespace tideline {

Result<qint64> keepGroundingNotes(Database& db, const Clock& clock, const QString& title, const QString& body)
{
    auto text = requiredPlanText(body, kGroundingNotesMaxLength, u"Your notes"_s);
    if (!text) {
        return text.error();
    }
    const QDateTime now = clock.nowUtc();
    const QString stamp = now.toString(Qt::ISODateWithMs);
    // The day the notes are about is the person's local day (DESIGN.md: days are local).
    const QString day = now.toLocalTime().date().toString(Qt::ISODate);
    auto stmt = db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body) VALUES (?1, ?1, ?2, ?3, ?4);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, stamp).bind(2, day).bind(3, title.trimmed().left(200)).bind(4, text.value());
    if (auto status = stmt.value().run(); !status) {
        return status.error();
    }
    return db.lastInsertRowId();
}

} // namespace tideline

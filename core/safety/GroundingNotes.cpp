#include "core/safety/GroundingNotes.h"

#include "core/journal/JournalRepository.h"
#include "core/safety/PlanText.h"

using namespace Qt::StringLiterals;

namespace tideline {

Result<qint64> keepGroundingNotes(Database& db, const Clock& clock, const QString& title, const QString& body)
{
    auto text = requiredPlanText(body, kGroundingNotesMaxLength, PlanField::GroundingNotes);
    if (!text) {
        return text.error();
    }
    // Through the journal's repository, so the notes follow the journal's rules (EntryText) and
    // are written where every other entry is. The day is the person's local day, as for any
    // entry written now.
    journal::EntryDraft draft;
    draft.title = title.trimmed().left(200);
    draft.body = text.value();
    return journal::JournalRepository(db, clock).create(draft);
}

} // namespace tideline

#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QString>

namespace tideline {

class Database;

// Notes from a grounding exercise, kept only when the person ticks "keep my notes". They
// become an ordinary journal entry for today (table entry), so they are encrypted like every
// other entry, can be found, read and deleted in the journal, and need no table of their own.
// Returns the new entry's id.
Result<qint64> keepGroundingNotes(Database& db, const Clock& clock, const QString& title, const QString& body);

// Longest body kept; a 5 MB paste into a senses step gets a kind message instead.
inline constexpr int kGroundingNotesMaxLength = 20000;

} // namespace tideline

#pragma once

#include <QString>

namespace tideline {

// The built-in lines of the safety plan's checklists by their seed key, as the migrations seed
// and reword them (migrations/0003_seed_material.sql is the authority; this only recognises
// them). An export made before a line was reworded names it by its old words and without a key:
// "Keys" is the line that now reads "Extra keys", and importing it must find that line instead
// of adding a second one.
//
// The seed key of a built-in line by its section ("emergency_bag") and stored words, first or
// current wording; empty when the words are not a built-in line's.
QString seedKeyForWords(const QString& section, const QString& words);

} // namespace tideline

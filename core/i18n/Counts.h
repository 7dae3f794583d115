#pragma once

#include <QString>

namespace tideline::i18n {

// "30 days", "1 day": a number of days as its own phrase, for a sentence that holds two counts
// of days. Qt gives a sentence one %n only, and a language's plural form depends on each number
// (Russian says "21 день" but "22 дня"), so each count carries its own noun. A sentence with a
// single count of days uses %n in the sentence itself instead.
QString dayCount(int days);

} // namespace tideline::i18n

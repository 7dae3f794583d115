#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/insights/Series.h"

#include <QList>
#include <QString>

#include <optional>

namespace tideline {

class Database;

namespace checkup {

// "Compare two periods" for check-ups (beside insights::PeriodReview): for each form taken in
// either period, the latest total of each, and the change against what the form counts as
// meaningful, in one neutral sentence.
struct CheckupComparison
{
    QString name; // "PHQ-9"
    std::optional<int> before; // the latest total in the earlier period
    std::optional<int> after; // the latest total in the later one
    int takenBefore = 0;
    int takenAfter = 0;
    QString sentence;
};

Result<QList<CheckupComparison>> compareCheckups(
    Database& db, const Clock& clock, const insights::DayRange& before, const insights::DayRange& after);

} // namespace checkup
} // namespace tideline

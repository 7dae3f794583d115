#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDate>
#include <QString>

namespace tideline {

// Days are the person's local calendar days, stored as 'YYYY-MM-DD' (DESIGN.md section 4).
namespace Day {

// Today where the person is, by the given clock.
QDate today(const Clock& clock);
QString toText(const QDate& day);
// 'YYYY-MM-DD' only; a clear message for anything else (2026-02-30, 23/11/2026, "").
Result<QDate> parse(const QString& text);
// A day the person may record for: a real date, not after today. Future days are refused
// because nothing has happened yet on them; any past day is fine.
Status checkRecordable(const QDate& day, const Clock& clock);

} // namespace Day
} // namespace tideline

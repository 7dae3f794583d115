#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace tideline::app::RecordFormat {

// When it happened, in the person's language: "Tuesday 3 March 2026 at 21:30",
// "around 3 March 2026", "3 March 2026".
QString whenLabel(const QDate& day, const QTime& time, bool approximate);
// A short form for lists: "3 Mar 2026, 21:30", "around 3 Mar 2026".
QString whenShort(const QDate& day, const QString& time, bool approximate);
// A moment (UTC) in local time: "3 March 2026, 09:12".
QString momentLabel(const QDateTime& utc);

} // namespace tideline::app::RecordFormat

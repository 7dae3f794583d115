#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tideline::app {

// The quiet line shown after an unlock when wrong tries happened while the person was away,
// e.g. "Since your last visit, someone tried to open Tideline 2 times: today at 14:02,
// yesterday at 22:15." Empty when there were none. Times are shown in local time, newest
// first, at most a handful (the count says how many there were in all).
QString unlockNoticeText(const QList<QDateTime>& failedAttemptsUtc, const QDateTime& nowUtc);

} // namespace tideline::app

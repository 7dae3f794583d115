#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace tideline::app {

// The quiet line shown after an unlock when tries that didn't match happened since the last
// visit, e.g. "2 tries didn't match since you last opened it: today at 14:02, yesterday at
// 22:15." Usually it was the person mistyping, so it neither alarms nor names the app; the home
// page offers "That was me" to put it away. Empty when there were none. Times are shown in local time, newest
// first, at most a handful (the count says how many there were in all).
QString unlockNoticeText(const QList<QDateTime>& failedAttemptsUtc, const QDateTime& nowUtc);

} // namespace tideline::app

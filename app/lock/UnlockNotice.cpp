#include "app/lock/UnlockNotice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

constexpr qsizetype kDaysShown = 5;

QString hoursAndMinutes(const QDateTime& local)
{
    const QLocale locale;
    // Hours and minutes are enough; some locales' short format carries seconds.
    return locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
}

// "today at 14:02 and 14:05", "yesterday at 22:15", "3/3/26 at 08:40": one phrase per day,
// each minute once (five tries in one minute read as one time; the count says how many).
QString describeDay(const QDate& day, const QStringList& times, const QDate& today)
{
    QString when = times.size() == 1 ? times.first()
                                     : QCoreApplication::translate("UnlockNotice", "%1 and %2")
                                           .arg(times.mid(0, times.size() - 1).join(QLatin1String(", ")), times.last());
    const qint64 daysAgo = day.daysTo(today);
    if (daysAgo == 0) {
        return QCoreApplication::translate("UnlockNotice", "today at %1").arg(when);
    }
    if (daysAgo == 1) {
        return QCoreApplication::translate("UnlockNotice", "yesterday at %1").arg(when);
    }
    return QCoreApplication::translate("UnlockNotice", "%1 at %2")
        .arg(QLocale().toString(day, QLocale::ShortFormat), when);
}

} // namespace

QString unlockNoticeText(const QList<QDateTime>& failedAttemptsUtc, const QDateTime& nowUtc)
{
    if (failedAttemptsUtc.isEmpty()) {
        return {};
    }
    QList<QDateTime> newestFirst = failedAttemptsUtc;
    std::sort(newestFirst.begin(), newestFirst.end(), std::greater<>());

    const QDate today = nowUtc.toLocalTime().date();
    QStringList days;
    QDate day;
    QStringList times;
    bool cut = false;
    for (const auto& attempt : std::as_const(newestFirst)) {
        const QDateTime local = attempt.toLocalTime();
        if (local.date() != day) {
            if (!times.isEmpty()) {
                days.append(describeDay(day, times, today));
            }
            if (days.size() == kDaysShown) {
                cut = true;
                times.clear();
                break;
            }
            day = local.date();
            times.clear();
        }
        const QString time = hoursAndMinutes(local);
        if (!times.contains(time)) {
            times.append(time);
        }
    }
    if (!times.isEmpty()) {
        days.append(describeDay(day, times, today));
    }
    QString list = days.join(QLatin1String(", "));
    if (cut) {
        list = QCoreApplication::translate("UnlockNotice", "%1 and earlier").arg(list);
    }
    // Calm and plain: most of the time it was the person mistyping. Spelled out for English
    // rather than %n, which needs a loaded translation for its plural.
    if (newestFirst.size() == 1) {
        return QCoreApplication::translate("UnlockNotice", "1 try didn't match since you last opened it: %1.")
            .arg(list);
    }
    return QCoreApplication::translate("UnlockNotice", "%1 tries didn't match since you last opened it: %2.")
        .arg(QString::number(newestFirst.size()), list);
}

} // namespace tideline::app

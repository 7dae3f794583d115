#include "UnlockNotice.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

constexpr qsizetype kTimesShown = 5;

QString tr(const char* text)
{
    return QCoreApplication::translate("UnlockNotice", text);
}

// "today at 14:02", "yesterday at 22:15", "Mon 3 Mar at 08:40".
QString describe(const QDateTime& attemptUtc, const QDate& today)
{
    const QDateTime local = attemptUtc.toLocalTime();
    const QLocale locale;
    // Hours and minutes are enough; some locales' short format carries seconds.
    const QString time = locale.toString(local.time(), locale.timeFormat(QLocale::ShortFormat).remove(u":ss"_s));
    const qint64 daysAgo = local.date().daysTo(today);
    if (daysAgo == 0) {
        return tr("today at %1").arg(time);
    }
    if (daysAgo == 1) {
        return tr("yesterday at %1").arg(time);
    }
    return tr("%1 at %2").arg(locale.toString(local.date(), QLocale::ShortFormat), time);
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
    QStringList times;
    for (qsizetype i = 0; i < std::min(kTimesShown, newestFirst.size()); ++i) {
        times.append(describe(newestFirst.at(i), today));
    }
    QString list = times.join(QLatin1String(", "));
    if (newestFirst.size() > kTimesShown) {
        list = tr("%1 and earlier").arg(list);
    }
    // Spelled out for English rather than %n, which needs a loaded translation for its plural.
    if (newestFirst.size() == 1) {
        return tr("Since your last visit, someone tried once to open Tideline with the wrong PIN or passphrase: %1.")
            .arg(list);
    }
    return tr("Since your last visit, someone tried to open Tideline %1 times with the wrong PIN or passphrase: %2.")
        .arg(newestFirst.size())
        .arg(list);
}

} // namespace tideline::app

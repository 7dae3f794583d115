#include "app/records/RecordFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace tideline::app::RecordFormat {

namespace {

// The locale's short time without seconds ("21:30", "9:30 PM"): some locales' short format has them.
QString clock(const QTime& time)
{
    const QLocale locale;
    QString format = locale.timeFormat(QLocale::ShortFormat);
    format.remove(QStringLiteral(":ss")).remove(QStringLiteral(".ss"));
    return locale.toString(time, format);
}

} // namespace

QString whenLabel(const QDate& day, const QTime& time, bool approximate)
{
    const QLocale locale;
    const QString date = locale.toString(day, QLocale::LongFormat);
    if (time.isValid()) {
        const QString at = clock(time);
        return approximate ? QCoreApplication::translate("RecordFormat", "around %1 at %2").arg(date, at)
                           : QCoreApplication::translate("RecordFormat", "%1 at %2").arg(date, at);
    }
    return approximate ? QCoreApplication::translate("RecordFormat", "around %1").arg(date) : date;
}

QString whenShort(const QDate& day, const QString& time, bool approximate)
{
    const QLocale locale;
    QString text = locale.toString(day, QStringLiteral("d MMM yyyy"));
    if (!time.isEmpty()) {
        text = QCoreApplication::translate("RecordFormat", "%1, %2")
                   .arg(text, clock(QTime::fromString(time, QStringLiteral("HH:mm"))));
    }
    return approximate ? QCoreApplication::translate("RecordFormat", "around %1").arg(text) : text;
}

QString momentLabel(const QDateTime& utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return QCoreApplication::translate("RecordFormat", "%1, %2")
        .arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")), clock(local.time()));
}

} // namespace tideline::app::RecordFormat

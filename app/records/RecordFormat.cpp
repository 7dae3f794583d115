#include "app/records/RecordFormat.h"

#include <QCoreApplication>
#include <QLocale>

namespace tideline::app::RecordFormat {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("RecordFormat", text);
}

} // namespace

QString whenLabel(const QDate& day, const QTime& time, bool approximate)
{
    const QLocale locale;
    const QString date = locale.toString(day, QLocale::LongFormat);
    if (time.isValid()) {
        const QString clock = locale.toString(time, QLocale::ShortFormat);
        return approximate ? tr("around %1 at %2").arg(date, clock) : tr("%1 at %2").arg(date, clock);
    }
    return approximate ? tr("around %1").arg(date) : date;
}

QString whenShort(const QDate& day, const QString& time, bool approximate)
{
    const QLocale locale;
    QString text = locale.toString(day, QStringLiteral("d MMM yyyy"));
    if (!time.isEmpty()) {
        text = tr("%1, %2").arg(text, locale.toString(QTime::fromString(time, QStringLiteral("HH:mm")), QLocale::ShortFormat));
    }
    return approximate ? tr("around %1").arg(text) : text;
}

QString momentLabel(const QDateTime& utc)
{
    const QLocale locale;
    const QDateTime local = utc.toLocalTime();
    return tr("%1, %2").arg(locale.toString(local.date(), QStringLiteral("d MMMM yyyy")),
        locale.toString(local.time(), QLocale::ShortFormat));
}

} // namespace tideline::app::RecordFormat

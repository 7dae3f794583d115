#include "core/common/Day.h"

#include "core/common/AppName.h"

#include <QCoreApplication>

namespace tideline::Day {

QDate today(const Clock& clock)
{
    return clock.nowUtc().toLocalTime().date();
}

QString toText(const QDate& day)
{
    return day.toString(Qt::ISODate);
}

Result<QDate> parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    const QDate day = QDate::fromString(trimmed, Qt::ISODate);
    // fromString accepts a few extra shapes; insist on exactly YYYY-MM-DD.
    if (!day.isValid() || trimmed.size() != 10 || day.toString(Qt::ISODate) != trimmed) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Common", "“%1” is not a day %2 understands. Write it as YYYY-MM-DD, for example 2026-03-14.")
                .arg(trimmed.left(40), appName()));
    }
    return day;
}

Status checkRecordable(const QDate& day, const Clock& clock)
{
    if (!day.isValid() || day.year() < 1900) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Common", "That day is not a date %1 can keep.").arg(appName()));
    }
    if (day > today(clock)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Common", "%1 hasn't come yet, so there is nothing to record for it.")
                .arg(toText(day)));
    }
    return {};
}

} // namespace tideline::Day

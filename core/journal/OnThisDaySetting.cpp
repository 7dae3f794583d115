#include "core/journal/OnThisDaySetting.h"

#include "core/common/Day.h"
#include "core/storage/SettingTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tideline::journal {

namespace {

const QString kOnKey = u"journal.on_this_day"_s; // "off" when turned off; no row = on
const QString kSetAsideKey = u"journal.on_this_day_set_aside"_s; // the day it was set aside, 'YYYY-MM-DD'

} // namespace

Result<bool> OnThisDaySetting::isOn()
{
    Result<QString> stored = SettingTable(m_db).read(kOnKey);
    if (!stored) {
        return stored.error();
    }
    return stored.value() != u"off"_s;
}

Status OnThisDaySetting::setOn(bool on)
{
    return SettingTable(m_db).write(kOnKey, on ? u"on"_s : u"off"_s);
}

Result<bool> OnThisDaySetting::isSetAside(const QDate& day)
{
    Result<QString> stored = SettingTable(m_db).read(kSetAsideKey);
    if (!stored) {
        return stored.error();
    }
    return day.isValid() && stored.value() == Day::toText(day);
}

Status OnThisDaySetting::setAside(const QDate& day)
{
    if (!day.isValid()) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Journal", "That is not a day on the calendar."));
    }
    return SettingTable(m_db).write(kSetAsideKey, Day::toText(day));
}

Result<bool> OnThisDaySetting::showsOn(const QDate& day)
{
    Result<bool> on = isOn();
    if (!on || !on.value()) {
        return on;
    }
    Result<bool> setAside = isSetAside(day);
    if (!setAside) {
        return setAside.error();
    }
    return !setAside.value();
}

} // namespace tideline::journal

#include "core/safety/RegionSetting.h"

#include "core/safety/ResourceCatalogue.h"
#include "core/storage/SettingTable.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

constexpr const char* kKey = "safety.region";

} // namespace

Result<QString> RegionSetting::chosen()
{
    return SettingTable(m_db).read(QString::fromLatin1(kKey));
}

Status RegionSetting::choose(const QString& code)
{
    if (!ResourceCatalogue::bundled().hasRegion(code)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Safety", "There is no list of numbers for that region."));
    }
    return SettingTable(m_db).write(QString::fromLatin1(kKey), code);
}

} // namespace tideline

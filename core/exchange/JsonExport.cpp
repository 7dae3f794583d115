#include "core/exchange/JsonExport.h"

#include "core/checkup/CheckupJson.h"
#include "core/exchange/json/JsonSections.h"

#include <QDateTime>

namespace tideline::exchange {

Result<QByteArray> exportJson(Database& db, const Clock& clock, bool withSensitive)
{
    QByteArray out = "{\n";
    out += "  \"format\": \"tideline-export\",\n";
    out += "  \"version\": " + QByteArray::number(kJsonExportVersion) + ",\n";
    out += "  \"exported_at\": \"" + clock.nowUtc().toString(Qt::ISODateWithMs).toLatin1() + "\",\n";
    const auto sections = jsonSections();
    for (const JsonSection* section : sections) {
        // The check-up sections (core/checkup/CheckupJson.cpp) go just before the last one.
        if (section == sections.back()) {
            if (Status status = checkup::writeCheckupSections(db, out, withSensitive); !status) {
                return status.error();
            }
        }
        Status written;
        {
            // The writer closes its list when it goes out of scope; the last one without a comma.
            JsonSectionWriter writer(out, section->name, section == sections.back());
            written = section->write(db, writer);
        }
        if (!written) {
            return written.error();
        }
    }
    out += "}\n";
    return out;
}

} // namespace tideline::exchange

#include "core/exchange/JsonExport.h"

#include "core/exchange/json/JsonSections.h"

#include <QDateTime>

namespace tideline::exchange {

Result<QByteArray> exportJson(Database& db, const Clock& clock)
{
    QByteArray out = "{\n";
    out += "  \"format\": \"tideline-export\",\n";
    out += "  \"version\": " + QByteArray::number(kJsonExportVersion) + ",\n";
    out += "  \"exported_at\": \"" + clock.nowUtc().toString(Qt::ISODateWithMs).toLatin1() + "\",\n";
    const auto sections = jsonSections();
    for (const JsonSection* section : sections) {
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

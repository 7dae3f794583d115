#include "app/exchange/VaultExporter.h"

#include "app/VaultAccess.h"

#include "app/files/ChosenPath.h"
#include "core/common/AppName.h"
#include "core/exchange/CsvExport.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/JsonExport.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

bool VaultExporter::exportTo(const QString& path, Format format)
{
    if (!vaultOpen()) {
        setLastError(
            QCoreApplication::translate("VaultExporter", "%1 is locked. Open it again to export.").arg(appName()));
        return false;
    }
    const Result<QString> target = checkedSavePath(vault(), path, format == Csv ? u".csv"_s : u".json"_s);
    if (!target) {
        setLastError(target.error().message);
        return false;
    }
    const QString& chosen = target.value();
    Status written;
    if (format == Json) {
        // Streamed into the file: the files' bytes are never all in memory.
        written = *runInVault(exchange::writeJsonExportFile, clock(), chosen, false, m_withSensitive);
    } else {
        Result<QByteArray> contents = *runInVault(exchange::checkinsCsv);
        written = contents ? exchange::writeExportFile(chosen, contents.value(), false) : Status(contents.error());
    }
    setLastError(written ? QString() : written.error().message);
    if (written) {
        m_savedPath = target.value();
        emit savedPathChanged();
    }
    return written.ok();
}

void VaultExporter::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

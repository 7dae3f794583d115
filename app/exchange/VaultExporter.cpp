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
    Result<QByteArray> contents = format == Csv ? *runInVault(exchange::checkinsCsv)
                                                : *runInVault(exchange::exportJson, clock(), m_withSensitive);
    if (!contents) {
        setLastError(contents.error().message);
        return false;
    }
    const Status written = exchange::writeExportFile(target.value(), contents.value(), false);
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

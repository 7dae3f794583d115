#include "app/exchange/VaultExporter.h"

#include "app/VaultAccess.h"

#include "app/exchange/SaveTarget.h"
#include "core/exchange/CsvExport.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/JsonExport.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

QUrl VaultExporter::suggestedFolder() const
{
    return suggestedSaveFolder();
}

bool VaultExporter::exportTo(const QUrl& folder, const QString& fileName, Format format)
{
    if (!vaultOpen()) {
        setLastError(u"Tideline is locked. Open it again to export."_s);
        return false;
    }
    const Result<QString> target = newFilePathIn(folder, fileName, format == Csv ? u".csv"_s : u".json"_s);
    if (!target) {
        setLastError(target.error().message);
        return false;
    }
    const QString& path = target.value();
    Result<QByteArray> contents
        = format == Csv ? *runInVault(exchange::checkinsCsv) : *runInVault(exchange::exportJson, clock());
    if (!contents) {
        setLastError(contents.error().message);
        return false;
    }
    const Status written = exchange::writeExportFile(path, contents.value(), false);
    setLastError(written ? QString() : written.error().message);
    if (written) {
        m_savedPath = path;
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

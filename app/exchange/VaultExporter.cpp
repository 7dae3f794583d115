#include "app/exchange/VaultExporter.h"

#include "app/VaultAccess.h"
#include "app/tasks/TaskProgress.h"

#include "app/files/ChosenPath.h"
#include "core/common/AppName.h"
#include "core/exchange/CsvExport.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/JsonExport.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

VaultExporter::VaultExporter(VaultAccess* vault, QObject* parent)
    : QObject(parent), VaultClient(this), m_progress(new TaskProgress(this))
{
    attachVault(vault);
}

bool VaultExporter::exportTo(const QString& path, Format format)
{
    if (m_progress->running()) {
        return false;
    }
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
    if (!takeLeaveGrant()) {
        setLastError(leaveUnconfirmedMessage());
        return false;
    }
    QString problem;
    std::shared_ptr<Database> db = vault()->openTaskConnection(&problem);
    if (!db) {
        setLastError(problem);
        return false;
    }
    setLastError({});
    auto result = std::make_shared<Status>();
    const QString file = target.value();
    const bool withSensitive = m_withSensitive;
    const Clock& clock = this->clock();
    m_progress->start(
        [db, file, format, withSensitive, &clock, result](Progress& progress) {
            if (format == Csv) {
                progress.step(QCoreApplication::translate("VaultExporter", "Writing your check-ins"), 0);
                Result<QByteArray> contents = exchange::checkinsCsv(*db);
                *result = contents ? exchange::writeExportFile(file, contents.value(), false) : contents.error();
            } else {
                *result = exchange::writeJsonExport(*db, clock, withSensitive, file, false, progress);
            }
        },
        [this, file, result] {
            if (result->code() == ErrorCode::Cancelled && !vaultOpen()) {
                setLastError(QCoreApplication::translate("VaultExporter",
                    "%1 locked before the export was finished, so no file was made. Open it again to export.")
                                 .arg(appName()));
            } else {
                setLastError(*result || result->code() == ErrorCode::Cancelled ? QString() : result->error().message);
            }
            if (*result) {
                m_savedPath = file;
                emit savedPathChanged();
            }
            emit finished(result->ok());
        },
        db, vault());
    return true;
}

void VaultExporter::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

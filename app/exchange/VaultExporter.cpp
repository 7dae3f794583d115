#include "app/exchange/VaultExporter.h"

#include "app/VaultAccess.h"
#include "app/lock/Session.h"
#include "app/tasks/TaskProgress.h"

#include "app/files/ChosenPath.h"
#include "core/common/AppName.h"
#include "core/exchange/CsvExport.h"
#include "core/exchange/ExportFile.h"
#include "core/exchange/JsonExport.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

VaultExporter::VaultExporter(QObject* parent) : QObject(parent), m_progress(new TaskProgress(this))
{}

bool VaultExporter::exportTo(const QString& path, Format format)
{
    if (m_progress->running()) {
        return false;
    }
    Session* session = Session::instance();
    if (openDatabase() == nullptr || session == nullptr) {
        setLastError(
            QCoreApplication::translate("VaultExporter", "%1 is locked. Open it again to export.").arg(appName()));
        return false;
    }
    const Result<QString> target = checkedSavePath(path, format == Csv ? u".csv"_s : u".json"_s);
    if (!target) {
        setLastError(target.error().message);
        return false;
    }
    QString problem;
    std::shared_ptr<Database> db = session->openTaskConnection(&problem);
    if (!db) {
        setLastError(problem);
        return false;
    }
    setLastError({});
    auto result = std::make_shared<Status>();
    const QString file = target.value();
    const bool withSensitive = m_withSensitive;
    const Clock& clock = appClock();
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
            if (result->code() == ErrorCode::Cancelled && openDatabase() == nullptr) {
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
        db);
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

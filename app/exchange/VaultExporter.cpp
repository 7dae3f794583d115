#include "exchange/VaultExporter.h"

#include "Session.h"
#include "VaultAccess.h"

#include "exchange/CsvExport.h"
#include "exchange/ExportFile.h"
#include "exchange/JsonExport.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace tideline::app {

QUrl VaultExporter::suggestedFolder() const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QUrl::fromLocalFile(QDir(documents).exists() ? documents : QDir::homePath());
}

bool VaultExporter::exportTo(const QUrl& folder, const QString& fileName, Format format)
{
    Database* db = openDatabase();
    if (db == nullptr) {
        setLastError(u"Tideline is locked. Open it again to export."_s);
        return false;
    }
    if (!folder.isLocalFile() || !QFileInfo(folder.toLocalFile()).isDir()) {
        setLastError(u"Please choose a folder on this computer."_s);
        return false;
    }
    QString name = fileName.trimmed();
    if (name.isEmpty() || name.contains(u'/') || name == u"."_s || name == u".."_s) {
        setLastError(u"Please give the file a name, without slashes."_s);
        return false;
    }
    const QString extension = format == Csv ? u".csv"_s : u".json"_s;
    if (!name.endsWith(extension, Qt::CaseInsensitive)) {
        name += extension;
    }
    const QString path = QDir(folder.toLocalFile()).filePath(name);
    if (QFileInfo::exists(path)) {
        setLastError(u"There is already a file called %1 there. Please choose another name; nothing was "
                     u"replaced."_s.arg(name));
        return false;
    }
    Result<QByteArray> contents = format == Csv ? exchange::checkinsCsv(*db) : exchange::exportJson(*db, appClock());
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

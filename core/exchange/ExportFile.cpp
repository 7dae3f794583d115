#include "core/exchange/ExportFile.h"

#include "core/vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace tideline::exchange {

Status checkExportTarget(const QString& path, bool overwrite)
{
    return checkTargetFile(path, overwrite, SavedFile::Export);
}

Status checkTargetFile(const QString& path, bool overwrite, SavedFile what)
{
    if (path.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput,
            what == SavedFile::Backup ? QCoreApplication::translate("Exchange", "Choose a file to write the backup to.")
                : what == SavedFile::Summary
                ? QCoreApplication::translate("Exchange", "Choose a file to write the summary to.")
                : what == SavedFile::SafetyPlan
                ? QCoreApplication::translate("Exchange", "Choose a file to write the safety plan to.")
                : what == SavedFile::FileCopy
                ? QCoreApplication::translate("Exchange", "Choose a file to write the copy to.")
                : QCoreApplication::translate("Exchange", "Choose a file to write the export to."));
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Exchange", "The folder %1 does not exist. Choose a folder that does.")
                .arg(info.absolutePath()));
    }
    if (info.isDir()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Exchange", "%1 is a folder; name a file inside it.").arg(path));
    }
    if (info.exists() && !overwrite) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate(
                "Exchange", "%1 already exists and was left as it is. Choose another name, or allow replacing it.")
                .arg(path));
    }
    return {};
}

Status writeExportFile(const QString& path, const QByteArray& contents, bool overwrite)
{
    if (Status target = checkExportTarget(path, overwrite); !target) {
        return target;
    }
    return writeFileAtomically(QFileInfo(path).absoluteFilePath(), contents, SavedFile::Export);
}

} // namespace tideline::exchange

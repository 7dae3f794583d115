#include "core/exchange/ExportFile.h"

#include "core/vault/AtomicFile.h"

#include <QDir>
#include <QFileInfo>

namespace tideline::exchange {

Status checkExportTarget(const QString& path, bool overwrite)
{
    return checkTargetFile(path, overwrite, QStringLiteral("the export"));
}

Status checkTargetFile(const QString& path, bool overwrite, const QString& what)
{
    if (path.trimmed().isEmpty()) {
        return Error::make(ErrorCode::InvalidInput, QStringLiteral("Choose a file to write %1 to.").arg(what));
    }
    const QFileInfo info(path);
    if (!info.absoluteDir().exists()) {
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("The folder %1 does not exist. Choose a folder that does.").arg(info.absolutePath()));
    }
    if (info.isDir()) {
        return Error::make(ErrorCode::CannotWrite, QStringLiteral("%1 is a folder; name a file inside it.").arg(path));
    }
    if (info.exists() && !overwrite) {
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("%1 already exists and was left as it is. Choose another name, or allow replacing it.")
                .arg(path));
    }
    return {};
}

Status writeExportFile(const QString& path, const QByteArray& contents, bool overwrite)
{
    if (Status target = checkExportTarget(path, overwrite); !target) {
        return target;
    }
    return writeFileAtomically(QFileInfo(path).absoluteFilePath(), contents, QStringLiteral("the export"));
}

} // namespace tideline::exchange

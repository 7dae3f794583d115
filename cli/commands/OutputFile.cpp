#include "OutputFile.h"

#include "core/exchange/ExportFile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

Status checkOutputFile(const QString& out, bool force, SavedFile what)
{
    if (!force && QFileInfo::exists(out)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("Cli",
                "%1 already exists and was left as it is. Choose another name, or add --force to "
                "replace it.")
                .arg(out));
    }
    return exchange::checkTargetFile(out, force, what);
}

} // namespace tideline::cli

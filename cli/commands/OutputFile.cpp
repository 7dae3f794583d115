#include "OutputFile.h"

#include "core/exchange/ExportFile.h"

#include <QFileInfo>

namespace tideline::cli {

Status checkOutputFile(const QString& out, bool force, const QString& what)
{
    if (!force && QFileInfo::exists(out)) {
        return Error::make(ErrorCode::CannotWrite,
            QStringLiteral("%1 already exists and was left as it is. Choose another name, or add --force to "
                           "replace it.")
                .arg(out));
    }
    return exchange::checkTargetFile(out, force, what);
}

} // namespace tideline::cli

#include "OutputFile.h"

#include "core/exchange/ExportFile.h"
#include "core/files/FileRules.h"
#include "core/vault/VaultPaths.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tideline::cli {

Status checkOutputFile(const QString& out, bool force, SavedFile what, const QString& dataDir)
{
    if (Status outside = files::refuseDataFolder(out, VaultPaths::resolve(dataDir), files::Purpose::Save); !outside) {
        return outside;
    }
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

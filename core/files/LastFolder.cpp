#include "core/files/LastFolder.h"

#include "core/storage/SettingTable.h"

#include <QCoreApplication>
#include <QDir>

namespace tideline::files {

Result<QString> LastFolder::get()
{
    return SettingTable(m_db).read(QString::fromLatin1(kKey));
}

Status LastFolder::remember(const QString& folder)
{
    if (!QDir::isAbsolutePath(folder)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("LastFolder", "Only a full path to a folder can be kept."));
    }
    return SettingTable(m_db).write(QString::fromLatin1(kKey), QDir::cleanPath(folder));
}

} // namespace tideline::files

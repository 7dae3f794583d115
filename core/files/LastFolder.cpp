#include "core/files/LastFolder.h"

#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QDir>

namespace tideline::files {

Result<QString> LastFolder::get()
{
    auto stmt = m_db.prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, QString::fromLatin1(kKey));
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    return step.value() == Statement::Step::Row ? stmt.value().columnText(0) : QString();
}

Status LastFolder::remember(const QString& folder)
{
    if (!QDir::isAbsolutePath(folder)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("LastFolder", "Only a full path to a folder can be kept."));
    }
    auto stmt = m_db.prepare("INSERT INTO setting (key, value) VALUES (?1, ?2) "
                             "ON CONFLICT (key) DO UPDATE SET value = excluded.value;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, QString::fromLatin1(kKey)).bind(2, QDir::cleanPath(folder));
    return stmt.value().run();
}

} // namespace tideline::files

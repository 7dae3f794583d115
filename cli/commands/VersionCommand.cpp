#include "VersionCommand.h"

#include "Console.h"
#include "core/common/Version.h"
#include "core/storage/Database.h"

namespace tideline::cli {

int runVersion()
{
    // Data on standard output, as scripts read it: names and numbers, never translated.
    Console::data(QStringLiteral("Tideline %1").arg(versionString()));
    Console::data(QStringLiteral("SQLCipher %1").arg(Database::sqlcipherVersion()));
    Console::data(QStringLiteral("SQLite %1").arg(Database::sqliteVersion()));
    return toInt(ExitCode::Done);
}

} // namespace tideline::cli

#include "core/vault/RecoveryCodeNote.h"

#include "core/storage/Database.h"
#include "core/storage/SettingTable.h"

namespace tideline::RecoveryCodeNote {

namespace {

QString key()
{
    return QLatin1String(kKeyPrefix) + QStringLiteral("recovery_code_unconfirmed");
}

} // namespace

Status markUnconfirmed(Database& db)
{
    return SettingTable(db).write(key(), QStringLiteral("1"));
}

Status markConfirmed(Database& db)
{
    return SettingTable(db).remove(key());
}

Result<bool> isUnconfirmed(Database& db)
{
    const Result<QString> value = SettingTable(db).read(key());
    if (!value) {
        return value.error();
    }
    return value.value() == QStringLiteral("1");
}

} // namespace tideline::RecoveryCodeNote

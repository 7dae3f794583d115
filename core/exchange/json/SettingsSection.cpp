// The "settings" list: the in-vault settings (the daily prompt's state, the chosen region, …);
// the plain settings file read before unlock never travels.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/storage/Database.h"
#include "core/storage/SettingTable.h"
#include "core/vault/RecoveryCodeNote.h"

#include <QJsonObject>

namespace tideline::exchange {

namespace {

// Free text without a tighter limit of its own.
constexpr qsizetype kMaxValueChars = 100'000;

Status write(Database& db, JsonSectionWriter& out)
{
    // The file chooser's last folder (files::LastFolder::kKey) is a path on this computer: it
    // means nothing elsewhere and would tell a reader where the person keeps their files. The
    // "vault." keys are the vault's own notes (RecoveryCodeNote), not the person's settings.
    return db.forEachRow(
        "SELECT key, value FROM setting WHERE key <> 'files.last_folder' AND key NOT LIKE 'vault.%' ORDER BY key",
        [&](const Statement& st) {
            out.add(
                QJsonObject{{QStringLiteral("key"), st.columnText(0)}, {QStringLiteral("value"), st.columnText(1)}});
        });
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    SettingTable settings(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("settings", i));
        const QString key = f.text("key", 200);
        const QString value = f.text("value", kMaxValueChars, true);
        if (!f.ok()) {
            return f.error();
        }
        if (key.startsWith(QLatin1String(RecoveryCodeNote::kKeyPrefix))) {
            continue; // the vault's own notes never come from a file
        }
        // A setting this vault already has is the person's current choice: it stays.
        Result<bool> added = settings.insertIfAbsent(key, value);
        if (!added) {
            return failedAt(f.path(), added.error());
        }
        context.summary.settings += added.value() ? 1 : 0;
    }
    return {};
}

} // namespace

const JsonSection kSettingsSection{"settings", write, read};

} // namespace tideline::exchange

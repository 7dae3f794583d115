// The "record_kinds" list: the kinds a record can be marked with, the built-ins by key (their
// name and whether they are hidden travel) and the person's own (docs/RECORDS-FORMAT.md).
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"
#include "core/exchange/json/RecordsReader.h"

#include "core/records/RecordKindRepository.h"
#include "core/storage/Database.h"

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow("SELECT key, label, builtin, hidden, sort_order FROM record_kind ORDER BY sort_order, id",
        [&](const Statement& st) {
            out.add(QJsonObject{{QStringLiteral("key"), textOrNull(st, 0)}, {QStringLiteral("label"), st.columnText(1)},
                {QStringLiteral("builtin"), st.columnInt(2) != 0}, {QStringLiteral("hidden"), st.columnInt(3) != 0},
                {QStringLiteral("sort_order"), st.columnInt(4)}});
        });
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    records::RecordKindRepository kinds(context.db, SystemClock::instance());
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        const QString where = recordPath("record_kinds", i);
        RecordsReader r(record->value, where);
        const QString label = r.text("label", 200, true);
        const QString key = r.raw("key").isString() ? r.text("key", 64) : QString();
        const bool hidden = r.flag("hidden");
        if (!r.ok()) {
            return r.error();
        }
        if (!key.isEmpty()) {
            // A built-in takes the file's name for it and whether it is hidden.
            Result<bool> builtin = kinds.setBuiltin(key, label, hidden);
            if (!builtin) {
                return recordsFailedAt(where, builtin.error());
            }
            if (builtin.value()) {
                continue;
            }
        }
        Result<qint64> id = kinds.ensure(label);
        if (!id) {
            return recordsFailedAt(where, id.error());
        }
        if (hidden) {
            if (Status s = kinds.setHidden(id.value(), true); !s) {
                return recordsFailedAt(where, s.error());
            }
        }
    }
    return {};
}

} // namespace

const JsonSection kRecordKindsSection{"record_kinds", write, read};

} // namespace tideline::exchange

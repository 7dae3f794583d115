#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/records/Record.h"

#include <QList>

namespace tideline {
class Database;
}

namespace tideline::records {

// The editable list of kinds a record can be marked with: seven neutral built-ins (migration
// 0003) that can be renamed or hidden, and the person's own, which can also be deleted.
class RecordKindRepository
{
public:
    RecordKindRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // In the list's order; hidden ones too when asked (the editor shows them to turn back on).
    Result<QList<RecordKind>> all(bool includeHidden = false);
    Result<qint64> add(const QString& label);
    Status rename(qint64 id, const QString& label);
    Status setHidden(qint64 id, bool hidden);
    // The person's own only; records marked with it lose the mark.
    Status remove(qint64 id);
    // The kind with this label (case-insensitive), adding it when there is none: for imports.
    Result<qint64> ensure(const QString& label);
    // A built-in (by its key) takes an import's name for it and whether it is hidden; false when
    // there is no built-in with that key.
    Result<bool> setBuiltin(const QString& key, const QString& label, bool hidden);

private:
    Result<QString> checkLabel(const QString& label);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace tideline::records

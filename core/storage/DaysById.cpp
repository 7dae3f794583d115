#include "core/storage/DaysById.h"

#include "core/storage/Database.h"

namespace tideline {

Result<QHash<qint64, QDate>> readDaysById(Database& db, const char* sql, const QList<qint64>& ids)
{
    QHash<qint64, QDate> days;
    if (ids.isEmpty()) {
        return days;
    }
    Result<Statement> stmt = db.prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    Statement& row = stmt.value();
    for (const qint64 id : ids) {
        row.reset();
        row.bind(1, id);
        const Result<bool> found = row.nextRow();
        if (!found) {
            return found.error();
        }
        if (found.value()) {
            days.insert(id, QDate::fromString(row.columnText(0), Qt::ISODate));
        }
    }
    return days;
}

} // namespace tideline

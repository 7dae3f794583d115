// RecordRepository: the list, a page at a time, and how many there are.
#include "core/records/RecordRepository.h"
#include "core/records/RecordRows.h"
#include "core/storage/Database.h"
#include "core/storage/DaysById.h"
#include "core/storage/SqlConditions.h"

namespace tideline::records {

using namespace rows;

Result<std::vector<RecordSummary>> RecordRepository::listPage(
    const std::optional<RecordCursor>& after, int limit, const QDate& from, const QDate& to)
{
    // Only the conditions asked for, so SQLite seeks in record_by_occurred to where the page starts.
    const QByteArray where = conditionsThatApply({{true, "r.deleted_at IS NULL"},
        {after.has_value(), "(r.occurred_day, ifnull(r.occurred_time, ''), r.id) < (?1, ?2, ?3)"},
        {from.isValid(), "r.occurred_day >= ?4"}, {to.isValid(), "r.occurred_day <= ?5"}});
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns + " FROM record AS r WHERE " + where
        + " ORDER BY r.occurred_day DESC, ifnull(r.occurred_time, '') DESC, r.id DESC LIMIT ?6;";
    Result<Statement> stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    Statement& s = stmt.value();
    if (after) {
        s.bind(1, after->day.toString(Qt::ISODate)).bind(2, after->time).bind(3, after->id);
    }
    if (from.isValid()) {
        s.bind(4, from.toString(Qt::ISODate));
    }
    if (to.isValid()) {
        s.bind(5, to.toString(Qt::ISODate));
    }
    s.bind(6, qBound(1, limit, 1000));
    std::vector<RecordSummary> rows;
    Status status = s.forEachRow([&](const Statement& row) { rows.push_back(readSummary(row)); });
    if (!status) {
        return status.error();
    }
    return rows;
}

Result<qint64> RecordRepository::count()
{
    Result<std::optional<Statement>> row = m_db.queryFirst("SELECT count(*) FROM record WHERE deleted_at IS NULL;");
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->columnInt(0) : 0;
}

Result<QHash<qint64, QDate>> RecordRepository::keptDays(const QList<qint64>& ids)
{
    return readDaysById(m_db, "SELECT occurred_day FROM record WHERE id = ?1 AND deleted_at IS NULL;", ids);
}

} // namespace tideline::records

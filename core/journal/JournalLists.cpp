// JournalRepository's lists: pages of the journal by day, "on this day", the latest draft.
#include "core/journal/JournalRepository.h"

#include "core/common/Day.h"
#include "core/journal/ListPreview.h"
#include "core/storage/Database.h"
#include "core/storage/DaysById.h"
#include "core/storage/SqlConditions.h"

namespace tideline::journal {

namespace {

// Columns 0-8 of the summary queries below. The preview is read one character longer than a
// list shows (ListPreview.h): whether that character is there tells whether the body goes on.
constexpr const char* kSummaryColumns
    = "e.id, e.day, e.created_at, e.title, substr(e.body, 1, 281), e.mood, e.is_draft, e.is_sensitive, "
      "(SELECT count(*) FROM entry_tag AS et WHERE et.entry_id = e.id)";

EntrySummary readSummary(const Statement& row)
{
    EntrySummary s;
    s.id = row.columnInt(0);
    s.day = QDate::fromString(row.columnText(1), Qt::ISODate);
    s.createdAt = row.columnText(2);
    s.title = row.columnText(3);
    s.preview = row.columnText(4);
    if (!row.isNull(5)) {
        s.mood = static_cast<int>(row.columnInt(5));
    }
    s.isDraft = row.columnInt(6) != 0;
    s.sensitive = row.columnInt(7) != 0;
    s.tagCount = static_cast<int>(row.columnInt(8));
    return s;
}

Result<std::vector<EntrySummary>> readSummaries(Statement& stmt)
{
    std::vector<EntrySummary> rows;
    for (;;) {
        auto step = stmt.step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return rows;
        }
        rows.push_back(readSummary(stmt));
    }
}

} // namespace

static_assert(kPreviewChars == 280, "kSummaryColumns spells the preview length out, plus one");

Result<std::vector<EntrySummary>> JournalRepository::listPage(
    const std::optional<ListCursor>& after, int limit, const QDate& from, const QDate& to)
{
    // Only the conditions asked for, so SQLite seeks in entry_by_day to where the page starts.
    const QByteArray where = conditionsThatApply({{after.has_value(), "(e.day, e.created_at, e.id) < (?1, ?2, ?3)"},
        {from.isValid(), "e.day >= ?4"}, {to.isValid(), "e.day <= ?5"}});
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns + " FROM entry AS e"
        + (where.isEmpty() ? QByteArray() : " WHERE " + where)
        + " ORDER BY e.day DESC, e.created_at DESC, e.id DESC LIMIT ?6;";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    Statement& s = stmt.value();
    if (after) {
        s.bind(1, Day::toText(after->day)).bind(2, after->createdAt).bind(3, after->id);
    }
    if (from.isValid()) {
        s.bind(4, Day::toText(from));
    }
    if (to.isValid()) {
        s.bind(5, Day::toText(to));
    }
    s.bind(6, qMax(1, limit));
    return readSummaries(s);
}

Result<qint64> JournalRepository::count()
{
    auto row = m_db.queryFirst("SELECT count(*) FROM entry;");
    if (!row) {
        return row.error();
    }
    return row.value() ? row.value()->columnInt(0) : 0;
}

Result<std::vector<EntrySummary>> JournalRepository::onThisDay(const QDate& today, int limit)
{
    const QByteArray sql = QByteArray("SELECT ") + kSummaryColumns
        + " FROM entry AS e"
          " WHERE substr(e.day, 6) IN (?1, ?2) AND e.day < ?3 AND e.is_draft = 0 AND e.is_sensitive = 0"
          " ORDER BY e.day DESC, e.created_at DESC LIMIT ?4;";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    const QString monthDay = today.toString(QStringLiteral("MM-dd"));
    const bool leapDayMissing = today.month() == 2 && today.day() == 28 && !QDate::isLeapYear(today.year());
    stmt.value()
        .bind(1, monthDay)
        .bind(2, leapDayMissing ? QStringLiteral("02-29") : monthDay)
        .bind(3, QStringLiteral("%1-01-01").arg(today.year(), 4, 10, QChar(u'0')))
        .bind(4, qMax(1, limit));
    return readSummaries(stmt.value());
}

Result<QHash<qint64, QDate>> JournalRepository::savedDays(const QList<qint64>& ids)
{
    return readDaysById(m_db, "SELECT day FROM entry WHERE id = ?1 AND is_draft = 0;", ids);
}

Result<std::optional<qint64>> JournalRepository::latestDraft()
{
    auto row = m_db.queryFirst("SELECT id FROM entry WHERE is_draft = 1 ORDER BY updated_at DESC LIMIT 1;");
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return std::optional<qint64>{};
    }
    return std::optional<qint64>{row.value()->columnInt(0)};
}

} // namespace tideline::journal

#include "core/insights/SeriesRepository.h"

#include "core/checkin/MetricRepository.h"
#include "core/common/Day.h"
#include "core/i18n/BuiltinText.h"
#include "core/storage/Database.h"

namespace tideline::insights {

namespace {

// 'YYYY-MM-DD' as stored (the schema's CHECK guarantees the shape). A 10-year chart reads
// tens of thousands of days; QDate::fromString was most of that time.
QDate dayFromColumn(const Statement& st, int column)
{
    const QByteArray text = st.columnBlob(column);
    if (text.size() != 10) {
        return QDate::fromString(QString::fromLatin1(text), Qt::ISODate);
    }
    const auto digits = [&](int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; ++i) {
            value = value * 10 + (text[i] - '0');
        }
        return value;
    };
    return QDate(digits(0, 4), digits(5, 2), digits(8, 2));
}

} // namespace

Result<QList<Metric>> SeriesRepository::trendMetrics()
{
    Result<QList<Metric>> all = MetricRepository(m_db).all();
    if (!all) {
        return all.error();
    }
    QList<Metric> shown;
    for (const Metric& metric : all.value()) {
        if (metric.sensitive && !metric.enabled) {
            continue;
        }
        shown.append(metric);
    }
    return shown;
}

Result<DaySeries> SeriesRepository::values(qint64 metricId, const DayRange& range)
{
    DaySeries series;
    if (!range.isValid()) {
        return series;
    }
    Result<Statement> st
        = m_db.prepare("SELECT day, value FROM checkin_value WHERE metric_id = ? AND day BETWEEN ? AND ? ORDER BY day");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, metricId).bind(2, Day::toText(range.from)).bind(3, Day::toText(range.to));
    series.reserve(range.days());
    for (;;) {
        auto step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return series;
        }
        series.append(DayValue{dayFromColumn(st.value(), 0), st.value().columnDouble(1)});
    }
}

Result<std::optional<DayRange>> SeriesRepository::recordedSpan()
{
    // Two subqueries, not min() and max() in one: SQLite answers a lone min() or max() from the
    // primary key's first row or last, but reads the whole table for both together.
    auto row = m_db.queryFirst("SELECT (SELECT min(day) FROM checkin_value), (SELECT max(day) FROM checkin_value)");
    if (!row) {
        return row.error();
    }
    if (!row.value() || row.value()->isNull(0)) {
        return std::optional<DayRange>{};
    }
    return std::optional<DayRange>{DayRange{QDate::fromString(row.value()->columnText(0), Qt::ISODate),
        QDate::fromString(row.value()->columnText(1), Qt::ISODate)}};
}

Result<QList<QDate>> SeriesRepository::days(const char* sql, std::optional<qint64> id, const DayRange& range)
{
    QList<QDate> result;
    if (!range.isValid()) {
        return result;
    }
    Result<Statement> st = m_db.prepare(sql);
    if (!st) {
        return st.error();
    }
    int index = 1;
    if (id) {
        st.value().bind(index++, *id);
    }
    st.value().bind(index, Day::toText(range.from)).bind(index + 1, Day::toText(range.to));
    for (;;) {
        auto step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return result;
        }
        result.append(dayFromColumn(st.value(), 0));
    }
}

Result<QList<QDate>> SeriesRepository::recordedDays(const DayRange& range)
{
    // checkin rows without values are dropped by CheckinRepository, but a note alone may keep
    // one: ask for values.
    return days("SELECT DISTINCT day FROM checkin_value WHERE day BETWEEN ? AND ? ORDER BY day", std::nullopt, range);
}

Result<QList<QDate>> SeriesRepository::routineDays(qint64 routineId, const DayRange& range)
{
    return days(
        "SELECT day FROM routine_log WHERE routine_id = ? AND day BETWEEN ? AND ? ORDER BY day", routineId, range);
}

Result<QList<SeriesRepository::Practice>> SeriesRepository::practices(
    const char* sql, const DayRange& range, bool builtinText)
{
    QList<Practice> found;
    if (!range.isValid()) {
        return found;
    }
    Result<Statement> st = m_db.prepare(sql);
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(range.from)).bind(2, Day::toText(range.to));
    const Status read = st.value().forEachRow([&](const Statement& row) {
        // Column 2: whether the name is a built-in's stored wording, shown in the current language.
        const bool builtin = builtinText && row.columnInt(2) != 0;
        found.append({row.columnInt(0), builtin ? i18n::shownBuiltinText(row.columnText(1)) : row.columnText(1)});
    });
    if (!read) {
        return read.error();
    }
    return found;
}

Result<QList<SeriesRepository::Practice>> SeriesRepository::routinesDoneIn(const DayRange& range)
{
    return practices("SELECT r.id, r.label, r.builtin FROM routine AS r WHERE EXISTS (SELECT 1 FROM routine_log AS l "
                     "WHERE l.routine_id = r.id AND l.day BETWEEN ?1 AND ?2) ORDER BY r.sort_order, r.id",
        range, true);
}

Result<QList<SeriesRepository::Practice>> SeriesRepository::tagsUsedIn(const DayRange& range)
{
    return practices("SELECT t.id, t.name, 0 FROM tag AS t WHERE EXISTS (SELECT 1 FROM entry_tag AS et "
                     "JOIN entry AS e ON e.id = et.entry_id WHERE et.tag_id = t.id AND e.is_draft = 0 "
                     "AND e.day BETWEEN ?1 AND ?2) ORDER BY t.name COLLATE NOCASE, t.id",
        range, false);
}

Result<QList<QDate>> SeriesRepository::tagDays(qint64 tagId, const DayRange& range)
{
    return days("SELECT DISTINCT e.day FROM entry_tag AS et JOIN entry AS e ON e.id = et.entry_id "
                "WHERE et.tag_id = ? AND e.is_draft = 0 AND e.day BETWEEN ? AND ? ORDER BY e.day",
        tagId, range);
}

} // namespace tideline::insights

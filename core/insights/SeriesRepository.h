#pragma once

#include "core/checkin/Metric.h"
#include "core/common/Result.h"
#include "core/insights/Series.h"

#include <QList>

#include <optional>

namespace tideline {

class Database;

namespace insights {

// Reads what the trends need, as plain values for the pure functions in Insights.h. Every
// series comes from the checkin_value_by_metric index (metric_id, day, value), so a 10-year
// series is one index range scan.
class SeriesRepository
{
public:
    explicit SeriesRepository(Database& db) : m_db(db) {}

    // The metrics trends may show: everything with a history, except a sensitive metric the
    // person has not turned on (thoughts of self-harm never appear unless enabled).
    Result<QList<Metric>> trendMetrics();

    // The values recorded for a metric between from and to (inclusive), oldest first.
    Result<DaySeries> values(qint64 metricId, const DayRange& range);

    // The first and last day with any check-in value; nullopt for an empty vault.
    Result<std::optional<DayRange>> recordedSpan();

    // The days with any check-in value in the range (for "recorded on N of M days").
    Result<QList<QDate>> recordedDays(const DayRange& range);

    // The days a routine item was done in the range, oldest first.
    Result<QList<QDate>> routineDays(qint64 routineId, const DayRange& range);

private:
    Result<QList<QDate>> days(const char* sql, std::optional<qint64> id, const DayRange& range);

    Database& m_db;
};

} // namespace insights
} // namespace tideline

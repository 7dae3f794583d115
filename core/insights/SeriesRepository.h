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

    // A routine item or a tag, for "what helps" (WhatHelps.h).
    struct Practice
    {
        qint64 id = 0;
        QString name; // a built-in routine in the current language
    };
    // The routine items done at least once in the range, in the person's order.
    Result<QList<Practice>> routinesDoneIn(const DayRange& range);
    // The tags on at least one entry (not a draft) about a day in the range, by name.
    Result<QList<Practice>> tagsUsedIn(const DayRange& range);
    // The days with an entry (not a draft) carrying the tag in the range, oldest first.
    Result<QList<QDate>> tagDays(qint64 tagId, const DayRange& range);

private:
    Result<QList<Practice>> practices(const char* sql, const DayRange& range, bool builtinText);
    Result<QList<QDate>> days(const char* sql, std::optional<qint64> id, const DayRange& range);

    Database& m_db;
};

} // namespace insights
} // namespace tideline

#pragma once

#include "core/checkin/Metric.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDate>
#include <QHash>
#include <QList>

#include <optional>
#include <utility>

namespace tideline {

class Database;

// A day's check-in: one value per metric, or no value at all ("not recorded", which is never
// stored as zero so that gaps stay gaps in trends).
//
// Moments and counts: a flashback or nightmare logged as a moment is part of that day's
// flashbacks / nightmares count. The stored count is therefore never below the number of
// such moments that day: logging one raises a lower count (or a count not recorded yet) to
// the number of moments, and a count the person already gave that is as high or higher is
// left alone, because it already includes them (never counted twice). Setting the count
// lower than the moments logged is refused with a message; clearing it sets it back to the
// moments logged. Deleting a moment leaves the count as the person last saw it.
class CheckinRepository
{
public:
    using Values = QHash<qint64, double>; // metric id → value; absent = not recorded

    explicit CheckinRepository(Database& db) : m_db(db) {}

    Result<Values> values(const QDate& day);

    // Checks value against the metric and the day, then saves it; nothing is saved on error.
    Status setValue(const QDate& day, const Metric& metric, double value, const Clock& clock);
    // All or nothing: every value is checked before any is saved.
    Status setValues(const QDate& day, const QList<std::pair<Metric, double>>& values, const Clock& clock);
    // Back to "not recorded" (or to the moments logged, for a count they feed): what remains.
    Result<std::optional<double>> clearValue(const QDate& day, const Metric& metric, const Clock& clock);
    // Every value of the day (counts fed by moments keep the moments' number).
    Status clearDay(const QDate& day, const Clock& clock);

    // How many moments of the kind that feeds this metric were logged that day (0 if none feed it).
    Result<int> momentFloor(const QDate& day, const Metric& metric);
    // Raises the count metric fed by moments to at least their number. For MomentRepository,
    // inside its own transaction.
    Status applyMomentFloor(const QDate& day, const QString& metricKey, const Clock& clock);

    // For imports and the demo, inside their transaction: a day as another vault kept it. A day
    // already here keeps its note; the given note fills one that is empty.
    Status insertDayAsRecorded(
        const QDate& day, const QString& createdAt, const QString& updatedAt, const std::optional<QString>& note);
    // A value as another vault kept it (its day must be there, see above). A value already here
    // for that day and metric stays as it is: false then.
    Result<bool> insertValueAsRecorded(const QDate& day, qint64 metricId, double value, const QString& updatedAt);

private:
    Status writeValue(const QDate& day, qint64 metricId, double value, const Clock& clock);
    Status deleteValue(const QDate& day, qint64 metricId);
    Status dropEmptyDay(const QDate& day);

    Database& m_db;
};

} // namespace tideline

#pragma once

#include "core/checkin/Metric.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/OrderedRepository.h"

#include <QList>

#include <optional>

namespace tideline {

class Database;

// The metrics a check-in can record: the built-ins the first migration seeds and the
// person's own. Built-ins can be hidden but never deleted or reshaped (their history and
// the trends depend on their kind and bounds).
class MetricRepository : private OrderedRepository
{
public:
    explicit MetricRepository(Database& db) : OrderedRepository(db) {}

    // Every metric, archived ones too, in the person's order.
    Result<QList<Metric>> all();
    // Those Today shows: enabled, not hidden, not archived.
    Result<QList<Metric>> onToday();
    Result<Metric> byId(qint64 id);
    // By its stable key ("mood"); NotFound names the keys that exist.
    Result<Metric> byKey(const QString& key);

    // A new metric of the person's own, last in the order. Bounds default by kind when
    // both are left at zero: scale 0–10, count 0–50, hours 0–24, yes/no 0–1.
    Result<Metric> add(const QString& label, MetricKind kind, double minValue, double maxValue, const Clock& clock);
    Status rename(qint64 id, const QString& label);
    // Custom metrics only; refused when a value already recorded would no longer fit.
    Status reshape(qint64 id, MetricKind kind, double minValue, double maxValue);
    Status setArchived(qint64 id, bool archived);
    Status setHidden(qint64 id, bool hidden);
    // For the sensitive metric: on (shown on Today) or off.
    Status setEnabled(qint64 id, bool enabled);
    // Moves the metric one place up (-1) or down (+1) in the order.
    Status move(qint64 id, int direction);

    // For imports (docs/EXPORT-FORMAT.md), inside the importer's transaction:
    // the metric with exactly this key, or nullopt when there is none.
    Result<std::optional<Metric>> findByKey(const QString& key);
    // A built-in's choices as another vault kept them: label, order, archived, hidden, enabled.
    Status restoreChoices(const QString& key, const Metric& choices);
    // A metric of the person's own exactly as another vault kept it (key, kind, bounds, unit,
    // switches, order), created at createdAt.
    Status insertAsRecorded(const Metric& metric, const QString& createdAt);

private:
    Result<QList<Metric>> query(const char* sql);
};

} // namespace tideline

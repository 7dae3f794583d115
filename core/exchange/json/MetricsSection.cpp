// The "metrics" list: the built-ins' choices (label, order, switches) and the person's own
// metrics in full.
#include "core/common/AppName.h"
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/checkin/MetricRepository.h"
#include "core/common/AppName.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace tideline::exchange {

namespace {

Status write(Database& db, JsonSectionWriter& out)
{
    return db.forEachRow("SELECT key, label, kind, min_value, max_value, unit, builtin, archived, hidden, sensitive, "
                         "enabled, sort_order, created_at FROM metric ORDER BY sort_order, id",
        [&](const Statement& st) {
            QJsonObject m{{QStringLiteral("key"), st.columnText(0)}, {QStringLiteral("label"), st.columnText(1)},
                {QStringLiteral("builtin"), st.columnInt(6) != 0}, {QStringLiteral("archived"), st.columnInt(7) != 0},
                {QStringLiteral("hidden"), st.columnInt(8) != 0}, {QStringLiteral("enabled"), st.columnInt(10) != 0},
                {QStringLiteral("sort_order"), st.columnInt(11)}};
            // A built-in is defined by the app; only the person's choices about it travel.
            if (st.columnInt(6) == 0) {
                m.insert(QStringLiteral("kind"), st.columnText(2));
                m.insert(QStringLiteral("min"), st.columnDouble(3));
                m.insert(QStringLiteral("max"), st.columnDouble(4));
                m.insert(QStringLiteral("unit"), textOrNull(st, 5));
                m.insert(QStringLiteral("sensitive"), st.columnInt(9) != 0);
                m.insert(QStringLiteral("created_at"), st.columnText(12));
            }
            out.add(m);
        });
}

// A built-in's choices travel with the file; the vault must know it as a built-in.
Status readBuiltin(MetricRepository& metrics, JsonFields& f, const QString& key, const std::optional<Metric>& here,
    const Metric& choices)
{
    if (!here || !here->builtin) {
        return invalidInput(QCoreApplication::translate(
            "Exchange", "%1: “%2” is not one of this %3's built-in metrics. Nothing was imported.")
                                .arg(f.where("key"), key, appName()));
    }
    if (Status s = metrics.restoreChoices(key, choices); !s) {
        return failedAt(f.path(), s.error());
    }
    return {};
}

// One of the person's own: added, or joined with the same metric already here.
Status readOwn(MetricRepository& metrics, JsonFields& f, JsonImportContext& context, const QString& key,
    const std::optional<Metric>& here, Metric metric)
{
    const QString kind = f.oneOf(
        "kind", {QStringLiteral("scale"), QStringLiteral("count"), QStringLiteral("hours"), QStringLiteral("boolean")});
    const double min = f.number("min");
    const double max = f.number("max");
    const std::optional<QString> unit = f.optionalText("unit", 40);
    metric.sensitive = f.flag("sensitive");
    const QString createdAt = f.time("created_at");
    if (!f.ok()) {
        return f.error();
    }
    if (min < 0 || max <= min || (kind == QStringLiteral("boolean") && (min != 0 || max != 1))
        || (kind == QStringLiteral("hours") && max > 24)) {
        return invalidInput(QCoreApplication::translate(
            "Exchange", "%1: the range %2 to %3 does not fit a %4 metric. Nothing was imported.")
                                .arg(f.path())
                                .arg(min)
                                .arg(max)
                                .arg(kind));
    }
    if (here) {
        if (here->builtin) {
            return invalidInput(QCoreApplication::translate(
                "Exchange", "%1: “%2” is a built-in metric here; the file calls it its own. Nothing was imported.")
                                    .arg(f.where("key"), key));
        }
        if (metricKindKey(here->kind) != kind || here->minValue != min || here->maxValue != max) {
            return invalidInput(QCoreApplication::translate("Exchange",
                "%1: this vault already has a metric “%2” measured differently (%3 from %4 to %5). Nothing was "
                "imported.")
                                    .arg(f.where("key"), key, metricKindKey(here->kind))
                                    .arg(here->minValue)
                                    .arg(here->maxValue));
        }
        return {}; // the same metric: its values join the ones already here
    }
    metric.kind = metricKindFromKey(kind).value();
    metric.minValue = min;
    metric.maxValue = max;
    metric.unit = unit.value_or(QString());
    if (Status s = metrics.insertAsRecorded(metric, createdAt); !s) {
        return failedAt(f.path(), s.error());
    }
    ++context.summary.metrics;
    return {};
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    MetricRepository metrics(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("metrics", i));
        Metric metric;
        metric.key = f.text("key", 64);
        if (f.ok() && !isKey(metric.key)) {
            f.fail(QCoreApplication::translate(
                "Exchange", "%1: a metric key is 1 to 64 of a-z, 0-9 and _. Nothing was imported.")
                       .arg(f.where("key")));
        }
        metric.label = f.text("label", 200);
        const bool builtin = f.flag("builtin");
        metric.archived = f.flag("archived");
        metric.hidden = f.flag("hidden");
        metric.enabled = f.flag("enabled", true);
        metric.sortOrder = static_cast<int>(f.integer("sort_order", 0));
        if (!f.ok()) {
            return f.error();
        }
        Result<std::optional<Metric>> here = metrics.findByKey(metric.key);
        if (!here) {
            return failedAt(f.path(), here.error());
        }
        const Status added = builtin ? readBuiltin(metrics, f, metric.key, here.value(), metric)
                                     : readOwn(metrics, f, context, metric.key, here.value(), metric);
        if (!added) {
            return added;
        }
    }
    return {};
}

} // namespace

const JsonSection kMetricsSection{"metrics", write, read};

} // namespace tideline::exchange

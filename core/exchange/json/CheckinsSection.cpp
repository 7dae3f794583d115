// The "checkins" list: one record a day, its values by metric key.
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/JsonSections.h"

#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/storage/Database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

#include <cmath>

namespace tideline::exchange {

namespace {

// Free text without a tighter limit of its own.
constexpr qsizetype kMaxNoteChars = 100'000;

Status write(Database& db, JsonSectionWriter& out)
{
    Status inner;
    Status outer
        = db.forEachRow("SELECT day, created_at, updated_at, note FROM checkin ORDER BY day", [&](const Statement& st) {
              if (!inner) {
                  return;
              }
              const QString day = st.columnText(0);
              QJsonObject values;
              Result<Statement> v = db.prepare("SELECT m.key, v.value, v.updated_at FROM checkin_value AS v "
                                               "JOIN metric AS m ON m.id = v.metric_id WHERE v.day = ? ORDER BY m.key");
              if (!v) {
                  inner = v.error();
                  return;
              }
              v.value().bind(1, day);
              inner = v.value().forEachRow(
                  [&](const Statement& value) { values.insert(value.columnText(0), value.columnDouble(1)); });
              if (!inner) {
                  return;
              }
              out.add(QJsonObject{{QStringLiteral("day"), day}, {QStringLiteral("created_at"), st.columnText(1)},
                  {QStringLiteral("updated_at"), st.columnText(2)}, {QStringLiteral("note"), textOrNull(st, 3)},
                  {QStringLiteral("values"), values}});
          });
    return outer ? inner : outer;
}

// The metric a value names: one the vault has (added by the metrics section if the file
// defines it). Looked up once per key.
class KnownMetrics
{
public:
    explicit KnownMetrics(Database& db) : m_metrics(db) {}

    Result<Metric> find(const QString& key, const QString& where)
    {
        auto known = m_known.constFind(key);
        if (known != m_known.cend()) {
            return *known;
        }
        Result<std::optional<Metric>> found = m_metrics.findByKey(key);
        if (!found) {
            return failedAt(where, found.error());
        }
        if (!found.value()) {
            return invalidInput(QCoreApplication::translate("Exchange",
                "%1: there is no metric “%2” in this vault, and the file does not define it. Nothing was imported.")
                                    .arg(where, key.left(64)));
        }
        return *m_known.insert(key, *found.value());
    }

private:
    MetricRepository m_metrics;
    QHash<QString, Metric> m_known;
};

// A value must fit its metric: within its range, a whole number for counts and yes/no.
Status checkValue(const Metric& metric, const QJsonValue& json, const QString& where)
{
    const double value = json.toDouble();
    const bool whole = metric.kind == MetricKind::Count || metric.kind == MetricKind::Boolean;
    if (json.isDouble() && value >= metric.minValue && value <= metric.maxValue
        && (!whole || value == std::round(value))) {
        return {};
    }
    const QString message = whole
        ? QCoreApplication::translate("Exchange", "%1: should be a whole number from %2 to %3. Nothing was imported.")
        : QCoreApplication::translate("Exchange", "%1: should be a number from %2 to %3. Nothing was imported.");
    // The path holds the file's own key: filled in with the numbers at once, so nothing in it is read as a placeholder.
    return invalidInput(message.arg(where, QString::number(metric.minValue), QString::number(metric.maxValue)));
}

Status read(JsonImportContext& context, JsonRecords& records)
{
    KnownMetrics metrics(context.db);
    CheckinRepository checkins(context.db);
    while (const auto record = context.next(records)) {
        const qsizetype i = record->index;
        JsonFields f(record->value, recordPath("checkins", i));
        const QDate day = QDate::fromString(f.day("day"), Qt::ISODate);
        const QString createdAt = f.time("created_at");
        const QString updatedAt = f.time("updated_at");
        const std::optional<QString> note = f.optionalText("note", kMaxNoteChars);
        const QJsonObject values = f.object("values");
        if (!f.ok()) {
            return f.error();
        }
        QList<std::pair<qint64, double>> checked;
        for (auto it = values.begin(); it != values.end(); ++it) {
            const QString where = f.where("values") + QLatin1Char('.') + it.key();
            Result<Metric> metric = metrics.find(it.key(), where);
            if (!metric) {
                return metric.error();
            }
            if (Status fits = checkValue(metric.value(), it.value(), where); !fits) {
                return fits;
            }
            checked.append({metric.value().id, it.value().toDouble()});
        }
        // A day already in the vault keeps its note; the file's note fills one that is empty.
        if (Status s = checkins.insertDayAsRecorded(day, createdAt, updatedAt, note); !s) {
            return failedAt(f.path(), s.error());
        }
        bool added = false;
        for (const auto& [metricId, value] : checked) {
            // A value the vault already has for that day and metric stays as it is.
            Result<bool> inserted = checkins.insertValueAsRecorded(day, metricId, value, updatedAt);
            if (!inserted) {
                return failedAt(f.path(), inserted.error());
            }
            added = added || inserted.value();
        }
        context.summary.checkins += added ? 1 : 0;
    }
    return {};
}

} // namespace

const JsonSection kCheckinsSection{"checkins", write, read};

} // namespace tideline::exchange

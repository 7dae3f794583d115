#include "core/checkin/MetricRepository.h"
#include "core/i18n/BuiltinText.h"

#include "core/common/ItemLabel.h"
#include "core/common/MoodScale.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

namespace tideline {

namespace {

#define METRIC_COLUMNS                                                                                                 \
    "id, key, label, kind, min_value, max_value, unit, builtin, archived, hidden, sensitive, enabled, sort_order "

Metric readMetric(const Statement& st)
{
    Metric m;
    m.id = st.columnInt(0);
    m.key = st.columnText(1);
    m.builtin = st.columnInt(7) != 0;
    m.label = m.builtin ? i18n::shownBuiltinText(st.columnText(2)) : st.columnText(2);
    m.kind = metricKindFromKey(st.columnText(3)).ok() ? metricKindFromKey(st.columnText(3)).value() : MetricKind::Scale;
    m.minValue = st.columnDouble(4);
    m.maxValue = st.columnDouble(5);
    m.unit = st.columnText(6);
    m.archived = st.columnInt(8) != 0;
    m.hidden = st.columnInt(9) != 0;
    m.sensitive = st.columnInt(10) != 0;
    m.enabled = st.columnInt(11) != 0;
    m.sortOrder = static_cast<int>(st.columnInt(12));
    return m;
}

Error notFound()
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Metric", "That metric is no longer there."));
}

// A key for the CLI from the label: ascii letters and digits, prefixed so that it can never
// take a name a later built-in might want.
QString keyFromLabel(const QString& label)
{
    QString ascii = label.normalized(QString::NormalizationForm_KD).toLower();
    ascii.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("_"));
    ascii = ascii.left(40);
    while (ascii.startsWith(QLatin1Char('_'))) {
        ascii.remove(0, 1);
    }
    while (ascii.endsWith(QLatin1Char('_'))) {
        ascii.chop(1);
    }
    return ascii.isEmpty() ? QStringLiteral("custom") : QStringLiteral("custom_") + ascii;
}

Status checkBounds(MetricKind kind, double minValue, double maxValue)
{
    if (minValue < 0 || maxValue <= minValue) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Metric", "The highest value needs to be above the lowest, and neither below zero."));
    }
    if (kind == MetricKind::Hours && maxValue > 24) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Metric", "A day has 24 hours, so hours go up to 24 at most."));
    }
    if (kind == MetricKind::Boolean && (minValue != 0 || maxValue != 1)) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Metric", "A yes/no metric has no range to choose."));
    }
    if (maxValue > 100000) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Metric", "The highest value can be 100,000 at most."));
    }
    return {};
}

} // namespace

Result<QList<Metric>> MetricRepository::query(const char* sql)
{
    return readRows<Metric>(sql, readMetric);
}

Result<QList<Metric>> MetricRepository::all()
{
    return query("SELECT " METRIC_COLUMNS "FROM metric ORDER BY sort_order, id");
}

Result<QList<Metric>> MetricRepository::onToday()
{
    return query("SELECT " METRIC_COLUMNS "FROM metric WHERE enabled = 1 AND hidden = 0 AND archived = 0 "
                 "ORDER BY sort_order, id");
}

Result<Metric> MetricRepository::byId(qint64 id)
{
    return readRow<Metric>("SELECT " METRIC_COLUMNS "FROM metric WHERE id = ?", id, readMetric, notFound());
}

Result<Metric> MetricRepository::byKey(const QString& key)
{
    Result<Statement> st = m_db.prepare("SELECT " METRIC_COLUMNS "FROM metric WHERE key = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key.trimmed().toLower());
    auto step = st.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Row) {
        return readMetric(st.value());
    }
    QStringList keys;
    if (auto everything = all(); everything.ok()) {
        for (const Metric& m : everything.value()) {
            if (!m.archived) {
                keys.append(m.key);
            }
        }
    }
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Metric", "There is no metric called “%1”. The metrics are: %2.")
            .arg(key.trimmed().left(40), keys.join(QStringLiteral(", "))));
}

Result<std::optional<Metric>> MetricRepository::findByKey(const QString& key)
{
    Result<Statement> st = m_db.prepare("SELECT " METRIC_COLUMNS "FROM metric WHERE key = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, key);
    Result<bool> row = st.value().nextRow();
    if (!row) {
        return row.error();
    }
    return row.value() ? std::optional<Metric>(readMetric(st.value())) : std::nullopt;
}

Status MetricRepository::restoreChoices(const QString& key, const Metric& choices)
{
    Result<Statement> st = m_db.prepare(
        "UPDATE metric SET label = ?, archived = ?, hidden = ?, enabled = ?, sort_order = ? WHERE key = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, choices.label).bind(2, choices.archived ? 1 : 0).bind(3, choices.hidden ? 1 : 0);
    st.value().bind(4, choices.enabled ? 1 : 0).bind(5, choices.sortOrder).bind(6, key);
    return st.value().run();
}

Status MetricRepository::insertAsRecorded(const Metric& metric, const QString& createdAt)
{
    Result<Statement> st = m_db.prepare(
        "INSERT INTO metric (key, label, kind, min_value, max_value, unit, builtin, archived, hidden, sensitive, "
        "enabled, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)");
    if (!st) {
        return st.error();
    }
    Statement& insert = st.value();
    insert.bind(1, metric.key).bind(2, metric.label).bind(3, metricKindKey(metric.kind));
    insert.bind(4, metric.minValue).bind(5, metric.maxValue);
    if (metric.unit.isEmpty()) {
        insert.bindNull(6);
    } else {
        insert.bind(6, metric.unit);
    }
    insert.bind(7, metric.archived ? 1 : 0).bind(8, metric.hidden ? 1 : 0).bind(9, metric.sensitive ? 1 : 0);
    insert.bind(10, metric.enabled ? 1 : 0).bind(11, metric.sortOrder).bind(12, createdAt);
    return insert.run();
}

Result<Metric> MetricRepository::add(
    const QString& label, MetricKind kind, double minValue, double maxValue, const Clock& clock)
{
    Result<QString> name = cleanItemLabel(label, LabelOf::Metric);
    if (!name) {
        return name.error();
    }
    if (minValue == 0 && maxValue == 0) {
        maxValue = kind == MetricKind::Scale ? MoodScale::kMax
            : kind == MetricKind::Count      ? 50
            : kind == MetricKind::Hours      ? 24
                                             : 1;
    }
    if (Status s = checkBounds(kind, minValue, maxValue); !s) {
        return s.error();
    }

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    // A free key: custom_pain, custom_pain_2, …
    const QString base = keyFromLabel(name.value());
    QString key = base;
    for (int n = 2;; ++n) {
        Result<Statement> exists = m_db.prepare("SELECT 1 FROM metric WHERE key = ?");
        if (!exists) {
            return exists.error();
        }
        exists.value().bind(1, key);
        auto step = exists.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            break;
        }
        key = QStringLiteral("%1_%2").arg(base.left(58)).arg(n);
    }
    Result<Statement> insert = m_db.prepare(
        "INSERT INTO metric (key, label, kind, min_value, max_value, unit, builtin, sort_order, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, 0, (SELECT coalesce(max(sort_order), 0) + 1 FROM metric), ?)");
    if (!insert) {
        return insert.error();
    }
    insert.value().bind(1, key).bind(2, name.value()).bind(3, metricKindKey(kind)).bind(4, minValue).bind(5, maxValue);
    if (kind == MetricKind::Hours) {
        insert.value().bind(6, QStringLiteral("hours"));
    } else {
        insert.value().bindNull(6);
    }
    insert.value().bind(7, clock.nowUtc().toUTC().toString(Qt::ISODateWithMs));
    if (auto s = insert.value().run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return byId(id);
}

Status MetricRepository::rename(qint64 id, const QString& label)
{
    Result<QString> name = cleanItemLabel(label, LabelOf::Metric);
    if (!name) {
        return name.error();
    }
    return setText("UPDATE metric SET label = ?1 WHERE id = ?2", id, name.value(), notFound());
}

Status MetricRepository::reshape(qint64 id, MetricKind kind, double minValue, double maxValue)
{
    Result<Metric> metric = byId(id);
    if (!metric) {
        return metric.error();
    }
    if (metric.value().builtin) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Metric", "%1 is built in, so its kind and range stay as they are. You can hide it instead.")
                .arg(metric.value().label));
    }
    if (Status s = checkBounds(kind, minValue, maxValue); !s) {
        return s;
    }
    // Every value already kept must still fit, or the history would be quietly wrong.
    Metric reshaped = metric.value();
    reshaped.kind = kind;
    reshaped.minValue = minValue;
    reshaped.maxValue = maxValue;
    Result<Statement> values = m_db.prepare("SELECT DISTINCT value FROM checkin_value WHERE metric_id = ?");
    if (!values) {
        return values.error();
    }
    values.value().bind(1, id);
    for (;;) {
        auto step = values.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            break;
        }
        if (!checkMetricValue(reshaped, values.value().columnDouble(0)).ok()) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Metric",
                    "Some values you already recorded for %1 would not fit that range, so it stays as "
                    "it is.")
                    .arg(metric.value().label));
        }
    }
    Result<Statement> st = m_db.prepare("UPDATE metric SET kind = ?, min_value = ?, max_value = ?, unit = ? "
                                        "WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, metricKindKey(kind)).bind(2, minValue).bind(3, maxValue);
    if (kind == MetricKind::Hours) {
        st.value().bind(4, QStringLiteral("hours"));
    } else {
        st.value().bindNull(4);
    }
    st.value().bind(5, id);
    return st.value().run();
}

Status MetricRepository::setArchived(qint64 id, bool archived)
{
    Result<Metric> metric = byId(id);
    if (!metric) {
        return metric.error();
    }
    if (metric.value().builtin && archived) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Metric", "%1 is built in; hide it to take it off Today.")
                .arg(metric.value().label));
    }
    return setFlag("UPDATE metric SET archived = ?1 WHERE id = ?2", id, archived, notFound());
}

Status MetricRepository::setHidden(qint64 id, bool hidden)
{
    return setFlag("UPDATE metric SET hidden = ?1 WHERE id = ?2", id, hidden, notFound());
}

Status MetricRepository::setEnabled(qint64 id, bool enabled)
{
    return setFlag("UPDATE metric SET enabled = ?1 WHERE id = ?2", id, enabled, notFound());
}

Status MetricRepository::move(qint64 id, int direction)
{
    // Renumbers all: the seeded orders may tie after earlier moves or imports.
    return moveRow(id, direction, "SELECT id FROM metric ORDER BY sort_order, id",
        "UPDATE metric SET sort_order = ?1 WHERE id = ?2", notFound());
}

} // namespace tideline

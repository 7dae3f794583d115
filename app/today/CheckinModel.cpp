#include "app/today/CheckinModel.h"

#include "app/VaultAccess.h"

#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/common/Day.h"

#include <QCoreApplication>
#include <QLocale>

namespace tideline::app {

CheckinModel::CheckinModel(VaultAccess* vault, QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    m_dateWatch.setInterval(30'000);
    connect(&m_dateWatch, &QTimer::timeout, this, &CheckinModel::checkDateChange);
    m_dateWatch.start();
    attachVault(vault);
}

void CheckinModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &CheckinModel::drop);
    connect(vault(), &VaultAccess::opened, this, &CheckinModel::reload);
    reload();
}

void CheckinModel::checkDateChange()
{
    const QDate today = Day::today(clock());
    if (today == m_todaySeen) {
        return;
    }
    m_todaySeen = today;
    // Labels such as "Yesterday" change for a past day too; the rows only when showing today.
    emit dayChanged();
    if (!m_day.isValid()) {
        loadValues();
    }
}

int CheckinModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString CheckinModel::valueText(const Metric& metric, const std::optional<double>& value) const
{
    return value ? formatMetricValue(metric, *value) : tr("—, not recorded");
}

QVariant CheckinModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    const Metric& m = row.metric;
    switch (role) {
    case MetricIdRole:
        return m.id;
    case KeyRole:
        return m.key;
    case Qt::DisplayRole:
    case LabelRole:
        return m.label;
    case KindRole:
        return metricKindKey(m.kind);
    case MinValueRole:
        return m.minValue;
    case MaxValueRole:
        return m.maxValue;
    case StepRole:
        return m.step();
    case RecordedRole:
        return row.value.has_value();
    case ValueRole:
        return row.value.value_or(m.minValue);
    case ValueTextRole:
        return valueText(m, row.value);
    case PreviousTextRole:
        return row.previous ? formatMetricValue(m, *row.previous) : QString();
    case MomentFloorRole:
        return row.momentFloor;
    case SensitiveRole:
        return m.sensitive;
    default:
        return {};
    }
}

QHash<int, QByteArray> CheckinModel::roleNames() const
{
    return {
        {MetricIdRole, "metricId"},
        {KeyRole, "key"},
        {LabelRole, "label"},
        {KindRole, "kind"},
        {MinValueRole, "minValue"},
        {MaxValueRole, "maxValue"},
        {StepRole, "step"},
        {RecordedRole, "recorded"},
        {ValueRole, "value"},
        {ValueTextRole, "valueText"},
        {PreviousTextRole, "previousText"},
        {MomentFloorRole, "momentFloor"},
        {SensitiveRole, "sensitive"},
    };
}

QString CheckinModel::day() const
{
    return Day::toText(m_day.isValid() ? m_day : Day::today(clock()));
}

void CheckinModel::setDay(const QString& text)
{
    QDate day = QDate::fromString(text, Qt::ISODate);
    const QDate today = Day::today(clock());
    if (day.isValid() && day > today) {
        setError(tr("%1 hasn't come yet, so Today shows today instead.").arg(text));
        day = QDate();
    }
    if (day == today) {
        day = QDate(); // "today" follows the clock past midnight
    }
    if (day == m_day) {
        return;
    }
    m_day = day;
    emit dayChanged();
    loadValues();
}

QString CheckinModel::dayLabel() const
{
    const QDate today = Day::today(clock());
    const QDate shown = m_day.isValid() ? m_day : today;
    if (shown == today) {
        return tr("Today");
    }
    if (shown == today.addDays(-1)) {
        return tr("Yesterday");
    }
    // The year only when it is not this one: the label has little room on a phone.
    return QLocale().toString(shown,
        shown.year() == today.year()
            ? QCoreApplication::translate(
                "DateFormat", "dddd d MMMM", "QLocale format of a day with its weekday, no year")
            : QCoreApplication::translate("DateFormat", "d MMMM yyyy", "QLocale format of a day"));
}

bool CheckinModel::isToday() const
{
    return !m_day.isValid() || m_day == Day::today(clock());
}

QString CheckinModel::today() const
{
    return Day::toText(Day::today(clock()));
}

int CheckinModel::recordedCount() const
{
    int n = 0;
    for (const Row& row : m_rows) {
        n += row.value ? 1 : 0;
    }
    return n;
}

bool CheckinModel::showSupport() const
{
    for (const Row& row : m_rows) {
        if (row.metric.sensitive && row.value && *row.value > 0) {
            return true;
        }
    }
    return false;
}

void CheckinModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void CheckinModel::clearError()
{
    setError(QString());
}

void CheckinModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Metric>> metrics = service<MetricRepository>()->onToday();
    if (!metrics) {
        setError(metrics.error().message);
        return;
    }
    beginResetModel();
    m_rows.clear();
    for (const Metric& metric : metrics.value()) {
        m_rows.append(Row{metric, std::nullopt, std::nullopt, 0});
    }
    endResetModel();
    emit countChanged();
    loadValues();
}

void CheckinModel::refreshValues()
{
    loadValues();
}

void CheckinModel::loadValues()
{
    m_todaySeen = Day::today(clock());
    if (!vaultOpen() || m_rows.isEmpty()) {
        return;
    }
    const QDate shown = m_day.isValid() ? m_day : Day::today(clock());
    CheckinRepository checkins = *service<CheckinRepository>();
    Result<CheckinRepository::Values> values = checkins.values(shown);
    Result<CheckinRepository::Values> previous = checkins.values(shown.addDays(-1));
    if (!values || !previous) {
        setError(values ? previous.error().message : values.error().message);
        return;
    }
    for (Row& row : m_rows) {
        const qint64 id = row.metric.id;
        row.value = values.value().contains(id) ? std::optional<double>(values.value().value(id)) : std::nullopt;
        row.previous = previous.value().contains(id) ? std::optional<double>(previous.value().value(id)) : std::nullopt;
        Result<int> floor = checkins.momentFloor(shown, row.metric);
        row.momentFloor = floor.ok() ? floor.value() : 0;
    }
    emit dataChanged(index(0), index(static_cast<int>(m_rows.size()) - 1));
    emit valuesChanged();
}

bool CheckinModel::setValue(int row, double value)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= m_rows.size()) {
        return false;
    }
    Row& r = m_rows[row];
    if (r.value && *r.value == value) {
        return true; // unchanged: no write, no "saved"
    }
    const QDate shown = m_day.isValid() ? m_day : Day::today(clock());
    const Status saved = service<CheckinRepository>()->setValue(shown, r.metric, value, clock());
    if (!saved) {
        setError(saved.error().message);
        emit dataChanged(index(row), index(row)); // controls snap back to what is stored
        return false;
    }
    clearError();
    r.value = value;
    emit dataChanged(index(row), index(row));
    emit valuesChanged();
    emit this->saved(r.metric.label);
    return true;
}

bool CheckinModel::clearValue(int row)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= m_rows.size()) {
        return false;
    }
    Row& r = m_rows[row];
    const QDate shown = m_day.isValid() ? m_day : Day::today(clock());
    Result<std::optional<double>> remaining = service<CheckinRepository>()->clearValue(shown, r.metric, clock());
    if (!remaining) {
        setError(remaining.error().message);
        return false;
    }
    clearError();
    r.value = remaining.value();
    emit dataChanged(index(row), index(row));
    emit valuesChanged();
    emit saved(r.metric.label);
    return true;
}

void CheckinModel::previousDay()
{
    const QDate shown = m_day.isValid() ? m_day : Day::today(clock());
    setDay(Day::toText(shown.addDays(-1)));
}

void CheckinModel::nextDay()
{
    if (isToday()) {
        return;
    }
    setDay(Day::toText(m_day.addDays(1)));
}

void CheckinModel::drop()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
    emit valuesChanged();
}

} // namespace tideline::app

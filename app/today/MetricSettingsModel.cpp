#include "app/today/MetricSettingsModel.h"

#include "app/VaultAccess.h"

#include "core/checkin/MetricRepository.h"

#include <algorithm>

namespace tideline::app {

MetricSettingsModel::MetricSettingsModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
}

void MetricSettingsModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &MetricSettingsModel::drop);
    reload();
}

int MetricSettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QString MetricSettingsModel::kindLabel(const QString& kind)
{
    if (kind == QLatin1String("count")) {
        return tr("a count");
    }
    if (kind == QLatin1String("hours")) {
        return tr("hours");
    }
    if (kind == QLatin1String("boolean")) {
        return tr("yes or no");
    }
    return tr("a scale");
}

QVariant MetricSettingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Metric& m = m_rows.at(index.row());
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
    case KindLabelRole:
        return kindLabel(metricKindKey(m.kind));
    case MinValueRole:
        return m.minValue;
    case MaxValueRole:
        return m.maxValue;
    case BuiltinRole:
        return m.builtin;
    case ArchivedRole:
        return m.archived;
    case SensitiveRole:
        return m.sensitive;
    case OnTodayRole:
        return m.onToday();
    default:
        return {};
    }
}

QHash<int, QByteArray> MetricSettingsModel::roleNames() const
{
    return {{MetricIdRole, "metricId"}, {KeyRole, "key"}, {LabelRole, "label"}, {KindRole, "kind"},
        {KindLabelRole, "kindLabel"}, {MinValueRole, "minValue"}, {MaxValueRole, "maxValue"}, {BuiltinRole, "builtin"},
        {ArchivedRole, "archived"}, {SensitiveRole, "sensitive"}, {OnTodayRole, "onToday"}};
}

void MetricSettingsModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void MetricSettingsModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Metric>> metrics = service<MetricRepository>()->all();
    if (!metrics) {
        setError(metrics.error().message);
        return;
    }
    // Archived ones after the rest: they are kept for their history, not used.
    std::stable_partition(metrics.value().begin(), metrics.value().end(), [](const Metric& m) { return !m.archived; });
    beginResetModel();
    m_rows = metrics.value();
    endResetModel();
    emit countChanged();
}

bool MetricSettingsModel::done(const Status& status)
{
    if (!status) {
        setError(status.error().message);
        reload(); // controls go back to what is stored
        return false;
    }
    setError(QString());
    reload();
    emit changed();
    return true;
}

bool MetricSettingsModel::add(const QString& label, const QString& kind, double minValue, double maxValue)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    Result<MetricKind> parsedKind = metricKindFromKey(kind);
    if (!parsedKind) {
        setError(parsedKind.error().message);
        return false;
    }
    Result<Metric> added = service<MetricRepository>()->add(label, parsedKind.value(), minValue, maxValue, clock());
    return done(added ? Status{} : Status{added.error()});
}

bool MetricSettingsModel::rename(int row, const QString& label)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    if (label.simplified() == m_rows.at(row).label) {
        return true;
    }
    return done(service<MetricRepository>()->rename(m_rows.at(row).id, label));
}

bool MetricSettingsModel::reshape(int row, const QString& kind, double minValue, double maxValue)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    Result<MetricKind> parsedKind = metricKindFromKey(kind);
    if (!parsedKind) {
        setError(parsedKind.error().message);
        return false;
    }
    return done(service<MetricRepository>()->reshape(m_rows.at(row).id, parsedKind.value(), minValue, maxValue));
}

bool MetricSettingsModel::setOnToday(int row, bool shown)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    const Metric& m = m_rows.at(row);
    MetricRepository metrics = *service<MetricRepository>();
    if (m.sensitive) {
        return done(metrics.setEnabled(m.id, shown));
    }
    return done(metrics.setHidden(m.id, !shown));
}

bool MetricSettingsModel::setArchived(int row, bool archived)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    return done(service<MetricRepository>()->setArchived(m_rows.at(row).id, archived));
}

bool MetricSettingsModel::move(int row, int direction)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    return done(service<MetricRepository>()->move(m_rows.at(row).id, direction));
}

void MetricSettingsModel::drop()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

} // namespace tideline::app

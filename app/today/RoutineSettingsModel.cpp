#include "app/today/RoutineSettingsModel.h"

#include "app/VaultAccess.h"

#include "core/routines/RoutineRepository.h"

#include <algorithm>

namespace tideline::app {

RoutineSettingsModel::RoutineSettingsModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this)
{
    attachVault(vault);
}

void RoutineSettingsModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &RoutineSettingsModel::drop);
    reload();
}

int RoutineSettingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant RoutineSettingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Routine& r = m_rows.at(index.row());
    switch (role) {
    case RoutineIdRole:
        return r.id;
    case Qt::DisplayRole:
    case LabelRole:
        return r.label;
    case BuiltinRole:
        return r.builtin;
    case ArchivedRole:
        return r.archived;
    case OnTodayRole:
        return r.onToday();
    default:
        return {};
    }
}

QHash<int, QByteArray> RoutineSettingsModel::roleNames() const
{
    return {{RoutineIdRole, "routineId"}, {LabelRole, "label"}, {BuiltinRole, "builtin"}, {ArchivedRole, "archived"},
        {OnTodayRole, "onToday"}};
}

void RoutineSettingsModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void RoutineSettingsModel::reload()
{
    if (!vaultOpen()) {
        drop();
        return;
    }
    Result<QList<Routine>> routines = service<RoutineRepository>()->all();
    if (!routines) {
        setError(routines.error().message);
        return;
    }
    std::stable_partition(
        routines.value().begin(), routines.value().end(), [](const Routine& r) { return !r.archived; });
    beginResetModel();
    m_rows = routines.value();
    endResetModel();
    emit countChanged();
}

bool RoutineSettingsModel::done(const Status& status)
{
    if (!status) {
        setError(status.error().message);
        reload();
        return false;
    }
    setError(QString());
    reload();
    emit changed();
    return true;
}

bool RoutineSettingsModel::add(const QString& label)
{
    if (!vaultOpen()) {
        setError(lockedMessage());
        return false;
    }
    Result<Routine> added = service<RoutineRepository>()->add(label, clock());
    return done(added ? Status{} : Status{added.error()});
}

bool RoutineSettingsModel::rename(int row, const QString& label)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    if (label.simplified() == m_rows.at(row).label) {
        return true;
    }
    return done(service<RoutineRepository>()->rename(m_rows.at(row).id, label));
}

bool RoutineSettingsModel::setOnToday(int row, bool shown)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    return done(service<RoutineRepository>()->setHidden(m_rows.at(row).id, !shown));
}

bool RoutineSettingsModel::setArchived(int row, bool archived)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    return done(service<RoutineRepository>()->setArchived(m_rows.at(row).id, archived));
}

bool RoutineSettingsModel::move(int row, int direction)
{
    if (!vaultOpen() || row < 0 || row >= m_rows.size()) {
        return false;
    }
    return done(service<RoutineRepository>()->move(m_rows.at(row).id, direction));
}

void RoutineSettingsModel::drop()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
    emit countChanged();
}

} // namespace tideline::app

#include "app/records/RecordPickModel.h"

#include "app/records/RecordsAccess.h"

#include <algorithm>

namespace tideline::app {

RecordPickModel::RecordPickModel(VaultAccess* vault, QObject* parent) : RecordListModel(nullptr, parent)
{
    // Given here, not to the base, so that this class's vaultAttached is the one called.
    attachVault(vault);
    // What counts follows the period.
    connect(this, &RecordListModel::periodChanged, this, &RecordPickModel::tickedChanged);
}

void RecordPickModel::vaultAttached()
{
    RecordListModel::vaultAttached();
    connect(vault(), &VaultAccess::closed, this, &RecordPickModel::untickAll);
}

void RecordPickModel::reload()
{
    RecordListModel::reload();
    if (m_ticked.isEmpty()) {
        return;
    }
    auto repo = openRecords(vault());
    if (!repo) {
        return;
    }
    // When it cannot be read, the ticks stay; making the PDF leaves out what is gone.
    Result<QHash<qint64, QDate>> days = repo->keptDays(m_ticked.keys());
    if (days && days.value() != m_ticked) {
        m_ticked = std::move(days).value();
        emit tickedChanged();
    }
}

QVariant RecordPickModel::data(const QModelIndex& index, int role) const
{
    if (role == TickedRole) {
        return checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
            ? QVariant(m_ticked.contains(idAt(index.row())))
            : QVariant();
    }
    return RecordListModel::data(index, role);
}

QHash<int, QByteArray> RecordPickModel::roleNames() const
{
    QHash<int, QByteArray> names = RecordListModel::roleNames();
    names.insert(TickedRole, "ticked");
    return names;
}

QList<qint64> RecordPickModel::tickedIds() const
{
    QList<qint64> ids;
    for (auto tick = m_ticked.cbegin(); tick != m_ticked.cend(); ++tick) {
        if (!tick.value().isValid() || inPeriod(tick.value())) {
            ids.append(tick.key());
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void RecordPickModel::setTicked(qint64 recordId, bool ticked)
{
    if (m_ticked.contains(recordId) == ticked) {
        return;
    }
    int shown = -1;
    for (int row = 0; row < count(); ++row) {
        if (idAt(row) == recordId) {
            shown = row;
            break;
        }
    }
    if (ticked) {
        m_ticked.insert(recordId, shown >= 0 ? dayAt(shown) : QDate());
    } else {
        m_ticked.remove(recordId);
    }
    if (shown >= 0) {
        emit dataChanged(index(shown), index(shown), {TickedRole});
    }
    emit tickedChanged();
}

void RecordPickModel::untickAll()
{
    if (!m_ticked.isEmpty()) {
        m_ticked.clear();
        if (count() > 0) {
            emit dataChanged(index(0), index(count() - 1), {TickedRole});
        }
        emit tickedChanged();
    }
}

} // namespace tideline::app

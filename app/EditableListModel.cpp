#include "app/EditableListModel.h"

namespace tideline::app {

EditableListModel::EditableListModel(QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{}

void EditableListModel::vaultAttached()
{
    connect(vault(), &VaultAccess::opened, this, &EditableListModel::reload);
    connect(vault(), &VaultAccess::closed, this, &EditableListModel::clear);
    reload();
}

int EditableListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

bool EditableListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void EditableListModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_hasMore) {
        return;
    }
    const Result<qsizetype> read = readPage(kPageSize, count());
    if (!read) {
        m_hasMore = false;
        setLastError(read.error().message);
        return;
    }
    m_hasMore = read.value() == kPageSize;
    if (read.value() == 0) {
        emit countChanged(); // hasMore changed
        return;
    }
    beginInsertRows({}, count(), count() + static_cast<int>(read.value()) - 1);
    takePage(false);
    endInsertRows();
    emit countChanged();
}

void EditableListModel::reload()
{
    const int wanted = std::max(kPageSize, count());
    const Result<qsizetype> read = readPage(wanted, 0);
    beginResetModel();
    takePage(true);
    m_hasMore = read && read.value() == wanted;
    endResetModel();
    emit countChanged();
    if (!read) {
        setLastError(read.error().message);
    }
}

void EditableListModel::clear()
{
    forgetRemoved();
    beginResetModel();
    dropRows();
    m_hasMore = false;
    endResetModel();
    emit countChanged();
    setLastError({});
}

bool EditableListModel::report(const Status& status)
{
    if (!status) {
        setLastError(status.error().message);
        return false;
    }
    setLastError({});
    reload();
    return true;
}

bool EditableListModel::usable(bool open, int row, const QString& gone)
{
    if (!open) {
        setLastError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= count()) {
        setLastError(gone);
        return false;
    }
    return true;
}

void EditableListModel::clearError()
{
    setLastError({});
}

void EditableListModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

#include "app/journal/JournalListModel.h"

#include "app/journal/JournalChanges.h"
#include "core/journal/JournalRepository.h"

#include <QScopedValueRollback>

namespace tideline::app {

JournalListModel::JournalListModel(VaultAccess* vault, QObject* parent) : EntrySummaryModel(parent)
{
    attachVault(vault);
}

bool JournalListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void JournalListModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching) {
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    if (parent.isValid() || m_atEnd || rows().empty()) {
        return;
    }
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        return;
    }
    auto page = journal->listPage(journal::ListCursor::after(rows().back()), m_pageSize);
    if (!page) {
        setLastError(page.error().message);
        m_atEnd = true;
        return;
    }
    m_atEnd = static_cast<int>(page.value().size()) < m_pageSize;
    appendRows(std::move(page.value()));
}

void JournalListModel::setPageSize(int size)
{
    size = qBound(1, size, 500);
    if (size != m_pageSize) {
        m_pageSize = size;
        emit pageSizeChanged();
    }
}

void JournalListModel::reload()
{
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        m_atEnd = true;
        resetRows({});
        return;
    }
    auto page = journal->listPage(std::nullopt, m_pageSize);
    if (!page) {
        setLastError(page.error().message);
        m_atEnd = true;
        resetRows({});
        return;
    }
    setLastError({});
    m_atEnd = static_cast<int>(page.value().size()) < m_pageSize;
    resetRows(std::move(page.value()));
    m_totalCount = -1; // counted again when asked
    emit totalCountChanged();
}

int JournalListModel::totalCount() const
{
    if (m_totalCount < 0) {
        auto journal = service<journal::JournalRepository>();
        auto total = journal ? journal->count() : Result<qint64>(qint64(0));
        m_totalCount = total ? static_cast<int>(total.value()) : count();
    }
    return m_totalCount;
}

} // namespace tideline::app

#include "app/summary/SummaryEntryModel.h"

#include "app/journal/JournalChanges.h"
#include "core/journal/JournalRepository.h"

#include <QScopedValueRollback>

#include <algorithm>

namespace tideline::app {

SummaryEntryModel::SummaryEntryModel(VaultAccess* vault, QObject* parent) : EntrySummaryModel(parent)
{
    attachVault(vault);
}

void SummaryEntryModel::vaultAttached()
{
    followVault();
    connect(vault(), &VaultAccess::closed, this, [this] {
        m_ticked.clear();
        emit tickedChanged();
    });
}

QVariant SummaryEntryModel::data(const QModelIndex& index, int role) const
{
    if (role == TickedRole) {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
            return {};
        }
        return m_ticked.contains(rows()[static_cast<size_t>(index.row())].id);
    }
    return EntrySummaryModel::data(index, role);
}

QHash<int, QByteArray> SummaryEntryModel::roleNames() const
{
    QHash<int, QByteArray> names = EntrySummaryModel::roleNames();
    names.insert(TickedRole, "ticked");
    return names;
}

void SummaryEntryModel::setFrom(const QString& day)
{
    const QDate parsed = QDate::fromString(day, Qt::ISODate);
    if (parsed != m_from) {
        m_from = parsed;
        emit periodChanged();
        reload();
    }
}

void SummaryEntryModel::setTo(const QString& day)
{
    const QDate parsed = QDate::fromString(day, Qt::ISODate);
    if (parsed != m_to) {
        m_to = parsed;
        emit periodChanged();
        reload();
    }
}

QList<qint64> SummaryEntryModel::tickedIds() const
{
    QList<qint64> ids;
    for (auto tick = m_ticked.cbegin(); tick != m_ticked.cend(); ++tick) {
        if (tick.value() >= m_from && tick.value() <= m_to) {
            ids.append(tick.key());
        }
    }
    std::sort(ids.begin(), ids.end());
    return ids;
}

void SummaryEntryModel::setTicked(qint64 entryId, bool ticked)
{
    const auto row = std::find_if(rows().cbegin(), rows().cend(), [entryId](const auto& r) { return r.id == entryId; });
    if (row == rows().cend() || m_ticked.contains(entryId) == ticked) {
        return;
    }
    if (ticked) {
        m_ticked.insert(entryId, row->day);
    } else {
        m_ticked.remove(entryId);
    }
    const QModelIndex changed = index(static_cast<int>(row - rows().cbegin()));
    emit dataChanged(changed, changed, {TickedRole});
    emit tickedChanged();
}

void SummaryEntryModel::untickAll()
{
    if (m_ticked.isEmpty()) {
        return;
    }
    m_ticked.clear();
    if (count() > 0) {
        emit dataChanged(index(0), index(count() - 1), {TickedRole});
    }
    emit tickedChanged();
}

bool SummaryEntryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void SummaryEntryModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || parent.isValid() || m_atEnd || !m_cursor) {
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        m_atEnd = true;
        return;
    }
    auto page = journal->listPage(m_cursor, kPageSize, m_from, m_to);
    if (!page) {
        setLastError(page.error().message);
        m_atEnd = true;
        return;
    }
    appendPage(std::move(page.value()), false);
}

void SummaryEntryModel::reload()
{
    m_cursor.reset();
    m_atEnd = true;
    auto journal = service<journal::JournalRepository>();
    if (!journal || !m_from.isValid() || !m_to.isValid() || m_from > m_to) {
        resetRows({});
        emit tickedChanged();
        return;
    }
    auto page = journal->listPage(std::nullopt, kPageSize, m_from, m_to);
    if (!page) {
        setLastError(page.error().message);
        resetRows({});
        return;
    }
    setLastError({});
    appendPage(std::move(page.value()), true);
    refreshTicks(*journal);
    emit tickedChanged(); // the period, or a change elsewhere, changed what counts
}

void SummaryEntryModel::refreshTicks(journal::JournalRepository& journal)
{
    if (m_ticked.isEmpty()) {
        return;
    }
    // The list reloads after any save or delete in the journal: a ticked entry deleted since goes
    // from the ticks, and one moved to another day counts for its new day, so the page's count
    // and the summary agree with what is there. When it cannot be read, the ticks stay, and making
    // the summary says what is wrong.
    Result<QHash<qint64, QDate>> days = journal.savedDays(m_ticked.keys());
    if (days) {
        m_ticked = std::move(days).value();
    }
}

void SummaryEntryModel::appendPage(std::vector<journal::EntrySummary> page, bool first)
{
    m_atEnd = static_cast<int>(page.size()) < kPageSize;
    if (!page.empty()) {
        m_cursor = journal::ListCursor::after(page.back());
    }
    // Drafts are text the person has not saved: never offered for sharing.
    std::erase_if(page, [](const journal::EntrySummary& row) { return row.isDraft; });
    if (first) {
        resetRows(std::move(page));
    } else {
        appendRows(std::move(page));
    }
}

} // namespace tideline::app

#include "app/records/RecordListModel.h"

#include "app/journal/JournalFormat.h"
#include "app/records/RecordFormat.h"
#include "app/records/RecordsAccess.h"

#include <QScopedValueRollback>

namespace tideline::app {

RecordListModel::RecordListModel(VaultAccess* vault, QObject* parent) : QAbstractListModel(parent), VaultClient(this)
{
    connect(&RecordChanges::instance(), &RecordChanges::changed, this, &RecordListModel::reload);
    connect(&RecordChanges::instance(), &RecordChanges::filesChanged, this, &RecordListModel::reload);
    attachVault(vault);
}

void RecordListModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] {
        m_searchText.clear();
        emit searchTextChanged();
        reload();
    });
    connect(vault(), &VaultAccess::opened, this, &RecordListModel::reload);
    reload();
}

int RecordListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RecordListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows[static_cast<size_t>(index.row())];
    const records::RecordSummary& r = row.record;
    switch (role) {
    case RecordIdRole:
        return r.id;
    case WhenRole:
        return RecordFormat::whenShort(r.day, r.time, r.approximate);
    case Qt::DisplayRole:
    case HeadlineRole:
        return JournalFormat::oneLine(r.headline);
    case PlaceRole:
        return JournalFormat::oneLine(r.place);
    case KindsRole:
        return r.kindLabels.join(QStringLiteral(", "));
    case SensitiveRole:
        return r.sensitive;
    case FileCountRole:
        return r.attachmentCount;
    case SnippetRole:
        return row.snippet.isEmpty() ? QString() : JournalFormat::styledSnippet(row.snippet);
    default:
        return {};
    }
}

QHash<int, QByteArray> RecordListModel::roleNames() const
{
    return {
        {RecordIdRole, "recordId"},
        {WhenRole, "when"},
        {HeadlineRole, "headline"},
        {PlaceRole, "place"},
        {KindsRole, "kinds"},
        {SensitiveRole, "sensitive"},
        {FileCountRole, "fileCount"},
        {SnippetRole, "snippet"},
    };
}

bool RecordListModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd && m_searchText.trimmed().isEmpty();
}

void RecordListModel::fetchMore(const QModelIndex& parent)
{
    if (m_fetching || !canFetchMore(parent) || m_rows.empty()) {
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    auto repo = openRecords(vault());
    if (!repo) {
        return;
    }
    auto page = repo->listPage(records::RecordCursor::after(m_rows.back().record), kPageSize, m_from, m_to);
    if (!page) {
        setLastError(page.error().message);
        m_atEnd = true;
        return;
    }
    m_atEnd = static_cast<int>(page.value().size()) < kPageSize;
    if (page.value().empty()) {
        return;
    }
    const int first = count();
    beginInsertRows({}, first, first + static_cast<int>(page.value().size()) - 1);
    for (records::RecordSummary& r : page.value()) {
        m_rows.push_back(Row{std::move(r), {}});
    }
    endInsertRows();
    emit countChanged();
}

void RecordListModel::setSearchText(const QString& text)
{
    if (text != m_searchText) {
        m_searchText = text;
        emit searchTextChanged();
        reload();
    }
}

void RecordListModel::setFrom(const QString& day)
{
    const QDate parsed = QDate::fromString(day, Qt::ISODate);
    if (parsed != m_from) {
        m_from = parsed;
        emit periodChanged();
        reload();
    }
}

void RecordListModel::setTo(const QString& day)
{
    const QDate parsed = QDate::fromString(day, Qt::ISODate);
    if (parsed != m_to) {
        m_to = parsed;
        emit periodChanged();
        reload();
    }
}

void RecordListModel::reload()
{
    auto repo = openRecords(vault());
    std::vector<Row> rows;
    int total = 0;
    m_atEnd = true;
    if (repo) {
        if (m_searchText.trimmed().isEmpty()) {
            auto page = repo->listPage(std::nullopt, kPageSize, m_from, m_to);
            if (!page) {
                setLastError(page.error().message);
            } else {
                m_atEnd = static_cast<int>(page.value().size()) < kPageSize;
                for (records::RecordSummary& r : page.value()) {
                    rows.push_back(Row{std::move(r), {}});
                }
                setLastError({});
            }
        } else {
            auto hits = repo->search(m_searchText, 100);
            if (!hits) {
                setLastError(hits.error().message);
            } else {
                for (records::RecordHit& hit : hits.value()) {
                    rows.push_back(Row{std::move(hit.record), std::move(hit.snippet)});
                }
                setLastError({});
            }
        }
        auto counted = repo->count();
        total = counted ? static_cast<int>(counted.value()) : 0;
    } else {
        setLastError({});
    }
    reset(std::move(rows));
    if (total != m_totalCount) {
        m_totalCount = total;
        emit totalCountChanged();
    }
}

void RecordListModel::reset(std::vector<Row> rows)
{
    // A view (or QAbstractItemModelTester) may ask for more rows while the reset is announced:
    // those wait until it is done.
    const QScopedValueRollback<bool> resetting(m_fetching, true);
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged();
}

void RecordListModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

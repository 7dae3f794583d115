#include "app/files/FolderModel.h"

#include <QDir>
#include <QScopedValueRollback>
#include <QtConcurrent/QtConcurrentRun>

namespace tideline::app {

FolderModel::FolderModel(QObject* parent) : QAbstractListModel(parent)
{}

FolderModel::~FolderModel()
{
    // A listing still running only reads names; let it end without anyone to tell.
    if (m_watcher) {
        m_watcher->disconnect(this);
    }
}

int FolderModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_shown;
}

QVariant FolderModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const files::FolderEntry& entry = m_entries.at(static_cast<std::size_t>(index.row()));
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return entry.name;
    case PathRole:
        return QDir(m_folder).filePath(entry.name);
    case IsFolderRole:
        return entry.isFolder;
    default:
        return {};
    }
}

QHash<int, QByteArray> FolderModel::roleNames() const
{
    return {{NameRole, "name"}, {PathRole, "path"}, {IsFolderRole, "isFolder"}};
}

bool FolderModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_shown < totalCount();
}

void FolderModel::fetchMore(const QModelIndex& parent)
{
    // Views (and QAbstractItemModelTester) may ask for more from inside a reset's signal.
    if (m_resetting || m_fetching || !canFetchMore(parent)) {
        return;
    }
    const QScopedValueRollback<bool> fetching(m_fetching, true);
    const int more = std::min(m_pageSize, totalCount() - m_shown);
    beginInsertRows({}, m_shown, m_shown + more - 1);
    m_shown += more;
    endInsertRows();
    emit countChanged();
}

void FolderModel::setFolder(const QString& folder)
{
    const QString clean = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    if (clean == m_folder) {
        return;
    }
    m_folder = clean;
    emit folderChanged();
    reload();
}

QString FolderModel::parentFolder() const
{
    if (m_folder.isEmpty() || m_folder == QLatin1String("/")) {
        return {};
    }
    QDir dir(m_folder);
    return dir.cdUp() ? dir.absolutePath() : QString();
}

void FolderModel::setNameFilters(const QStringList& filters)
{
    if (filters == m_nameFilters) {
        return;
    }
    m_nameFilters = filters;
    emit nameFiltersChanged();
    reload();
}

void FolderModel::setPageSize(int size)
{
    size = qBound(1, size, 5000);
    if (size != m_pageSize) {
        m_pageSize = size;
        emit pageSizeChanged();
    }
}

void FolderModel::reload()
{
    const quint64 generation = ++m_generation;
    {
        const QScopedValueRollback<bool> resetting(m_resetting, true);
        beginResetModel();
        m_entries.clear();
        m_shown = 0;
        endResetModel();
    }
    emit countChanged();
    if (m_folder.isEmpty()) {
        setLoading(false);
        setProblem({});
        return;
    }
    setLoading(true);
    if (m_watcher) {
        m_watcher->disconnect(this); // its answer is for a folder no longer shown
    }
    m_watcher = std::make_unique<QFutureWatcher<Listing>>();
    QFutureWatcher<Listing>* watcher = m_watcher.get();
    connect(watcher, &QFutureWatcher<Listing>::finished, this,
        [this, watcher, generation] { takeListing(generation, watcher->result()); });
    watcher->setFuture(
        QtConcurrent::run([folder = m_folder, filters = m_nameFilters] { return files::listFolder(folder, filters); }));
}

int FolderModel::rowOf(const QString& name)
{
    const auto it = std::find_if(
        m_entries.cbegin(), m_entries.cend(), [&name](const files::FolderEntry& e) { return e.name == name; });
    if (it == m_entries.cend()) {
        return -1;
    }
    const int row = static_cast<int>(it - m_entries.cbegin());
    while (m_shown <= row && !m_resetting && !m_fetching) {
        fetchMore({});
    }
    return row < m_shown ? row : -1;
}

void FolderModel::takeListing(quint64 generation, const Listing& listing)
{
    if (generation != m_generation) {
        return;
    }
    if (!listing) {
        setProblem(listing.error().message);
        setLoading(false);
        return;
    }
    setProblem({});
    {
        const QScopedValueRollback<bool> resetting(m_resetting, true);
        beginResetModel();
        m_entries = listing.value();
        m_shown = std::min(m_pageSize, totalCount());
        endResetModel();
    }
    emit countChanged();
    setLoading(false);
}

void FolderModel::setLoading(bool loading)
{
    if (loading != m_loading) {
        m_loading = loading;
        emit loadingChanged();
    }
}

void FolderModel::setProblem(const QString& problem)
{
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged();
    }
}

} // namespace tideline::app

#include "app/safety/SafetyPlanSectionModel.h"

#include "app/VaultAccess.h"
#include "app/lock/Session.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

constexpr int kPageSize = 50;

} // namespace

SafetyPlanSectionModel::SafetyPlanSectionModel(QObject* parent) : QAbstractListModel(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::unlocked, this, &SafetyPlanSectionModel::reload);
        connect(session, &Session::locked, this, &SafetyPlanSectionModel::clear);
    }
    reload();
}

QString SafetyPlanSectionModel::section() const
{
    return SafetyPlanRepository::sectionKey(m_section);
}

void SafetyPlanSectionModel::setSection(const QString& key)
{
    const auto section = SafetyPlanRepository::sectionFromKey(key);
    if (!section || *section == m_section) {
        return;
    }
    m_section = *section;
    emit sectionChanged();
    reload();
}

std::optional<SafetyPlanRepository> SafetyPlanSectionModel::repository() const
{
    return openRepository<SafetyPlanRepository>();
}

int SafetyPlanSectionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SafetyPlanSectionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& item = m_items.at(index.row());
    switch (role) {
    case IdRole:
        return item.id;
    case Qt::DisplayRole:
    case TextRole:
        return item.text;
    case CheckedRole:
        return item.checked;
    case BuiltinRole:
        return item.builtin;
    default:
        return {};
    }
}

QHash<int, QByteArray> SafetyPlanSectionModel::roleNames() const
{
    return {{IdRole, "itemId"}, {TextRole, "text"}, {CheckedRole, "checked"}, {BuiltinRole, "builtin"}};
}

bool SafetyPlanSectionModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void SafetyPlanSectionModel::fetchMore(const QModelIndex& parent)
{
    auto repo = repository();
    if (parent.isValid() || !m_hasMore || !repo) {
        return;
    }
    auto page = repo->items(m_section, kPageSize, count());
    if (!page) {
        m_hasMore = false;
        setLastError(page.error().message);
        return;
    }
    m_hasMore = page.value().size() == kPageSize;
    if (page.value().isEmpty()) {
        emit countChanged(); // hasMore changed
        return;
    }
    beginInsertRows({}, count(), count() + static_cast<int>(page.value().size()) - 1);
    m_items.append(page.value());
    endInsertRows();
    emit countChanged();
}

void SafetyPlanSectionModel::reload()
{
    // Keeps as many rows as were shown, so an edit deep in a long list does not fold it up.
    const int wanted = std::max(kPageSize, count());
    beginResetModel();
    m_items.clear();
    m_hasMore = false;
    if (auto repo = repository()) {
        auto rows = repo->items(m_section, wanted, 0);
        if (rows) {
            m_items = rows.value();
            m_hasMore = m_items.size() == wanted;
        } else {
            setLastError(rows.error().message);
        }
    }
    endResetModel();
    emit countChanged();
}

void SafetyPlanSectionModel::clear()
{
    forgetRemoved();
    beginResetModel();
    m_items.clear();
    m_hasMore = false;
    endResetModel();
    emit countChanged();
    setLastError({});
}

bool SafetyPlanSectionModel::report(const Status& status)
{
    if (!status) {
        setLastError(status.error().message);
        return false;
    }
    setLastError({});
    reload();
    return true;
}

bool SafetyPlanSectionModel::add(const QString& text)
{
    auto repo = repository();
    if (!repo) {
        setLastError(lockedMessage());
        return false;
    }
    auto added = repo->add(m_section, text);
    return report(added ? Status() : Status(added.error()));
}

bool SafetyPlanSectionModel::edit(int row, const QString& text)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->updateText(m_items.at(row).id, text));
}

bool SafetyPlanSectionModel::setChecked(int row, bool checked)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->setChecked(m_items.at(row).id, checked));
}

bool SafetyPlanSectionModel::remove(int row)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    auto removed = repo->remove(m_items.at(row).id);
    if (!removed) {
        return report(removed.error());
    }
    m_removed = removed.value();
    emit removedChanged();
    return report(Status());
}

bool SafetyPlanSectionModel::undoRemove()
{
    auto repo = repository();
    if (!m_removed || !repo) {
        return false;
    }
    // Back as it was: the same line in the same place, a built-in one still built-in.
    const Status restored = repo->restore(*m_removed);
    if (restored) {
        forgetRemoved();
    }
    return report(restored);
}

void SafetyPlanSectionModel::forgetRemoved()
{
    if (m_removed) {
        m_removed.reset();
        emit removedChanged();
    }
}

bool SafetyPlanSectionModel::move(int row, int direction)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->move(m_items.at(row).id, direction));
}

bool SafetyPlanSectionModel::usable(const std::optional<SafetyPlanRepository>& repo, int row)
{
    if (!repo) {
        setLastError(lockedMessage());
        return false;
    }
    if (row < 0 || row >= count()) {
        setLastError(QCoreApplication::translate("SafetyPlanSectionModel", "That line is no longer there."));
        return false;
    }
    return true;
}

void SafetyPlanSectionModel::clearError()
{
    setLastError({});
}

void SafetyPlanSectionModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

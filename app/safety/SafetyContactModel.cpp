#include "app/safety/SafetyContactModel.h"

#include "app/VaultAccess.h"
#include "app/lock/Session.h"
#include "core/common/AppName.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

constexpr int kPageSize = 50;

SafetyContactRepository::Kind kindFrom(const QString& key)
{
    return SafetyContactRepository::kindFromKey(key).value_or(SafetyContactRepository::Kind::Person);
}

} // namespace

SafetyContactModel::SafetyContactModel(QObject* parent) : QAbstractListModel(parent)
{
    if (Session* session = Session::instance()) {
        connect(session, &Session::unlocked, this, &SafetyContactModel::reload);
        connect(session, &Session::locked, this, &SafetyContactModel::clear);
    }
    reload();
}

std::optional<SafetyContactRepository> SafetyContactModel::repository() const
{
    return openRepository<SafetyContactRepository>();
}

int SafetyContactModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant SafetyContactModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const auto& contact = m_contacts.at(index.row());
    switch (role) {
    case IdRole:
        return contact.id;
    case Qt::DisplayRole:
    case NameRole:
        return contact.name;
    case PhoneRole:
        return contact.phone;
    case NoteRole:
        return contact.note;
    case KindRole:
        return SafetyContactRepository::kindKey(contact.kind);
    default:
        return {};
    }
}

QHash<int, QByteArray> SafetyContactModel::roleNames() const
{
    return {{IdRole, "contactId"}, {NameRole, "name"}, {PhoneRole, "phone"}, {NoteRole, "note"}, {KindRole, "kind"}};
}

bool SafetyContactModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_hasMore;
}

void SafetyContactModel::fetchMore(const QModelIndex& parent)
{
    auto repo = repository();
    if (parent.isValid() || !m_hasMore || !repo) {
        return;
    }
    auto page = repo->contacts(kPageSize, count());
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
    m_contacts.append(page.value());
    endInsertRows();
    emit countChanged();
}

void SafetyContactModel::reload()
{
    const int wanted = std::max(kPageSize, count());
    beginResetModel();
    m_contacts.clear();
    m_hasMore = false;
    if (auto repo = repository()) {
        auto rows = repo->contacts(wanted, 0);
        if (rows) {
            m_contacts = rows.value();
            m_hasMore = m_contacts.size() == wanted;
        } else {
            setLastError(rows.error().message);
        }
    }
    endResetModel();
    emit countChanged();
}

void SafetyContactModel::clear()
{
    forgetRemoved();
    beginResetModel();
    m_contacts.clear();
    m_hasMore = false;
    endResetModel();
    emit countChanged();
    setLastError({});
}

bool SafetyContactModel::report(const Status& status)
{
    if (!status) {
        setLastError(status.error().message);
        return false;
    }
    setLastError({});
    reload();
    return true;
}

bool SafetyContactModel::usable(const std::optional<SafetyContactRepository>& repo, int row)
{
    if (!repo) {
        setLastError(
            QCoreApplication::translate("SafetyContactModel", "%1 is locked. Open it again to change your plan.")
                .arg(appName()));
        return false;
    }
    if (row < 0 || row >= count()) {
        setLastError(QCoreApplication::translate("SafetyContactModel", "That contact is no longer there."));
        return false;
    }
    return true;
}

bool SafetyContactModel::add(const QString& name, const QString& phone, const QString& note, const QString& kind)
{
    auto repo = repository();
    if (!repo) {
        return usable(repo, 0);
    }
    auto added = repo->add({0, name, phone, note, kindFrom(kind)});
    return report(added ? Status() : Status(added.error()));
}

bool SafetyContactModel::edit(
    int row, const QString& name, const QString& phone, const QString& note, const QString& kind)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->update({m_contacts.at(row).id, name, phone, note, kindFrom(kind)}));
}

bool SafetyContactModel::remove(int row)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    const auto contact = m_contacts.at(row);
    if (!report(repo->remove(contact.id))) {
        return false;
    }
    m_removed = contact;
    m_removedRow = row;
    emit removedChanged();
    return true;
}

bool SafetyContactModel::undoRemove()
{
    auto repo = repository();
    if (!m_removed || !repo) {
        return false;
    }
    auto added = repo->add(*m_removed);
    if (!added) {
        return report(added.error());
    }
    auto total = repo->count();
    for (int steps = total ? total.value() - 1 - m_removedRow : 0; steps > 0; --steps) {
        if (auto status = repo->move(added.value(), -1); !status) {
            break; // back, only not in its old place: nothing is lost
        }
    }
    forgetRemoved();
    return report(Status());
}

void SafetyContactModel::forgetRemoved()
{
    if (m_removed) {
        m_removed.reset();
        emit removedChanged();
    }
}

bool SafetyContactModel::move(int row, int direction)
{
    auto repo = repository();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->move(m_contacts.at(row).id, direction));
}

void SafetyContactModel::clearError()
{
    setLastError({});
}

void SafetyContactModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

#include "app/safety/SafetyContactModel.h"

#include "app/VaultAccess.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

SafetyContactRepository::Kind kindFrom(const QString& key)
{
    return SafetyContactRepository::kindFromKey(key).value_or(SafetyContactRepository::Kind::Person);
}

QString goneMessage()
{
    return QCoreApplication::translate("SafetyContactModel", "That contact is no longer there.");
}

} // namespace

SafetyContactModel::SafetyContactModel(VaultAccess* vault, QObject* parent) : EditableListModel(parent)
{
    attachVault(vault);
}

Result<qsizetype> SafetyContactModel::readPage(int limit, int offset)
{
    auto repo = service<SafetyContactRepository>();
    return keepPage(m_page, repo ? repo->contacts(limit, offset) : QList<SafetyContactRepository::Contact>());
}

void SafetyContactModel::takePage(bool replaceRows)
{
    movePage(m_contacts, m_page, replaceRows);
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

bool SafetyContactModel::add(const QString& name, const QString& phone, const QString& note, const QString& kind)
{
    auto repo = service<SafetyContactRepository>();
    if (!repo) {
        return usable(false, 0, goneMessage());
    }
    auto added = repo->add({0, name, phone, note, kindFrom(kind)});
    return report(added ? Status() : Status(added.error()));
}

bool SafetyContactModel::edit(
    int row, const QString& name, const QString& phone, const QString& note, const QString& kind)
{
    auto repo = service<SafetyContactRepository>();
    if (!usable(repo.has_value(), row, goneMessage())) {
        return false;
    }
    return report(repo->update({m_contacts.at(row).id, name, phone, note, kindFrom(kind)}));
}

bool SafetyContactModel::remove(int row)
{
    auto repo = service<SafetyContactRepository>();
    if (!usable(repo.has_value(), row, goneMessage())) {
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
    auto repo = service<SafetyContactRepository>();
    if (!m_removed || !repo) {
        return false;
    }
    auto added = repo->add(*m_removed);
    if (!added) {
        return report(added.error());
    }
    const Result<int> total = repo->count();
    moveBackTo(m_removedRow, total ? total.value() : 0, [&] { return repo->move(added.value(), -1); });
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
    auto repo = service<SafetyContactRepository>();
    if (!usable(repo.has_value(), row, goneMessage())) {
        return false;
    }
    return report(repo->move(m_contacts.at(row).id, direction));
}

} // namespace tideline::app

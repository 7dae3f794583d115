#include "app/safety/SafetyPlanSectionModel.h"

#include "app/VaultAccess.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

SafetyPlanSectionModel::SafetyPlanSectionModel(VaultAccess* vault, QObject* parent) : EditableListModel(parent)
{
    attachVault(vault);
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

Result<qsizetype> SafetyPlanSectionModel::readPage(int limit, int offset)
{
    auto repo = service<SafetyPlanRepository>();
    return keepPage(m_page, repo ? repo->items(m_section, limit, offset) : QList<SafetyPlanRepository::Item>());
}

void SafetyPlanSectionModel::takePage(bool replaceRows)
{
    movePage(m_items, m_page, replaceRows);
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

bool SafetyPlanSectionModel::usable(const std::optional<SafetyPlanRepository>& repo, int row)
{
    return EditableListModel::usable(
        repo.has_value(), row, QCoreApplication::translate("SafetyPlanSectionModel", "That line is no longer there."));
}

bool SafetyPlanSectionModel::add(const QString& text)
{
    auto repo = service<SafetyPlanRepository>();
    if (!repo) {
        setLastError(lockedMessage());
        return false;
    }
    auto added = repo->add(m_section, text);
    return report(added ? Status() : Status(added.error()));
}

bool SafetyPlanSectionModel::edit(int row, const QString& text)
{
    auto repo = service<SafetyPlanRepository>();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->updateText(m_items.at(row).id, text));
}

bool SafetyPlanSectionModel::setChecked(int row, bool checked)
{
    auto repo = service<SafetyPlanRepository>();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->setChecked(m_items.at(row).id, checked));
}

bool SafetyPlanSectionModel::remove(int row)
{
    auto repo = service<SafetyPlanRepository>();
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
    auto repo = service<SafetyPlanRepository>();
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
    auto repo = service<SafetyPlanRepository>();
    if (!usable(repo, row)) {
        return false;
    }
    return report(repo->move(m_items.at(row).id, direction));
}

} // namespace tideline::app

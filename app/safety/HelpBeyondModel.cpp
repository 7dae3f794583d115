#include "app/safety/HelpBeyondModel.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

QString sentenceFor(const ResourceCatalogue::Help& help)
{
    if (!help.phone.isEmpty() && !help.address.isEmpty()) {
        return QCoreApplication::translate("HelpBeyondModel", "%1, phone %2, web address %3: %4")
            .arg(help.name, help.phone, help.address, help.note);
    }
    if (!help.phone.isEmpty()) {
        return QCoreApplication::translate("HelpBeyondModel", "%1, phone %2: %3").arg(help.name, help.phone, help.note);
    }
    if (!help.address.isEmpty()) {
        return QCoreApplication::translate("HelpBeyondModel", "%1, web address %2: %3")
            .arg(help.name, help.address, help.note);
    }
    return QCoreApplication::translate("HelpBeyondModel", "%1: %2").arg(help.name, help.note);
}

} // namespace

HelpBeyondModel::HelpBeyondModel(QObject* parent) : QAbstractListModel(parent)
{
    reload();
}

void HelpBeyondModel::setRegionCode(const QString& code)
{
    if (code == m_regionCode) {
        return;
    }
    m_regionCode = code;
    emit regionCodeChanged();
    reload();
}

int HelpBeyondModel::legalCount() const
{
    return static_cast<int>(std::count_if(m_rows.cbegin(), m_rows.cend(),
        [](const ResourceCatalogue::Help& help) { return help.kind == ResourceCatalogue::Help::Kind::Legal; }));
}

int HelpBeyondModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant HelpBeyondModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const ResourceCatalogue::Help& help = m_rows.at(index.row());
    switch (role) {
    case KindRole:
        return help.kind == ResourceCatalogue::Help::Kind::Legal ? u"legal"_s : u"centre"_s;
    case Qt::DisplayRole:
    case NameRole:
        return help.name;
    case PhoneRole:
        return help.phone;
    case AddressRole:
        return help.address;
    case NoteRole:
        return help.note;
    case SentenceRole:
        return sentenceFor(help);
    default:
        return {};
    }
}

QHash<int, QByteArray> HelpBeyondModel::roleNames() const
{
    return {{KindRole, "kind"}, {NameRole, "name"}, {PhoneRole, "phone"}, {AddressRole, "address"}, {NoteRole, "note"},
        {SentenceRole, "sentence"}};
}

void HelpBeyondModel::reload()
{
    const ResourceCatalogue::Region& region = ResourceCatalogue::bundled().regionOrDefault(m_regionCode);
    // Legal help first, then the centres, each in the file's order.
    QList<ResourceCatalogue::Help> rows;
    for (auto kind : {ResourceCatalogue::Help::Kind::Legal, ResourceCatalogue::Help::Kind::Centre}) {
        for (const auto& help : region.help) {
            if (help.kind == kind) {
                rows.append(help);
            }
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    emit countChanged(); // also when the total stays: the legal and centre counts may not
}

} // namespace tideline::app

#include "app/safety/CrisisResourceModel.h"

#include "app/VaultAccess.h"

#include "core/common/AppName.h"
#include "core/safety/OwnResourceRepository.h"
#include "core/safety/RegionSetting.h"
#include "core/safety/ResourceCatalogue.h"
#include "core/safety/SafetyContactRepository.h"

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

// A dialog for a moment of need, not a directory: this many of each of the person's own
// kinds are shown; the safety plan page pages through all of them.
constexpr int kPersonalRowsShown = 50;

} // namespace

CrisisResourceModel::CrisisResourceModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this), m_region(ResourceCatalogue::bundled().defaultRegionCode())
{
    reload(); // the shipped lines need no vault: the lock screen shows them too
    attachVault(vault);
}

void CrisisResourceModel::vaultAttached()
{
    connect(vault(), &VaultAccess::opened, this, &CrisisResourceModel::reload);
    connect(vault(), &VaultAccess::closed, this, &CrisisResourceModel::forgetAndReload);
    reload();
}

void CrisisResourceModel::setPersonal(bool personal)
{
    if (personal == m_personal) {
        return;
    }
    m_personal = personal;
    emit personalChanged();
    forgetAndReload();
}

QStringList CrisisResourceModel::regionNames()
{
    QStringList names;
    for (const auto& region : ResourceCatalogue::bundled().regions()) {
        names.append(region.name);
    }
    return names;
}

int CrisisResourceModel::regionIndex() const
{
    const auto& regions = ResourceCatalogue::bundled().regions();
    for (qsizetype i = 0; i < regions.size(); ++i) {
        if (regions.at(i).code == m_region) {
            return static_cast<int>(i);
        }
    }
    return 0;
}

int CrisisResourceModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant CrisisResourceModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case PhoneRole:
        return row.phone;
    case NoteRole:
        return row.note;
    case YoursRole:
        return row.yours;
    case RemovableRole:
        return row.ownId != 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> CrisisResourceModel::roleNames() const
{
    return {{NameRole, "name"}, {PhoneRole, "phone"}, {NoteRole, "note"}, {YoursRole, "yours"},
        {RemovableRole, "removable"}};
}

void CrisisResourceModel::reload()
{
    const ResourceCatalogue& catalogue = ResourceCatalogue::bundled();
    const bool personalVault = m_personal && vaultOpen();
    QString region = catalogue.defaultRegionCode();
    if (personalVault) {
        if (auto chosen = service<RegionSetting>()->chosen(); chosen && catalogue.hasRegion(chosen.value())) {
            region = chosen.value();
        }
    } else if (catalogue.hasRegion(m_lookRegion)) {
        region = m_lookRegion; // a look at another region, for this time only
    }

    beginResetModel();
    m_rows.clear();
    for (const auto& entry : catalogue.regionOrDefault(region).entries) {
        m_rows.append({entry.name, entry.phone, entry.note, false, 0});
    }
    if (personalVault) {
        if (auto own = service<OwnResourceRepository>()->resources(kPersonalRowsShown)) {
            for (const auto& resource : own.value()) {
                m_rows.append({resource.name, resource.phone, resource.note, true, resource.id});
            }
        } else {
            setLastError(own.error().message);
        }
        if (auto contacts = service<SafetyContactRepository>()->contacts(kPersonalRowsShown)) {
            for (const auto& contact : contacts.value()) {
                if (!contact.phone.isEmpty()) {
                    m_rows.append({contact.name, contact.phone, contact.note, true, 0});
                }
            }
        } else {
            setLastError(contacts.error().message);
        }
    }
    endResetModel();
    emit countChanged();
    setRegion(region);
}

bool CrisisResourceModel::chooseRegion(int index)
{
    const auto& regions = ResourceCatalogue::bundled().regions();
    if (index < 0 || index >= regions.size()) {
        setLastError(
            QCoreApplication::translate("CrisisResourceModel", "There is no list of numbers for that region."));
        return false;
    }
    const QString code = regions.at(index).code;
    if (m_personal && vaultOpen()) {
        if (auto status = service<RegionSetting>()->choose(code); !status) {
            setLastError(status.error().message);
            return false;
        }
    }
    m_lookRegion = code;
    setLastError({});
    reload();
    return true;
}

bool CrisisResourceModel::addOwn(const QString& name, const QString& phone, const QString& note)
{
    const bool personalVault = m_personal && vaultOpen();
    if (!personalVault) {
        setLastError(
            QCoreApplication::translate("CrisisResourceModel", "Open %1 to keep numbers of your own.").arg(appName()));
        return false;
    }
    auto added = service<OwnResourceRepository>()->add({0, m_region, name, phone, note});
    if (!added) {
        setLastError(added.error().message);
        return false;
    }
    setLastError({});
    reload();
    return true;
}

bool CrisisResourceModel::removeOwn(int row)
{
    const bool personalVault = m_personal && vaultOpen();
    if (!personalVault || row < 0 || row >= count() || m_rows.at(row).ownId == 0) {
        setLastError(QCoreApplication::translate("CrisisResourceModel", "That number cannot be removed here."));
        return false;
    }
    if (auto status = service<OwnResourceRepository>()->remove(m_rows.at(row).ownId); !status) {
        setLastError(status.error().message);
        return false;
    }
    setLastError({});
    reload();
    return true;
}

void CrisisResourceModel::forgetAndReload()
{
    // Nothing of an unlocked look (the chosen region) may stay visible once the vault closes.
    m_lookRegion.clear();
    reload();
}

void CrisisResourceModel::setRegion(const QString& code)
{
    if (code != m_region) {
        m_region = code;
        emit regionChanged();
    }
}

void CrisisResourceModel::setLastError(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

} // namespace tideline::app

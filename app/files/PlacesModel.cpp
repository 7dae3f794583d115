#include "app/files/PlacesModel.h"

#include "app/VaultAccess.h"
#include "app/files/ChosenPath.h"
#include "core/files/LastFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace tideline::app {

namespace {

QString userName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QDir(QDir::homePath()).dirName() : user;
}

// The folder at a standard location when it exists and is not simply home again (Qt answers
// home for Desktop or Documents when the desktop has no such folder).
QString standardFolder(QStandardPaths::StandardLocation location)
{
    const QString path = QStandardPaths::writableLocation(location);
    if (path.isEmpty() || !QFileInfo(path).isDir() || QDir(path) == QDir::home()) {
        return {};
    }
    return QDir::cleanPath(path);
}

} // namespace

PlacesModel::PlacesModel(VaultAccess* vault, QObject* parent)
    : QAbstractListModel(parent), VaultClient(this), m_driveRoots(defaultDriveRoots())
{
    refresh();
    attachVault(vault);
}

void PlacesModel::vaultAttached()
{
    refresh(); // the last folder, kept in the vault, and the data folder to leave out
}

QStringList PlacesModel::defaultDriveRoots()
{
    // udisks mounts under /media/$USER on Debian and under /run/media/$USER on others; fstab
    // entries and older set-ups use /media itself.
    return {
        QStringLiteral("/media"), QStringLiteral("/media/") + userName(), QStringLiteral("/run/media/") + userName()};
}

int PlacesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant PlacesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Place& place = m_places.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return place.label;
    case PathRole:
        return place.path;
    case KindRole:
        return place.kind;
    default:
        return {};
    }
}

QHash<int, QByteArray> PlacesModel::roleNames() const
{
    return {{LabelRole, "label"}, {PathRole, "path"}, {KindRole, "kind"}};
}

void PlacesModel::setDriveRoots(const QStringList& roots)
{
    if (roots != m_driveRoots) {
        m_driveRoots = roots;
        emit driveRootsChanged();
        refresh();
    }
}

void PlacesModel::refresh()
{
    QList<Place> places;
    const VaultPaths paths = vaultPathsOf(vault());
    const auto add = [&](const QString& label, const QString& path, const QString& kind) {
        // A place twice (Documents is also the last folder) or inside the vault's own folder is
        // left out: the chooser never offers a place it would refuse.
        const bool known = std::any_of(places.cbegin(), places.cend(), [&](const Place& p) { return p.path == path; });
        if (!path.isEmpty() && !known && !paths.holds(path)) {
            places.append({label, path, kind});
        }
    };
    // The last folder first, unless it is one of the standard places, which keep their names.
    const QString documents = standardFolder(QStandardPaths::DocumentsLocation);
    const QString desktop = standardFolder(QStandardPaths::DesktopLocation);
    if (vaultOpen()) {
        const Result<QString> last = service<files::LastFolder>()->get();
        const QString folder = last ? QDir::cleanPath(last.value()) : QString();
        const bool standard = folder == QDir::homePath() || folder == documents || folder == desktop;
        if (!folder.isEmpty() && !standard && QFileInfo(folder).isDir()) {
            add(tr("Last used"), folder, QStringLiteral("last"));
        }
    }
    add(tr("Home"), QDir::homePath(), QStringLiteral("home"));
    add(tr("Documents"), documents, QStringLiteral("documents"));
    add(tr("Desktop"), desktop, QStringLiteral("desktop"));
    const QString user = userName();
    for (const QString& root : std::as_const(m_driveRoots)) {
        const QFileInfoList drives = QDir(root).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QFileInfo& drive : drives) {
            // /media/$USER holds the drives of this person; it is a root of its own, not a drive.
            const bool usersFolder = drive.fileName() == user && m_driveRoots.contains(drive.absoluteFilePath());
            if (!usersFolder && drive.isReadable()) {
                add(drive.fileName(), QDir::cleanPath(drive.absoluteFilePath()), QStringLiteral("drive"));
            }
        }
    }
    beginResetModel();
    m_places = places;
    endResetModel();
    emit countChanged();
}

} // namespace tideline::app

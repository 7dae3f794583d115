#include "app/files/FileChoice.h"

#include "app/VaultAccess.h"
#include "app/files/ChosenPath.h"
#include "core/files/FileRules.h"
#include "core/files/FolderListing.h"
#include "core/files/LastFolder.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>

namespace tideline::app {

Q_LOGGING_CATEGORY(lcFiles, "tideline.app.files")

FileChoice::FileChoice(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void FileChoice::vaultAttached()
{
    // Nothing to follow: the last folder is read when the chooser opens.
}

QString FileChoice::startFolder() const
{
    const VaultPaths paths = vaultPathsOf(vault());
    const auto usable = [&paths](const QString& folder) {
        return !folder.isEmpty() && QFileInfo(folder).isDir() && !paths.holds(folder);
    };
    if (vaultOpen()) {
        const Result<QString> last = service<files::LastFolder>()->get();
        if (last && usable(last.value())) {
            return QDir::cleanPath(last.value());
        }
    }
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (usable(documents)) {
        return QDir::cleanPath(documents);
    }
    return QDir::homePath();
}

QString FileChoice::folderNote(const QString& folder, bool saving) const
{
    const Status outside
        = files::refuseDataFolder(folder, vaultPathsOf(vault()), saving ? files::Purpose::Save : files::Purpose::Open);
    return outside ? QString() : outside.error().message;
}

QString FileChoice::typedFolder(const QString& typed, const QString& from)
{
    const Result<QString> folder = files::folderFromTyped(typed, from);
    setProblem(folder ? QString() : folder.error().message);
    return folder ? folder.value() : QString();
}

QString FileChoice::savePath(const QString& folder, const QString& name, const QStringList& nameFilters)
{
    const Result<QString> path
        = files::newFileIn(folder, name, files::extensionFromFilters(nameFilters), vaultPathsOf(vault()));
    if (!path) {
        setProblem(path.error().message);
        return {};
    }
    setProblem({});
    remember(QFileInfo(path.value()).absolutePath());
    return path.value();
}

QString FileChoice::openPath(const QString& path)
{
    const Result<QString> checked = checkedOpenPath(vault(), path);
    if (!checked) {
        setProblem(checked.error().message);
        return {};
    }
    setProblem({});
    remember(QFileInfo(checked.value()).absolutePath());
    return checked.value();
}

void FileChoice::remember(const QString& folder)
{
    if (!vaultOpen()) {
        return; // onboarding, or locked: nothing to keep it in, and nowhere else it may go
    }
    if (const Status kept = service<files::LastFolder>()->remember(folder); !kept) {
        // Not worth troubling the person: the chooser starts in Documents next time.
        qCInfo(lcFiles) << "last folder not kept:" << static_cast<int>(kept.code());
    }
}

void FileChoice::setProblem(const QString& problem)
{
    if (problem != m_problem) {
        m_problem = problem;
        emit problemChanged();
    }
}

} // namespace tideline::app

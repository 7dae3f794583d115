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

QString FileChoice::startFolder() const
{
    const VaultPaths vault = sessionVaultPaths();
    const auto usable = [&vault](const QString& folder) {
        return !folder.isEmpty() && QFileInfo(folder).isDir() && !vault.holds(folder);
    };
    if (Database* db = openDatabase()) {
        const Result<QString> last = files::LastFolder(*db).get();
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
        = files::refuseDataFolder(folder, sessionVaultPaths(), saving ? files::Purpose::Save : files::Purpose::Open);
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
        = files::newFileIn(folder, name, files::extensionFromFilters(nameFilters), sessionVaultPaths());
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
    const Result<QString> checked = checkedOpenPath(path);
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
    Database* db = openDatabase();
    if (db == nullptr) {
        return; // onboarding, or locked: nothing to keep it in, and nowhere else it may go
    }
    if (const Status kept = files::LastFolder(*db).remember(folder); !kept) {
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

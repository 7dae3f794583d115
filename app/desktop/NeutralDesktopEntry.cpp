#include "app/desktop/NeutralDesktopEntry.h"

#include "core/vault/AtomicFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace tideline::app {

namespace {

constexpr char kMarker[] = "X-Neutral-Override=true";

bool isOurs(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    // The override is a few hundred bytes; a larger file is not ours and need not be read whole.
    return file.read(4096).contains(kMarker);
}

} // namespace

QByteArray neutralDesktopEntry()
{
    // Not translated, like the window's neutral name (AppSettings::appName): "Notes" must not
    // depend on a translation being right. StartupWMClass matches the window class that neutral
    // mode gives the window (app/safety/NeutralName), so task bars pair the two.
    return QByteArrayLiteral("[Desktop Entry]\n"
                             "Type=Application\n"
                             "Name=Notes\n"
                             "Comment=Notes\n"
                             "Exec=tideline\n"
                             "TryExec=tideline\n"
                             "Icon=tideline-notes\n"
                             "Terminal=false\n"
                             "Categories=Office;\n"
                             "StartupNotify=true\n"
                             "StartupWMClass=Notes\n")
        + kMarker + '\n';
}

QString neutralDesktopEntryPath()
{
    // GenericDataLocation's first entry is $XDG_DATA_HOME, or ~/.local/share without it.
    const QString dataHome = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    if (dataHome.isEmpty()) {
        return {};
    }
    return QDir(dataHome).filePath(u"applications/"_s + QString::fromUtf16(kDesktopFileName));
}

Status writeNeutralDesktopEntry(const QString& path)
{
    if (path.isEmpty()) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("NeutralDesktopEntry",
                "The menu entry could not be changed: there is no folder for it in this account."));
    }
    if (QFileInfo::exists(path) && !isOurs(path)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("NeutralDesktopEntry",
                "The menu entry was not changed: one you made yourself is in %1, and it is left as it is.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        return writeError(EACCES, SavedFile::DesktopEntry);
    }
    if (QFileInfo::exists(path) && isOurs(path)) {
        QFile current(path);
        if (current.open(QIODevice::ReadOnly) && current.readAll() == neutralDesktopEntry()) {
            return {}; // already there, as it should be: nothing to write
        }
    }
    return writeFileAtomically(path, neutralDesktopEntry(), SavedFile::DesktopEntry);
}

Status removeNeutralDesktopEntry(const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path) || !isOurs(path)) {
        return {};
    }
    if (!QFile::remove(path)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("NeutralDesktopEntry",
                "The menu entry was not changed back: %1 could not be removed. Removing that file by "
                "hand gives the menu its usual entry again.")
                .arg(QDir::toNativeSeparators(path)));
    }
    return {};
}

} // namespace tideline::app

#include "core/files/FileRules.h"

#include "core/common/AppName.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <unistd.h>

namespace tideline::files {

namespace {

// Most Linux filesystems allow 255 bytes for one name.
constexpr qsizetype kMaxNameBytes = 255;

Error invalid(const QString& message)
{
    return Error::make(ErrorCode::InvalidInput, message);
}

bool hasControlCharacter(const QString& name)
{
    return std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
}

// access(2), not QFileInfo::isWritable: it asks the kernel, which also knows read-only mounts.
bool mayWriteInto(const QString& folder)
{
    return ::access(QFile::encodeName(folder).constData(), W_OK | X_OK) == 0;
}

bool mayRead(const QString& file)
{
    return ::access(QFile::encodeName(file).constData(), R_OK) == 0;
}

} // namespace

Status refuseDataFolder(const QString& path, const VaultPaths& vault, Purpose purpose)
{
    if (!vault.holds(path)) {
        return {};
    }
    if (purpose == Purpose::Save) {
        return invalid(QCoreApplication::translate("FileRules",
            "This is the folder where %1 keeps your encrypted vault. A file saved here would sit "
            "there unencrypted, so please choose another folder, such as Documents.")
                           .arg(appName()));
    }
    return invalid(QCoreApplication::translate("FileRules",
        "This is the folder where %1 keeps your encrypted vault, and nothing is brought in from "
        "there. Please choose a file from another folder.")
                       .arg(appName()));
}

Result<QString> newFileIn(const QString& folder, const QString& name, const QString& extension, const VaultPaths& vault)
{
    const QFileInfo where(folder);
    if (folder.trimmed().isEmpty() || !where.isAbsolute()) {
        return invalid(QCoreApplication::translate("FileRules", "Please choose a folder on this computer."));
    }
    if (!where.exists()) {
        return invalid(
            QCoreApplication::translate("FileRules", "The folder %1 is not there any more. Please choose another one.")
                .arg(QDir::toNativeSeparators(folder)));
    }
    if (!where.isDir()) {
        return invalid(QCoreApplication::translate("FileRules", "%1 is a file, not a folder. Please choose a folder.")
                           .arg(QDir::toNativeSeparators(folder)));
    }
    if (Status outside = refuseDataFolder(folder, vault, Purpose::Save); !outside) {
        return outside.error();
    }
    if (!mayWriteInto(folder)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate("FileRules",
                "This folder can't be written to (it may be read-only, or belong to someone else). "
                "Please choose another folder."));
    }
    QString fileName = name.trimmed();
    if (fileName.isEmpty()) {
        return invalid(QCoreApplication::translate("FileRules", "Please give the file a name."));
    }
    if (fileName.contains(QLatin1Char('/')) || hasControlCharacter(fileName) || fileName == QLatin1String(".")
        || fileName == QLatin1String("..")) {
        return invalid(QCoreApplication::translate(
            "FileRules", "A file name can't contain a slash or be “.” or “..”. Please choose another name."));
    }
    if (!extension.isEmpty() && !fileName.endsWith(extension, Qt::CaseInsensitive)) {
        fileName += extension;
    }
    if (QFile::encodeName(fileName).size() > kMaxNameBytes) {
        return invalid(
            QCoreApplication::translate("FileRules", "That name is too long for a file. Please choose a shorter one."));
    }
    const QString path = QDir::cleanPath(QDir(folder).absoluteFilePath(fileName));
    const QFileInfo taken(path);
    if (taken.isDir() && !taken.isSymLink()) {
        return invalid(QCoreApplication::translate("FileRules",
            "There is already a folder called %1 there. Please choose another name; nothing was "
            "replaced.")
                           .arg(fileName));
    }
    if (taken.exists() || taken.isSymLink()) {
        return invalid(QCoreApplication::translate("FileRules",
            "There is already a file called %1 there. Please choose another name; nothing was "
            "replaced.")
                           .arg(fileName));
    }
    // The folder was checked above; this catches a name that resolves back into the vault.
    if (Status outside = refuseDataFolder(path, vault, Purpose::Save); !outside) {
        return outside.error();
    }
    return path;
}

Result<QString> newFileAt(const QString& path, const QString& extension, const VaultPaths& vault)
{
    const QString trimmed = path.trimmed();
    if (trimmed.isEmpty() || trimmed.endsWith(QLatin1Char('/'))) {
        return invalid(QCoreApplication::translate("FileRules", "Please give the file a name."));
    }
    const qsizetype slash = trimmed.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash == 0 ? QStringLiteral("/") : trimmed.left(slash);
    return newFileIn(folder, trimmed.mid(slash + 1), extension, vault);
}

Result<QString> fileToOpen(const QString& path, const VaultPaths& vault)
{
    const QFileInfo info(path);
    if (path.trimmed().isEmpty() || !info.isAbsolute()) {
        return invalid(QCoreApplication::translate("FileRules", "Please choose a file on this computer."));
    }
    if (Status outside = refuseDataFolder(path, vault, Purpose::Open); !outside) {
        return outside.error();
    }
    if (!info.exists()) {
        return Error::make(ErrorCode::NotFound,
            QCoreApplication::translate("FileRules", "That file is no longer there. Please choose it again."));
    }
    if (info.isDir()) {
        return invalid(QCoreApplication::translate("FileRules", "%1 is a folder. Please choose a file inside it.")
                           .arg(info.fileName()));
    }
    if (!mayRead(path)) {
        return Error::make(ErrorCode::CannotWrite,
            QCoreApplication::translate(
                "FileRules", "That file can't be read (it may belong to someone else). Please choose another one."));
    }
    return QDir::cleanPath(info.absoluteFilePath());
}

Result<QString> folderFromTyped(const QString& typed, const QString& from)
{
    QString path = typed.trimmed();
    if (path.isEmpty()) {
        return invalid(QCoreApplication::translate("FileRules", "Type the path of a folder, for example ~/Documents."));
    }
    if (path == QLatin1String("~")) {
        path = QDir::homePath();
    } else if (path.startsWith(QLatin1String("~/"))) {
        path = QDir::homePath() + path.mid(1);
    } else if (!QDir::isAbsolutePath(path)) {
        path = QDir(from.isEmpty() ? QDir::homePath() : from).filePath(path);
    }
    path = QDir::cleanPath(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error::make(ErrorCode::NotFound,
            QCoreApplication::translate(
                "FileRules", "There is no folder called %1. Check the spelling, or choose one from the list.")
                .arg(QDir::toNativeSeparators(path)));
    }
    if (!info.isDir()) {
        return invalid(QCoreApplication::translate("FileRules", "%1 is a file, not a folder.")
                           .arg(QDir::toNativeSeparators(path)));
    }
    return path;
}

} // namespace tideline::files

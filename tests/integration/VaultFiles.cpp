#include "VaultFiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace tideline::test {

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

bool copyVault(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to)) {
        return false;
    }
    const QStringList names = QDir(from).entryList(QDir::Files | QDir::Hidden);
    if (names.isEmpty()) {
        return false;
    }
    for (const QString& name : names) {
        if (name == QStringLiteral("tideline.lock")) {
            continue;
        }
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite) || file.size() <= offset || !file.seek(offset)) {
        return false;
    }
    char byte = 0;
    if (!file.getChar(&byte) || !file.seek(offset)) {
        return false;
    }
    return file.putChar(static_cast<char>(~byte));
}

QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readFile(path).contains(needle)) {
            found.append(path);
        }
    }
    return found;
}

bool holdsNoVault(const QString& dir)
{
    const QDir d(dir);
    return !d.exists(QStringLiteral("keyslots")) && !d.exists(QStringLiteral("tideline.db"));
}

} // namespace tideline::test

#include "FileProbe.h"

#include <QDirIterator>
#include <QFile>

namespace tideline::test {

QStringList filesContaining(const QString& dir, const QString& needle)
{
    const QByteArray utf8 = needle.toUtf8();
    QByteArray utf16le;
    QByteArray utf16be;
    for (const QChar c : needle) {
        utf16le.append(static_cast<char>(c.unicode() & 0xff)).append(static_cast<char>(c.unicode() >> 8));
        utf16be.append(static_cast<char>(c.unicode() >> 8)).append(static_cast<char>(c.unicode() & 0xff));
    }
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QByteArray bytes = readAll(path);
        if (bytes.contains(utf8) || bytes.contains(utf16le) || bytes.contains(utf16be)) {
            hits.append(path);
        }
    }
    return hits;
}

QStringList filesContaining(const QString& dir, const QByteArray& needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (readAll(path).contains(needle)) {
            hits.append(path);
        }
    }
    return hits;
}

bool flipByte(const QString& path, qint64 offset)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite)) {
        return false;
    }
    const qint64 at = offset < 0 ? file.size() + offset : offset;
    if (at < 0 || at >= file.size() || !file.seek(at)) {
        return false;
    }
    char byte = 0;
    if (file.read(&byte, 1) != 1 || !file.seek(at)) {
        return false;
    }
    byte = static_cast<char>(~byte);
    return file.write(&byte, 1) == 1;
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

} // namespace tideline::test

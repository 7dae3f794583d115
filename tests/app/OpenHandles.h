#pragma once

#include <QDir>
#include <QFileInfo>
#include <QString>

namespace tideline::test {

// How many of this process's open files are the given one (for the vault's database: how many
// connections are still open), read from /proc/self/fd.
inline int openHandlesTo(const QString& path)
{
    const QString target = QFileInfo(path).canonicalFilePath();
    int open = 0;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString& fd : fds.entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::System)) {
        if (QFileInfo(fds.filePath(fd)).symLinkTarget() == target) {
            ++open;
        }
    }
    return open;
}

} // namespace tideline::test

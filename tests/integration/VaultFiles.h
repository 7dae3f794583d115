#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tideline::test {

QByteArray readFile(const QString& path);
bool writeFile(const QString& path, const QByteArray& bytes);

// Copies a vault's files (not the lock file of a process long gone) into a new folder.
bool copyVault(const QString& from, const QString& to);

// Inverts every bit of the byte at offset; false if the file is shorter.
bool flipByte(const QString& path, qint64 offset);

// The files under dir (recursively) whose bytes contain needle.
QStringList filesContaining(const QString& dir, const QByteArray& needle);

// True when dir holds none of a vault's files.
bool holdsNoVault(const QString& dir);

} // namespace tideline::test

#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tideline::test {

// Every regular file below dir whose bytes contain needle (as UTF-8, UTF-16LE or UTF-16BE).
QStringList filesContaining(const QString& dir, const QString& needle);
// The same for raw bytes, exactly as given (a secret read from a SecureBuffer, say).
QStringList filesContaining(const QString& dir, const QByteArray& needle);

// Flips every bit of the byte at offset (negative: from the end). Returns false if out of range.
bool flipByte(const QString& path, qint64 offset);

QByteArray readAll(const QString& path);
bool writeAll(const QString& path, const QByteArray& bytes);

} // namespace tideline::test

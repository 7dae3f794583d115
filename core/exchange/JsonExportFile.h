#pragma once

#include "core/common/Result.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>
#include <QString>

#include <memory>

namespace tideline::exchange {

// A Tideline JSON export read from disk without holding its attachments: the document with
// every attachment's "data" string emptied (small enough for QJsonDocument, with the same line
// numbers as the file), and where each of those strings is in the file, to be decoded a piece
// at a time during the import.
struct SplitExport
{
    QByteArray document;
    // Indexed like the "attachments" list: the data string's first byte (after its quote) and
    // length in the file; {-1, 0} for an attachment without "data".
    QList<QPair<qint64, qint64>> dataRanges;
};

// Reads the file once, byte by byte through a small state machine of JSON's syntax (strings,
// escapes, nesting); only `root.attachments[*].data` strings are left out. The document is
// limited to maxDocumentBytes (the import's usual limit); the attachments are not.
Result<SplitExport> splitExportFile(const QString& path, qint64 maxDocumentBytes);

// The bytes of one base64 string inside a file (a range from SplitExport), decoded as they are
// read. JSON's "\/" escape is understood; anything else that is not base64 makes reads fail.
std::unique_ptr<QIODevice> openBase64Range(const QString& path, qint64 offset, qint64 length);

} // namespace tideline::exchange

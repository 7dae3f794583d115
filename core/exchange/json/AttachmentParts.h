#pragma once

#include "core/common/Result.h"
#include "core/exchange/json/JsonSections.h"

#include <QByteArray>
#include <QIODevice>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace tideline::exchange {

// How an export writes a file's bytes (export version 3, docs/RECORDS-FORMAT.md): the file's
// record holds the first part in "data" and says how many parts there are in "parts"; each
// further part is a record of its own right after it, {"part_of": uid, "part": n, "data": …}.
// A record therefore never holds more than kAttachmentPartBytes of a file (about 4 MiB of
// base64), far under the largest record an import reads (kMaxJsonRecordBytes), whatever the
// file's size. Version 1 and 2 files have no "parts": all the bytes are in the one "data".
inline constexpr qint64 kAttachmentPartBytes = 3 * 1024 * 1024; // a multiple of 3: no padding inside
// More parts than any file Tideline keeps could need, even written in small parts by hand.
inline constexpr qint64 kMaxAttachmentParts = 100'000;

// The bytes of one file as an import reads them: decoded from the head record's "data", then
// from each part record as the reader gets to it (only one part in memory at a time). A part
// that is missing, out of order, for another file, not base64, or bytes more or fewer than the
// file's "size", stop the reading with a message naming the place; failure() holds it.
class AttachmentPartsDevice : public QIODevice
{
public:
    struct Head
    {
        QString where; // attachments[i]
        QString uid;
        qint64 size = 0;
        qint64 parts = 1;
        QJsonValue firstData;
    };

    AttachmentPartsDevice(JsonImportContext& context, JsonRecords& records, Head head);
    ~AttachmentPartsDevice() override;

    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    // Why reading stopped, when it was not the end of the file's bytes.
    const std::optional<Error>& failure() const { return m_failure; }
    // Reads (and checks) every part not read yet, then that the parts held exactly the file's
    // size: after the store read to the end, or for a file the vault keeps already.
    Status readToEnd();

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    // Decodes the next part into m_piece; false (with m_failure) when it cannot.
    bool loadPart();
    bool fail(Error error);
    void wipePiece();

    JsonImportContext& m_context;
    JsonRecords& m_records;
    Head m_head;
    qint64 m_partsRead = 0;
    qint64 m_decoded = 0; // bytes of the file decoded so far
    QByteArray m_piece;
    qsizetype m_pos = 0;
    std::optional<Error> m_failure;
};

} // namespace tideline::exchange

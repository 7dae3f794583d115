#include "core/exchange/json/AttachmentParts.h"

#include "core/attachments/AttachmentStore.h"
#include "core/exchange/json/JsonFields.h"
#include "core/exchange/json/RecordsReader.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <cstring>

namespace tideline::exchange {

AttachmentPartsDevice::AttachmentPartsDevice(JsonImportContext& context, JsonRecords& records, Head head)
    : m_context(context), m_records(records), m_head(std::move(head))
{
    // Unbuffered: QIODevice keeps no copy of the bytes beside m_piece.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

AttachmentPartsDevice::~AttachmentPartsDevice()
{
    wipePiece();
}

void AttachmentPartsDevice::wipePiece()
{
    m_piece.fill('\0');
    m_piece.clear();
    m_pos = 0;
}

bool AttachmentPartsDevice::atEnd() const
{
    return m_failure || (m_pos == m_piece.size() && m_partsRead == m_head.parts);
}

qint64 AttachmentPartsDevice::bytesAvailable() const
{
    return m_piece.size() - m_pos;
}

bool AttachmentPartsDevice::fail(Error error)
{
    if (!m_failure) {
        m_failure = std::move(error);
        setErrorString(m_failure->message);
    }
    wipePiece();
    return false;
}

bool AttachmentPartsDevice::loadPart()
{
    QJsonValue data;
    QString where = m_head.where;
    if (m_partsRead == 0) {
        data = m_head.firstData;
    } else {
        const std::optional<JsonRecords::Record> record = m_context.next(m_records);
        if (m_context.stopped) {
            return fail(Progress::cancelled(QCoreApplication::translate("JsonImport", "Nothing was imported.")));
        }
        if (!record) {
            if (!m_records.status()) {
                return fail(m_records.status().error());
            }
            return fail(recordsInvalid(QCoreApplication::translate("Exchange",
                "%1: the file's bytes stop after part %2 of %3, so the file is incomplete. Nothing was imported.")
                                           .arg(m_head.where)
                                           .arg(m_partsRead)
                                           .arg(m_head.parts)));
        }
        where = recordPath("attachments", record->index);
        const QJsonObject part = record->value.toObject();
        if (part.value(QLatin1String("part_of")).toString() != m_head.uid
            || part.value(QLatin1String("part")).toInteger(-1) != m_partsRead + 1) {
            return fail(recordsInvalid(QCoreApplication::translate("Exchange",
                "%1: should be part %2 of the file in %3 (\"part_of\" and \"part\"), so the file is incomplete. "
                "Nothing was imported.")
                                           .arg(where)
                                           .arg(m_partsRead + 1)
                                           .arg(m_head.where)));
        }
        data = part.value(QLatin1String("data"));
    }
    if (!data.isString()) {
        return fail(recordsInvalid(QCoreApplication::translate(
            "Exchange", "%1: is missing: the file's bytes are not there. Nothing was imported.")
                                       .arg(where + QStringLiteral(".data"))));
    }
    auto decoded = QByteArray::fromBase64Encoding(data.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        return fail(recordsInvalid(QCoreApplication::translate("Exchange", "%1: is not base64. Nothing was imported.")
                                       .arg(where + QStringLiteral(".data"))));
    }
    ++m_partsRead;
    wipePiece();
    m_piece = std::move(*decoded);
    m_decoded += m_piece.size();
    if (m_decoded > m_head.size) {
        return fail(recordsInvalid(QCoreApplication::translate("Exchange",
            "%1: holds more bytes than the %2 its \"size\" says, so the file may be damaged or changed. "
            "Nothing was imported.")
                                       .arg(m_head.where, attachments::sizeText(m_head.size))));
    }
    return true;
}

qint64 AttachmentPartsDevice::readData(char* data, qint64 maxSize)
{
    if (m_failure) {
        return -1;
    }
    // An empty part (allowed: it changes nothing) is passed over.
    while (m_pos == m_piece.size()) {
        if (m_partsRead == m_head.parts) {
            return 0; // the end of the file's bytes: atEnd() says so
        }
        if (!loadPart()) {
            return -1;
        }
    }
    const qint64 n = qMin<qint64>(maxSize, m_piece.size() - m_pos);
    std::memcpy(data, m_piece.constData() + m_pos, static_cast<size_t>(n));
    m_pos += n;
    return n;
}

Status AttachmentPartsDevice::readToEnd()
{
    // Parts the store did not read (a file the vault keeps already, or empty parts at the end)
    // must still be there, in order, and valid.
    while (!m_failure && m_partsRead < m_head.parts) {
        loadPart();
    }
    if (!m_failure && m_decoded != m_head.size) {
        fail(recordsInvalid(QCoreApplication::translate("Exchange",
            "%1: holds fewer bytes than the %2 its \"size\" says, so the file may be damaged or changed. "
            "Nothing was imported.")
                                .arg(m_head.where, attachments::sizeText(m_head.size))));
    }
    if (m_failure) {
        return *m_failure;
    }
    wipePiece();
    return {};
}

} // namespace tideline::exchange

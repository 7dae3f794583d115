#include "core/attachments/MetadataScanner.h"

#include "core/attachments/ExifReader.h"

#include <QtEndian>

namespace tideline::attachments {

namespace {

constexpr qsizetype kMaxCapture = 65536; // a JPEG segment cannot be longer

quint16 be16(const QByteArray& b, qsizetype at)
{
    return qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(b.constData() + at));
}

quint32 be32(const QByteArray& b, qsizetype at)
{
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(b.constData() + at));
}

quint32 le32(const QByteArray& b, qsizetype at)
{
    return qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(b.constData() + at));
}

} // namespace

MetadataScanner::MetadataScanner(const QString& mime)
{
    if (mime == QLatin1String("image/jpeg")) {
        m_format = Format::Jpeg;
        need(2, Part::Start);
    } else if (mime == QLatin1String("image/png")) {
        m_format = Format::Png;
        need(8, Part::Start);
    } else if (mime == QLatin1String("image/webp")) {
        m_format = Format::Webp;
        need(12, Part::Start);
    } else {
        m_step = Step::Done;
    }
}

void MetadataScanner::need(qsizetype bytes, Part part)
{
    m_step = Step::Header;
    m_part = part;
    m_need = bytes;
    m_header.clear();
}

void MetadataScanner::skip(qint64 bytes, Part next)
{
    m_next = next;
    m_remaining = bytes;
    m_step = Step::Skip;
    if (bytes <= 0) {
        afterBody();
    }
}

void MetadataScanner::capture(qint64 bytes, Part next)
{
    m_next = next;
    m_remaining = bytes;
    m_captured.clear();
    m_step = Step::Capture;
    if (bytes <= 0) {
        onCaptured();
    }
}

void MetadataScanner::feed(const char* data, qsizetype size)
{
    qsizetype at = 0;
    while (at < size) {
        switch (m_step) {
        case Step::Done:
            if (m_format == Format::Jpeg && m_part == Part::JpegAfterEnd) {
                // Bytes after the end of the image; padding (zeros) is common and harmless.
                for (; at < size && !m_details.trailer; ++at) {
                    m_details.trailer = data[at] != 0;
                }
            }
            return;
        case Step::Header: {
            const qsizetype take = qMin(m_need - m_header.size(), size - at);
            m_header.append(data + at, take);
            at += take;
            if (m_header.size() == m_need) {
                onHeader();
            }
            break;
        }
        case Step::Entropy: {
            // Inside the data 0xFF is always followed by 0x00 or a restart marker; anything
            // else is the next marker (another scan of a progressive JPEG, or the end).
            const auto* bytes = reinterpret_cast<const uchar*>(data);
            for (; at < size; ++at) {
                if (m_sawFF) {
                    m_sawFF = false;
                    const uchar c = bytes[at];
                    if (c == 0x00 || (c >= 0xD0 && c <= 0xD7) || c == 0xFF) {
                        m_sawFF = c == 0xFF;
                        continue;
                    }
                    m_header = QByteArray("\xFF", 1);
                    m_header.append(static_cast<char>(c));
                    ++at;
                    m_part = Part::JpegMarker;
                    m_step = Step::Header;
                    m_need = 2;
                    onHeader();
                    break;
                }
                if (bytes[at] == 0xFF) {
                    m_sawFF = true;
                }
            }
            break;
        }
        case Step::Skip: {
            const qint64 take = qMin<qint64>(m_remaining, size - at);
            at += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                afterBody();
            }
            break;
        }
        case Step::Capture: {
            const qint64 take = qMin<qint64>(m_remaining, size - at);
            const qsizetype keep = qMin<qsizetype>(take, kMaxCapture - m_captured.size());
            if (keep > 0) {
                m_captured.append(data + at, keep);
            }
            at += take;
            m_remaining -= take;
            if (m_remaining == 0) {
                onCaptured();
            }
            break;
        }
        }
    }
}

PictureDetails MetadataScanner::finish()
{
    return m_details;
}

void MetadataScanner::onHeader()
{
    switch (m_part) {
    case Part::Start:
        if (m_format == Format::Jpeg) {
            if (be16(m_header, 0) != 0xFFD8) {
                m_step = Step::Done;
                return;
            }
            need(2, Part::JpegMarker);
        } else if (m_format == Format::Png) {
            need(8, Part::PngChunk);
        } else {
            need(8, Part::RiffChunk);
        }
        return;
    case Part::JpegMarker:
        jpegMarker();
        return;
    case Part::JpegLength:
        jpegSegment();
        return;
    case Part::PngChunk:
        pngChunk();
        return;
    case Part::RiffChunk:
        riffChunk();
        return;
    case Part::JpegAfterEnd:
    case Part::JpegEntropy:
    case Part::PngCrc:
        m_step = Step::Done;
        return;
    }
}

void MetadataScanner::jpegMarker()
{
    const auto first = static_cast<quint8>(m_header.at(0));
    const auto second = static_cast<quint8>(m_header.at(1));
    if (first != 0xFF) {
        m_step = Step::Done; // not where a marker should be: stop, keep what was found
        return;
    }
    if (second == 0xFF) {
        // Fill bytes before a marker: the second 0xFF may be the start of the real one.
        m_header = m_header.right(1);
        m_need = 2;
        m_step = Step::Header;
        return;
    }
    m_marker = second;
    if (second == 0xD9) {
        // End of image: anything after it is a trailer.
        m_part = Part::JpegAfterEnd;
        m_step = Step::Done;
        return;
    }
    if (second == 0xDA) {
        // Start of scan: its header, then entropy-coded data up to the next marker.
        need(2, Part::JpegLength);
        return;
    }
    if ((second >= 0xD0 && second <= 0xD7) || second == 0x01) {
        need(2, Part::JpegMarker); // markers without a length
        return;
    }
    need(2, Part::JpegLength);
}

void MetadataScanner::jpegSegment()
{
    const qint64 length = be16(m_header, 0);
    if (length < 2) {
        m_step = Step::Done;
        return;
    }
    const qint64 body = length - 2;
    if (m_marker == 0xDA) {
        skip(body, Part::JpegEntropy);
        return;
    }
    if (m_marker == 0xE1) {
        capture(body, Part::JpegMarker); // EXIF or XMP: looked at in onCaptured()
        return;
    }
    if (m_marker == 0xED) {
        m_details.iptc = true; // Photoshop 3.0 / IPTC
    } else if (m_marker == 0xFE) {
        m_details.comment = true;
    }
    skip(body, Part::JpegMarker);
}

void MetadataScanner::pngChunk()
{
    const qint64 length = be32(m_header, 0);
    m_chunkType = m_header.mid(4, 4);
    if (m_chunkType == "IEND") {
        m_step = Step::Done;
        return;
    }
    if (m_chunkType == "eXIf") {
        capture(length, Part::PngChunk);
        return;
    }
    if (m_chunkType == "tEXt" || m_chunkType == "zTXt") {
        m_details.text = true;
    } else if (m_chunkType == "iTXt") {
        m_details.text = true;
        capture(length, Part::PngChunk); // the keyword says whether it is XMP
        return;
    } else if (m_chunkType == "tIME") {
        m_details.time = true;
    }
    skip(length, Part::PngChunk);
}

void MetadataScanner::riffChunk()
{
    const qint64 length = le32(m_header, 4);
    m_chunkType = m_header.left(4);
    m_riffPad = (length % 2) != 0;
    if (m_chunkType == "EXIF") {
        capture(length, Part::RiffChunk);
        return;
    }
    if (m_chunkType == "XMP ") {
        m_details.xmp = true;
    }
    skip(length, Part::RiffChunk);
}

void MetadataScanner::onCaptured()
{
    if (m_format == Format::Jpeg) {
        if (m_captured.startsWith(QByteArrayView("Exif\0\0", 6))) {
            readExif(m_captured, m_details);
        } else if (m_captured.startsWith("http://ns.adobe.com/xap/1.0/")
            || m_captured.startsWith("http://ns.adobe.com/xmp/extension/")) {
            m_details.xmp = true;
        }
    } else if (m_format == Format::Png && m_chunkType == "eXIf") {
        readExif(m_captured, m_details);
    } else if (m_format == Format::Png && m_chunkType == "iTXt") {
        if (m_captured.startsWith(QByteArrayView("XML:com.adobe.xmp\0", 18))) {
            m_details.xmp = true;
        }
    } else if (m_format == Format::Webp && m_chunkType == "EXIF") {
        readExif(m_captured, m_details);
    }
    m_captured.clear();
    afterBody();
}

void MetadataScanner::afterBody()
{
    switch (m_next) {
    case Part::JpegMarker:
        need(2, Part::JpegMarker);
        return;
    case Part::JpegEntropy:
        m_step = Step::Entropy;
        m_sawFF = false;
        return;
    case Part::PngChunk:
        skip(4, Part::PngCrc); // the chunk's CRC
        return;
    case Part::PngCrc:
        need(8, Part::PngChunk);
        return;
    case Part::RiffChunk:
        if (m_riffPad) {
            m_riffPad = false;
            skip(1, Part::RiffChunk);
            return;
        }
        need(8, Part::RiffChunk);
        return;
    default:
        m_step = Step::Done;
        return;
    }
}

PictureDetails scanPictureDetails(const QString& mime, const QByteArray& bytes)
{
    MetadataScanner scanner(mime);
    scanner.feed(bytes);
    return scanner.finish();
}

} // namespace tideline::attachments

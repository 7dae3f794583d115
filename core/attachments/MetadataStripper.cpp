#include "core/attachments/MetadataStripper.h"
#include "core/common/AppName.h"

#include "core/attachments/ExifReader.h"
#include "core/attachments/ExifWriter.h"
#include "core/attachments/MediaType.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QtEndian>

namespace tideline::attachments {

namespace {

Error cannotFollow()
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Attachments",
            "This picture is damaged or unusual, so %1 cannot be sure of removing its hidden details. No copy "
            "was made. You can save the original as it is instead.")
            .arg(appName()));
}

Error readFailed()
{
    return Error::make(ErrorCode::DamagedDatabase,
        QCoreApplication::translate("Attachments", "The picture could not be read from the vault."));
}

// Buffered reading from a device, for walking a file's structure byte by byte.
class Source
{
public:
    explicit Source(QIODevice& device) : m_device(device) {}

    // Exactly n bytes into out; false at the end of the file (or on a read error).
    bool read(qint64 n, QByteArray& out)
    {
        out.clear();
        while (out.size() < n) {
            if (!fill()) {
                return false;
            }
            const qsizetype take = qMin<qint64>(n - out.size(), m_buffer.size() - m_pos);
            out.append(m_buffer.constData() + m_pos, take);
            m_pos += take;
        }
        return true;
    }
    // One byte; -1 at the end.
    int byte()
    {
        if (!fill()) {
            return -1;
        }
        return static_cast<uchar>(m_buffer.at(m_pos++));
    }
    // Passes n bytes to out (or drops them when out is null).
    Status copy(qint64 n, const ByteSink* out)
    {
        while (n > 0) {
            if (!fill()) {
                return cannotFollow();
            }
            const qsizetype take = qMin<qint64>(n, m_buffer.size() - m_pos);
            if (out) {
                if (Status s = (*out)(m_buffer.constData() + m_pos, take); !s) {
                    return s;
                }
            }
            m_pos += take;
            n -= take;
        }
        return {};
    }
    bool failed() const { return m_failed; }

    // Entropy-coded JPEG data: passes bytes to out up to the next marker, and returns the
    // marker's second byte; -1 at the end of the file.
    int copyToMarker(const ByteSink& out, Status& status)
    {
        for (;;) {
            if (!fill()) {
                return -1;
            }
            const auto* bytes = reinterpret_cast<const uchar*>(m_buffer.constData());
            qsizetype i = m_pos;
            const qsizetype end = m_buffer.size();
            for (; i < end; ++i) {
                if (m_pendingFF) {
                    m_pendingFF = false;
                    const uchar c = bytes[i];
                    if (c == 0x00 || (c >= 0xD0 && c <= 0xD7)) {
                        continue; // stuffed byte or restart marker: part of the data
                    }
                    if (c == 0xFF) {
                        m_pendingFF = true;
                        continue;
                    }
                    // i - 1 (or the previous buffer's last byte) is the 0xFF of this marker.
                    const qsizetype dataEnd = i - 1;
                    if (dataEnd > m_pos) {
                        status = out(m_buffer.constData() + m_pos, dataEnd - m_pos);
                    }
                    m_pos = i + 1;
                    return status ? c : -1;
                }
                if (bytes[i] == 0xFF) {
                    m_pendingFF = true;
                }
            }
            // Keep a trailing 0xFF back: it may begin a marker in the next buffer.
            const qsizetype keep = m_pendingFF ? 1 : 0;
            if (end - keep > m_pos) {
                status = out(m_buffer.constData() + m_pos, end - keep - m_pos);
                if (!status) {
                    return -1;
                }
            }
            m_pos = end - keep;
            if (keep) {
                // Carry the 0xFF into the next buffer without writing it yet.
                m_buffer = QByteArray(1, '\xFF');
                m_pos = 0;
                if (!fillMore()) {
                    m_buffer.clear();
                    return -1; // a file that ends on 0xFF: the lone byte is dropped
                }
                m_pendingFF = false; // rescanned from m_pos, which is the 0xFF itself
            }
        }
    }

private:
    bool fill()
    {
        if (m_pos < m_buffer.size()) {
            return true;
        }
        m_buffer.clear();
        m_pos = 0;
        return fillMore();
    }
    bool fillMore()
    {
        constexpr qint64 kBlock = 64 * 1024;
        QByteArray more(kBlock, Qt::Uninitialized);
        const qint64 got = m_device.read(more.data(), kBlock);
        if (got < 0) {
            m_failed = true;
            return false;
        }
        if (got == 0) {
            return false;
        }
        m_buffer.append(more.constData(), got);
        return true;
    }

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_pendingFF = false;
    bool m_failed = false;
};

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

Status write(const ByteSink& out, const QByteArray& bytes)
{
    return out(bytes.constData(), bytes.size());
}

Status stripJpeg(QIODevice& in, const ByteSink& out)
{
    Source source(in);
    QByteArray bytes;
    if (!source.read(2, bytes) || bytes != QByteArray("\xFF\xD8", 2)) {
        return cannotFollow();
    }
    if (Status s = write(out, bytes); !s) {
        return s;
    }
    bool orientationWritten = false;
    int pending = -1; // a marker found at the end of entropy-coded data
    for (;;) {
        int marker = pending;
        pending = -1;
        if (marker < 0) {
            int first = source.byte();
            if (first != 0xFF) {
                return source.failed() ? readFailed() : cannotFollow();
            }
            do {
                marker = source.byte();
            } while (marker == 0xFF);
            if (marker < 0) {
                return source.failed() ? readFailed() : cannotFollow();
            }
        }
        if (marker == 0xD9) {
            return write(out, QByteArray("\xFF\xD9", 2)); // the end: anything after it is left out
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            if (Status s = write(out, QByteArray(1, '\xFF') + char(marker)); !s) {
                return s;
            }
            continue;
        }
        if (!source.read(2, bytes)) {
            return cannotFollow();
        }
        const int length = qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(bytes.constData()));
        if (length < 2) {
            return cannotFollow();
        }
        const QByteArray header = QByteArray(1, '\xFF') + char(marker) + bytes;
        const qint64 body = length - 2;
        const bool app = marker >= 0xE0 && marker <= 0xEF;
        if (marker == 0xE1 || marker == 0xE2 || marker == 0xE0) {
            QByteArray payload;
            if (!source.read(body, payload)) {
                return cannotFollow();
            }
            if (marker == 0xE1) {
                PictureDetails details;
                if (payload.startsWith(QByteArrayView("Exif\0\0", 6))) {
                    readExif(payload, details);
                }
                if (details.orientation != 1 && !orientationWritten) {
                    if (Status s = write(out, exifSegment(ExifFields{details.orientation, {}, {}, {}, {}, {}})); !s) {
                        return s;
                    }
                    orientationWritten = true;
                }
                continue; // EXIF and XMP are left out
            }
            if (marker == 0xE2 && !payload.startsWith(QByteArrayView("ICC_PROFILE\0", 12))) {
                continue; // FlashPix, multi-picture index: left out; the colour profile stays
            }
            if (marker == 0xE0) {
                if (!payload.startsWith(QByteArrayView("JFIF\0", 5)) || payload.size() < 14) {
                    continue; // JFXX thumbnails and the like
                }
                // JFIF without its (optional) thumbnail.
                payload.truncate(14);
                payload[12] = 0;
                payload[13] = 0;
                if (Status s = write(out, QByteArray("\xFF\xE0", 2) + be16(16) + payload); !s) {
                    return s;
                }
                continue;
            }
            if (Status s = write(out, header + payload); !s) {
                return s;
            }
            continue;
        }
        const bool keep = !(app && marker != 0xEE) && marker != 0xFE; // Adobe APP14 is needed to decode
        if (keep) {
            if (Status s = write(out, header); !s) {
                return s;
            }
        }
        if (Status s = source.copy(body, keep ? &out : nullptr); !s) {
            return s;
        }
        if (marker == 0xDA) {
            Status status;
            pending = source.copyToMarker(out, status);
            if (!status) {
                return status;
            }
            if (pending < 0) {
                // The data ran to the end of the file without an end marker (a cut-off picture):
                // the copy ends the same way.
                return source.failed() ? readFailed() : Status{};
            }
        }
    }
}

Status stripPng(QIODevice& in, const ByteSink& out)
{
    Source source(in);
    QByteArray bytes;
    if (!source.read(8, bytes) || bytes != QByteArray("\x89PNG\r\n\x1A\n", 8)) {
        return cannotFollow();
    }
    if (Status s = write(out, bytes); !s) {
        return s;
    }
    for (;;) {
        if (!source.read(8, bytes)) {
            return source.failed() ? readFailed() : cannotFollow();
        }
        const qint64 length = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(bytes.constData()));
        const QByteArray type = bytes.mid(4, 4);
        const bool drop = type == "tEXt" || type == "zTXt" || type == "iTXt" || type == "eXIf" || type == "tIME";
        if (!drop) {
            if (Status s = write(out, bytes); !s) {
                return s;
            }
        }
        if (Status s = source.copy(length + 4, drop ? nullptr : &out); !s) {
            return s;
        }
        if (type == "IEND") {
            return {}; // anything after the end is left out
        }
    }
}

Status stripWebp(QIODevice& in, const ByteSink& out)
{
    if (in.isSequential()) {
        return cannotFollow();
    }
    const qint64 start = in.pos();
    const QByteArray riff = in.read(12);
    if (riff.size() != 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WEBP") {
        return cannotFollow();
    }
    struct Chunk
    {
        qint64 at;
        qint64 length; // header and padding included
        QByteArray type;
    };
    QList<Chunk> kept;
    qint64 keptBytes = 0;
    const qint64 end = start + 8 + qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(riff.constData() + 4));
    qint64 at = start + 12;
    while (at + 8 <= end) {
        if (!in.seek(at)) {
            return readFailed();
        }
        const QByteArray header = in.read(8);
        if (header.size() != 8) {
            return cannotFollow();
        }
        const qint64 size = qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(header.constData() + 4));
        const qint64 total = 8 + size + (size % 2);
        const QByteArray type = header.left(4);
        if (type != "EXIF" && type != "XMP ") {
            kept.append({at, total, type});
            keptBytes += total;
        }
        at += total;
    }
    if (at > end + 1 || kept.isEmpty()) {
        return cannotFollow();
    }
    QByteArray header("RIFF", 4);
    QByteArray size(4, '\0');
    qToLittleEndian<quint32>(static_cast<quint32>(4 + keptBytes), size.data());
    if (Status s = write(out, header + size + QByteArray("WEBP", 4)); !s) {
        return s;
    }
    for (const Chunk& chunk : std::as_const(kept)) {
        if (!in.seek(chunk.at)) {
            return readFailed();
        }
        Source source(in);
        if (chunk.type == "VP8X") {
            // The extended header's flags say which chunks follow: EXIF (0x08) and XMP (0x04) no more.
            QByteArray first;
            if (!source.read(9, first)) {
                return cannotFollow();
            }
            first[8] = static_cast<char>(static_cast<uchar>(first.at(8)) & ~0x0C);
            if (Status s = write(out, first); !s) {
                return s;
            }
            if (Status s = source.copy(chunk.length - 9, &out); !s) {
                return s;
            }
            continue;
        }
        if (Status s = source.copy(chunk.length, &out); !s) {
            return s;
        }
    }
    return {};
}

} // namespace

Status stripPictureDetails(const QString& mime, QIODevice& in, const ByteSink& out)
{
    if (mime == QLatin1String("image/jpeg")) {
        return stripJpeg(in, out);
    }
    if (mime == QLatin1String("image/png")) {
        return stripPng(in, out);
    }
    if (mime == QLatin1String("image/webp")) {
        return stripWebp(in, out);
    }
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Attachments",
            "%1 can remove hidden details from JPEG, PNG and WebP "
            "pictures only. Save the original as it is instead.")
            .arg(appName()));
}

} // namespace tideline::attachments

#include "core/attachments/MetadataStripper.h"
#include "core/common/AppName.h"

#include "core/attachments/ExifReader.h"
#include "core/attachments/ExifWriter.h"
#include "core/attachments/MediaType.h"
#include "core/attachments/PictureSource.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QtEndian>

namespace tideline::attachments {

namespace {

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
    PictureSource source(in);
    QByteArray bytes;
    if (!source.read(2, bytes) || bytes != QByteArray("\xFF\xD8", 2)) {
        return cannotFollowPicture();
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
                return source.failed() ? pictureReadFailed() : cannotFollowPicture();
            }
            do {
                marker = source.byte();
            } while (marker == 0xFF);
            if (marker < 0) {
                return source.failed() ? pictureReadFailed() : cannotFollowPicture();
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
            return cannotFollowPicture();
        }
        const int length = qFromBigEndian<quint16>(reinterpret_cast<const uchar*>(bytes.constData()));
        if (length < 2) {
            return cannotFollowPicture();
        }
        const QByteArray header = QByteArray(1, '\xFF') + char(marker) + bytes;
        const qint64 body = length - 2;
        const bool app = marker >= 0xE0 && marker <= 0xEF;
        if (marker == 0xE1 || marker == 0xE2 || marker == 0xE0) {
            QByteArray payload;
            if (!source.read(body, payload)) {
                return cannotFollowPicture();
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
                return source.failed() ? pictureReadFailed() : Status{};
            }
        }
    }
}

Status stripPng(QIODevice& in, const ByteSink& out)
{
    PictureSource source(in);
    QByteArray bytes;
    if (!source.read(8, bytes) || bytes != QByteArray("\x89PNG\r\n\x1A\n", 8)) {
        return cannotFollowPicture();
    }
    if (Status s = write(out, bytes); !s) {
        return s;
    }
    for (;;) {
        if (!source.read(8, bytes)) {
            return source.failed() ? pictureReadFailed() : cannotFollowPicture();
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
        return cannotFollowPicture();
    }
    const qint64 start = in.pos();
    const QByteArray riff = in.read(12);
    if (riff.size() != 12 || !riff.startsWith("RIFF") || riff.mid(8, 4) != "WEBP") {
        return cannotFollowPicture();
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
            return pictureReadFailed();
        }
        const QByteArray header = in.read(8);
        if (header.size() != 8) {
            return cannotFollowPicture();
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
        return cannotFollowPicture();
    }
    QByteArray header("RIFF", 4);
    QByteArray size(4, '\0');
    qToLittleEndian<quint32>(static_cast<quint32>(4 + keptBytes), size.data());
    if (Status s = write(out, header + size + QByteArray("WEBP", 4)); !s) {
        return s;
    }
    for (const Chunk& chunk : std::as_const(kept)) {
        if (!in.seek(chunk.at)) {
            return pictureReadFailed();
        }
        PictureSource source(in);
        if (chunk.type == "VP8X") {
            // The extended header's flags say which chunks follow: EXIF (0x08) and XMP (0x04) no more.
            QByteArray first;
            if (!source.read(9, first)) {
                return cannotFollowPicture();
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

#include "core/attachments/ExifWriter.h"

#include <QList>
#include <QtEndian>

#include <cmath>

namespace tideline::attachments {

namespace {

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

struct Field
{
    quint16 tag;
    quint16 type; // 2 ASCII, 3 SHORT, 4 LONG, 5 RATIONAL
    quint32 count;
    QByteArray value; // big-endian bytes
};

Field ascii(quint16 tag, const QString& text)
{
    const QByteArray bytes = text.toLatin1() + '\0';
    return {tag, 2, static_cast<quint32>(bytes.size()), bytes};
}

Field rationalDegrees(quint16 tag, double degrees)
{
    const double value = std::fabs(degrees);
    const auto whole = static_cast<quint32>(value);
    const double minutesFull = (value - whole) * 60.0;
    const auto minutes = static_cast<quint32>(minutesFull);
    const auto seconds = static_cast<quint32>(std::lround((minutesFull - minutes) * 60.0 * 10000.0));
    return {tag, 5, 3, be32(whole) + be32(1) + be32(minutes) + be32(1) + be32(seconds) + be32(10000)};
}

// A directory at offset `at` of the block, with values that do not fit in 4 bytes after it.
// Returns the directory and its values; pointers to sub-directories are patched by the caller.
QByteArray directory(const QList<Field>& fields, quint32 at)
{
    QByteArray entries = be16(static_cast<quint16>(fields.size()));
    QByteArray values;
    const quint32 valuesAt = at + 2 + 12 * fields.size() + 4;
    for (const Field& f : fields) {
        entries += be16(f.tag) + be16(f.type) + be32(f.count);
        if (f.value.size() <= 4) {
            entries += f.value + QByteArray(4 - f.value.size(), '\0');
        } else {
            entries += be32(valuesAt + values.size());
            values += f.value;
            if (values.size() % 2) {
                values += '\0';
            }
        }
    }
    return entries + be32(0) + values;
}

} // namespace

QByteArray exifBlock(const ExifFields& in)
{
    QList<Field> top;
    if (!in.make.isEmpty()) {
        top.append(ascii(0x010F, in.make));
    }
    if (!in.model.isEmpty()) {
        top.append(ascii(0x0110, in.model));
    }
    if (in.orientation != 1) {
        top.append({0x0112, 3, 1, be16(static_cast<quint16>(in.orientation))});
    }
    const bool hasExif = !in.takenAt.isEmpty();
    const bool hasGps = in.latitude && in.longitude;
    if (hasExif) {
        top.append({0x8769, 4, 1, be32(0)});
    }
    if (hasGps) {
        top.append({0x8825, 4, 1, be32(0)});
    }
    // Sizes first, then the real offsets.
    QByteArray block = QByteArray("MM\0\x2A", 4) + be32(8);
    QByteArray ifd0 = directory(top, 8);
    quint32 next = 8 + ifd0.size();
    quint32 exifAt = 0;
    quint32 gpsAt = 0;
    QByteArray exifIfd;
    QByteArray gpsIfd;
    if (hasExif) {
        exifAt = next;
        exifIfd = directory({ascii(0x9003, in.takenAt)}, exifAt);
        next += exifIfd.size();
    }
    if (hasGps) {
        gpsAt = next;
        gpsIfd = directory(
            {ascii(1, *in.latitude >= 0 ? QStringLiteral("N") : QStringLiteral("S")), rationalDegrees(2, *in.latitude),
                ascii(3, *in.longitude >= 0 ? QStringLiteral("E") : QStringLiteral("W")),
                rationalDegrees(4, *in.longitude)},
            gpsAt);
    }
    for (qsizetype i = 0; i < top.size(); ++i) {
        const qsizetype valueAt = 2 + i * 12 + 8;
        if (top.at(i).tag == 0x8769) {
            ifd0.replace(valueAt, 4, be32(exifAt));
        } else if (top.at(i).tag == 0x8825) {
            ifd0.replace(valueAt, 4, be32(gpsAt));
        }
    }
    return block + ifd0 + exifIfd + gpsIfd;
}

QByteArray exifSegment(const ExifFields& fields)
{
    const QByteArray body = QByteArray("Exif\0\0", 6) + exifBlock(fields);
    return QByteArray("\xFF\xE1", 2) + be16(static_cast<quint16>(body.size() + 2)) + body;
}

} // namespace tideline::attachments

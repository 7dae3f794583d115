#include "TestPictures.h"

#include "core/demo/PngWriter.h"

#include <QtEndian>

namespace tideline::test {

namespace {

QByteArray be16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray le32(quint32 v)
{
    QByteArray b(4, '\0');
    qToLittleEndian(v, b.data());
    return b;
}

QByteArray segment(quint8 marker, const QByteArray& body)
{
    return QByteArray(1, '\xFF') + char(marker) + be16(static_cast<quint16>(body.size() + 2)) + body;
}

QByteArray riffChunk(const QByteArray& type, const QByteArray& data)
{
    QByteArray chunk = type + le32(static_cast<quint32>(data.size())) + data;
    if (data.size() % 2) {
        chunk += '\0';
    }
    return chunk;
}

} // namespace

attachments::ExifFields testExif(int orientation)
{
    attachments::ExifFields f;
    f.orientation = orientation;
    f.make = QStringLiteral("TestCam");
    f.model = QStringLiteral("TestCam Model 7");
    f.takenAt = QStringLiteral("2026:03:04 21:15:00");
    f.latitude = kTestLatitude;
    f.longitude = kTestLongitude;
    return f;
}

QByteArray jpegScanBytes()
{
    // Data with a stuffed 0xFF (FF 00), a restart marker (FF D0) and fill bytes.
    return QByteArray("\x12\x34\xFF\x00\x56\x78\xFF\xD0\x9A\xBC\xDE\xFF\x00\xF0", 14);
}

QByteArray jpegSkeleton(const QByteArray& app1, const QByteArray& trailer)
{
    QByteArray jpeg("\xFF\xD8", 2);
    jpeg += segment(0xE0, QByteArray("JFIF\0\x01\x01\x01\0\x48\0\x48\0\0", 14));
    jpeg += app1;
    jpeg += segment(0xFE, "a comment left by some software");
    jpeg += segment(0xDB, QByteArray(65, '\x01')); // a quantisation table's size
    jpeg += segment(0xC0, QByteArray("\x08\0\x10\0\x10\x01\x01\x11\0", 9));
    jpeg += segment(0xDA, QByteArray("\x01\x01\0\0\x3F\0", 6));
    jpeg += jpegScanBytes();
    jpeg += QByteArray("\xFF\xD9", 2);
    jpeg += trailer;
    return jpeg;
}

QByteArray withSegmentAfterSoi(const QByteArray& jpeg, const QByteArray& segment)
{
    return jpeg.left(2) + segment + jpeg.mid(2);
}

QByteArray testPng(int width, int height, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    QByteArray rgb;
    rgb.reserve(width * height * 3);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            rgb += char(x * 255 / qMax(1, width - 1));
            rgb += char(y * 255 / qMax(1, height - 1));
            rgb += char(128);
        }
    }
    return demo::pngFromRgb(width, height, rgb, extra);
}

QByteArray webpSkeleton(const QByteArray& exif)
{
    QByteArray vp8x(10, '\0');
    vp8x[0] = 0x0C; // EXIF and XMP present
    QByteArray body = riffChunk("VP8X", vp8x) + riffChunk("VP8L", QByteArray("\x2F\x01\x02\x03\x04", 5))
        + riffChunk("EXIF", exif) + riffChunk("XMP ", "<x:xmpmeta>a place</x:xmpmeta>");
    return QByteArray("RIFF") + le32(static_cast<quint32>(body.size() + 4)) + QByteArray("WEBP") + body;
}

} // namespace tideline::test

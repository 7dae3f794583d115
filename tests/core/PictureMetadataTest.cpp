// Finding and stripping what pictures carry besides their pixels (core/attachments), on JPEG, PNG
// and WebP structures built byte by byte, plus damaged and hostile input.
#include "TestPictures.h"
#include "core/attachments/ExifReader.h"
#include "core/attachments/MetadataScanner.h"
#include "core/attachments/MetadataStripper.h"
#include "core/demo/PngWriter.h"

#include <catch2/catch.hpp>

#include <QBuffer>
#include <QtEndian>

#include <random>

using namespace tideline;
using namespace tideline::attachments;
using namespace tideline::test;

namespace {

Result<QByteArray> strip(const QString& mime, const QByteArray& bytes)
{
    QByteArray input = bytes;
    QBuffer in(&input);
    in.open(QIODevice::ReadOnly);
    QByteArray out;
    Status s = stripPictureDetails(mime, in, [&](const char* data, qsizetype size) {
        out.append(data, size);
        return Status();
    });
    if (!s) {
        return s.error();
    }
    return out;
}

// Feeds the bytes in pieces of `step`, as a file arrives chunk by chunk.
PictureDetails scanInPieces(const QString& mime, const QByteArray& bytes, qsizetype step)
{
    MetadataScanner scanner(mime);
    for (qsizetype at = 0; at < bytes.size(); at += step) {
        scanner.feed(bytes.mid(at, step));
    }
    return scanner.finish();
}

QList<QByteArray> pngChunkTypes(const QByteArray& png)
{
    QList<QByteArray> types;
    qsizetype at = 8;
    while (at + 8 <= png.size()) {
        const quint32 length = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(png.constData() + at));
        const QByteArray type = png.mid(at + 4, 4);
        const quint32 crc = qFromBigEndian<quint32>(reinterpret_cast<const uchar*>(png.constData() + at + 8 + length));
        REQUIRE(crc == demo::crc32(png.mid(at + 4, 4 + length)));
        types.append(type);
        at += 12 + length;
    }
    REQUIRE(at == png.size());
    return types;
}

} // namespace

TEST_CASE("A JPEG's GPS position, camera, time and orientation are found in any chunking", "[attachments]")
{
    const QByteArray jpeg = jpegSkeleton(exifSegment(testExif(6)), "MOTION-PHOTO-VIDEO");
    for (const qsizetype step : {qsizetype(1), qsizetype(3), qsizetype(7), qsizetype(64), jpeg.size()}) {
        INFO("pieces of " << step);
        const PictureDetails d = scanInPieces(QStringLiteral("image/jpeg"), jpeg, step);
        CHECK(d.exif);
        CHECK(d.gps);
        REQUIRE(d.latitude.has_value());
        CHECK(*d.latitude == Approx(kTestLatitude).margin(1e-5));
        CHECK(*d.longitude == Approx(kTestLongitude).margin(1e-5));
        CHECK(d.camera == QStringLiteral("TestCam Model 7"));
        CHECK(d.takenAt == QStringLiteral("2026:03:04 21:15:00"));
        CHECK(d.orientation == 6);
        CHECK(d.comment);
        CHECK(d.trailer);
        CHECK(d.any());
    }
    const PictureDetails d = scanPictureDetails(QStringLiteral("image/jpeg"), jpeg);
    CHECK(d.positionText() == QStringLiteral("51.50072° N, 0.12462° W"));
    CHECK(d.inWords().first().contains(QStringLiteral("place")));
    // Kept in the vault as JSON and read back the same.
    const PictureDetails back = PictureDetails::fromJson(d.toJson());
    CHECK(back.gps);
    CHECK(back.positionText() == d.positionText());
    CHECK(back.orientation == 6);
}

TEST_CASE("A stripped JPEG keeps every byte of its picture and its orientation, and nothing else", "[attachments]")
{
    const QByteArray original = jpegSkeleton(exifSegment(testExif(6)), "MOTION-PHOTO-VIDEO");
    Result<QByteArray> copy = strip(QStringLiteral("image/jpeg"), original);
    REQUIRE(copy.ok());
    const QByteArray& c = copy.value();
    CHECK(c.startsWith(QByteArray("\xFF\xD8", 2)));
    CHECK(c.endsWith(QByteArray("\xFF\xD9", 2))); // the trailer is gone
    CHECK_FALSE(c.contains("MOTION-PHOTO"));
    CHECK_FALSE(c.contains("TestCam"));
    CHECK_FALSE(c.contains("a comment left"));
    CHECK_FALSE(c.contains("2026:03:04"));
    // The picture's own bytes are untouched, in order.
    CHECK(c.contains(
        QByteArray("\xFF\xDA", 2) + QByteArray("\0\x08", 2) + QByteArray("\x01\x01\0\0\x3F\0", 6) + jpegScanBytes()));
    const PictureDetails after = scanPictureDetails(QStringLiteral("image/jpeg"), c);
    CHECK_FALSE(after.gps);
    CHECK_FALSE(after.comment);
    CHECK_FALSE(after.trailer);
    CHECK(after.camera.isEmpty());
    CHECK(after.orientation == 6);
    CHECK(after.inWords().isEmpty());
    // The original was only read.
    CHECK(original == jpegSkeleton(exifSegment(testExif(6)), "MOTION-PHOTO-VIDEO"));

    // Without an orientation no EXIF block is written at all.
    Result<QByteArray> upright = strip(QStringLiteral("image/jpeg"), jpegSkeleton(exifSegment(testExif(1))));
    REQUIRE(upright.ok());
    CHECK_FALSE(upright.value().contains("Exif"));
    CHECK_FALSE(scanPictureDetails(QStringLiteral("image/jpeg"), upright.value()).exif);
}

TEST_CASE("PNG text and EXIF chunks are found and stripped, the picture's chunks stay valid", "[attachments]")
{
    const QByteArray exif = exifBlock(testExif());
    const QByteArray png = testPng(8, 6,
        {{"tEXt", QByteArray("Author\0Someone", 14)}, {"eXIf", exif}, {"tIME", QByteArray(7, '\x01')},
            {"iTXt", QByteArray("XML:com.adobe.xmp\0\0\0\0\0<x/>", 23)}});
    const PictureDetails d = scanInPieces(QStringLiteral("image/png"), png, 5);
    CHECK(d.gps);
    CHECK(d.text);
    CHECK(d.time);
    CHECK(d.xmp);
    CHECK(d.camera == QStringLiteral("TestCam Model 7"));

    Result<QByteArray> copy = strip(QStringLiteral("image/png"), png);
    REQUIRE(copy.ok());
    CHECK(pngChunkTypes(copy.value()) == QList<QByteArray>{"IHDR", "IDAT", "IEND"});
    CHECK_FALSE(copy.value().contains("Someone"));
    CHECK_FALSE(scanPictureDetails(QStringLiteral("image/png"), copy.value()).any());
    CHECK(copy.value() == testPng(8, 6)); // exactly the picture without the extras
}

TEST_CASE("WebP EXIF and XMP chunks are found and stripped, with the RIFF size and flags mended", "[attachments]")
{
    const QByteArray webp = webpSkeleton(exifBlock(testExif()));
    const PictureDetails d = scanInPieces(QStringLiteral("image/webp"), webp, 3);
    CHECK(d.gps);
    CHECK(d.xmp);

    Result<QByteArray> copy = strip(QStringLiteral("image/webp"), webp);
    REQUIRE(copy.ok());
    const QByteArray& c = copy.value();
    CHECK(c.startsWith("RIFF"));
    CHECK(qFromLittleEndian<quint32>(reinterpret_cast<const uchar*>(c.constData() + 4)) == c.size() - 8);
    CHECK_FALSE(c.contains("EXIF"));
    CHECK_FALSE(c.contains("a place"));
    CHECK(c.contains("VP8L"));
    CHECK((static_cast<quint8>(c.at(20)) & 0x0C) == 0); // VP8X flags
    CHECK_FALSE(scanPictureDetails(QStringLiteral("image/webp"), c).any());
}

TEST_CASE("Damaged pictures are never copied with their details possibly inside", "[attachments]")
{
    const QByteArray jpeg = jpegSkeleton(exifSegment(testExif(3)));
    // Cut inside the EXIF segment: the scanner keeps what it had; the stripper refuses.
    const QByteArray cut = jpeg.left(40);
    CHECK_NOTHROW(scanPictureDetails(QStringLiteral("image/jpeg"), cut));
    Result<QByteArray> refused = strip(QStringLiteral("image/jpeg"), cut);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.code() == ErrorCode::InvalidInput);
    CHECK(refused.error().message.contains(QStringLiteral("original")));

    // Cut inside the picture's data (a truncated photo): the copy ends where the original does.
    const QByteArray truncated = jpeg.left(jpeg.indexOf(jpegScanBytes()) + 5);
    Result<QByteArray> partial = strip(QStringLiteral("image/jpeg"), truncated);
    REQUIRE(partial.ok());
    CHECK_FALSE(partial.value().contains("TestCam"));

    CHECK_FALSE(strip(QStringLiteral("image/png"), QByteArray("\x89PNG\r\n\x1A\n\0\0\0\x0DIHDR", 16)).ok());
    CHECK_FALSE(strip(QStringLiteral("application/pdf"), QByteArray("%PDF-1.4")).ok());
}

TEST_CASE("Hostile EXIF offsets and random bytes never read outside what was given", "[attachments]")
{
    std::mt19937 random(20260304);
    const QByteArray good = exifBlock(testExif(6));
    for (int round = 0; round < 2000; ++round) {
        QByteArray bad = good;
        for (int flips = 0; flips < 6; ++flips) {
            bad[random() % bad.size()] = static_cast<char>(random() & 0xFF);
        }
        PictureDetails d;
        readExif(bad, d);
        CHECK((d.orientation >= 1 && d.orientation <= 8));
        if (d.latitude) {
            CHECK(std::fabs(*d.latitude) <= 90);
        }
        QByteArray noise(static_cast<int>(random() % 300), '\0');
        for (char& c : noise) {
            c = static_cast<char>(random() & 0xFF);
        }
        for (const char* mime : {"image/jpeg", "image/png", "image/webp"}) {
            scanPictureDetails(QLatin1String(mime), QByteArray("\xFF\xD8", 2) + noise);
            scanPictureDetails(QLatin1String(mime), QByteArray("\x89PNG\r\n\x1A\n", 8) + noise);
            (void)strip(QLatin1String(mime), QByteArray("\xFF\xD8", 2) + noise);
        }
    }
}

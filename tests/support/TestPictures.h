#pragma once

#include "core/attachments/ExifWriter.h"

#include <QByteArray>
#include <QList>
#include <QPair>

namespace tideline::test {

// The made-up position the test pictures carry, and its EXIF block.
inline constexpr double kTestLatitude = 51.50072;
inline constexpr double kTestLongitude = -0.12462;
attachments::ExifFields testExif(int orientation = 1);

// A JPEG's structure without a real picture inside (for the metadata scanner and stripper):
// SOI, JFIF, the given APP1, a comment, tables, a frame, a scan with stuffed bytes and restart
// markers, EOI, then `trailer`. Not decodable; every byte of the scan is known (jpegScanBytes).
QByteArray jpegSkeleton(const QByteArray& app1, const QByteArray& trailer = {});
QByteArray jpegScanBytes();

// Inserts a segment (marker and length included) right after a JPEG's SOI.
QByteArray withSegmentAfterSoi(const QByteArray& jpeg, const QByteArray& segment);

// A small RGB PNG (a gradient) with extra chunks before its data.
QByteArray testPng(int width, int height, const QList<QPair<QByteArray, QByteArray>>& extra = {});

// A WebP's RIFF structure: VP8X (flags for EXIF and XMP set), a fake VP8L picture, EXIF and XMP.
QByteArray webpSkeleton(const QByteArray& exif);

} // namespace tideline::test

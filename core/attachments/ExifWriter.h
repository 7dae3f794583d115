#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace tideline::attachments {

// The EXIF fields Tideline ever writes, all optional.
struct ExifFields
{
    int orientation = 1; // written only when not 1
    QString make;
    QString model;
    QString takenAt; // "YYYY:MM:DD HH:MM:SS"
    std::optional<double> latitude; // degrees, north positive
    std::optional<double> longitude; // degrees, east positive
};

// A small, valid EXIF block (a big-endian TIFF structure) holding only the given fields. The
// metadata stripper writes one with just the orientation; the demo vault gives one picture a
// made-up position so the app's location warning can be seen.
QByteArray exifBlock(const ExifFields& fields);

// The same block as a JPEG APP1 segment ("Exif\0\0" first), marker and length included.
QByteArray exifSegment(const ExifFields& fields);

} // namespace tideline::attachments

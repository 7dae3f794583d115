#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace tideline::attachments {

// What a picture carries besides its pixels: the things a person may not know are in it (where
// it was taken, with what phone, when), found by reading the file's own structure (JPEG APP
// segments, PNG chunks, WebP chunks and the EXIF inside them). Nothing is decoded.
struct PictureDetails
{
    bool exif = false; // an EXIF block (camera, times, often the place)
    bool gps = false; // a GPS position inside the EXIF
    bool xmp = false; // Adobe XMP (may repeat the place, editing history, names)
    bool iptc = false; // IPTC / Photoshop captions, names, places
    bool comment = false; // a JPEG comment
    bool text = false; // PNG text chunks (software, author, comments, …)
    bool time = false; // a PNG modification time
    bool trailer = false; // bytes after the end of a JPEG (some phones append a video there)
    std::optional<double> latitude; // degrees, north positive
    std::optional<double> longitude; // degrees, east positive
    QString camera; // "Make Model" as written in the EXIF
    QString takenAt; // EXIF DateTimeOriginal as written ("2026:03:04 21:15:00")
    int orientation = 1; // EXIF orientation, 1-8 (1: as stored)

    bool any() const { return exif || gps || xmp || iptc || comment || text || time || trailer; }
    // The kinds found, in plain words for the person ("the place it was taken", …).
    QStringList inWords() const;
    // "51.50118° N, 0.12428° W", or empty without a position.
    QString positionText() const;

    // Stored in attachment.metadata (docs/RECORDS-FORMAT.md).
    QJsonObject toJson() const;
    static PictureDetails fromJson(const QJsonObject& object);
};

} // namespace tideline::attachments

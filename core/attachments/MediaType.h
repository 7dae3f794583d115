#pragma once

#include <QByteArray>
#include <QString>

namespace tideline::attachments {

// What a file is, found in its first bytes rather than believed from its name: a screenshot
// saved as "message.txt" is still a picture, and a PDF renamed "photo.jpg" is still a PDF.
enum class FileKind { Picture, Pdf, Audio, Video, Text, Other };

struct MediaType
{
    QString mime; // "image/jpeg"; "application/octet-stream" when nothing is recognised
    FileKind kind = FileKind::Other;

    bool operator==(const MediaType&) const = default;
};

// How many leading bytes sniff() looks at, at most.
inline constexpr qsizetype kSniffBytes = 4096;

// The type from the first bytes of a file (fewer than kSniffBytes is fine for a short file).
MediaType sniffMediaType(const QByteArray& head);

// The type a file name claims by its extension; Other with an empty mime when it claims none
// that Tideline knows.
MediaType mediaTypeFromName(const QString& name);

// False when the name claims a known type that differs from what the bytes are.
bool nameAgreesWith(const QString& name, const MediaType& found);

// Picture types Tideline decodes itself for thumbnails (when Qt has a reader for them) and
// whose hidden details (EXIF, GPS, XMP) it can find and strip: JPEG, PNG, WebP.
bool isStrippablePicture(const QString& mime);

// A kind in plain words, for lists: "picture", "PDF", "audio", …
QString kindWord(FileKind kind);

} // namespace tideline::attachments

#include "core/attachments/MediaType.h"

#include <QCoreApplication>
#include <QHash>

namespace tideline::attachments {

namespace {

bool startsWith(const QByteArray& bytes, const char* magic, qsizetype at = 0)
{
    const QByteArrayView view(magic);
    return bytes.size() >= at + view.size() && QByteArrayView(bytes).sliced(at, view.size()) == view;
}

quint8 byteAt(const QByteArray& bytes, qsizetype i)
{
    return i < bytes.size() ? static_cast<quint8>(bytes.at(i)) : 0;
}

MediaType isoMedia(const QByteArray& head)
{
    const QByteArray brand = head.mid(8, 4);
    if (brand == "heic" || brand == "heix" || brand == "mif1" || brand == "msf1" || brand == "heim") {
        return {QStringLiteral("image/heic"), FileKind::Picture};
    }
    if (brand == "avif" || brand == "avis") {
        return {QStringLiteral("image/avif"), FileKind::Picture};
    }
    if (brand == "M4A " || brand == "M4B ") {
        return {QStringLiteral("audio/mp4"), FileKind::Audio};
    }
    if (brand == "qt  ") {
        return {QStringLiteral("video/quicktime"), FileKind::Video};
    }
    if (brand.startsWith("3g")) {
        return {QStringLiteral("video/3gpp"), FileKind::Video};
    }
    return {QStringLiteral("video/mp4"), FileKind::Video};
}

// Text when the bytes are valid UTF-8 without NULs or other control characters than tab,
// line breaks and form feed. The end of head may cut a character in two: that is allowed.
bool looksLikeText(const QByteArray& head)
{
    if (head.isEmpty()) {
        return false;
    }
    qsizetype i = 0;
    const qsizetype n = head.size();
    while (i < n) {
        const quint8 c = byteAt(head, i);
        if (c < 0x80) {
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                return false;
            }
            ++i;
            continue;
        }
        int more = 0;
        if ((c & 0xE0) == 0xC0 && c >= 0xC2) {
            more = 1;
        } else if ((c & 0xF0) == 0xE0) {
            more = 2;
        } else if ((c & 0xF8) == 0xF0 && c <= 0xF4) {
            more = 3;
        } else {
            return false;
        }
        for (int k = 1; k <= more; ++k) {
            if (i + k >= n) {
                return true; // cut at the end of what was read
            }
            if ((byteAt(head, i + k) & 0xC0) != 0x80) {
                return false;
            }
        }
        i += more + 1;
    }
    return true;
}

} // namespace

MediaType sniffMediaType(const QByteArray& head)
{
    if (startsWith(head, "\xFF\xD8\xFF")) {
        return {QStringLiteral("image/jpeg"), FileKind::Picture};
    }
    if (startsWith(head, "\x89PNG\r\n\x1A\n")) {
        return {QStringLiteral("image/png"), FileKind::Picture};
    }
    if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
        return {QStringLiteral("image/gif"), FileKind::Picture};
    }
    if (startsWith(head, "RIFF") && startsWith(head, "WEBP", 8)) {
        return {QStringLiteral("image/webp"), FileKind::Picture};
    }
    if (startsWith(head, "RIFF") && startsWith(head, "WAVE", 8)) {
        return {QStringLiteral("audio/wav"), FileKind::Audio};
    }
    if (startsWith(head, "BM") && head.size() >= 26 && byteAt(head, 14) >= 12 && byteAt(head, 14) <= 124) {
        return {QStringLiteral("image/bmp"), FileKind::Picture};
    }
    if (startsWith(head, "II*\0") || startsWith(head, "MM\0*")) {
        return {QStringLiteral("image/tiff"), FileKind::Picture};
    }
    if (startsWith(head, "%PDF-")) {
        return {QStringLiteral("application/pdf"), FileKind::Pdf};
    }
    if (startsWith(head, "ftyp", 4)) {
        return isoMedia(head);
    }
    if (startsWith(head, "ID3") || startsWith(head, "fLaC") || startsWith(head, "OggS") || startsWith(head, "#!AMR")) {
        const QString mime = startsWith(head, "ID3") ? QStringLiteral("audio/mpeg")
            : startsWith(head, "fLaC")               ? QStringLiteral("audio/flac")
            : startsWith(head, "OggS")               ? QStringLiteral("audio/ogg")
                                                     : QStringLiteral("audio/amr");
        return {mime, FileKind::Audio};
    }
    if (byteAt(head, 0) == 0xFF && (byteAt(head, 1) & 0xF6) == 0xF0) {
        return {QStringLiteral("audio/aac"), FileKind::Audio}; // ADTS
    }
    if (byteAt(head, 0) == 0xFF && (byteAt(head, 1) & 0xE0) == 0xE0 && (byteAt(head, 1) & 0x06) != 0) {
        return {QStringLiteral("audio/mpeg"), FileKind::Audio}; // an MPEG audio frame
    }
    if (startsWith(head, "\x1A\x45\xDF\xA3")) {
        return {QStringLiteral("video/webm"), FileKind::Video};
    }
    if (startsWith(head, "PK\x03\x04")) {
        return {QStringLiteral("application/zip"), FileKind::Other};
    }
    if (looksLikeText(head)) {
        return {QStringLiteral("text/plain"), FileKind::Text};
    }
    return {QStringLiteral("application/octet-stream"), FileKind::Other};
}

MediaType mediaTypeFromName(const QString& name)
{
    static const QHash<QString, MediaType> byExtension{
        {QStringLiteral("jpg"), {QStringLiteral("image/jpeg"), FileKind::Picture}},
        {QStringLiteral("jpeg"), {QStringLiteral("image/jpeg"), FileKind::Picture}},
        {QStringLiteral("png"), {QStringLiteral("image/png"), FileKind::Picture}},
        {QStringLiteral("gif"), {QStringLiteral("image/gif"), FileKind::Picture}},
        {QStringLiteral("webp"), {QStringLiteral("image/webp"), FileKind::Picture}},
        {QStringLiteral("bmp"), {QStringLiteral("image/bmp"), FileKind::Picture}},
        {QStringLiteral("tif"), {QStringLiteral("image/tiff"), FileKind::Picture}},
        {QStringLiteral("tiff"), {QStringLiteral("image/tiff"), FileKind::Picture}},
        {QStringLiteral("heic"), {QStringLiteral("image/heic"), FileKind::Picture}},
        {QStringLiteral("avif"), {QStringLiteral("image/avif"), FileKind::Picture}},
        {QStringLiteral("pdf"), {QStringLiteral("application/pdf"), FileKind::Pdf}},
        {QStringLiteral("mp3"), {QStringLiteral("audio/mpeg"), FileKind::Audio}},
        {QStringLiteral("m4a"), {QStringLiteral("audio/mp4"), FileKind::Audio}},
        {QStringLiteral("wav"), {QStringLiteral("audio/wav"), FileKind::Audio}},
        {QStringLiteral("ogg"), {QStringLiteral("audio/ogg"), FileKind::Audio}},
        {QStringLiteral("opus"), {QStringLiteral("audio/ogg"), FileKind::Audio}},
        {QStringLiteral("flac"), {QStringLiteral("audio/flac"), FileKind::Audio}},
        {QStringLiteral("aac"), {QStringLiteral("audio/aac"), FileKind::Audio}},
        {QStringLiteral("amr"), {QStringLiteral("audio/amr"), FileKind::Audio}},
        {QStringLiteral("mp4"), {QStringLiteral("video/mp4"), FileKind::Video}},
        {QStringLiteral("mov"), {QStringLiteral("video/quicktime"), FileKind::Video}},
        {QStringLiteral("webm"), {QStringLiteral("video/webm"), FileKind::Video}},
        {QStringLiteral("txt"), {QStringLiteral("text/plain"), FileKind::Text}},
    };
    const qsizetype dot = name.lastIndexOf(u'.');
    if (dot < 0) {
        return {QString(), FileKind::Other};
    }
    return byExtension.value(name.mid(dot + 1).trimmed().toLower(), MediaType{QString(), FileKind::Other});
}

bool nameAgreesWith(const QString& name, const MediaType& found)
{
    const MediaType claimed = mediaTypeFromName(name);
    if (claimed.mime.isEmpty()) {
        return true; // no extension, or one Tideline does not know: nothing is claimed
    }
    if (claimed.mime == found.mime) {
        return true;
    }
    // Containers whose sub-type the first bytes cannot always tell apart.
    const bool bothIsoMedia = (claimed.mime == QStringLiteral("audio/mp4") || claimed.kind == FileKind::Video)
        && (found.mime == QStringLiteral("audio/mp4") || found.kind == FileKind::Video);
    const bool oggOrWebm = claimed.mime == QStringLiteral("audio/ogg") && found.mime == QStringLiteral("audio/ogg");
    return bothIsoMedia || oggOrWebm;
}

bool isStrippablePicture(const QString& mime)
{
    return mime == QStringLiteral("image/jpeg") || mime == QStringLiteral("image/png")
        || mime == QStringLiteral("image/webp");
}

QString kindWord(FileKind kind)
{
    switch (kind) {
    case FileKind::Picture:
        return QCoreApplication::translate("Attachments", "picture");
    case FileKind::Pdf:
        return QCoreApplication::translate("Attachments", "PDF");
    case FileKind::Audio:
        return QCoreApplication::translate("Attachments", "audio");
    case FileKind::Video:
        return QCoreApplication::translate("Attachments", "video");
    case FileKind::Text:
        return QCoreApplication::translate("Attachments", "text");
    case FileKind::Other:
        break;
    }
    return QCoreApplication::translate("Attachments", "file");
}

} // namespace tideline::attachments

#pragma once

#include "core/attachments/PictureDetails.h"

#include <QByteArray>
#include <QString>

namespace tideline::attachments {

// Finds what a JPEG, PNG or WebP carries besides its pixels while its bytes stream past (as a
// file is being added), without decoding anything and without holding the file: it walks the
// file's own structure (JPEG segments, PNG and RIFF chunks), keeps at most one EXIF block
// (≤ 64 KB) to read, and skips everything else. Other types, and files too damaged to walk, just
// report what was found before the damage.
class MetadataScanner
{
public:
    explicit MetadataScanner(const QString& mime);

    // The next bytes of the file, in order.
    void feed(const char* data, qsizetype size);
    void feed(const QByteArray& bytes) { feed(bytes.constData(), bytes.size()); }
    // Everything found; call once, after the last feed().
    PictureDetails finish();

private:
    enum class Format { None, Jpeg, Png, Webp };
    enum class Step {
        Header, // collecting m_need bytes into m_header
        Skip, // passing over m_remaining bytes
        Capture, // keeping up to kMaxCapture of m_remaining bytes in m_captured
        Entropy, // a JPEG's compressed data, looking for the next marker
        Done,
    };
    enum class Part { Start, JpegMarker, JpegLength, JpegEntropy, JpegAfterEnd, PngChunk, PngCrc, RiffChunk };

    void need(qsizetype bytes, Part part);
    void skip(qint64 bytes, Part next);
    void capture(qint64 bytes, Part next);
    void onHeader();
    void onCaptured();
    void afterBody();

    void jpegMarker();
    void jpegSegment();
    void pngChunk();
    void riffChunk();

    Format m_format = Format::None;
    Step m_step = Step::Header;
    Part m_part = Part::Start;
    Part m_next = Part::Start; // where to go after a Skip or Capture
    qsizetype m_need = 0;
    QByteArray m_header;
    qint64 m_remaining = 0;
    QByteArray m_captured;
    quint8 m_marker = 0; // the JPEG segment being read
    QByteArray m_chunkType; // the PNG or RIFF chunk being read
    bool m_riffPad = false;
    bool m_sawFF = false; // the last data byte was 0xFF
    PictureDetails m_details;
};

// Reads a whole file held in memory (tests, small files): the same as feeding it at once.
PictureDetails scanPictureDetails(const QString& mime, const QByteArray& bytes);

} // namespace tideline::attachments

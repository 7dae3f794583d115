#pragma once

#include "core/common/ByteSink.h"
#include "core/common/Result.h"

#include <QByteArray>

class QIODevice;

namespace tideline::attachments {

// "This picture is damaged or unusual": a picture whose structure cannot be followed, so its
// hidden details cannot be removed for sure.
Error cannotFollowPicture();
// The picture's bytes could not be read from the vault.
Error pictureReadFailed();

// Buffered reading from a device, for walking a picture file's structure byte by byte without
// holding the file in memory (MetadataStripper reads JPEG, PNG and WebP through it).
class PictureSource
{
public:
    explicit PictureSource(QIODevice& device) : m_device(device) {}

    // Exactly n bytes into out; false at the end of the file (or on a read error).
    bool read(qint64 n, QByteArray& out);
    // One byte; -1 at the end.
    int byte();
    // Passes n bytes to out (or drops them when out is null).
    Status copy(qint64 n, const ByteSink* out);
    bool failed() const { return m_failed; }

    // Entropy-coded JPEG data: passes bytes to out up to the next marker, and returns the
    // marker's second byte; -1 at the end of the file.
    int copyToMarker(const ByteSink& out, Status& status);

private:
    bool fill();
    bool fillMore();

    QIODevice& m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_pendingFF = false;
    bool m_failed = false;
};

} // namespace tideline::attachments

#pragma once

#include "core/common/ByteSink.h"
#include "core/common/Result.h"

#include <QString>

class QIODevice;

namespace tideline::attachments {

// Writes a copy of a JPEG, PNG or WebP without what it carries besides its pixels: EXIF (the
// GPS position, the camera, the times), XMP, IPTC, comments, PNG text and time chunks, JPEG
// thumbnails, extra pictures and data after the end. The pixels are NOT decoded and re-encoded:
// every byte of the picture itself is copied as it is, so the copy looks exactly like the
// original. A JPEG's orientation is kept (in a minimal EXIF block of that one field), so the copy
// is not shown on its side. The original is only read.
//
// in must be positioned at the start; a WebP also needs to seek. A file whose structure cannot be
// followed is refused (InvalidInput) rather than copied with its details possibly still inside;
// the caller throws away what was written.
Status stripPictureDetails(const QString& mime, QIODevice& in, const ByteSink& out);

} // namespace tideline::attachments

#pragma once

#include "core/attachments/PictureDetails.h"

#include <QByteArray>

namespace tideline::attachments {

// Reads the few EXIF fields a person should know about (GPS position, camera make and model,
// when it was taken, orientation) from an EXIF block: a TIFF structure, with or without the
// "Exif\0\0" prefix a JPEG puts before it. Sets exif, and gps when a GPS directory is there.
// Every offset is checked against the block, so a damaged or hostile block cannot make it read
// outside; at most kMaxEntries directory entries are looked at.
void readExif(const QByteArray& block, PictureDetails& into);

} // namespace tideline::attachments

#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace tideline::demo {

// The CRC-32 of PNG chunks and zlib (ISO 3309), over bytes.
quint32 crc32(QByteArrayView bytes);

// One PNG chunk: length, type, data and CRC.
QByteArray pngChunk(const QByteArray& type, const QByteArray& data);

// A valid 8-bit RGB PNG of width x height from rgb (3 bytes a pixel, rows top to bottom), with
// extra chunks (type, data) placed before the image data. Qt Core only (zlib through
// qCompress), so the demo vault can have pictures without QtGui.
QByteArray pngFromRgb(
    int width, int height, const QByteArray& rgb, const QList<QPair<QByteArray, QByteArray>>& extra = {});

} // namespace tideline::demo

#include "core/demo/PngWriter.h"

#include <QtEndian>

#include <array>

namespace tideline::demo {

namespace {

std::array<quint32, 256> makeTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k) {
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        }
        table[n] = c;
    }
    return table;
}

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

} // namespace

quint32 crc32(QByteArrayView bytes)
{
    static const std::array<quint32, 256> table = makeTable();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes) {
        c = table[(c ^ static_cast<quint8>(byte)) & 0xFF] ^ (c >> 8);
    }
    return c ^ 0xFFFFFFFFu;
}

QByteArray pngChunk(const QByteArray& type, const QByteArray& data)
{
    const QByteArray typed = type + data;
    return be32(static_cast<quint32>(data.size())) + typed + be32(crc32(typed));
}

QByteArray pngFromRgb(int width, int height, const QByteArray& rgb, const QList<QPair<QByteArray, QByteArray>>& extra)
{
    QByteArray header = be32(static_cast<quint32>(width)) + be32(static_cast<quint32>(height));
    header += QByteArray("\x08\x02\x00\x00\x00", 5); // 8 bits, RGB, deflate, no filter method, no interlace
    QByteArray raw;
    raw.reserve((width * 3 + 1) * height);
    for (int y = 0; y < height; ++y) {
        raw += '\0'; // filter: none
        raw += rgb.mid(qsizetype(y) * width * 3, qsizetype(width) * 3);
    }
    // qCompress gives a zlib stream after a 4-byte length of its own.
    const QByteArray zlib = qCompress(raw, 9).mid(4);
    QByteArray png("\x89PNG\r\n\x1A\n", 8);
    png += pngChunk("IHDR", header);
    for (const auto& [type, data] : extra) {
        png += pngChunk(type, data);
    }
    png += pngChunk("IDAT", zlib);
    png += pngChunk("IEND", {});
    return png;
}

} // namespace tideline::demo

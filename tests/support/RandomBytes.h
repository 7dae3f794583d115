#pragma once

#include <QByteArray>

#include <random>

namespace tideline::test {

// `size` bytes that look like a real file's contents (no pattern a chunk or a base64 part could
// line up with), the same for the same seed.
inline QByteArray randomBytes(qsizetype size, quint32 seed)
{
    std::mt19937 random(seed);
    QByteArray bytes(size, Qt::Uninitialized);
    for (char& c : bytes) {
        c = static_cast<char>(random() & 0xFF);
    }
    return bytes;
}

} // namespace tideline::test

#include "core/crypto/RandomUid.h"

#include "core/crypto/Sodium.h"

#include <QByteArray>

#include <sodium.h>

namespace tideline {

QString randomUid()
{
    ensureSodium();
    unsigned char bytes[16];
    randombytes_buf(bytes, sizeof bytes);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(bytes), sizeof bytes).toHex());
}

} // namespace tideline

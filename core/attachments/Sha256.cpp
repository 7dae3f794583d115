#include "core/attachments/Sha256.h"

#include "core/crypto/Sodium.h"

namespace tideline::attachments {

Sha256::Sha256()
{
    ensureSodium();
    crypto_hash_sha256_init(&m_state);
}

void Sha256::add(const char* data, qsizetype size)
{
    if (size > 0) {
        crypto_hash_sha256_update(
            &m_state, reinterpret_cast<const unsigned char*>(data), static_cast<unsigned long long>(size));
    }
}

QString Sha256::finishHex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_state, digest);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(digest), sizeof digest).toHex());
}

QString Sha256::hexOf(const QByteArray& bytes)
{
    Sha256 hash;
    hash.add(bytes);
    return hash.finishHex();
}

bool Sha256::isHexDigest(const QString& text)
{
    if (text.size() != 64) {
        return false;
    }
    for (const QChar c : text) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f'))) {
            return false;
        }
    }
    return true;
}

} // namespace tideline::attachments

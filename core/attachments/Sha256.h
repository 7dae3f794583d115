#pragma once

#include <QByteArray>
#include <QString>

#include <sodium.h>

namespace tideline::attachments {

// SHA-256 over bytes that arrive in pieces (libsodium's crypto_hash_sha256), so a file is
// hashed while it is read, never held whole in memory.
class Sha256
{
public:
    Sha256();
    void add(const char* data, qsizetype size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    // The digest as 64 lower-case hex digits; the hasher is spent afterwards.
    QString finishHex();

    // The hex digest of bytes held in memory (tests, small files).
    static QString hexOf(const QByteArray& bytes);
    // True when text is 64 lower-case hex digits.
    static bool isHexDigest(const QString& text);

private:
    crypto_hash_sha256_state m_state;
};

} // namespace tideline::attachments

#include "core/vault/SecretKind.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <sodium.h>

namespace tideline {

namespace {

constexpr std::size_t kMinPinDigits = 6;
constexpr qsizetype kMinPassphraseChars = 8;

bool isAscii(const SecureBuffer& bytes)
{
    for (std::size_t i = 0; i < bytes.size(); ++i) {
        if (bytes.data()[i] >= 0x80) {
            return false;
        }
    }
    return true;
}

// QString is the only NFC normaliser we have; these temporaries are wiped before release.
void scrub(QString& text)
{
    if (!text.isEmpty()) {
        sodium_memzero(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    }
}

} // namespace

Result<SecureBuffer> normalizeSecret(const SecureBuffer& utf8, SecretKind kind)
{
    if (kind == SecretKind::Pin) {
        for (std::size_t i = 0; i < utf8.size(); ++i) {
            const auto c = utf8.data()[i];
            if (c < '0' || c > '9') {
                return Error::make(
                    ErrorCode::InvalidInput, QCoreApplication::translate("Vault", "A PIN is made of digits only."));
            }
        }
        if (utf8.size() < kMinPinDigits) {
            return Error::make(
                ErrorCode::InvalidInput, QCoreApplication::translate("Vault", "A PIN needs at least 6 digits."));
        }
        return SecureBuffer(utf8.data(), utf8.size());
    }

    if (isAscii(utf8)) { // ASCII is already in NFC
        if (utf8.size() < static_cast<std::size_t>(kMinPassphraseChars)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Vault", "A passphrase needs at least 8 characters."));
        }
        return SecureBuffer(utf8.data(), utf8.size());
    }

    QString decoded = QString::fromUtf8(utf8.chars(), static_cast<qsizetype>(utf8.size()));
    QString normalized = decoded.normalized(QString::NormalizationForm_C);
    scrub(decoded);
    auto characters = normalized.toUcs4(); // count code points, not UTF-16 units
    const qsizetype length = characters.size();
    QByteArray encoded = normalized.toUtf8();
    scrub(normalized);
    SecureBuffer out(encoded.constData(), static_cast<std::size_t>(encoded.size()));
    sodium_memzero(encoded.data(), static_cast<std::size_t>(encoded.size()));
    if (!characters.isEmpty()) {
        sodium_memzero(characters.data(), static_cast<std::size_t>(length) * sizeof(uint));
    }
    if (length < kMinPassphraseChars) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Vault", "A passphrase needs at least 8 characters."));
    }
    return out;
}

SecretKind secretKindFromShape(const SecureBuffer& secret)
{
    for (std::size_t i = 0; i < secret.size(); ++i) {
        if (secret.data()[i] < '0' || secret.data()[i] > '9') {
            return SecretKind::Passphrase;
        }
    }
    return SecretKind::Pin;
}

} // namespace tideline

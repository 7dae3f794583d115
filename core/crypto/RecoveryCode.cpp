#include "core/crypto/RecoveryCode.h"

#include "core/crypto/Sodium.h"

#include <QCoreApplication>
#include <sodium.h>

namespace tideline::RecoveryCode {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
constexpr std::size_t kPayloadBytes = kSecretBytes + 1;
constexpr std::size_t kChars = kGroups * kGroupLength; // 28 characters carry 140 bits >= 136

std::uint8_t checkByte(const std::uint8_t* secret)
{
    std::uint8_t digest[crypto_generichash_BYTES];
    static constexpr unsigned char kContext[] = "tideline-recovery-check";
    crypto_generichash(digest, sizeof digest, secret, kSecretBytes, kContext, sizeof kContext - 1);
    const std::uint8_t check = digest[0];
    sodium_memzero(digest, sizeof digest);
    return check;
}

int valueOf(char c)
{
    if (c >= 'a' && c <= 'z') {
        c = static_cast<char>(c - 'a' + 'A');
    }
    switch (c) {
    case '0':
        c = 'O';
        break;
    case '1':
        c = 'I';
        break;
    case '8':
        c = 'B';
        break;
    default:
        break;
    }
    if (c >= 'A' && c <= 'Z') {
        return c - 'A';
    }
    if (c >= '2' && c <= '7') {
        return 26 + (c - '2');
    }
    return -1;
}

Error shapeError()
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Crypto",
            "That doesn't look like a recovery code. It has 28 letters and digits, "
            "in seven groups of four."));
}

} // namespace

Generated generate()
{
    ensureSodium();
    Generated out;
    out.secret = SecureBuffer::random(kSecretBytes);
    SecureBuffer payload(kPayloadBytes);
    std::copy(out.secret.data(), out.secret.data() + kSecretBytes, payload.data());
    payload.data()[kSecretBytes] = checkByte(out.secret.data());

    out.text = SecureBuffer(kChars + kGroups - 1);
    std::uint8_t* dst = out.text.data();
    std::size_t bitPos = 0;
    for (std::size_t i = 0; i < kChars; ++i) {
        if (i > 0 && i % kGroupLength == 0) {
            *dst++ = '-';
        }
        unsigned value = 0;
        for (int b = 0; b < 5; ++b, ++bitPos) {
            const std::size_t byte = bitPos / 8;
            const unsigned bit = byte < kPayloadBytes ? (payload.data()[byte] >> (7 - bitPos % 8)) & 1u : 0u;
            value = (value << 1) | bit;
        }
        *dst++ = static_cast<std::uint8_t>(kAlphabet[value]);
    }
    return out;
}

Result<SecureBuffer> parse(const SecureBuffer& text)
{
    ensureSodium();
    SecureBuffer payload(kPayloadBytes);
    std::size_t chars = 0;
    std::size_t bitPos = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text.chars()[i];
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            continue;
        }
        const int value = valueOf(c);
        if (value < 0 || chars >= kChars) {
            return shapeError();
        }
        ++chars;
        for (int b = 4; b >= 0; --b, ++bitPos) {
            const std::size_t byte = bitPos / 8;
            if (byte < kPayloadBytes && ((value >> b) & 1)) {
                payload.data()[byte] |= static_cast<std::uint8_t>(1u << (7 - bitPos % 8));
            }
        }
    }
    if (chars != kChars) {
        return shapeError();
    }
    if (checkByte(payload.data()) != payload.data()[kSecretBytes]) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Crypto",
                "There seems to be a typo in the recovery code. Please check each group "
                "against what you wrote down."));
    }
    return SecureBuffer(payload.data(), kSecretBytes);
}

} // namespace tideline::RecoveryCode

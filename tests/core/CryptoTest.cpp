#include "core/crypto/Aead.h"
#include "core/crypto/Kdf.h"
#include "core/crypto/KdfParams.h"

#include <catch2/catch.hpp>

#include <sodium.h>

using namespace tideline;

namespace {
SecureBuffer fromHex(const char* hex)
{
    const QByteArray bytes = QByteArray::fromHex(hex);
    return SecureBuffer(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}
QByteArray hexOf(const SecureBuffer& buffer)
{
    return QByteArray(buffer.chars(), static_cast<qsizetype>(buffer.size())).toHex();
}
} // namespace

TEST_CASE("Argon2id matches the reference implementation")
{
    // Known answer from the reference argon2 CLI, as published with iov-core's libsodium tests:
    // echo -n "123" | ./argon2 ABCDEFGHIJKLMNOP -id -v 13 -k 8192 -t 2
    const KdfParams params{2, 8u * 1024u * 1024u};
    auto key
        = deriveKey(SecureBuffer::fromString("123"), reinterpret_cast<const std::uint8_t*>("ABCDEFGHIJKLMNOP"), params);
    REQUIRE(key.ok());
    REQUIRE(hexOf(key.value()) == "3ee950488d26ce691657b1d753f562139857b61a58f234d6cb0ce84c4cc27328");
}

TEST_CASE("XChaCha20-Poly1305 matches draft-irtf-cfrg-xchacha-03 appendix A.3.1")
{
    const auto plaintext = fromHex("4c616469657320616e642047656e746c656d656e206f662074686520636c617373206f66202739"
                                   "393a204966204920636f756c64206f6666657220796f75206f6e6c79206f6e652074697020666f"
                                   "7220746865206675747572652c2073756e73637265656e20776f756c642062652069742e");
    const QByteArray ad = QByteArray::fromHex("50515253c0c1c2c3c4c5c6c7");
    const auto key = fromHex("808182838485868788898a8b8c8d8e8f909192939495969798999a9b9c9d9e9f");
    const QByteArray nonce = QByteArray::fromHex("404142434445464748494a4b4c4d4e4f5051525354555657");
    const Sealed sealed = sealWithNonce(plaintext, key, ad, nonce);
    REQUIRE(sealed.ciphertext.toHex()
        == "bd6d179d3e83d43b9576579493c0e939572a1700252bfaccbed2902c21396cbb731c7f1b0b4aa6440bf3a82f4eda7e39ae64c67"
           "08c54c216cb96b72e1213b4522f8c9ba40db5d945b11b69b982c1bb9e3f3fac2bc369488f76b2383565d3fff921f9664c97637d"
           "a9768812f615c68b13b52ec0875924c1c7987947deafd8780acf49");

    auto opened = open(sealed, key, ad);
    REQUIRE(opened.has_value());
    REQUIRE(opened->constantTimeEquals(plaintext));
}

TEST_CASE("A sealed key does not open with another key, other associated data or a flipped byte")
{
    const auto key = SecureBuffer::random(32);
    const auto secret = SecureBuffer::random(32);
    const Sealed sealed = seal(secret, key, "context");
    REQUIRE(open(sealed, key, "context").has_value());
    REQUIRE_FALSE(open(sealed, SecureBuffer::random(32), "context").has_value());
    REQUIRE_FALSE(open(sealed, key, "contexT").has_value());
    Sealed flipped = sealed;
    flipped.ciphertext[3] = static_cast<char>(flipped.ciphertext[3] ^ 0x01);
    REQUIRE_FALSE(open(flipped, key, "context").has_value());
    Sealed appended = sealed;
    appended.ciphertext.append('\0');
    REQUIRE_FALSE(open(appended, key, "context").has_value());
}

TEST_CASE("Argon2id parameters are never accepted below libsodium's INTERACTIVE limits")
{
    REQUIRE(KdfParams::interactive().isAcceptable());
    REQUIRE(KdfParams::moderate().isAcceptable());
    REQUIRE_FALSE((KdfParams{1, crypto_pwhash_MEMLIMIT_INTERACTIVE}).isAcceptable());
    REQUIRE_FALSE((KdfParams{crypto_pwhash_OPSLIMIT_INTERACTIVE, 8u * 1024u * 1024u}).isAcceptable());
    REQUIRE_FALSE((KdfParams{crypto_pwhash_OPSLIMIT_INTERACTIVE, std::size_t{64} << 30}).isAcceptable());
}

TEST_CASE("Calibration picks an acceptable Argon2id cost on this machine")
{
    const KdfParams params = KdfParams::calibrate(150);
    REQUIRE(params.isAcceptable());
    REQUIRE(params.opsLimit >= crypto_pwhash_OPSLIMIT_INTERACTIVE);
    REQUIRE(params.memLimitBytes >= crypto_pwhash_MEMLIMIT_INTERACTIVE);
}

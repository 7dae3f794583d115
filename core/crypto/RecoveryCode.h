#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

namespace tideline {

// The recovery code: 128 random bits plus one check byte, written in RFC 4648 base32 as
// seven groups of four ("ABCD-EFGH-…"). The check byte lets us say "there is a typo"
// instead of counting a mistyped code as a wrong try.
namespace RecoveryCode {

constexpr std::size_t kSecretBytes = 16;
constexpr std::size_t kGroups = 7;
constexpr std::size_t kGroupLength = 4;

struct Generated
{
    SecureBuffer secret; // the 16 bytes a keyslot is derived from
    SecureBuffer text; // what the person writes down
};

Generated generate();

// Accepts any case, spaces or hyphens anywhere, and the look-alikes 0/O, 1/I, 8/B.
// InvalidInput when the shape is wrong or the check byte does not match.
Result<SecureBuffer> parse(const SecureBuffer& text);

} // namespace RecoveryCode
} // namespace tideline

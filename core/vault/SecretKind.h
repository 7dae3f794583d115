#pragma once

#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"

namespace tideline {

// How the person unlocks: decides whether the lock screen shows a PIN pad or a text field.
enum class SecretKind { Pin, Passphrase };

// A PIN is at least 6 digits; a passphrase at least 8 characters after NFC normalisation.
// Returns the NFC-normalised UTF-8 bytes to derive a key from.
Result<SecureBuffer> normalizeSecret(const SecureBuffer& utf8, SecretKind kind);

// The kind a secret typed at the command line is taken as when none is asked for: digits only
// is a PIN (then at least 6), anything else a passphrase (at least 8 characters).
SecretKind secretKindFromShape(const SecureBuffer& secret);

} // namespace tideline

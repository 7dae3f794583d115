#include "core/crypto/Sodium.h"

#include <sodium.h>

namespace tideline {

bool ensureSodium()
{
    // sodium_init is itself thread-safe and idempotent; a static keeps the check cheap.
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace tideline

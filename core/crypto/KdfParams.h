#pragma once

#include <cstddef>
#include <cstdint>

namespace tideline {

// Argon2id cost for one keyslot. Stored beside the slot and bound into its sealing.
struct KdfParams
{
    std::uint64_t opsLimit = 0;
    std::size_t memLimitBytes = 0;

    // libsodium's INTERACTIVE limits: the floor we never go below.
    static KdfParams interactive();
    // libsodium's MODERATE limits.
    static KdfParams moderate();
    // Measures this machine and returns a cost of about targetMs (0.5-1 s by default),
    // with MODERATE memory where it can be had, never below INTERACTIVE.
    static KdfParams calibrate(int targetMs = 700);

    // True when the parameters are within what Tideline writes: not below INTERACTIVE and
    // not absurdly high (a file asking for 64 GiB is damaged or hostile, not a real slot).
    bool isAcceptable() const;

    bool operator==(const KdfParams&) const = default;
};

} // namespace tideline

#pragma once

namespace tideline {

// The rule for every version field of a file Tideline reads before unlock (the keyslots file, the
// backup header, the unlock-state file; docs/VAULT-FORMAT.md, "Versions"):
// 1. The file's integrity check (a checksum every format keeps in the same place and computes the
//    same way) is verified BEFORE its version is believed, so one flipped bit in the version field
//    fails the check and reads as damage.
// 2. An intact version above this build's is "made by a newer Tideline" only when it is one of the
//    next kNewerFormatWindow versions; one far beyond anything that could follow is damage too (a
//    file edited by hand, or a checksum that matched by construction).
inline constexpr int kNewerFormatWindow = 16;

constexpr bool isNewerFormat(int version, int current)
{
    return version > current && version - current <= kNewerFormatWindow;
}

} // namespace tideline

#pragma once

#include <bit>
#include <cstddef>

namespace tideline::locked_heap {

// The sizes the locked heap carves blocks in (LockedHeap.h). 16, 32, ... 128 bytes, then four
// sizes between each power of two and the next (160, 192, 224, 256, 320, ...), up to 64 KiB: a
// block wastes at most a quarter of itself, and 44 free lists cover every size SQLite asks for
// but its biggest buffers, which get memory of their own.
inline constexpr std::size_t kLargestClassBytes = 64 * 1024;
inline constexpr int kSmallClasses = 8;
inline constexpr int kClassCount = kSmallClasses + 9 * 4;

// The smallest size class that holds this many bytes (at most kLargestClassBytes).
constexpr int classOf(std::size_t bytes)
{
    if (bytes <= 128) {
        return bytes == 0 ? 0 : static_cast<int>((bytes + 15) / 16) - 1;
    }
    const int power = std::bit_width(bytes - 1) - 1; // 2^power < bytes <= 2^(power + 1)
    const std::size_t base = std::size_t{1} << power;
    const std::size_t quarter = base / 4;
    const int step = static_cast<int>((bytes - base + quarter - 1) / quarter); // 1 to 4
    return kSmallClasses + (power - 7) * 4 + step - 1;
}

// What a block of this size class holds.
constexpr std::size_t classBytes(int sizeClass)
{
    if (sizeClass < kSmallClasses) {
        return 16 * static_cast<std::size_t>(sizeClass + 1);
    }
    const int k = sizeClass - kSmallClasses;
    const std::size_t base = std::size_t{1} << (7 + k / 4);
    return base + static_cast<std::size_t>(k % 4 + 1) * (base / 4);
}

static_assert(classBytes(classOf(1)) == 16 && classBytes(classOf(129)) == 160);
static_assert(classOf(kLargestClassBytes) == kClassCount - 1 && classBytes(kClassCount - 1) == kLargestClassBytes);

} // namespace tideline::locked_heap

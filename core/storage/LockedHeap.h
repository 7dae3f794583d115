#pragma once

#include <cstddef>

// Memory that is never written to swap and is wiped the moment it is freed, without a system
// call per allocation: the heap SQLite is given (SqliteMemory.h), kept apart from SQLite so it can
// be read and tested on its own.
//
// Blocks up to 64 KiB are carved from areas of 1 MiB that are locked (mlock) once, when they are
// mapped, never unlocked, and left out of core dumps; a freed block is zeroed at once and kept on
// the free list of its size (LockedHeapSizes.h) for the next allocation. A bigger block gets a
// locked mapping of its own, wiped and unmapped on free. Nothing goes back to the system unwiped.
// A block freed twice, or a pointer that is not the heap's, stops the process. Thread-safe.
namespace tideline::locked_heap {

// Null when bytes is 0 or no memory can be mapped.
void* allocate(std::size_t bytes);
// Wipes the block and keeps it for reuse (or unmaps it). Null is ignored.
void release(void* block);
// As realloc(): the block itself when it is big enough already; null leaves the block as it was.
void* reallocate(void* block, std::size_t bytes);
// What the block can hold; 0 for null.
std::size_t sizeOf(const void* block);
// What a block allocated for this many bytes will hold.
std::size_t roundUp(std::size_t bytes);

struct Figures
{
    std::size_t areas = 0; // areas of 1 MiB, and blocks above 64 KiB, that are mapped now
    std::size_t unlockedAreas = 0; // of those, how many mlock() refused (the memory lock limit)
    std::size_t bytesMapped = 0;
    std::size_t blocksInUse = 0;
};
Figures figures();

// Whether any memory the heap has mapped, in use or free, holds these bytes: how the tests show
// that what was freed was wiped.
bool holds(const void* bytes, std::size_t length);
// Whether the address lies in memory the heap has mapped.
bool owns(const void* address);

} // namespace tideline::locked_heap

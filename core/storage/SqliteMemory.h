#pragma once

#include "core/storage/LockedHeap.h"

#include <cstddef>

namespace tideline {

// SQLite's memory, kept out of swap and wiped when freed, without a system call per allocation.
//
// DESIGN.md section 3 asks that the memory SQLite uses (decrypted pages, rows, the words of a
// search) is never written to swap and is wiped on free. SQLCipher's `cipher_memory_security`
// does both, but by calling mlock() on every malloc and munlock() on every free: half of every
// save, search and delete went into those calls and the kernel's splitting and merging of memory
// areas as their lock flag flipped (docs/BENCHMARKS.md, "Memory security's two halves"), and each
// munlock() also unlocked whatever else shared the freed block's page.
//
// Tideline gives SQLite the same two properties another way: its allocator is the locked heap
// (LockedHeap.h), which carves every block out of areas of 1 MiB that are locked once, when they
// are mapped, and never unlocked; a freed block is zeroed at once and kept for the next
// allocation of its size. Blocks above 64 KiB get a locked area of their own, unmapped on free.
// Nothing is ever handed back to the system unwiped.
//
// It must be installed before SQLite starts; Database::open does it. When SQLite had already
// started (something in the process used it first), installSqliteMemory() returns false and
// Database falls back to `PRAGMA cipher_memory_security = ON`, which keeps the same properties
// at its old cost.
bool installSqliteMemory();
bool sqliteMemoryInstalled();

// What the locked heap holds now (areas mapped, how many the memory lock limit left unlocked).
using SqliteMemoryFigures = locked_heap::Figures;
SqliteMemoryFigures sqliteMemoryFigures();

// Whether any area this allocator has mapped, in use or free, holds these bytes: how the tests
// show that what SQLite freed was wiped.
bool sqliteMemoryHolds(const void* bytes, std::size_t length);
// Whether the address lies in an area this allocator has mapped.
bool sqliteMemoryOwns(const void* address);

namespace sqlite_memory {
// The allocator's functions as SQLite calls them (sizes as int, 0 and below meaning none); for
// its own tests.
void* allocate(int bytes);
void release(void* block);
void* reallocate(void* block, int bytes);
int sizeOf(void* block);
int roundUp(int bytes);
} // namespace sqlite_memory

} // namespace tideline

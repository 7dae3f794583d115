#include "core/storage/LockedHeap.h"

#include "core/storage/LockedHeapSizes.h"

#include <sodium.h>

#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <mutex>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
// Under AddressSanitizer (the test suite's build) a free block is poisoned, so a use after free
// inside SQLite (the heap's one user) is still reported, and each area is a root LeakSanitizer
// scans, because SQLite keeps pointers to memory of ours (bound values, function contexts) in
// its blocks.
#define TIDELINE_POISON(start, length) ASAN_POISON_MEMORY_REGION(start, length)
#define TIDELINE_UNPOISON(start, length) ASAN_UNPOISON_MEMORY_REGION(start, length)
#define TIDELINE_ROOT_REGION(start, length) __lsan_register_root_region(start, length)
#define TIDELINE_NO_ROOT_REGION(start, length) __lsan_unregister_root_region(start, length)
#define TIDELINE_UNCHECKED __attribute__((no_sanitize("address")))
#else
#define TIDELINE_POISON(start, length) ((void)(start), (void)(length))
#define TIDELINE_UNPOISON(start, length) ((void)(start), (void)(length))
#define TIDELINE_ROOT_REGION(start, length) ((void)(start), (void)(length))
#define TIDELINE_NO_ROOT_REGION(start, length) ((void)(start), (void)(length))
#define TIDELINE_UNCHECKED
#endif

namespace tideline::locked_heap {

namespace {

constexpr std::size_t kAreaBytes = std::size_t{1} << 20;
constexpr std::size_t kMaxAreas = 4096; // 4 GiB of small blocks; past that, blocks get areas of their own
constexpr std::uint32_t kLargeClass = 0xffff;
constexpr std::uint32_t kInUse = 0x7469646c;
constexpr std::uint32_t kFree = 0x66726565;

// In front of every block, 16 bytes, so blocks stay 16-aligned.
struct Header
{
    std::uint32_t state; // kInUse or kFree: a block freed twice, or not ours, stops the process
    std::uint32_t sizeClass; // kLargeClass for a block with an area of its own
    std::uint64_t bytes; // what the block can hold
};
static_assert(sizeof(Header) == 16);

// In front of the header of a block with an area of its own: the list of such blocks.
struct LargeLink
{
    LargeLink* previous;
    LargeLink* next;
    std::size_t length; // of the whole area
    std::size_t locked; // 1 when mlock() took it
};
static_assert(sizeof(LargeLink) == 32);

struct FreeBlock
{
    FreeBlock* next;
};

struct Area
{
    unsigned char* start;
    std::size_t length;
};

struct State
{
    std::mutex mutex;
    FreeBlock* freeBlocks[kClassCount] = {};
    unsigned char* unused = nullptr; // the newest area's part never handed out yet
    unsigned char* unusedEnd = nullptr;
    Area areas[kMaxAreas] = {};
    std::size_t areaCount = 0;
    LargeLink* largeBlocks = nullptr;
    std::size_t largeCount = 0;
    std::size_t unlockedAreas = 0;
    std::size_t bytesMapped = 0;
    std::size_t blocksInUse = 0;
};

// Made once and never destroyed: SQLite frees memory from exit handlers.
State& state()
{
    static State* const s = new State();
    return *s;
}

std::size_t pageBytes()
{
    static const std::size_t page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return page;
}

// Maps an area, locks it once and keeps it out of core dumps. False when there is no memory;
// an area mlock() refuses (over the memory lock limit) is still used, and counted.
void* mapArea(std::size_t length, bool& locked)
{
    void* start = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (start == MAP_FAILED) {
        return nullptr;
    }
    // The system call itself, not libc's mlock(): AddressSanitizer replaces that with one that
    // does nothing and says it worked, and the test suite runs under it.
    locked = syscall(SYS_mlock, start, length) == 0;
    madvise(start, length, MADV_DONTDUMP);
    TIDELINE_ROOT_REGION(start, length);
    return start;
}

TIDELINE_UNCHECKED Header* headerOf(const void* block)
{
    return static_cast<Header*>(const_cast<void*>(block)) - 1;
}

TIDELINE_UNCHECKED void writeHeader(
    Header* header, std::uint32_t blockState, std::uint32_t sizeClass, std::size_t bytes)
{
    header->state = blockState;
    header->sizeClass = sizeClass;
    header->bytes = bytes;
}

TIDELINE_UNCHECKED Header readHeader(const void* block)
{
    return *headerOf(block);
}

TIDELINE_UNCHECKED void markHeader(void* block, std::uint32_t blockState)
{
    headerOf(block)->state = blockState;
}

[[noreturn]] void corrupted()
{
    // A block freed twice, or a pointer that is not one of ours: the heap can no longer be
    // trusted to keep anything, so stop here rather than hand out memory twice.
    std::abort();
}

void* allocateLarge(std::size_t bytes)
{
    const std::size_t page = pageBytes();
    if (bytes > SIZE_MAX - page - sizeof(LargeLink) - sizeof(Header)) {
        return nullptr;
    }
    const std::size_t length = (sizeof(LargeLink) + sizeof(Header) + bytes + page - 1) / page * page;
    bool locked = false;
    auto* start = static_cast<unsigned char*>(mapArea(length, locked));
    if (start == nullptr) {
        return nullptr;
    }
    auto* link = reinterpret_cast<LargeLink*>(start);
    auto* header = reinterpret_cast<Header*>(start + sizeof(LargeLink));
    writeHeader(header, kInUse, kLargeClass, length - sizeof(LargeLink) - sizeof(Header));
    State& s = state();
    const std::lock_guard<std::mutex> guard(s.mutex);
    link->previous = nullptr;
    link->next = s.largeBlocks;
    link->length = length;
    link->locked = locked ? 1 : 0;
    if (s.largeBlocks != nullptr) {
        s.largeBlocks->previous = link;
    }
    s.largeBlocks = link;
    ++s.largeCount;
    s.bytesMapped += length;
    s.unlockedAreas += locked ? 0 : 1;
    ++s.blocksInUse;
    return header + 1;
}

void releaseLarge(void* block, const Header& header)
{
    sodium_memzero(block, header.bytes);
    auto* link = reinterpret_cast<LargeLink*>(reinterpret_cast<unsigned char*>(headerOf(block)) - sizeof(LargeLink));
    const std::size_t length = link->length;
    {
        State& s = state();
        const std::lock_guard<std::mutex> guard(s.mutex);
        if (link->previous != nullptr) {
            link->previous->next = link->next;
        } else {
            s.largeBlocks = link->next;
        }
        if (link->next != nullptr) {
            link->next->previous = link->previous;
        }
        --s.largeCount;
        s.bytesMapped -= length;
        --s.blocksInUse;
        s.unlockedAreas -= link->locked != 0 ? 0 : 1;
    }
    TIDELINE_NO_ROOT_REGION(link, length);
    munmap(link, length); // its lock goes with it
}

// With the state's mutex held: a new area to carve blocks from.
bool addArea(State& s)
{
    if (s.areaCount == kMaxAreas) {
        return false;
    }
    bool locked = false;
    auto* start = static_cast<unsigned char*>(mapArea(kAreaBytes, locked));
    if (start == nullptr) {
        return false;
    }
    TIDELINE_POISON(start, kAreaBytes);
    s.areas[s.areaCount++] = Area{start, kAreaBytes};
    s.unused = start;
    s.unusedEnd = start + kAreaBytes;
    s.bytesMapped += kAreaBytes;
    s.unlockedAreas += locked ? 0 : 1;
    return true;
}

void* allocateSmall(std::size_t bytes)
{
    const int sizeClass = classOf(bytes);
    const std::size_t size = classBytes(sizeClass);
    State& s = state();
    std::unique_lock<std::mutex> guard(s.mutex);
    if (FreeBlock* reused = s.freeBlocks[sizeClass]) {
        TIDELINE_UNPOISON(reused, size);
        s.freeBlocks[sizeClass] = reused->next;
        reused->next = nullptr; // the block was wiped when freed; this was all that was left in it
        markHeader(reused, kInUse);
        ++s.blocksInUse;
        return reused;
    }
    const std::size_t needed = sizeof(Header) + size;
    if (static_cast<std::size_t>(s.unusedEnd - s.unused) < needed && !addArea(s)) {
        guard.unlock();
        return allocateLarge(bytes); // no area left to carve from: one of its own
    }
    auto* header = reinterpret_cast<Header*>(s.unused);
    s.unused += needed;
    TIDELINE_UNPOISON(header + 1, size);
    writeHeader(header, kInUse, static_cast<std::uint32_t>(sizeClass), size);
    ++s.blocksInUse;
    return header + 1;
}

// Byte by byte, unchecked: free blocks are poisoned under AddressSanitizer, and reading them is
// the point.
TIDELINE_UNCHECKED bool regionHolds(
    const unsigned char* start, std::size_t length, const unsigned char* needle, std::size_t needleLength)
{
    if (needleLength == 0 || needleLength > length) {
        return false;
    }
    for (std::size_t i = 0; i + needleLength <= length; ++i) {
        if (start[i] != needle[0]) {
            continue;
        }
        std::size_t matched = 1;
        while (matched < needleLength && start[i + matched] == needle[matched]) {
            ++matched;
        }
        if (matched == needleLength) {
            return true;
        }
    }
    return false;
}

} // namespace

void* allocate(std::size_t bytes)
{
    if (bytes == 0) {
        return nullptr;
    }
    return bytes <= kLargestClassBytes ? allocateSmall(bytes) : allocateLarge(bytes);
}

void release(void* block)
{
    if (block == nullptr) {
        return;
    }
    const Header header = readHeader(block);
    if (header.state != kInUse) {
        corrupted();
    }
    if (header.sizeClass == kLargeClass) {
        releaseLarge(block, header);
        return;
    }
    if (header.sizeClass >= static_cast<std::uint32_t>(kClassCount)) {
        corrupted();
    }
    const std::size_t size = classBytes(static_cast<int>(header.sizeClass));
    sodium_memzero(block, size); // wiped before anything else can have it
    State& s = state();
    const std::lock_guard<std::mutex> guard(s.mutex);
    markHeader(block, kFree);
    auto* freed = static_cast<FreeBlock*>(block);
    freed->next = s.freeBlocks[header.sizeClass];
    s.freeBlocks[header.sizeClass] = freed;
    --s.blocksInUse;
    TIDELINE_POISON(block, size);
}

void* reallocate(void* block, std::size_t bytes)
{
    if (block == nullptr) {
        return allocate(bytes);
    }
    if (bytes == 0) {
        release(block);
        return nullptr;
    }
    const std::size_t held = sizeOf(block);
    if (bytes <= held) {
        return block;
    }
    void* grown = allocate(bytes);
    if (grown == nullptr) {
        return nullptr; // the old block stays as it was, as realloc() promises
    }
    std::memcpy(grown, block, held);
    release(block);
    return grown;
}

std::size_t sizeOf(const void* block)
{
    if (block == nullptr) {
        return 0;
    }
    return readHeader(block).bytes;
}

std::size_t roundUp(std::size_t bytes)
{
    if (bytes <= kLargestClassBytes) {
        return classBytes(classOf(bytes));
    }
    // A block of its own fills whole pages: let the caller use all of them.
    const std::size_t page = pageBytes();
    const std::size_t overhead = sizeof(LargeLink) + sizeof(Header);
    if (bytes > SIZE_MAX - overhead - page) {
        return bytes;
    }
    return (bytes + overhead + page - 1) / page * page - overhead;
}

Figures figures()
{
    State& s = state();
    const std::lock_guard<std::mutex> guard(s.mutex);
    Figures now;
    now.areas = s.areaCount + s.largeCount;
    now.unlockedAreas = s.unlockedAreas;
    now.bytesMapped = s.bytesMapped;
    now.blocksInUse = s.blocksInUse;
    return now;
}

bool holds(const void* bytes, std::size_t length)
{
    const auto* needle = static_cast<const unsigned char*>(bytes);
    State& s = state();
    const std::lock_guard<std::mutex> guard(s.mutex);
    for (std::size_t i = 0; i < s.areaCount; ++i) {
        if (regionHolds(s.areas[i].start, s.areas[i].length, needle, length)) {
            return true;
        }
    }
    for (const LargeLink* link = s.largeBlocks; link != nullptr; link = link->next) {
        if (regionHolds(reinterpret_cast<const unsigned char*>(link), link->length, needle, length)) {
            return true;
        }
    }
    return false;
}

bool owns(const void* block)
{
    const auto* address = static_cast<const unsigned char*>(block);
    State& s = state();
    const std::lock_guard<std::mutex> guard(s.mutex);
    for (std::size_t i = 0; i < s.areaCount; ++i) {
        if (address >= s.areas[i].start && address < s.areas[i].start + s.areas[i].length) {
            return true;
        }
    }
    for (const LargeLink* link = s.largeBlocks; link != nullptr; link = link->next) {
        const auto* start = reinterpret_cast<const unsigned char*>(link);
        if (address >= start && address < start + link->length) {
            return true;
        }
    }
    return false;
}

} // namespace tideline::locked_heap

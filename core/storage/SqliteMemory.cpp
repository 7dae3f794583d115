#include "core/storage/SqliteMemory.h"

#include "core/storage/Sqlite.h"

#include <sys/resource.h>

#include <atomic>
#include <climits>
#include <cstddef>

namespace tideline {

namespace {

std::atomic<bool> installed{false};

// SQLite speaks in int; the locked heap in size_t.
int clampToInt(std::size_t bytes)
{
    return bytes > static_cast<std::size_t>(INT_MAX) ? INT_MAX : static_cast<int>(bytes);
}

int xInit(void*)
{
    return SQLITE_OK;
}
void xShutdown(void*)
{}

// The locked areas count against RLIMIT_MEMLOCK; ask for all the user may have.
void raiseMemoryLockLimit()
{
    rlimit limit{};
    if (getrlimit(RLIMIT_MEMLOCK, &limit) == 0 && limit.rlim_cur < limit.rlim_max) {
        limit.rlim_cur = limit.rlim_max;
        setrlimit(RLIMIT_MEMLOCK, &limit);
    }
}

} // namespace

namespace sqlite_memory {

void* allocate(int bytes)
{
    return bytes <= 0 ? nullptr : locked_heap::allocate(static_cast<std::size_t>(bytes));
}

void release(void* block)
{
    locked_heap::release(block);
}

void* reallocate(void* block, int bytes)
{
    return locked_heap::reallocate(block, bytes <= 0 ? 0 : static_cast<std::size_t>(bytes));
}

int sizeOf(void* block)
{
    return clampToInt(locked_heap::sizeOf(block));
}

int roundUp(int bytes)
{
    if (bytes <= 0) {
        return 16;
    }
    const std::size_t rounded = locked_heap::roundUp(static_cast<std::size_t>(bytes));
    // Past INT_MAX SQLite could not use the rest anyway; it asks for what it asked for.
    return rounded > static_cast<std::size_t>(INT_MAX) ? bytes : static_cast<int>(rounded);
}

} // namespace sqlite_memory

bool installSqliteMemory()
{
    static const bool result = [] {
        raiseMemoryLockLimit();
        static const sqlite3_mem_methods methods{sqlite_memory::allocate, sqlite_memory::release,
            sqlite_memory::reallocate, sqlite_memory::sizeOf, sqlite_memory::roundUp, xInit, xShutdown, nullptr};
        // Refused once SQLite has started: it cannot change allocators under live memory.
        if (sqlite3_config(SQLITE_CONFIG_MALLOC, &methods) != SQLITE_OK) {
            return false;
        }
        installed = true;
        sqlite3_initialize();
        return true;
    }();
    return result;
}

bool sqliteMemoryInstalled()
{
    return installed.load();
}

SqliteMemoryFigures sqliteMemoryFigures()
{
    return locked_heap::figures();
}

bool sqliteMemoryHolds(const void* bytes, std::size_t length)
{
    return locked_heap::holds(bytes, length);
}

bool sqliteMemoryOwns(const void* address)
{
    return locked_heap::owns(address);
}

} // namespace tideline

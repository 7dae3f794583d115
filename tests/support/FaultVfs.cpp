#include "FaultVfs.h"

#include "core/storage/Sqlite.h"
#include "core/storage/SqliteMemory.h"

#include <atomic>
#include <cstring>

namespace tideline::test {

namespace {

struct State
{
    sqlite3_vfs* real = nullptr;
    sqlite3_vfs shim{};
    bool armed = false;
    FaultVfs::Fail kind = FaultVfs::Fail::Write;
    int nth = 0;
    bool persistent = false;
    int calls = 0;
    bool fired = false;
};

State state;

// Counts a call of the given kind; true when this one is to fail.
bool shouldFail(FaultVfs::Fail kind)
{
    const bool matches
        = state.kind == kind || (state.kind == FaultVfs::Fail::DiskFull && kind == FaultVfs::Fail::Write);
    if (!state.armed || !matches) {
        return false;
    }
    ++state.calls;
    if (state.calls == state.nth || (state.persistent && state.calls > state.nth)) {
        state.fired = true;
        return true;
    }
    return false;
}

// Our file: the real VFS's file follows it in the same allocation.
struct ShimFile
{
    sqlite3_file base;
    sqlite3_file* real() { return reinterpret_cast<sqlite3_file*>(this + 1); }
};

ShimFile* shim(sqlite3_file* file)
{
    return reinterpret_cast<ShimFile*>(file);
}

int xClose(sqlite3_file* f)
{
    return shim(f)->real()->pMethods->xClose(shim(f)->real());
}
int xRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultVfs::Fail::Read)) {
        return SQLITE_IOERR_READ;
    }
    return shim(f)->real()->pMethods->xRead(shim(f)->real(), buffer, amount, offset);
}
int xWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    if (shouldFail(FaultVfs::Fail::Write)) {
        return state.kind == FaultVfs::Fail::DiskFull ? SQLITE_FULL : SQLITE_IOERR_WRITE;
    }
    return shim(f)->real()->pMethods->xWrite(shim(f)->real(), buffer, amount, offset);
}
int xTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return shim(f)->real()->pMethods->xTruncate(shim(f)->real(), size);
}
int xSync(sqlite3_file* f, int flags)
{
    if (shouldFail(FaultVfs::Fail::Sync)) {
        return SQLITE_IOERR_FSYNC;
    }
    return shim(f)->real()->pMethods->xSync(shim(f)->real(), flags);
}
int xFileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return shim(f)->real()->pMethods->xFileSize(shim(f)->real(), size);
}
int xLock(sqlite3_file* f, int level)
{
    return shim(f)->real()->pMethods->xLock(shim(f)->real(), level);
}
int xUnlock(sqlite3_file* f, int level)
{
    return shim(f)->real()->pMethods->xUnlock(shim(f)->real(), level);
}
int xCheckReservedLock(sqlite3_file* f, int* out)
{
    return shim(f)->real()->pMethods->xCheckReservedLock(shim(f)->real(), out);
}
int xFileControl(sqlite3_file* f, int op, void* arg)
{
    return shim(f)->real()->pMethods->xFileControl(shim(f)->real(), op, arg);
}
int xSectorSize(sqlite3_file* f)
{
    return shim(f)->real()->pMethods->xSectorSize(shim(f)->real());
}
int xDeviceCharacteristics(sqlite3_file* f)
{
    return shim(f)->real()->pMethods->xDeviceCharacteristics(shim(f)->real());
}
int xShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return shim(f)->real()->pMethods->xShmMap(shim(f)->real(), region, size, extend, out);
}
int xShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return shim(f)->real()->pMethods->xShmLock(shim(f)->real(), offset, n, flags);
}
void xShmBarrier(sqlite3_file* f)
{
    shim(f)->real()->pMethods->xShmBarrier(shim(f)->real());
}
int xShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return shim(f)->real()->pMethods->xShmUnmap(shim(f)->real(), deleteFlag);
}
// No memory-mapped reads: every read goes through xRead, where faults are injected.
int xFetch(sqlite3_file*, sqlite3_int64, int, void** out)
{
    *out = nullptr;
    return SQLITE_OK;
}
int xUnfetch(sqlite3_file*, sqlite3_int64, void*)
{
    return SQLITE_OK;
}

const sqlite3_io_methods kMethods
    = {3, xClose, xRead, xWrite, xTruncate, xSync, xFileSize, xLock, xUnlock, xCheckReservedLock, xFileControl,
        xSectorSize, xDeviceCharacteristics, xShmMap, xShmLock, xShmBarrier, xShmUnmap, xFetch, xUnfetch};

int xOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    ShimFile* ours = shim(file);
    ours->base.pMethods = nullptr;
    const int rc = state.real->xOpen(state.real, name, ours->real(), flags, outFlags);
    if (rc == SQLITE_OK && ours->real()->pMethods) {
        ours->base.pMethods = &kMethods;
    }
    return rc;
}

int xDelete(sqlite3_vfs*, const char* name, int syncDir)
{
    return state.real->xDelete(state.real, name, syncDir);
}
int xAccess(sqlite3_vfs*, const char* name, int flags, int* out)
{
    return state.real->xAccess(state.real, name, flags, out);
}
int xFullPathname(sqlite3_vfs*, const char* name, int size, char* out)
{
    return state.real->xFullPathname(state.real, name, size, out);
}
void* xDlOpen(sqlite3_vfs*, const char* name)
{
    return state.real->xDlOpen(state.real, name);
}
void xDlError(sqlite3_vfs*, int size, char* out)
{
    state.real->xDlError(state.real, size, out);
}
void (*xDlSym(sqlite3_vfs*, void* handle, const char* symbol))(void)
{
    return state.real->xDlSym(state.real, handle, symbol);
}
void xDlClose(sqlite3_vfs*, void* handle)
{
    state.real->xDlClose(state.real, handle);
}
int xRandomness(sqlite3_vfs*, int size, char* out)
{
    return state.real->xRandomness(state.real, size, out);
}
int xSleep(sqlite3_vfs*, int microseconds)
{
    return state.real->xSleep(state.real, microseconds);
}
int xCurrentTime(sqlite3_vfs*, double* out)
{
    return state.real->xCurrentTime(state.real, out);
}
int xGetLastError(sqlite3_vfs*, int size, char* out)
{
    return state.real->xGetLastError(state.real, size, out);
}
int xCurrentTimeInt64(sqlite3_vfs*, sqlite3_int64* out)
{
    return state.real->xCurrentTimeInt64(state.real, out);
}

} // namespace

FaultVfs::FaultVfs()
{
    // SQLite starts here in some tests: with the allocator the vault's connections use.
    tideline::installSqliteMemory();
    sqlite3_initialize();
    if (!state.real) {
        state.real = sqlite3_vfs_find(nullptr);
        sqlite3_vfs& vfs = state.shim;
        vfs.iVersion = 2;
        vfs.szOsFile = static_cast<int>(sizeof(ShimFile)) + state.real->szOsFile;
        vfs.mxPathname = state.real->mxPathname;
        vfs.zName = "tideline-fault";
        vfs.xOpen = xOpen;
        vfs.xDelete = xDelete;
        vfs.xAccess = xAccess;
        vfs.xFullPathname = xFullPathname;
        vfs.xDlOpen = xDlOpen;
        vfs.xDlError = xDlError;
        vfs.xDlSym = xDlSym;
        vfs.xDlClose = xDlClose;
        vfs.xRandomness = xRandomness;
        vfs.xSleep = xSleep;
        vfs.xCurrentTime = xCurrentTime;
        vfs.xGetLastError = xGetLastError;
        vfs.xCurrentTimeInt64 = xCurrentTimeInt64;
    }
    sqlite3_vfs_register(&state.shim, 1);
    disarm();
}

FaultVfs::~FaultVfs()
{
    disarm();
    sqlite3_vfs_register(state.real, 1);
    sqlite3_vfs_unregister(&state.shim);
}

void FaultVfs::arm(Fail kind, int nth, bool persistent)
{
    state.kind = kind;
    state.nth = nth;
    state.persistent = persistent;
    state.calls = 0;
    state.fired = false;
    state.armed = true;
}

void FaultVfs::disarm()
{
    state.armed = false;
}

bool FaultVfs::fired() const
{
    return state.fired;
}

int FaultVfs::calls() const
{
    return state.calls;
}

} // namespace tideline::test

#pragma once

// A SQLite VFS that passes everything to the real one and fails the Nth read, write, sync or
// truncate on purpose (SQLite's own test suite does the same with its "malloc and I/O fault"
// shims). Installed as the default VFS while a FaultVfs object lives, so Tideline's Database,
// which opens with the default, goes through it without knowing.

namespace tideline::test {

class FaultVfs
{
public:
    enum class Fail {
        Write, // xWrite returns SQLITE_IOERR_WRITE
        DiskFull, // xWrite returns SQLITE_FULL, as a full disk does
        Sync, // xSync returns SQLITE_IOERR_FSYNC
        Read, // xRead returns SQLITE_IOERR_READ
    };

    FaultVfs();
    ~FaultVfs();
    FaultVfs(const FaultVfs&) = delete;
    FaultVfs& operator=(const FaultVfs&) = delete;

    // From now on, the nth call of that kind (1 = the next one) fails, and, when persistent,
    // every later one as well (a disk that stays full).
    void arm(Fail kind, int nth, bool persistent = false);
    void disarm();
    // Whether the armed fault has been hit since arm().
    bool fired() const;
    // Calls of the armed kind counted since arm().
    int calls() const;
};

} // namespace tideline::test

#pragma once

#include "core/common/DiskSpace.h"

#include <QString>

namespace tideline {

// A small file of zeros kept in the data folder so that a full disk cannot stop the last save, the
// count of an unlock try or an unlock itself (issue 20, item 2; DESIGN.md section 6). When a write
// meets a full disk, the file is freed and the write tried once more; it is made again when the
// disk has ample room. It holds no content: only zeros, owner-only.
class DiskReserve
{
public:
    // Room for the lock file, the try counter, SQLite's shared-memory file and the log of a large
    // save (a few megabytes of text with its search index), with some to spare.
    static constexpr qint64 kBytes = 8 * 1024 * 1024;
    // Made only when this much more is free, so it never takes the last space a person has.
    static constexpr qint64 kHeadroomBytes = 256 * 1024 * 1024;

    explicit DiskReserve(QString path) : m_path(std::move(path)) {}

    bool isHeld() const;
    // Makes the file when it is missing and the disk has ample room; otherwise does nothing.
    void replenish() const;
    // Frees the room. True when there was a reserve to free (so a retry may now succeed).
    bool release() const;

private:
    QString m_path;
};

} // namespace tideline

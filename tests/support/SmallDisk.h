#pragma once

#include <QString>
#include <QTemporaryDir>

namespace tideline::test {

// A folder on a small filesystem of its own (a tmpfs), so a test can fill the disk for real: SQLite,
// QLockFile and the kernel then answer exactly as on a full disk (ENOSPC, SQLITE_FULL, a shared-memory
// file that cannot be mapped). Mounting needs root; the suite's CI runs as root, and a test run as
// another user goes through runAsRoot() first (a user namespace where that user is root).
class SmallDisk
{
public:
    explicit SmallDisk(qint64 bytes);
    ~SmallDisk();
    SmallDisk(const SmallDisk&) = delete;
    SmallDisk& operator=(const SmallDisk&) = delete;

    bool mounted() const { return m_mounted; }
    // The mounted folder (empty at first).
    QString path() const { return m_dir.path(); }
    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Fills the disk with a filler file until at most leaveBytes are free.
    void fill(qint64 leaveBytes = 0);
    // Removes the filler: the room comes back.
    void makeRoom();
    qint64 freeBytes() const;

    // True when this process may mount a tmpfs (root, or root in its own user namespace).
    static bool canMount();
    // When this process may not mount: runs the current Catch2 test case again in a child process
    // under `unshare --user --map-root-user --mount` and returns its exit code; -1 when it may mount
    // already (the caller goes on), 127 when no user namespace can be had. Use as:
    //     if (int code = SmallDisk::runAsRoot(); code >= 0) { REQUIRE(code == 0); return; }
    static int runAsRoot();

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

} // namespace tideline::test

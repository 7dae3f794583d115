#pragma once

#include <QString>

#include <sys/types.h>

namespace tideline::test {

// The permission bits of path (st_mode & 0777), following symlinks; -1 when it is not there.
int permissionsOf(const QString& path);

// Sets the process umask for a scope, so a test can prove a writer sets 0600 itself rather
// than getting it from a strict umask (022 is the common default that would give 0644).
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask);
    ~ScopedUmask();
    ScopedUmask(const ScopedUmask&) = delete;
    ScopedUmask& operator=(const ScopedUmask&) = delete;

private:
    mode_t m_previous;
};

} // namespace tideline::test

#include "FileMode.h"

#include <QFile>

#include <sys/stat.h>

namespace tideline::test {

int permissionsOf(const QString& path)
{
    struct stat info
    {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0) {
        return -1;
    }
    return static_cast<int>(info.st_mode & 0777);
}

ScopedUmask::ScopedUmask(mode_t mask) : m_previous(::umask(mask))
{}

ScopedUmask::~ScopedUmask()
{
    ::umask(m_previous);
}

} // namespace tideline::test

#include "exchange/BackupStream.h"

#include "vault/AtomicFile.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace tideline::exchange {

namespace {

constexpr qint64 kChunkBytes = 256 * 1024;

} // namespace

MacStream::MacStream(const SecureBuffer& key)
{
    crypto_generichash_init(&m_state, key.data(), key.size(), 32);
}

MacStream::~MacStream()
{
    sodium_memzero(&m_state, sizeof m_state);
}

void MacStream::add(const char* data, qsizetype size)
{
    crypto_generichash_update(&m_state, reinterpret_cast<const unsigned char*>(data), static_cast<size_t>(size));
}

QByteArray MacStream::finish()
{
    QByteArray digest(32, Qt::Uninitialized);
    crypto_generichash_final(&m_state, reinterpret_cast<unsigned char*>(digest.data()), 32);
    return digest;
}

Result<StagedFile> StagedFile::beside(const QString& target, const QString& what)
{
    QByteArray temp = QFile::encodeName(QFileInfo(target).absoluteFilePath()) + ".tmp-XXXXXX";
    const int fd = ::mkostemp(temp.data(), O_CLOEXEC);
    if (fd < 0) {
        return writeError(errno, what);
    }
    ::fchmod(fd, S_IRUSR | S_IWUSR); // owner only, whatever the umask
    return StagedFile(fd, QFile::decodeName(temp), what);
}

Result<StagedFile> StagedFile::create(const QString& path, const QString& what)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, S_IRUSR | S_IWUSR);
    if (fd < 0) {
        return writeError(errno, what);
    }
    return StagedFile(fd, path, what);
}

StagedFile::StagedFile(StagedFile&& other) noexcept
    : m_fd(other.m_fd), m_path(std::move(other.m_path)), m_what(std::move(other.m_what)), m_keep(other.m_keep)
{
    other.m_fd = -1;
    other.m_path.clear();
    other.m_keep = true;
}

StagedFile::~StagedFile()
{
    if (m_fd >= 0) {
        ::close(m_fd);
    }
    if (!m_keep && !m_path.isEmpty()) {
        QFile::remove(m_path);
    }
}

Status StagedFile::write(const char* data, qsizetype size)
{
    while (size > 0) {
        const ssize_t n = ::write(m_fd, data, static_cast<size_t>(size));
        if (n < 0) {
            if (errno == EINTR) {
                continue;
            }
            return writeError(errno, m_what);
        }
        data += n;
        size -= n;
    }
    return {};
}

Status StagedFile::close()
{
    if (m_fd < 0) {
        return {};
    }
    const bool synced = ::fsync(m_fd) == 0;
    const int saved = errno;
    const bool closed = ::close(m_fd) == 0;
    m_fd = -1;
    if (!synced || !closed) {
        return writeError(synced ? errno : saved, m_what);
    }
    return {};
}

Status StagedFile::commit(const QString& target)
{
    if (auto s = close(); !s) {
        return s;
    }
    const QFileInfo info(target);
    const QByteArray to = QFile::encodeName(info.absoluteFilePath());
    if (::rename(QFile::encodeName(m_path).constData(), to.constData()) != 0) {
        return writeError(errno, m_what);
    }
    m_keep = true;
    const QByteArray dir = QFile::encodeName(info.absolutePath());
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    const bool synced = dirFd >= 0 && ::fsync(dirFd) == 0;
    if (dirFd >= 0) {
        ::close(dirFd);
    }
    if (!synced) {
        return writeError(errno, m_what);
    }
    return {};
}

Status copyThrough(QFile& from, qint64 bytes, StagedFile* to, MacStream& mac, const Error& whenShort)
{
    QByteArray chunk(static_cast<qsizetype>(qMin(bytes, kChunkBytes)), Qt::Uninitialized);
    while (bytes > 0) {
        const qint64 want = qMin(bytes, kChunkBytes);
        const qint64 got = from.read(chunk.data(), want);
        if (got <= 0) {
            return whenShort;
        }
        mac.add(chunk.constData(), got);
        if (to) {
            if (auto s = to->write(chunk.constData(), got); !s) {
                return s;
            }
        }
        bytes -= got;
    }
    return {};
}

} // namespace tideline::exchange

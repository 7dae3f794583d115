#include "core/exchange/BackupStream.h"

#include "core/vault/AtomicFile.h"

#include <QFile>

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

Status copyThrough(QFile& from, qint64 bytes, StagedFile* to, MacStream& mac, const Error& whenShort,
    Progress* progress, qint64 progressBase, const Error& whenStopped)
{
    QByteArray chunk(static_cast<qsizetype>(qMin(bytes, kChunkBytes)), Qt::Uninitialized);
    qint64 done = 0;
    while (bytes > 0) {
        if (progress) {
            progress->advance(progressBase + done);
            if (progress->stopRequested()) {
                return whenStopped;
            }
        }
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
        done += got;
    }
    return {};
}

} // namespace tideline::exchange

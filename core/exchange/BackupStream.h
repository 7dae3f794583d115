#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"
#include "core/common/SecureBuffer.h"
#include "core/vault/AtomicFile.h"

#include <QByteArray>
#include <QString>

#include <sodium.h>

class QFile;

namespace tideline::exchange {

// A keyed BLAKE2b-256 over bytes that arrive in pieces: the backup file's MAC.
class MacStream
{
public:
    explicit MacStream(const SecureBuffer& key);
    ~MacStream();
    MacStream(const MacStream&) = delete;
    MacStream& operator=(const MacStream&) = delete;

    void add(const char* data, qsizetype size);
    void add(const QByteArray& bytes) { add(bytes.constData(), bytes.size()); }
    QByteArray finish();

private:
    crypto_generichash_state m_state;
};

// Copies `bytes` bytes from `from` (at its position) to `to`, feeding each piece to `mac`
// too; a file shorter than that is damage (a cut-short backup). With progress, each piece
// advances it by its size (from `progressBase` on), and a stop asked for ends it with
// `whenStopped`.
Status copyThrough(QFile& from, qint64 bytes, StagedFile* to, MacStream& mac, const Error& whenShort,
    Progress* progress = nullptr, qint64 progressBase = 0, const Error& whenStopped = Error{});

} // namespace tideline::exchange

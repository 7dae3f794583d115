#include "core/attachments/ChunkReader.h"

#include "core/storage/Database.h"

#include <cstring>

namespace tideline::attachments {

ChunkReader::ChunkReader(Database& db, qint64 attachmentId, qint64 size, qint64 chunkBytes, QObject* parent)
    : QIODevice(parent), m_db(db), m_id(attachmentId), m_size(size), m_chunkBytes(qMax<qint64>(1, chunkBytes))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

ChunkReader::~ChunkReader()
{
    m_chunk.fill('\0'); // the person's file does not linger in freed memory
}

bool ChunkReader::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size) {
        return false;
    }
    return QIODevice::seek(pos);
}

bool ChunkReader::load(qint64 seq)
{
    if (seq == m_loaded) {
        return true;
    }
    Result<Statement> stmt = m_db.prepare("SELECT data FROM attachment_chunk WHERE attachment_id = ?1 AND seq = ?2;");
    if (!stmt) {
        m_damaged = true;
        return false;
    }
    stmt.value().bind(1, m_id).bind(2, seq);
    Result<Statement::Step> step = stmt.value().step();
    if (!step || step.value() != Statement::Step::Row) {
        m_damaged = true;
        return false;
    }
    const QByteArrayView blob = stmt.value().columnBlobView(0);
    const qint64 expected = qMin(m_chunkBytes, m_size - seq * m_chunkBytes);
    if (blob.size() != expected) {
        m_damaged = true;
        return false;
    }
    m_chunk.resize(blob.size());
    std::memcpy(m_chunk.data(), blob.data(), static_cast<size_t>(blob.size()));
    m_loaded = seq;
    return true;
}

qint64 ChunkReader::readData(char* data, qint64 maxSize)
{
    if (m_damaged) {
        return -1;
    }
    qint64 done = 0;
    qint64 at = pos();
    while (done < maxSize && at < m_size) {
        const qint64 seq = at / m_chunkBytes;
        if (!load(seq)) {
            return done > 0 ? done : -1;
        }
        const qint64 offset = at - seq * m_chunkBytes;
        const qint64 take = qMin(maxSize - done, qint64(m_chunk.size()) - offset);
        std::memcpy(data + done, m_chunk.constData() + offset, static_cast<size_t>(take));
        done += take;
        at += take;
    }
    return done;
}

} // namespace tideline::attachments

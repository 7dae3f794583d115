#pragma once

#include <QIODevice>

namespace tideline {
class Database;
}

namespace tideline::attachments {

// An attachment's bytes as a read-only, seekable device, one chunk in memory at a time: what
// QImageReader, the metadata stripper, a saved copy and an export read from. Reads the open
// database on the calling thread; must not outlive the database or be used while it is locked
// (reads then fail, never crash). Nothing is ever written anywhere.
class ChunkReader final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChunkReader)

public:
    // size and chunkBytes as stored for the attachment (Attachment::size, ::chunkBytes).
    ChunkReader(Database& db, qint64 attachmentId, qint64 size, qint64 chunkBytes, QObject* parent = nullptr);
    ~ChunkReader() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    // True when a chunk was missing or had the wrong length (a damaged vault): reads stop.
    bool damaged() const { return m_damaged; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    bool load(qint64 seq);

    Database& m_db;
    qint64 m_id;
    qint64 m_size;
    qint64 m_chunkBytes;
    QByteArray m_chunk;
    qint64 m_loaded = -1; // the seq held in m_chunk
    bool m_damaged = false;
};

} // namespace tideline::attachments

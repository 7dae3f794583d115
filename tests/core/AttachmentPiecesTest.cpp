// How a file's bytes go into the vault (core/attachments/AttachmentStoreAdd.cpp): read a quarter
// chunk at a time into chunk rows made at their final length from the size the caller declared.
// Every length around a piece's and a chunk's edge reads back byte for byte, from a file and
// from a source that hands over a few bytes at a time; a source longer or shorter than it said
// is refused and leaves nothing behind.
#include "RandomBytes.h"
#include "TestVault.h"
#include "core/attachments/AttachmentStore.h"
#include "core/attachments/Sha256.h"
#include "core/records/RecordRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QBuffer>

#include <algorithm>
#include <cstring>

#include <random>

using namespace tideline;
using namespace tideline::attachments;
using namespace tideline::test;

namespace {

// A pipe-like source: sequential, and never more than `step` bytes a read.
class TrickleDevice : public QIODevice
{
public:
    TrickleDevice(QByteArray bytes, qint64 step) : m_bytes(std::move(bytes)), m_step(step)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_pos == m_bytes.size(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        const qint64 n = std::min({maxSize, m_step, qint64(m_bytes.size() - m_pos)});
        std::memcpy(data, m_bytes.constData() + m_pos, static_cast<size_t>(n));
        m_pos += n;
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qint64 m_step;
    qint64 m_pos = 0;
};

struct RecordVault
{
    TestVault tv;
    qint64 record = 0;

    RecordVault()
    {
        records::RecordFields fields;
        fields.day = QDate(2025, 12, 30);
        fields.whatHappened = QStringLiteral("A voice message at night.");
        Result<qint64> id = records::RecordRepository(tv.vault->database(), tv.clock).create(fields);
        REQUIRE(id.ok());
        record = id.value();
    }

    Result<Attachment> add(QIODevice& source, qint64 declared)
    {
        AttachmentStore store(tv.vault->database(), tv.clock);
        return store.add(source, QStringLiteral("voice.ogg"), declared, {AttachmentOwner::record(record), {}, {}});
    }

    qint64 rows(const char* sql)
    {
        auto row = tv.vault->database().queryFirst(sql);
        REQUIRE(row.ok());
        return row.value()->columnInt(0);
    }
};

constexpr qint64 kPiece = 64 * 1024;

} // namespace

TEST_CASE("Files of every length around a piece's and a chunk's edge read back byte for byte", "[attachments]")
{
    RecordVault v;
    AttachmentStore store(v.tv.vault->database(), v.tv.clock);
    const QList<qint64> sizes{1, kPiece - 1, kPiece, kPiece + 1, kChunkBytes - 1, kChunkBytes, kChunkBytes + 1,
        2 * kChunkBytes + 3 * kPiece + 17};
    qint64 chunks = 0;
    for (const qint64 size : sizes) {
        const QByteArray original = randomBytes(size, static_cast<quint32>(size));
        for (const qint64 step : {size, qint64(4093)}) {
            INFO("size " << size << ", read " << step << " bytes at a time");
            TrickleDevice source(original, step);
            Result<Attachment> added = v.add(source, size);
            INFO((added.ok() ? std::string() : added.error().message.toStdString()));
            REQUIRE(added.ok());
            CHECK(added.value().size == size);
            CHECK(added.value().sha256 == Sha256::hexOf(original));
            CHECK(store.readAll(added.value(), kMaxFileBytes).value() == original);
            chunks += (size + kChunkBytes - 1) / kChunkBytes;
        }
    }
    // Every chunk but a file's last is whole.
    CHECK(v.rows("SELECT count(*) FROM attachment_chunk;") == chunks);
    const QByteArray shortChunks = "SELECT count(*) FROM attachment_chunk c WHERE length(c.data) <> "
        + QByteArray::number(kChunkBytes)
        + " AND c.seq < (SELECT max(seq) FROM attachment_chunk d WHERE d.attachment_id = c.attachment_id);";
    CHECK(v.rows(shortChunks.constData()) == 0);
}

TEST_CASE("A source longer or shorter than it said is refused and leaves nothing behind", "[attachments]")
{
    RecordVault v;
    const QByteArray bytes = randomBytes(kChunkBytes + 5 * kPiece + 9, 3);
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);

    SECTION("longer: the message says how long it really was")
    {
        Result<Attachment> refused = v.add(buffer, kChunkBytes);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("changed while it was being read")));
        CHECK(refused.error().message.contains(QStringLiteral("it had 590 KB")));
    }
    SECTION("shorter, from a pipe")
    {
        TrickleDevice source(bytes, 1000);
        Result<Attachment> refused = v.add(source, bytes.size() + 1);
        REQUIRE_FALSE(refused.ok());
        CHECK(refused.code() == ErrorCode::InvalidInput);
        CHECK(refused.error().message.contains(QStringLiteral("changed while it was being read")));
    }
    CHECK(v.rows("SELECT (SELECT count(*) FROM attachment) + (SELECT count(*) FROM attachment_chunk);") == 0);
    // The same bytes, said right, go in.
    buffer.seek(0);
    CHECK(v.add(buffer, bytes.size()).ok());
}

// SQLite's memory (core/storage/SqliteMemory.h): every block SQLite gets lies in memory locked out
// of swap, is wiped the moment it is freed, and holds what was written to it; a vault's words are
// gone from that memory once its connection closes. DESIGN.md section 3.
#include "core/storage/SqliteMemory.h"
#include "SqlScalar.h"
#include "core/common/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/storage/Sqlite.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

using namespace tideline;
using namespace tideline::test;

namespace {

// The VmFlags of the mapping that holds the address, from /proc/self/smaps ("rd wr mr mw me lo").
QStringList mappingFlags(const void* address)
{
    QFile smaps(QStringLiteral("/proc/self/smaps"));
    REQUIRE(smaps.open(QIODevice::ReadOnly));
    const auto where = reinterpret_cast<quintptr>(address);
    static const QRegularExpression range(QStringLiteral("^([0-9a-f]+)-([0-9a-f]+) "));
    bool inside = false;
    // Read whole: a /proc file has no size, so QFile::atEnd() holds from the start.
    const QList<QByteArray> lines = smaps.readAll().split('\n');
    for (const QByteArray& raw : lines) {
        const QString line = QString::fromLatin1(raw).trimmed();
        const QRegularExpressionMatch m = range.match(line);
        if (m.hasMatch()) {
            inside = where >= m.captured(1).toULongLong(nullptr, 16) && where < m.captured(2).toULongLong(nullptr, 16);
        } else if (inside && line.startsWith(QLatin1String("VmFlags:"))) {
            return line.mid(8).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        }
    }
    return {};
}

// Whether this process may lock a few MiB: root may lock without limit, others up to ulimit -l.
bool mayLock()
{
    rlimit limit{};
    return geteuid() == 0 || (getrlimit(RLIMIT_MEMLOCK, &limit) == 0 && limit.rlim_cur >= (16u << 20));
}

} // namespace

TEST_CASE("SQLite's allocator is installed before SQLite starts and serves all of its memory", "[storage][memory]")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("v.db")), SecureBuffer::random(32), true).ok());
    REQUIRE(sqliteMemoryInstalled());
    void* block = sqlite3_malloc(200);
    REQUIRE(block != nullptr);
    CHECK(sqliteMemoryOwns(block));
    sqlite3_free(block);
    // SQLCipher's own lock-per-allocation stays off: the allocator does its work.
    CHECK(scalar(db, "PRAGMA cipher_memory_security;") == 0);
}

TEST_CASE("Block sizes: never less than asked, at most a quarter more, stable", "[storage][memory]")
{
    for (int bytes = 1; bytes <= 70000; ++bytes) {
        const int rounded = sqlite_memory::roundUp(bytes);
        REQUIRE(rounded >= bytes);
        REQUIRE(sqlite_memory::roundUp(rounded) == rounded);
        if (bytes > 128 && bytes <= 65536) {
            REQUIRE(rounded <= bytes + bytes / 4);
        }
        REQUIRE(rounded % 16 == 0);
    }
    for (const int bytes : {1, 16, 17, 129, 4096, 4400, 65536, 65537, 300000}) {
        void* block = sqlite_memory::allocate(bytes);
        REQUIRE(block != nullptr);
        CHECK(reinterpret_cast<quintptr>(block) % 16 == 0);
        CHECK(sqlite_memory::sizeOf(block) >= bytes);
        CHECK(sqlite_memory::sizeOf(block) == sqlite_memory::roundUp(bytes));
        sqlite_memory::release(block);
    }
    CHECK(sqlite_memory::allocate(0) == nullptr);
    CHECK(sqlite_memory::allocate(-5) == nullptr);
}

TEST_CASE("A block keeps what is written to it, also when it grows or shrinks", "[storage][memory]")
{
    for (const int bytes : {24, 1000, 5000, 70000}) {
        auto* block = static_cast<unsigned char*>(sqlite_memory::allocate(bytes));
        REQUIRE(block != nullptr);
        for (int i = 0; i < bytes; ++i) {
            block[i] = static_cast<unsigned char>(i * 7 + bytes);
        }
        // Smaller or the same: the block as it is.
        CHECK(sqlite_memory::reallocate(block, bytes / 2) == block);
        auto* grown = static_cast<unsigned char*>(sqlite_memory::reallocate(block, bytes * 3));
        REQUIRE(grown != nullptr);
        CHECK(sqlite_memory::sizeOf(grown) >= bytes * 3);
        bool same = true;
        for (int i = 0; i < bytes; ++i) {
            same = same && grown[i] == static_cast<unsigned char>(i * 7 + bytes);
        }
        CHECK(same);
        CHECK(sqlite_memory::reallocate(grown, 0) == nullptr); // frees it
    }
    void* fresh = sqlite_memory::reallocate(nullptr, 40);
    REQUIRE(fresh != nullptr);
    sqlite_memory::release(fresh);
    sqlite_memory::release(nullptr);
}

TEST_CASE("A freed block is wiped at once, small or large", "[storage][memory]")
{
    for (const int bytes : {48, 3000, 65536, 200000}) {
        const QByteArray secret = QByteArrayLiteral("quiet-lantern-") + QByteArray::number(bytes) + "-Zx7q";
        auto* block = static_cast<char*>(sqlite_memory::allocate(bytes));
        REQUIRE(block != nullptr);
        std::memcpy(block + bytes - secret.size(), secret.constData(), static_cast<size_t>(secret.size()));
        REQUIRE(sqliteMemoryHolds(secret.constData(), static_cast<size_t>(secret.size())));
        sqlite_memory::release(block);
        CHECK_FALSE(sqliteMemoryHolds(secret.constData(), static_cast<size_t>(secret.size())));
    }
}

TEST_CASE("Blocks lie in memory locked out of swap and kept out of core dumps", "[storage][memory]")
{
    for (const int bytes : {64, 4400, 100000}) {
        void* block = sqlite_memory::allocate(bytes);
        REQUIRE(block != nullptr);
        CHECK(sqliteMemoryOwns(block));
        const QStringList flags = mappingFlags(block);
        INFO("VmFlags: " << flags.join(QLatin1Char(' ')).toStdString());
        REQUIRE_FALSE(flags.isEmpty());
        CHECK(flags.contains(QLatin1String("dd"))); // MADV_DONTDUMP
        if (mayLock()) {
            CHECK(flags.contains(QLatin1String("lo")));
            CHECK(sqliteMemoryFigures().unlockedAreas == 0);
        } else {
            // Over the memory lock limit: still served, wiped, and the shortfall is counted.
            CHECK((flags.contains(QLatin1String("lo")) || sqliteMemoryFigures().unlockedAreas > 0));
        }
        sqlite_memory::release(block);
    }
    const int onTheStack = 0;
    CHECK_FALSE(sqliteMemoryOwns(&onTheStack));
}

TEST_CASE("A vault's words are gone from SQLite's memory once its connection closes", "[storage][memory]")
{
    const QString words = QStringLiteral("the harbour light qv9marigold kept me company tonight");
    const QByteArray needle = QByteArrayLiteral("qv9marigold");
    QTemporaryDir dir;
    {
        Database db;
        REQUIRE(db.open(dir.filePath(QStringLiteral("v.db")), SecureBuffer::random(32), true).ok());
        REQUIRE(db.configure().ok());
        REQUIRE(db.exec("CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);"
                        "CREATE VIRTUAL TABLE note_fts USING fts5(body, content='note', content_rowid='id');")
                    .ok());
        {
            auto insert = db.prepare("INSERT INTO note (body) VALUES (?1);");
            REQUIRE(insert.ok());
            REQUIRE(insert.value().bind(1, words).run().ok());
        }
        REQUIRE(db.exec("INSERT INTO note_fts (rowid, body) SELECT id, body FROM note;").ok());
        CHECK(scalar(db, "SELECT count(*) FROM note_fts WHERE note_fts MATCH 'qv9marigold';") == 1);
        // While the vault is open its decrypted pages sit in SQLite's cache: the scan sees them.
        REQUIRE(sqliteMemoryHolds(needle.constData(), static_cast<size_t>(needle.size())));
        db.close();
        CHECK_FALSE(sqliteMemoryHolds(needle.constData(), static_cast<size_t>(needle.size())));
    }
}

TEST_CASE("Many threads allocating and freeing at once each keep their own blocks", "[storage][memory]")
{
    constexpr int kThreads = 4;
    std::atomic<int> damaged{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([t, &damaged] {
            std::mt19937 random(static_cast<unsigned>(2026 + t));
            std::vector<std::pair<unsigned char*, int>> held;
            const auto mark = static_cast<unsigned char>(0x40 + t);
            const auto intact = [&](const std::pair<unsigned char*, int>& block) {
                for (int i = 0; i < block.second; ++i) {
                    if (block.first[i] != mark) {
                        return false;
                    }
                }
                return true;
            };
            for (int step = 0; step < 20000; ++step) {
                if (held.size() < 64 && (held.empty() || random() % 3 != 0)) {
                    const int bytes = 1 + static_cast<int>(random() % (random() % 8 == 0 ? 90000 : 2000));
                    auto* block = static_cast<unsigned char*>(sqlite_memory::allocate(bytes));
                    if (block == nullptr) {
                        ++damaged;
                        continue;
                    }
                    std::memset(block, mark, static_cast<size_t>(bytes));
                    held.emplace_back(block, bytes);
                } else {
                    const size_t at = random() % held.size();
                    if (!intact(held[at])) {
                        ++damaged;
                    }
                    sqlite_memory::release(held[at].first);
                    held.erase(held.begin() + static_cast<std::ptrdiff_t>(at));
                }
            }
            for (const auto& block : held) {
                if (!intact(block)) {
                    ++damaged;
                }
                sqlite_memory::release(block.first);
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    CHECK(damaged.load() == 0);
}

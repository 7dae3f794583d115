// Migration 0005: the full-text index's leaves fit in one SQLCipher page (no overflow page per
// leaf), for vaults made before it (rewritten once) and for everything written after it.
#include "SqlScalar.h"
#include "core/common/SecureBuffer.h"
#include "core/storage/Database.h"
#include "core/storage/Migrator.h"
#include "core/storage/Transaction.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

#include <algorithm>

using namespace tideline;
using namespace tideline::test;

namespace {

// The most a %_data row's blob can hold in the page: 4096 less SQLCipher 4's 80 reserved
// bytes is 4016 usable; a table leaf keeps at most 4016 - 35 = 3981 bytes of a row there, and
// the row's record header (size, NULL id, blob type) takes 4 of them.
constexpr qint64 kLargestBlobInPage = 3977;

// Entries of many different words, so the index has full leaves and long doclists.
void addEntries(Database& db, int count, int firstDay)
{
    Transaction tx(db);
    REQUIRE(tx.begin().ok());
    auto stmt = db.prepare("INSERT INTO entry (created_at, updated_at, day, title, body) VALUES "
                           "('2026-01-01T09:00:00.000Z', '2026-01-01T09:00:00.000Z', ?1, ?2, ?3);");
    REQUIRE(stmt.ok());
    quint32 seed = 2026u + static_cast<quint32>(firstDay);
    for (int i = 0; i < count; ++i) {
        QString body;
        for (int w = 0; w < 300; ++w) {
            seed = seed * 1664525u + 1013904223u;
            body += QStringLiteral("word%1 ").arg((seed >> 8) % 4000);
        }
        body += QStringLiteral("harbour");
        const QDate day = QDate(2020, 1, 1).addDays(firstDay + i);
        stmt.value().reset();
        stmt.value().bind(1, day.toString(Qt::ISODate)).bind(2, QStringLiteral("Day %1").arg(i)).bind(3, body);
        REQUIRE(stmt.value().run().ok());
    }
    REQUIRE(tx.commit().ok());
}

qint64 largestLeaf(Database& db)
{
    // Row 10 is the index's structure record, not a leaf.
    return scalar(db, "SELECT max(length(block)) FROM entry_fts_data WHERE id > 10;");
}

} // namespace

TEST_CASE("Full-text index leaves fit in one page after migration 0005")
{
    QTemporaryDir dir;
    Database db;
    REQUIRE(db.open(dir.filePath(QStringLiteral("v.db")), SecureBuffer::random(32), true).ok());
    REQUIRE(db.configure().ok());

    // Up to 0005 and no further, so a later migration does not change what this checks.
    const QStringList all = Migrator::migrationFiles();
    const auto at = std::find_if(all.cbegin(), all.cend(),
        [](const QString& file) { return file.endsWith(QStringLiteral("0005_fts_page_size.sql")); });
    REQUIRE(at != all.cend());
    const QStringList before(all.cbegin(), at);
    // A vault as it was before 0005: FTS5's default leaves, which spill onto a second page.
    REQUIRE(Migrator::migrate(db, before).ok());
    REQUIRE(db.userVersion().value() == 4);
    addEntries(db, 150, 0);
    REQUIRE(largestLeaf(db) > kLargestBlobInPage);

    REQUIRE(Migrator::migrate(db, before + QStringList{*at}).ok());
    REQUIRE(db.userVersion().value() == 5);
    CHECK(scalar(db, "SELECT v FROM entry_fts_config WHERE k = 'pgsz';") == 3900);
    CHECK(scalar(db, "SELECT v FROM record_fts_config WHERE k = 'pgsz';") == 3900);
    // Rewritten in the new size, and the index answers as before.
    CHECK(largestLeaf(db) <= kLargestBlobInPage);
    CHECK(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'harbour';") == 150);
    REQUIRE(db.exec("INSERT INTO entry_fts (entry_fts, rank) VALUES ('integrity-check', 1);").ok());

    // What is written after the migration keeps to the new size too.
    addEntries(db, 150, 150);
    CHECK(largestLeaf(db) <= kLargestBlobInPage);
    CHECK(scalar(db, "SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'harbour';") == 300);
}

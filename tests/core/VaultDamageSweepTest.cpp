// A damage sweep, as SQLite tests itself: many damaged copies of one vault (single bit flips
// anywhere in the database, zeroed pages, truncations, swapped pages, a keyslots file from
// another vault or cut short). Every copy either opens and reads exactly what was saved, or is
// told "damaged" — never "wrong PIN" (which would send a person hunting for a secret they
// have right), never a counted try, never a hang. Seeded: TIDELINE_DAMAGE_SEED replays a run.
#include "FileProbe.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>

#include <functional>
#include <random>

using namespace tideline;
using namespace tideline::test;

namespace {

constexpr qint64 kPageSize = 4096; // SQLCipher 4's page

unsigned damageSeed()
{
    bool ok = false;
    const unsigned fromEnvironment = qEnvironmentVariable("TIDELINE_DAMAGE_SEED").toUInt(&ok);
    return ok ? fromEnvironment : 19u;
}

QString bodyOf(int i)
{
    return QStringLiteral("Entry %1. ").arg(i).repeated(1 + i % 40) + QStringLiteral("\U0001F33F \u05D0\u05D1\u05D2");
}

struct Pristine
{
    QByteArray database;
    QByteArray keyslots;
    QByteArray otherKeyslots; // from a second vault with the same PIN
    int entries = 0;
};

struct Damage
{
    std::string what;
    std::function<void(QByteArray& database, QByteArray& keyslots, const Pristine&)> apply;
};

std::vector<Damage> damages(std::mt19937& random, qint64 databaseSize)
{
    std::vector<Damage> list;
    const qint64 pages = databaseSize / kPageSize;
    for (int i = 0; i < 24; ++i) {
        const qint64 offset = qint64(random() % quint64(databaseSize));
        const int bit = int(random() % 8);
        list.push_back({"bit " + std::to_string(bit) + " of byte " + std::to_string(offset) + " flipped",
            [=](QByteArray& db, QByteArray&, const Pristine&) { db[offset] = char(db[offset] ^ (1 << bit)); }});
    }
    for (int i = 0; i < 12; ++i) {
        const qint64 page = i == 0 ? 0 : qint64(random() % quint64(pages));
        list.push_back({"page " + std::to_string(page) + " zeroed", [=](QByteArray& db, QByteArray&, const Pristine&) {
                            std::fill(db.begin() + page * kPageSize, db.begin() + (page + 1) * kPageSize, '\0');
                        }});
    }
    for (const qint64 size :
        {qint64{0}, qint64{100}, kPageSize, (pages / 2) * kPageSize, databaseSize - kPageSize, databaseSize - 1}) {
        list.push_back({"cut to " + std::to_string(size) + " bytes",
            [=](QByteArray& db, QByteArray&, const Pristine&) { db.truncate(size); }});
    }
    for (int i = 0; i < 10; ++i) {
        const qint64 a = qint64(random() % quint64(pages));
        const qint64 b = (a + 1 + qint64(random() % quint64(pages - 1))) % pages;
        list.push_back({"pages " + std::to_string(a) + " and " + std::to_string(b) + " swapped",
            [=](QByteArray& db, QByteArray&, const Pristine&) {
                const QByteArray first = db.mid(a * kPageSize, kPageSize);
                db.replace(a * kPageSize, kPageSize, db.mid(b * kPageSize, kPageSize));
                db.replace(b * kPageSize, kPageSize, first);
            }});
    }
    list.push_back({"keyslots file of another vault",
        [](QByteArray&, QByteArray& keyslots, const Pristine& pristine) { keyslots = pristine.otherKeyslots; }});
    list.push_back({"keyslots file cut in half",
        [](QByteArray&, QByteArray& keyslots, const Pristine&) { keyslots.truncate(keyslots.size() / 2); }});
    list.push_back(
        {"keyslots file empty", [](QByteArray&, QByteArray& keyslots, const Pristine&) { keyslots.clear(); }});
    list.push_back(
        {"a byte of the keyslots file flipped", [&random](QByteArray&, QByteArray& keyslots, const Pristine&) {
             const qint64 offset = qint64(random() % quint64(keyslots.size()));
             keyslots[offset] = char(keyslots[offset] ^ 0x10);
         }});
    return list;
}

// Everything saved reads back exactly.
void checkReadsCorrectly(Vault& vault, const Pristine& pristine)
{
    ManualClock clock;
    journal::JournalRepository journal(vault.database(), clock);
    const auto count = journal.count();
    REQUIRE(count.ok());
    REQUIRE(count.value() == pristine.entries);
    for (int i = 1; i <= pristine.entries; ++i) {
        const auto entry = journal.get(i);
        REQUIRE(entry.ok());
        REQUIRE(entry.value().body == bodyOf(i));
    }
}

} // namespace

TEST_CASE("Every damaged copy of a vault reads correctly or is told damaged, never a wrong PIN", "[vault][damage]")
{
    Pristine pristine;
    TestVault source;
    {
        journal::JournalRepository journal(source.vault->database(), source.clock);
        for (int i = 1; i <= 60; ++i) {
            journal::EntryDraft draft;
            draft.title = QStringLiteral("Day %1").arg(i);
            draft.body = bodyOf(i);
            REQUIRE(journal.create(draft).value() == i);
        }
        pristine.entries = 60;
    }
    source.vault->lock();
    pristine.database = readAll(source.paths.database());
    pristine.keyslots = readAll(source.paths.keyslots());
    {
        TestVault other;
        other.vault->lock();
        pristine.otherKeyslots = readAll(other.paths.keyslots());
    }
    REQUIRE(pristine.database.size() > 20 * kPageSize);
    source.vault.reset();

    const unsigned seed = damageSeed();
    std::mt19937 random(seed);
    int opened = 0;
    int toldDamaged = 0;
    for (const Damage& damage : damages(random, pristine.database.size())) {
        INFO("seed " << seed << ": " << damage.what);
        QByteArray database = pristine.database;
        QByteArray keyslots = pristine.keyslots;
        damage.apply(database, keyslots, pristine);
        QFile::remove(source.paths.database() + QStringLiteral("-wal"));
        QFile::remove(source.paths.database() + QStringLiteral("-shm"));
        REQUIRE(writeAll(source.paths.database(), database));
        REQUIRE(writeAll(source.paths.keyslots(), keyslots));

        QElapsedTimer took;
        took.start();
        Vault vault(source.paths, source.clock);
        const auto unlocked = vault.unlock(secret(kTestPin));
        if (unlocked.ok()) {
            const Status verified = vault.verify();
            if (verified.ok()) {
                checkReadsCorrectly(vault, pristine);
                ++opened;
            } else {
                REQUIRE(verified.code() == ErrorCode::DamagedDatabase);
                ++toldDamaged;
            }
            vault.lock();
        } else {
            INFO(unlocked.error().message.toStdString());
            REQUIRE(unlocked.code() != ErrorCode::WrongSecret);
            REQUIRE((unlocked.code() == ErrorCode::DamagedDatabase || unlocked.code() == ErrorCode::DamagedKeyslots));
            REQUIRE(!unlocked.error().message.isEmpty());
            ++toldDamaged;
        }
        REQUIRE(vault.consecutiveFailures() == 0);
        CHECK(took.elapsed() < 20000); // a hang would stop the suite; a slow answer is a finding too
    }
    // Nearly every damage is found (SQLCipher authenticates each page); none is misread.
    CHECK(toldDamaged > 40);
    WARN(toldDamaged << " damaged copies told damaged, " << opened << " opened and read back exactly");
}

// app/exchange: Settings → Bring in data reads a Daylio or Tideline file, says what will come
// in, asks about Daylio moods it does not know, and imports into the unlocked vault.
#include "app/exchange/VaultImporter.h"
#include "Wait.h"
#include "app/journal/JournalChanges.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/tasks/TaskProgress.h"
#include "core/storage/Database.h"

#include "SessionDatabase.h"
#include "SqlScalar.h"
#include "TestVault.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

using namespace tideline;
using tideline::test::scalar;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

QString fixture(const char* path)
{
    return QStringLiteral(TIDELINE_FIXTURES_DIR "/") + QLatin1String(path);
}

// Both steps run on a worker: start one and wait for it to end. inspect() answers false at once
// when it cannot start (no file there, the data folder); ready() says how the reading went.
bool inspected(VaultImporter& importer, const QString& path, VaultImporter::Format format)
{
    if (!importer.inspect(path, format)) {
        return false;
    }
    REQUIRE(test::waitUntil([&] { return !importer.progress()->running(); }));
    return importer.ready();
}

// True when the import ran and nothing went wrong.
bool imported(VaultImporter& importer)
{
    if (!importer.importChosen()) {
        return false;
    }
    REQUIRE(test::waitUntil([&] { return !importer.progress()->running(); }));
    return importer.lastError().isEmpty();
}

} // namespace

TEST_CASE("Bring in data: Daylio with its own moods, then a Tideline export", "[exchange][daylio]")
{
    QTemporaryDir dir;
    Session session(VaultPaths{dir.path()}, test::fastKdf());
    Session::setQmlInstance(&session);
    session.start();
    VaultImporter importer(&session.vaultAccess());

    // Locked: a file can be looked at, but nothing goes in, with a plain word why.
    REQUIRE(inspected(importer, fixture("daylio/basic-bom-crlf.csv"), VaultImporter::DaylioCsv));
    CHECK_FALSE(imported(importer));
    CHECK(importer.lastError().contains(u"locked"_s));

    SecretEntry entry;
    entry.appendText(QString::fromLatin1(test::kTestPin));
    session.createVault(&entry, Session::SecretKind::Pin);
    REQUIRE(test::waitUntil([&] { return session.state() == Session::State::Unlocked; }));
    session.onboarding().acknowledgeRecoveryCode();
    Database& db = test::databaseOf(session);

    SECTION("a malformed file names its line, and Bring it in stays unavailable")
    {
        CHECK_FALSE(inspected(importer, fixture("daylio/unbalanced-quote.csv"), VaultImporter::DaylioCsv));
        CHECK(importer.lastError().startsWith(u"Line 3:"_s));
        CHECK_FALSE(importer.ready());
        CHECK_FALSE(inspected(importer, fixture("daylio/nothing-here.csv"), VaultImporter::DaylioCsv));
        CHECK(importer.lastError().contains(u"no longer there"_s));
        // A Daylio file is not a Tideline export.
        CHECK_FALSE(inspected(importer, fixture("daylio/basic-bom-crlf.csv"), VaultImporter::TidelineJson));
        CHECK(importer.lastError().contains(u"not valid JSON"_s));
        CHECK(scalar(db, "SELECT count(*) FROM entry") == 0);
    }

    SECTION("columns a newer Daylio adds are named in the preview, and the rest still comes in")
    {
        REQUIRE(inspected(importer, fixture("daylio/newer-with-scales.csv"), VaultImporter::DaylioCsv));
        CHECK(importer.preview().contains(u"Left out, because Tideline has no place for them: scales."_s));
        REQUIRE(imported(importer));
        CHECK(scalar(db, "SELECT count(*) FROM entry WHERE title = 'A good day'") == 1);
    }

    SECTION("unknown moods are decided before anything comes in")
    {
        REQUIRE(inspected(importer, fixture("daylio/custom-moods.csv"), VaultImporter::DaylioCsv));
        CHECK(importer.ready());
        CHECK(importer.fileName() == u"custom-moods.csv"_s);
        CHECK(importer.preview().startsWith(u"3 days ("_s));
        CHECK(importer.preview().contains(u"in 5 Daylio entries. Each day's mood comes in. 1 has a title or a note"_s));
        CHECK(importer.unknownMoods() == QStringList{u"happy"_s, u"sad"_s, u"Tired"_s});
        CHECK(importer.moodsLeft() == 3);
        importer.decideMood(u"happy"_s, 8);
        importer.decideMood(u"sad"_s, 2);
        importer.decideMood(u"Tired"_s, 4);
        importer.undecideMood(u"Tired"_s);
        CHECK(importer.moodsLeft() == 1);
        importer.decideMood(u"Tired"_s, -1); // leave out
        CHECK(importer.moodsLeft() == 0);

        QSignalSpy journalChanged(&JournalChanges::instance(), &JournalChanges::changed);
        REQUIRE(imported(importer));
        CHECK(journalChanged.count() == 1); // the journal's lists reload
        CHECK(importer.result().contains(u"moods for 3 days and 2 journal entries"_s));
        CHECK_FALSE(importer.ready());
        CHECK(scalar(db,
                  "SELECT value FROM checkin_value v JOIN metric m ON m.id = v.metric_id "
                  "WHERE m.key = 'mood' AND v.day = '2023-06-01'")
            == 8);
    }

    SECTION("a Tideline export")
    {
        REQUIRE(inspected(importer, fixture("json/small-export.json"), VaultImporter::TidelineJson));
        CHECK(importer.preview().contains(u"1 check-in day, 1 journal entry and 0 moments, on "_s));
        CHECK(importer.unknownMoods().isEmpty());
        REQUIRE(imported(importer));
        CHECK(importer.result().contains(u"1 check-in day, 1 journal entry"_s));
        CHECK(scalar(db, "SELECT count(*) FROM entry WHERE title = 'A walk by the river'") == 1);
        // The same file again: nothing new, and the person is told so.
        REQUIRE(inspected(importer, fixture("json/small-export.json"), VaultImporter::TidelineJson));
        REQUIRE(imported(importer));
        CHECK(importer.result().contains(u"already here"_s));
        CHECK(scalar(db, "SELECT count(*) FROM entry") == 1);
    }
    Session::setQmlInstance(nullptr);
}

// core/routines: the built-in items, the person's own, done per day and the history.
#include "core/routines/RoutineRepository.h"
#include "core/storage/Database.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::test;

namespace {
// As after quitting and starting again: a new Vault on the same folder, unlocked.
void reopen(TestVault& tv)
{
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
}

const QDate kToday(2026, 1, 1);
} // namespace

TEST_CASE("The twelve built-in routine items are on Today in order", "[routine]")
{
    TestVault tv;
    auto items = RoutineRepository(tv.vault->database()).onToday();
    REQUIRE(items.ok());
    REQUIRE(items.value().size() == 12);
    CHECK(items.value().first().key == QStringLiteral("water"));
    CHECK(items.value().at(10).key == QStringLiteral("reach_out"));
    CHECK(items.value().last().key == QStringLiteral("healthy_food")); // added by migration 0003
    for (const Routine& r : items.value()) {
        CHECK(r.builtin);
    }
}

TEST_CASE("Done and undone per day, kept across a restart, with a history per item", "[routine]")
{
    TestVault tv;
    RoutineRepository routines(tv.vault->database());
    const qint64 water = routines.onToday().value().at(0).id;
    const qint64 walk = routines.onToday().value().at(2).id;

    REQUIRE(routines.setDone(water, kToday, true, tv.clock).ok());
    REQUIRE(routines.setDone(water, kToday, true, tv.clock).ok()); // twice is still once
    REQUIRE(routines.setDone(walk, kToday, true, tv.clock).ok());
    REQUIRE(routines.setDone(water, kToday.addDays(-3), true, tv.clock).ok());
    REQUIRE(routines.setDone(walk, kToday, false, tv.clock).ok());
    CHECK_FALSE(routines.setDone(water, kToday.addDays(1), true, tv.clock).ok()); // not yet
    CHECK(routines.setDone(424242, kToday, true, tv.clock).code() == ErrorCode::NotFound);

    reopen(tv);
    RoutineRepository again(tv.vault->database());
    CHECK(again.doneOn(kToday).value() == QSet<qint64>{water});
    CHECK(again.doneOn(kToday.addDays(-1)).value().isEmpty());
    CHECK(again.history(water, kToday.addDays(-30), kToday).value() == QList<QDate>{kToday.addDays(-3), kToday});
    CHECK(again.history(walk, kToday.addDays(-30), kToday).value().isEmpty());
}

TEST_CASE("The person's own routine items: add, rename, hide, archive, reorder", "[routine]")
{
    TestVault tv;
    RoutineRepository routines(tv.vault->database());
    auto stretch = routines.add(QStringLiteral("Stretch for five minutes 🧘"), tv.clock);
    REQUIRE(stretch.ok());
    CHECK_FALSE(stretch.value().builtin);
    CHECK(stretch.value().key.isEmpty());
    CHECK(routines.onToday().value().last().id == stretch.value().id);
    CHECK(routines.add(QStringLiteral("   "), tv.clock).error().message.contains(QStringLiteral("needs a name")));

    REQUIRE(routines.rename(stretch.value().id, QStringLiteral("تمدد")).ok());
    CHECK(routines.byId(stretch.value().id).value().label == QStringLiteral("تمدد"));

    REQUIRE(routines.setDone(stretch.value().id, kToday, true, tv.clock).ok());
    REQUIRE(routines.setArchived(stretch.value().id, true).ok());
    CHECK(routines.onToday().value().size() == 12);
    CHECK(routines.history(stretch.value().id, kToday, kToday).value().size() == 1); // history kept

    const qint64 water = routines.onToday().value().at(0).id;
    CHECK_FALSE(routines.setArchived(water, true).ok());
    REQUIRE(routines.setHidden(water, true).ok());
    CHECK(routines.onToday().value().at(0).key == QStringLiteral("meals"));

    const qint64 reachOut = routines.all().value().at(10).id;
    REQUIRE(routines.move(reachOut, -1).ok());
    CHECK(routines.all().value().at(9).key == QStringLiteral("reach_out"));
}

TEST_CASE("Moving an item renumbers the whole list, which mends tied places, and a missing one says so", "[routine]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    // As after an import that brought every item with the same place.
    REQUIRE(db.exec("UPDATE routine SET sort_order = 5;").ok());
    RoutineRepository routines(db);
    const QList<Routine> before = routines.all().value();
    REQUIRE(routines.move(before.at(2).id, 1).ok());
    const QList<Routine> after = routines.all().value();
    REQUIRE(after.size() == before.size());
    CHECK(after.at(3).id == before.at(2).id);
    CHECK(after.at(2).id == before.at(3).id);
    for (int i = 0; i < after.size(); ++i) {
        CHECK(after.at(i).sortOrder == i + 1);
    }
    REQUIRE(routines.move(after.last().id, 1).ok()); // already last: nothing changes
    CHECK(routines.all().value().last().id == after.last().id);
    CHECK(routines.move(999999, -1).code() == ErrorCode::NotFound);
    CHECK(routines.setHidden(999999, true).code() == ErrorCode::NotFound);
}

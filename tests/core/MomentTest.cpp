// core/moments: a few taps' worth of data, and how moments feed the day's counts.
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/moments/MomentRepository.h"
#include "core/routines/RoutineRepository.h"
#include "core/storage/Database.h"

#include "FileProbe.h"
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

Moment momentOf(MomentKind kind, const ManualClock& clock)
{
    Moment m;
    m.kind = kind;
    m.occurredAt = clock.nowUtc();
    return m;
}

} // namespace

TEST_CASE("The kinds of moment, their stored keys and names come from one list", "[moment]")
{
    const QList<MomentKind> kinds = momentKinds();
    REQUIRE(kinds.size() == 5);
    CHECK(kinds.last() == MomentKind::Other); // "something else" is offered last
    QStringList keys;
    for (MomentKind kind : kinds) {
        keys.append(momentKindKey(kind));
        CHECK(momentKindFromKey(momentKindKey(kind)).value() == kind);
        CHECK_FALSE(momentKindName(kind).isEmpty());
    }
    CHECK(keys
        == QStringList{QStringLiteral("flashback"), QStringLiteral("nightmare"), QStringLiteral("panic"),
            QStringLiteral("trigger"), QStringLiteral("other")});
    CHECK(momentKindName(MomentKind::Other) == QStringLiteral("Something else"));
    CHECK(momentKindFromKey(QStringLiteral("Flashback")).code() == ErrorCode::InvalidInput);
}

TEST_CASE("A moment needs only its kind, the rest is optional and kept", "[moment]")
{
    TestVault tv;
    MomentRepository moments(tv.vault->database());
    REQUIRE(moments.add(momentOf(MomentKind::Panic, tv.clock), tv.clock).ok());

    Moment full = momentOf(MomentKind::Trigger, tv.clock);
    full.occurredAt = tv.clock.nowUtc().addSecs(-3600);
    full.intensity = 7;
    full.trigger = QStringLiteral("a song in a shop 🎵");
    full.place = QStringLiteral("السوق"); // right-to-left
    full.bodySensations = QStringLiteral("tight chest\u200B");
    full.whatHelped = QStringLiteral("  cold water, stepping outside  ");
    REQUIRE(moments.add(full, tv.clock).ok());

    reopen(tv);
    auto day = MomentRepository(tv.vault->database()).forDay(kToday);
    REQUIRE(day.ok());
    REQUIRE(day.value().size() == 2);
    CHECK(day.value().at(0).kind == MomentKind::Panic); // latest first
    CHECK_FALSE(day.value().at(0).intensity.has_value());
    CHECK(day.value().at(0).trigger.isEmpty());
    const Moment& kept = day.value().at(1);
    CHECK(kept.intensity == 7);
    CHECK(kept.trigger == QStringLiteral("a song in a shop 🎵"));
    CHECK(kept.place == QStringLiteral("السوق"));
    CHECK(kept.whatHelped == QStringLiteral("cold water, stepping outside"));
}

TEST_CASE("A moment with a bad intensity, a future time or a huge note saves nothing", "[moment]")
{
    TestVault tv;
    MomentRepository moments(tv.vault->database());
    Moment m = momentOf(MomentKind::Flashback, tv.clock);
    m.intensity = 11;
    CHECK(moments.add(m, tv.clock).error().message.contains(QStringLiteral("0 to 10")));
    m.intensity = 3;
    m.occurredAt = tv.clock.nowUtc().addSecs(3600);
    CHECK(moments.add(m, tv.clock).code() == ErrorCode::InvalidInput);
    m.occurredAt = tv.clock.nowUtc();
    m.whatHelped = QString(MomentRepository::kMaxTextLength + 1, QLatin1Char('a'));
    CHECK(moments.add(m, tv.clock).code() == ErrorCode::InvalidInput);
    CHECK(moments.forDay(kToday).value().isEmpty());
    CHECK(CheckinRepository(tv.vault->database()).values(kToday).value().isEmpty());
}

TEST_CASE("Flashback moments feed the day's count without counting twice", "[moment]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    MomentRepository moments(db);
    CheckinRepository checkins(db);
    const Metric flashbacks = MetricRepository(db).byKey(QStringLiteral("flashbacks")).value();
    const Metric nightmares = MetricRepository(db).byKey(QStringLiteral("nightmares")).value();

    // Not recorded, then one moment: the count becomes 1. Nightmares stay not recorded.
    REQUIRE(moments.add(momentOf(MomentKind::Flashback, tv.clock), tv.clock).ok());
    auto values = checkins.values(kToday).value();
    CHECK(values.value(flashbacks.id) == 1);
    CHECK_FALSE(values.contains(nightmares.id));

    // The person says 3 in the check-in: that already includes the moment.
    REQUIRE(checkins.setValue(kToday, flashbacks, 3, tv.clock).ok());
    REQUIRE(moments.add(momentOf(MomentKind::Flashback, tv.clock), tv.clock).ok());
    CHECK(checkins.values(kToday).value().value(flashbacks.id) == 3);

    // Below the moments logged is refused; clearing goes back to the moments' number.
    auto lower = checkins.setValue(kToday, flashbacks, 1, tv.clock);
    CHECK(lower.error().message.contains(QStringLiteral("remove a moment")));
    auto cleared = checkins.clearValue(kToday, flashbacks, tv.clock);
    REQUIRE(cleared.ok());
    CHECK(cleared.value() == 2.0);
    CHECK(checkins.momentFloor(kToday, flashbacks).value() == 2);

    // Removing a moment leaves the count as last seen.
    const qint64 first = moments.forDay(kToday).value().first().id;
    REQUIRE(moments.remove(first).ok());
    CHECK(checkins.values(kToday).value().value(flashbacks.id) == 2);
    CHECK(moments.remove(first).code() == ErrorCode::NotFound);

    // Clearing the whole day keeps what the remaining moment says.
    REQUIRE(checkins.clearDay(kToday, tv.clock).ok());
    values = checkins.values(kToday).value();
    CHECK(values.size() == 1);
    CHECK(values.value(flashbacks.id) == 1);
}

TEST_CASE("What Today keeps (moments, own measures and routine items) is never in a file in plain text", "[moment]")
{
    const QString sentinel = QStringLiteral("TIDELINE-SENTINEL-today-5b1e");
    TestVault tv;
    Database& db = tv.vault->database();
    Moment m = momentOf(MomentKind::Trigger, tv.clock);
    m.trigger = sentinel + QStringLiteral(" his car outside");
    m.place = sentinel;
    m.bodySensations = sentinel;
    m.whatHelped = sentinel;
    REQUIRE(MomentRepository(db).add(m, tv.clock).ok());
    REQUIRE(MetricRepository(db).add(sentinel, MetricKind::Scale, 0, 0, tv.clock).ok());
    REQUIRE(RoutineRepository(db).add(sentinel, tv.clock).ok());

    CHECK(filesContaining(tv.dir.path(), QStringLiteral("TIDELINE-SENTINEL")).isEmpty()); // open, in the WAL
    tv.vault->lock();
    CHECK(filesContaining(tv.dir.path(), QStringLiteral("TIDELINE-SENTINEL")).isEmpty());
}

TEST_CASE("Moments counted by kind over a range of days: counts only, kinds with none left out", "[moment]")
{
    TestVault tv;
    tv.clock.set(QDateTime(QDate(2026, 4, 30), QTime(12, 0), Qt::UTC));
    MomentRepository moments(tv.vault->database());
    const auto at = [&](const QDate& day, MomentKind kind) {
        Moment m;
        m.kind = kind;
        m.occurredAt = QDateTime(day, QTime(9, 0), Qt::UTC);
        REQUIRE(moments.add(m, tv.clock).ok());
    };
    at(QDate(2026, 4, 1), MomentKind::Nightmare);
    at(QDate(2026, 4, 10), MomentKind::Flashback);
    at(QDate(2026, 4, 10), MomentKind::Nightmare);
    at(QDate(2026, 4, 30), MomentKind::Nightmare);
    at(QDate(2026, 3, 31), MomentKind::Panic); // the day before the range
    at(QDate(2026, 5, 1).addDays(-1), MomentKind::Other);

    auto april = moments.countsByKind(QDate(2026, 4, 1), QDate(2026, 4, 30));
    REQUIRE(april.ok());
    CHECK(april.value()
        == QList<QPair<MomentKind, int>>{
            {MomentKind::Flashback, 1}, {MomentKind::Nightmare, 3}, {MomentKind::Other, 1}});
    auto empty = moments.countsByKind(QDate(2026, 2, 1), QDate(2026, 2, 28));
    REQUIRE(empty.ok());
    CHECK(empty.value().isEmpty());
}

TEST_CASE("A moment's intensity and notes can be changed or cleared, and kind, time and counts stay", "[moment]")
{
    TestVault tv;
    MomentRepository moments(tv.vault->database());
    Moment m = momentOf(MomentKind::Flashback, tv.clock);
    m.intensity = 7;
    m.trigger = QStringLiteral("a door slamming");
    m.place = QStringLiteral("בבית");
    const auto id = moments.add(m, tv.clock);
    REQUIRE(id.ok());

    auto stored = moments.byId(id.value());
    REQUIRE(stored.ok());
    CHECK(stored.value().trigger == QStringLiteral("a door slamming"));
    Moment changed = stored.value();
    changed.intensity.reset();
    changed.trigger = QStringLiteral("   "); // blank is "not given"
    changed.whatHelped = QStringLiteral("cold water 🧊");
    REQUIRE(moments.updateDetails(changed).ok());
    const Moment after = moments.byId(id.value()).value();
    CHECK_FALSE(after.intensity.has_value());
    CHECK(after.trigger.isEmpty());
    CHECK(after.place == QStringLiteral("בבית"));
    CHECK(after.whatHelped == QStringLiteral("cold water 🧊"));
    CHECK(after.kind == MomentKind::Flashback);
    CHECK(after.occurredAt == stored.value().occurredAt);

    changed.intensity = 11;
    CHECK(moments.updateDetails(changed).code() == ErrorCode::InvalidInput);
    CHECK(moments.byId(id.value()).value().whatHelped == QStringLiteral("cold water 🧊")); // nothing saved
    changed.intensity = 3;
    changed.id = id.value() + 100;
    CHECK(moments.updateDetails(changed).code() == ErrorCode::NotFound);
    CHECK(moments.byId(id.value() + 100).error().code == ErrorCode::NotFound);
}

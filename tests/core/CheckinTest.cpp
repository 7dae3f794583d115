// core/checkin: values checked against their metric, "not recorded" never zero, custom metrics.
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/common/Day.h"
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

Metric metric(Database& db, const char* key)
{
    auto m = MetricRepository(db).byKey(QString::fromLatin1(key));
    REQUIRE(m.ok());
    return m.value();
}

const QDate kToday(2026, 1, 1); // TestVault's ManualClock starts on 2026-01-01 09:00 UTC

} // namespace

TEST_CASE("The built-in metrics are there, and thoughts of self-harm is off until turned on", "[checkin]")
{
    TestVault tv;
    MetricRepository metrics(tv.vault->database());
    auto all = metrics.all();
    REQUIRE(all.ok());
    QStringList keys;
    for (const Metric& m : all.value()) {
        keys.append(m.key);
    }
    CHECK(keys
        == QStringList{QStringLiteral("mood"), QStringLiteral("sleep_hours"), QStringLiteral("sleep_quality"),
            QStringLiteral("nightmares"), QStringLiteral("flashbacks"), QStringLiteral("intrusive_thoughts"),
            QStringLiteral("anxiety"), QStringLiteral("dissociation"), QStringLiteral("energy"),
            QStringLiteral("feeling_safe"), QStringLiteral("self_harm_thoughts")});
    auto today = metrics.onToday();
    REQUIRE(today.ok());
    CHECK(today.value().size() == 10);
    const Metric selfHarm = metric(tv.vault->database(), "self_harm_thoughts");
    CHECK(selfHarm.sensitive);
    CHECK_FALSE(selfHarm.onToday());
    REQUIRE(metrics.setEnabled(selfHarm.id, true).ok());
    CHECK(metrics.onToday().value().size() == 11);
}

TEST_CASE("Not recorded stays distinct from zero, through set, clear and a restart", "[checkin]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    CheckinRepository checkins(db);
    const Metric mood = metric(db, "mood");
    const Metric nightmares = metric(db, "nightmares");

    CHECK(checkins.values(kToday).value().isEmpty()); // nothing recorded yet
    REQUIRE(checkins.setValue(kToday, nightmares, 0, tv.clock).ok());
    REQUIRE(checkins.setValue(kToday, mood, 6, tv.clock).ok());
    auto values = checkins.values(kToday).value();
    CHECK(values.size() == 2);
    CHECK(values.value(nightmares.id, -1) == 0); // a recorded zero is a value
    CHECK(values.value(mood.id) == 6);
    CHECK_FALSE(values.contains(metric(db, "anxiety").id)); // not recorded: absent, not zero

    auto cleared = checkins.clearValue(kToday, mood, tv.clock);
    REQUIRE(cleared.ok());
    CHECK_FALSE(cleared.value().has_value());
    reopen(tv);
    CheckinRepository again(tv.vault->database());
    values = again.values(kToday).value();
    CHECK(values.size() == 1);
    CHECK(values.contains(nightmares.id));
    CHECK_FALSE(values.contains(mood.id));

    // Clearing the last value leaves no empty check-in behind.
    REQUIRE(again.clearValue(kToday, nightmares, tv.clock).ok());
    auto rows = tv.vault->database().queryFirst("SELECT count(*) FROM checkin");
    REQUIRE(rows.ok());
    CHECK(rows.value()->columnInt(0) == 0);
}

TEST_CASE("Out of range or the wrong kind gives a clear message and saves nothing", "[checkin]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    CheckinRepository checkins(db);
    const Metric mood = metric(db, "mood");
    const Metric sleep = metric(db, "sleep_hours");
    const Metric nightmares = metric(db, "nightmares");

    REQUIRE(checkins.setValue(kToday, mood, 4, tv.clock).ok());

    auto tooHigh = checkins.setValue(kToday, mood, 11, tv.clock);
    REQUIRE_FALSE(tooHigh.ok());
    CHECK(tooHigh.code() == ErrorCode::InvalidInput);
    CHECK(tooHigh.error().message.contains(QStringLiteral("from 0 to 10")));
    CHECK(checkins.setValue(kToday, mood, -1, tv.clock).code() == ErrorCode::InvalidInput);
    CHECK(checkins.setValue(kToday, mood, std::nan(""), tv.clock).code() == ErrorCode::InvalidInput);
    auto fraction = checkins.setValue(kToday, nightmares, 1.5, tv.clock);
    CHECK(fraction.error().message.contains(QStringLiteral("whole numbers")));
    CHECK(checkins.setValue(kToday, sleep, 7.25, tv.clock).error().message.contains(QStringLiteral("half hours")));
    CHECK(checkins.setValue(kToday, sleep, 25, tv.clock).code() == ErrorCode::InvalidInput);
    CHECK(checkins.setValue(kToday.addDays(1), mood, 5, tv.clock)
              .error()
              .message.contains(QStringLiteral("hasn't come")));

    // All or nothing: one bad value in a batch keeps the good ones out too.
    auto batch = checkins.setValues(kToday, {{mood, 9}, {sleep, 30}}, tv.clock);
    CHECK_FALSE(batch.ok());
    auto values = checkins.values(kToday).value();
    CHECK(values.value(mood.id) == 4);
    CHECK_FALSE(values.contains(sleep.id));
    CHECK_FALSE(values.contains(nightmares.id));

    REQUIRE(checkins.setValue(kToday, sleep, 7.5, tv.clock).ok());
    CHECK(checkins.values(kToday).value().value(sleep.id) == 7.5);
}

TEST_CASE("Values typed as text are read for their metric", "[checkin]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    const Metric sleep = metric(db, "sleep_hours");
    CHECK(parseMetricValue(sleep, QStringLiteral("7,5")).value() == 7.5);
    CHECK(parseMetricValue(sleep, QStringLiteral(" 8 ")).value() == 8);
    CHECK(parseMetricValue(sleep, QStringLiteral("lots")).error().message.contains(QStringLiteral("needs a number")));
    CHECK_FALSE(parseMetricValue(sleep, QStringLiteral("")).ok());
    CHECK_FALSE(parseMetricValue(sleep, QStringLiteral("٧")).ok()); // Arabic-Indic digit: refused, not guessed
    auto custom = MetricRepository(db).add(QStringLiteral("Took my medication"), MetricKind::Boolean, 0, 0, tv.clock);
    REQUIRE(custom.ok());
    CHECK(parseMetricValue(custom.value(), QStringLiteral("Yes")).value() == 1);
    CHECK(parseMetricValue(custom.value(), QStringLiteral("no")).value() == 0);
    CHECK_FALSE(parseMetricValue(custom.value(), QStringLiteral("2")).ok());
}

TEST_CASE("Custom metrics: add, rename, reshape, archive, hide and reorder", "[checkin]")
{
    TestVault tv;
    Database& db = tv.vault->database();
    MetricRepository metrics(db);
    CheckinRepository checkins(db);

    auto pain = metrics.add(QStringLiteral("  Pain  "), MetricKind::Scale, 0, 0, tv.clock);
    REQUIRE(pain.ok());
    CHECK(pain.value().key == QStringLiteral("custom_pain"));
    CHECK(pain.value().label == QStringLiteral("Pain"));
    CHECK(pain.value().maxValue == 10);
    CHECK_FALSE(pain.value().builtin);
    CHECK(metrics.onToday().value().last().id == pain.value().id); // last in the order

    // Emoji, right-to-left and a second "Pain": each gets a usable, unique key.
    auto emoji = metrics.add(QStringLiteral("🌧️ Heavy head"), MetricKind::Scale, 0, 0, tv.clock);
    REQUIRE(emoji.ok());
    CHECK(emoji.value().key == QStringLiteral("custom_heavy_head"));
    auto arabic = metrics.add(QStringLiteral("ألم"), MetricKind::Count, 0, 20, tv.clock);
    REQUIRE(arabic.ok());
    CHECK(arabic.value().label == QStringLiteral("ألم"));
    CHECK(arabic.value().key == QStringLiteral("custom"));
    auto second = metrics.add(QStringLiteral("pain"), MetricKind::Scale, 0, 0, tv.clock);
    REQUIRE(second.ok());
    CHECK(second.value().key == QStringLiteral("custom_pain_2"));

    // Names that say nothing or too much are refused plainly.
    CHECK(metrics.add(QStringLiteral("\u200B \u200D"), MetricKind::Scale, 0, 0, tv.clock)
              .error()
              .message.contains(QStringLiteral("needs a name")));
    CHECK_FALSE(metrics.add(QString(500, QLatin1Char('x')), MetricKind::Scale, 0, 0, tv.clock).ok());
    CHECK_FALSE(metrics.add(QStringLiteral("Naps"), MetricKind::Hours, 0, 30, tv.clock).ok());
    CHECK_FALSE(metrics.add(QStringLiteral("Odd"), MetricKind::Scale, 5, 5, tv.clock).ok());

    REQUIRE(metrics.rename(pain.value().id, QStringLiteral("Body pain")).ok());
    CHECK(metrics.byId(pain.value().id).value().label == QStringLiteral("Body pain"));
    CHECK(metrics.byKey(QStringLiteral("custom_pain")).ok()); // the key stays for scripts

    // Reshape only where the recorded values still fit.
    REQUIRE(checkins.setValue(kToday, pain.value(), 8, tv.clock).ok());
    auto narrower = metrics.reshape(pain.value().id, MetricKind::Scale, 0, 5);
    CHECK(narrower.error().message.contains(QStringLiteral("would not fit")));
    REQUIRE(metrics.reshape(pain.value().id, MetricKind::Count, 0, 20).ok());
    CHECK(metrics.byId(pain.value().id).value().kind == MetricKind::Count);
    CHECK(metrics.reshape(metrics.byKey(QStringLiteral("mood")).value().id, MetricKind::Count, 0, 5).code()
        == ErrorCode::InvalidInput);

    // Archive keeps the history; built-ins hide instead.
    REQUIRE(metrics.setArchived(pain.value().id, true).ok());
    CHECK_FALSE(metrics.byId(pain.value().id).value().onToday());
    CHECK(checkins.values(kToday).value().value(pain.value().id) == 8);
    const Metric mood = metric(db, "mood");
    CHECK_FALSE(metrics.setArchived(mood.id, true).ok());
    REQUIRE(metrics.setHidden(mood.id, true).ok());
    CHECK(metrics.onToday().value().first().key == QStringLiteral("sleep_hours"));
    REQUIRE(metrics.setHidden(mood.id, false).ok());

    // Reorder: sleep hours up above mood.
    REQUIRE(metrics.move(metric(db, "sleep_hours").id, -1).ok());
    CHECK(metrics.all().value().first().key == QStringLiteral("sleep_hours"));
    REQUIRE(metrics.move(metric(db, "sleep_hours").id, -1).ok()); // already first: nothing happens
    CHECK(metrics.all().value().first().key == QStringLiteral("sleep_hours"));
    CHECK(metrics.move(999999, 1).code() == ErrorCode::NotFound);
}

TEST_CASE("Days are read strictly and future days are refused", "[checkin]")
{
    ManualClock clock;
    CHECK(Day::parse(QStringLiteral("2026-01-01")).value() == kToday);
    CHECK_FALSE(Day::parse(QStringLiteral("2026-02-30")).ok());
    CHECK_FALSE(Day::parse(QStringLiteral("1/1/2026")).ok());
    CHECK_FALSE(Day::parse(QStringLiteral("")).ok());
    CHECK(Day::checkRecordable(kToday, clock).ok());
    CHECK(Day::checkRecordable(QDate(2019, 5, 2), clock).ok());
    CHECK_FALSE(Day::checkRecordable(kToday.addDays(1), clock).ok());
}

// core/insights/WhatHelps: a measure on days with a routine or a tag against the other days,
// checked against worked examples worked out by hand.
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/WhatHelps.h"
#include "core/journal/JournalRepository.h"
#include "core/routines/RoutineRepository.h"

#include "TestVault.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::insights;
using namespace tideline::test;
using namespace Qt::StringLiterals;

namespace {

const QDate kFirst(2026, 1, 1);

Metric scale(const QString& label)
{
    Metric m;
    m.key = u"sleep_quality"_s;
    m.label = label;
    return m;
}

} // namespace

TEST_CASE("What helps: 8 walking days at 7 against 10 other days at 5.5, gaps left out", "[insights]")
{
    // 20 days; the measure is recorded on the first 18. Walked on days 1-8, on day 19 (no
    // measure that day: not counted on either side) and on a day outside the range.
    const DayRange range{kFirst, kFirst.addDays(19)};
    const QList<double> values{7, 7, 8, 6, 7, 7, 6, 8, 5, 6, 5, 6, 5, 6, 5, 6, 5, 6};
    DaySeries measure;
    for (int i = 0; i < values.size(); ++i) {
        measure.append({kFirst.addDays(i), values.at(i)});
    }
    QList<QDate> walked;
    for (int i = 0; i < 8; ++i) {
        walked.append(kFirst.addDays(i));
    }
    walked.append(kFirst.addDays(18));
    walked.append(kFirst.addDays(40));
    walked.append(kFirst); // a repeat counts once

    const WithAndWithout split = splitByDays(measure, walked, range);
    CHECK(split.daysWith == 8);
    CHECK(split.daysWithout == 10);
    CHECK(*split.meanWith == Approx(56.0 / 8)); // 7 + 7 + 8 + 6 + 7 + 7 + 6 + 8
    CHECK(*split.meanWithout == Approx(55.0 / 10)); // five 5s and five 6s
    CHECK(*split.difference() == Approx(1.5));
    CHECK(split.enoughDays());

    const PracticeWords words
        = describePractice(scale(u"Sleep quality"_s), PracticeKind::Routine, u"A 30-minute walk"_s, split);
    CHECK(words.sentence
        == u"On days with “A 30-minute walk”, Sleep quality averaged 7 (8 days), against 5.5 on the other days "
           "(10 days)."_s);
    CHECK(words.basis.isEmpty());
}

TEST_CASE("What helps: too few days on one side says so and gives no means", "[insights]")
{
    const DayRange range{kFirst, kFirst.addDays(29)};
    DaySeries measure;
    for (int i = 0; i < 18; ++i) {
        measure.append({kFirst.addDays(i), 5});
    }
    QList<QDate> tagged;
    for (int i = 0; i < 6; ++i) {
        tagged.append(kFirst.addDays(i));
    }
    const WithAndWithout split = splitByDays(measure, tagged, range);
    CHECK(split.daysWith == 6);
    CHECK(split.daysWithout == 12);
    CHECK_FALSE(split.enoughDays());
    const PracticeWords routine = describePractice(scale(u"Mood"_s), PracticeKind::Routine, u"Journaling"_s, split);
    CHECK(routine.sentence.isEmpty());
    CHECK(routine.basis
        == u"“Journaling” and Mood: not enough days yet (6 with it, 12 without; 7 of each are needed)."_s);
    const PracticeWords tag = describePractice(scale(u"Mood"_s), PracticeKind::Tag, u"work"_s, split);
    CHECK(tag.basis.startsWith(u"Entries tagged “work” and Mood"_s));

    // Nothing recorded at all: nothing on either side, never a zero.
    const WithAndWithout none = splitByDays({}, tagged, range);
    CHECK(none.daysWith == 0);
    CHECK_FALSE(none.meanWith.has_value());
    CHECK_FALSE(none.difference().has_value());
}

TEST_CASE("What helps: hours read as hours, yes/no as a share of days", "[insights]")
{
    const DayRange range{kFirst, kFirst.addDays(13)};
    DaySeries hours;
    DaySeries yesNo;
    QList<QDate> marked;
    for (int i = 0; i < 14; ++i) {
        hours.append({kFirst.addDays(i), i < 7 ? 7.5 : 6.0});
        yesNo.append({kFirst.addDays(i), (i < 7 ? (i < 6 ? 1.0 : 0.0) : (i < 10 ? 1.0 : 0.0))});
        if (i < 7) {
            marked.append(kFirst.addDays(i));
        }
    }
    Metric sleep = scale(u"Hours of sleep"_s);
    sleep.kind = MetricKind::Hours;
    sleep.maxValue = 24;
    CHECK(describePractice(sleep, PracticeKind::Tag, u"yoga"_s, splitByDays(hours, marked, range)).sentence
        == u"On days with an entry tagged “yoga”, Hours of sleep averaged 7.5 h (7 days), against 6 h on the other "
           "days (7 days)."_s);
    Metric outside = scale(u"Went outside"_s);
    outside.kind = MetricKind::Boolean;
    outside.maxValue = 1;
    // 6 of 7 days yes (86%) against 3 of 7 (43%).
    CHECK(
        describePractice(outside, PracticeKind::Routine, u"Regular meals"_s, splitByDays(yesNo, marked, range)).sentence
        == u"On days with “Regular meals”, Went outside averaged 86% (7 days), against 43% on the other days (7 days)."_s);
}

TEST_CASE("What helps from a vault: the issue's example, tags without drafts, largest first", "[insights]")
{
    TestVault tv;
    const QDate today(2026, 6, 30);
    tv.clock.set(QDateTime(today, QTime(12, 0), Qt::UTC));
    Database& db = tv.vault->database();
    const Metric quality = MetricRepository(db).byKey(u"sleep_quality"_s).value();
    CheckinRepository checkins(db);
    RoutineRepository routines(db);
    const qint64 walk = routines.all().value().at(2).id;
    const qint64 water = routines.all().value().at(0).id;
    journal::JournalRepository journal(db, tv.clock);

    // 93 days: walked on 42 of them (34 nights of 7 and 8 of 6: 6.8 on average), not on 51
    // (46 of 6 and 5 of 5: 5.9). Water on a few days only; "calm" tagged on 10 days of 8s.
    const QDate first = today.addDays(-92);
    int walkedSevens = 0;
    int walkedSixes = 0;
    int otherSixes = 0;
    for (int i = 0; i < 93; ++i) {
        const QDate day = first.addDays(i);
        double value = 0;
        if (i % 9 < 4 && walkedSevens + walkedSixes < 42) {
            value = walkedSevens < 34 ? 7 : 6;
            (walkedSevens < 34 ? walkedSevens : walkedSixes)++;
            REQUIRE(routines.setDone(walk, day, true, tv.clock).ok());
        } else {
            value = otherSixes < 46 ? 6 : 5;
            ++otherSixes;
        }
        REQUIRE(checkins.setValue(day, quality, value, tv.clock).ok());
    }
    REQUIRE(walkedSevens + walkedSixes == 42);
    for (int i = 0; i < 3; ++i) {
        REQUIRE(routines.setDone(water, first.addDays(i), true, tv.clock).ok());
    }
    journal::EntryDraft draft;
    draft.title = u"Tagged"_s;
    draft.tags = {u"work"_s};
    draft.day = first;
    REQUIRE(journal.create(draft, /*asDraft=*/true).ok()); // a draft's tags do not count

    SeriesRepository series(db);
    const DayRange range{first, today};
    const Result<WhatHelps> helps = readWhatHelps(series, quality, range, 6);
    REQUIRE(helps.ok());
    REQUIRE(helps.value().rows.size() == 1);
    CHECK(helps.value().rows.first().words.sentence
        == u"On days with “A 30-minute walk”, Sleep quality averaged 6.8 (42 days), against 5.9 on the other days "
           "(51 days)."_s);
    CHECK(helps.value().notEnough == 1); // water: 3 days
    CHECK(series.tagsUsedIn(range).value().isEmpty());

    // Ten calm days tagged in entries: a second row, ordered by the size of the difference.
    for (int i = 0; i < 10; ++i) {
        draft.tags = {u"calm"_s};
        draft.day = first.addDays(i * 9 + 8); // days not walked
        REQUIRE(journal.create(draft).ok());
    }
    const Result<WhatHelps> more = readWhatHelps(series, quality, range, 6);
    REQUIRE(more.ok());
    REQUIRE(more.value().rows.size() == 2);
    CHECK(more.value().rows.at(0).kind == PracticeKind::Routine); // 6.8 vs 5.9 is the larger gap
    CHECK(more.value().rows.at(1).name == u"calm"_s);
    CHECK(whatHelpsCaution().contains(u"7"_s));
}

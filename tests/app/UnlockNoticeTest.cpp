#include "app/lock/UnlockNotice.h"

#include <catch2/catch.hpp>

#include <QLocale>

using namespace tideline::app;
using namespace Qt::StringLiterals;

TEST_CASE("No failed tries no notice", "[unlocknotice]")
{
    CHECK(unlockNoticeText({}, QDateTime::currentDateTimeUtc()).isEmpty());
}

TEST_CASE("The notice counts the tries and says when newest first in local time", "[unlocknotice]")
{
    // Noon local time, so "yesterday" is unambiguous whatever the test machine's zone.
    const QDateTime nowLocal(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime);
    const QDateTime todayTry = QDateTime(QDate(2026, 3, 10), QTime(9, 5), Qt::LocalTime).toUTC();
    const QDateTime yesterdayTry = QDateTime(QDate(2026, 3, 9), QTime(22, 15), Qt::LocalTime).toUTC();

    const QString text = unlockNoticeText({yesterdayTry, todayTry}, nowLocal.toUTC());
    const QString hoursAndMinutes = QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s);
    const QString todayTime = QLocale().toString(QTime(9, 5), hoursAndMinutes);
    const QString yesterdayTime = QLocale().toString(QTime(22, 15), hoursAndMinutes);
    CHECK_FALSE(todayTime.contains(u"09:05:00"_s));

    CHECK(text.startsWith(u"2 tries didn't match since you last opened it: "_s));
    CHECK(text.contains(u"today at "_s + todayTime));
    CHECK(text.contains(u"yesterday at "_s + yesterdayTime));
    CHECK(text.indexOf(u"today"_s) < text.indexOf(u"yesterday"_s));
}

TEST_CASE("One try reads as one and a long list is cut short", "[unlocknotice]")
{
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    CHECK(unlockNoticeText({now.addSecs(-60)}, now).startsWith(u"1 try didn't match since you last opened it"_s));

    QList<QDateTime> many;
    for (int i = 0; i < 9; ++i) {
        many.append(now.addDays(-i - 3));
    }
    const QString text = unlockNoticeText(many, now);
    CHECK(text.startsWith(u"9 tries didn't match"_s));
    CHECK(text.contains(u"and earlier"_s));
    CHECK(text.count(u" at "_s) == 5);
}

TEST_CASE("Tries on one day read as one phrase, and one minute is named once", "[unlocknotice]")
{
    const QDateTime nowLocal(QDate(2026, 3, 10), QTime(12, 0), Qt::LocalTime);
    const QDateTime first = QDateTime(QDate(2026, 3, 10), QTime(6, 9, 5), Qt::LocalTime).toUTC();
    const QDateTime second = QDateTime(QDate(2026, 3, 10), QTime(6, 9, 40), Qt::LocalTime).toUTC();
    const QDateTime third = QDateTime(QDate(2026, 3, 10), QTime(7, 30), Qt::LocalTime).toUTC();

    const QString text = unlockNoticeText({first, second, third}, nowLocal.toUTC());
    const QString format = QLocale().timeFormat(QLocale::ShortFormat).remove(u":ss"_s);
    CHECK(text.startsWith(u"3 tries didn't match"_s));
    CHECK(text.count(u"today"_s) == 1);
    CHECK(text.count(QLocale().toString(QTime(6, 9), format)) == 1);
    CHECK(text.contains(u"today at "_s + QLocale().toString(QTime(7, 30), format) + u" and "_s
        + QLocale().toString(QTime(6, 9), format)));
}

TEST_CASE("The notice is calm and never names the app", "[unlocknotice]")
{
    const QDateTime now(QDate(2026, 3, 10), QTime(12, 0), Qt::UTC);
    QList<QDateTime> five;
    for (int i = 0; i < 5; ++i) {
        five.append(now.addSecs(-60 * (i + 1)));
    }
    const QString text = unlockNoticeText(five, now);
    CHECK(text.startsWith(u"5 tries didn't match since you last opened it: today at "_s));
    for (const auto& word : {u"Tideline"_s, u"Notes"_s, u"someone"_s, u"failed"_s, u"attack"_s, u"!"_s}) {
        CAPTURE(word);
        CHECK_FALSE(text.contains(word, Qt::CaseInsensitive));
    }
}

#pragma once

// What the kill -9 loop's child saves, known to both the child (SaveLoopHelper) and the test
// (KillLoopTest): each save is named by its round and its number in that round, so the test
// can tell the exact text and tags every entry must have, and the value of every check-in.

#include <QDate>
#include <QString>
#include <QStringList>

namespace tideline::test::killloop {

// At most this many check-ins per round, so that each (round, number) has its own day.
inline constexpr int kCheckinsPerRound = 40;

inline QString entryTitle(int round, int number)
{
    return QStringLiteral("kill %1 %2").arg(round).arg(number);
}

// From a few words to about 8,000 characters (two database pages), with an emoji, Hebrew and a zero-width joiner,
// so that an entry takes several database pages (a torn write would show).
inline QString entryBody(int round, int number)
{
    const int words = 3 + (round * 131 + number * 977) % 1200;
    QString body;
    body.reserve(words * 7);
    for (int i = 0; i < words; ++i) {
        body += QStringLiteral("w%1 ").arg((round + number + i) % 997);
        if (i % 500 == 250) {
            body += QStringLiteral("\U0001F30A \u05E9\u05DC\u05D5\u05DD a\u200Db\n");
        }
    }
    return body;
}

inline QStringList entryTags(int round)
{
    return {QStringLiteral("round%1").arg(round), QStringLiteral("kill")};
}

// Each check-in has its own day, far enough in the past never to meet another.
inline QDate checkinDay(int round, int number)
{
    return QDate(2025, 12, 31).addDays(-(round * kCheckinsPerRound + number));
}

inline double checkinValue(int round, int number)
{
    return (round + number) % 11;
}

} // namespace tideline::test::killloop

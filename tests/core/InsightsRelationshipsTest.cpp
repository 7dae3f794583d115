// core/insights: the rolling-average rule per bucket, a chart's figures, and relationships in words.
#include "core/insights/Relationships.h"
#include "core/insights/Trend.h"

#include <catch2/catch.hpp>

using namespace tideline;
using namespace tideline::insights;

TEST_CASE("The rolling average's rule for each bucket lives in one place", "[insights]")
{
    CHECK(rollingRuleFor(Bucket::Day).window == 7);
    CHECK(rollingRuleFor(Bucket::Day).minimum == 3);
    CHECK(rollingRuleFor(Bucket::Week).window == 4);
    CHECK(rollingRuleFor(Bucket::Week).minimum == 2);
    CHECK(rollingRuleFor(Bucket::Month).window == 3);
    CHECK(rollingRuleFor(Bucket::Month).minimum == 2);
    CHECK(bucketForRange(DayRange{QDate(2026, 1, 1), QDate(2026, 4, 30)}) == Bucket::Day); // 120 days
    CHECK(bucketForRange(DayRange{QDate(2026, 1, 1), QDate(2026, 5, 1)}) == Bucket::Week);
}

TEST_CASE("Link strength in words: none below 0.2, then weak, moderate and strong, either way", "[insights]")
{
    CHECK(linkStrength(0.0) == LinkStrength::None);
    CHECK(linkStrength(-0.19) == LinkStrength::None);
    CHECK(linkStrength(0.2) == LinkStrength::Weak);
    CHECK(linkStrength(-0.39) == LinkStrength::Weak);
    CHECK(linkStrength(0.4) == LinkStrength::Moderate);
    CHECK(linkStrength(-0.6) == LinkStrength::Strong);
    CHECK(linkStrength(1.0) == LinkStrength::Strong);
}

TEST_CASE("A relationship says how strongly, which way and on how many days, and keeps the number", "[insights]")
{
    const Correlation strongTogether{0.76, 31};
    RelationshipWords words
        = describeRelationship(QStringLiteral("Mood"), QStringLiteral("Energy"), false, strongTogether);
    CHECK(words.pair == QStringLiteral("Mood and Energy, on the same day"));
    CHECK(
        words.meaning == QStringLiteral("A strong link: on days when Mood was higher, Energy was usually higher too."));
    CHECK(words.basis == QStringLiteral("Seen on 31 days with both recorded."));
    CHECK(words.figures == QStringLiteral("Spearman's ρ = 0.76 over 31 days"));

    words = describeRelationship(
        QStringLiteral("Hours of sleep"), QStringLiteral("Anxiety"), true, Correlation{-0.45, 20});
    CHECK(words.pair == QStringLiteral("Hours of sleep, then Anxiety the next day"));
    CHECK(words.meaning
        == QStringLiteral("A moderate link, in opposite directions: after days when Hours of sleep was higher, Anxiety "
                          "was often lower the next day."));

    words = describeRelationship(QStringLiteral("Mood"), QStringLiteral("Energy"), false, Correlation{0.25, 14});
    CHECK(words.meaning.startsWith(QStringLiteral("A weak link:")));
    words = describeRelationship(QStringLiteral("Mood"), QStringLiteral("Energy"), false, Correlation{-0.1, 40});
    CHECK(words.meaning == QStringLiteral("No clear link: Mood and Energy hardly move together."));
    CHECK(words.figures == QStringLiteral("Spearman's ρ = -0.10 over 40 days"));

    // Too few days, or nothing that varied: no meaning and no number, only why.
    words = describeRelationship(QStringLiteral("Mood"), QStringLiteral("Energy"), false, Correlation{0.9, 9});
    CHECK(words.meaning.isEmpty());
    CHECK(words.figures.isEmpty());
    CHECK(words.basis == QStringLiteral("Not enough days yet: 9 of the 14 days with both recorded that are needed."));
    words
        = describeRelationship(QStringLiteral("Mood"), QStringLiteral("Energy"), false, Correlation{std::nullopt, 20});
    CHECK(words.basis
        == QStringLiteral("One of them stayed the same on all 20 days with both recorded, so there is nothing to "
                          "compare."));
    CHECK(words.sentence()
        == QStringLiteral("Mood and Energy, on the same day: One of them stayed the same on all 20 days with both "
                          "recorded, so there is nothing to compare."));
}

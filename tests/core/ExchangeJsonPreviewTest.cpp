// core/exchange: what a Tideline JSON export holds, told before it is imported.
#include "core/exchange/JsonPreview.h"

#include <catch2/catch.hpp>

#include <QFile>

using namespace tideline;

TEST_CASE("A JSON export's outline: counts and the days it spans", "[exchange][daylio]")
{
    QFile file(QStringLiteral(TIDELINE_FIXTURES_DIR "/json/small-export.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    auto preview = exchange::inspectJson(file.readAll());
    REQUIRE(preview.ok());
    CHECK(preview.value().checkins == 1);
    CHECK(preview.value().entries == 1);
    CHECK(preview.value().moments == 0);
    CHECK(preview.value().first == QDate(2024, 3, 1));
    CHECK(preview.value().last == QDate(2024, 3, 1));

    auto broken = exchange::inspectJson("{\n\"format\": \"tideline-export\",\n,}");
    REQUIRE_FALSE(broken.ok());
    CHECK(broken.error().message.contains(QStringLiteral("on line 3")));
    auto other = exchange::inspectJson("{\"format\": \"something-else\", \"version\": 1}");
    REQUIRE_FALSE(other.ok());
    CHECK(other.error().message.contains(QStringLiteral("not a Tideline export")));
    auto newer = exchange::inspectJson("{\"format\": \"tideline-export\", \"version\": 99}");
    REQUIRE_FALSE(newer.ok());
    CHECK(newer.code() == ErrorCode::NewerVersion);
    auto csv = exchange::inspectJson("full_date,date\n2023-01-01,x\n");
    REQUIRE_FALSE(csv.ok());
    CHECK(csv.error().message.contains(QStringLiteral("not valid JSON")));
}

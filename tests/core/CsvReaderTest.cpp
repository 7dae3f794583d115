// core/exchange/CsvReader: the RFC 4180 reader under the Daylio import (docs/IMPORT-DAYLIO.md).
#include "core/exchange/CsvReader.h"

#include <catch2/catch.hpp>

using namespace tideline;

TEST_CASE("The CSV reader follows RFC 4180 and counts lines", "[daylio]")
{
    SECTION("quotes, commas, doubled quotes and line breaks inside a field")
    {
        auto records = exchange::readCsv("a,b\r\n\"x, y\",\"say \"\"hi\"\"\r\nagain\"\r\nlast,\r\n");
        REQUIRE(records.ok());
        REQUIRE(records.value().size() == 3);
        CHECK(records.value()[1].fields == QStringList{QStringLiteral("x, y"), QStringLiteral("say \"hi\"\r\nagain")});
        CHECK(records.value()[1].line == 2);
        CHECK(records.value()[2].line == 4);
        CHECK(records.value()[2].fields == QStringList{QStringLiteral("last"), QString()});
    }
    SECTION("a byte-order mark and blank lines are not content; no final line end is fine")
    {
        auto records = exchange::readCsv("\xEF\xBB\xBF"
                                         "a,b\n\nc,d");
        REQUIRE(records.ok());
        REQUIRE(records.value().size() == 2);
        CHECK(records.value()[0].fields.first() == QStringLiteral("a"));
        CHECK(records.value()[1].line == 3);
    }
    SECTION("mistakes name their line")
    {
        auto open = exchange::readCsv("a,b\nc,\"never closed\nd,e\n");
        REQUIRE_FALSE(open.ok());
        CHECK(open.error().message.startsWith(QStringLiteral("Line 2:")));
        auto after = exchange::readCsv("a,b\n\"c\"x,d\n");
        REQUIRE_FALSE(after.ok());
        CHECK(after.error().message.startsWith(QStringLiteral("Line 2:")));
        // A quote left open swallows the lines below until a later quote seems to close it.
        auto runOn = exchange::readCsv("a,b\nc,\"oops\nd,\"e\"\n");
        REQUIRE_FALSE(runOn.ok());
        CHECK(runOn.error().message.startsWith(QStringLiteral("Line 2:")));
        auto notUtf8 = exchange::readCsv("a,b\nc,d\n\xFF\xFE,x\n");
        REQUIRE_FALSE(notUtf8.ok());
        CHECK(notUtf8.error().message.startsWith(QStringLiteral("Line 3:")));
    }
}

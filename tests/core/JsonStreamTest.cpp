// core/exchange/JsonStream: a JSON file outlined member by member and one list read back a record
// at a time, so an import never holds the whole file (issue 14).
#include "core/exchange/JsonStream.h"
#include "core/common/Progress.h"

#include <catch2/catch.hpp>

#include <QBuffer>

using namespace tideline;

TEST_CASE("outlineJson finds every member of a file and JsonRecords reads one list back", "[exchange][stream]")
{
    const QByteArray text = "{\"format\": \"tideline-export\", \"a\": [1, {\"x\": \"]\\\"}\"}, [2]],\n\"b\": []}";
    QBuffer buffer;
    buffer.setData(text);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    Progress quiet;
    Result<exchange::JsonOutline> outline = exchange::outlineJson(buffer, quiet);
    REQUIRE(outline.ok());
    REQUIRE(outline.value().members.size() == 3);
    CHECK(outline.value().values.value(QStringLiteral("format")).toString() == QStringLiteral("tideline-export"));
    const exchange::JsonMember* a = outline.value().find(QStringLiteral("a"));
    REQUIRE(a != nullptr);
    CHECK(a->isList);
    CHECK(a->count == 3);
    exchange::JsonRecords records(buffer, *a);
    auto first = records.next();
    REQUIRE(first);
    CHECK(first->value.toInt() == 1);
    auto second = records.next();
    REQUIRE(second);
    CHECK(second->value.toObject().value(QStringLiteral("x")).toString() == QStringLiteral("]\"}"));
    auto third = records.next();
    REQUIRE(third);
    CHECK(third->value.isArray());
    CHECK_FALSE(records.next());
    CHECK(records.status().ok());
    const exchange::JsonMember* b = outline.value().find(QStringLiteral("b"));
    REQUIRE(b != nullptr);
    CHECK(b->line == 2);
    CHECK(b->count == 0);
}

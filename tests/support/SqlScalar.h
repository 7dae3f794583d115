#pragma once

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

namespace tideline::test {

// The first column of the first row a query answers; the test stops if there is none.
inline qint64 scalar(Database& db, const char* sql)
{
    auto row = db.queryFirst(sql);
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    return row.value()->columnInt(0);
}

} // namespace tideline::test

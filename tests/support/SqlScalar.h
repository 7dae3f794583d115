#pragma once

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

namespace tideline::test {

// The first column of the first row a query answers; the test stops if there is none.
inline qint64 scalar(Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    REQUIRE(stmt.ok());
    auto step = stmt.value().step();
    REQUIRE(step.ok());
    REQUIRE(step.value() == Statement::Step::Row);
    return stmt.value().columnInt(0);
}

} // namespace tideline::test

#pragma once

#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QByteArray>
#include <QString>

namespace tideline::test {

// The first column of the first row a query answers; the test stops if there is none.
inline qint64 scalar(Database& db, const char* sql)
{
    auto row = db.queryFirst(sql);
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    return row.value()->columnInt(0);
}

inline qint64 scalar(Database& db, const QString& sql)
{
    const QByteArray utf8 = sql.toUtf8();
    return scalar(db, utf8.constData());
}

} // namespace tideline::test

#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QString>

#include <optional>

namespace tideline::exchange {

// Runs a query and calls onRow for each row, stopping at the first error.
template<typename OnRow>
Status forEachRow(Database& db, const char* sql, OnRow onRow)
{
    Result<Statement> st = db.prepare(sql);
    if (!st) {
        return st.error();
    }
    for (;;) {
        Result<Statement::Step> step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return {};
        }
        onRow(st.value());
    }
}

// Steps a statement expected to return at most one integer: that integer, or nullopt.
Result<std::optional<qint64>> firstInt(Statement& st);

// The id of the tag called name, adding it when there is none. For imports, inside their one
// transaction (TagRepository opens its own).
Result<qint64> ensureTag(Database& db, const QString& name);

} // namespace tideline::exchange

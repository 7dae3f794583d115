#pragma once

#include "common/Result.h"
#include "storage/Database.h"

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

} // namespace tideline::exchange

#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <type_traits>
#include <utility>

namespace tideline {

// A save of the person's own words (an entry, a check-in) that meets a full disk is tried once
// more after the database's room maker made room (the vault frees its reserve file), so the
// last words before a lock go in rather than being lost. Only a whole unit of work is tried
// again: inside an outer transaction, SQLite may have rolled back more than this write, and
// only the outer caller knows how to redo it.
template<typename Write>
auto writeWithRoom(Database& db, Write&& write) -> std::invoke_result_t<Write&>
{
    auto result = write();
    if (!result && result.code() == ErrorCode::CannotWrite && db.transactionDepth() == 0 && db.makeRoom()) {
        result = write();
    }
    return result;
}

} // namespace tideline

#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace tideline {

// One write transaction that rolls back unless commit() succeeded, so an early return on an
// error can never leave half a change behind. Transactions nest: the outermost is BEGIN
// IMMEDIATE … COMMIT, one begun inside it a savepoint (see Database::beginTransaction). A
// repository opens its own around a change of several statements; an import, the demo or any
// caller that makes several changes as one opens an outer one around the repositories' calls,
// and then a failure anywhere rolls all of it back.
//
//     Transaction tx(db);
//     if (auto s = tx.begin(); !s) return s;
//     ... statements or repository calls, returning their error on failure ...
//     return tx.commit();
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction()
    {
        if (m_open) {
            m_db.rollbackTransaction();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin()
    {
        Status status = m_db.beginTransaction();
        m_open = status.ok();
        return status;
    }
    Status commit()
    {
        Status status = m_db.commitTransaction();
        if (!status) {
            m_db.rollbackTransaction();
        }
        m_open = false;
        return status;
    }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace tideline

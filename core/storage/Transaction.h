#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace tideline {

// One write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded, so an
// early return on an error can never leave half a change behind.
//
//     Transaction tx(db);
//     if (auto s = tx.begin(); !s) return s;
//     ... statements, returning their error on failure ...
//     return tx.commit();
class Transaction
{
public:
    explicit Transaction(Database& db) : m_db(db) {}
    ~Transaction()
    {
        if (m_open) {
            m_db.rollback();
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin()
    {
        Status status = m_db.begin();
        m_open = status.ok();
        return status;
    }
    Status commit()
    {
        Status status = m_db.commit();
        if (!status) {
            m_db.rollback();
        }
        m_open = false;
        return status;
    }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace tideline

#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

namespace tideline {

// One write transaction (BEGIN IMMEDIATE) that rolls back unless commit() succeeded, so an
// early return on an error can never leave half a change behind. Begun inside another
// transaction it is a savepoint of it: it rolls back alone, and its commit becomes durable with
// the outer one (an import that adds files through AttachmentStore, which has its own).
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
            if (m_nested) {
                (void)m_db.exec("ROLLBACK TO tideline_nested; RELEASE tideline_nested;");
            } else {
                m_db.rollback();
            }
        }
    }
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    Status begin()
    {
        m_nested = m_db.inTransaction();
        Status status = m_nested ? m_db.exec("SAVEPOINT tideline_nested;") : m_db.begin();
        m_open = status.ok();
        return status;
    }
    Status commit()
    {
        if (m_nested) {
            Status status = m_db.exec("RELEASE tideline_nested;");
            if (!status) {
                (void)m_db.exec("ROLLBACK TO tideline_nested; RELEASE tideline_nested;");
            }
            m_open = false;
            return status;
        }
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
    bool m_nested = false;
};

} // namespace tideline

#pragma once

#include "core/common/Result.h"
#include "core/storage/Database.h"

#include <QList>
#include <QString>

namespace tideline {

class Database;

// The base of repositories whose rows a person puts in their own order (a sort_order column),
// renames and switches on and off (0/1 columns): metrics, routines, the safety plan and its
// contacts. The SQL stays in each repository, which is the one writer of its table; these are
// the walks they share.
class OrderedRepository
{
protected:
    explicit OrderedRepository(Database& db) : m_db(db) {}

    // Moves row id one place up (direction < 0) or down (direction > 0) among the ids that
    // orderedIds lists in their current order ("SELECT id FROM … ORDER BY sort_order, id", with
    // ?1 bound to scope when it is not empty), then numbers them all 1..n with setOrder
    // ("UPDATE … SET sort_order = ?1 WHERE id = ?2"), which also mends orders that tie after
    // seeding or an import. At an end nothing changes; notFound when id is not listed.
    Status moveRow(qint64 id, int direction, const char* orderedIds, const char* setOrder, const Error& notFound,
        const QString& scope = {});
    // Sets a 0/1 column: sql is "UPDATE … SET column = ?1 WHERE id = ?2"; notFound when no row has id.
    Status setFlag(const char* sql, qint64 id, bool value, const Error& notFound);
    // Sets a text column (a label) the same way.
    Status setText(const char* sql, qint64 id, const QString& text, const Error& notFound);

    // Every row sql returns, each made by readRow(statement).
    template<typename Row, typename ReadRow>
    Result<QList<Row>> readRows(const char* sql, ReadRow&& readRow)
    {
        Result<Statement> st = m_db.prepare(sql);
        if (!st) {
            return st.error();
        }
        QList<Row> rows;
        if (Status read = st.value().forEachRow([&](Statement& row) { rows.append(readRow(row)); }); !read) {
            return read.error();
        }
        return rows;
    }
    // The row sql returns for ?1 = id, made by readRow(statement); notFound when there is none.
    template<typename Row, typename ReadRow>
    Result<Row> readRow(const char* sql, qint64 id, ReadRow&& readRow, const Error& notFound)
    {
        Result<Statement> st = m_db.prepare(sql);
        if (!st) {
            return st.error();
        }
        st.value().bind(1, id);
        Result<bool> found = st.value().nextRow();
        if (!found) {
            return found.error();
        }
        if (!found.value()) {
            return notFound;
        }
        return readRow(st.value());
    }

    Database& m_db;

private:
    // Runs an "UPDATE … WHERE id = ?2" whose ?1 bindValue binds; notFound when no row has id.
    template<typename BindValue>
    Status updateOne(const char* sql, qint64 id, BindValue&& bindValue, const Error& notFound)
    {
        Result<Statement> st = m_db.prepare(sql);
        if (!st) {
            return st.error();
        }
        bindValue(st.value());
        st.value().bind(2, id);
        if (Status s = st.value().run(); !s) {
            return s;
        }
        return m_db.changes() == 1 ? Status{} : Status{notFound};
    }
};

} // namespace tideline

#pragma once

#include <QByteArray>

#include <initializer_list>
#include <utility>

namespace tideline {

// The conditions of a query that apply, joined with " AND " ("" when none does): each is
// { whether it applies, its SQL }. Paged lists leave out what does not apply rather than write
// "?1 IS NULL OR …", which keeps SQLite from seeking in an index to where a page starts: a page
// far back then walked every newer row (docs/BENCHMARKS.md, "Statements compiled once, pages far
// back, one page per keystroke").
inline QByteArray conditionsThatApply(std::initializer_list<std::pair<bool, const char*>> conditions)
{
    QByteArray sql;
    for (const auto& [applies, condition] : conditions) {
        if (applies) {
            sql += sql.isEmpty() ? "" : " AND ";
            sql += condition;
        }
    }
    return sql;
}

} // namespace tideline

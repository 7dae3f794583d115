#include "core/storage/OrderedRepository.h"

#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QList>

namespace tideline {

Status OrderedRepository::moveRow(
    qint64 id, int direction, const char* orderedIds, const char* setOrder, const Error& notFound, const QString& scope)
{
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s;
    }
    Result<Statement> ids = m_db.prepare(orderedIds);
    if (!ids) {
        return ids.error();
    }
    if (!scope.isEmpty()) {
        ids.value().bind(1, scope);
    }
    QList<qint64> order;
    if (Status read = ids.value().forEachRow([&](const Statement& row) { order.append(row.columnInt(0)); }); !read) {
        return read;
    }
    const qsizetype from = order.indexOf(id);
    if (from < 0) {
        return notFound;
    }
    const qsizetype to = from + (direction < 0 ? -1 : 1);
    if (to < 0 || to >= order.size()) {
        return {}; // already first or last: nothing to do
    }
    order.swapItemsAt(from, to);
    Result<Statement> update = m_db.prepare(setOrder);
    if (!update) {
        return update.error();
    }
    for (qsizetype i = 0; i < order.size(); ++i) {
        update.value().reset();
        update.value().bind(1, static_cast<qint64>(i + 1)).bind(2, order.at(i));
        if (Status s = update.value().run(); !s) {
            return s;
        }
    }
    return tx.commit();
}

Status OrderedRepository::setFlag(const char* sql, qint64 id, bool value, const Error& notFound)
{
    return updateOne(
        sql, id, [value](Statement& st) { st.bind(1, value ? 1 : 0); }, notFound);
}

Status OrderedRepository::setText(const char* sql, qint64 id, const QString& text, const Error& notFound)
{
    return updateOne(
        sql, id, [&text](Statement& st) { st.bind(1, text); }, notFound);
}

} // namespace tideline

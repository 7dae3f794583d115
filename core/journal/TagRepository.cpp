#include "core/journal/TagRepository.h"

#include "core/journal/EntryText.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

namespace tideline::journal {

namespace {

Error noSuchTag(const QString& name)
{
    return Error::make(
        ErrorCode::NotFound, QCoreApplication::translate("Journal", "There is no tag called “%1”.").arg(name));
}

Error emptyName()
{
    return Error::make(ErrorCode::InvalidInput,
        QCoreApplication::translate("Journal", "A tag needs at least one letter, number or sign."));
}

} // namespace

Result<std::vector<TagInfo>> TagRepository::all()
{
    auto stmt = m_db.prepare("SELECT t.id, t.name, (SELECT count(*) FROM entry_tag AS et WHERE et.tag_id = t.id) "
                             "FROM tag AS t ORDER BY t.name;");
    if (!stmt) {
        return stmt.error();
    }
    std::vector<TagInfo> tags;
    for (;;) {
        auto step = stmt.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return tags;
        }
        const Statement& row = stmt.value();
        tags.push_back(TagInfo{row.columnInt(0), row.columnText(1), static_cast<int>(row.columnInt(2))});
    }
}

Result<qint64> TagRepository::idOf(const QString& name)
{
    auto stmt = m_db.prepare("SELECT id FROM tag WHERE name = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, EntryText::normalizeTag(name));
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return noSuchTag(name);
    }
    return stmt.value().columnInt(0);
}

Result<qint64> TagRepository::ensure(const QString& name)
{
    const QString tag = EntryText::normalizeTag(name);
    if (tag.isEmpty()) {
        return emptyName();
    }
    auto add = m_db.prepare("INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING;");
    if (!add) {
        return add.error();
    }
    add.value().bind(1, tag);
    if (auto s = add.value().run(); !s) {
        return s.error();
    }
    return idOf(tag);
}

Status TagRepository::setEntryTags(qint64 entryId, const QStringList& names)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    auto clear = m_db.prepare("DELETE FROM entry_tag WHERE entry_id = ?1;");
    if (!clear) {
        return clear.error();
    }
    clear.value().bind(1, entryId);
    if (auto s = clear.value().run(); !s) {
        return s;
    }
    const QStringList tags = EntryText::normalizeTags(names);
    if (!tags.isEmpty()) {
        auto addTag = m_db.prepare("INSERT INTO tag (name) VALUES (?1) ON CONFLICT (name) DO NOTHING;");
        if (!addTag) {
            return addTag.error();
        }
        auto link = m_db.prepare(
            "INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) SELECT ?1, id FROM tag WHERE name = ?2;");
        if (!link) {
            return link.error();
        }
        for (const QString& tag : tags) {
            addTag.value().reset();
            addTag.value().bind(1, tag);
            if (auto s = addTag.value().run(); !s) {
                return s;
            }
            link.value().reset();
            link.value().bind(1, entryId).bind(2, tag);
            if (auto s = link.value().run(); !s) {
                return s;
            }
        }
    }
    return tx.commit();
}

Status TagRepository::mergeIds(qint64 from, qint64 into)
{
    auto move = m_db.prepare("INSERT OR IGNORE INTO entry_tag (entry_id, tag_id) "
                             "SELECT entry_id, ?2 FROM entry_tag WHERE tag_id = ?1;");
    if (!move) {
        return move.error();
    }
    move.value().bind(1, from).bind(2, into);
    if (auto s = move.value().run(); !s) {
        return s;
    }
    auto drop = m_db.prepare("DELETE FROM tag WHERE id = ?1;"); // its entry_tag rows go by cascade
    if (!drop) {
        return drop.error();
    }
    drop.value().bind(1, from);
    return drop.value().run();
}

Status TagRepository::rename(const QString& from, const QString& to)
{
    const QString newName = EntryText::normalizeTag(to);
    if (newName.isEmpty()) {
        return emptyName();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    auto fromId = idOf(from);
    if (!fromId) {
        return fromId.error();
    }
    auto existing = idOf(newName);
    if (existing && existing.value() != fromId.value()) {
        if (auto s = mergeIds(fromId.value(), existing.value()); !s) {
            return s;
        }
        return tx.commit();
    }
    auto stmt = m_db.prepare("UPDATE tag SET name = ?1 WHERE id = ?2;"); // also a change of case only
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, newName).bind(2, fromId.value());
    if (auto s = stmt.value().run(); !s) {
        return s;
    }
    return tx.commit();
}

Status TagRepository::merge(const QString& from, const QString& into)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    auto fromId = idOf(from);
    if (!fromId) {
        return fromId.error();
    }
    auto intoId = idOf(into);
    if (!intoId) {
        return intoId.error();
    }
    if (fromId.value() == intoId.value()) {
        return {};
    }
    if (auto s = mergeIds(fromId.value(), intoId.value()); !s) {
        return s;
    }
    return tx.commit();
}

Status TagRepository::remove(const QString& name)
{
    auto stmt = m_db.prepare("DELETE FROM tag WHERE name = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, EntryText::normalizeTag(name));
    if (auto s = stmt.value().run(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return noSuchTag(name);
    }
    return {};
}

} // namespace tideline::journal

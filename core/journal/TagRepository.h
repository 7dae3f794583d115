#pragma once

#include "core/common/Result.h"

#include <QString>
#include <vector>

namespace tideline {
class Database;
}

namespace tideline::journal {

struct TagInfo
{
    qint64 id = 0;
    QString name;
    int entryCount = 0;
};

// The journal's tags. Names are compared without regard to ASCII case (the schema's NOCASE),
// trimmed, and never hold a comma (EntryText::normalizeTag).
class TagRepository
{
public:
    explicit TagRepository(Database& db) : m_db(db) {}

    // Every tag with how many entries carry it, by name.
    Result<std::vector<TagInfo>> all();
    // Renames a tag. When another tag already has the new name, the two become one (merge).
    Status rename(const QString& from, const QString& to);
    // Every entry tagged from gets into instead; from disappears.
    Status merge(const QString& from, const QString& into);
    // Removes the tag from every entry and from the list; the entries stay.
    Status remove(const QString& name);

private:
    Result<qint64> idOf(const QString& name);
    Status mergeIds(qint64 from, qint64 into);

    Database& m_db;
};

} // namespace tideline::journal

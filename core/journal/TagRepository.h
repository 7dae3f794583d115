#pragma once

#include "core/common/Result.h"

#include <QString>
#include <QStringList>
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

    // The id of the tag called name (normalised as EntryText::normalizeTag does), adding it when
    // there is none. InvalidInput when nothing readable is left of the name.
    Result<qint64> ensure(const QString& name);
    // The tags of one entry become exactly these (normalised, duplicates dropped), adding tags the
    // journal does not have yet. For JournalRepository, inside its transaction.
    Status setEntryTags(qint64 entryId, const QStringList& names);

private:
    Result<qint64> idOf(const QString& name);
    Status mergeIds(qint64 from, qint64 into);

    Database& m_db;
};

} // namespace tideline::journal

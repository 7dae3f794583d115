#pragma once

#include "core/common/Result.h"

#include <QList>
#include <QString>

namespace tideline {

class Database;

// Support numbers the person adds themselves (table resource, user_added = 1): a local
// shelter, a counsellor's line. Inside the vault, because which lines someone keeps says
// where they live and what they live with.
class OwnResourceRepository
{
public:
    struct Resource
    {
        qint64 id = 0;
        QString region; // the region chosen when it was added
        QString name;
        QString phone;
        QString note;
    };

    explicit OwnResourceRepository(Database& db) : m_db(db) {}

    // One page, in the order they were added.
    Result<QList<Resource>> resources(int limit, int offset = 0);
    // A name and a phone number are required; the note is optional.
    Result<qint64> add(const Resource& resource);
    Status remove(qint64 id);

    // For imports, inside the importer's transaction: whether a number of this region and name
    // is kept already.
    Result<bool> containsSame(const QString& region, const QString& name);
    // A number as another vault kept it (empty phone, url or note = none; only an import brings
    // a url), in its own place. Returns the new id.
    Result<qint64> insertAsRecorded(const Resource& resource, const QString& url, qint64 sortOrder);

private:
    Database& m_db;
};

} // namespace tideline

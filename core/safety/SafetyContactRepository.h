#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/storage/OrderedRepository.h"

#include <QList>
#include <QString>

#include <optional>

namespace tideline {

class Database;

// People who help, professionals and hotlines of the safety plan (table safety_contact):
// a name, and optionally a phone number and a note. Kept in the person's order.
class SafetyContactRepository : private OrderedRepository
{
public:
    enum class Kind { Person, Professional, Hotline };

    struct Contact
    {
        qint64 id = 0;
        QString name;
        QString phone;
        QString note;
        Kind kind = Kind::Person;
    };

    SafetyContactRepository(Database& db, const Clock& clock) : OrderedRepository(db), m_clock(clock) {}

    static QString kindKey(Kind kind); // "person", as stored
    static std::optional<Kind> kindFromKey(const QString& key);

    // One page, in the person's order (all kinds together).
    Result<QList<Contact>> contacts(int limit, int offset = 0);
    Result<int> count();

    // The name is required; phone and note may be empty. Texts are trimmed and checked.
    Result<qint64> add(const Contact& contact);
    Status update(const Contact& contact);
    Status remove(qint64 id);
    // One place up (-1) or down (+1); nothing happens at an end.
    Status move(qint64 id, int direction);

    // For imports, inside the importer's transaction: whether a contact with this name and
    // phone number (or none) is kept already.
    Result<bool> containsSame(const Contact& contact);
    // A contact as another vault kept it (empty phone or note = none), with its own order and
    // time. Returns the new id.
    Result<qint64> insertAsRecorded(const Contact& contact, qint64 sortOrder, const QString& createdAt);

private:
    Result<Contact> cleaned(const Contact& contact) const;

    const Clock& m_clock;
};

} // namespace tideline

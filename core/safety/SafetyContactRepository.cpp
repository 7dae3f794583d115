#include "core/safety/SafetyContactRepository.h"

#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tideline {

namespace {

Error notFound()
{
    return Error::make(ErrorCode::NotFound, QCoreApplication::translate("Safety", "That contact is no longer there."));
}

void bindOptional(Statement& stmt, int index, const QString& text)
{
    if (text.isEmpty()) {
        stmt.bindNull(index);
    } else {
        stmt.bind(index, text);
    }
}

} // namespace

QString SafetyContactRepository::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Person:
        return u"person"_s;
    case Kind::Professional:
        return u"professional"_s;
    case Kind::Hotline:
        return u"hotline"_s;
    }
    return {};
}

std::optional<SafetyContactRepository::Kind> SafetyContactRepository::kindFromKey(const QString& key)
{
    for (Kind kind : {Kind::Person, Kind::Professional, Kind::Hotline}) {
        if (kindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

Result<QList<SafetyContactRepository::Contact>> SafetyContactRepository::contacts(int limit, int offset)
{
    auto stmt = m_db.prepare("SELECT id, name, coalesce(phone, ''), coalesce(note, ''), kind FROM safety_contact "
                             "ORDER BY sort_order, id LIMIT ?1 OFFSET ?2;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, limit).bind(2, offset);
    QList<Contact> contacts;
    for (;;) {
        auto step = stmt.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return contacts;
        }
        const Statement& row = stmt.value();
        contacts.append({row.columnInt(0), row.columnText(1), row.columnText(2), row.columnText(3),
            kindFromKey(row.columnText(4)).value_or(Kind::Person)});
    }
}

Result<int> SafetyContactRepository::count()
{
    auto stmt = m_db.prepare("SELECT count(*) FROM safety_contact;");
    if (!stmt) {
        return stmt.error();
    }
    auto step = stmt.value().step();
    if (!step) {
        return step.error();
    }
    return static_cast<int>(stmt.value().columnInt(0));
}

Result<SafetyContactRepository::Contact> SafetyContactRepository::cleaned(const Contact& contact) const
{
    auto name = requiredPlanText(contact.name, kContactNameMaxLength, PlanField::Name);
    if (!name) {
        return name.error();
    }
    auto phone = optionalPlanText(contact.phone, kPhoneMaxLength, PlanField::Phone);
    if (!phone) {
        return phone.error();
    }
    auto note = optionalPlanText(contact.note, kNoteMaxLength, PlanField::Note);
    if (!note) {
        return note.error();
    }
    return Contact{contact.id, name.value(), phone.value(), note.value(), contact.kind};
}

Result<qint64> SafetyContactRepository::add(const Contact& contact)
{
    auto clean = cleaned(contact);
    if (!clean) {
        return clean.error();
    }
    auto last = m_db.queryFirst("SELECT coalesce(max(sort_order), 0) FROM safety_contact;");
    if (!last) {
        return last.error();
    }
    const qint64 sortOrder = (last.value() ? last.value()->columnInt(0) : 0) + 1;
    return insertAsRecorded(clean.value(), sortOrder, m_clock.nowUtc().toString(Qt::ISODateWithMs));
}

Result<bool> SafetyContactRepository::containsSame(const Contact& contact)
{
    auto stmt = m_db.prepare("SELECT 1 FROM safety_contact WHERE name = ?1 AND phone IS ?2 LIMIT 1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, contact.name);
    bindOptional(stmt.value(), 2, contact.phone);
    return stmt.value().nextRow();
}

Result<qint64> SafetyContactRepository::insertAsRecorded(
    const Contact& contact, qint64 sortOrder, const QString& createdAt)
{
    auto stmt = m_db.prepare("INSERT INTO safety_contact (name, phone, note, kind, sort_order, created_at) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    if (!stmt) {
        return stmt.error();
    }
    Statement& insert = stmt.value();
    insert.bind(1, contact.name);
    bindOptional(insert, 2, contact.phone);
    bindOptional(insert, 3, contact.note);
    insert.bind(4, kindKey(contact.kind)).bind(5, sortOrder).bind(6, createdAt);
    if (auto status = insert.run(); !status) {
        return status.error();
    }
    return m_db.lastInsertRowId();
}

Status SafetyContactRepository::update(const Contact& contact)
{
    auto clean = cleaned(contact);
    if (!clean) {
        return clean.error();
    }
    auto stmt = m_db.prepare("UPDATE safety_contact SET name = ?2, phone = ?3, note = ?4, kind = ?5 WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    Statement& change = stmt.value();
    change.bind(1, contact.id).bind(2, clean.value().name);
    bindOptional(change, 3, clean.value().phone);
    bindOptional(change, 4, clean.value().note);
    change.bind(5, kindKey(clean.value().kind));
    if (auto status = change.run(); !status) {
        return status;
    }
    return m_db.changes() == 1 ? Status() : Status(notFound());
}

Status SafetyContactRepository::remove(qint64 id)
{
    auto stmt = m_db.prepare("DELETE FROM safety_contact WHERE id = ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    if (auto status = stmt.value().run(); !status) {
        return status;
    }
    if (m_db.changes() != 1) {
        return notFound();
    }
    return m_db.checkpointTruncate(); // no deleted name or number left in the WAL
}

Status SafetyContactRepository::move(qint64 id, int direction)
{
    if (direction != -1 && direction != 1) {
        return Error::make(
            ErrorCode::InvalidInput, QCoreApplication::translate("Safety", "A contact moves one place at a time."));
    }
    return moveRow(id, direction, "SELECT id FROM safety_contact ORDER BY sort_order, id;",
        "UPDATE safety_contact SET sort_order = ?1 WHERE id = ?2;", notFound());
}

} // namespace tideline

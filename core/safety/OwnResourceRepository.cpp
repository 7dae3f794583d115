#include "core/safety/OwnResourceRepository.h"

#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace tideline {

Result<QList<OwnResourceRepository::Resource>> OwnResourceRepository::resources(int limit, int offset)
{
    auto stmt = m_db.prepare("SELECT id, region, name, coalesce(phone, ''), coalesce(note, '') FROM resource "
                             "WHERE user_added = 1 ORDER BY sort_order, id LIMIT ?1 OFFSET ?2;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, limit).bind(2, offset);
    QList<Resource> resources;
    for (;;) {
        auto step = stmt.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return resources;
        }
        const Statement& row = stmt.value();
        resources.append(
            {row.columnInt(0), row.columnText(1), row.columnText(2), row.columnText(3), row.columnText(4)});
    }
}

Result<qint64> OwnResourceRepository::add(const Resource& resource)
{
    auto name = requiredPlanText(resource.name, kContactNameMaxLength, PlanField::Name);
    if (!name) {
        return name.error();
    }
    auto phone = requiredPlanText(resource.phone, kPhoneMaxLength, PlanField::Phone);
    if (!phone) {
        return phone.error();
    }
    auto note = optionalPlanText(resource.note, kNoteMaxLength, PlanField::Note);
    if (!note) {
        return note.error();
    }
    const QString region = resource.region.trimmed().isEmpty() ? u"XX"_s : resource.region.trimmed().left(8);
    auto last = m_db.queryFirst("SELECT coalesce(max(sort_order), 0) FROM resource;");
    if (!last) {
        return last.error();
    }
    const qint64 sortOrder = (last.value() ? last.value()->columnInt(0) : 0) + 1;
    return insertAsRecorded({0, region, name.value(), phone.value(), note.value()}, QString(), sortOrder);
}

Result<bool> OwnResourceRepository::containsSame(const QString& region, const QString& name)
{
    auto stmt = m_db.prepare("SELECT 1 FROM resource WHERE region = ?1 AND name = ?2 LIMIT 1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, region).bind(2, name);
    return stmt.value().nextRow();
}

Result<qint64> OwnResourceRepository::insertAsRecorded(const Resource& resource, const QString& url, qint64 sortOrder)
{
    auto stmt = m_db.prepare("INSERT INTO resource (region, name, phone, url, note, user_added, sort_order) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6);");
    if (!stmt) {
        return stmt.error();
    }
    Statement& insert = stmt.value();
    insert.bind(1, resource.region).bind(2, resource.name);
    int column = 3;
    for (const QString* text : {&resource.phone, &url, &resource.note}) {
        if (text->isEmpty()) {
            insert.bindNull(column++);
        } else {
            insert.bind(column++, *text);
        }
    }
    insert.bind(6, sortOrder);
    if (auto status = insert.run(); !status) {
        return status.error();
    }
    return m_db.lastInsertRowId();
}

Status OwnResourceRepository::remove(qint64 id)
{
    auto stmt = m_db.prepare("DELETE FROM resource WHERE id = ?1 AND user_added = 1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, id);
    if (auto status = stmt.value().run(); !status) {
        return status;
    }
    if (m_db.changes() != 1) {
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("Safety", "That number is no longer there."));
    }
    return m_db.checkpointTruncate();
}

} // namespace tideline

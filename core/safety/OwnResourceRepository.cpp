#include "core/safety/OwnResourceRepository.h"

#include "core/safety/PlanText.h"
#include "core/storage/Database.h"

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
    auto name = requiredPlanText(resource.name, kContactNameMaxLength, u"A name"_s);
    if (!name) {
        return name.error();
    }
    auto phone = requiredPlanText(resource.phone, kPhoneMaxLength, u"A phone number"_s);
    if (!phone) {
        return phone.error();
    }
    auto note = optionalPlanText(resource.note, kNoteMaxLength, u"A note"_s);
    if (!note) {
        return note.error();
    }
    const QString region = resource.region.trimmed().isEmpty() ? u"XX"_s : resource.region.trimmed().left(8);
    auto stmt = m_db.prepare("INSERT INTO resource (region, name, phone, note, user_added, sort_order) "
                             "VALUES (?1, ?2, ?3, ?4, 1, (SELECT coalesce(max(sort_order), 0) + 1 FROM resource));");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, region).bind(2, name.value()).bind(3, phone.value());
    if (note.value().isEmpty()) {
        stmt.value().bindNull(4);
    } else {
        stmt.value().bind(4, note.value());
    }
    if (auto status = stmt.value().run(); !status) {
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
        return Error::make(ErrorCode::NotFound, u"That number is no longer there."_s);
    }
    return m_db.checkpointTruncate();
}

} // namespace tideline

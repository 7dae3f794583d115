#include "core/vault/AccessEventRepository.h"

#include "core/storage/Database.h"

namespace tideline {

namespace {

QString outcomeName(AccessEventRepository::Outcome outcome)
{
    switch (outcome) {
    case AccessEventRepository::Outcome::Unlocked:
        return QStringLiteral("unlocked");
    case AccessEventRepository::Outcome::Failed:
        return QStringLiteral("failed");
    case AccessEventRepository::Outcome::Recovered:
        return QStringLiteral("recovered");
    }
    return {};
}

AccessEventRepository::Outcome outcomeFrom(const QString& name)
{
    if (name == QStringLiteral("failed")) {
        return AccessEventRepository::Outcome::Failed;
    }
    if (name == QStringLiteral("recovered")) {
        return AccessEventRepository::Outcome::Recovered;
    }
    return AccessEventRepository::Outcome::Unlocked;
}

} // namespace

Status AccessEventRepository::record(Outcome outcome, const QDateTime& at)
{
    auto stmt = m_db.prepare("INSERT INTO access_event (occurred_at, outcome) VALUES (?1, ?2);");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, at.toUTC().toString(Qt::ISODateWithMs)).bind(2, outcomeName(outcome));
    return stmt.value().run();
}

Result<QList<AccessEventRepository::Event>> AccessEventRepository::recent(int limit)
{
    auto stmt = m_db.prepare("SELECT occurred_at, outcome FROM access_event ORDER BY occurred_at DESC, id DESC "
                             "LIMIT ?1;");
    if (!stmt) {
        return stmt.error();
    }
    stmt.value().bind(1, limit);
    QList<Event> events;
    for (;;) {
        auto step = stmt.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            break;
        }
        events.append({QDateTime::fromString(stmt.value().columnText(0), Qt::ISODateWithMs),
            outcomeFrom(stmt.value().columnText(1))});
    }
    return events;
}

} // namespace tideline

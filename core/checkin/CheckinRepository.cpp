#include "core/checkin/CheckinRepository.h"

#include "core/common/Day.h"
#include "core/moments/Moment.h"
#include "core/storage/Database.h"
#include "core/storage/RoomToWrite.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace tideline {

namespace {

QString nowText(const Clock& clock)
{
    return clock.nowUtc().toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

Result<CheckinRepository::Values> CheckinRepository::values(const QDate& day)
{
    Result<Statement> st = m_db.prepare("SELECT metric_id, value FROM checkin_value WHERE day = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day));
    Values values;
    for (;;) {
        auto step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            return values;
        }
        values.insert(st.value().columnInt(0), st.value().columnDouble(1));
    }
}

Status CheckinRepository::writeValue(const QDate& day, qint64 metricId, double value, const Clock& clock)
{
    const QString now = nowText(clock);
    Result<Statement> checkin = m_db.prepare("INSERT INTO checkin (day, created_at, updated_at) VALUES (?, ?, ?) "
                                             "ON CONFLICT (day) DO UPDATE SET updated_at = excluded.updated_at");
    if (!checkin) {
        return checkin.error();
    }
    checkin.value().bind(1, Day::toText(day)).bind(2, now).bind(3, now);
    if (auto s = checkin.value().run(); !s) {
        return s;
    }
    Result<Statement> st = m_db.prepare(
        "INSERT INTO checkin_value (day, metric_id, value, updated_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, metric_id) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, metricId).bind(3, value).bind(4, now);
    return st.value().run();
}

Status CheckinRepository::insertDayAsRecorded(
    const QDate& day, const QString& createdAt, const QString& updatedAt, const std::optional<QString>& note)
{
    Result<Statement> st = m_db.prepare("INSERT INTO checkin (day, created_at, updated_at, note) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT (day) DO UPDATE SET note = coalesce(checkin.note, excluded.note)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, createdAt).bind(3, updatedAt);
    if (note) {
        st.value().bind(4, *note);
    } else {
        st.value().bindNull(4);
    }
    return st.value().run();
}

Result<bool> CheckinRepository::insertValueAsRecorded(
    const QDate& day, qint64 metricId, double value, const QString& updatedAt)
{
    Result<Statement> st = m_db.prepare("INSERT INTO checkin_value (day, metric_id, value, updated_at) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (day, metric_id) DO NOTHING");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, metricId).bind(3, value).bind(4, updatedAt);
    if (Status s = st.value().run(); !s) {
        return s.error();
    }
    return m_db.changes() > 0;
}

Status CheckinRepository::deleteValue(const QDate& day, qint64 metricId)
{
    Result<Statement> st = m_db.prepare("DELETE FROM checkin_value WHERE day = ? AND metric_id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, metricId);
    return st.value().run();
}

// A check-in row without values or a note says nothing; remove it so "no check-in that day"
// stays simple to ask.
Status CheckinRepository::dropEmptyDay(const QDate& day)
{
    Result<Statement> st = m_db.prepare("DELETE FROM checkin WHERE day = ? AND note IS NULL AND NOT EXISTS "
                                        "(SELECT 1 FROM checkin_value WHERE checkin_value.day = checkin.day)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day));
    return st.value().run();
}

Result<int> CheckinRepository::momentFloor(const QDate& day, const Metric& metric)
{
    const std::optional<MomentKind> kind = momentKindFeeding(metric.key);
    if (!kind) {
        return 0;
    }
    Result<Statement> st = m_db.prepare("SELECT count(*) FROM moment WHERE day = ? AND kind = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, momentKindKey(*kind));
    auto step = st.value().step();
    if (!step) {
        return step.error();
    }
    return static_cast<int>(st.value().columnInt(0));
}

Status CheckinRepository::setValue(const QDate& day, const Metric& metric, double value, const Clock& clock)
{
    return setValues(day, {{metric, value}}, clock);
}

Status CheckinRepository::setValues(
    const QDate& day, const QList<std::pair<Metric, double>>& values, const Clock& clock)
{
    if (Status s = Day::checkRecordable(day, clock); !s) {
        return s;
    }
    for (const auto& [metric, value] : values) {
        if (Status fits = checkMetricValue(metric, value); !fits) {
            return fits;
        }
        Result<int> floor = momentFloor(day, metric);
        if (!floor) {
            return floor.error();
        }
        if (value < std::min(static_cast<double>(floor.value()), metric.maxValue)) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Metric",
                    "You logged %1 as moments on %2, so %3 starts at %1. To lower it, remove a moment "
                    "first. Nothing was saved.")
                    .arg(floor.value())
                    .arg(Day::toText(day), metric.label));
        }
    }
    // A full disk frees the vault's reserve and tries once more: a check-in is often the last
    // thing done before the window closes.
    return writeWithRoom(m_db, [&]() -> Status {
        Transaction tx(m_db);
        if (auto s = tx.begin(); !s) {
            return s;
        }
        for (const auto& [metric, value] : values) {
            if (auto s = writeValue(day, metric.id, value, clock); !s) {
                return s;
            }
        }
        return tx.commit();
    });
}

Result<std::optional<double>> CheckinRepository::clearValue(const QDate& day, const Metric& metric, const Clock& clock)
{
    Result<int> floor = momentFloor(day, metric);
    if (!floor) {
        return floor.error();
    }
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    std::optional<double> remaining;
    if (floor.value() > 0) {
        remaining = floor.value();
        if (auto s = writeValue(day, metric.id, floor.value(), clock); !s) {
            return s.error();
        }
    } else {
        if (auto s = deleteValue(day, metric.id); !s) {
            return s.error();
        }
        if (auto s = dropEmptyDay(day); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return remaining;
}

Status CheckinRepository::clearDay(const QDate& day, const Clock& clock)
{
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s;
    }
    Result<Statement> st = m_db.prepare("DELETE FROM checkin_value WHERE day = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day));
    if (auto s = st.value().run(); !s) {
        return s;
    }
    for (MomentKind kind : {MomentKind::Flashback, MomentKind::Nightmare}) {
        if (auto s = applyMomentFloor(day, countMetricKeyFor(kind), clock); !s) {
            return s;
        }
    }
    if (auto s = dropEmptyDay(day); !s) {
        return s;
    }
    return tx.commit();
}

Status CheckinRepository::applyMomentFloor(const QDate& day, const QString& metricKey, const Clock& clock)
{
    const std::optional<MomentKind> kind = momentKindFeeding(metricKey);
    if (!kind) {
        return {};
    }
    // One statement: the count of moments, the metric, and what is stored now.
    Result<Statement> st
        = m_db.prepare("SELECT m.id, (SELECT count(*) FROM moment WHERE day = ?1 AND kind = ?2), "
                       "(SELECT value FROM checkin_value WHERE day = ?1 AND metric_id = m.id), m.max_value "
                       "FROM metric AS m WHERE m.key = ?3");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day)).bind(2, momentKindKey(*kind)).bind(3, metricKey);
    auto step = st.value().step();
    if (!step) {
        return step.error();
    }
    if (step.value() == Statement::Step::Done) {
        return {}; // the metric is gone (cannot happen to a built-in); nothing to feed
    }
    const qint64 metricId = st.value().columnInt(0);
    // More moments than the count's bound (50 a day) are kept as moments; the count stops there.
    const double moments = std::min(static_cast<double>(st.value().columnInt(1)), st.value().columnDouble(3));
    const bool recorded = !st.value().isNull(2);
    const double stored = st.value().columnDouble(2);
    if (moments == 0 || (recorded && stored >= moments)) {
        return {};
    }
    return writeValue(day, metricId, moments, clock);
}

} // namespace tideline

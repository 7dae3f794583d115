#include "core/moments/MomentRepository.h"

#include "core/checkin/CheckinRepository.h"
#include "core/common/AppName.h"
#include "core/common/Day.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>
#include <algorithm>

namespace tideline {

namespace {

// The intensity and the optional words, as add() and updateDetails() accept them.
Status checkDetails(const Moment& moment)
{
    if (moment.intensity && (*moment.intensity < 0 || *moment.intensity > 10)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Moment", "Intensity goes from 0 to 10, or can be left out. Nothing was saved."));
    }
    for (const QString* text : {&moment.trigger, &moment.place, &moment.bodySensations, &moment.whatHelped}) {
        if (text->size() > MomentRepository::kMaxTextLength) {
            return Error::make(ErrorCode::InvalidInput,
                QCoreApplication::translate("Moment",
                    "One of the notes is very long (more than %1 characters). A journal entry has room "
                    "for more; nothing was saved here yet.")
                    .arg(MomentRepository::kMaxTextLength));
        }
    }
    return {};
}

// The columns readMoment() expects, as a literal: prepared statements are kept by their SQL text.
#define MOMENT_SELECT                                                                                                  \
    "SELECT id, occurred_at, day, kind, intensity, trigger_text, place, body_sensations, what_helped FROM moment "

Moment readMoment(const Statement& row)
{
    Moment m;
    m.id = row.columnInt(0);
    m.occurredAt = QDateTime::fromString(row.columnText(1), Qt::ISODateWithMs);
    m.day = QDate::fromString(row.columnText(2), Qt::ISODate);
    const Result<MomentKind> kind = momentKindFromKey(row.columnText(3));
    m.kind = kind.ok() ? kind.value() : MomentKind::Other;
    if (!row.isNull(4)) {
        m.intensity = static_cast<int>(row.columnInt(4));
    }
    m.trigger = row.columnText(5);
    m.place = row.columnText(6);
    m.bodySensations = row.columnText(7);
    m.whatHelped = row.columnText(8);
    return m;
}

void bindOptionalText(Statement& st, int index, const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        st.bindNull(index);
    } else {
        st.bind(index, trimmed);
    }
}

} // namespace

Result<qint64> MomentRepository::add(const Moment& moment, const Clock& clock)
{
    if (!moment.occurredAt.isValid()) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Moment", "That time is not one %1 understands.").arg(appName()));
    }
    const QDateTime now = clock.nowUtc();
    // A few minutes of grace for a clock set slightly differently; later than that has not happened yet.
    if (moment.occurredAt > now.addSecs(5 * 60)) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Moment", "That time is still to come. Choose when it happened, or leave the time as now."));
    }
    if (Status details = checkDetails(moment); !details) {
        return details.error();
    }
    // Its day is the person's local day of when it happened; the words are kept trimmed.
    Moment kept = moment;
    kept.day = moment.occurredAt.toLocalTime().date();
    for (QString* text : {&kept.trigger, &kept.place, &kept.bodySensations, &kept.whatHelped}) {
        *text = text->trimmed();
    }
    const QDate& day = kept.day;

    Transaction tx(m_db);
    if (auto s = tx.begin(); !s) {
        return s.error();
    }
    Result<qint64> inserted = insertAsRecorded(kept, now.toUTC().toString(Qt::ISODateWithMs));
    if (!inserted) {
        return inserted.error();
    }
    const qint64 id = inserted.value();
    const QString countKey = countMetricKeyFor(moment.kind);
    if (!countKey.isEmpty()) {
        if (auto s = CheckinRepository(m_db).applyMomentFloor(day, countKey, clock); !s) {
            return s.error();
        }
    }
    if (auto s = tx.commit(); !s) {
        return s.error();
    }
    return id;
}

Result<bool> MomentRepository::contains(const QDateTime& occurredAt, MomentKind kind)
{
    Result<Statement> st = m_db.prepare("SELECT 1 FROM moment WHERE occurred_at = ? AND kind = ? LIMIT 1");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, occurredAt.toUTC().toString(Qt::ISODateWithMs)).bind(2, momentKindKey(kind));
    return st.value().nextRow();
}

Result<qint64> MomentRepository::insertAsRecorded(const Moment& moment, const QString& createdAt)
{
    Result<Statement> st = m_db.prepare(
        "INSERT INTO moment (occurred_at, day, kind, intensity, trigger_text, place, body_sensations, what_helped, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (!st) {
        return st.error();
    }
    Statement& insert = st.value();
    insert.bind(1, moment.occurredAt.toUTC().toString(Qt::ISODateWithMs))
        .bind(2, Day::toText(moment.day))
        .bind(3, momentKindKey(moment.kind));
    if (moment.intensity) {
        insert.bind(4, *moment.intensity);
    } else {
        insert.bindNull(4);
    }
    int column = 5;
    for (const QString* text : {&moment.trigger, &moment.place, &moment.bodySensations, &moment.whatHelped}) {
        if (text->isEmpty()) {
            insert.bindNull(column++);
        } else {
            insert.bind(column++, *text);
        }
    }
    insert.bind(9, createdAt);
    if (auto s = insert.run(); !s) {
        return s.error();
    }
    return m_db.lastInsertRowId();
}

Result<QList<Moment>> MomentRepository::forDay(const QDate& day)
{
    Result<Statement> st = m_db.prepare(MOMENT_SELECT "WHERE day = ? ORDER BY occurred_at DESC, id DESC");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(day));
    QList<Moment> moments;
    const Status read = st.value().forEachRow([&](const Statement& row) { moments.append(readMoment(row)); });
    if (!read) {
        return read.error();
    }
    return moments;
}

Result<Moment> MomentRepository::byId(qint64 id)
{
    Result<Statement> st = m_db.prepare(MOMENT_SELECT "WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id);
    Result<bool> row = st.value().nextRow();
    if (!row) {
        return row.error();
    }
    if (!row.value()) {
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("Moment", "That moment is no longer there."));
    }
    return readMoment(st.value());
}

Status MomentRepository::updateDetails(const Moment& moment)
{
    if (Status details = checkDetails(moment); !details) {
        return details;
    }
    Result<Statement> st = m_db.prepare("UPDATE moment SET intensity = ?2, trigger_text = ?3, place = ?4, "
                                        "body_sensations = ?5, what_helped = ?6 WHERE id = ?1");
    if (!st) {
        return st.error();
    }
    Statement& update = st.value();
    update.bind(1, moment.id);
    if (moment.intensity) {
        update.bind(2, *moment.intensity);
    } else {
        update.bindNull(2);
    }
    bindOptionalText(update, 3, moment.trigger);
    bindOptionalText(update, 4, moment.place);
    bindOptionalText(update, 5, moment.bodySensations);
    bindOptionalText(update, 6, moment.whatHelped);
    if (auto s = update.run(); !s) {
        return s;
    }
    if (m_db.changes() != 1) {
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("Moment", "That moment is no longer there."));
    }
    // Replaced words must not linger in the WAL (DESIGN.md section 3).
    return m_db.checkpointTruncate();
}

Result<QList<QPair<MomentKind, int>>> MomentRepository::countsByKind(const QDate& from, const QDate& to)
{
    Result<Statement> st
        = m_db.prepare("SELECT kind, COUNT(*) FROM moment WHERE day BETWEEN ? AND ? GROUP BY kind ORDER BY kind");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(from)).bind(2, Day::toText(to));
    QList<QPair<MomentKind, int>> counts;
    for (;;) {
        auto step = st.value().step();
        if (!step) {
            return step.error();
        }
        if (step.value() == Statement::Step::Done) {
            break;
        }
        // An unknown kind (from a newer Tideline) is counted as "other" rather than dropped.
        const Result<MomentKind> kind = momentKindFromKey(st.value().columnText(0));
        const MomentKind k = kind.ok() ? kind.value() : MomentKind::Other;
        const int n = static_cast<int>(st.value().columnInt(1));
        auto same = std::find_if(counts.begin(), counts.end(), [k](const auto& c) { return c.first == k; });
        if (same != counts.end()) {
            same->second += n;
        } else {
            counts.append({k, n});
        }
    }
    std::sort(counts.begin(), counts.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return counts;
}

Status MomentRepository::remove(qint64 id)
{
    Result<Statement> st = m_db.prepare("DELETE FROM moment WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id);
    if (auto s = st.value().run(); !s) {
        return s;
    }
    if (m_db.changes() != 1) {
        return Error::make(
            ErrorCode::NotFound, QCoreApplication::translate("Moment", "That moment is no longer there."));
    }
    // Deleted words must not linger in the WAL (DESIGN.md section 3).
    return m_db.checkpointTruncate();
}

} // namespace tideline

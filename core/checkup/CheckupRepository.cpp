#include "core/checkup/CheckupRepository.h"

#include "core/common/Day.h"
#include "core/storage/Database.h"
#include "core/storage/Transaction.h"

#include <QCoreApplication>

#include <functional>

namespace tideline::checkup {

namespace {

QString nowText(const Clock& clock)
{
    return clock.nowUtc().toString(Qt::ISODateWithMs);
}

constexpr const char* kColumns = "SELECT id, form_key, day, started_at, finished_at FROM checkup ";

Checkup fromRow(const Statement& st)
{
    Checkup c;
    c.id = st.columnInt(0);
    c.formKey = st.columnText(1);
    c.day = QDate::fromString(st.columnText(2), Qt::ISODate);
    c.startedAt = QDateTime::fromString(st.columnText(3), Qt::ISODateWithMs);
    if (!st.isNull(4)) {
        c.finishedAt = QDateTime::fromString(st.columnText(4), Qt::ISODateWithMs);
    }
    return c;
}

Error notFound(qint64 id)
{
    return Error::make(ErrorCode::NotFound,
        QCoreApplication::translate("Checkup", "There is no check-up %1 (it may have been thrown away).").arg(id));
}

} // namespace

Status CheckupRepository::checkDay(const QDate& day) const
{
    return Day::checkRecordable(day, m_clock);
}

Result<QList<Checkup>> CheckupRepository::query(const char* sql, const std::function<void(Statement&)>& bind)
{
    Result<Statement> st = m_db.prepare(sql);
    if (!st) {
        return st.error();
    }
    bind(st.value());
    QList<Checkup> rows;
    if (Status s = st.value().forEachRow([&](Statement& row) { rows.append(fromRow(row)); }); !s) {
        return s.error();
    }
    for (Checkup& c : rows) {
        if (Status s = readAnswers(c); !s) {
            return s.error();
        }
    }
    return rows;
}

Status CheckupRepository::readAnswers(Checkup& checkup)
{
    Result<Statement> st = m_db.prepare("SELECT item, value FROM checkup_answer WHERE checkup_id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, checkup.id);
    checkup.answers.clear();
    return st.value().forEachRow(
        [&](Statement& row) { checkup.answers.insert(row.columnText(0), static_cast<int>(row.columnInt(1))); });
}

Result<Checkup> CheckupRepository::start(const Form& form, const QDate& day)
{
    if (Status s = checkDay(day); !s) {
        return s.error();
    }
    Result<Statement> st = m_db.prepare("INSERT INTO checkup (form_key, day, started_at) VALUES (?, ?, ?)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, form.key).bind(2, Day::toText(day)).bind(3, nowText(m_clock));
    if (Status s = st.value().run(); !s) {
        return s.error();
    }
    return get(m_db.lastInsertRowId());
}

Result<bool> CheckupRepository::insertAsRecorded(const QString& formKey, const QString& day, const QString& startedAt,
    const std::optional<QString>& finishedAt, const Answers& answers)
{
    Result<Statement> same
        = m_db.prepare("SELECT 1 FROM checkup WHERE form_key = ? AND day = ? AND started_at = ? LIMIT 1");
    if (!same) {
        return same.error();
    }
    same.value().bind(1, formKey).bind(2, day).bind(3, startedAt);
    Result<Statement::Step> found = same.value().step();
    if (!found) {
        return found.error();
    }
    if (found.value() == Statement::Step::Row) {
        return false;
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    Result<Statement> st
        = m_db.prepare("INSERT INTO checkup (form_key, day, started_at, finished_at) VALUES (?, ?, ?, ?)");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, formKey).bind(2, day).bind(3, startedAt);
    if (finishedAt) {
        st.value().bind(4, *finishedAt);
    } else {
        st.value().bindNull(4);
    }
    if (Status s = st.value().run(); !s) {
        return s.error();
    }
    const qint64 id = m_db.lastInsertRowId();
    QStringList items = answers.keys();
    items.sort(); // the file's order, so the rows come out the same however the hash runs
    for (const QString& item : std::as_const(items)) {
        Result<Statement> a
            = m_db.prepare("INSERT INTO checkup_answer (checkup_id, item, value, answered_at) VALUES (?, ?, ?, ?)");
        if (!a) {
            return a.error();
        }
        a.value().bind(1, id).bind(2, item).bind(3, answers.value(item)).bind(4, startedAt);
        if (Status s = a.value().run(); !s) {
            return s.error();
        }
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return true;
}

Result<std::optional<Checkup>> CheckupRepository::unfinished(const QString& formKey)
{
    const QByteArray sql = QByteArray(kColumns) + "WHERE form_key = ? AND finished_at IS NULL ORDER BY id DESC LIMIT 1";
    Result<QList<Checkup>> rows = query(sql.constData(), [&](Statement& st) { st.bind(1, formKey); });
    if (!rows) {
        return rows.error();
    }
    return rows.value().isEmpty() ? std::optional<Checkup>() : std::optional<Checkup>(rows.value().first());
}

Result<Checkup> CheckupRepository::get(qint64 id)
{
    const QByteArray sql = QByteArray(kColumns) + "WHERE id = ?";
    Result<QList<Checkup>> rows = query(sql.constData(), [&](Statement& st) { st.bind(1, id); });
    if (!rows) {
        return rows.error();
    }
    if (rows.value().isEmpty()) {
        return notFound(id);
    }
    return rows.value().first();
}

Status CheckupRepository::answer(const Form& form, qint64 id, const QString& itemId, int value)
{
    const Item* item = form.item(itemId);
    if (item == nullptr) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Checkup", "The %1 has no question “%2”. Nothing was saved.")
                .arg(form.name, itemId.left(40)));
    }
    if (!item->accepts(value)) {
        QStringList allowed;
        for (const Option& o : item->options) {
            allowed.append(QString::number(o.value));
        }
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Checkup", "%1 is not one of the answers to question %2 of the %3 (%4). Nothing was saved.")
                .arg(value)
                .arg(itemId, form.name, allowed.join(QStringLiteral(", "))));
    }
    Result<Checkup> checkup = get(id);
    if (!checkup) {
        return checkup.error();
    }
    if (checkup.value().formKey != form.key) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Checkup", "That check-up is not a %1. Nothing was saved.").arg(form.name));
    }
    Result<Statement> st = m_db.prepare("INSERT INTO checkup_answer (checkup_id, item, value, answered_at) "
                                        "VALUES (?, ?, ?, ?) ON CONFLICT (checkup_id, item) DO UPDATE SET "
                                        "value = excluded.value, answered_at = excluded.answered_at");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id).bind(2, itemId).bind(3, value).bind(4, nowText(m_clock));
    return st.value().run();
}

Status CheckupRepository::skip(qint64 id, const QString& itemId)
{
    Result<Statement> st = m_db.prepare("DELETE FROM checkup_answer WHERE checkup_id = ? AND item = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id).bind(2, itemId);
    return st.value().run();
}

Status CheckupRepository::finish(qint64 id)
{
    Result<Statement> st = m_db.prepare("UPDATE checkup SET finished_at = coalesce(finished_at, ?) WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, nowText(m_clock)).bind(2, id);
    if (Status s = st.value().run(); !s) {
        return s;
    }
    return m_db.changes() == 1 ? Status() : Status(notFound(id));
}

Status CheckupRepository::discard(qint64 id)
{
    Result<Statement> st = m_db.prepare("DELETE FROM checkup WHERE id = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, id);
    if (Status s = st.value().run(); !s) {
        return s;
    }
    // Answers about how someone feels should not linger in the WAL after they threw them away.
    return m_db.checkpointTruncate();
}

Result<Checkup> CheckupRepository::record(const Form& form, const QDate& day, const Answers& answers)
{
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        const Item* item = form.item(it.key());
        if (item == nullptr || !item->accepts(it.value())) {
            // The same message answer() gives, before anything is written.
            Status why = item == nullptr
                ? Status(Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Checkup", "The %1 has no question “%2”. Nothing was saved.")
                        .arg(form.name, it.key().left(40))))
                : Status(Error::make(ErrorCode::InvalidInput,
                    QCoreApplication::translate("Checkup",
                        "%1 is not one of the answers to question %2 of the %3 (%4 to %5). Nothing was saved.")
                        .arg(it.value())
                        .arg(it.key(), form.name)
                        .arg(item->lowest())
                        .arg(item->highest())));
            return why.error();
        }
    }
    Transaction tx(m_db);
    if (Status s = tx.begin(); !s) {
        return s.error();
    }
    Result<Checkup> started = start(form, day);
    if (!started) {
        return started.error();
    }
    const qint64 id = started.value().id;
    for (auto it = answers.cbegin(); it != answers.cend(); ++it) {
        if (Status s = answer(form, id, it.key(), it.value()); !s) {
            return s.error();
        }
    }
    if (Status s = finish(id); !s) {
        return s.error();
    }
    if (Status s = tx.commit(); !s) {
        return s.error();
    }
    return get(id);
}

Result<QList<Checkup>> CheckupRepository::finished(const QString& formKey, const insights::DayRange& range)
{
    const QByteArray sql = QByteArray(kColumns)
        + "WHERE form_key = ? AND finished_at IS NOT NULL AND day BETWEEN ? AND ? ORDER BY day, id";
    return query(sql.constData(),
        [&](Statement& st) { st.bind(1, formKey).bind(2, Day::toText(range.from)).bind(3, Day::toText(range.to)); });
}

Result<std::optional<Checkup>> CheckupRepository::previous(const Checkup& checkup)
{
    const QByteArray sql = QByteArray(kColumns)
        + "WHERE form_key = ? AND finished_at IS NOT NULL AND id <> ? AND (day < ? OR (day = ? AND id < ?)) "
          "ORDER BY day DESC, id DESC LIMIT 1";
    const QString day = Day::toText(checkup.day);
    Result<QList<Checkup>> rows = query(sql.constData(), [&](Statement& st) {
        st.bind(1, checkup.formKey).bind(2, checkup.id).bind(3, day).bind(4, day).bind(5, checkup.id);
    });
    if (!rows) {
        return rows.error();
    }
    return rows.value().isEmpty() ? std::optional<Checkup>() : std::optional<Checkup>(rows.value().first());
}

Result<std::optional<Checkup>> CheckupRepository::latest(const QString& formKey)
{
    const QByteArray sql
        = QByteArray(kColumns) + "WHERE form_key = ? AND finished_at IS NOT NULL ORDER BY day DESC, id DESC LIMIT 1";
    Result<QList<Checkup>> rows = query(sql.constData(), [&](Statement& st) { st.bind(1, formKey); });
    if (!rows) {
        return rows.error();
    }
    return rows.value().isEmpty() ? std::optional<Checkup>() : std::optional<Checkup>(rows.value().first());
}

Result<QStringList> CheckupRepository::formsTaken()
{
    Result<Statement> st
        = m_db.prepare("SELECT DISTINCT form_key FROM checkup WHERE finished_at IS NOT NULL ORDER BY form_key");
    if (!st) {
        return st.error();
    }
    QStringList keys;
    if (Status s = st.value().forEachRow([&](Statement& row) { keys.append(row.columnText(0)); }); !s) {
        return s.error();
    }
    return keys;
}

} // namespace tideline::checkup

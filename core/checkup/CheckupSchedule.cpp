#include "core/checkup/CheckupSchedule.h"

#include "core/common/Day.h"
#include "core/storage/Database.h"

#include <QCoreApplication>

namespace tideline::checkup {

namespace {} // namespace

Result<QList<Choice>> CheckupSchedule::choices()
{
    Result<Statement> st
        = m_db.prepare("SELECT form_key, every_weeks, not_before FROM checkup_choice ORDER BY form_key");
    if (!st) {
        return st.error();
    }
    QList<Choice> list;
    Status read = st.value().forEachRow([&](Statement& row) {
        Choice c{row.columnText(0), static_cast<int>(row.columnInt(1)), std::nullopt};
        if (!row.isNull(2)) {
            c.notBefore = QDate::fromString(row.columnText(2), Qt::ISODate);
        }
        list.append(c);
    });
    if (!read) {
        return read.error();
    }
    return list;
}

Result<std::optional<Choice>> CheckupSchedule::choice(const QString& formKey)
{
    Result<QList<Choice>> all = choices();
    if (!all) {
        return all.error();
    }
    for (const Choice& c : std::as_const(all.value())) {
        if (c.formKey == formKey) {
            return std::optional<Choice>(c);
        }
    }
    return std::optional<Choice>();
}

Status CheckupSchedule::choose(const QString& formKey, int everyWeeks)
{
    if (everyWeeks != 0 && everyWeeks != 1 && everyWeeks != 2 && everyWeeks != 4) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "Checkup", "A check-up can be suggested every 1, 2 or 4 weeks, or only when you start one."));
    }
    Result<Statement> st = m_db.prepare("INSERT INTO checkup_choice (form_key, every_weeks) VALUES (?, ?) "
                                        "ON CONFLICT (form_key) DO UPDATE SET every_weeks = excluded.every_weeks, "
                                        "not_before = NULL");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, formKey).bind(2, everyWeeks);
    return st.value().run();
}

Status CheckupSchedule::unchoose(const QString& formKey)
{
    Result<Statement> st = m_db.prepare("DELETE FROM checkup_choice WHERE form_key = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, formKey);
    return st.value().run();
}

Status CheckupSchedule::notNow(const QString& formKey, const QDate& today)
{
    Result<Statement> st = m_db.prepare("UPDATE checkup_choice SET not_before = ? WHERE form_key = ?");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, Day::toText(today.addDays(kRestDays))).bind(2, formKey);
    return st.value().run();
}

Status CheckupSchedule::stopSuggesting(const QString& formKey)
{
    return choose(formKey, 0);
}

Status CheckupSchedule::insertIfAbsent(const Choice& choice)
{
    Result<Statement> st = m_db.prepare("INSERT INTO checkup_choice (form_key, every_weeks, not_before) "
                                        "VALUES (?, ?, ?) ON CONFLICT (form_key) DO NOTHING");
    if (!st) {
        return st.error();
    }
    st.value().bind(1, choice.formKey).bind(2, choice.everyWeeks);
    if (choice.notBefore) {
        st.value().bind(3, Day::toText(*choice.notBefore));
    } else {
        st.value().bindNull(3);
    }
    return st.value().run();
}

Result<QStringList> CheckupSchedule::due(const QDate& today)
{
    // One query: the last finished day and whether one is left unfinished, per chosen form.
    Result<Statement> st = m_db.prepare(
        "SELECT c.form_key, c.every_weeks, c.not_before, "
        "  (SELECT max(day) FROM checkup AS k WHERE k.form_key = c.form_key AND k.finished_at IS NOT NULL), "
        "  EXISTS (SELECT 1 FROM checkup AS k WHERE k.form_key = c.form_key AND k.finished_at IS NULL) "
        "FROM checkup_choice AS c WHERE c.every_weeks > 0 ORDER BY c.form_key");
    if (!st) {
        return st.error();
    }
    QStringList keys;
    Status read = st.value().forEachRow([&](Statement& row) {
        if (!row.isNull(2) && QDate::fromString(row.columnText(2), Qt::ISODate) > today) {
            return; // resting after "not now"
        }
        const bool leftUnfinished = row.columnInt(4) != 0;
        const QDate last = row.isNull(3) ? QDate() : QDate::fromString(row.columnText(3), Qt::ISODate);
        // A clock moved back (a last day after today) is not "due" either: nothing nags.
        if (leftUnfinished || !last.isValid() || last.addDays(7 * row.columnInt(1)) <= today) {
            keys.append(row.columnText(0));
        }
    });
    if (!read) {
        return read.error();
    }
    return keys;
}

} // namespace tideline::checkup

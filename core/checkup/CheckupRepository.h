#pragma once

#include "core/checkup/CheckupForm.h"
#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/insights/Series.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace tideline {

class Database;
class Statement;

namespace checkup {

// One sitting of a form: its answers so far, and whether it was finished.
struct Checkup
{
    qint64 id = 0;
    QString formKey;
    QDate day; // the local day it was taken on
    QDateTime startedAt;
    std::optional<QDateTime> finishedAt;
    Answers answers;

    bool finished() const { return finishedAt.has_value(); }
};

// Check-ups in the vault (tables checkup and checkup_answer). Each answer is written as it is
// given, so leaving midway loses nothing; a skipped question simply has no answer. Values are
// checked against the form before anything is written.
class CheckupRepository
{
public:
    CheckupRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) {}

    // A new sitting of form on day (not after today).
    Result<Checkup> start(const Form& form, const QDate& day);
    // The sitting of this form that was left unfinished, if any (the newest).
    Result<std::optional<Checkup>> unfinished(const QString& formKey);
    Result<Checkup> get(qint64 id);

    // Saves one answer; InvalidInput (nothing saved) for a question the form does not have or
    // a value none of its answers has.
    Status answer(const Form& form, qint64 id, const QString& itemId, int value);
    // Takes an answer back: the question counts as skipped.
    Status skip(qint64 id, const QString& itemId);
    Status finish(qint64 id);
    // Deletes the sitting and its answers (what "start again" and "throw this one away" do).
    Status discard(qint64 id);
    // Every answer at once, all or nothing (tideline-cli take): each checked first.
    Result<Checkup> record(const Form& form, const QDate& day, const Answers& answers);
    // A sitting from an import, as the file recorded it (the day and times as their ISO texts,
    // each answer given at the start), unless this form already has one started at that moment
    // on that day (the same file imported again): true when it was added. The caller checked
    // the answers against the form.
    Result<bool> insertAsRecorded(const QString& formKey, const QString& day, const QString& startedAt,
        const std::optional<QString>& finishedAt, const Answers& answers);

    // Finished sittings of a form in the range (inclusive), oldest first, with their answers.
    Result<QList<Checkup>> finished(const QString& formKey, const insights::DayRange& range);
    // The finished sitting of the same form just before this one (by day, then id).
    Result<std::optional<Checkup>> previous(const Checkup& checkup);
    // The newest finished sitting of a form.
    Result<std::optional<Checkup>> latest(const QString& formKey);
    // The keys of the forms that have at least one finished sitting.
    Result<QStringList> formsTaken();

private:
    Result<QList<Checkup>> query(const char* sql, const std::function<void(Statement&)>& bind);
    Status checkDay(const QDate& day) const;
    Status readAnswers(Checkup& checkup);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace checkup
} // namespace tideline

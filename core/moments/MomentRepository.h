#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/moments/Moment.h"

#include <QList>
#include <QPair>

namespace tideline {

class Database;

// Moments logged from Today. Adding a flashback or nightmare also feeds that day's count
// (see CheckinRepository for the rule), in the same transaction.
class MomentRepository
{
public:
    explicit MomentRepository(Database& db) : m_db(db) {}

    // Checks and saves the moment; its day is the local day of occurredAt. Returns the id.
    Result<qint64> add(const Moment& moment, const Clock& clock);
    // The day's moments, latest first. A day holds a handful, so no paging.
    Result<QList<Moment>> forDay(const QDate& day);
    Result<Moment> byId(qint64 id);
    // Replaces the intensity and the optional words of moment.id, checked as add() checks them.
    // The kind and the time stay: they feed the day's counts, so changing them is a removal and
    // a new moment.
    Status updateDetails(const Moment& moment);
    Status remove(qint64 id);
    // How many moments of each kind fall on the days from..to (inclusive); kinds with none are
    // left out. Counts only, for the therapist summary, which shares no details.
    Result<QList<QPair<MomentKind, int>>> countsByKind(const QDate& from, const QDate& to);

    // For imports and the demo, inside their transaction: whether a moment of this kind at this
    // time is kept already.
    Result<bool> contains(const QDateTime& occurredAt, MomentKind kind);
    // A moment as another vault kept it (or the demo invents it): its own time, day and words
    // (empty = not given), created at createdAt; no count is fed, since the check-ins come with
    // it. Returns the new id.
    Result<qint64> insertAsRecorded(const Moment& moment, const QString& createdAt);

    // Optional texts are capped so a huge paste cannot slow Today down; the cap is generous.
    static constexpr int kMaxTextLength = 2000;

private:
    Database& m_db;
};

} // namespace tideline

#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tideline {

// A hard moment logged when it happens (DESIGN.md section 4; the table `moment`).
enum class MomentKind { Flashback, Nightmare, Panic, Trigger, Other };

// Every kind, in the order the "log a hard moment" form offers them ("something else" last).
QList<MomentKind> momentKinds();
QString momentKindKey(MomentKind kind); // "flashback", …, as stored
// The kind as a person names it: "Flashback", "Panic", "Something else".
QString momentKindName(MomentKind kind);
Result<MomentKind> momentKindFromKey(const QString& key);
// The day's count metric a kind feeds ("flashbacks", "nightmares"), or "" for none.
QString countMetricKeyFor(MomentKind kind);
// The kind of moment that feeds a count metric, if any.
std::optional<MomentKind> momentKindFeeding(const QString& metricKey);

struct Moment
{
    qint64 id = 0;
    QDateTime occurredAt; // UTC
    QDate day; // the person's local day of occurredAt
    MomentKind kind = MomentKind::Other;
    std::optional<int> intensity; // 0–10, or not given
    // Optional words; empty = not given.
    QString trigger;
    QString place;
    QString bodySensations;
    QString whatHelped;
};

} // namespace tideline

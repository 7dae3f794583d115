#pragma once

#include "core/common/Result.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace tideline {

class Database;

namespace checkup {

// Which check-ups the person chose, and how often Today may gently suggest one (table
// checkup_choice). Nothing is chosen at first, so nothing is suggested until the person asks.
// "Not now" rests a suggestion for a few days; "stop suggesting this" keeps the check-up but
// only when the person starts it. Nothing counts a streak.
struct Choice
{
    QString formKey;
    int everyWeeks = 0; // 1, 2 or 4; 0 = only when I start one
    std::optional<QDate> notBefore; // after "not now"
};

class CheckupSchedule
{
public:
    // How long "not now" rests a suggestion.
    static constexpr int kRestDays = 3;

    explicit CheckupSchedule(Database& db) : m_db(db) {}

    Result<QList<Choice>> choices();
    Result<std::optional<Choice>> choice(const QString& formKey);
    // Chooses the form (or changes how often); everyWeeks is 0, 1, 2 or 4.
    Status choose(const QString& formKey, int everyWeeks);
    // Not chosen any more (its check-ups stay).
    Status unchoose(const QString& formKey);
    Status notNow(const QString& formKey, const QDate& today);
    Status stopSuggesting(const QString& formKey);
    // A choice from an import, unless this form is chosen here already (the person's current
    // choice stays). The caller checked it.
    Status insertIfAbsent(const Choice& choice);

    // The chosen forms Today may suggest on this day: suggested at all, not resting, and either
    // never taken, left unfinished, or last finished at least everyWeeks weeks before today.
    Result<QStringList> due(const QDate& today);

private:
    Database& m_db;
};

} // namespace checkup
} // namespace tideline

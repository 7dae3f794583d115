#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"
#include "core/prompts/PromptCatalogue.h"

#include <QDate>
#include <QRandomGenerator>
#include <QStringList>

#include <optional>

namespace tideline {

class Database;

// One prompt a day (DESIGN.md section 5.2), chosen at random from the kinds the person has
// not turned off and never one of the recently shown ones. The day's choice, the recent
// history and the kinds turned off are user content, so they live in the vault's `setting`
// table:
//   prompt.day     {"day": "YYYY-MM-DD", "key": "…"} or {"day": …, "skipped": true}
//   prompt.recent  ["key", …]  the last kRecentCount prompts shown, oldest first
//   prompt.hidden_kinds ["grounding", …]
class PromptPicker
{
public:
    // How many recently shown prompts are kept out of the draw (fewer when a small
    // catalogue, after kinds are turned off, would otherwise leave nothing to draw).
    static constexpr int kRecentCount = 30;
    // Prompts of this kind wait until the vault has this many days of history.
    static constexpr const char* kLookingBackKind = "looking_back";
    static constexpr int kLookingBackAfterDays = 28;

    PromptPicker(Database& db, const PromptCatalogue& catalogue, quint32 seed = QRandomGenerator::global()->generate());

    // The day's prompt, chosen now if none was yet; nullopt after "not today" or when every
    // kind is turned off.
    Result<std::optional<Prompt>> forDay(const QDate& day);
    // "Another one": a different prompt for the day (also after "not today").
    Result<std::optional<Prompt>> another(const QDate& day);
    // "Not today": no prompt for the rest of the day.
    Status notToday(const QDate& day);
    // "Don't show this kind": remembered until turned back on; returns the day's prompt, a
    // new one when the day's was of that kind.
    Result<std::optional<Prompt>> hideKind(const QString& kind, const QDate& day);
    Status showKind(const QString& kind);
    Result<QStringList> hiddenKinds();

private:
    Result<std::optional<Prompt>> drawFor(const QDate& day, const QString& notThisKey);
    // True while the first check-in or entry is less than kLookingBackAfterDays before day.
    Result<bool> isYoungVault(const QDate& day);

    Database& m_db;
    const PromptCatalogue& m_catalogue;
    QRandomGenerator m_random;
};

} // namespace tideline

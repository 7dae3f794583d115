#pragma once

#include "core/common/Clock.h"
#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QtGlobal>

namespace tideline {

class Database;

namespace demo {

struct DemoOptions
{
    int years = 1; // 1–20
    quint64 seed = 1;
    int entriesPerYear = 1000; // 10 years: 10,000 entries (DESIGN.md section 8)
    int wordsPerEntry = 300;
    // Last, so the positional {years, seed, entriesPerYear, wordsPerEntry} written before it still mean the same.
    int entries = 0; // all the entries, when not 0 (up to kMaxDemoEntries): spread over the years
};

// The largest journal the demo makes (issue 16 measures 100,000 entries).
inline constexpr int kMaxDemoEntries = 200000;

struct DemoSummary
{
    int days = 0; // days in the span
    int checkins = 0; // days with a check-in
    int values = 0;
    int entries = 0;
    int moments = 0;
    int routineDone = 0;
    int checkups = 0;
    int records = 0;
    int pictures = 0;
};

// Fills a new, empty vault with years of invented but realistic history ending today: a slow
// improvement, seasons, a weekly rhythm, gaps of days and of weeks, moments, routines and
// journal entries from sentence templates. The same seed and day give the same vault. Written
// in a few large transactions so a 10-year vault takes seconds.
Result<DemoSummary> fillDemoVault(Database& db, const DemoOptions& options, const Clock& clock);
// With progress (the journal entries are most of the time); a stop asked for ends it with
// Cancelled, leaving part of the invented data (the caller removes the demo vault).
Result<DemoSummary> fillDemoVault(Database& db, const DemoOptions& options, const Clock& clock, Progress& progress);

} // namespace demo
} // namespace tideline

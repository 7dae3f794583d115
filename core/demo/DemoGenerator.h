#pragma once

#include "core/common/Clock.h"
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
};

struct DemoSummary
{
    int days = 0; // days in the span
    int checkins = 0; // days with a check-in
    int values = 0;
    int entries = 0;
    int moments = 0;
    int routineDone = 0;
    int checkups = 0;
};

// Fills a new, empty vault with years of invented but realistic history ending today: a slow
// improvement, seasons, a weekly rhythm, gaps of days and of weeks, moments, routines and
// journal entries from sentence templates. The same seed and day give the same vault. Written
// in a few large transactions so a 10-year vault takes seconds.
Result<DemoSummary> fillDemoVault(Database& db, const DemoOptions& options, const Clock& clock);

} // namespace demo
} // namespace tideline

#pragma once

#include "FloorDatabase.h"
#include "SyntheticJournal.h"

#include "core/journal/JournalRepository.h"

#include <QList>
#include <QString>

namespace tideline {
class Database;
class Vault;
struct VaultPaths;
} // namespace tideline

namespace tideline::bench {

// The eight kinds of query the search figures use.
struct Queries
{
    QStringList names;
    QList<journal::SearchQuery> queries;

    void add(const QString& name, journal::SearchQuery query);
};
Queries makeQueries(const SyntheticText& text, const QDate& lastDay);

// What the issue asks of a vault this size (issue 16: 10,000 entries, or 100,000).
struct Targets
{
    double warmSearchRatio = 2; // × the raw C floor, 10,000 entries
    double warmSearchMs = 0; // absolute, 100,000 entries
    double coldSearchMs = 5;
    double saveRatio = 3;
    double deleteMs = 10;
    double listPageMs = 5;
};
Targets targetsFor(int entries);

// Each figure is taken side by side with the floor: one Tideline run, one raw C run, in turn,
// so both meet the same load. The first run of each is a warm-up and not counted.
bool figuresSaveAndDelete(Database& db, FloorDatabase& floor, SyntheticText& text, int runs, const Targets& targets);
bool figuresCoreSearch(Database& db, FloorDatabase& floor, const Queries& queries, int runs, const Targets& targets);
// Pages far from the newest, core only (no floor): a period's first page, and a page after it.
bool figuresFarPages(Database& db, int runs, const Targets& targets);
bool figuresColdSearch(
    Vault& vault, FloorDatabase& floor, const Queries& queries, int runs, const Targets& targets, const char* pin);
// Through the app's models and a real Session (what the pages show).
bool figuresModels(const VaultPaths& paths, FloorDatabase& floor, const Queries& queries, int runs,
    const Targets& targets, const char* pin);

} // namespace tideline::bench

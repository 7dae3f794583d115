// bench_journal: durable save, delete, full-text search and the journal's list, each beside the
// same work done with SQLCipher's C API alone (bench/floor/RawSqlcipher.c) in the same run.
//
// Makes a vault in a temporary folder, fills it with N synthetic entries of about 300 words over
// ten years (SyntheticJournal; 10,000 by default, --entries 100000 for issue 16's large vault),
// makes the floor's database as an encrypted copy of it (same schema, rows and FTS5 index), then
// takes every figure in turns, one Tideline run and one raw C run, so both meet the same load:
//   - save, durable: JournalRepository::update of the entry being typed (an autosave: the body
//     grows by a word each time) and ::create of a new ~300-word entry; one transaction each,
//     committed with synchronous=FULL, FTS5 updated by the triggers;
//   - delete: an entry of the ten years, in its two halves (migration 0006): what the person
//     waits for (the row gone, its words set aside and hidden), then both halves together, its
//     words gone from the index (FTS5 secure-delete) and from the file (a WAL checkpoint);
//   - search, warm, core and into the model (JournalSearchModel, every row's styled title and
//     snippet read as QML would); eight kinds of query;
//   - search, cold: the first query after the vault was opened again (SQLCipher's cache empty),
//     in core and through a real Session and the model;
//   - the journal's list, a page of 50 into JournalListModel;
//   - what each connection setting costs: the floor's delete and autosave with each turned off.
// Prints median, p95 and min beside the floor's median, the target and the ratios. Release only:
//   cmake --preset release && cmake --build build/release -j2 --target bench_journal
//   build/release/bench/bench_journal [--entries N] [--runs N]
#include "FloorDatabase.h"
#include "JournalFigures.h"
#include "SettingCosts.h"
#include "SyntheticJournal.h"

#include "common/BenchTable.h"

#include "app/lock/Session.h"
#include "core/storage/Database.h"
#include "core/storage/SearchRanking.h"
#include "core/storage/SqliteMemory.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>

using namespace tideline;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN

int fail(const QString& what, const Error& error)
{
    QTextStream(stderr) << what << ": " << error.message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    // Before anything touches SQLite: the vault's allocator, which the floor then shares.
    raw_memory_secured_by_allocator(installSqliteMemory() ? 1 : 0);
    raw_search_ranking(registerSearchRanking);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("entries in the vault"),
        QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("timed runs per figure"), QStringLiteral("N"), QStringLiteral("100"));
    parser.addOption(entriesOption);
    parser.addOption(runsOption);
    parser.process(application);
    const int entries = std::max(100, parser.value(entriesOption).toInt());
    const int runs = std::max(10, parser.value(runsOption).toInt());
    const Targets targets = targetsFor(entries);

    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    const QDate lastDay(2026, 11, 1);
    SyntheticText text(20261123);
    const Queries queries = makeQueries(text, lastDay);
    out() << "load average (1 min) before: " << loadAverage() << Qt::endl;
    FloorDatabase floor;
    {
        Vault vault(paths);
        auto created = vault.create(SecureBuffer::fromString(kPin), SecretKind::Pin, KdfParams::interactive());
        if (!created) {
            return fail(QStringLiteral("create vault"), created.error());
        }
        QElapsedTimer seeding;
        seeding.start();
        auto seeded = seedJournal(vault.database(), text, entries, 300, lastDay);
        if (!seeded) {
            return fail(QStringLiteral("seed"), seeded.error());
        }
        (void)vault.database().checkpointTruncate();
        out() << "seeded " << seeded.value() << " entries of ~300 words in " << seeding.elapsed() << " ms; "
              << "database " << QFile(paths.database()).size() / (1024 * 1024) << " MiB" << Qt::endl;
        if (auto s = floor.makeFrom(vault.database(), dir.filePath(QStringLiteral("floor.db"))); !s) {
            return fail(QStringLiteral("floor copy"), s.error());
        }
        if (auto s = floor.open(); !s) {
            return fail(QStringLiteral("floor open"), s.error());
        }
        printHeader();
        if (!figuresSaveAndDelete(vault.database(), floor, text, runs, targets)
            || !figuresCoreSearch(vault.database(), floor, queries, std::max(10, runs / 4), targets)
            || !figuresFarPages(vault.database(), std::max(10, runs / 4), targets)
            || !figuresColdSearch(vault, floor, queries, 20, targets, kPin)) {
            return 1;
        }
        vault.lock();
    }
    if (!figuresModels(paths, floor, queries, std::max(10, runs / 4), targets, kPin)
        || !figuresSettingCosts(floor, text, entries, std::min(runs, 40))) {
        return 1;
    }
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    return 0;
}

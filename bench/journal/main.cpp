// bench_journal: durable save and full-text search on a 10-year journal (DESIGN.md section 8).
//
// Makes a vault in a temporary folder, fills it with 10,000 synthetic entries of about 300
// words over ten years (SyntheticJournal), then measures:
//   - save, durable: JournalRepository::update of the entry being typed (an autosave: the body
//     grows by a word each time) and ::create of a new ~300-word entry; each is one
//     transaction committed with synchronous=FULL, FTS5 updated by the triggers;
//   - search, warm: a query through JournalSearchModel (the model the page shows: FTS5 top 50
//     ranked, snippets, then every row's styled title and snippet read as QML would), and the
//     same through JournalRepository::search alone;
//   - search, cold: the first query after the vault was opened (SQLCipher's page cache empty);
//   - search parts: where a search's time goes, for a mid-frequency and a common word (why
//     JournalSearch.cpp ranks with bm25() in ORDER BY rather than FTS5's "ORDER BY rank").
// Prints median, p95 and min beside the floor and target of section 8. Build in Release:
//   cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build/release -j2
//   build/release/bench/bench_journal [--entries N] [--runs N]
#include "SyntheticJournal.h"

#include "app/journal/JournalSearchModel.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/vault/Vault.h"

#include "common/BenchTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <functional>
#include <optional>

using namespace tideline;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN

bool fail(const QString& what, const Error& error)
{
    QTextStream(stderr) << what << ": " << error.message << Qt::endl;
    return false;
}

struct Queries
{
    QStringList names;
    QList<journal::SearchQuery> queries;

    void add(const QString& name, journal::SearchQuery query)
    {
        names.append(name);
        queries.append(query);
    }
};

Queries makeQueries(const bench::SyntheticText& text, const QDate& lastDay)
{
    Queries q;
    q.add(QStringLiteral("common word"), journal::SearchQuery::forText(text.commonWord()));
    q.add(QStringLiteral("mid-frequency word"), journal::SearchQuery::forText(text.midWord()));
    q.add(QStringLiteral("rare word"), journal::SearchQuery::forText(text.rareWord()));
    q.add(QStringLiteral("prefix"), journal::SearchQuery::forText(text.midWord().left(3) + u'*'));
    q.add(QStringLiteral("two words"), journal::SearchQuery::forText(text.commonWord() + u' ' + text.midWord()));
    q.add(QStringLiteral("phrase"), journal::SearchQuery::forText(QStringLiteral("\"the %1\"").arg(text.midWord())));
    journal::SearchQuery tagged = journal::SearchQuery::forText(text.midWord());
    tagged.tag = QStringLiteral("sleep");
    q.add(QStringLiteral("word + tag"), tagged);
    journal::SearchQuery ranged = journal::SearchQuery::forText(text.commonWord());
    ranged.from = lastDay.addYears(-1);
    ranged.to = lastDay;
    q.add(QStringLiteral("common word, last year"), ranged);
    return q;
}

bool benchSaves(Database& db, bench::SyntheticText& text, int runs)
{
    journal::JournalRepository repo(db, SystemClock::instance());
    journal::EntryDraft draft;
    draft.title = QStringLiteral("Typing now");
    draft.body = text.words(300);
    draft.tags = {QStringLiteral("sleep")};
    auto id = repo.create(draft, true);
    if (!id) {
        return fail(QStringLiteral("create"), id.error());
    }
    QList<double> autosaves;
    for (int i = 0; i < runs; ++i) {
        draft.body += u' ' + text.words(1);
        Status s;
        autosaves.append(timeMs([&] { s = repo.update(id.value(), draft, true); }));
        if (!s) {
            return fail(QStringLiteral("update"), s.error());
        }
    }
    QList<double> creates;
    for (int i = 0; i < runs; ++i) {
        journal::EntryDraft fresh;
        fresh.title = text.title();
        fresh.body = text.words(300);
        Result<qint64> made = qint64(0);
        creates.append(timeMs([&] { made = repo.create(fresh); }));
        if (!made) {
            return fail(QStringLiteral("create"), made.error());
        }
    }
    QList<double> deletes;
    for (int i = 0; i < std::min(runs, 50); ++i) {
        Result<journal::Entry> removed = journal::Entry{};
        deletes.append(timeMs([&] { removed = repo.remove(id.value() + 1 + i); }));
        if (!removed) {
            return fail(QStringLiteral("remove"), removed.error());
        }
    }
    printRow(QStringLiteral("save, durable: autosave (update, +1 word)"), autosaves, Reference{0.3, 2});
    printRow(QStringLiteral("save, durable: new entry (create)"), creates, Reference{0.3, 2});
    printRow(QStringLiteral("delete (secure-delete + WAL checkpoint)"), deletes, std::nullopt);
    return true;
}

// Where a search's time goes (the ranking, mostly): ranking alone (ids by bm25), then with the entry rows joined,
// then the full query with highlight() and snippet(). Printed for the mid-frequency word.
void benchSearchParts(Database& db, const journal::SearchQuery& query, int runs)
{
    const QString match = journal::toFtsQuery(query.text);
    const char* const parts[] = {
        "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?1;",
        "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?1 ORDER BY bm25(entry_fts, 4.0, 1.0) LIMIT 50;",
        "SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?1 AND rank MATCH 'bm25(4.0, 1.0)' ORDER BY rank LIMIT 50;",
    };
    const char* const names[] = {"every match, unranked", "top 50 by FTS5's bm25() (ids only)",
        "top 50 by FTS5's ORDER BY rank (ids only)", "search() itself: top 50 + rows + highlight + snippet"};
    journal::JournalRepository repo(db, SystemClock::instance());
    for (int p = 0; p < 4; ++p) {
        QList<double> samples;
        for (int i = 0; i < runs + 1; ++i) {
            const double ms = timeMs([&] {
                if (p == 3) {
                    (void)repo.search(query);
                    return;
                }
                auto stmt = db.prepare(parts[p]);
                if (!stmt) {
                    return;
                }
                stmt.value().bind(1, match);
                while (stmt.value().step().value() == Statement::Step::Row) {}
            });
            if (i > 0) {
                samples.append(ms);
            }
        }
        printRow(QStringLiteral("search parts, %1: %2").arg(query.text, QString::fromLatin1(names[p])), samples,
            std::nullopt);
    }
}

bool benchColdSearch(Vault& vault, const Queries& queries, int runs)
{
    QList<double> cold;
    for (int i = 0; i < runs; ++i) {
        vault.lock();
        if (auto r = vault.unlock(SecureBuffer::fromString(kPin)); !r) {
            return fail(QStringLiteral("unlock"), r.error());
        }
        journal::JournalRepository repo(vault.database(), SystemClock::instance());
        const journal::SearchQuery& query = queries.queries.at(i % queries.queries.size());
        cold.append(timeMs([&] { (void)repo.search(query); }));
    }
    printRow(
        QStringLiteral("search, cold: first query after unlock (core, top 50 + snippets)"), cold, Reference{2.5, 5});
    return true;
}

void benchWarmCoreSearch(Database& db, const Queries& queries, int runs)
{
    journal::JournalRepository repo(db, SystemClock::instance());
    QList<double> all;
    for (qsizetype q = 0; q < queries.queries.size(); ++q) {
        (void)repo.search(queries.queries[q]); // warm
        for (int i = 0; i < runs; ++i) {
            all.append(timeMs([&] { (void)repo.search(queries.queries[q]); }));
        }
    }
    printRow(QStringLiteral("search, warm, core only: all queries"), all, Reference{1.1, 5});
}

bool benchModelSearch(const VaultPaths& paths, const Queries& queries, int runs)
{
    app::Session session(paths, KdfParams::interactive());
    app::Session::setQmlInstance(&session);
    session.start();
    app::SecretEntry pin;
    pin.appendText(QString::fromLatin1(kPin));
    session.unlock(&pin);
    QDeadlineTimer deadline(30000);
    while (session.state() != app::Session::State::Unlocked && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    if (session.state() != app::Session::State::Unlocked) {
        QTextStream(stderr) << "the session did not unlock: " << session.lastError() << Qt::endl;
        return false;
    }
    app::JournalSearchModel model(&session.vaultAccess());
    const int titleRole = model.roleNames().key("titleText");
    const int snippetRole = model.roleNames().key("snippetText");
    auto runQuery = [&](const journal::SearchQuery& query) {
        model.setTag(query.tag);
        model.setFrom(query.from.toString(Qt::ISODate));
        model.setTo(query.to.toString(Qt::ISODate));
        model.setQuery(query.text); // searches when it changes...
        model.refresh(); // ...and again here, so every run searches once more
        // What the view does next: read each row's styled title and snippet.
        for (int row = 0; row < model.rowCount(); ++row) {
            (void)model.data(model.index(row), titleRole);
            (void)model.data(model.index(row), snippetRole);
        }
    };
    QList<double> all;
    for (qsizetype q = 0; q < queries.queries.size(); ++q) {
        runQuery(queries.queries[q]); // warm
        QList<double> samples;
        for (int i = 0; i < runs; ++i) {
            samples.append(timeMs([&] {
                model.refresh();
                for (int row = 0; row < model.rowCount(); ++row) {
                    (void)model.data(model.index(row), titleRole);
                    (void)model.data(model.index(row), snippetRole);
                }
            }));
        }
        all += samples;
        printRow(
            QStringLiteral("search, warm, into the model: %1 (%2 results)").arg(queries.names[q]).arg(model.rowCount()),
            samples, Reference{1.1, 5});
    }
    printRow(QStringLiteral("search, warm, into the model: all queries"), all, Reference{1.1, 5});
    session.lock();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("entries in the vault"),
        QStringLiteral("N"), QStringLiteral("10000"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("timed runs per figure"), QStringLiteral("N"), QStringLiteral("200"));
    parser.addOption(entriesOption);
    parser.addOption(runsOption);
    parser.process(application);
    const int entries = std::max(100, parser.value(entriesOption).toInt());
    const int runs = std::max(10, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    const QDate lastDay(2026, 11, 1);
    bench::SyntheticText text(20261123);
    const Queries queries = makeQueries(text, lastDay);
    out() << "load average (1 min) before: " << loadAverage() << Qt::endl;
    {
        Vault vault(paths);
        auto created = vault.create(SecureBuffer::fromString(kPin), SecretKind::Pin, KdfParams::interactive());
        if (!created) {
            return fail(QStringLiteral("create vault"), created.error()) ? 0 : 1;
        }
        QElapsedTimer seeding;
        seeding.start();
        auto seeded = bench::seedJournal(vault.database(), text, entries, 300, lastDay);
        if (!seeded) {
            return fail(QStringLiteral("seed"), seeded.error()) ? 0 : 1;
        }
        (void)vault.database().checkpointTruncate();
        out() << "seeded " << seeded.value() << " entries of ~300 words in " << seeding.elapsed() << " ms; "
              << "database " << QFile(paths.database()).size() / (1024 * 1024) << " MiB" << Qt::endl;
        out() << Qt::endl
              << "| figure | runs | median ms | p95 ms | min ms | floor ms | target ms | /floor | /target |" << Qt::endl
              << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
        if (!benchSaves(vault.database(), text, runs)) {
            return 1;
        }
        benchWarmCoreSearch(vault.database(), queries, std::max(10, runs / 4));
        benchSearchParts(vault.database(), queries.queries.at(1), 20);
        benchSearchParts(vault.database(), queries.queries.at(0), 20);
        if (!benchColdSearch(vault, queries, 20)) {
            return 1;
        }
        vault.lock();
    }
    if (!benchModelSearch(paths, queries, std::max(10, runs / 4))) {
        return 1;
    }
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    return 0;
}

#include "JournalFigures.h"

#include "common/BenchTable.h"

#include "app/journal/JournalListModel.h"
#include "app/journal/JournalSearchModel.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "core/journal/FtsQuery.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/vault/Vault.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QThread>

namespace tideline::bench {

namespace {

bool fail(const QString& what, const QString& message)
{
    QTextStream(stderr) << what << ": " << message << Qt::endl;
    return false;
}

QByteArray utf8(const QString& text)
{
    return text.toUtf8();
}

// What the floor searches for: the same FTS5 expression Tideline builds. The search box treats
// the word being typed as the start of a word (JournalSearchModel), so the model figures' floor
// does too.
QByteArray floorMatch(const journal::SearchQuery& query, bool asTyped)
{
    QString text = query.text;
    if (asTyped && !text.isEmpty() && text.back().isLetterOrNumber()) {
        text += u'*';
    }
    return utf8(journal::toFtsQuery(text));
}

int floorSearch(FloorDatabase& floor, const journal::SearchQuery& query, bool asTyped)
{
    const QByteArray match = floorMatch(query, asTyped);
    const QByteArray from = query.from.isValid() ? utf8(query.from.toString(Qt::ISODate)) : QByteArray();
    const QByteArray to = query.to.isValid() ? utf8(query.to.toString(Qt::ISODate)) : QByteArray();
    const QByteArray tag = utf8(query.tag);
    long long bytes = 0;
    return raw_search(floor.get(), match.constData(), from.isEmpty() ? nullptr : from.constData(),
        to.isEmpty() ? nullptr : to.constData(), tag.isEmpty() ? nullptr : tag.constData(), 50, &bytes);
}

bool waitUntil(const std::function<bool()>& done)
{
    QDeadlineTimer deadline(60000);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (!done()) {
            QThread::usleep(200);
        }
    }
    return done();
}

} // namespace

void Queries::add(const QString& name, journal::SearchQuery query)
{
    names.append(name);
    queries.append(query);
}

Queries makeQueries(const SyntheticText& text, const QDate& lastDay)
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

Targets targetsFor(int entries)
{
    Targets t;
    if (entries >= 100000) {
        t.warmSearchRatio = 0;
        t.warmSearchMs = 10;
        t.coldSearchMs = 20;
    }
    return t;
}

bool figuresSaveAndDelete(Database& db, FloorDatabase& floor, SyntheticText& text, int runs, const Targets& targets)
{
    journal::JournalRepository repo(db, SystemClock::instance());
    journal::EntryDraft draft;
    draft.title = QStringLiteral("Typing now");
    draft.body = text.words(300);
    draft.tags = {QStringLiteral("sleep")};
    auto id = repo.create(draft, true);
    if (!id) {
        return fail(QStringLiteral("create"), id.error().message);
    }
    const QByteArray day = utf8(QDate::currentDate().toString(Qt::ISODate));
    const long long floorId = raw_create_entry(
        floor.get(), "Typing now", utf8(draft.body).constData(), "2026-11-23T21:00:00.000Z", day.constData());
    if (floorId < 0) {
        return fail(QStringLiteral("floor create"), QString());
    }
    // Each autosave in its two halves (migration 0007), as the app runs them: the save the
    // person waits for, then the words it replaced leaving the index off the window's thread.
    QList<double> autosaves;
    QList<double> floorAutosaves;
    QList<double> autosaveWords;
    QList<double> floorAutosaveWords;
    for (int i = 0; i <= runs; ++i) {
        draft.body += u' ' + text.words(1);
        const QByteArray body = utf8(draft.body);
        Status s;
        Status words;
        const double mine = timeMs([&] { s = repo.update(id.value(), draft, true); });
        const double mineWords = timeMs([&] { words = journal::JournalRepository::removeDeletedWords(db); });
        int rc = 0;
        int rcWords = 0;
        const QByteArray now = utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const double raw = timeMs([&] {
            rc = raw_update_entry(
                floor.get(), floorId, "Typing now", body.constData(), now.constData(), day.constData());
        });
        const double rawWords = timeMs([&] { rcWords = raw_remove_deleted_words(floor.get()); });
        if (!s || !words || rc != 0 || rcWords != 0) {
            return fail(QStringLiteral("update"),
                !s ? s.error().message : (!words ? words.error().message : QStringLiteral("floor")));
        }
        if (i > 0) {
            autosaves.append(mine);
            floorAutosaves.append(raw);
            autosaveWords.append(mine + mineWords);
            floorAutosaveWords.append(raw + rawWords);
        }
    }
    QList<double> creates;
    QList<double> floorCreates;
    QList<qint64> made;
    QList<long long> floorMade;
    for (int i = 0; i <= runs; ++i) {
        journal::EntryDraft fresh;
        fresh.title = text.title();
        fresh.body = text.words(300);
        const QByteArray title = utf8(fresh.title);
        const QByteArray body = utf8(fresh.body);
        Result<qint64> mine = qint64(0);
        long long raw = 0;
        const QByteArray now = utf8(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
        const double mineMs = timeMs([&] { mine = repo.create(fresh); });
        const double rawMs = timeMs([&] {
            raw = raw_create_entry(floor.get(), title.constData(), body.constData(), now.constData(), day.constData());
        });
        if (!mine || raw < 0) {
            return fail(QStringLiteral("create"), mine ? QStringLiteral("floor") : mine.error().message);
        }
        made.append(mine.value());
        floorMade.append(raw);
        if (i > 0) {
            creates.append(mineMs);
            floorCreates.append(rawMs);
        }
    }
    // Deletes of entries of the ten-year journal (the seeded ones, spread over the years), not of
    // the fresh ones just made, whose words all sit in the newest index segment. Each in its two
    // halves (migration 0006): what the person waits for, then the words leaving the index, which
    // the app does off the window's thread.
    QList<double> deletes;
    QList<double> floorDeletes;
    QList<double> wordsGone;
    QList<double> floorWordsGone;
    const int deleteRuns = std::min(runs, 60);
    for (int i = 0; i <= deleteRuns; ++i) {
        const qint64 victim = 1 + (static_cast<qint64>(i) * 997) % 9000;
        Result<journal::Entry> removed = journal::Entry{};
        Status removedWords;
        int rc = 0;
        int rcWords = 0;
        const double mine = timeMs([&] { removed = repo.remove(victim); });
        const double mineWords = timeMs([&] { removedWords = journal::JournalRepository::removeDeletedWords(db); });
        const double raw = timeMs([&] { rc = raw_delete_entry_quick(floor.get(), victim); });
        const double rawWords = timeMs([&] { rcWords = raw_remove_deleted_words(floor.get()); });
        if (!removed || !removedWords || rc != 0 || rcWords != 0) {
            return fail(QStringLiteral("remove"),
                !removed ? removed.error().message
                         : (!removedWords ? removedWords.error().message : QStringLiteral("floor")));
        }
        if (i > 0) {
            deletes.append(mine);
            floorDeletes.append(raw);
            wordsGone.append(mine + mineWords);
            floorWordsGone.append(raw + rawWords);
        }
    }
    printCompared(
        QStringLiteral("save, durable: autosave (update, +1 word)"), autosaves, floorAutosaves, 0, targets.saveRatio);
    printCompared(QStringLiteral("autosave, both halves (replaced words gone from the index and the file)"),
        autosaveWords, floorAutosaveWords, 0);
    printCompared(QStringLiteral("save, durable: new entry (create)"), creates, floorCreates, 0, targets.saveRatio);
    printCompared(
        QStringLiteral("delete, as the person waits (the words hidden, then removed off the window's thread)"), deletes,
        floorDeletes, targets.deleteMs);
    printCompared(
        QStringLiteral("delete, both halves (words gone from the index and the file)"), wordsGone, floorWordsGone, 0);
    return true;
}

bool figuresCoreSearch(Database& db, FloorDatabase& floor, const Queries& queries, int runs, const Targets& targets)
{
    journal::JournalRepository repo(db, SystemClock::instance());
    QList<double> all;
    QList<double> floorAll;
    for (qsizetype q = 0; q < queries.queries.size(); ++q) {
        const journal::SearchQuery& query = queries.queries[q];
        QList<double> mine;
        QList<double> raw;
        for (int i = 0; i <= runs; ++i) {
            const double m = timeMs([&] { (void)repo.search(query); });
            const double r = timeMs([&] { (void)floorSearch(floor, query, false); });
            if (i > 0) {
                mine.append(m);
                raw.append(r);
            }
        }
        all += mine;
        floorAll += raw;
    }
    printCompared(QStringLiteral("search, warm, core only: all queries"), all, floorAll, targets.warmSearchMs,
        targets.warmSearchRatio);
    return true;
}

bool figuresFarPages(Database& db, int runs, const Targets& targets)
{
    journal::JournalRepository repo(db, SystemClock::instance());
    auto oldest = db.queryFirst("SELECT min(day) FROM entry;");
    if (!oldest || !oldest.value()) {
        return fail(QStringLiteral("the oldest day"), oldest ? QString() : oldest.error().message);
    }
    const QDate first = QDate::fromString(oldest.value()->columnText(0), Qt::ISODate);
    QList<double> period;
    QList<double> farBack;
    for (int i = 0; i <= runs; ++i) {
        Result<std::vector<journal::EntrySummary>> page = std::vector<journal::EntrySummary>();
        const double p = timeMs([&] { page = repo.listPage(std::nullopt, 50, first, first.addYears(1)); });
        if (!page || page.value().empty()) {
            return fail(QStringLiteral("a page of the oldest year"), page ? QString() : page.error().message);
        }
        const journal::ListCursor cursor = journal::ListCursor::after(page.value().back());
        const double f = timeMs([&] { (void)repo.listPage(cursor, 50); });
        if (i > 0) {
            period.append(p);
            farBack.append(f);
        }
    }
    printRow(QStringLiteral("journal list: first page of the oldest year (a period, as Share lists it)"), period,
        Reference{0, targets.listPageMs});
    printRow(QStringLiteral("journal list: a page from the oldest year on (scrolled far back)"), farBack,
        Reference{0, targets.listPageMs});
    return true;
}

bool figuresColdSearch(
    Vault& vault, FloorDatabase& floor, const Queries& queries, int runs, const Targets& targets, const char* pin)
{
    QList<double> cold;
    QList<double> floorCold;
    for (int i = 0; i < runs; ++i) {
        const journal::SearchQuery& query = queries.queries.at(i % queries.queries.size());
        vault.lock();
        if (auto r = vault.unlock(SecureBuffer::fromString(pin)); !r) {
            return fail(QStringLiteral("unlock"), r.error().message);
        }
        journal::JournalRepository repo(vault.database(), SystemClock::instance());
        cold.append(timeMs([&] { (void)repo.search(query); }));
        floor.close();
        if (auto s = floor.open(); !s) {
            return fail(QStringLiteral("floor open"), s.error().message);
        }
        floorCold.append(timeMs([&] { (void)floorSearch(floor, query, false); }));
    }
    printCompared(
        QStringLiteral("search, cold: first query after unlock (core)"), cold, floorCold, targets.coldSearchMs);
    return true;
}

bool figuresModels(const VaultPaths& paths, FloorDatabase& floor, const Queries& queries, int runs,
    const Targets& targets, const char* pin)
{
    app::Session session(paths, KdfParams::interactive());
    app::Session::setQmlInstance(&session);
    session.start();
    auto unlock = [&] {
        app::SecretEntry entry;
        entry.appendText(QString::fromLatin1(pin));
        session.unlock(&entry);
        return waitUntil([&] { return session.state() == app::Session::State::Unlocked; });
    };
    if (!unlock()) {
        return fail(QStringLiteral("the session did not unlock"), session.lastError());
    }
    app::JournalSearchModel model(&session.vaultAccess());
    const int titleRole = model.roleNames().key("titleText");
    const int snippetRole = model.roleNames().key("snippetText");
    auto readRows = [&] {
        for (int row = 0; row < model.rowCount(); ++row) {
            (void)model.data(model.index(row), titleRole);
            (void)model.data(model.index(row), snippetRole);
        }
    };
    auto ask = [&](const journal::SearchQuery& query) {
        model.setTag(query.tag);
        model.setFrom(query.from.toString(Qt::ISODate));
        model.setTo(query.to.toString(Qt::ISODate));
        model.setQuery(query.text);
    };
    QList<double> all;
    QList<double> floorAll;
    for (qsizetype q = 0; q < queries.queries.size(); ++q) {
        const journal::SearchQuery& query = queries.queries[q];
        ask(query);
        QList<double> mine;
        QList<double> raw;
        for (int i = 0; i <= runs; ++i) {
            const double m = timeMs([&] {
                model.refresh();
                readRows(); // what the view does next: each row's styled title and snippet
            });
            const double r = timeMs([&] { (void)floorSearch(floor, query, true); });
            if (i > 0) {
                mine.append(m);
                raw.append(r);
            }
        }
        printCompared(
            QStringLiteral("search, warm, into the model: %1 (%2 results)").arg(queries.names[q]).arg(model.rowCount()),
            mine, raw, targets.warmSearchMs, targets.warmSearchRatio);
        all += mine;
        floorAll += raw;
    }
    printCompared(QStringLiteral("**search, warm, into the model: all queries**"), all, floorAll, targets.warmSearchMs,
        targets.warmSearchRatio);

    // The first search after unlocking, as the Journal page makes it.
    QList<double> cold;
    QList<double> floorCold;
    for (int i = 0; i < std::max(10, runs / 3); ++i) {
        const journal::SearchQuery& query = queries.queries.at(i % queries.queries.size());
        session.lock();
        if (!unlock()) {
            return fail(QStringLiteral("unlock"), session.lastError());
        }
        app::JournalSearchModel fresh(&session.vaultAccess());
        fresh.setTag(query.tag);
        fresh.setFrom(query.from.toString(Qt::ISODate));
        fresh.setTo(query.to.toString(Qt::ISODate));
        cold.append(timeMs([&] {
            fresh.setQuery(query.text);
            for (int row = 0; row < fresh.rowCount(); ++row) {
                (void)fresh.data(fresh.index(row), titleRole);
                (void)fresh.data(fresh.index(row), snippetRole);
            }
        }));
        floor.close();
        if (auto s = floor.open(); !s) {
            return fail(QStringLiteral("floor open"), s.error().message);
        }
        floorCold.append(timeMs([&] { (void)floorSearch(floor, query, true); }));
    }
    printCompared(QStringLiteral("**search, cold: first search after unlock, into the model**"), cold, floorCold,
        targets.coldSearchMs);

    // The Journal page's list, as the page reads it: the first page and the next one (the count of
    // entries is read only when asked; it is timed on its own).
    QList<double> firstPage;
    QList<double> nextPage;
    QList<double> floorPage;
    QList<double> counts;
    for (int i = 0; i <= runs; ++i) {
        app::JournalListModel list(&session.vaultAccess());
        const double first = timeMs([&] { list.reload(); });
        const double next = timeMs([&] { list.fetchMore({}); });
        const double counted = timeMs([&] { (void)list.totalCount(); });
        const double raw = timeMs([&] { (void)raw_list_page(floor.get(), 50); });
        if (i > 0) {
            firstPage.append(first);
            nextPage.append(next);
            counts.append(counted);
            floorPage.append(raw);
        }
    }
    printCompared(
        QStringLiteral("journal list: first page of 50, into the model"), firstPage, floorPage, targets.listPageMs);
    printCompared(
        QStringLiteral("journal list: next page of 50, into the model"), nextPage, floorPage, targets.listPageMs);
    printRow(QStringLiteral("journal list: the count of entries, when asked"), counts, std::nullopt);
    session.lock();
    return true;
}

} // namespace tideline::bench

// app/exchange: the Share page's maker puts only the ticked entries of the period into the PDF,
// never replaces a file, stops when asked without leaving a file, and forgets on lock.
// The summary is read and painted on a worker with a connection of its own, which a lock ends first.
#include "app/summary/SummaryMaker.h"
#include "app/summary/SummaryEntryModel.h"

#include "JournalSession.h"
#include "LeaveConfirm.h"
#include "OpenHandles.h"
#include "app/journal/JournalChanges.h"
#include "app/records/RecordPickModel.h"
#include "core/common/Day.h"
#include "core/records/RecordRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThreadPool>

using namespace tideline;
using namespace tideline::app;
using namespace Qt::StringLiterals;

namespace {

QString pdfText(const QString& path)
{
    QProcess pdftotext;
    pdftotext.start(u"pdftotext"_s, {path, u"-"_s});
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput());
}

journal::EntryDraft draftOf(const QDate& day, const QString& title, const QString& body)
{
    journal::EntryDraft draft;
    draft.day = day;
    draft.title = title;
    draft.body = body;
    return draft;
}

int rowOf(const SummaryEntryModel& model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.data(model.index(row), EntrySummaryModel::EntryIdRole).toLongLong() == id) {
            return row;
        }
    }
    return -1;
}

} // namespace

TEST_CASE("Share: only ticked entries of the period go into the summary", "[exchange][share]")
{
    test::JournalSession journal;
    const QDate today = Day::today(journal.fixture.clock);
    auto repo = journal.repo();
    const auto tickedOne = repo.create(draftOf(today.addDays(-2), u"Ticked one"_s, u"Quillwort meadow"_s));
    const auto notTicked = repo.create(draftOf(today.addDays(-3), u"Kept back"_s, u"Zeppelinhush lantern"_s));
    const auto tickedTwo = repo.create(draftOf(today.addDays(-20), u"Ticked two"_s, u"Marigoldtea ribbon"_s));
    const auto draft = repo.create(draftOf(today.addDays(-1), u"Unsaved"_s, u"Draftwordonly"_s), true);
    REQUIRE((tickedOne && notTicked && tickedTwo && draft));

    SummaryMaker maker(journal.vault());
    SummaryEntryModel& entries = *maker.entries();
    maker.useLastDays(30);
    CHECK(maker.periodValid());
    CHECK_FALSE(maker.sensitiveOffered()); // thoughts of self-harm are off until turned on
    CHECK(entries.rowCount() == 3); // the draft is never offered
    CHECK(rowOf(entries, draft.value()) == -1);
    CHECK(entries.tickedCount() == 0);

    entries.setTicked(tickedOne.value(), true);
    entries.setTicked(tickedTwo.value(), true);
    entries.setTicked(draft.value(), true); // not offered: no effect
    CHECK(entries.tickedCount() == 2);
    CHECK(entries.data(entries.index(rowOf(entries, tickedOne.value())), SummaryEntryModel::TickedRole).toBool());

    // A shorter period leaves the older tick out, and a wider one brings it back.
    maker.useLastDays(14);
    CHECK(entries.tickedCount() == 1);
    maker.useLastDays(30);
    CHECK(entries.tickedCount() == 2);

    QTemporaryDir out;
    const auto at = [&out](const QString& name) { return out.filePath(name); };
    // Nothing leaves without the PIN typed once more.
    maker.saveTo(at(u"summary"_s));
    CHECK_FALSE(maker.busy());
    CHECK(maker.lastError() == leaveUnconfirmedMessage());
    CHECK(QDir(out.path()).isEmpty());
    REQUIRE(test::confirmLeaving(*journal.session));
    maker.saveTo(at(u"summary"_s));
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 30000));
    REQUIRE(maker.lastError().isEmpty());
    const QString path = out.filePath(u"summary.pdf"_s);
    CHECK(maker.savedPath() == path);
    const QString text = pdfText(path);
    CHECK(text.contains(u"Quillwort"_s));
    CHECK(text.contains(u"Marigoldtea"_s));
    CHECK_FALSE(text.contains(u"Zeppelinhush"_s));
    CHECK_FALSE(text.contains(u"Draftwordonly"_s));

    // Never over an existing file.
    maker.saveTo(at(u"summary.pdf"_s));
    CHECK_FALSE(maker.busy());
    CHECK(maker.lastError().contains(u"already"_s));

    // A grant is for one copy: the next one asks again.
    maker.saveTo(at(u"second"_s));
    CHECK_FALSE(maker.busy());
    CHECK(maker.lastError() == leaveUnconfirmedMessage());

    // Stopped at once: no file, no error, not busy.
    REQUIRE(test::confirmLeaving(*journal.session));
    maker.saveTo(at(u"stopped"_s));
    CHECK(maker.busy());
    maker.cancel();
    CHECK_FALSE(maker.busy());
    QThreadPool::globalInstance()->waitForDone(30000);
    QCoreApplication::processEvents();
    CHECK_FALSE(QFile::exists(out.filePath(u"stopped.pdf"_s)));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"summary.pdf"_s});

    // Stopped after the worker wrote the last page but before its answer came back (a small
    // summary on a fast machine): still no file, since the person never heard of one.
    REQUIRE(test::confirmLeaving(*journal.session));
    maker.saveTo(at(u"late-stop"_s));
    CHECK(maker.busy());
    REQUIRE(QThreadPool::globalInstance()->waitForDone(30000));
    maker.cancel();
    QCoreApplication::processEvents();
    CHECK_FALSE(maker.busy());
    CHECK(maker.savedPath() == path);
    CHECK_FALSE(QFile::exists(out.filePath(u"late-stop.pdf"_s)));
    CHECK(QDir(out.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{u"summary.pdf"_s});

    // The preview is made in memory, and the lock drops it with the ticks and the agenda.
    maker.setProperty("agenda", u"Talk about sleep"_s);
    maker.makePreview(400);
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 30000));
    REQUIRE(maker.previewPages() > 0);
    CHECK_FALSE(maker.previewPage(0).isNull());
    journal.session->lock();
    REQUIRE(test::waitUntil([&] { return journal.session->state() == Session::State::Locked; }));
    CHECK(maker.previewPages() == 0);
    CHECK(entries.tickedCount() == 0);
    CHECK(entries.rowCount() == 0);
    CHECK(maker.property("agenda").toString().isEmpty());
    app::Session::setQmlInstance(nullptr);
}

TEST_CASE("Share: the summary is read on a worker with its own connection, and a lock ends it first",
    "[exchange][share][lock]")
{
    test::JournalSession journal;
    Session& session = *journal.session;
    const QDate today = Day::today(journal.fixture.clock);
    const auto entry = journal.repo().create(draftOf(today.addDays(-2), u"Ticked"_s, u"Quillwort meadow"_s));
    REQUIRE(entry);
    records::RecordRepository records(test::databaseOf(session), journal.fixture.clock);
    const auto recordOn = [&](const QDate& day, const QString& words) {
        records::RecordFields fields;
        fields.day = day;
        fields.whatHappened = words;
        const Result<qint64> id = records.create(fields);
        REQUIRE(id);
        return id.value();
    };
    const qint64 recent = recordOn(today.addDays(-3), u"Recentrecordword"_s);
    const qint64 older = recordOn(today.addDays(-40), u"Olderrecordword"_s);
    const qint64 deleted = recordOn(today.addDays(-4), u"Deletedrecordword"_s);

    SummaryMaker maker(journal.vault());
    maker.useLastDays(90);
    maker.entries()->setTicked(entry.value(), true);
    maker.records()->reload();
    maker.records()->setTicked(recent, true);
    maker.records()->setTicked(older, true);
    maker.records()->setTicked(deleted, true);
    // The period narrows after ticking (the older tick is kept for when it widens again), and
    // one ticked record is deleted: both are left out, and the summary is made.
    maker.useLastDays(30);
    CHECK(maker.records()->tickedCount() == 2); // what the page says: the older tick does not count
    REQUIRE(records.remove(deleted).ok());

    const QString database = journal.fixture.paths.database();
    const int windowHandles = test::openHandlesTo(database);
    REQUIRE(windowHandles > 0);
    QTemporaryDir out;
    const QString path = out.filePath(u"summary.pdf"_s);
    REQUIRE(test::confirmLeaving(session));
    maker.saveTo(path);
    REQUIRE(maker.busy());
    CHECK(test::openHandlesTo(database) > windowHandles); // the worker's own connection
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 30000));
    INFO(maker.lastError().toStdString());
    REQUIRE(maker.lastError().isEmpty());
    const QString text = pdfText(path);
    CHECK(text.contains(u"Quillwort"_s));
    CHECK(text.contains(u"Recentrecordword"_s));
    CHECK_FALSE(text.contains(u"Olderrecordword"_s));
    CHECK_FALSE(text.contains(u"Deletedrecordword"_s));

    // A ticked entry moved to a day outside the period on the Journal page (which tells every
    // list) no longer counts, and counts again when moved back; one deleted there loses its tick.
    const auto moveTo = [&](qint64 id, const QDate& day) {
        tideline::journal::EntryDraft draft = journal.repo().get(id).value().toDraft();
        draft.day = day;
        REQUIRE(journal.repo().update(id, draft).ok());
        JournalChanges::instance().notify();
    };
    CHECK(maker.entries()->tickedCount() == 1);
    moveTo(entry.value(), today.addDays(-60));
    CHECK(maker.entries()->tickedCount() == 0);
    moveTo(entry.value(), today.addDays(-2));
    CHECK(maker.entries()->tickedIds() == QList<qint64>{entry.value()});
    const auto other = journal.repo().create(draftOf(today.addDays(-5), u"Other"_s, u"Otherwords"_s));
    REQUIRE(other);
    JournalChanges::instance().notify();
    maker.entries()->setTicked(other.value(), true);
    CHECK(maker.entries()->tickedCount() == 2);
    REQUIRE(journal.repo().remove(other.value()).ok());
    JournalChanges::instance().notify();
    CHECK(maker.entries()->tickedIds() == QList<qint64>{entry.value()});

    // Deleted after the list last looked (no word from the journal): the worker says so, plainly,
    // and nothing is written.
    REQUIRE(journal.repo().remove(entry.value()).ok());
    REQUIRE(test::confirmLeaving(session));
    maker.saveTo(out.filePath(u"second.pdf"_s));
    REQUIRE(test::waitUntil([&] { return !maker.busy(); }, 30000));
    CHECK(maker.lastError().contains(u"may have been deleted"_s));
    CHECK_FALSE(QFile::exists(out.filePath(u"second.pdf"_s)));

    // A lock in the middle, as auto-lock and quick exit do: the worker ends and closes its
    // connection before the vault does, and no file is left. A hundred long entries make pages
    // enough that the lock comes while they are painted, with the connection still held. (A page
    // paints quickly, so a Stop without the wait would end in time here too; RecordsPdfMakerTest,
    // whose pictures take long to decode, shows the wait itself is needed.)
    maker.entries()->setTicked(entry.value(), false);
    const QString paragraph = u"Slept badly, then walked by the river until the light came up. "_s.repeated(60);
    for (int i = 0; i < 100; ++i) {
        const auto longEntry = journal.repo().create(draftOf(today.addDays(-(i % 20)), u"Long"_s, paragraph));
        REQUIRE(longEntry);
    }
    maker.entries()->reload();
    for (int row = 0; row < maker.entries()->rowCount(); ++row) {
        maker.entries()->setTicked(
            maker.entries()->data(maker.entries()->index(row), EntrySummaryModel::EntryIdRole).toLongLong(), true);
    }
    REQUIRE(test::confirmLeaving(session));
    maker.saveTo(out.filePath(u"locked.pdf"_s));
    REQUIRE(maker.busy());
    REQUIRE(test::waitUntil([&] { return maker.progress() > 0; }, 30000)); // painting
    session.lock();
    CHECK_FALSE(maker.busy());
    CHECK(test::openHandlesTo(database) == 0);
    (void)test::waitUntil([] { return false; }, 300); // what the worker posted arrives, and is dropped
    CHECK_FALSE(QFile::exists(out.filePath(u"locked.pdf"_s)));
    CHECK(maker.lastError().isEmpty()); // stopped by the lock, not failed
    app::Session::setQmlInstance(nullptr);
}

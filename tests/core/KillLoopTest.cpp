// kill -9 at random moments (DESIGN.md's promise that a confirmed save survives anything): a
// child process saves journal entries and check-ins in a loop and is killed with SIGKILL,
// hundreds of times, some of them while the vault is still opening. After every few rounds
// the vault must open, pass verify, hold every save the child confirmed, and hold nothing
// half-written. Seeded (TIDELINE_KILL_SEED to replay a run) and bounded in time.
#include "KillLoopWork.h"
#include "TestVault.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>

#include <random>
#include <set>

using namespace tideline;
using namespace tideline::test;

namespace {

constexpr int kMaxRounds = 300;
constexpr qint64 kTimeBudgetMs = 30000;
// The checks at the end need this many rounds; a loaded machine (a child can take seconds to
// open the vault when another test holds the cores) goes on past the time budget to reach them,
// rather than fail for being slow, up to a limit that stops a hung run.
constexpr int kMinRounds = 20;
constexpr qint64 kHardLimitMs = 240000;

struct ConfirmedEntry
{
    qint64 id;
    int round;
    int number;
};

struct Confirmed
{
    std::vector<ConfirmedEntry> entries;
    std::vector<std::pair<int, int>> checkins; // (round, number)
};

unsigned killSeed()
{
    bool ok = false;
    const unsigned fromEnvironment = qEnvironmentVariable("TIDELINE_KILL_SEED").toUInt(&ok);
    return ok ? fromEnvironment : 20261204u;
}

void readConfirmations(QProcess& child, int round, Confirmed& confirmed, bool& ready)
{
    while (child.canReadLine()) {
        const QList<QByteArray> words = child.readLine().trimmed().split(' ');
        if (words.value(0) == "ready") {
            ready = true;
        } else if (words.value(0) == "entry" && words.size() == 3) {
            confirmed.entries.push_back({words[1].toLongLong(), round, words[2].toInt()});
        } else if (words.value(0) == "checkin" && words.size() == 2) {
            confirmed.checkins.emplace_back(round, words[1].toInt());
        }
    }
}

// Whether an entry read back is exactly what the child saved under its title.
bool isWhole(const journal::Entry& entry)
{
    const QStringList parts = entry.title.split(u' ');
    if (parts.size() != 3 || parts[0] != u"kill") {
        return false;
    }
    const int round = parts[1].toInt();
    const int number = parts[2].toInt();
    QStringList tags = entry.tags;
    QStringList expected = killloop::entryTags(round);
    tags.sort();
    expected.sort();
    return entry.body == killloop::entryBody(round, number) && tags == expected;
}

void checkVault(const VaultPaths& paths, const Confirmed& confirmed)
{
    ManualClock clock;
    Vault vault(paths, clock);
    const auto unlocked = vault.unlock(secret(kTestPin));
    REQUIRE(unlocked.ok());
    const Status verified = vault.verify();
    INFO((verified.ok() ? std::string() : verified.error().message.toStdString()));
    REQUIRE(verified.ok());

    journal::JournalRepository journal(vault.database(), clock);
    qint64 highestId = 0;
    for (const ConfirmedEntry& saved : confirmed.entries) {
        const auto entry = journal.get(saved.id);
        INFO("round " << saved.round << ", entry " << saved.number << ", id " << saved.id);
        REQUIRE(entry.ok());
        REQUIRE(entry.value().title == killloop::entryTitle(saved.round, saved.number));
        REQUIRE(isWhole(entry.value()));
        highestId = std::max(highestId, saved.id);
    }
    // Saves the child made but was killed before confirming are there whole or not at all.
    for (qint64 id = 1; id <= highestId + 20; ++id) {
        const auto entry = journal.get(id);
        if (entry.ok()) {
            INFO("id " << id << ": " << entry.value().title.toStdString());
            REQUIRE(isWhole(entry.value()));
        } else {
            REQUIRE(entry.code() == ErrorCode::NotFound);
        }
    }

    const auto mood = MetricRepository(vault.database()).byKey(QStringLiteral("mood"));
    REQUIRE(mood.ok());
    CheckinRepository checkins(vault.database());
    for (const auto& [round, number] : confirmed.checkins) {
        const auto values = checkins.values(killloop::checkinDay(round, number));
        INFO("check-in of round " << round << ", number " << number);
        REQUIRE(values.ok());
        REQUIRE(values.value().contains(mood.value().id));
        REQUIRE(values.value().value(mood.value().id) == killloop::checkinValue(round, number));
    }
    vault.lock();
}

} // namespace

TEST_CASE("Killed at random moments while saving, the vault keeps every confirmed save whole", "[vault][crash]")
{
    TestVault fixture;
    fixture.vault.reset(); // the child claims the folder

    const unsigned seed = killSeed();
    INFO("seed " << seed << " (TIDELINE_KILL_SEED replays it)");
    std::mt19937 random(seed);
    Confirmed confirmed;
    QElapsedTimer budget;
    budget.start();
    int rounds = 0;
    int killedWhileOpening = 0;
    const auto enough = [&] {
        return rounds >= kMinRounds && confirmed.entries.size() > std::size_t(rounds) && killedWhileOpening > 0;
    };
    for (int round = 0;
         round < kMaxRounds && (budget.elapsed() < kTimeBudgetMs || !enough()) && budget.elapsed() < kHardLimitMs;
         ++round) {
        QProcess child;
        child.start(QStringLiteral(TIDELINE_SAVE_LOOP_HELPER_PATH), {fixture.paths.dir, QString::number(round)});
        REQUIRE(child.waitForStarted(5000));

        // One round in eight is killed while the vault is still opening (unlock, key check,
        // migrations, the access record); the others after a random stretch of saving.
        const bool whileOpening = random() % 8 == 0;
        const int delayMs = whileOpening ? int(random() % 80) : int(random() % 150);
        bool ready = false;
        QByteArray childErrors;
        QElapsedTimer sinceReady;
        QElapsedTimer sinceStart;
        sinceStart.start();
        while (true) {
            child.waitForReadyRead(2);
            readConfirmations(child, round, confirmed, ready);
            if (ready && !sinceReady.isValid()) {
                sinceReady.start();
            }
            if (whileOpening ? (ready || sinceStart.elapsed() >= delayMs)
                             : (sinceReady.isValid() && sinceReady.elapsed() >= delayMs)) {
                break;
            }
            // Kept across the loop: a child that ends by itself has usually said why on stderr
            // a few milliseconds before it ended, in an earlier pass of this loop.
            childErrors += child.readAllStandardError();
            if (child.state() != QProcess::Running) {
                child.waitForFinished(1000);
                childErrors += child.readAllStandardError();
            }
            INFO("the child's errors: " << childErrors.toStdString() << " (exit code " << child.exitCode()
                                        << (child.exitStatus() == QProcess::CrashExit ? ", crashed)" : ")"));
            REQUIRE(child.state() == QProcess::Running);
            REQUIRE(sinceStart.elapsed() < 20000);
        }
        if (whileOpening && !ready) {
            ++killedWhileOpening;
        }
        child.kill(); // SIGKILL: no destructor, no lock, no checkpoint
        REQUIRE(child.waitForFinished(5000));
        readConfirmations(child, round, confirmed, ready); // what it printed before it died
        ++rounds;
        if (round % 25 == 24) {
            checkVault(fixture.paths, confirmed);
        }
    }
    checkVault(fixture.paths, confirmed);
    // The figures, for docs/TESTING.md and for anyone reading a slow run's log.
    WARN(rounds << " rounds in " << budget.elapsed() / 1000 << " s, " << killedWhileOpening << " killed while opening, "
                << confirmed.entries.size() << " entries and " << confirmed.checkins.size() << " check-ins confirmed");
    CHECK(rounds >= kMinRounds);
    CHECK(confirmed.entries.size() > std::size_t(rounds));
    CHECK(killedWhileOpening > 0);
}

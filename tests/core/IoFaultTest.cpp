// I/O errors at every step (issue 19 §4): SQLite's own way of testing itself, through a VFS
// that fails the Nth write, sync or read (tests/support/FaultVfs). For a save, a check-in and a
// JSON import, N is swept from the first I/O call to past the last: every run must end in
// "saved" or a plain error with nothing saved (all or nothing), the vault must verify after
// each, and it must open again afterwards. Reads failing during unlock must never be taken
// for a wrong PIN, nor counted as a try.
#include "FaultVfs.h"
#include "TestVault.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/exchange/JsonImport.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"

#include <catch2/catch.hpp>

#include <QFile>

#include <functional>

using namespace tideline;
using namespace tideline::test;

namespace {

constexpr int kMaxSteps = 400;

qint64 countOf(Vault& vault, const char* sql)
{
    auto row = vault.database().queryFirst(sql);
    REQUIRE(row.ok());
    REQUIRE(row.value().has_value());
    return row.value()->columnInt(0);
}

QByteArray exportWithTitle(const QString& title)
{
    QFile file(QStringLiteral(TIDELINE_FIXTURES_DIR "/json/small-export.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    json.replace("A walk by the river", title.toUtf8());
    return json;
}

struct Operation
{
    const char* name;
    std::function<Status(Vault&, int)> run; // the step number makes each run's content new
    const char* countSql; // grows by exactly one when the operation succeeds
};

std::vector<Operation> operations()
{
    return {
        {"saving a journal entry",
            [](Vault& vault, int step) -> Status {
                ManualClock clock;
                journal::JournalRepository journal(vault.database(), clock);
                journal::EntryDraft draft;
                draft.title = QStringLiteral("I/O %1").arg(step);
                draft.body = QStringLiteral("A page or two of words 🌊 שלום. ").repeated(120);
                draft.tags = {QStringLiteral("io"), QStringLiteral("step%1").arg(step)};
                auto created = journal.create(draft);
                return created ? Status{} : Status{created.error()};
            },
            "SELECT count(*) FROM entry"},
        {"saving a check-in",
            [](Vault& vault, int step) -> Status {
                ManualClock clock;
                auto mood = MetricRepository(vault.database()).byKey(QStringLiteral("mood"));
                REQUIRE(mood.ok());
                return CheckinRepository(vault.database())
                    .setValue(QDate(2025, 12, 31).addDays(-step), mood.value(), step % 11, clock);
            },
            "SELECT count(*) FROM checkin_value"},
        {"importing a JSON export",
            [](Vault& vault, int step) -> Status {
                auto imported
                    = exchange::importJson(vault.database(), exportWithTitle(QStringLiteral("Import %1").arg(step)));
                return imported ? Status{} : Status{imported.error()};
            },
            "SELECT count(*) FROM entry WHERE title LIKE 'Import %'"},
    };
}

void reopen(TestVault& tv)
{
    tv.vault->lock();
    tv.restart();
    const auto unlocked = tv.vault->unlock(secret(kTestPin));
    INFO((unlocked ? std::string() : unlocked.error().message.toStdString()));
    REQUIRE(unlocked.ok());
    REQUIRE(tv.vault->verify().ok());
}

} // namespace

TEST_CASE("An I/O error at any step of a save or an import loses nothing and damages nothing", "[vault][io]")
{
    FaultVfs faults; // before the vault, so its database opens through the shim
    TestVault tv;
    const std::pair<FaultVfs::Fail, const char*> kinds[] = {
        {FaultVfs::Fail::Write, "a write fails"},
        {FaultVfs::Fail::DiskFull, "the disk is full from then on"},
        {FaultVfs::Fail::Sync, "an fsync fails"},
    };
    int run = 0;
    for (const auto& [kind, kindName] : kinds) {
        for (const Operation& operation : operations()) {
            bool sweptPastTheEnd = false;
            int failedRuns = 0;
            for (int nth = 1; nth <= kMaxSteps && !sweptPastTheEnd; ++nth, ++run) {
                INFO(operation.name << ", " << kindName << " at call " << nth);
                const qint64 before = countOf(*tv.vault, operation.countSql);
                faults.arm(kind, nth, kind == FaultVfs::Fail::DiskFull);
                const Status status = operation.run(*tv.vault, run);
                const bool fired = faults.fired();
                faults.disarm();
                const qint64 after = countOf(*tv.vault, operation.countSql);
                if (!fired) {
                    // N went past the operation's last I/O call: it must simply have worked.
                    REQUIRE(status.ok());
                    REQUIRE(after == before + 1);
                    sweptPastTheEnd = true;
                } else if (status.ok()) {
                    // The fault came after the commit (a checkpoint, say): the save stands.
                    REQUIRE(after == before + 1);
                } else {
                    INFO(status.error().message.toStdString());
                    ++failedRuns;
                    REQUIRE(after == before); // all or nothing
                    REQUIRE(status.code() != ErrorCode::WrongSecret);
                    REQUIRE(status.code() != ErrorCode::DamagedDatabase);
                    REQUIRE(!status.error().message.isEmpty());
                    if (kind == FaultVfs::Fail::DiskFull) {
                        REQUIRE(status.code() == ErrorCode::CannotWrite);
                    }
                }
                REQUIRE(tv.vault->verify().ok());
                if (nth % 10 == 0) {
                    reopen(tv);
                }
            }
            INFO(operation.name << ", " << kindName);
            CHECK(sweptPastTheEnd);
            CHECK(failedRuns > 0); // the sweep did reach the operation's I/O
        }
    }
    reopen(tv);
}

TEST_CASE("A read that fails while unlocking is never a wrong PIN and never a counted try", "[vault][io]")
{
    FaultVfs faults;
    TestVault tv;
    tv.vault->lock();
    bool sweptPastTheEnd = false;
    int failures = 0;
    for (int nth = 1; nth <= kMaxSteps && !sweptPastTheEnd; ++nth) {
        INFO("read " << nth << " fails");
        tv.restart();
        faults.arm(FaultVfs::Fail::Read, nth);
        const auto unlocked = tv.vault->unlock(secret(kTestPin));
        const bool fired = faults.fired();
        faults.disarm();
        if (unlocked.ok()) {
            const Status verified = tv.vault->verify();
            INFO("fired: " << fired << ", " << (verified ? QString() : verified.error().message).toStdString());
            REQUIRE(verified.ok());
            tv.vault->lock();
            sweptPastTheEnd = !fired;
        } else {
            INFO(unlocked.error().message.toStdString());
            REQUIRE(fired);
            REQUIRE(unlocked.code() != ErrorCode::WrongSecret);
            ++failures;
            // Said as a disk that could not be read (or, when the failed read hit a page's
            // authentication, as damage), never as a folder that cannot be written.
            REQUIRE_FALSE(unlocked.error().message.contains(QStringLiteral("could not write")));
        }
        REQUIRE(tv.vault->consecutiveFailures() == 0);
    }
    CHECK(sweptPastTheEnd);
    CHECK(failures > 0);
    tv.restart();
    REQUIRE(tv.vault->unlock(secret(kTestPin)).ok());
}

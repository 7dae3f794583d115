// The child of KillLoopTest: opens the vault in argv[1], then saves journal entries and mood
// check-ins for round argv[2] as fast as it can, printing a line after each save has returned
// (committed), until it is killed. The test kills it with SIGKILL at random moments and then
// checks that every save it printed is there, whole.
#include "KillLoopWork.h"
#include "TestVault.h"
#include "core/checkin/CheckinRepository.h"
#include "core/checkin/MetricRepository.h"
#include "core/journal/JournalRepository.h"

#include <QCoreApplication>

#include <cstdio>

using namespace tideline;
using namespace tideline::test;

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: save_loop_helper DIR ROUND\n");
        return 2;
    }
    const int round = QByteArray(argv[2]).toInt();
    ManualClock clock;
    Vault vault(VaultPaths{QString::fromLocal8Bit(argv[1])}, clock);
    if (const Status claimed = vault.claim(); !claimed) {
        std::fprintf(stderr, "claim: %s\n", qPrintable(claimed.error().message));
        return 3;
    }
    if (auto unlocked = vault.unlock(secret(kTestPin)); !unlocked) {
        std::fprintf(stderr, "unlock: %s\n", qPrintable(unlocked.error().message));
        return 3;
    }
    auto mood = MetricRepository(vault.database()).byKey(QStringLiteral("mood"));
    if (!mood) {
        return 3;
    }
    std::printf("ready\n");
    std::fflush(stdout);

    journal::JournalRepository journal(vault.database(), clock);
    CheckinRepository checkins(vault.database());
    for (int number = 0;; ++number) {
        journal::EntryDraft draft;
        draft.day = QDate(2025, 6, 1);
        draft.title = killloop::entryTitle(round, number);
        draft.body = killloop::entryBody(round, number);
        draft.tags = killloop::entryTags(round);
        auto created = journal.create(draft);
        if (!created) {
            std::fprintf(stderr, "save: %s\n", qPrintable(created.error().message));
            return 4;
        }
        std::printf("entry %lld %d\n", static_cast<long long>(created.value()), number);
        std::fflush(stdout);

        if (number < killloop::kCheckinsPerRound) {
            const Status saved = checkins.setValue(
                killloop::checkinDay(round, number), mood.value(), killloop::checkinValue(round, number), clock);
            if (!saved) {
                std::fprintf(stderr, "check-in: %s\n", qPrintable(saved.error().message));
                return 4;
            }
            std::printf("checkin %d\n", number);
            std::fflush(stdout);
        }
    }
}

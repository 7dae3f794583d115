// Nothing typed is lost when the process is killed: a real process types, gets SIGKILL, and
// the draft is in the vault afterwards with everything typed up to a second before the kill.
#include "Wait.h"

#include "FileProbe.h"
#include "TestVault.h"
#include "core/journal/JournalRepository.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QProcess>

using namespace tideline;
using namespace tideline::test;

namespace {

QString typingText()
{
    QString text;
    for (int i = 0; text.size() < 4000; ++i) {
        text += QStringLiteral("word%1 ").arg(i);
    }
    return text;
}

} // namespace

TEST_CASE("A process killed mid-typing keeps everything typed up to its last second", "[journal]")
{
    TestVault fixture;
    fixture.vault.reset(); // the helper claims the folder

    QProcess helper;
    helper.start(QStringLiteral(TIDELINE_TYPING_HELPER_PATH), {fixture.paths.dir});
    REQUIRE(helper.waitForStarted(5000));

    // Read its progress; remember how much was typed a second before the kill.
    struct Mark
    {
        qint64 at;
        int typed;
    };
    std::vector<Mark> marks;
    QElapsedTimer clock;
    clock.start();
    qint64 firstKeyAt = -1;
    while (clock.elapsed() < 20000) {
        helper.waitForReadyRead(50);
        while (helper.canReadLine()) {
            const QByteArray line = helper.readLine().trimmed();
            if (line.startsWith("typed ")) {
                marks.push_back({clock.elapsed(), line.mid(6).toInt()});
                if (firstKeyAt < 0) {
                    firstKeyAt = clock.elapsed();
                }
            }
        }
        if (firstKeyAt >= 0 && clock.elapsed() - firstKeyAt > 2500) {
            break;
        }
    }
    REQUIRE(firstKeyAt >= 0);
    const qint64 killedAt = clock.elapsed();
    helper.kill(); // SIGKILL: no aboutToLock, no destructor, no flush
    REQUIRE(helper.waitForFinished(5000));
    CHECK(helper.exitStatus() == QProcess::CrashExit);

    int typedASecondBefore = 0;
    for (const Mark& mark : marks) {
        if (mark.at <= killedAt - 1000) {
            typedASecondBefore = mark.typed;
        }
    }
    REQUIRE(typedASecondBefore > 10);

    fixture.restart();
    REQUIRE(fixture.vault->unlock(secret(kTestPin)).ok());
    journal::JournalRepository repo(fixture.vault->database(), fixture.clock);
    auto draft = repo.latestDraft();
    REQUIRE(draft.ok());
    REQUIRE(draft.value().has_value());
    const QString body = repo.get(*draft.value()).value().body;
    INFO("typed a second before the kill: " << typedASecondBefore << ", found: " << body.size());
    CHECK(body.size() >= typedASecondBefore);
    CHECK(typingText().startsWith(body));
    fixture.vault->lock();
    CHECK(filesContaining(fixture.dir.path(), QStringLiteral("word12 word13")).isEmpty());
}

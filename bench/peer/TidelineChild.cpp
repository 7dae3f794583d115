#include "TidelineChild.h"

#include "common/BenchTable.h"
#include "common/DemoVault.h"
#include "common/InProcessApp.h"
#include "common/QuickDriver.h"

#include "app/lock/Session.h"

#include <QEventLoop>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

namespace tideline::bench {

using app::Session;

namespace {

constexpr int kJournalSection = 1; // HomePage.qml's sections: Today, Journal, Trends, ...

int fail(const QString& what)
{
    QTextStream(stderr) << "bench_peer --tideline-child: " << what << Qt::endl;
    return 1;
}

// Lets the app run on for ms in an event loop of its own, as it would idle (timers, late model
// pages, the frames they ask for, deferred deletes).
void settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

void print(const char* key, double value)
{
    std::printf("%s %.1f\n", key, value);
}

} // namespace

int runTidelineChild(const QString& dataDir, int settleMs)
{
    InProcessApp app(VaultPaths{dataDir}, appMemoryKdf());
    if (const QString failure = app.load(); !failure.isEmpty()) {
        return fail(failure);
    }
    QQuickWindow* window = app.window();
    Session& session = app.session();
    if (!frameAfter(window, app.frames(), [&] { return session.state() == Session::State::Locked; })) {
        return fail(QStringLiteral("no lock screen"));
    }
    settle(settleMs);
    print("lock-rss", residentMiB());
    print("lock-peak", peakResidentMiB());

    app.unlock(kPeerPin);
    QQuickItem* home = nullptr;
    if (!frameAfter(window, app.frames(), [&] {
            home = loaded(window, "pageLoader");
            return session.state() == Session::State::Unlocked && home != nullptr
                && loaded(home, "sectionLoader") != nullptr;
        })) {
        return fail(QStringLiteral("Today was not shown after the unlock"));
    }
    const bool peakReset = resetPeakResident();
    QMetaObject::invokeMethod(home, "openSection", Q_ARG(QVariant, kJournalSection));
    QObject* list = nullptr;
    if (!frameAfter(window, app.frames(), [&] {
            list = findByName(loaded(home, "sectionLoader"), QStringLiteral("journalList"));
            return home->property("current").toInt() == kJournalSection && list != nullptr
                && list->property("count").toInt() > 0;
        })) {
        return fail(QStringLiteral("the Journal page showed no entries"));
    }
    settle(settleMs);
    print("journal-rss", residentMiB());
    print("journal-peak", peakReset ? peakResidentMiB() : -1);
    print("journal-rows", list->property("count").toDouble());
    std::fflush(stdout);
    return 0;
}

} // namespace tideline::bench

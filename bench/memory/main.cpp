// bench_memory: the real app (Main.qml, Session, every page) run in this process, offscreen, on a
// vault of invented years, to measure what a person waits for after the PIN and what the app
// holds in memory once they have looked at everything.
//
//   - unlock to Today drawn: from the moment the session reports the vault open (Argon2id and the
//     key check done) to the first frame with the Today page on it; the Argon2id part beside it.
//     Locked and unlocked again --runs times; the first run is a warm-up and not counted.
//   - resident memory (VmRSS): at the lock screen, after unlock, after visiting every section
//     (Today, Journal, Trends with every range, Safety, Share, Settings) and the check-ups, and
//     the peak over that visit; Argon2id's own peak (VmHWM over the unlock, with the app's
//     256 MiB memory cost) reported apart.
// Release only:
//   cmake --build build/release -j2 --target bench_memory
//   build/release/bench/bench_memory [--years 10] [--entries N] [--runs 10]
#include "common/BenchTable.h"

#include "app/AppSettings.h"
#include "app/QmlSetup.h"
#include "app/desktop/DesktopIdentity.h"
#include "app/i18n/LanguageFollower.h"
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "core/demo/DemoGenerator.h"
#include "core/vault/Vault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

#include <sodium.h>

Q_IMPORT_QML_PLUGIN(Tideline_AppPlugin)
Q_IMPORT_QML_PLUGIN(TidelinePlugin)

using namespace tideline;
using namespace tideline::app;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN

bool waitUntil(const std::function<bool()>& done, int timeoutMs = 120000)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        // What the app's own event loop does and processEvents() from main() does not: delete
        // what was handed to deleteLater() (the pages unloaded on lock, among others).
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        if (!done()) {
            QThread::usleep(100);
        }
    }
    return done();
}

// Counts the window's frames, and the time of the last one.
struct Frames
{
    int count = 0;
    qint64 lastNs = 0;
};

// By objectName, through QObject children and visual children both (a Repeater's delegates
// are only the latter).
QObject* findByName(QObject* root, const QString& name)
{
    if (root == nullptr) {
        return nullptr;
    }
    if (QObject* found = root->findChild<QObject*>(name)) {
        return found;
    }
    if (auto* item = qobject_cast<QQuickItem*>(root)) {
        for (QQuickItem* child : item->childItems()) {
            if (child->objectName() == name) {
                return child;
            }
            if (QObject* found = findByName(child, name)) {
                return found;
            }
        }
    }
    return nullptr;
}

// The loaded item of a Loader named `name` under root (the page, the section).
QQuickItem* loaded(QObject* root, const char* name)
{
    QObject* loader = findByName(root, QString::fromLatin1(name));
    return loader == nullptr ? nullptr : qvariant_cast<QQuickItem*>(loader->property("item"));
}

// Waits for two frames after `ready` holds: the one it may already be drawing, and one that
// certainly shows it. Returns the time of the first frame drawn after `ready` held.
bool frameAfter(QQuickWindow* window, Frames& frames, const std::function<bool()>& ready, qint64* shownNs = nullptr)
{
    if (!waitUntil(ready)) {
        return false;
    }
    const int seen = frames.count;
    window->update();
    if (!waitUntil([&] { return frames.count > seen; }, 10000)) {
        return false;
    }
    if (shownNs != nullptr) {
        *shownNs = frames.lastNs;
    }
    const int again = frames.count;
    window->update();
    return waitUntil([&] { return frames.count > again; }, 10000);
}

int fail(const QString& what)
{
    QTextStream(stderr) << "bench_memory: " << what << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qputenv("QT_STYLE_OVERRIDE", "Fusion");
    qputenv("TIDELINE_LANGUAGE", "en");
    QApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("years of invented history"),
        QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption entriesOption(QStringLiteral("entries"),
        QStringLiteral("journal entries in all (default: the demo's 1,000 a year)"), QStringLiteral("N"),
        QStringLiteral("0"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("unlocks timed"), QStringLiteral("N"), QStringLiteral("10"));
    parser.addOption(yearsOption);
    parser.addOption(entriesOption);
    parser.addOption(runsOption);
    parser.process(application);
    const int years = std::clamp(parser.value(yearsOption).toInt(), 1, 20);
    const int runs = std::max(3, parser.value(runsOption).toInt());

    out() << "load average (1 min) before: " << loadAverage() << Qt::endl;
    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    // The app's Argon2id memory (MODERATE, 256 MiB; calibration only adds passes), the fewest passes.
    if (sodium_init() < 0) {
        return fail(QStringLiteral("libsodium"));
    }
    const KdfParams kdf{crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_MODERATE};
    {
        Vault vault(paths);
        auto created = vault.create(SecureBuffer::fromString(kPin), SecretKind::Pin, kdf);
        if (!created) {
            return fail(created.error().message);
        }
        demo::DemoOptions options;
        options.years = years;
        options.entries = parser.value(entriesOption).toInt();
        QElapsedTimer filling;
        filling.start();
        auto filled = demo::fillDemoVault(vault.database(), options, SystemClock::instance());
        if (!filled) {
            return fail(filled.error().message);
        }
        out() << "demo vault: " << years << " years, " << filled.value().entries << " entries, made in "
              << filling.elapsed() << " ms" << Qt::endl;
    }

    // As app/main.cpp starts the app; the menu entry of neutral mode would go to the bench's own
    // folder, never the person's.
    AppSettings settings(paths.settings());
    AppSettings::setQmlInstance(&settings);
    applyStartLanguage(settings);
    QTemporaryDir desktopDir;
    DesktopIdentity desktop(settings, desktopDir.filePath(QStringLiteral("applications/tideline.desktop")));
    DesktopIdentity::setQmlInstance(&desktop);
    Session session(paths, kdf);
    Session::setQmlInstance(&session);
    session.start();
    selectQuickStyle();
    QQmlApplicationEngine engine;
    prepareQmlEngine(engine);
    VaultAccess::provideTo(engine, &session.vaultAccess());
    followLanguageChoice(settings, engine);
    engine.load(QUrl(QString::fromUtf16(kMainQmlUrl)));
    auto* window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow*>(engine.rootObjects().first());
    if (window == nullptr) {
        return fail(QStringLiteral("Main.qml did not load"));
    }
    window->resize(1280, 800);
    QElapsedTimer clock;
    clock.start();
    Frames frames;
    QObject::connect(window, &QQuickWindow::frameSwapped, window, [&] {
        ++frames.count;
        frames.lastNs = clock.nsecsElapsed();
    });
    const auto state = [&] { return session.state(); };
    if (!frameAfter(window, frames, [&] { return state() == Session::State::Locked; })) {
        return fail(QStringLiteral("no lock screen"));
    }
    const double atLock = residentMiB();

    QList<double> toToday;
    QList<double> lockedAgain; // at the lock screen after each unlock: does anything stay behind?
    QList<double> argon;
    double argonPeak = 0;
    double afterUnlock = 0;
    for (int run = 0; run <= runs; ++run) {
        if (run > 0) {
            session.lock();
            if (!frameAfter(window, frames, [&] { return state() == Session::State::Locked; })) {
                return fail(QStringLiteral("did not lock"));
            }
            lockedAgain.append(residentMiB());
        }
        const bool peakReset = resetPeakResident();
        SecretEntry pin;
        for (const char c : std::string_view(kPin)) {
            pin.appendText(QString(QLatin1Char(c)));
        }
        qint64 openNs = 0;
        const QMetaObject::Connection opened = QObject::connect(&session, &Session::stateChanged, &session, [&] {
            if (session.state() == Session::State::Unlocked && openNs == 0) {
                openNs = clock.nsecsElapsed();
            }
        });
        const qint64 startNs = clock.nsecsElapsed();
        session.unlock(&pin);
        qint64 shownNs = 0;
        const bool shown = frameAfter(
            window, frames,
            [&] {
                QQuickItem* home = loaded(window, "pageLoader");
                return openNs != 0 && home != nullptr && loaded(home, "sectionLoader") != nullptr;
            },
            &shownNs);
        QObject::disconnect(opened);
        if (!shown) {
            return fail(QStringLiteral("Today was not shown after unlock"));
        }
        if (run == 0) {
            argonPeak = peakReset ? peakResidentMiB() : -1;
            afterUnlock = residentMiB();
            continue;
        }
        argon.append(static_cast<double>(openNs - startNs) / 1e6);
        toToday.append(static_cast<double>(shownNs - openNs) / 1e6);
    }

    // Every section, every Trends range, the check-ups; the peak over the visit, Argon2id apart.
    const bool peakReset = resetPeakResident();
    QQuickItem* home = loaded(window, "pageLoader");
    const QStringList ranges{QStringLiteral("range_7"), QStringLiteral("range_30"), QStringLiteral("range_90"),
        QStringLiteral("range_365"), QStringLiteral("range_0")};
    QList<std::pair<QString, double>> steps; // where the memory goes, step by step
    int visited = 0;
    int rangesPicked = 0;
    for (int section = 0; section < 6; ++section) {
        QMetaObject::invokeMethod(home, "openSection", Q_ARG(QVariant, section));
        if (!frameAfter(window, frames, [&] {
                QQuickItem* page = loaded(home, "sectionLoader");
                return page != nullptr && home->property("current").toInt() == section;
            })) {
            return fail(QStringLiteral("section %1 did not open").arg(section));
        }
        ++visited;
        steps.append({QStringLiteral("section %1 (%2) opened")
                          .arg(section)
                          .arg(home->property("sections")
                                   .toList()
                                   .value(section)
                                   .toMap()
                                   .value(QStringLiteral("title"))
                                   .toString()),
            residentMiB()});
        for (const QString& range : ranges) {
            QObject* button = findByName(loaded(home, "sectionLoader"), range);
            if (button == nullptr) {
                continue;
            }
            QMetaObject::invokeMethod(button, "clicked");
            frameAfter(window, frames, [] { return true; });
            QThread::msleep(50); // a chart's data may arrive a moment later
            frameAfter(window, frames, [] { return true; });
            ++rangesPicked;
            steps.append({QStringLiteral("Trends range %1").arg(range), residentMiB()});
        }
    }
    QMetaObject::invokeMethod(home, "openCheckups", Q_ARG(QVariant, QString()));
    frameAfter(window, frames, [] { return true; });
    const double afterVisit = residentMiB();
    const double visitPeak = peakReset ? peakResidentMiB() : -1;

    out() << Qt::endl;
    printHeader();
    printRow(QStringLiteral("unlock to Today drawn, beyond Argon2id and the key check"), toToday, Reference{0, 50});
    printRow(QStringLiteral("Argon2id (256 MiB, %1 passes) and the key check").arg(kdf.opsLimit), argon, std::nullopt);
    out() << Qt::endl
          << "| resident memory (MiB) | figure | target |" << Qt::endl
          << "| --- | --- | --- |" << Qt::endl
          << "| at the lock screen | " << QString::number(atLock, 'f', 1) << " | – |" << Qt::endl
          << "| unlocked, Today shown | " << QString::number(afterUnlock, 'f', 1) << " | – |" << Qt::endl
          << "| after every section (" << visited << ") and every Trends range (" << rangesPicked
          << "), then the check-ups | **" << QString::number(afterVisit, 'f', 1) << "** | ≤ 120 |" << Qt::endl
          << "| peak during that visit | " << QString::number(visitPeak, 'f', 1) << " | – |" << Qt::endl
          << "| peak during the first unlock (Argon2id's 256 MiB) | " << QString::number(argonPeak, 'f', 1)
          << " | reported apart |" << Qt::endl;
    QStringList again;
    for (const double mib : std::as_const(lockedAgain)) {
        again.append(QString::number(mib, 'f', 1));
    }
    out() << "| at the lock screen again, after each of the unlocks | " << again.join(QStringLiteral(", ")) << " | – |"
          << Qt::endl;
    out() << Qt::endl << "| step of the visit | resident MiB |" << Qt::endl << "| --- | --- |" << Qt::endl;
    for (const auto& [step, mib] : steps) {
        out() << "| " << step << " | " << QString::number(mib, 'f', 1) << " |" << Qt::endl;
    }
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    session.lock();
    return 0;
}

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
#include "common/DemoVault.h"
#include "common/InProcessApp.h"
#include "common/QuickDriver.h"

#include "app/lock/Session.h"
#include "core/storage/SqliteMemory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QThread>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(Tideline_AppPlugin)
Q_IMPORT_QML_PLUGIN(TidelinePlugin)

using namespace tideline;
using namespace tideline::app;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN

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
    const KdfParams kdf = appMemoryKdf();
    demo::DemoOptions options;
    options.years = years;
    options.entries = parser.value(entriesOption).toInt();
    QElapsedTimer filling;
    filling.start();
    const Result<int> entries = makeDemoVault(paths, kPin, kdf, options);
    if (!entries) {
        return fail(entries.error().message);
    }
    out() << "demo vault: " << years << " years, " << entries.value() << " entries, made in " << filling.elapsed()
          << " ms" << Qt::endl;

    InProcessApp app(paths, kdf);
    if (const QString failure = app.load(QSize(1280, 800)); !failure.isEmpty()) {
        return fail(failure);
    }
    QQuickWindow* window = app.window();
    Session& session = app.session();
    Frames& frames = app.frames();
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
        qint64 openNs = 0;
        const QMetaObject::Connection opened = QObject::connect(&session, &Session::stateChanged, &session, [&] {
            if (session.state() == Session::State::Unlocked && openNs == 0) {
                openNs = app.elapsedNs();
            }
        });
        const qint64 startNs = app.elapsedNs();
        app.unlock(kPin);
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
    // SQLite's share: its locked areas (core/storage/SqliteMemory.h), and how many the memory lock
    // limit left unlocked.
    const SqliteMemoryFigures sqlite = sqliteMemoryFigures();
    out() << "| of it SQLite's locked areas, at the end (areas not locked: " << sqlite.unlockedAreas << ") | "
          << QString::number(static_cast<double>(sqlite.bytesMapped) / (1024.0 * 1024.0), 'f', 1) << " | – |"
          << Qt::endl;
    out() << Qt::endl << "| step of the visit | resident MiB |" << Qt::endl << "| --- | --- |" << Qt::endl;
    for (const auto& [step, mib] : steps) {
        out() << "| " << step << " | " << QString::number(mib, 'f', 1) << " |" << Qt::endl;
    }
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    return 0;
}

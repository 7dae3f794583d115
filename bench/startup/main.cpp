// bench_startup: process start to the lock screen's first frame (DESIGN.md section 8).
//
// Runs `tideline --exit-after-first-frame --data-dir DIR` N times against a prepared vault
// (the lock screen) and N times against an empty folder (onboarding), and prints the
// median, p90 and min of two figures beside the floor and target of section 8:
//   - first frame: the app's own "first-frame-ms" line, measured from the kernel's process
//     start time, so it includes exec and the dynamic loader;
//   - start to exit: QProcess start to process exit, seen from outside.
// One extra run per case comes first and is not counted, so the page cache is warm.
//
// Build in Release and run (see docs/BENCHMARKS.md):
//   cmake -S . -B build-release -G Ninja -DCMAKE_BUILD_TYPE=Release && cmake --build build-release
//   build-release/bench/bench_startup                       # offscreen, floor 48 ms, target 60 ms
//   xvfb-run -a build-release/bench/bench_startup --platform xcb   # floor 122 ms, target 150 ms
// Options: --runs N (default 15), --platform offscreen|xcb, --app PATH (default: the built app).

#include "AppRun.h"
#include "BenchVault.h"
#include "Summary.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace tideline::bench;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

// DESIGN.md section 8: a bare Qt 6.4 Quick window on a 2-core machine, and the target.
Reference referenceFor(const QString& platform)
{
    return platform == QStringLiteral("xcb") ? Reference{122, 150} : Reference{48, 60};
}

struct CaseResult
{
    QList<double> firstFrame;
    QList<double> wall;
};

// Runs one case (one data folder) warm-up + runs times; false after printing the failure.
bool runCase(const QString& app, const QString& dataDir, const QString& platform, int runs, CaseResult& result)
{
    for (int i = 0; i <= runs; ++i) {
        const AppRun run = runAppOnce(app, dataDir, platform);
        if (!run.failure.isEmpty()) {
            err() << "bench_startup: " << run.failure << Qt::endl;
            return false;
        }
        if (i == 0) {
            continue; // the warm-up run
        }
        result.firstFrame.append(*run.firstFrameMs);
        result.wall.append(run.wallMs);
    }
    return true;
}

void printCase(const QString& name, const CaseResult& result, const Reference& reference)
{
    out() << formatRow(name + QStringLiteral(": first frame"), summarize(result.firstFrame), reference) << '\n';
    out() << formatRow(name + QStringLiteral(": start to exit"), summarize(result.wall), std::nullopt) << '\n';
}

// Other work on the machine inflates every figure; printing the load lets a reader see it.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly)) {
        return QStringLiteral("unknown");
    }
    return QString::fromLatin1(file.readLine().trimmed());
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication bench(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false")); // keep the table readable
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Tideline startup benchmark (DESIGN.md section 8)."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("Counted runs per case."), QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption platformOption(QStringLiteral("platform"),
        QStringLiteral("offscreen, or xcb (run under xvfb-run)."), QStringLiteral("name"), QStringLiteral("offscreen"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("The tideline binary to start."),
        QStringLiteral("path"), QStringLiteral(TIDELINE_APP_PATH));
    parser.addOptions({runsOption, platformOption, appOption});
    parser.process(bench);

    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const QString platform = parser.value(platformOption);
    const QString app = parser.value(appOption);
    if (!runsOk || runs < 1 || (platform != QStringLiteral("offscreen") && platform != QStringLiteral("xcb"))) {
        err() << "bench_startup: --runs must be a positive number and --platform offscreen or xcb" << Qt::endl;
        return 1;
    }
    if (app.isEmpty() || !QFileInfo(app).isExecutable()) {
        err() << "bench_startup: no app binary at \"" << app << "\"; build tideline or pass --app PATH" << Qt::endl;
        return 1;
    }

    const QString loadBefore = loadAverage();
    QTemporaryDir tmp;
    const QString lockDir = tmp.filePath(QStringLiteral("lock-screen"));
    const QString onboardingDir = tmp.filePath(QStringLiteral("onboarding"));
    if (const QString failure = makeVault(lockDir); !failure.isEmpty()) {
        err() << "bench_startup: could not prepare the vault: " << failure << Qt::endl;
        return 1;
    }
    QDir().mkpath(onboardingDir);

    CaseResult lockScreen;
    CaseResult onboarding;
    if (!runCase(app, lockDir, platform, runs, lockScreen)
        || !runCase(app, onboardingDir, platform, runs, onboarding)) {
        return 1;
    }

    const Reference reference = referenceFor(platform);
    out() << "Tideline startup, " << runs << " runs per case (after 1 warm-up), platform " << platform << '\n'
          << "app: " << app << '\n'
          << "load average before: " << loadBefore << "; after: " << loadAverage() << "\n\n"
          << formatHeader() << '\n';
    printCase(QStringLiteral("lock screen"), lockScreen, reference);
    printCase(QStringLiteral("onboarding"), onboarding, reference);
    out() << "\nfloor: a bare Qt 6.4 Quick window on a 2-core machine (DESIGN.md section 8); "
             "onboarding is held to the same floor.\n";
    out().flush();
    return 0;
}

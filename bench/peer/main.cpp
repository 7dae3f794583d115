// bench_peer: Tideline side by side with RedNoteBook (issue 16), in the same run, on the same
// ten years of invented journal text.
//
// The text: core's DemoGenerator fills a Tideline vault with 10 years (--years) of invented
// history, 1,000 journal entries a year of about 300 words; the same entries, word for word and
// on the same days, are then written in RedNoteBook's own format (RedNotebookJournal.h) into a
// temporary HOME. Both programs run under the same X server (xvfb-run; see run.sh), with the
// same temporary HOME, --runs times each, taking turns (who goes first swaps every round), after
// one warm-up round that is not counted (it also lets RedNoteBook write its first-start
// configuration, so every counted start is a later one).
//
//   - first frame: from process start to the first frame on screen. Tideline: the real binary
//     with --exit-after-first-frame (the lock screen, as bench_startup measures it on xcb).
//     RedNoteBook: its own launcher under rednotebook_first_frame.py, which prints the same line
//     at its main window's first painted frame, with the journal loaded. Each figure twice: the
//     program's own clock (kernel start time to the frame) and this bench's (fork to the line).
//   - resident memory: RedNoteBook's VmRSS and VmHWM, --settle-ms (5 s) after its first frame (it
//     builds its word cloud of the whole journal in the seconds after it), and its process
//     group's VmRSS summed (it starts WebKit helper processes). Tideline's from a fresh child of
//     this bench running the real app in-process (TidelineChild.h): at the lock screen, and with
//     the Journal page shown after the PIN, each --settle-ms after its frame.
// Tideline is measured twice a round: as it starts by default (Qt Quick on OpenGL, which on a
// machine without a GPU such as Xvfb is Mesa's llvmpipe) and with QT_QUICK_BACKEND=software.
// Every file goes into one temporary folder, removed at the end, on failure too.
//
//   bench/peer/run.sh [--runs 10]          # installs what is missing, runs under xvfb-run -a
// Options: --runs N, --years N, --settle-ms MS, --app PATH, --rednotebook PATH, --hook PATH.
#include "PeerProcess.h"
#include "PeerTable.h"
#include "RedNotebookJournal.h"
#include "TidelineChild.h"

#include "common/BenchTable.h"
#include "common/DemoVault.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>

#include <cstring>
#include <memory>

Q_IMPORT_QML_PLUGIN(Tideline_AppPlugin)
Q_IMPORT_QML_PLUGIN(TidelinePlugin)

using namespace tideline;
using namespace tideline::bench;

namespace {

constexpr int kTimeoutMs = 180 * 1000; // RedNoteBook reads ten years before its first frame

int fail(const QString& what)
{
    QTextStream(stderr) << "bench_peer: " << what << Qt::endl;
    return 1;
}

struct Setup
{
    QString app; // the tideline binary
    QString rednotebook; // its launcher
    QString hook; // rednotebook_first_frame.py
    QString vaultDir;
    QProcessEnvironment env; // both programs': the temporary HOME, the X display
    int settleMs = 5000;
};

// "key value" lines into a map.
QHash<QString, double> figuresOf(const QByteArray& output)
{
    QHash<QString, double> figures;
    for (const QByteArray& line : output.split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 2) {
            figures.insert(QString::fromLatin1(parts.at(0)), parts.at(1).toDouble());
        }
    }
    return figures;
}

// One round's Tideline figures, in env; false after printing why.
bool runTideline(const Setup& setup, const QProcessEnvironment& env, TidelineSamples& samples)
{
    PeerProcess app;
    const bool started = app.start(
        setup.app, {QStringLiteral("--exit-after-first-frame"), QStringLiteral("--data-dir"), setup.vaultDir}, env);
    const auto frame = started ? app.waitForFirstFrame(kTimeoutMs) : std::nullopt;
    if (!frame || !app.waitForExit(kTimeoutMs)) {
        fail(frame ? QStringLiteral("tideline did not exit after its first frame") : app.failure());
        return false;
    }
    PeerProcess child; // run to its end, then its lines read
    const QStringList childArguments{QStringLiteral("--tideline-child"), setup.vaultDir, QStringLiteral("--settle-ms"),
        QString::number(setup.settleMs)};
    if (!child.start(QCoreApplication::applicationFilePath(), childArguments, env) || !child.waitForExit(kTimeoutMs)) {
        fail(QStringLiteral("the Tideline child failed: %1").arg(QString::fromUtf8(child.errorOutput())));
        return false;
    }
    const QHash<QString, double> figures = figuresOf(child.output());
    samples.frameOwn.append(frame->ownMs);
    samples.frameSeen.append(frame->seenMs);
    samples.lockRss.append(figures.value(QStringLiteral("lock-rss")));
    samples.lockPeak.append(figures.value(QStringLiteral("lock-peak")));
    samples.journalRss.append(figures.value(QStringLiteral("journal-rss")));
    samples.journalRows = static_cast<int>(figures.value(QStringLiteral("journal-rows")));
    return true;
}

bool runRedNotebook(const Setup& setup, Samples& samples)
{
    PeerProcess rednotebook;
    const bool started
        = rednotebook.start(QStringLiteral("/usr/bin/python3"), {setup.hook, setup.rednotebook}, setup.env);
    const auto frame = started ? rednotebook.waitForFirstFrame(kTimeoutMs) : std::nullopt;
    if (!frame) {
        fail(rednotebook.failure());
        return false;
    }
    rednotebook.settle(setup.settleMs);
    const ProcessMemory memory = rednotebook.memory();
    rednotebook.stop();
    samples.peerFrameOwn.append(frame->ownMs);
    samples.peerFrameSeen.append(frame->seenMs);
    samples.peerRss.append(memory.rss);
    samples.peerPeak.append(memory.peak);
    samples.peerGroupRss.append(memory.groupRss);
    samples.peerGroupSize = memory.groupSize;
    return true;
}

// The path of an option's file, made absolute; empty when there is no file there.
QString existing(const QString& path)
{
    const QFileInfo info(path);
    return info.exists() ? info.canonicalFilePath() : QString();
}

} // namespace

int main(int argc, char* argv[])
{
    const bool child = argc >= 2 && std::strcmp(argv[1], "--tideline-child") == 0;
    if (child) {
        qputenv("QT_STYLE_OVERRIDE", "Fusion"); // as app/main.cpp does
        qputenv("TIDELINE_LANGUAGE", "en");
    }
    // Only the child draws; the parent needs no window system of its own.
    const std::unique_ptr<QCoreApplication> application
        = child ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption childOption(QStringLiteral("tideline-child"),
        QStringLiteral("(internal) measure the app in this process"), QStringLiteral("vault folder"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("counted runs of each program"),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption yearsOption(QStringLiteral("years"), QStringLiteral("years of invented journal"),
        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption settleOption(QStringLiteral("settle-ms"),
        QStringLiteral("wait after the frame before reading memory"), QStringLiteral("ms"), QStringLiteral("5000"));
    const QCommandLineOption appOption(QStringLiteral("app"), QStringLiteral("the tideline binary"),
        QStringLiteral("path"), QStringLiteral(TIDELINE_APP_PATH));
    const QCommandLineOption rednotebookOption(QStringLiteral("rednotebook"), QStringLiteral("RedNoteBook's launcher"),
        QStringLiteral("path"), QStringLiteral("/usr/bin/rednotebook"));
    const QCommandLineOption hookOption(QStringLiteral("hook"), QStringLiteral("rednotebook_first_frame.py"),
        QStringLiteral("path"), QStringLiteral(TIDELINE_PEER_HOOK_PATH));
    parser.addOptions({childOption, runsOption, yearsOption, settleOption, appOption, rednotebookOption, hookOption});
    parser.process(*application);

    Setup setup;
    setup.settleMs = std::max(0, parser.value(settleOption).toInt());
    if (child) {
        return runTidelineChild(parser.value(childOption), setup.settleMs);
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int years = std::clamp(parser.value(yearsOption).toInt(), 1, 20);
    setup.app = existing(parser.value(appOption));
    setup.rednotebook = existing(parser.value(rednotebookOption));
    setup.hook = existing(parser.value(hookOption));
    if (setup.app.isEmpty() || setup.rednotebook.isEmpty() || setup.hook.isEmpty()) {
        return fail(QStringLiteral("needs the tideline binary (--app), RedNoteBook (apt-get install rednotebook) "
                                   "and its hook (--hook); bench/peer/run.sh installs what is missing"));
    }
    if (qEnvironmentVariableIsEmpty("DISPLAY")) {
        return fail(QStringLiteral("needs an X display: run it under xvfb-run -a (bench/peer/run.sh does)"));
    }

    const QString loadBefore = loadAverage();
    QTemporaryDir work; // everything: the vault, RedNoteBook's journal, both programs' HOME
    if (!work.isValid()) {
        return fail(QStringLiteral("no temporary folder"));
    }
    const QString home = work.filePath(QStringLiteral("home"));
    setup.vaultDir = work.filePath(QStringLiteral("tideline"));
    QElapsedTimer making;
    making.start();
    demo::DemoOptions options;
    options.years = years;
    const Result<int> made = makeDemoVault(VaultPaths{setup.vaultDir}, kPeerPin, appMemoryKdf(), options);
    if (!made) {
        return fail(made.error().message);
    }
    const Result<int> copied
        = writeRedNotebookJournal(VaultPaths{setup.vaultDir}, kPeerPin, home + QStringLiteral("/.rednotebook/data"));
    if (!copied) {
        return fail(copied.error().message);
    }
    const qint64 madeMs = making.elapsed();
    JournalSize size{years, made.value(), copied.value()};
    const QFileInfoList monthFiles = QDir(home + QStringLiteral("/.rednotebook/data")).entryInfoList(QDir::Files);
    size.monthFiles = static_cast<int>(monthFiles.size());
    for (const QFileInfo& file : monthFiles) {
        size.mebibytes += static_cast<double>(file.size()) / (1024.0 * 1024.0);
    }

    setup.env = QProcessEnvironment::systemEnvironment();
    setup.env.insert(QStringLiteral("HOME"), home);
    setup.env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    for (const char* name :
        {"XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME", "TIDELINE_DATA_DIR"}) {
        setup.env.remove(QString::fromLatin1(name)); // under HOME, so inside the temporary folder
    }

    // Xvfb has no GPU, so Qt Quick's OpenGL runs on Mesa's llvmpipe, a large part of the app's
    // memory; Qt Quick's software renderer draws with the CPU as GTK's cairo does for RedNoteBook.
    // Both are measured.
    QProcessEnvironment software = setup.env;
    software.insert(QStringLiteral("QT_QUICK_BACKEND"), QStringLiteral("software"));

    Samples samples;
    Samples warmUp;
    for (int round = 0; round <= runs; ++round) {
        Samples& into = round == 0 ? warmUp : samples; // round 0: the warm-up
        const auto tideline = [&] {
            return runTideline(setup, setup.env, into.tideline) && runTideline(setup, software, into.software);
        };
        // Who goes first swaps every round, so neither always meets the other's leftovers.
        const bool ok
            = round % 2 == 0 ? tideline() && runRedNotebook(setup, into) : runRedNotebook(setup, into) && tideline();
        if (!ok) {
            return 1;
        }
    }

    printPeerTable(samples, runs, size, madeMs, loadBefore, loadAverage());
    return 0;
}

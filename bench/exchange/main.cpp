// bench_exchange (issue 16): the JSON export and the encrypted backup of a large vault, which
// must be streamed: at most 60 MB of memory over the idle process, whatever the vault's size.
//
// Makes a vault of invented years with core's DemoGenerator (as `tideline-cli demo --entries N`:
// 100,000 journal entries of about 300 words over ten years by default, with check-ins, moments,
// routines, check-ups and records with pictures), then --runs times each, every run in a new child
// process of this bench (an allocator that kept the memory of an earlier run would hide the next
// run's peak), as the app's tasks and tideline-cli run them:
//   - the JSON export: exchange::writeJsonExport into a new file;
//   - the encrypted backup: the backup passphrase's key (Argon2id with the app's memory cost,
//     timed and measured apart), then exchange::exportBackupBody and writeBackupFile;
//   - bringing that export into a new, empty vault: exchange::importJson from the file, as a
//     person moving to a new computer would (--import-runs times, 1 by default: it is slow).
// For each: the time, the file's size, and the peak resident memory over the idle process
// (VmHWM reset through /proc/self/clear_refs just before the work, minus VmRSS at that moment).
// The median and the largest peak are printed.
// Release only:
//   cmake --build build/release -j2 --target bench_exchange
//   build/release/bench/bench_exchange [--entries N] [--years N] [--runs N] [--import-runs N]
#include "common/BenchTable.h"
#include "common/DemoVault.h"

#include "core/common/Clock.h"
#include "core/common/Progress.h"
#include "core/common/SecureBuffer.h"
#include "core/exchange/Backup.h"
#include "core/exchange/JsonExport.h"
#include "core/exchange/JsonImport.h"
#include "core/vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <optional>

using namespace tideline;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN
const char* const kBackupPassphrase = "a throwaway backup passphrase";
constexpr double kTargetOverIdleMiB = 60.0 * 1000 * 1000 / (1024 * 1024); // the 60 MB

int fail(const QString& what, const QString& message)
{
    QTextStream(stderr) << "bench_exchange: " << what << ": " << message << Qt::endl;
    return 1;
}

// One run of a streamed task: its time, the file it made, and its memory over idle.
struct Run
{
    double ms = 0;
    double overIdleMiB = 0;
    qint64 bytes = 0;
};

// Times work with the peak reset just before it; work returns the file it made, or an error.
Result<Run> measured(const std::function<Status()>& work, const QString& file, bool removeFile = true)
{
    if (!resetPeakResident()) {
        return Error{ErrorCode::Internal, QStringLiteral("the peak resident size cannot be reset here")};
    }
    const double idle = residentMiB();
    QElapsedTimer timer;
    timer.start();
    const Status status = work();
    Run run;
    run.ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
    run.overIdleMiB = peakResidentMiB() - idle;
    if (!status) {
        return status.error();
    }
    run.bytes = QFileInfo(file).size();
    if (removeFile) {
        QFile::remove(file);
    }
    return run;
}

void printRuns(const QString& name, const QList<Run>& runs)
{
    QList<double> ms;
    QList<double> memory;
    qint64 bytes = 0;
    for (const Run& r : runs) {
        ms.append(r.ms);
        memory.append(r.overIdleMiB);
        bytes = r.bytes;
    }
    const double worst = *std::max_element(memory.cbegin(), memory.cend());
    out() << "| " << name << " | " << runs.size() << " | " << QString::number(median(ms), 'f', 0) << " | "
          << QString::number(median(memory), 'f', 1) << " | " << QString::number(worst, 'f', 1) << " | ≤ "
          << QString::number(kTargetOverIdleMiB, 'f', 1) << " | " << QString::number(worst / kTargetOverIdleMiB, 'f', 2)
          << "× | " << QString::number(static_cast<double>(bytes) / (1024 * 1024), 'f', 1) << " |" << Qt::endl;
}

// What a child prints on its one line: "ms overIdleMiB bytes", then for a backup the key's ms and
// peak MiB, for an import the entries brought in. Read back by childFigures.

// One run in a child process: unlock the vault in dir, do task ("export", "backup" or "import")
// with the peak reset just before it, and print its figures as above.
int runChild(const QString& task, const QString& dir)
{
    const VaultPaths paths{dir};
    Vault vault(paths);
    if (Result<UnlockReport> opened = vault.unlock(SecureBuffer::fromString(kPin)); !opened) {
        return fail(QStringLiteral("unlock"), opened.error().message);
    }
    QTextStream result(stdout);
    if (task == QLatin1String("import")) {
        // dir is a new, empty vault; the export to bring in is beside it.
        const QString file = QDir(dir).filePath(QStringLiteral("../import-source.json"));
        qint64 entries = 0;
        Result<Run> imported = measured(
            [&]() -> Status {
                QFile in(file);
                if (!in.open(QIODevice::ReadOnly)) {
                    return Error{ErrorCode::Internal, in.errorString()};
                }
                Progress quiet;
                Result<exchange::ImportSummary> summary = exchange::importJson(vault.database(), in, quiet);
                if (!summary) {
                    return summary.error();
                }
                entries = summary.value().entries;
                return {};
            },
            file, false);
        if (!imported) {
            return fail(QStringLiteral("JSON import"), imported.error().message);
        }
        result << imported.value().ms << ' ' << imported.value().overIdleMiB << ' ' << imported.value().bytes << ' '
               << entries << Qt::endl;
    } else if (task == QLatin1String("export")) {
        const QString file = QDir(dir).filePath(QStringLiteral("../export.json"));
        Result<Run> exported = measured(
            [&] {
                Progress quiet;
                return exchange::writeJsonExport(vault.database(), SystemClock::instance(), false, file, false, quiet);
            },
            file);
        if (!exported) {
            return fail(QStringLiteral("JSON export"), exported.error().message);
        }
        result << exported.value().ms << ' ' << exported.value().overIdleMiB << ' ' << exported.value().bytes
               << Qt::endl;
    } else {
        // The backup passphrase's key: Argon2id's memory, apart from the backup's own.
        (void)resetPeakResident();
        const double idle = residentMiB();
        QElapsedTimer keyTimer;
        keyTimer.start();
        Result<exchange::BackupSecret> secret
            = exchange::prepareBackupSecret(SecureBuffer::fromString(kBackupPassphrase), appMemoryKdf());
        const double keyMs = static_cast<double>(keyTimer.nsecsElapsed()) / 1e6;
        const double keyPeak = peakResidentMiB() - idle;
        if (!secret) {
            return fail(QStringLiteral("backup key"), secret.error().message);
        }
        const QString file = QDir(dir).filePath(QStringLiteral("../vault.tidelinebackup"));
        Result<Run> backedUp = measured(
            [&]() -> Status {
                Progress quiet;
                auto body = exchange::exportBackupBody(vault.database(), paths.dir, secret.value(), quiet);
                if (!body) {
                    return body.error();
                }
                return exchange::writeBackupFile(body.value(), secret.value(), file, false, quiet);
            },
            file);
        if (!backedUp) {
            return fail(QStringLiteral("backup"), backedUp.error().message);
        }
        result << backedUp.value().ms << ' ' << backedUp.value().overIdleMiB << ' ' << backedUp.value().bytes << ' '
               << keyMs << ' ' << keyPeak << Qt::endl;
    }
    vault.lock();
    return 0;
}

// Runs task in a new child process of this bench on the vault in vaultDir and reads its line: the
// run, and the extra figures after it. Nothing (and a message) when the child failed or printed
// something else, so a broken child can never pass for a run of 0 ms.
struct ChildFigures
{
    Run run;
    QList<double> extra;
};

std::optional<ChildFigures> childFigures(const QString& task, const QString& vaultDir, int extraCount)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), task, vaultDir});
    if (!child.waitForFinished(-1) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
        fail(task, QString::fromLocal8Bit(child.readAllStandardError()).trimmed());
        return std::nullopt;
    }
    const QString line = QString::fromLatin1(child.readAllStandardOutput()).simplified();
    const QStringList fields = line.split(QLatin1Char(' '));
    QList<double> numbers;
    for (const QString& field : fields) {
        bool ok = false;
        numbers.append(field.toDouble(&ok));
        if (!ok) {
            break;
        }
    }
    if (numbers.size() != fields.size() || numbers.size() != 3 + extraCount) {
        fail(task, QStringLiteral("the child printed \"%1\"").arg(line));
        return std::nullopt;
    }
    return ChildFigures{Run{numbers.at(0), numbers.at(1), static_cast<qint64>(numbers.at(2))}, numbers.mid(3)};
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() == 4 && arguments.at(1) == QLatin1String("--child")) {
        return runChild(arguments.at(2), arguments.at(3));
    }
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption entriesOption(QStringLiteral("entries"), QStringLiteral("journal entries in the vault"),
        QStringLiteral("N"), QStringLiteral("100000"));
    QCommandLineOption yearsOption(
        QStringLiteral("years"), QStringLiteral("years of invented data"), QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("runs of each task"), QStringLiteral("N"), QStringLiteral("3"));
    QCommandLineOption importRunsOption(QStringLiteral("import-runs"),
        QStringLiteral("runs of the import into a new vault (0: none)"), QStringLiteral("N"), QStringLiteral("1"));
    parser.addOption(entriesOption);
    parser.addOption(yearsOption);
    parser.addOption(runsOption);
    parser.addOption(importRunsOption);
    parser.process(application);
    demo::DemoOptions options;
    options.years = std::clamp(parser.value(yearsOption).toInt(), 1, 20);
    options.entries = std::clamp(parser.value(entriesOption).toInt(), 100, demo::kMaxDemoEntries);
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const int importRuns = std::max(0, parser.value(importRunsOption).toInt());

    QTemporaryDir dir;
    const VaultPaths paths{dir.filePath(QStringLiteral("vault"))};
    out() << "load average (1 min) before: " << loadAverage() << Qt::endl;
    QElapsedTimer making;
    making.start();
    Result<int> made = makeDemoVault(paths, kPin, KdfParams::interactive(), options);
    if (!made) {
        return fail(QStringLiteral("demo vault"), made.error().message);
    }
    out() << "demo vault: " << made.value() << " entries over " << options.years << " years, made in "
          << making.elapsed() / 1000 << " s; database "
          << QString::number(static_cast<double>(QFileInfo(paths.database()).size()) / (1024 * 1024), 'f', 0) << " MiB"
          << Qt::endl;

    QList<Run> exports;
    QList<Run> backups;
    QList<double> keyMs;
    QList<double> keyPeak;
    for (int i = 0; i < runs; ++i) {
        for (const QString& task : {QStringLiteral("export"), QStringLiteral("backup")}) {
            const bool backup = task == QLatin1String("backup");
            const std::optional<ChildFigures> figures = childFigures(task, paths.dir, backup ? 2 : 0);
            if (!figures) {
                return 1;
            }
            if (backup) {
                backups.append(figures->run);
                keyMs.append(figures->extra.at(0));
                keyPeak.append(figures->extra.at(1));
            } else {
                exports.append(figures->run);
            }
        }
    }

    // The export to bring in, made once here (not measured), then each import into a new vault.
    QList<Run> imports;
    int importedEntries = 0;
    if (importRuns > 0) {
        Vault source(paths);
        if (Result<UnlockReport> opened = source.unlock(SecureBuffer::fromString(kPin)); !opened) {
            return fail(QStringLiteral("unlock"), opened.error().message);
        }
        Progress quiet;
        if (Status s = exchange::writeJsonExport(source.database(), SystemClock::instance(), false,
                dir.filePath(QStringLiteral("import-source.json")), false, quiet);
            !s) {
            return fail(QStringLiteral("export to import"), s.error().message);
        }
        source.lock();
    }
    for (int i = 0; i < importRuns; ++i) {
        const VaultPaths target{dir.filePath(QStringLiteral("import-%1").arg(i))};
        {
            Vault fresh(target);
            if (Result<CreatedVault> created
                = fresh.create(SecureBuffer::fromString(kPin), SecretKind::Pin, KdfParams::interactive());
                !created) {
                return fail(QStringLiteral("new vault"), created.error().message);
            }
        }
        const std::optional<ChildFigures> figures = childFigures(QStringLiteral("import"), target.dir, 1);
        if (!figures) {
            return 1;
        }
        imports.append(figures->run);
        importedEntries = static_cast<int>(figures->extra.at(0));
        QDir(target.dir).removeRecursively();
    }

    out() << Qt::endl
          << "| task | runs | median ms | peak over idle, median MiB | largest peak over idle MiB | target MiB | "
             "/target | file MiB |"
          << Qt::endl
          << "| --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
    printRuns(QStringLiteral("export JSON (writeJsonExport)"), exports);
    printRuns(QStringLiteral("encrypted backup (export + file, the key apart)"), backups);
    if (!imports.isEmpty()) {
        printRuns(QStringLiteral("the export brought into a new vault (importJson, %1 entries)").arg(importedEntries),
            imports);
    }
    out() << "| the backup passphrase's key (Argon2id, the app's 256 MiB), apart | " << runs << " | "
          << QString::number(median(keyMs), 'f', 0) << " | " << QString::number(median(keyPeak), 'f', 1) << " | "
          << QString::number(*std::max_element(keyPeak.cbegin(), keyPeak.cend()), 'f', 1) << " | – | – | – |"
          << Qt::endl;
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    return 0;
}

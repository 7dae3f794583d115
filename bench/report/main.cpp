// bench_report: the therapist summary PDF for one year of a 10-year vault (DESIGN.md section 8).
//
// Makes a vault in a temporary folder and fills it with `tideline-cli demo`'s generator
// (3,650 days, ~31,000 check-in values, 10,000 journal entries of ~300 words, routines,
// moments), then measures a one-year summary with every section, an agenda and 20 ticked
// entries spread over the year:
//   - collect: collectSummary (the reads; the app runs them on its worker's own connection);
//   - write: writeSummaryPdf (lay out, paint every page, compress, write atomically);
//   - collect + write: what a person waits for (target ≤ 500 ms);
//   - preview: renderSummaryPages at 600 px wide, what the Share page shows.
// Prints median, p95 and min beside the target. Build in Release:
//   cmake --preset release && cmake --build build/release -j2 --target bench_report
//   build/release/bench/bench_report [--years N] [--runs N]
#include "core/demo/DemoGenerator.h"
#include "core/journal/JournalRepository.h"
#include "core/report/Summary.h"
#include "core/storage/Database.h"
#include "core/vault/Vault.h"

#include "common/BenchTable.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace tideline;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN

int fail(const QString& what, const Error& error)
{
    QTextStream(stderr) << what << ": " << error.message << Qt::endl;
    return 1;
}

// About 20 entries spread over the year, as a person might tick them one by one.
Result<QList<qint64>> tickedEntries(Database& db, const insights::DayRange& year)
{
    journal::JournalRepository journal(db, SystemClock::instance());
    QList<qint64> ids;
    for (int month = 0; month < 12 && ids.size() < 20; ++month) {
        const QDate from = year.from.addMonths(month);
        auto page = journal.listPage(std::nullopt, 2, from, std::min(from.addDays(27), year.to));
        if (!page) {
            return page.error();
        }
        for (const auto& row : page.value()) {
            if (!row.isDraft && ids.size() < 20) {
                ids.append(row.id);
            }
        }
    }
    return ids;
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // fonts need a QGuiApplication; no window is shown
    QGuiApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption yearsOption(
        QStringLiteral("years"), QStringLiteral("years of demo history"), QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("timed runs per figure"), QStringLiteral("N"), QStringLiteral("30"));
    parser.addOption(yearsOption);
    parser.addOption(runsOption);
    parser.process(application);
    const int years = std::clamp(parser.value(yearsOption).toInt(), 1, 20);
    const int runs = std::max(5, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    out() << "load average (1 min) before: " << loadAverage() << Qt::endl;
    Vault vault(paths);
    auto created = vault.create(SecureBuffer::fromString(kPin), SecretKind::Pin, KdfParams::interactive());
    if (!created) {
        return fail(QStringLiteral("create vault"), created.error());
    }
    QElapsedTimer seeding;
    seeding.start();
    auto demo = demo::fillDemoVault(vault.database(), demo::DemoOptions{years, 1, 1000, 300}, SystemClock::instance());
    if (!demo) {
        return fail(QStringLiteral("demo"), demo.error());
    }
    out() << "demo vault: " << demo.value().days << " days, " << demo.value().values << " values, "
          << demo.value().entries << " entries, " << demo.value().moments << " moments, made in " << seeding.elapsed()
          << " ms" << Qt::endl;

    const QDate today = QDate::currentDate();
    report::SummaryRequest request;
    request.period = insights::DayRange{today.addYears(-1).addDays(1), today};
    request.name = QStringLiteral("A. Person");
    request.moments = true;
    request.agenda = QStringLiteral("Sleep, and the weeks after the move.\nWhat helps on the hard evenings.");
    auto ticked = tickedEntries(vault.database(), request.period);
    if (!ticked) {
        return fail(QStringLiteral("entries"), ticked.error());
    }
    request.entryIds = ticked.value();
    const QString path = dir.filePath(QStringLiteral("summary.pdf"));

    QList<double> collecting;
    QList<double> writing;
    QList<double> both;
    QList<double> previews;
    int pages = 0;
    qint64 bytes = 0;
    for (int i = 0; i < runs + 1; ++i) { // the first run warms the caches and is not counted
        Result<report::SummaryDataPtr> data = Error::make(ErrorCode::Internal, QString());
        const double c = timeMs([&] { data = report::collectSummary(vault.database(), request); });
        if (!data) {
            return fail(QStringLiteral("collect"), data.error());
        }
        Status written;
        const double w = timeMs([&] { written = report::writeSummaryPdf(*data.value(), path, true); });
        if (!written) {
            return fail(QStringLiteral("write"), written.error());
        }
        Result<QList<QImage>> images = QList<QImage>{};
        const double p = timeMs([&] { images = report::renderSummaryPages(*data.value(), 600); });
        if (!images) {
            return fail(QStringLiteral("preview"), images.error());
        }
        pages = static_cast<int>(images.value().size());
        bytes = QFile(path).size();
        if (i > 0) {
            collecting.append(c);
            writing.append(w);
            both.append(c + w);
            previews.append(p);
        }
    }
    out() << "summary: one year, every section, " << request.entryIds.size() << " entries, " << pages << " pages, PDF "
          << bytes / 1024 << " KiB" << Qt::endl
          << Qt::endl
          << "| figure | runs | median ms | p95 ms | min ms | floor ms | target ms | /floor | /target |" << Qt::endl
          << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
    printRow(QStringLiteral("collect (reads)"), collecting, std::nullopt);
    printRow(QStringLiteral("write (lay out, paint, compress, write atomically)"), writing, std::nullopt);
    printRow(QStringLiteral("therapist PDF for one year: collect + write"), both, Reference{0, 500});
    printRow(QStringLiteral("preview: every page as a 600 px image"), previews, std::nullopt);
    vault.lock();
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    return 0;
}

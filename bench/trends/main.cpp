// bench_trends: the Trends and Review pages' data on a 10-year vault (DESIGN.md section 8).
//
// Makes a vault in a temporary folder and fills it with `tideline-cli demo`'s generator
// (3,650 days, ~31,000 check-in values, 10,000 journal entries, routines, moments), then
// measures:
//   - a 10-year weekly series ready for the chart (core: SeriesRepository + buckets), warm, and
//     cold (the first read after the vault was opened, SQLCipher's page cache empty);
//   - every chart's data through the models the pages use: the Trends page's four models
//     (TrendChartModel, TrendCalendarModel, AdherenceModel, RelationshipModel) for each range (the
//     series and its rolling mean, routine adherence, relationships with every other metric),
//     for a change of metric (all that and the calendar year), for a change of calendar year,
//     and ReviewModel for each period.
// Prints median, p95 and min beside the floor and target. Build in Release:
//   cmake --preset release && cmake --build build/release -j2 --target bench_trends
//   build/release/bench/bench_trends [--years N] [--runs N]
#include "app/lock/SecretEntry.h"
#include "app/lock/Session.h"
#include "app/trends/AdherenceModel.h"
#include "app/trends/RelationshipModel.h"
#include "app/trends/ReviewModel.h"
#include "app/trends/TrendCalendarModel.h"
#include "app/trends/TrendChartModel.h"
#include "core/checkin/MetricRepository.h"
#include "core/demo/DemoGenerator.h"
#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"
#include "core/storage/Database.h"
#include "core/vault/Vault.h"

#include "common/BenchTable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <cmath>
#include <functional>
#include <optional>

using namespace tideline;
using namespace tideline::bench;

namespace {

const char* const kPin = "246813"; // a throwaway vault's PIN

int fail(const QString& what, const Error& error)
{
    QTextStream(stderr) << what << ": " << error.message << Qt::endl;
    return 1;
}

// The span the demo covers, ending today.
insights::DayRange tenYears(int years)
{
    const QDate today = QDate::currentDate();
    return insights::DayRange{today.addDays(-(years * 365) + 1), today};
}

void benchWeeklySeries(Database& db, qint64 moodId, const insights::DayRange& range, int runs)
{
    insights::SeriesRepository series(db);
    QList<double> samples;
    int buckets = 0;
    for (int i = 0; i < runs; ++i) {
        samples.append(timeMs([&] {
            auto result = insights::readBuckets(series, moodId, range, insights::Bucket::Week);
            buckets = result ? static_cast<int>(result.value().size()) : -1;
        }));
    }
    printRow(QStringLiteral("10-year weekly series (%1 weeks), warm, core").arg(buckets), samples, Reference{1.1, 10});
}

bool benchColdWeeklySeries(Vault& vault, qint64 moodId, const insights::DayRange& range, int runs)
{
    QList<double> samples;
    for (int i = 0; i < runs; ++i) {
        vault.lock();
        if (auto opened = vault.unlock(SecureBuffer::fromString(kPin)); !opened) {
            fail(QStringLiteral("unlock"), opened.error());
            return false;
        }
        insights::SeriesRepository series(vault.database());
        samples.append(timeMs([&] { (void)insights::readBuckets(series, moodId, range, insights::Bucket::Week); }));
    }
    printRow(
        QStringLiteral("10-year weekly series, cold (first read after unlock), core"), samples, Reference{1.7, 10});
    return true;
}

// The Trends page's four models, wired as TrendsPage.qml wires them: the chart owns the choice
// of metric and range, the calendar, routines and relationships follow it.
struct TrendsPage
{
    app::TrendChartModel chart;
    app::TrendCalendarModel calendar;
    app::AdherenceModel adherence;
    app::RelationshipModel relationships;

    explicit TrendsPage(app::VaultAccess* vault) : chart(vault), calendar(vault), adherence(vault), relationships(vault)
    {
        calendar.setMetricKey(chart.metricKey());
        relationships.setMetricKey(chart.metricKey());
    }
    void setRangeDays(int days)
    {
        chart.setRangeDays(days);
        adherence.setRangeDays(days);
        relationships.setRangeDays(days);
    }
    void setMetricKey(const QString& key)
    {
        chart.setMetricKey(key);
        calendar.setMetricKey(key);
        relationships.setMetricKey(key);
    }
};

bool benchModels(const VaultPaths& paths, int runs)
{
    app::Session session(paths, KdfParams::interactive());
    app::Session::setQmlInstance(&session);
    session.start();
    app::SecretEntry pin;
    pin.appendText(QString::fromLatin1(kPin));
    session.unlock(&pin);
    QDeadlineTimer deadline(30000);
    while (session.state() != app::Session::State::Unlocked && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(1);
    }
    if (session.state() != app::Session::State::Unlocked) {
        QTextStream(stderr) << "the session did not unlock: " << session.lastError() << Qt::endl;
        return false;
    }
    QList<double> opening;
    app::VaultAccess* vault = &session.vaultAccess();
    opening.append(timeMs([vault] { TrendsPage first(vault); }));
    for (int i = 0; i < runs; ++i) {
        opening.append(timeMs([vault] { TrendsPage page(vault); }));
    }
    printRow(QStringLiteral("Trends page opened: every chart's data (30 days, calendar, routines, relationships)"),
        opening, Reference{0, 30});

    TrendsPage model(vault);
    QList<double> all;
    for (int days : {7, 30, 90, 365, 0}) {
        QList<double> samples;
        for (int i = 0; i < runs; ++i) {
            model.setRangeDays(days == 7 ? 30 : 7); // away and back, so each run recomputes
            samples.append(timeMs([&] { model.setRangeDays(days); }));
        }
        all += samples;
        printRow(QStringLiteral("range %1: series, rolling mean, routines, relationships (%2 days, %3 runs drawn)")
                     .arg(days == 0 ? QStringLiteral("all") : QString::number(days))
                     .arg(model.chart.totalDays())
                     .arg(model.chart.valueRuns().size()),
            samples, Reference{0, 30});
    }
    printRow(QStringLiteral("range switch, every range"), all, Reference{0, 30});

    model.setRangeDays(365);
    QList<double> metricSwitch;
    for (int i = 0; i < runs; ++i) {
        const QString key = i % 2 == 0 ? QStringLiteral("sleep_hours") : QStringLiteral("mood");
        metricSwitch.append(timeMs([&] { model.setMetricKey(key); }));
    }
    printRow(QStringLiteral("metric switch, year range: everything plus the calendar"), metricSwitch, Reference{0, 30});

    QList<double> yearSwitch;
    const int thisYear = model.calendar.lastYear();
    for (int i = 0; i < runs; ++i) {
        yearSwitch.append(timeMs([&] { model.calendar.setYear(i % 2 == 0 ? thisYear - 1 : thisYear); }));
    }
    printRow(QStringLiteral("calendar year switch"), yearSwitch, Reference{0, 30});

    app::ReviewModel review(vault);
    for (const QString& period : {QStringLiteral("month"), QStringLiteral("lastMonth"), QStringLiteral("days30")}) {
        QList<double> samples;
        for (int i = 0; i < runs; ++i) {
            samples.append(timeMs([&] {
                review.setPeriod(period);
                review.reload();
            }));
        }
        printRow(QStringLiteral("review: %1 (every metric and routine, two periods)").arg(period), samples,
            Reference{0, 30});
    }
    session.lock();
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("tideline.*.info=false\ntideline.*.debug=false"));
    QCommandLineParser parser;
    parser.addHelpOption();
    QCommandLineOption yearsOption(
        QStringLiteral("years"), QStringLiteral("years of demo history"), QStringLiteral("N"), QStringLiteral("10"));
    QCommandLineOption runsOption(
        QStringLiteral("runs"), QStringLiteral("timed runs per figure"), QStringLiteral("N"), QStringLiteral("50"));
    parser.addOption(yearsOption);
    parser.addOption(runsOption);
    parser.process(application);
    const int years = std::clamp(parser.value(yearsOption).toInt(), 1, 20);
    const int runs = std::max(5, parser.value(runsOption).toInt());

    QTemporaryDir dir;
    const VaultPaths paths{dir.path()};
    out() << "load average (1 min) before: " << loadAverage() << Qt::endl;
    {
        Vault vault(paths);
        auto created = vault.create(SecureBuffer::fromString(kPin), SecretKind::Pin, KdfParams::interactive());
        if (!created) {
            return fail(QStringLiteral("create vault"), created.error());
        }
        QElapsedTimer seeding;
        seeding.start();
        auto demo
            = demo::fillDemoVault(vault.database(), demo::DemoOptions{years, 1, 1000, 300}, SystemClock::instance());
        if (!demo) {
            return fail(QStringLiteral("demo"), demo.error());
        }
        out() << "demo vault: " << demo.value().days << " days, " << demo.value().checkins << " check-ins, "
              << demo.value().values << " values, " << demo.value().entries << " entries, " << demo.value().routineDone
              << " routine ticks, made in " << seeding.elapsed() << " ms; database "
              << QFile(paths.database()).size() / (1024 * 1024) << " MiB" << Qt::endl;
        auto mood = MetricRepository(vault.database()).byKey(QStringLiteral("mood"));
        if (!mood) {
            return fail(QStringLiteral("mood"), mood.error());
        }
        out() << Qt::endl
              << "| figure | runs | median ms | p95 ms | min ms | floor ms | target ms | /floor | /target |" << Qt::endl
              << "| --- | --- | --- | --- | --- | --- | --- | --- | --- |" << Qt::endl;
        benchWeeklySeries(vault.database(), mood.value().id, tenYears(years), runs);
        if (!benchColdWeeklySeries(vault, mood.value().id, tenYears(years), std::min(runs, 15))) {
            return 1;
        }
        vault.lock();
    }
    if (!benchModels(paths, runs)) {
        return 1;
    }
    out() << Qt::endl << "load average (1 min) after: " << loadAverage() << Qt::endl;
    return 0;
}

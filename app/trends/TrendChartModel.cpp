#include "app/trends/TrendChartModel.h"

#include "app/VaultAccess.h"
#include "app/trends/TrendWords.h"

#include "core/common/Day.h"
#include "core/insights/ChartTicks.h"
#include "core/insights/PeriodReview.h"
#include "core/insights/SeriesRepository.h"

#include <QLocale>
#include <QPointF>

#include <algorithm>
#include <cmath>

namespace tideline::app {

using namespace insights;

namespace {

QVariantList pointRuns(const DailySlots& cells, const QList<QDate>& dayOf)
{
    QVariantList result;
    for (const Run& run : runs(cells)) {
        QVariantList points;
        points.reserve(run.length);
        for (int i = run.first; i < run.first + run.length; ++i) {
            points.append(QPointF(static_cast<double>(dayPosition(dayOf[i])), *cells[i]));
        }
        result.append(QVariant(points));
    }
    return result;
}

} // namespace

TrendChartModel::TrendChartModel(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    attachVault(vault);
}

void TrendChartModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &TrendChartModel::drop);
    connect(vault(), &VaultAccess::opened, this, &TrendChartModel::reload);
    reload();
}

QString TrendChartModel::bucket() const
{
    return TrendWords::bucketKey(m_chart.bucket);
}

double TrendChartModel::axisFrom() const
{
    const QDate first = m_chart.range.isValid() ? m_chart.range.from : today();
    return static_cast<double>(dayStart(first));
}

double TrendChartModel::axisTo() const
{
    const QDate last = m_chart.range.isValid() ? m_chart.range.to : today();
    return static_cast<double>(dayStart(last.addDays(1)));
}

QString TrendChartModel::valueAxisTitle() const
{
    return TrendWords::valueAxisTitle(m_metric, m_chart.bucket);
}

QString TrendChartModel::pointsLabel() const
{
    return TrendWords::pointsLabel(m_chart.bucket);
}

QString TrendChartModel::rollingLabel() const
{
    return TrendWords::rollingLabel(m_chart.bucket);
}

void TrendChartModel::setMetricKey(const QString& key)
{
    if (key == m_metric.key) {
        return;
    }
    for (const Metric& m : std::as_const(m_shownMetrics)) {
        if (m.key == key) {
            m_metric = m;
            loadSeries();
            return;
        }
    }
    setError(tr("That measure is not available for trends."));
}

void TrendChartModel::setRangeDays(int days)
{
    if (!TrendWords::isRangeChoice(days)) {
        setError(tr("Choose 7, 30, 90 or 365 days, or everything."));
        return;
    }
    if (days == m_rangeDays) {
        return;
    }
    m_rangeDays = days;
    loadSeries();
}

void TrendChartModel::setTickRoom(int room)
{
    room = std::clamp(room, 2, 24);
    if (room == m_tickRoom) {
        return;
    }
    m_tickRoom = room;
    loadTicks();
}

QString TrendChartModel::tickLabelSample() const
{
    return TrendWords::tickLabel(QDate(2026, 9, 28), m_chart.range);
}

QString TrendChartModel::describeNearest(double x) const
{
    int nearest = -1;
    double distance = 0;
    for (int i = 0; i < m_chart.values.size(); ++i) {
        if (!m_chart.values.at(i)) {
            continue;
        }
        const double d = std::abs(static_cast<double>(dayPosition(m_chart.pointDays.at(i))) - x);
        if (nearest < 0 || d < distance) {
            nearest = i;
            distance = d;
        }
    }
    if (nearest < 0) {
        return {};
    }
    return TrendWords::pointWords(m_chart.pointDays.at(nearest), *m_chart.values.at(nearest), m_chart.bucket);
}

void TrendChartModel::reload()
{
    loadMetrics();
    loadSeries();
}

void TrendChartModel::setError(const QString& message)
{
    if (m_lastError != message) {
        m_lastError = message;
        emit lastErrorChanged();
    }
}

void TrendChartModel::drop()
{
    m_shownMetrics.clear();
    m_metricList.clear();
    m_metric = Metric{};
    m_chart = TrendChart{};
    m_valueRuns.clear();
    m_rollingRuns.clear();
    m_chartSummary.clear();
    m_ticks.clear();
    m_lastError.clear();
    emit metricsChanged();
    emit seriesChanged();
    emit ticksChanged();
    emit lastErrorChanged();
}

void TrendChartModel::loadMetrics()
{
    auto series = service<SeriesRepository>();
    if (!series) {
        drop();
        return;
    }
    Result<QList<Metric>> shown = series->trendMetrics();
    if (!shown) {
        setError(shown.error().message);
        return;
    }
    m_shownMetrics = shown.value();
    m_metricList.clear();
    for (const Metric& m : std::as_const(m_shownMetrics)) {
        m_metricList.append(QVariantMap{{QStringLiteral("key"), m.key}, {QStringLiteral("label"), m.label}});
    }
    m_metric = TrendWords::keptOrFirstChoice(m_shownMetrics, m_metric.key);
    emit metricsChanged();
}

void TrendChartModel::loadSeries()
{
    auto opened = service<SeriesRepository>();
    if (!opened || m_metric.id == 0) {
        return;
    }
    SeriesRepository& series = *opened;
    Result<DayRange> range = trendRange(series, today(), m_rangeDays);
    Result<TrendChart> chart = range ? readTrendChart(series, m_metric.id, range.value()) : range.error();
    if (!chart) {
        setError(chart.error().message);
        return;
    }
    m_chart = chart.value();
    m_valueRuns = pointRuns(m_chart.values, m_chart.pointDays);
    m_rollingRuns = pointRuns(m_chart.rolling, m_chart.pointDays);

    m_valueMin = m_metric.minValue;
    m_valueMax = m_metric.maxValue;
    if (m_metric.kind == MetricKind::Count) {
        // A 0–50 axis would flatten every day: fit the axis to what is drawn (daily counts or
        // bucket means), with a little room above.
        double drawnMax = 0;
        for (const auto& v : std::as_const(m_chart.values)) {
            drawnMax = v ? std::max(drawnMax, *v) : drawnMax;
        }
        m_valueMax = std::max(1.0, std::ceil(drawnMax * 1.25));
    }
    m_chartSummary = TrendWords::chartSummary(m_metric, m_rangeDays, m_chart);
    emit seriesChanged();
    loadTicks();
}

void TrendChartModel::loadTicks()
{
    m_ticks.clear();
    for (const QDate& day : chartTicks(m_chart.range, m_tickRoom).days) {
        m_ticks.append(QVariantMap{{QStringLiteral("x"), static_cast<double>(dayPosition(day))},
            {QStringLiteral("label"), TrendWords::tickLabel(day, m_chart.range)}});
    }
    emit ticksChanged();
}

} // namespace tideline::app

#pragma once

#include "app/VaultClient.h"
#include "core/checkin/Metric.h"
#include "core/insights/Trend.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::app {

// The Trends page's chart of one metric over a chosen range: the series as runs of consecutive
// points (so gaps are drawn as gaps) with its rolling average, the date axis's ticks (on whole
// days, today last: core/insights/ChartTicks), and a summary in words that a screen reader
// reads. Owns the page's choice of metric and range; the calendar, routine and relationship
// models follow it. Not final: QML creates it through a subclass of its own (Qt 6.4).
class TrendChartModel : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(TrendChartModel)

    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY metricsChanged) // [{key, label}]
    Q_PROPERTY(QString metricKey READ metricKey WRITE setMetricKey NOTIFY seriesChanged)
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY seriesChanged) // 7, 30, 90, 365; 0 = all
    Q_PROPERTY(QString metricLabel READ metricLabel NOTIFY seriesChanged)
    Q_PROPERTY(QString bucket READ bucket NOTIFY seriesChanged) // "day", "week" or "month"
    Q_PROPERTY(QVariantList valueRuns READ valueRuns NOTIFY seriesChanged) // [[QPointF…]…], x: ms since epoch
    Q_PROPERTY(QVariantList rollingRuns READ rollingRuns NOTIFY seriesChanged)
    Q_PROPERTY(double axisFrom READ axisFrom NOTIFY seriesChanged) // ms since epoch: the first day's start
    Q_PROPERTY(double axisTo READ axisTo NOTIFY seriesChanged) // the end of today
    Q_PROPERTY(double valueMin READ valueMin NOTIFY seriesChanged)
    Q_PROPERTY(double valueMax READ valueMax NOTIFY seriesChanged)
    Q_PROPERTY(QString valueAxisTitle READ valueAxisTitle NOTIFY seriesChanged)
    Q_PROPERTY(QString pointsLabel READ pointsLabel NOTIFY seriesChanged) // "each day", "weekly average"…
    Q_PROPERTY(QString rollingLabel READ rollingLabel NOTIFY seriesChanged) // "7-day average"…
    Q_PROPERTY(int recordedDays READ recordedDays NOTIFY seriesChanged)
    Q_PROPERTY(int totalDays READ totalDays NOTIFY seriesChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY seriesChanged)
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY seriesChanged)
    // How many date labels fit across the chart (the view says, from its width).
    Q_PROPERTY(int tickRoom READ tickRoom WRITE setTickRoom NOTIFY ticksChanged)
    // [{x: ms since epoch at the day's noon, label: "3 Mar"}], oldest first; the last is today.
    Q_PROPERTY(QVariantList ticks READ ticks NOTIFY ticksChanged)
    // The widest label the axis may show, for the view to measure.
    Q_PROPERTY(QString tickLabelSample READ tickLabelSample NOTIFY seriesChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit TrendChartModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QVariantList metrics() const { return m_metricList; }
    QString metricKey() const { return m_metric.key; }
    void setMetricKey(const QString& key);
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    QString metricLabel() const { return m_metric.label; }
    QString bucket() const;
    QVariantList valueRuns() const { return m_valueRuns; }
    QVariantList rollingRuns() const { return m_rollingRuns; }
    double axisFrom() const;
    double axisTo() const;
    double valueMin() const { return m_valueMin; }
    double valueMax() const { return m_valueMax; }
    QString valueAxisTitle() const;
    QString pointsLabel() const;
    QString rollingLabel() const;
    int recordedDays() const { return m_chart.recordedDays; }
    int totalDays() const { return m_chart.range.days(); }
    bool hasData() const { return m_chart.recordedDays > 0; }
    QString chartSummary() const { return m_chartSummary; }
    int tickRoom() const { return m_tickRoom; }
    void setTickRoom(int room);
    QVariantList ticks() const { return m_ticks; }
    QString tickLabelSample() const;
    QString lastError() const { return m_lastError; }

    // The point drawn nearest to x (ms since epoch), in words: "Tuesday 3 March 2026: 6", or
    // "The week around 3 March 2026: 5.5 on average". Empty when nothing is drawn.
    Q_INVOKABLE QString describeNearest(double x) const;
    Q_INVOKABLE void reload();

signals:
    void metricsChanged();
    void seriesChanged();
    void ticksChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    void loadMetrics();
    void loadSeries();
    void loadTicks();
    void setError(const QString& message);
    void drop();

    QList<Metric> m_shownMetrics;
    QVariantList m_metricList;
    Metric m_metric;
    int m_rangeDays = 30;
    insights::TrendChart m_chart;
    QVariantList m_valueRuns;
    QVariantList m_rollingRuns;
    double m_valueMin = 0;
    double m_valueMax = 10;
    QString m_chartSummary;
    int m_tickRoom = 6;
    QVariantList m_ticks;
    QString m_lastError;
};

} // namespace tideline::app

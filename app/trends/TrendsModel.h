#pragma once

#include "app/VaultClient.h"
#include "core/checkin/Metric.h"
#include "core/insights/Insights.h"

#include <QDateTime>
#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace tideline::insights {
class SeriesRepository;
}

namespace tideline::app {

// Everything the Trends page shows for one metric and one range: the series as runs of
// consecutive days (so gaps are drawn as gaps) with its 7-day rolling mean, the calendar
// heat-map of a year, routine adherence and the relationships with the other metrics, each
// with a plain summary a screen reader reads. The lists are small and bounded (at most a
// year of cells, one row per routine or metric), derived figures rather than vault rows.
// Not final: QML creates it through a subclass of its own (Qt 6.4).
class TrendsModel : public QObject, public VaultClient
{
    Q_OBJECT
    Q_INTERFACES(QQmlParserStatus)
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(TrendsModel)

    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY metricsChanged) // [{key, label}]
    Q_PROPERTY(QString metricKey READ metricKey WRITE setMetricKey NOTIFY seriesChanged)
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY seriesChanged) // 7, 30, 90, 365; 0 = all
    Q_PROPERTY(QString metricLabel READ metricLabel NOTIFY seriesChanged)
    Q_PROPERTY(QString bucket READ bucket NOTIFY seriesChanged) // "day" or "week"
    Q_PROPERTY(QVariantList valueRuns READ valueRuns NOTIFY seriesChanged) // [[QPointF…]…]
    Q_PROPERTY(QVariantList rollingRuns READ rollingRuns NOTIFY seriesChanged)
    Q_PROPERTY(QDateTime axisFrom READ axisFrom NOTIFY seriesChanged)
    Q_PROPERTY(QDateTime axisTo READ axisTo NOTIFY seriesChanged)
    Q_PROPERTY(double valueMin READ valueMin NOTIFY seriesChanged)
    Q_PROPERTY(double valueMax READ valueMax NOTIFY seriesChanged)
    Q_PROPERTY(QString valueAxisTitle READ valueAxisTitle NOTIFY seriesChanged)
    Q_PROPERTY(int recordedDays READ recordedDays NOTIFY seriesChanged)
    Q_PROPERTY(int totalDays READ totalDays NOTIFY seriesChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY seriesChanged)
    Q_PROPERTY(QString chartSummary READ chartSummary NOTIFY seriesChanged)

    Q_PROPERTY(int calendarYear READ calendarYear WRITE setCalendarYear NOTIFY calendarChanged)
    Q_PROPERTY(int firstYear READ firstYear NOTIFY calendarChanged)
    Q_PROPERTY(int lastYear READ lastYear NOTIFY calendarChanged)
    // [{day: "2026-01-01", value: 6 or undefined, level: -1 (nothing recorded) or 0–4, row, column}]
    Q_PROPERTY(QVariantList calendarCells READ calendarCells NOTIFY calendarChanged)
    Q_PROPERTY(QString calendarSummary READ calendarSummary NOTIFY calendarChanged)

    // [{label, done, days, sentence, weeks: [0–1 per week, the last 13 weeks of the range]}]
    Q_PROPERTY(QVariantList adherence READ adherence NOTIFY seriesChanged)
    // [{sentence, n, enough, rho}]
    Q_PROPERTY(QVariantList relationships READ relationships NOTIFY seriesChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    explicit TrendsModel(VaultAccess* vault = nullptr, QObject* parent = nullptr);

    QVariantList metrics() const { return m_metricList; }
    QString metricKey() const { return m_metric.key; }
    void setMetricKey(const QString& key);
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);
    QString metricLabel() const { return m_metric.label; }
    QString bucket() const;
    QVariantList valueRuns() const { return m_valueRuns; }
    QVariantList rollingRuns() const { return m_rollingRuns; }
    QDateTime axisFrom() const;
    QDateTime axisTo() const;
    double valueMin() const { return m_valueMin; }
    double valueMax() const { return m_valueMax; }
    QString valueAxisTitle() const;
    int recordedDays() const { return m_recordedDays; }
    int totalDays() const { return m_range.days(); }
    bool hasData() const { return m_recordedDays > 0; }
    QString chartSummary() const { return m_chartSummary; }

    int calendarYear() const { return m_calendarYear; }
    void setCalendarYear(int year);
    int firstYear() const { return m_firstYear; }
    int lastYear() const { return m_lastYear; }
    QVariantList calendarCells() const { return m_calendarCells; }
    QString calendarSummary() const { return m_calendarSummary; }

    QVariantList adherence() const { return m_adherence; }
    QVariantList relationships() const { return m_relationships; }
    QString lastError() const { return m_lastError; }

    // The caution shown with every relationship.
    Q_INVOKABLE static QString relationshipCaution();
    Q_INVOKABLE void reload();

signals:
    void metricsChanged();
    void seriesChanged();
    void calendarChanged();
    void lastErrorChanged();

private:
    void vaultAttached() override;
    void loadMetrics();
    void loadSeries();
    void loadCalendar();
    void loadAdherence(insights::SeriesRepository& series);
    void loadRelationships(insights::SeriesRepository& series);
    void setError(const QString& message);
    void drop();

    QList<Metric> m_shownMetrics;
    QVariantList m_metricList;
    Metric m_metric;
    int m_rangeDays = 30;
    insights::DayRange m_range;
    insights::Bucket m_bucket = insights::Bucket::Day;
    QVariantList m_valueRuns;
    QVariantList m_rollingRuns;
    double m_valueMin = 0;
    double m_valueMax = 10;
    int m_recordedDays = 0;
    QString m_chartSummary;
    int m_calendarYear = 0;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QVariantList m_calendarCells;
    QString m_calendarSummary;
    QVariantList m_adherence;
    QVariantList m_relationships;
    QString m_lastError;
};

} // namespace tideline::app

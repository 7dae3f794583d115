#pragma once

#include "app/trends/TrendListModel.h"

#include "core/checkin/Metric.h"
#include "core/insights/Series.h"

#include <QList>
#include <QString>

namespace tideline::insights {
class SeriesRepository;
}

namespace tideline::app {

// A Trends list read for one chosen measure over one chosen range (the relationships, "what
// seems to help"): the two choices as QML properties, and a fresh read whenever either changes.
// reload() does what both share (the measures shown, the range, the chosen measure still there);
// a subclass reads its rows for them.
class MeasureRangeModel : public TrendListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MeasureRangeModel)
    Q_PROPERTY(QString metricKey READ metricKey WRITE setMetricKey NOTIFY choiceChanged)
    Q_PROPERTY(int rangeDays READ rangeDays WRITE setRangeDays NOTIFY choiceChanged) // 7, 30, 90, 365; 0 = all

public:
    using TrendListModel::TrendListModel;

    QString metricKey() const { return m_metricKey; }
    void setMetricKey(const QString& key);
    int rangeDays() const { return m_rangeDays; }
    void setRangeDays(int days);

    Q_INVOKABLE void reload();

signals:
    void choiceChanged();

protected:
    // No rows: locked, nothing chosen, or the chosen measure is no longer shown.
    virtual void clearRows() = 0;
    // This list's rows for the chosen measure over the range; calls setError on failure.
    virtual void readRows(insights::SeriesRepository& series, const Metric& metric, const QList<Metric>& shown,
        const insights::DayRange& range)
        = 0;

private:
    // Reads when the vault opens and clears when it closes.
    void vaultAttached() override;
    QString m_metricKey;
    int m_rangeDays = 30;
};

} // namespace tideline::app

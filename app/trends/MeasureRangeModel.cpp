#include "app/trends/MeasureRangeModel.h"

#include "app/VaultAccess.h"
#include "app/trends/TrendWords.h"

#include "core/insights/SeriesRepository.h"
#include "core/insights/Trend.h"

namespace tideline::app {

void MeasureRangeModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] { clearRows(); });
    connect(vault(), &VaultAccess::opened, this, &MeasureRangeModel::reload);
    reload();
}

void MeasureRangeModel::setMetricKey(const QString& key)
{
    if (key == m_metricKey) {
        return;
    }
    m_metricKey = key;
    emit choiceChanged();
    reload();
}

void MeasureRangeModel::setRangeDays(int days)
{
    if (!TrendWords::isRangeChoice(days) || days == m_rangeDays) {
        return;
    }
    m_rangeDays = days;
    emit choiceChanged();
    reload();
}

void MeasureRangeModel::reload()
{
    auto opened = service<insights::SeriesRepository>();
    if (!opened || m_metricKey.isEmpty()) {
        clearRows();
        return;
    }
    insights::SeriesRepository& series = *opened;
    Result<QList<Metric>> shown = series.trendMetrics();
    Result<insights::DayRange> range = insights::trendRange(series, today(), m_rangeDays);
    if (!shown || !range) {
        setError(!shown ? shown.error().message : range.error().message);
        return;
    }
    const Metric metric = TrendWords::keptOrFirstChoice(shown.value(), m_metricKey);
    if (metric.key != m_metricKey) {
        clearRows();
        return;
    }
    readRows(series, metric, shown.value(), range.value());
}

} // namespace tideline::app

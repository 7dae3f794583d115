#include "app/trends/TrendCalendarModel.h"

#include "app/VaultAccess.h"
#include "app/trends/TrendWords.h"

#include "core/common/Day.h"
#include "core/insights/PeriodReview.h"
#include "core/insights/SeriesRepository.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

namespace tideline::app {

using namespace insights;

TrendCalendarModel::TrendCalendarModel(VaultAccess* vault, QObject* parent) : TrendListModel(parent)
{
    attachVault(vault);
}

void TrendCalendarModel::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, &TrendCalendarModel::drop);
    connect(vault(), &VaultAccess::opened, this, &TrendCalendarModel::reload);
    reload();
}

int TrendCalendarModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_cells.size());
}

QVariant TrendCalendarModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const Cell& cell = m_cells.at(index.row());
    switch (role) {
    case DayRole:
        return Day::toText(cell.day);
    case ValueRole:
        return cell.value ? QVariant(*cell.value) : QVariant();
    case LevelRole:
        return cell.level;
    case RowRole:
        return cell.row;
    case ColumnRole:
        return cell.column;
    case Qt::DisplayRole:
    case DescriptionRole: {
        const QString day = QLocale().toString(cell.day,
            QCoreApplication::translate("DateFormat", "dddd d MMMM yyyy", "QLocale format of a day with its weekday"));
        return cell.value ? tr("%1: %2").arg(day, formatMean(*cell.value)) : tr("%1: nothing recorded").arg(day);
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> TrendCalendarModel::roleNames() const
{
    return {{DayRole, "day"}, {ValueRole, "value"}, {LevelRole, "level"}, {RowRole, "row"}, {ColumnRole, "column"},
        {DescriptionRole, "description"}};
}

void TrendCalendarModel::setMetricKey(const QString& key)
{
    if (key == m_metricKey) {
        return;
    }
    m_metricKey = key;
    emit metricKeyChanged();
    reload();
}

void TrendCalendarModel::setYear(int year)
{
    if (year == m_year || year < m_firstYear || year > m_lastYear) {
        return;
    }
    m_year = year;
    reload();
}

void TrendCalendarModel::drop()
{
    replaceRows(m_cells, {});
    m_months.clear();
    m_summary.clear();
    setError({});
    emit calendarChanged();
}

void TrendCalendarModel::reload()
{
    auto opened = service<SeriesRepository>();
    if (!opened || m_metricKey.isEmpty()) {
        return;
    }
    SeriesRepository& series = *opened;
    Result<QList<Metric>> shown = series.trendMetrics();
    if (!shown) {
        setError(shown.error().message);
        return;
    }
    const Metric metric = TrendWords::keptOrFirstChoice(shown.value(), m_metricKey);
    if (metric.key != m_metricKey) {
        setError(tr("That measure is not available for trends."));
        return;
    }
    const QDate today = VaultClient::today();
    Result<std::optional<DayRange>> span = series.recordedSpan();
    if (!span) {
        setError(span.error().message);
        return;
    }
    m_lastYear = today.year();
    m_firstYear = span.value() ? std::min(span.value()->from.year(), m_lastYear) : m_lastYear;
    if (m_year < m_firstYear || m_year > m_lastYear) {
        m_year = m_lastYear;
    }
    const DayRange year{QDate(m_year, 1, 1), QDate(m_year, 12, 31)};
    Result<DaySeries> values = series.values(metric.id, year);
    if (!values) {
        setError(values.error().message);
        return;
    }
    const DailySlots daily = calendarYear(values.value(), m_year);
    double top = metric.maxValue;
    if (metric.kind == MetricKind::Count) {
        top = 1;
        for (const DayValue& v : std::as_const(values.value())) {
            top = std::max(top, v.value);
        }
    }
    const double span01 = std::max(top - metric.minValue, 1e-9);
    // Rows follow the locale's week (Sunday first in the US, Monday first in Spain).
    const int firstDay = QLocale().firstDayOfWeek();
    const auto rowOf = [firstDay](const QDate& day) { return (day.dayOfWeek() - firstDay + 7) % 7; };
    const int offset = rowOf(year.from);
    // Days after today have not happened yet: no cell at all, rather than an empty one.
    const int daysSoFar = static_cast<int>(std::min<qint64>(daily.size(), year.from.daysTo(today) + 1));
    QList<Cell> cells;
    m_months.clear();
    int recorded = 0;
    for (int i = 0; i < daysSoFar; ++i) {
        Cell cell{year.from.addDays(i), daily[i], -1, 0, (offset + i) / 7};
        cell.row = rowOf(cell.day);
        if (cell.value) {
            ++recorded;
            const double share = std::clamp((*cell.value - metric.minValue) / span01, 0.0, 1.0);
            cell.level = std::min(4, static_cast<int>(share * 5));
        }
        if (cell.day.day() == 1) {
            m_months.append(QVariantMap{{QStringLiteral("column"), cell.column},
                {QStringLiteral("label"), QLocale().standaloneMonthName(cell.day.month(), QLocale::ShortFormat)}});
        }
        cells.append(cell);
    }
    m_columns = cells.isEmpty() ? 53 : cells.last().column + 1;
    replaceRows(m_cells, std::move(cells));
    QStringList monthMeans;
    for (const BucketStat& m : buckets(values.value(), year, Bucket::Month)) {
        if (m.hasData()) {
            monthMeans.append(tr("%1 %2").arg(QLocale().standaloneMonthName(m.start.month()), formatMean(m.mean)));
        }
    }
    m_summary = recorded == 0 ? tr("%1 in %2: nothing recorded.").arg(metric.label).arg(m_year)
                              : tr("%1 in %2: recorded on %3 of %n days. Monthly averages: %4.", nullptr, daysSoFar)
                                    .arg(metric.label, QString::number(m_year), QString::number(recorded),
                                        monthMeans.join(QStringLiteral(", ")));
    setError({});
    emit calendarChanged();
}

} // namespace tideline::app

#include "core/report/SummaryCharts.h"

#include "core/report/SummaryData.h"
#include "core/report/SummaryWords.h"

#include "core/insights/Insights.h"
#include "core/insights/PeriodReview.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace tideline::report {

namespace {

using namespace insights;

const QColor kLine(0x2f, 0x6f, 0x8f);
const QColor kGrid(0xd8, 0xd8, 0xd8);
const QColor kAxisText(0x55, 0x55, 0x55);

// The vertical scale: the measure's own bounds, except for counts and hours, whose bounds are
// far above what is usually recorded.
std::pair<double, double> verticalRange(const MeasureSummary& m)
{
    const Metric& metric = m.metric;
    switch (metric.kind) {
    case MetricKind::Count:
        return {0.0, std::max(3.0, std::ceil(m.max))};
    case MetricKind::Hours:
        return {0.0, std::max(10.0, std::ceil(m.max))};
    case MetricKind::Boolean:
        return {0.0, 1.0};
    case MetricKind::Scale:
        break;
    }
    const double lo = std::min(metric.minValue, m.min);
    const double hi = std::max(metric.maxValue, m.max);
    return {lo, hi > lo ? hi : lo + 1};
}

// One slot per day, or per week's average for long periods.
DailySlots slotsFor(const MeasureSummary& m, const DayRange& period, bool weekly)
{
    if (!weekly) {
        return dailySlots(m.values, period);
    }
    DailySlots cells;
    for (const BucketStat& b : buckets(m.values, period, Bucket::Week)) {
        cells.append(b.hasData() ? std::optional<double>(b.mean) : std::nullopt);
    }
    return cells;
}

// Faint marks where each year, month or week begins (by the period's length), so a point can
// be placed in time; years and months are named between the first and last day.
void paintTimeMarks(
    QPainter& painter, const DayRange& period, const QRectF& plot, const QRectF& dates, double lineWidth)
{
    enum class Step { Week, Month, Year };
    const Step step = period.days() > 730 ? Step::Year : period.days() > 45 ? Step::Month : Step::Week;
    const auto next = [step](const QDate& day) {
        return step == Step::Year ? day.addYears(1) : step == Step::Month ? day.addMonths(1) : day.addDays(7);
    };
    QDate mark;
    switch (step) {
    case Step::Year:
        mark = QDate(period.from.year() + 1, 1, 1);
        break;
    case Step::Month:
        mark = QDate(period.from.year(), period.from.month(), 1).addMonths(1);
        break;
    case Step::Week:
        mark = period.from.addDays((8 - period.from.dayOfWeek()) % 7); // the next Monday
        mark = mark == period.from ? mark.addDays(7) : mark;
        break;
    }
    const QFontMetricsF metrics(painter.font());
    const double endsWidth = metrics.horizontalAdvance(shortDay(period.from)) + metrics.height();
    const auto xOf = [&](const QDate& day) {
        return plot.left() + static_cast<double>(period.from.daysTo(day)) / period.days() * plot.width();
    };
    double lastLabelRight = dates.left() + endsWidth;
    for (; mark <= period.to; mark = next(mark)) {
        const double x = xOf(mark);
        painter.setPen(QPen(kGrid, lineWidth * 0.6, Qt::DotLine));
        painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        if (step == Step::Week) {
            continue;
        }
        const QString label = step == Step::Year ? QString::number(mark.year())
                                                 : QLocale().standaloneMonthName(mark.month(), QLocale::ShortFormat);
        const double width = metrics.horizontalAdvance(label);
        // Only where it does not crowd its neighbour or the dates at the ends.
        if (x - width / 2 > lastLabelRight + metrics.height() * 0.4 && x + width / 2 < dates.right() - endsWidth) {
            painter.setPen(kAxisText);
            painter.drawText(
                QRectF(x - width / 2, dates.top(), width, dates.height()), Qt::AlignHCenter | Qt::AlignTop, label);
            lastLabelRight = x + width / 2;
        }
    }
}

} // namespace

void paintMeasureChart(
    QPainter& painter, const MeasureSummary& measure, const DayRange& period, const QRectF& rect, const QFont& axisFont)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, true);
    painter.setFont(axisFont);
    const QFontMetricsF metrics(axisFont);
    const auto [lo, hi] = verticalRange(measure);
    const Metric& metric = measure.metric;
    const auto axisLabel
        = [&](double v) { return metric.kind == MetricKind::Boolean ? valueText(metric, v) : insights::formatMean(v); };

    const QList<double> gridValues
        = metric.kind == MetricKind::Boolean ? QList<double>{lo, hi} : QList<double>{lo, (lo + hi) / 2, hi};
    // Room for the widest of the labels drawn: the middle one ("1.5" between 0 and 3) can be the
    // widest, and a label wider than its room would be cut at the page's margin.
    double widestLabel = 0;
    for (double v : gridValues) {
        widestLabel = std::max(widestLabel, metrics.horizontalAdvance(axisLabel(v)));
    }
    const double labelWidth = widestLabel + metrics.height() * 0.6;
    const QRectF plot(rect.left() + labelWidth, rect.top() + metrics.height() * 0.5, rect.width() - labelWidth,
        rect.height() - metrics.height() * 2.2);

    // Frame and three gridlines with their values.
    const auto yOf = [&](double v) { return plot.bottom() - (std::clamp(v, lo, hi) - lo) / (hi - lo) * plot.height(); };
    const double lineWidth = metrics.height() * 0.08;
    painter.setPen(QPen(kGrid, lineWidth));
    for (double v : gridValues) {
        painter.setPen(QPen(kGrid, lineWidth));
        painter.drawLine(QPointF(plot.left(), yOf(v)), QPointF(plot.right(), yOf(v)));
        painter.setPen(kAxisText);
        painter.drawText(
            QRectF(rect.left(), yOf(v) - metrics.height() / 2, labelWidth - metrics.height() * 0.3, metrics.height()),
            Qt::AlignRight | Qt::AlignVCenter, axisLabel(v));
    }
    painter.setPen(QPen(kGrid, lineWidth));
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // The first and last day under the ends of the axis.
    painter.setPen(kAxisText);
    const QRectF dates(plot.left(), plot.bottom() + metrics.height() * 0.3, plot.width(), metrics.height() * 1.2);
    painter.drawText(dates, Qt::AlignLeft | Qt::AlignTop, shortDay(period.from));
    painter.drawText(dates, Qt::AlignRight | Qt::AlignTop, shortDay(period.to));
    paintTimeMarks(painter, period, plot, dates, lineWidth);

    const bool weekly = period.days() > 92;
    const DailySlots cells = slotsFor(measure, period, weekly);
    if (cells.isEmpty()) {
        painter.restore();
        return;
    }
    const double step = plot.width() / static_cast<double>(cells.size());
    const auto pointAt = [&](int i) { return QPointF(plot.left() + (i + 0.5) * step, yOf(*cells.at(i))); };

    // Each run of recorded cells is its own line, so a gap stays a gap.
    painter.setPen(QPen(kLine, metrics.height() * 0.12, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.setBrush(Qt::NoBrush);
    for (const Run& run : runs(cells)) {
        if (run.length < 2) {
            continue;
        }
        QPainterPath path(pointAt(run.first));
        for (int i = run.first + 1; i < run.first + run.length; ++i) {
            path.lineTo(pointAt(i));
        }
        painter.drawPath(path);
    }
    // Points: a lone value between gaps is seen too. Smaller when they would crowd each other.
    const double radius = std::clamp(step * 0.3, metrics.height() * 0.06, metrics.height() * 0.18);
    painter.setPen(Qt::NoPen);
    painter.setBrush(kLine);
    for (int i = 0; i < cells.size(); ++i) {
        if (cells.at(i)) {
            painter.drawEllipse(pointAt(i), radius, radius);
        }
    }
    painter.restore();
}

} // namespace tideline::report

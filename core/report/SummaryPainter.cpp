#include "report/SummaryPainter.h"

#include "report/SummaryCharts.h"
#include "report/SummaryData.h"
#include "report/SummaryWords.h"

#include <QCoreApplication>
#include <QPainter>
#include <QTextLayout>

namespace tideline::report {

namespace {

using namespace layout;

const QColor kRule(0xc8, 0xc8, 0xc8);
const QColor kQuiet(0x55, 0x55, 0x55);

} // namespace

void paintSummaryPage(
    QPainter& painter, const SummaryData& data, const Document& document, int pageIndex, const Fonts& fonts)
{
    const Page& page = document.pages.at(pageIndex);
    for (const Item& item : page.items) {
        if (const auto* text = std::get_if<TextLineItem>(&item)) {
            painter.setPen(text->color);
            text->layout->lineAt(text->line).draw(&painter, text->offset);
        } else if (const auto* chart = std::get_if<ChartItem>(&item)) {
            paintMeasureChart(painter, data.measures.at(chart->measure), data.request.period, chart->rect, fonts.small);
        } else if (const auto* rule = std::get_if<RuleItem>(&item)) {
            painter.setPen(QPen(kRule, kDotsPerPoint * 0.75));
            painter.drawLine(rule->line);
        }
    }
    const QSizeF size = pageSize();
    const QRectF content = contentRect();
    const QRectF footer(
        content.left(), content.bottom(), content.width(), size.height() - content.bottom() - 9 * kDotsPerMm);
    painter.setFont(fonts.small);
    painter.setPen(kQuiet);
    painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom,
        // The period on every page, so a page that comes loose still says what it is about.
        QCoreApplication::translate("TherapistSummary", "%1 to %2   ·   Page %3 of %4")
            .arg(shortDay(data.request.period.from), shortDay(data.request.period.to))
            .arg(pageIndex + 1)
            .arg(document.pages.size()));
}

} // namespace tideline::report

#include "core/report/SummaryPainter.h"
#include "core/report/PdfStyle.h"

#include "core/report/SummaryCharts.h"
#include "core/report/SummaryCheckups.h"
#include "core/report/SummaryData.h"
#include "core/report/SummaryWords.h"

#include <QCoreApplication>
#include <QGlyphRun>
#include <QImage>
#include <QPaintEngine>
#include <QPainter>
#include <QRawFont>
#include <QTextLayout>

namespace tideline::report {

namespace {

using namespace layout;

const QColor kRule(0xc8, 0xc8, 0xc8);

// Qt's PDF engine writes glyphs as outlines and leaves a colour emoji font's bitmap glyphs out
// (an emoji would come out as a blank). So on a PDF, a run of glyphs from a font other than the
// summary's own (the fallback that emoji and other scripts come from) is also painted as a
// 300 dpi image on top of its text: it shows as on screen, and the text beneath can still be
// searched and copied.
void overlayFallbackRuns(
    QPainter& painter, const QTextLine& line, const QPointF& offset, const QColor& color, const QString& ownFamily)
{
    for (const QGlyphRun& run : line.glyphRuns()) {
        if (run.rawFont().familyName() == ownFamily) {
            continue;
        }
        const QRectF bounds = run.boundingRect();
        if (bounds.isEmpty() || bounds.width() > kDotsPerInch * 10 || bounds.height() > kDotsPerInch) {
            continue;
        }
        QImage image(bounds.size().toSize() + QSize(2, 2), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter raster(&image);
            raster.setRenderHint(QPainter::Antialiasing, true);
            raster.setPen(color);
            raster.translate(-bounds.topLeft() + QPointF(1, 1));
            raster.drawGlyphRun(QPointF(0, 0), run);
        }
        painter.drawImage(bounds.topLeft() + offset - QPointF(1, 1), image);
    }
}

} // namespace

void paintTextAndRules(QPainter& painter, const layout::Page& page)
{
    const bool onPdf = painter.paintEngine() != nullptr && painter.paintEngine()->type() == QPaintEngine::Pdf;
    for (const Item& item : page.items) {
        if (const auto* text = std::get_if<TextLineItem>(&item)) {
            painter.setPen(text->color);
            const QTextLine line = text->layout->lineAt(text->line);
            line.draw(&painter, text->offset);
            if (onPdf) {
                overlayFallbackRuns(painter, line, text->offset, text->color, text->layout->font().family());
            }
        } else if (const auto* rule = std::get_if<RuleItem>(&item)) {
            painter.setPen(QPen(kRule, kDotsPerPoint * 0.75));
            painter.drawLine(rule->line);
        }
    }
}

void paintFooter(QPainter& painter, const QString& footer, const layout::Fonts& fonts)
{
    painter.setFont(fonts.small);
    painter.setPen(kQuiet);
    painter.drawText(footerRect(), Qt::AlignHCenter | Qt::AlignBottom, footer);
}

void paintSummaryPage(
    QPainter& painter, const SummaryData& data, const Document& document, int pageIndex, const Fonts& fonts)
{
    const Page& page = document.pages.at(pageIndex);
    paintTextAndRules(painter, page);
    for (const Item& item : page.items) {
        if (const auto* chart = std::get_if<ChartItem>(&item)) {
            paintMeasureChart(painter, data.measures.at(chart->measure), data.request.period, chart->rect, fonts.small);
        } else if (const auto* checkupChart = std::get_if<CheckupChartItem>(&item)) {
            paintCheckupChart(
                painter, data.checkups.at(checkupChart->checkup), data.request.period, checkupChart->rect, fonts.small);
        }
    }
    // The period on every page, so a page that comes loose still says what it is about.
    paintFooter(painter,
        QCoreApplication::translate("Summary", "%1 to %2   ·   Page %3 of %4")
            .arg(shortDay(data.request.period.from), shortDay(data.request.period.to))
            .arg(pageIndex + 1)
            .arg(document.pages.size()),
        fonts);
}

} // namespace tideline::report

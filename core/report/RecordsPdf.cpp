// The records PDF written or previewed: one layout (RecordsPdfLayout), one paint path.
#include "core/report/RecordsPdf.h"

#include "core/report/RecordsPdfData.h"
#include "core/report/RecordsPdfLayout.h"
#include "core/report/SummaryPainter.h"
#include "core/report/SummaryWords.h"

#include <QCoreApplication>
#include <QPainter>

namespace tideline::report {

namespace {

QString stopped()
{
    return QCoreApplication::translate("RecordsPdf", "The PDF was stopped. No file was made.");
}

void paintPage(QPainter& painter, const RecordsPdfData& data, const layout::Document& document, int pageIndex,
    const layout::Fonts& fonts)
{
    const layout::Page& page = document.pages.at(pageIndex);
    paintTextAndRules(painter, page);
    for (const layout::Item& item : page.items) {
        if (const auto* image = std::get_if<layout::ImageItem>(&item)) {
            const QImage picture = QImage::fromData(data.files.at(image->image).picture, "JPEG");
            painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
            painter.drawImage(image->rect, picture);
            painter.setPen(QPen(QColor(0xc8, 0xc8, 0xc8), layout::kDotsPerPoint * 0.5));
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(image->rect);
        }
    }
    // On every page, so one that comes loose still says what it belongs to.
    paintFooter(painter,
        QCoreApplication::translate("RecordsPdf", "Records made on %1   ·   Page %2 of %3")
            .arg(shortDay(data.madeOn))
            .arg(pageIndex + 1)
            .arg(document.pages.size()),
        fonts);
}

} // namespace

int recordsPdfPageCount(const RecordsPdfData& data)
{
    return static_cast<int>(layout::layOutRecords(data, layout::Fonts::make()).pages.size());
}

Status writeRecordsPdf(const RecordsPdfData& data, const QString& path, bool overwrite, const PageProgress& progress)
{
    const layout::Fonts fonts = layout::Fonts::make();
    const layout::Document document = layout::layOutRecords(data, fonts);
    return writePdfPages(
        static_cast<int>(document.pages.size()),
        [&](QPainter& painter, int page) { paintPage(painter, data, document, page, fonts); },
        QCoreApplication::translate("RecordsPdf", "Records"), path, overwrite, progress, stopped());
}

Result<QList<QImage>> renderRecordsPdfPages(const RecordsPdfData& data, int widthPx, const PageProgress& progress)
{
    const layout::Fonts fonts = layout::Fonts::make();
    const layout::Document document = layout::layOutRecords(data, fonts);
    return renderPdfPages(
        static_cast<int>(document.pages.size()),
        [&](QPainter& painter, int page) { paintPage(painter, data, document, page, fonts); }, widthPx, progress,
        stopped());
}

} // namespace tideline::report

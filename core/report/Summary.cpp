// The therapist summary's pages as a PDF or as preview images: one layout, one paint path.
#include "core/report/Summary.h"

#include "core/report/SummaryData.h"
#include "core/report/SummaryLayout.h"
#include "core/report/SummaryPainter.h"

#include "core/exchange/ExportFile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace tideline::report {

namespace {

Error cancelled()
{
    return Error::make(
        ErrorCode::Cancelled, QCoreApplication::translate("Summary", "The summary was stopped. No file was made."));
}

// Paints every page through paint(pageIndex) after begin(pageIndex) has readied the device;
// reports progress after each page and stops when asked to.
template<typename Begin>
Status paintAll(const SummaryData& data, const layout::Document& document, const layout::Fonts& fonts,
    const PageProgress& progress, QPainter& painter, Begin begin)
{
    const int total = static_cast<int>(document.pages.size());
    for (int i = 0; i < total; ++i) {
        if (!begin(i)) {
            return Error::make(ErrorCode::Internal,
                QCoreApplication::translate("Summary", "The summary's page %1 could not be started.").arg(i + 1));
        }
        paintSummaryPage(painter, data, document, i, fonts);
        if (progress && !progress(i + 1, total)) {
            return cancelled();
        }
    }
    return {};
}

} // namespace

int summaryPageCount(const SummaryData& data)
{
    return static_cast<int>(layout::layOut(data, layout::Fonts::make()).pages.size());
}

Status writeSummaryPdf(const SummaryData& data, const QString& path, bool overwrite, const PageProgress& progress)
{
    // The target first: an existing file or a missing folder should cost no painting.
    if (Status target = exchange::checkExportTarget(path, overwrite); !target) {
        return target;
    }
    const layout::Fonts fonts = layout::Fonts::make();
    const layout::Document document = layout::layOut(data, fonts);

    // Painted into memory: a stopped or failed summary leaves no half-written file behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(static_cast<int>(layout::kDotsPerInch));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(QCoreApplication::translate("Summary", "Summary for my therapist"));
        writer.setCreator(QString()); // no application name inside the file
        QPainter painter;
        if (!painter.begin(&writer)) {
            return Error::make(
                ErrorCode::Internal, QCoreApplication::translate("Summary", "The PDF could not be started."));
        }
        // The layout's A4 at 300 dpi onto the writer's page, whatever its exact size in dots.
        const double scale = writer.width() / layout::pageSize().width();
        const auto begin = [&](int page) {
            if (page > 0 && !writer.newPage()) {
                return false;
            }
            painter.resetTransform();
            painter.scale(scale, scale);
            return true;
        };
        Status painted = paintAll(data, document, fonts, progress, painter, begin);
        painter.end();
        if (!painted) {
            return painted;
        }
    }
    buffer.close();
    return exchange::writeExportFile(path, buffer.data(), overwrite);
}

Result<QList<QImage>> renderSummaryPages(const SummaryData& data, int widthPx, const PageProgress& progress)
{
    if (widthPx < 50 || widthPx > 5000) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Summary", "The preview needs a width between 50 and 5000 pixels."));
    }
    const layout::Fonts fonts = layout::Fonts::make();
    const layout::Document document = layout::layOut(data, fonts);
    const QSizeF page = layout::pageSize();
    const double scale = widthPx / page.width();
    const QSize size(widthPx, static_cast<int>(std::lround(page.height() * scale)));

    QList<QImage> images;
    QPainter painter;
    const auto begin = [&](int) {
        if (painter.isActive()) {
            painter.end();
        }
        images.append(QImage(size, QImage::Format_RGB32));
        images.last().fill(Qt::white);
        if (!painter.begin(&images.last())) {
            return false;
        }
        painter.setRenderHint(QPainter::Antialiasing, true);
        painter.setRenderHint(QPainter::TextAntialiasing, true);
        painter.scale(scale, scale);
        return true;
    };
    Status painted = paintAll(data, document, fonts, progress, painter, begin);
    if (painter.isActive()) {
        painter.end();
    }
    if (!painted) {
        return painted.error();
    }
    return images;
}

} // namespace tideline::report

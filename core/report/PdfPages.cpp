#include "core/report/PdfPages.h"

#include "core/exchange/ExportFile.h"
#include "core/report/SummaryLayout.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <cmath>

namespace tideline::report {

namespace {

// Paints every page through paint(pageIndex) after begin(pageIndex) has readied the device;
// reports progress after each page and stops when asked to.
template<typename Begin>
Status paintAll(int total, const PaintPage& paint, const PageProgress& progress, QPainter& painter, Begin begin,
    const QString& stopped)
{
    for (int i = 0; i < total; ++i) {
        if (!begin(i)) {
            return Error::make(ErrorCode::Internal,
                QCoreApplication::translate("Summary", "Page %1 could not be started.").arg(i + 1));
        }
        paint(painter, i);
        if (progress && !progress(i + 1, total)) {
            return Error::make(ErrorCode::Cancelled, stopped);
        }
    }
    return {};
}

} // namespace

Status writePdfPages(int pageCount, const PaintPage& paint, const QString& title, const QString& path, bool overwrite,
    const PageProgress& progress, const QString& stopped)
{
    // The target first: an existing file or a missing folder should cost no painting.
    if (Status target = exchange::checkExportTarget(path, overwrite); !target) {
        return target;
    }
    // Painted into memory: a stopped or failed PDF leaves no half-written file behind.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(static_cast<int>(layout::kDotsPerInch));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(title);
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
        Status painted = paintAll(pageCount, paint, progress, painter, begin, stopped);
        painter.end();
        if (!painted) {
            return painted;
        }
    }
    buffer.close();
    return exchange::writeExportFile(path, buffer.data(), overwrite);
}

Result<QList<QImage>> renderPdfPages(
    int pageCount, const PaintPage& paint, int widthPx, const PageProgress& progress, const QString& stopped)
{
    if (widthPx < 50 || widthPx > 5000) {
        return Error::make(ErrorCode::InvalidInput,
            QCoreApplication::translate("Summary", "The preview needs a width between 50 and 5000 pixels."));
    }
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
        painter.setRenderHint(QPainter::SmoothPixmapTransform, true);
        painter.scale(scale, scale);
        return true;
    };
    Status painted = paintAll(pageCount, paint, progress, painter, begin, stopped);
    if (painter.isActive()) {
        painter.end();
    }
    if (!painted) {
        return painted.error();
    }
    return images;
}

} // namespace tideline::report

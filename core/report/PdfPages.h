#pragma once

#include "core/common/Result.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>

class QPainter;

namespace tideline::report {

// Called after each page is painted; return false to stop (the result is then Cancelled and
// no file is left behind). May be called on a worker thread.
using PageProgress = std::function<bool(int pagesDone, int pagesTotal)>;

// Paints one page in the layout's units (an A4 page at 300 dots per inch, SummaryLayout.h);
// the painter is already scaled to its device.
using PaintPage = std::function<void(QPainter& painter, int pageIndex)>;

// The one way Tideline's PDFs (the therapist summary, the records for an advocate) reach paper
// and screen: painted into memory, then written atomically (0600; an existing file is replaced
// only when overwrite is true). title goes into the PDF's properties; no application name does.
// stopped is the message of the Cancelled error. Safe on a worker thread.
Status writePdfPages(int pageCount, const PaintPage& paint, const QString& title, const QString& path, bool overwrite,
    const PageProgress& progress, const QString& stopped);

// The same pages as images widthPx wide, for a preview. Never written to disk.
Result<QList<QImage>> renderPdfPages(
    int pageCount, const PaintPage& paint, int widthPx, const PageProgress& progress, const QString& stopped);

} // namespace tideline::report

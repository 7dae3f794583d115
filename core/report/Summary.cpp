// The therapist summary's pages as a PDF or as preview images: one layout, one paint path.
#include "core/report/Summary.h"

#include "core/report/SummaryData.h"
#include "core/report/SummaryLayout.h"
#include "core/report/SummaryPainter.h"

#include "core/exchange/ExportFile.h"

#include <QCoreApplication>
#include <QPainter>

namespace tideline::report {

namespace {

QString stopped()
{
    return QCoreApplication::translate("Summary", "The summary was stopped. No file was made.");
}

} // namespace

int summaryPageCount(const SummaryData& data)
{
    return static_cast<int>(layout::layOut(data, layout::Fonts::make()).pages.size());
}

Status writeSummaryPdf(const SummaryData& data, const QString& path, bool overwrite, const PageProgress& progress)
{
    // The target first: an existing file or a missing folder should cost no layout.
    if (Status target = exchange::checkExportTarget(path, overwrite); !target) {
        return target;
    }
    const layout::Fonts fonts = layout::Fonts::make();
    const layout::Document document = layout::layOut(data, fonts);
    return writePdfPages(
        static_cast<int>(document.pages.size()),
        [&](QPainter& painter, int page) { paintSummaryPage(painter, data, document, page, fonts); },
        QCoreApplication::translate("Summary", "Summary for my therapist"), path, overwrite, progress, stopped());
}

Result<QList<QImage>> renderSummaryPages(const SummaryData& data, int widthPx, const PageProgress& progress)
{
    const layout::Fonts fonts = layout::Fonts::make();
    const layout::Document document = layout::layOut(data, fonts);
    return renderPdfPages(
        static_cast<int>(document.pages.size()),
        [&](QPainter& painter, int page) { paintSummaryPage(painter, data, document, page, fonts); }, widthPx, progress,
        stopped());
}

} // namespace tideline::report

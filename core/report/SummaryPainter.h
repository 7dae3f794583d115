#pragma once

#include "core/report/SummaryLayout.h"

class QPainter;

namespace tideline::report {

struct SummaryData;

// Paints one laid-out page, in the layout's units (the caller scales the painter to its
// device), with "Page N of M" at the bottom. The PDF and the preview images both come here.
void paintSummaryPage(QPainter& painter, const SummaryData& data, const layout::Document& document, int pageIndex,
    const layout::Fonts& fonts);

// The text lines and rules of a page (with colour emoji on a PDF: a run in another font than its
// line's own is also painted as an image), for every PDF laid out with SummaryFlow; charts and
// pictures are the caller's.
void paintTextAndRules(QPainter& painter, const layout::Page& page);

// "footer" centred at the bottom of the page, small and grey.
void paintFooter(QPainter& painter, const QString& footer, const layout::Fonts& fonts);

} // namespace tideline::report

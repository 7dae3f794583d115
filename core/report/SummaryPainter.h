#pragma once

#include "core/report/SummaryLayout.h"

class QPainter;

namespace tideline::report {

struct SummaryData;

// Paints one laid-out page, in the layout's units (the caller scales the painter to its
// device), with "Page N of M" at the bottom. The PDF and the preview images both come here.
void paintSummaryPage(QPainter& painter, const SummaryData& data, const layout::Document& document, int pageIndex,
    const layout::Fonts& fonts);

} // namespace tideline::report

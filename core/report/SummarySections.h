#pragma once

#include "core/report/SummaryLayout.h"

namespace tideline::report::layout {

// Pours the cover and each chosen section onto pages (SummaryFlow), in the summary's order:
// the agenda ("what I want to talk about", on the first page), charts, averages, routines, the
// review, hard moments, the ticked entries.
Document buildSections(const SummaryData& data, const Fonts& fonts);

} // namespace tideline::report::layout

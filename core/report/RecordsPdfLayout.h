#pragma once

#include "core/report/SummaryLayout.h"

namespace tideline::report {

struct RecordsPdfData;

namespace layout {

// Pours the records PDF onto pages with SummaryFlow: the cover, each record, each journal
// entry, then the closing list of every file and its SHA-256. An ImageItem's index is the file's
// index in RecordsPdfData::files.
Document layOutRecords(const RecordsPdfData& data, const Fonts& fonts);

} // namespace layout
} // namespace tideline::report

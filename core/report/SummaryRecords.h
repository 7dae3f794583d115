#pragma once

#include "core/common/Result.h"
#include "core/records/Record.h"
#include "core/report/SummaryLayout.h"

#include <QList>

namespace tideline {
class Database;
}

namespace tideline::report {

struct SummaryRequest;

namespace layout {
class Flow;
}

// Records in the therapist summary: only those the person ticked one by one (like journal
// entries), only of the period, words only (their files stay in Tideline).

// Reads the ticked records; one outside the period or gone is an InvalidInput error.
Status collectSummaryRecords(Database& db, const SummaryRequest& request, QList<records::Record>& out);

// "Records I chose to share": each record's when, kinds and words.
void layOutSummaryRecords(layout::Flow& flow, const layout::Fonts& fonts, const QList<records::Record>& records);

} // namespace tideline::report

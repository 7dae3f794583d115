#pragma once

#include "CommandContext.h"

namespace tideline::cli {

// records pdf --out FILE.pdf (--record ID... | --from D --to D | --all) [--entry ID]... [--name N]
// [--with-details] [--force]: the PDF for an advocate (core/report/RecordsPdf.h).
int runRecordsPdf(CommandContext& context, const QStringList& args);

} // namespace tideline::cli

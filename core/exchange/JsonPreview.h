#pragma once

#include "core/common/Progress.h"
#include "core/common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QIODevice>

namespace tideline::exchange {

// What a Tideline JSON export holds, told before it is imported (Settings → Bring in data).
// Only the outline is checked here (JSON, the format's name, its version); importJson checks
// every record and reports a mistake with its line.
struct JsonPreview
{
    int checkins = 0; // days with a check-in
    int entries = 0;
    int moments = 0;
    QDate first; // the earliest and latest day of a check-in, entry or moment; invalid if none
    QDate last;
};

Result<JsonPreview> inspectJson(const QByteArray& json);
// The same from a file read as a stream (JsonStream.h), with progress and a way to stop.
Result<JsonPreview> inspectJson(QIODevice& file, Progress& progress);

} // namespace tideline::exchange

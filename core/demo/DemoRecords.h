#pragma once

#include "core/common/Clock.h"
#include "core/common/Result.h"

#include <QDate>
#include <QtGlobal>

namespace tideline {
class Database;
}

namespace tideline::demo {

struct DemoRecordsSummary
{
    int records = 0;
    int pictures = 0;
};

// A few invented incident records in the weeks before `today`, written a little after what
// they describe and some edited later (so their history shows), with pictures painted here
// (PNG, Qt Core only: see PngWriter) of a message screen, a dented door, a cracked phone, a note
// and a car park at night. One picture carries a made-up GPS position, so the app's location
// notice can be seen. Calm and non-graphic; about no real person. Deterministic for a seed.
Result<DemoRecordsSummary> fillDemoRecords(Database& db, quint64 seed, const QDate& today);

// The pictures alone (PNG bytes), for benchmarks and tests: picture `which` (0-4), width x height.
QByteArray demoPicture(int which, int width, int height, bool withPosition = false);

} // namespace tideline::demo

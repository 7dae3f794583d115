// A Daylio CSV export brought in (core/exchange/DaylioImport.h): the preview, then the import
// into a fresh vault database for every input, with a decision for every mood the preview asks
// about.
// Promises checked: a refusal is InvalidInput with the line it is about, the same from the preview
// and from the import, and leaves the vault as it was; what the preview accepts imports; the
// counts fit the preview's; and the same file imported again adds nothing.
#include "FuzzSupport.h"

#include "core/common/Clock.h"
#include "core/exchange/DaylioImport.h"
#include "core/storage/Database.h"

#include <memory>

using namespace tideline;
using namespace tideline::exchange;

namespace {

fuzz::FreshDatabase& vault()
{
    static const std::unique_ptr<fuzz::FreshDatabase> database = std::make_unique<fuzz::FreshDatabase>();
    return *database;
}

qint64 rowCount(Database& db)
{
    auto st = db.queryFirst("SELECT (SELECT count(*) FROM entry) + (SELECT count(*) FROM checkin_value)"
                            " + (SELECT count(*) FROM tag);");
    FUZZ_CHECK(st.ok() && st.value().has_value());
    return st.value()->columnInt(0);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    fuzz::quietQt();
    (void)vault();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray csv = fuzz::bytesOf(data, size);
    const ManualClock clock; // 2026-01-01: days after it are in the future
    const Result<DaylioPreview> preview = inspectDaylio(csv, clock);

    // Every mood name the person is asked about gets a value (or "leave it out"), as the
    // preview's dialog makes them choose.
    DaylioMoodMapping moods;
    if (preview) {
        int next = 0;
        for (const QString& name : preview.value().unknownMoods) {
            moods.insert(name, next % 12 == 11 ? std::nullopt : std::optional<int>(next % 11));
            ++next;
        }
    }

    Database& db = vault().reopen();
    const qint64 before = rowCount(db);
    const Result<ImportSummary> imported = importDaylio(db, csv, moods, clock);
    if (!preview) {
        FUZZ_CHECK(preview.code() == ErrorCode::InvalidInput);
        FUZZ_CHECK(!imported && imported.error().message == preview.error().message);
    }
    if (!imported) {
        FUZZ_CHECK(imported.code() == ErrorCode::InvalidInput);
        FUZZ_CHECK(rowCount(db) == before);
        FUZZ_CHECK(!preview); // the preview said it would come in
        return 0;
    }
    const DaylioPreview& p = preview.value();
    FUZZ_CHECK(imported.value().checkins <= p.days);
    // An entry for each row with words, and one per day for activities logged without words.
    FUZZ_CHECK(imported.value().entries <= p.notes + p.days);

    const Result<ImportSummary> again = importDaylio(db, csv, moods, clock);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().checkins == 0 && again.value().entries == 0);
    return 0;
}

// Tideline's own JSON export brought back in (core/exchange/JsonImport.h, JsonPreview.h), into a
// fresh vault database for every input.
// Promises checked: a refusal is InvalidInput or NewerVersion with a message (a line for broken
// JSON), and leaves the vault as it was; the preview and the import agree on a newer version and
// on a file that is not JSON at all; an import that succeeded can be run again and adds nothing.
#include "FuzzSupport.h"

#include "core/exchange/JsonImport.h"
#include "core/exchange/JsonPreview.h"
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

// How many rows the import can touch: unchanged after a refusal.
qint64 rowCount(Database& db)
{
    auto st = db.queryFirst("SELECT (SELECT count(*) FROM entry) + (SELECT count(*) FROM checkin_value)"
                            " + (SELECT count(*) FROM moment) + (SELECT count(*) FROM metric)"
                            " + (SELECT count(*) FROM tag) + (SELECT count(*) FROM setting);");
    FUZZ_CHECK(st.ok() && st.value().has_value());
    return st.value()->columnInt(0);
}

bool addedNothing(const ImportSummary& s)
{
    return s.metrics == 0 && s.checkins == 0 && s.entries == 0 && s.moments == 0 && s.routineDays == 0
        && s.safetyItems == 0 && s.settings == 0;
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
    const QByteArray json = fuzz::bytesOf(data, size);
    const Result<JsonPreview> preview = inspectJson(json);

    Database& db = vault().reopen();
    const qint64 before = rowCount(db);
    const Result<ImportSummary> imported = importJson(db, json);
    if (!imported) {
        FUZZ_CHECK(imported.code() == ErrorCode::InvalidInput || imported.code() == ErrorCode::NewerVersion);
        FUZZ_CHECK(!imported.error().message.isEmpty());
        FUZZ_CHECK(rowCount(db) == before); // all or nothing
        if (!preview) {
            FUZZ_CHECK(preview.code() == ErrorCode::InvalidInput || preview.code() == ErrorCode::NewerVersion);
        }
        if (imported.code() == ErrorCode::NewerVersion || (!preview && preview.code() == ErrorCode::NewerVersion)) {
            FUZZ_CHECK(!preview && preview.code() == imported.code());
        }
        return 0;
    }
    // What the import took, its preview accepted.
    FUZZ_CHECK(preview.ok());
    FUZZ_CHECK(imported.value().entries <= preview.value().entries);
    FUZZ_CHECK(imported.value().moments <= preview.value().moments);

    const Result<ImportSummary> again = importJson(db, json);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(addedNothing(again.value()));
    return 0;
}

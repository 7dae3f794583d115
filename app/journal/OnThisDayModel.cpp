#include "app/journal/OnThisDayModel.h"

#include "app/VaultAccess.h"
#include "app/journal/JournalAccess.h"

#include "core/journal/OnThisDaySetting.h"

namespace tideline::app {

OnThisDayModel::OnThisDayModel(QObject* parent) : EntrySummaryModel(parent)
{
    reload();
}

void OnThisDayModel::reload()
{
    auto journal = openJournal();
    if (!journal) {
        resetRows({});
        return;
    }
    // Turned off, or set aside for today: nothing is even read.
    Database* db = openDatabase();
    Result<bool> shows = db ? journal::OnThisDaySetting(*db).showsOn(journal->today()) : Result<bool>(false);
    if (!shows || !shows.value()) {
        setLastError(shows ? QString() : shows.error().message);
        resetRows({});
        return;
    }
    auto rows = journal->onThisDay(journal->today(), 10);
    if (!rows) {
        setLastError(rows.error().message);
        resetRows({});
        return;
    }
    setLastError({});
    resetRows(std::move(rows.value()));
}

} // namespace tideline::app

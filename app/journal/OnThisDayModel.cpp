#include "app/journal/OnThisDayModel.h"

#include "app/journal/JournalChanges.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/OnThisDaySetting.h"

namespace tideline::app {

OnThisDayModel::OnThisDayModel(VaultAccess* vault, QObject* parent) : EntrySummaryModel(parent)
{
    attachVault(vault);
}

void OnThisDayModel::reload()
{
    auto journal = service<journal::JournalRepository>();
    if (!journal) {
        resetRows({});
        return;
    }
    // Turned off, or set aside for today: nothing is even read.
    auto setting = service<journal::OnThisDaySetting>();
    Result<bool> shows = setting ? setting->showsOn(journal->today()) : Result<bool>(false);
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

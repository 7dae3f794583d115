#include "app/journal/OnThisDayModel.h"

#include "app/journal/JournalChanges.h"
#include "core/journal/JournalRepository.h"

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

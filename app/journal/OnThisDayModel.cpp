#include "app/journal/OnThisDayModel.h"

#include "app/journal/JournalAccess.h"

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

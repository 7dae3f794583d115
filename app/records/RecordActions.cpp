#include "app/records/RecordActions.h"

#include "app/records/RecordsAccess.h"

namespace tideline::app {

RecordActions::RecordActions(VaultAccess* vault, QObject* parent) : QObject(parent), VaultClient(this)
{
    connect(&RecordChanges::instance(), &RecordChanges::changed, this, &RecordActions::refreshDraft);
    attachVault(vault);
}

void RecordActions::vaultAttached()
{
    connect(vault(), &VaultAccess::closed, this, [this] {
        m_deleted.clear(); // deleted for good by the lock
        emit deletedChanged();
        refreshDraft();
    });
    connect(vault(), &VaultAccess::opened, this, &RecordActions::refreshDraft);
    refreshDraft();
}

bool RecordActions::deleteRecord(qint64 id)
{
    auto repo = openRecords(vault());
    if (!repo) {
        return report(lockedMessage());
    }
    if (Status s = repo->remove(id); !s) {
        return report(s.error().message);
    }
    m_deleted.append(id);
    emit deletedChanged();
    RecordChanges::instance().notify();
    return report({});
}

bool RecordActions::undoDelete()
{
    if (m_deleted.isEmpty()) {
        return false;
    }
    auto repo = openRecords(vault());
    if (!repo) {
        return report(lockedMessage());
    }
    if (Status s = repo->undoRemove(m_deleted.last()); !s) {
        return report(s.error().message);
    }
    m_deleted.removeLast();
    emit deletedChanged();
    RecordChanges::instance().notify();
    return report({});
}

void RecordActions::refreshDraft()
{
    bool available = false;
    if (auto drafts = openRecordDraft(vault())) {
        Result<std::optional<records::RecordDraft>> draft = drafts->load();
        available = draft && draft.value().has_value();
    }
    if (available != m_draftAvailable) {
        m_draftAvailable = available;
        emit draftChanged();
    }
}

void RecordActions::dropDraft()
{
    if (auto drafts = openRecordDraft(vault())) {
        (void)drafts->clear();
    }
    refreshDraft();
}

bool RecordActions::report(const QString& message)
{
    if (message != m_lastError) {
        m_lastError = message;
        emit lastErrorChanged();
    }
    return message.isEmpty();
}

} // namespace tideline::app
